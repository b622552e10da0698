"""Shared set-up for the show-console tests: a main window with the console in REHEARSAL.

The window is built the way the app builds it (``ui.app.build_window`` with the
presenter timer, the show console and the language menu), on a real SQLite
file in tmp_path, with isolated QSettings. The rehearsal hall is the real
SimulatorHost (pseudo-terminals and UDP on 127.0.0.1); the projector warms up in
0.3 s so power cues stay quick.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from controlroom.clock import SystemClock
from controlroom.storage import Database
from devices.base import LinkState
from ui.app import AppContext, ShowFeatures, build_window, create_application
from ui.console import controller
from ui.main_window import MainWindow

QT_LOG_IGNORE = r"This plugin does not support (propagateSizeHints|raise)"

#: Generous limits: the machine is shared by several agents.
HALL_READY_MS = 20_000


def isolate_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )


class ConsoleWindow:
    """A built window, its console, and helpers to wait for the devices."""

    def __init__(
        self, qtbot: QtBot, window: MainWindow, features: ShowFeatures, database: Database
    ) -> None:
        self.qtbot = qtbot
        self.window = window
        self.features = features
        self.database = database
        self.console = features.console

    def wait_hall(self, timeout_ms: int = HALL_READY_MS) -> Any:
        self.qtbot.waitUntil(lambda: self.console.hall is not None, timeout=timeout_ms)
        return self.console.hall

    def wait_devices_ok(self, timeout_ms: int = HALL_READY_MS) -> None:
        self.wait_hall(timeout_ms)

        def all_ok() -> bool:
            hall = self.console.hall
            return hall is not None and all(
                driver.status.state is LinkState.OK for driver in hall.drivers.values()
            ) and all(panel.light.ok for panel in self.console.panels.values())

        self.qtbot.waitUntil(all_ok, timeout=timeout_ms)

    def simulator(self, device_id: str) -> Any:
        hall = self.console.hall
        assert hall is not None
        return hall.simulator(device_id)

    def wait_for(self, predicate: Callable[[], bool], timeout_ms: int = 10_000) -> None:
        self.qtbot.waitUntil(predicate, timeout=timeout_ms)


def make_console_window(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rehearsal: bool = True,
    hall_path: Path | None = None,
    event: int | None = None,
) -> Iterator[ConsoleWindow]:
    isolate_settings(tmp_path)
    monkeypatch.setattr(
        controller,
        "REHEARSAL_OPTIONS",
        {"projector_warmup_s": 0.3, "projector_cooldown_s": 0.3},
    )
    create_application()
    database = Database.open(tmp_path / "console.db")
    args = argparse.Namespace(
        db=str(database.path), event=event, rehearsal=rehearsal, hall=None
    )
    context = AppContext(
        database=database, clock=SystemClock(), args=args, rehearsal=rehearsal,
        hall_path=hall_path,
    )
    built = build_window(context)
    window, features = built.window, built.features
    assert features is not None
    qtbot.addWidget(window)
    handle = ConsoleWindow(qtbot, window, features, database)
    try:
        yield handle
    finally:
        handle.console.shutdown()
        features.presenter.shutdown()
        database.close()
