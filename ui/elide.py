"""Labels that end in "…" when narrower than their text, instead of being cut off.

:class:`ElidingLabel` paints each line of its text elided to its width (the full
text is its tooltip) and never asks for more width than one "…" per line, so a
long name or title cannot widen a panel or push a control off a small screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ui.plain_text import plain_tooltip


class ElidingLabel(QLabel):
    """A label whose lines end in "…" when it is narrower than they are."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # user, file and device text
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(plain_tooltip(text))

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))

    def shown_lines(self) -> list[str]:
        """The lines as painted: each elided to the label's width."""
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        return [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            for line in self.text().split("\n")
        ]

    def shown_text(self) -> str:
        """The text as painted (lines joined by newlines)."""
        return "\n".join(self.shown_lines())

    def sizeHint(self) -> QSize:
        lines = self.text().split("\n")
        metrics = self.fontMetrics()
        width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(),
            metrics.lineSpacing() * len(lines) + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…"), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = self.contentsRect()
        lines = self.shown_lines()
        height = self.fontMetrics().lineSpacing()
        top = area.top()
        if self.alignment() & Qt.AlignmentFlag.AlignVCenter:
            top += max(0, (area.height() - height * len(lines)) // 2)
        horizontal = self.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
        for number, line in enumerate(lines):
            rect = QRect(area.left(), top + number * height, area.width(), height)
            self.style().drawItemText(
                painter, rect, int(horizontal | Qt.AlignmentFlag.AlignVCenter), self.palette(),
                self.isEnabled(), line, QPalette.ColorRole.WindowText,
            )
