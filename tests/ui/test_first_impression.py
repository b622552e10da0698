"""What a first start and the run-sheet look like: the sample's date, frozen columns,
the report's file name.

- The sample a new database gets starts at the next whole hour, so the console does
  not open on an event hours behind;
- the # and Start columns stay in view when the table scrolls sideways;
- the report's suggested file name has no character Windows refuses (``:``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest_console import ConsoleWindow
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from controlroom.storage import Database
from ui.app import ensure_sample, open_event_now
from ui.console import report_export
from ui.main_window import MainWindow
from ui.runsheet_model import Column


@pytest.mark.parametrize("hour", [7, 11, 19, 23])
def test_sample_starts_at_the_next_whole_hour(database: Database, hour: int) -> None:
    now = datetime(2026, 12, 3, hour, 38, 12)
    event_id = ensure_sample(database, now=now)
    assert event_id is not None
    start = database.load_event(event_id).scheduled_start
    assert start == now.replace(minute=0, second=0) + timedelta(hours=1)


def _column_seen_at(table: Any, x: int) -> int:
    """Which column the operator sees at x (table coordinates) in the first row."""
    viewport = table.viewport()
    point = QPoint(viewport.x() + x, viewport.y() + table.rowHeight(0) // 2)
    widget = table.childAt(point)
    view = widget.parent()
    assert isinstance(view, QAbstractItemView)
    index = view.indexAt(widget.mapFrom(table, point))
    assert index.row() == 0
    return int(index.column())


def test_number_and_start_stay_when_scrolled_sideways(
    qtbot: QtBot, database: Database
) -> None:
    event_id = ensure_sample(database)
    assert event_id is not None
    window = MainWindow(database)
    qtbot.addWidget(window)
    open_event_now(window, event_id)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    table = window.table_view
    bar = table.horizontalScrollBar()
    bar.setValue(0)
    assert _column_seen_at(table, 5) == Column.NUMBER
    bar.setValue(bar.maximum())
    assert bar.maximum() > 0
    qtbot.waitUntil(lambda: table.columnViewportPosition(Column.TITLE) < 0)
    assert _column_seen_at(table, 5) == Column.NUMBER
    assert _column_seen_at(table, table.columnWidth(Column.NUMBER) + 5) == Column.START
    # Rows follow the main view when it scrolls down.
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    frozen = table.frozen_view
    assert frozen.verticalScrollBar().value() == table.verticalScrollBar().value()


def test_report_file_name_has_no_colon(
    console_window: ConsoleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []

    def fake_dialog(_parent: Any, _title: str, path: str, _filter: str) -> tuple[str, str]:
        suggested.append(path)
        return "", ""  # the operator cancels

    monkeypatch.setattr(report_export.QFileDialog, "getSaveFileName", fake_dialog)
    console = console_window.console
    assert console.runsheet is not None
    title = console.runsheet.event.title
    assert ":" in title  # the sample's title: "Баспасөз мәслихаты: «…»"
    assert console.report.export() is None  # asks which run first
    console_window.wait_for(lambda: console.report.dialog is not None)
    dialog = console.report.dialog
    assert dialog is not None
    dialog.accept()
    console_window.wait_for(lambda: bool(suggested))
    name = Path(suggested[0]).name
    assert name.endswith(".pdf")
    assert not set(name) & set('<>:"/\\|?*'), name
    assert name.startswith("Баспасөз мәслихаты")


def test_a_frozen_start_cell_edits_like_any_other(qtbot: QtBot, database: Database) -> None:
    event_id = ensure_sample(database, now=datetime(2026, 12, 3, 7, 38))
    assert event_id is not None
    window = MainWindow(database)
    qtbot.addWidget(window)
    open_event_now(window, event_id)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    table = window.table_view
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    frozen = table.frozen_view
    cell = window.model.index(3, Column.START)
    frozen.edit(cell)
    editors = frozen.viewport().findChildren(QLineEdit)
    assert len(editors) == 1 and editors[0].isVisible()
    editors[0].setText("08:30")
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    runsheet = window.runsheet
    assert runsheet is not None
    qtbot.waitUntil(lambda: runsheet.items[3].hard_start is not None)
    assert runsheet.items[3].hard_start == datetime(2026, 12, 3, 8, 30)
    assert window.model.index(3, Column.START).data() == "08:30:00"
