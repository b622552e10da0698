"""The remote-control panel and the GUI's ShowControl, on the real console in REHEARSAL.

Requests go from a worker thread (urllib), so the GUI thread stays free to run the
queued show calls, as in the app.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from controlroom.eventlog import OPERATOR
from controlroom.remote.control import REMOTE
from ui.remote_control import ConsoleShowControl, RemotePanel

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(90)]


@pytest.fixture
def panel(qtbot: QtBot, console_window: ConsoleWindow) -> Iterator[RemotePanel]:
    control = ConsoleShowControl(console_window.console)
    panel = RemotePanel(control, log=console_window.console.log, settings=QSettings(),
                        addresses=["192.0.2.10"])
    qtbot.addWidget(panel)
    panel.http_port.setValue(0)
    panel.osc_port.setValue(0)
    try:
        yield panel
    finally:
        panel.shutdown()
        control.close()


@pytest.fixture
def requests() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="test-http")
    try:
        yield pool
    finally:
        pool.shutdown(wait=True)


def post(port: int, name: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/commands/{name}", data=data,
                                     method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def switch_on(qtbot: QtBot, panel: RemotePanel) -> int:
    with qtbot.waitSignal(panel.running_changed, timeout=10_000):
        panel.switch.setChecked(True)
    assert panel.server is not None and panel.server.http_port
    return panel.server.http_port


def answer(qtbot: QtBot, future: Future[Any]) -> Any:
    qtbot.waitUntil(future.done, timeout=15_000)
    return future.result()


def test_off_until_the_operator_turns_it_on(qtbot: QtBot, panel: RemotePanel) -> None:
    assert not panel.running and panel.server is None
    assert panel.listening.text() == "Off: nothing listens."
    assert not panel.cut_off_button.isEnabled()
    port = switch_on(qtbot, panel)
    text = panel.listening.text()
    assert f"http://127.0.0.1:{port}/presenter" in text
    assert "no token needed" in text
    assert panel.control_token.text() and panel.control_token.text() not in text
    assert len(panel.control_token.text()) == 32
    assert QSettings().value("remote/control_token") == panel.control_token.text()


def test_remote_go_goes_through_the_console(
    qtbot: QtBot, console_window: ConsoleWindow, panel: RemotePanel,
    requests: ThreadPoolExecutor,
) -> None:
    console = console_window.console
    console_window.wait_devices_ok()
    port = switch_on(qtbot, panel)
    console.lockout_s = 60.0  # the second GO below falls inside it, however slow the machine
    assert not console.show_mode
    status, body = answer(qtbot, requests.submit(post, port, "go"))
    assert status == 200, body
    assert console.engine is not None and console.engine.live_index == 0
    assert console.show_mode, "a remote GO enters show mode, as Space does"
    status, body = answer(qtbot, requests.submit(post, port, "go"))
    assert status == 409 and "lockout" in body["error"]
    assert console.engine.live_index == 0
    status, body = answer(qtbot, requests.submit(post, port, "message", {"text": "Hi"}))
    assert status == 200 and console.presenter_timer.message == "Hi"
    messages = [e.message for e in console.log.recent(source=REMOTE)]
    assert any(m.startswith("remote go from http 127.0.0.1") for m in messages)


def test_panic_is_not_held_up_by_a_busy_gui_thread(
    qtbot: QtBot, console_window: ConsoleWindow, panel: RemotePanel,
    requests: ThreadPoolExecutor,
) -> None:
    console_window.wait_devices_ok()
    port = switch_on(qtbot, panel)
    # The GUI thread now waits here, processing no events: PANIC must still go through.
    status, body = requests.submit(post, port, "panic").result(timeout=10)
    assert status == 200 and body["result"] == "every microphone muted"
    mics = console_window.simulator("mics")
    qtbot.waitUntil(lambda: all(ch.muted for ch in mics.snapshot().values()), timeout=10_000)
    assert any(e.message == "PANIC (remote)"
               for e in console_window.console.log.recent(source=OPERATOR))


def test_cut_off_in_one_click(
    qtbot: QtBot, console_window: ConsoleWindow, panel: RemotePanel,
    requests: ThreadPoolExecutor,
) -> None:
    port = switch_on(qtbot, panel)
    server = panel.server
    assert server is not None
    with qtbot.waitSignal(panel.running_changed, timeout=10_000) as stopped:
        qtbot.mouseClick(panel.cut_off_button, Qt.MouseButton.LeftButton)
    assert stopped.args == [False]
    assert not server.control_enabled and not server.running
    assert not panel.switch.isChecked()
    with pytest.raises(urllib.error.URLError):
        requests.submit(post, port, "go").result(timeout=10)
    assert console_window.console.engine is not None
    assert console_window.console.engine.live_index is None


def test_a_lan_address_uses_the_tokens(panel: RemotePanel) -> None:
    panel.address.setCurrentIndex(panel.address.findData("192.0.2.10"))
    config = panel.config()
    assert config.host == "192.0.2.10"
    assert config.control_token == panel.control_token.text()
    assert config.view_token == panel.view_token.text()
    panel.address.setCurrentIndex(0)
    assert panel.config().control_token is None


def test_the_app_window_has_the_remote_switch_off(console_window: ConsoleWindow) -> None:
    remote = console_window.features.remote
    dock = console_window.window.findChild(type(console_window.console.docks["log"]), "remoteDock")
    assert dock is not None and dock is console_window.console.docks["remote"]
    assert remote.server is None and not remote.switch.isChecked()  # nothing listens by default


def test_the_presenter_timer_stays_the_bottom_tab_in_front(console_window: ConsoleWindow) -> None:
    window = console_window.window
    presenter_dock = console_window.features.presenter.dock
    remote_dock = console_window.console.docks["remote"]
    assert remote_dock in window.tabifiedDockWidgets(presenter_dock)
    window.show()
    console_window.qtbot.waitExposed(window)
    assert not presenter_dock.visibleRegion().isEmpty()
    assert remote_dock.visibleRegion().isEmpty()


def test_aiohttp_is_not_loaded_until_the_server_starts(tmp_path: Any) -> None:
    import subprocess
    import sys

    code = (
        "import sys; import ui.app, ui.remote_control; "
        "print('aiohttp' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.stdout.strip() == "False", result.stderr
