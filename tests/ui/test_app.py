"""Starting the app: which event opens, what is remembered, installers, and the start-up figures."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controlroom.clock import SystemClock
from controlroom.model import Event, Item
from controlroom.storage import Database
from ui.app import AppContext, FeatureBuilder, build_window, create_application
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

ROOT = Path(__file__).resolve().parents[2]


def only_the_editor(_window: MainWindow, _context: AppContext) -> None:
    """These tests are about start-up; the features are tested by their own suites."""
    return None


def make_context(
    database: Database, event: int | None = None, rehearsal: bool = True
) -> AppContext:
    args = argparse.Namespace(db=str(database.path), event=event, rehearsal=rehearsal, hall=None)
    return AppContext(
        database=database, clock=SystemClock(), args=args, rehearsal=rehearsal, hall_path=None
    )


def open_window(
    qtbot: QtBot, context: AppContext, add_features: FeatureBuilder = only_the_editor
) -> MainWindow:
    create_application()
    window = build_window(context, add_features).window
    qtbot.addWidget(window)
    return window


def test_first_start_opens_the_sample_press_conference(
    qtbot: QtBot, database: Database
) -> None:
    assert database.list_events() == []
    window = open_window(qtbot, make_context(database))
    events = database.list_events()
    assert len(events) >= 1
    runsheet = window.runsheet
    assert runsheet is not None
    assert runsheet.event.id in {summary.id for summary in events}
    assert len(runsheet.items) == window.model.rowCount() > 0
    assert window.mode_label.text() == "REHEARSAL"
    live = open_window(qtbot, make_context(database, rehearsal=False))
    assert live.mode_label.text() == "LIVE"
    # A second start does not add a second sample.
    assert len(database.list_events()) == len(events)


def test_event_option_and_last_open_event_are_honoured(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    briefing_id = database.create_event(
        Event(
            title="Morning briefing",
            scheduled_start=datetime(2026, 12, 1, 9, 0),
            items=[Item(title="Opening", planned_duration=120)],
        )
    )
    window = open_window(qtbot, make_context(database, event=briefing_id))
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.event.id == briefing_id
    window.show()
    qtbot.waitExposed(window)
    window.resize(640, 430)  # within the offscreen screen (800x600), which clamps restores
    qtbot.waitUntil(lambda: window.width() == 640)
    window.close()  # remembers the event and the geometry

    again = open_window(qtbot, make_context(database))
    runsheet = again.runsheet
    assert runsheet is not None and runsheet.event.id == briefing_id
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (640, 430)


def test_a_deleted_last_event_falls_back_to_the_sample(
    qtbot: QtBot, database: Database
) -> None:
    first = open_window(qtbot, make_context(database))
    sample = first.runsheet
    assert sample is not None
    briefing_id = database.create_event(
        Event(title="Gone", scheduled_start=datetime(2026, 12, 1, 9, 0))
    )
    second = open_window(qtbot, make_context(database, event=briefing_id))
    second.close()
    database.delete_event(briefing_id)
    third = open_window(qtbot, make_context(database))
    runsheet = third.runsheet
    assert runsheet is not None and runsheet.event.id == sample.event.id


def test_the_features_are_added_with_the_window_and_the_context(
    qtbot: QtBot, database: Database
) -> None:
    calls: list[tuple[MainWindow, AppContext]] = []

    def add_features(window: MainWindow, context: AppContext) -> None:
        calls.append((window, context))

    context = make_context(database)
    window = open_window(qtbot, context, add_features)
    assert calls == [(window, context)]
    assert set(window.menus) == {"file", "edit", "event", "show", "view", "help"}


def test_a_broken_feature_is_not_skipped(database: Database) -> None:
    def broken(_window: MainWindow, _context: AppContext) -> None:
        raise ImportError("no such panel")

    create_application()
    with pytest.raises(ImportError):
        build_window(make_context(database), broken)


def test_cold_start_reports_its_figures(tmp_path: Path, database: Database) -> None:
    event_id = database.create_event(
        Event(
            title="Қысқа брифинг",
            scheduled_start=datetime(2026, 12, 1, 9, 0),
            items=[Item(title=f"Item {number}", planned_duration=60) for number in range(20)],
        )
    )
    database.close()
    environment = dict(os.environ)
    environment.update(
        {
            "CONTROLROOM_EXIT_AFTER_SHOW": "1",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "controlroom", "--rehearsal", "--db", str(database.path),
         "--event", str(event_id)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    figures = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert 0 < float(figures["first_window_shown_s"]) < 60
    assert 20 < float(figures["rss_mib"]) < 2000
    # It opened the existing database and did not add a sample next to the event.
    with sqlite3.connect(database.path) as connection:
        (count,) = connection.execute("SELECT COUNT(*) FROM events").fetchone()
    connection.close()
    assert count == 1


def test_a_bug_reaching_the_event_loop_is_shown(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import install_exception_hook

    monkeypatch.setattr(sys, "excepthook", lambda *_args: None)
    window = open_window(qtbot, make_context(database))
    install_exception_hook(window)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1
    assert "a bug in a slot" in boxes[0].text()
    assert "RuntimeError" in boxes[0].detailedText()


def test_russian_translation_is_loaded_for_a_russian_locale(
    qtbot: QtBot, database: Database
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui.i18n import install_translators

    app = create_application()
    translators = install_translators(app, QLocale(QLocale.Language.Russian))
    try:
        assert translators, "resources/translations/controlroom_ru.qm did not load"
        window = MainWindow(database, rehearsal=True)
        qtbot.addWidget(window)
        assert window.menus["file"].title() == "&Файл"
        assert window.mode_label.text() == "РЕПЕТИЦИЯ"
        assert window.model.headerData(2, Qt.Orientation.Horizontal) == "Длит."
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_no_translation_for_an_unknown_locale(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    from ui.i18n import install_translators

    app = create_application()
    translators = install_translators(app, QLocale(QLocale.Language.Japanese))
    try:
        assert all("controlroom" not in translator.filePath() for translator in translators)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_feature_docks_come_back_where_they_were(
    qtbot: QtBot, database: Database
) -> None:
    from PySide6.QtWidgets import QDockWidget, QLabel

    def add_dock(window: MainWindow, _context: AppContext) -> None:
        dock = QDockWidget("Test panel", window)
        dock.setObjectName("testPanelDock")
        dock.setWidget(QLabel("panel", dock))
        window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)

    first = open_window(qtbot, make_context(database), add_dock)
    first.show()
    qtbot.waitExposed(first)
    dock = first.findChild(QDockWidget, "testPanelDock")
    assert dock is not None and first.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    first.close()

    second = open_window(qtbot, make_context(database), add_dock)
    second.show()
    qtbot.waitExposed(second)
    dock = second.findChild(QDockWidget, "testPanelDock")
    assert dock is not None
    assert second.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
