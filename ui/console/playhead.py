"""The playhead on the run-sheet table: the live row in red, standby outlined in green.

:class:`ConsoleDelegate` paints over the run-sheet's ordinary delegate, reading the
console's current engine (live and standby rows) and the items whose cues failed
(a ⚠ in the first column).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from ui.delegates import RunSheetDelegate

if TYPE_CHECKING:
    from ui.console.controller import Console

LIVE_ROW = QColor(215, 38, 30, 70)
LIVE_EDGE = QColor("#ff5c52")
STANDBY_EDGE = QColor("#3ccf5a")
FAILED_MARK = QColor("#ff6b6b")


class ConsoleDelegate(RunSheetDelegate):
    """The run-sheet's delegate plus the playhead: live row in red, standby outlined green."""

    def __init__(self, console: Console, parent: QWidget) -> None:
        super().__init__(parent)
        self._console = console

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        super().paint(painter, option, index)
        engine = self._console.engine
        if engine is None:
            return
        row = index.row()
        rect = option.rect  # type: ignore[attr-defined]
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
