"""The frozen-columns table: an idle table stops repainting; a playhead move repaints both views."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from pytestqt.qtbot import QtBot

from ui.frozen_table import FrozenColumnsTable


class _Grid(QAbstractTableModel):
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 40

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _table(qtbot: QtBot) -> tuple[FrozenColumnsTable, _PaintCounter, _PaintCounter]:
    table = FrozenColumnsTable(2)
    qtbot.addWidget(table)
    table.setModel(_Grid(table))
    table.mirror_settings()
    table.resize(800, 500)
    table.show()
    qtbot.waitExposed(table)
    main, frozen = _PaintCounter(), _PaintCounter()
    table.viewport().installEventFilter(main)
    table.frozen_view.viewport().installEventFilter(frozen)
    table._counters = (main, frozen)  # type: ignore[attr-defined]  # keep them alive
    qtbot.wait(100)
    return table, main, frozen


def test_an_idle_table_stops_repainting(qtbot: QtBot) -> None:
    # The frozen view lies over the main viewport: repainting it from the main view's
    # paint events once made the two repaint each other for ever (a core at 100 %).
    table, main, frozen = _table(qtbot)
    main.paints = frozen.paints = 0
    table.viewport().update()
    qtbot.wait(500)
    assert main.paints <= 3
    assert frozen.paints <= 3


def test_repaint_cells_repaints_the_frozen_columns_too(qtbot: QtBot) -> None:
    table, main, frozen = _table(qtbot)
    main.paints = frozen.paints = 0
    table.repaint_cells()
    qtbot.waitUntil(lambda: main.paints >= 1 and frozen.paints >= 1, timeout=2000)
