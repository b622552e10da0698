"""A console to trust at a live press conference: quitting mid-show, crash resume, runs, bad halls.

The window is built the app's way on a real SQLite file (see conftest_console.py),
with the rehearsal hall's real simulators. The crash is real: a child process
runs the engine on the database and is killed with SIGKILL mid-show.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow, make_console_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot

from controlroom.clock import ManualClock
from controlroom.cues import ItemCues, SwitcherCue
from controlroom.engine import ITEM_STARTED, ShowEngine
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet
from controlroom.storage import Database
from ui.console.lifecycle import button_named
from ui.console.report_export import RunChoiceDialog

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(120)]

WORKER = Path(__file__).with_name("show_crash_worker.py")
REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 12, 3, 10, 0)


def go(cw: ConsoleWindow, index: int) -> None:
    """GO (Space on the table) and wait until item ``index`` is live."""
    console = cw.console
    console.lockout_s = 0.0
    with cw.qtbot.waitSignal(
        console.bridge.engine_event,
        check_params_cb=lambda e: e.kind == ITEM_STARTED and e.index == index,
        timeout=5000,
    ):
        cw.qtbot.keyClick(cw.window.table_view, Qt.Key.Key_Space)


def show_active(cw: ConsoleWindow) -> None:
    window = cw.window
    window.show()
    cw.qtbot.waitExposed(window)
    window.activateWindow()
    cw.qtbot.waitUntil(window.isActiveWindow)


def dialog_named(cw: ConsoleWindow, name: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [
            box for box in cw.window.findChildren(QMessageBox, name) if box.isVisible()
        ]
        return bool(found)

    cw.wait_for(visible)
    return found[0]


def settle(database: Database) -> None:
    database.writer.submit(lambda: None).result(10.0)


def make_event(database: Database) -> int:
    items = [
        Item(title="Opening", planned_duration=300,
             cues=ItemCues((SwitcherCue(program=3),))),
        Item(title="Statement", planned_duration=600,
             cues=ItemCues((SwitcherCue(program=5),))),
        Item(title="Questions", planned_duration=900),
        Item(title="Closing", planned_duration=120),
    ]
    return database.create_event(
        Event(title="Press conference", scheduled_start=START, items=items)
    )


# -- quitting during the show ------------------------------------------------------------------


def test_quitting_during_the_show_asks_and_enter_keeps_the_show_running(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    cw.wait_devices_ok()
    show_active(cw)
    go(cw, 0)
    engine = console.engine
    assert engine is not None
    # Ctrl+Q, as the operator presses it.
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    box = dialog_named(cw, "quitDuringShowDialog")
    assert box.defaultButton() is button_named(box, "keepShowButton")
    assert window.runsheet is not None
    assert f"Item 1 “{window.runsheet.items[0].title}” is live" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a reflex Enter keeps the show running
    cw.wait_for(lambda: not box.isVisible())
    assert window.isVisible() and not console.closed
    assert engine.live_index == 0 and engine is console.engine
    # The title bar's close button and File ▸ Quit ask the same.
    window.close()
    box = dialog_named(cw, "quitDuringShowDialog")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    cw.wait_for(lambda: not box.isVisible())
    assert window.isVisible()
    window.action_quit.trigger()
    box = dialog_named(cw, "quitDuringShowDialog")
    run = engine.run
    assert run is not None
    button_named(box, "endShowButton").click()  # the deliberate choice
    cw.wait_for(lambda: not window.isVisible())
    assert console.closed
    settle(cw.database)
    assert run.id is not None
    stored = cw.database.run(run.id)
    assert stored.ended is not None  # a clean end: not offered for resuming next time
    actuals = cw.database.item_actuals(stored.event_id, run.id)
    assert all(end is not None for _start, end in actuals.values())


def test_in_edit_mode_with_no_run_the_window_closes_at_once(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    show_active(cw)
    cw.window.close()
    cw.wait_for(lambda: not cw.window.isVisible())
    assert not cw.window.findChildren(QMessageBox, "quitDuringShowDialog")


# -- a crash mid-show, then the window on the same database -----------------------------------


@pytest.fixture
def crashed(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A database whose show died mid-run: a child process played it and got SIGKILL."""
    path = tmp_path / "console.db"
    with Database.open(path) as database:
        event_id = make_event(database)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(event_id)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert worker.stdout is not None
        line = worker.stdout.readline()
        assert line.strip() == "MID-SHOW", line
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(30)
    assert worker.returncode == -signal.SIGKILL
    yield path, event_id


