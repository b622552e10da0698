"""The playhead on the run-sheet table: the live row in red, standby outlined in green.

:class:`ConsoleDelegate` paints over the run-sheet's ordinary delegate, reading the
console's current engine (live and standby rows), the items whose cues failed
(a ⚠ in the first column), and the actual times of the run the label above the
table names (small, under the planned start and end: "▶ 11:02:10", "■ 11:07:40").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from ui.delegates import RunSheetDelegate
from ui.runsheet_model import Column

if TYPE_CHECKING:
    from ui.console.controller import Console

LIVE_ROW = QColor(215, 38, 30, 70)
LIVE_EDGE = QColor("#ff5c52")
STANDBY_EDGE = QColor("#3ccf5a")
FAILED_MARK = QColor("#ff6b6b")
ACTUAL_TEXT = QColor("#7fd1ff")


class ConsoleDelegate(RunSheetDelegate):
    """The run-sheet's delegate plus the playhead: live row in red, standby outlined green."""

    def __init__(self, console: Console, parent: QWidget) -> None:
        super().__init__(parent)
        self._console = console

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if index.column() not in (Column.START, Column.END):
            return
        actual = self._console.runs.actual_of(index.row())
        if actual is not None and actual[0 if index.column() == Column.START else 1] is not None:
            # The planned time moves up to leave the bottom of the cell to the actual one.
            option.displayAlignment = (  # type: ignore[attr-defined]
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        super().paint(painter, option, index)
        engine = self._console.engine
        if engine is None:
            return
        row = index.row()
        rect = option.rect  # type: ignore[attr-defined]
        if index.column() in (Column.START, Column.END):
            self._paint_actual(painter, rect, row, index.column() == Column.START)
        first = index.column() == 0
        last = index.column() == index.model().columnCount() - 1
        if row == engine.live_index:
            painter.save()
            painter.fillRect(rect, LIVE_ROW)
            if first:
                painter.fillRect(rect.x(), rect.y(), 6, rect.height(), LIVE_EDGE)
            painter.restore()
        if row == engine.standby_index:
            painter.save()
            pen = QPen(STANDBY_EDGE)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            painter.drawLine(rect.left(), rect.bottom() - 1, rect.right(), rect.bottom() - 1)
            if first:
                painter.drawLine(rect.left() + 1, rect.top(), rect.left() + 1, rect.bottom())
            if last:
                painter.drawLine(rect.right() - 1, rect.top(), rect.right() - 1, rect.bottom())
            painter.restore()
        if first and self._console.failures.get(row):
            painter.save()
            painter.setPen(FAILED_MARK)
            painter.drawText(rect.adjusted(0, 0, -4, 0), int(Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter), "⚠")
            painter.restore()

    def _paint_actual(self, painter: QPainter, rect: Any, row: int, start: bool) -> None:
        """The actual start (▶) or end (■) of ``row`` in the shown run, small, bottom right."""
        actual = self._console.runs.actual_of(row)
        if actual is None:
            return
        when = actual[0] if start else actual[1]
        if when is None:
            return
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        painter.setFont(font)
        painter.setPen(ACTUAL_TEXT)
        text = ("▶ " if start else "■ ") + when.strftime("%H:%M:%S")
        painter.drawText(
            rect.adjusted(0, 0, -4, -1),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            text,
        )
        painter.restore()
