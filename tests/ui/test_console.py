"""The show console in the main window: docks, keys, show mode, safety, panels, log, dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow, make_console_window
from pytestqt.qtbot import QtBot

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(90)]


@pytest.fixture
def console_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ConsoleWindow]:
    yield from make_console_window(qtbot, tmp_path, monkeypatch)


def test_console_comes_up_in_rehearsal(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    assert set(console.panels) == {"switcher", "projector", "mics"}
    assert console.show_bar.banner.text() == "REHEARSAL"
    assert cw.window.mode_label.text() == "REHEARSAL"
    assert console.engine is not None
    assert console.engine.standby_index == 0