def test_after_a_crash_the_window_offers_to_resume_and_resends_only_when_asked(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    crashed: tuple[Path, int],
) -> None:
    _path, event_id = crashed
    windows = make_console_window(qtbot, tmp_path, monkeypatch, event=event_id)
    cw = next(windows)
    try:
        console = cw.console
        cw.wait_devices_ok()
        box = dialog_named(cw, "resumeShowDialog")
        assert "stopped unexpectedly at 10:07:" in box.text()
        assert "during item 2 “Statement”" in box.text()
        assert box.defaultButton() is button_named(box, "resumeButton")
        switcher = cw.simulator("switcher")
        program_before = switcher.program
        button_named(box, "resumeButton").click()
        engine = console.engine
        assert engine is not None
        cw.wait_for(lambda: engine.live_index == 1)
        assert engine.standby_index == 3  # the operator had skipped item 3
        assert console.show_mode and cw.window.runsheet is not None
        assert cw.window.runsheet.locked
        assert console.runs.actual_of(0) is not None  # the run-sheet shows the actual times
        start, end = console.runs.actual_of(0)  # type: ignore[misc]
        assert start == START + timedelta(seconds=60) and end is not None
        assert "live run" in cw.window.run_label.text()
        # Nothing sent yet; the second question is explicit, and its default is "Not now".
        resend = dialog_named(cw, "resendHallStateDialog")
        assert resend.defaultButton() is button_named(resend, "notNowButton")
        assert switcher.program == program_before
        button_named(resend, "resendButton").click()
        cw.wait_for(lambda: switcher.program == 5)
        go(cw, 3)  # the show carries on in the same run
        assert engine.run is not None and engine.run.id is not None
        assert len(cw.database.list_runs(event_id)) == 1
    finally:
        windows.close()


def test_declining_the_resume_closes_that_run_and_the_next_go_starts_a_fresh_one(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    crashed: tuple[Path, int],
) -> None:
    _path, event_id = crashed
    windows = make_console_window(qtbot, tmp_path, monkeypatch, event=event_id)
    cw = next(windows)
    try:
        console = cw.console
        cw.wait_devices_ok()
        box = dialog_named(cw, "resumeShowDialog")
        button_named(box, "startFreshButton").click()
        engine = console.engine
        assert engine is not None and engine.live_index is None and not console.show_mode
        cw.wait_for(lambda: not cw.database.list_runs(event_id)[0].unfinished)
        go(cw, 0)
        cw.wait_for(lambda: len(cw.database.list_runs(event_id)) == 2)
        assert "running now" in cw.window.run_label.text()
    finally:
        windows.close()


# -- which run's actual times, and the report of one run ------------------------------------------


def play(database: Database, event_id: int, mode: str, started: datetime, gos: int) -> None:
    clock = ManualClock(start_wall=started)
    log = EventLog(database, clock, event_id)
    engine = ShowEngine(RunSheet(database.load_event(event_id), database), None, clock,
                        log=log, database=database, run_mode=mode)
    for _ in range(gos):
        assert engine.go()
        clock.advance(60)
    engine.stop()
    engine.close()
    assert log.flush(5.0)
    settle(database)


def test_the_run_sheet_says_whose_actual_times_it_shows_and_the_report_picks_a_run(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(tmp_path / "console.db") as database:
        event_id = make_event(database)
        play(database, event_id, "live", START - timedelta(days=1, hours=2), gos=1)
        play(database, event_id, "rehearsal", START - timedelta(hours=3), gos=2)
        runs = database.list_runs(event_id)
    windows = make_console_window(qtbot, tmp_path, monkeypatch, event=event_id)
    cw = next(windows)
    try:
        console, window = cw.console, cw.window
        # The latest run's actual times are shown, and named.
        cw.wait_for(lambda: "rehearsal run" in window.run_label.text())
        assert f"#{runs[1].id}" in window.run_label.text() and "07:00" in window.run_label.text()
        assert console.runs.actual_of(1) is not None and console.runs.actual_of(2) is None
        # The report: the runs listed, the last live run chosen by default.
        console.report.choose()
        cw.wait_for(lambda: console.report.dialog is not None)
        dialog = console.report.dialog
        assert isinstance(dialog, RunChoiceDialog)
        assert dialog.list.count() == 2 and dialog.chosen_run_id == runs[0].id
        assert "live run" in dialog.list.item(0).text()
        assert "2 items run" in dialog.list.item(1).text()
        dialog.reject()
        path = tmp_path / "rehearsal.csv"
        future = console.export_report(path, run_id=runs[1].id)
        assert future is not None and future.result(20.0) == str(path)
        text = path.read_text(encoding="utf-8-sig")
        assert "rehearsal" in text
    finally:
        windows.close()


# -- a hall file that cannot be used -------------------------------------------------------------


def test_a_bad_hall_file_is_shown_above_the_run_sheet_and_go_stays_off(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall_file = tmp_path / "hall.toml"
    hall_file.write_text(
        'name = "Broken"\n[[devices]]\nid = "switcher"\nkind = "mixer"\n', encoding="utf-8"
    )
    windows = make_console_window(qtbot, tmp_path, monkeypatch, hall_path=hall_file)
    cw = next(windows)
    try:
        console, window = cw.console, cw.window
        show_active(cw)
        panel = console.hall_files.panel
        assert panel is not None and panel.isVisible()
        assert str(hall_file) in panel.text
        assert "Line 4, key devices[0].kind" in panel.text
        assert "unknown kind 'mixer'" in panel.text
        assert console.panels == {}
        banner = console.show_bar.banner.text()
        assert banner == "NO HALL FILE"
        assert not console.show_bar.go_button.isEnabled()
        assert not console.actions.go.isEnabled() and not console.actions.show_mode.isEnabled()
        # Space on the run-sheet: no GO, no run, no show mode.
        engine = console.engine
        assert engine is not None
        window.table_view.setFocus()
        qtbot.keyClick(window.table_view, Qt.Key.Key_Space)
        console.show_bar.mode_button.click()
        assert engine.live_index is None and engine.run is None and not console.show_mode
        bar = console.show_bar
        assert not any(b.isEnabled() for b in (bar.mode_button, bar.switch_button,
                                               bar.check_button))
        # No stray field floats in the inspector (fields of devices the hall does not have).
        inspector = console.inspector
        strays = [
            w for w in inspector.findChildren(QAbstractSpinBox) + inspector.findChildren(QComboBox)
            if w.isVisibleTo(inspector)
        ]
        assert strays == []
        # Use the rehearsal hall: the default hall file on simulators; GO works.
        panel.rehearsal_button.click()
        cw.wait_devices_ok()
        assert not panel.isVisible()
        assert set(console.panels) == {"switcher", "projector", "mics", "mics-audience", "stream"}
        assert console.show_bar.banner.text() == "REHEARSAL"
        cw.wait_for(console.show_bar.go_button.isEnabled)
        assert console.inspector.findChildren(QComboBox, "cueProgram")[0].isVisibleTo(
            console.inspector
        )  # the inspector has the new hall's fields
        go(cw, 0)
    finally:
        windows.close()


def test_a_hall_file_with_a_toml_syntax_error_names_the_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hall_file = tmp_path / "typo.toml"
    hall_file.write_text('name = "Hall"\n[[devices]]\nid = switcher\n', encoding="utf-8")
    windows = make_console_window(qtbot, tmp_path, monkeypatch, hall_path=hall_file)
    cw = next(windows)
    try:
        panel = cw.console.hall_files.panel
        assert panel is not None
        assert "Line 3, column" in panel.text and "not valid TOML" in panel.text
        # Another file, still wrong: the panel names the new problem; GO stays off.
        other = tmp_path / "other.toml"
        other.write_text('name = "Hall"\n', encoding="utf-8")
        future = cw.console.hall_files.use_hall_file(other, rehearsal=True)
        cw.wait_for(lambda: future.done() and str(other) in panel.text)
        assert "devices" in panel.text and not cw.console.show_bar.go_button.isEnabled()
    finally:
        windows.close()
