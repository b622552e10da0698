"""The operator's side of the presenter timer: the control strip and the live mirror.

:class:`TimerStrip` holds the buttons (start/pause, -1 min, +1 min, reset), the
message field (send, flash, clear) and blackout. :class:`PresenterMirror` paints
the presenter screen small with the very same :class:`ui.presenter.PresenterRenderer`
on every frame of the same :class:`ui.presenter.PresenterFeed`, so the operator
sees what the speaker sees (including STALE and, marked, BLACKOUT) without any
screenshot loop. :class:`TimerPanel` puts the two side by side for a dock.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from controlroom.timer import PresenterTimer, TimerView
from ui.presenter import PresenterFeed, PresenterRenderer

MIRROR_ASPECT = 16 / 9
MIRROR_BACKDROP = QColor("#101215")


class PresenterMirror(QWidget):
    """A small live copy of the presenter screen, letter-boxed to the stage screen's shape."""

    def __init__(self, feed: PresenterFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterMirror")
        self.feed = feed
        self.aspect = MIRROR_ASPECT
        self.renderer = PresenterRenderer()
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("What the speaker sees on the presenter screen"))
        feed.frame.connect(self._on_frame)
        feed.stale_changed.connect(self._on_frame)

    def set_aspect(self, aspect: float) -> None:
        """Follow the presenter screen's width / height."""
        if aspect > 0 and abs(aspect - self.aspect) > 1e-3:
            self.aspect = aspect
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def _on_frame(self, *_: object) -> None:
        if self.isVisible():
            self.update()

    def screen_rect(self) -> QRectF:
        """The letter-boxed rectangle the presenter screen is painted into."""
        width, height = float(self.width()), float(self.height())
        if width / max(height, 1.0) > self.aspect:
            shown_w, shown_h = height * self.aspect, height
        else:
            shown_w, shown_h = width, width / self.aspect
        return QRectF((width - shown_w) / 2, (height - shown_h) / 2, shown_w, shown_h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), MIRROR_BACKDROP)
        self.renderer.paint(painter, self.screen_rect(), self.feed.view,
                            stale=self.feed.stale or self.feed.is_stale(), mirror=True)
        painter.end()


class TimerStrip(QWidget):
    """Buttons and the message field that drive the presenter timer."""

    def __init__(self, timer: PresenterTimer, feed: PresenterFeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerStrip")
        self.timer = timer
        self.feed = feed

        self.start_pause_button = QPushButton(self)
        self.start_pause_button.setObjectName("timerStartPause")
        self.start_pause_button.clicked.connect(timer.toggle)
        self.minus_button = QPushButton(self.tr("−1 min"), self)
        self.minus_button.setObjectName("timerMinusMinute")
        self.minus_button.setToolTip(self.tr("Take a minute from the speaker"))
        self.minus_button.clicked.connect(timer.remove_minute)
        self.plus_button = QPushButton(self.tr("+1 min"), self)
        self.plus_button.setObjectName("timerPlusMinute")
        self.plus_button.setToolTip(self.tr("Give the speaker one more minute"))
        self.plus_button.clicked.connect(timer.add_minute)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setObjectName("timerReset")
        self.reset_button.setToolTip(self.tr("Back to the item's planned duration, paused"))
        self.reset_button.clicked.connect(timer.reset)

        self.message_edit = QLineEdit(self)
        self.message_edit.setObjectName("timerMessage")
        self.message_edit.setPlaceholderText(self.tr("Message to the speaker"))
        self.message_edit.setClearButtonEnabled(True)
        self.message_edit.returnPressed.connect(self.send_message)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("timerSend")
        self.send_button.clicked.connect(self.send_message)
        self.flash_button = QPushButton(self.tr("Flash"), self)
        self.flash_button.setObjectName("timerFlash")
        self.flash_button.setToolTip(self.tr("Send the message and make it blink"))
        self.flash_button.clicked.connect(self.flash_message)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("timerClear")
        self.clear_button.clicked.connect(self.clear_message)
        self.blackout_button = QPushButton(self.tr("Blackout"), self)
        self.blackout_button.setObjectName("timerBlackout")
        self.blackout_button.setCheckable(True)
        self.blackout_button.setShortcut(QKeySequence("Ctrl+B"))
        self.blackout_button.setToolTip(self.tr("Black the presenter screen (Ctrl+B)"))
        self.blackout_button.toggled.connect(timer.set_blackout)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("timerStatus")
        self.status_label.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        buttons = QHBoxLayout()
        for button in (self.start_pause_button, self.minus_button, self.plus_button,
                       self.reset_button, self.blackout_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 0, 0)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_edit, 1)
        for button in (self.send_button, self.flash_button, self.clear_button):
            message_row.addWidget(button)
        grid.addLayout(message_row, 1, 0)
        grid.addWidget(self.status_label, 2, 0)

        feed.frame.connect(self._on_frame)
        feed.stale_changed.connect(self._on_stale)
        feed.froze.connect(self._on_froze)
        self._on_frame(feed.view)

    def send_message(self) -> None:
        self.timer.set_message(self.message_edit.text())

    def flash_message(self) -> None:
        text = self.message_edit.text().strip()
        if text and text != self.timer.message:
            self.timer.set_message(text, flash=True)
        else:
            self.timer.flash_message()

    def clear_message(self) -> None:
        self.message_edit.clear()
        self.timer.clear_message()

    def _on_frame(self, view: TimerView) -> None:
        self.start_pause_button.setText(self.tr("Pause") if view.running else self.tr("Start"))
        for button in (self.start_pause_button, self.minus_button, self.plus_button,
                       self.reset_button):
            button.setEnabled(view.loaded)
        if self.blackout_button.isChecked() != view.blackout:
            self.blackout_button.setChecked(view.blackout)

    def _on_stale(self, stale: bool) -> None:
        if stale:
            self.status_label.setText(self.tr("Presenter screen is not updating (STALE shown)."))
        else:
            self._show_freeze_note()

    def _on_froze(self, seconds: float) -> None:
        self._show_freeze_note()

    def _show_freeze_note(self) -> None:
        seconds = self.feed.last_freeze_s
        if seconds > 0:
            self.status_label.setText(
                self.tr("The presenter screen froze for %1 s (application busy).").replace(
                    "%1", f"{seconds:.1f}")
            )
        else:
            self.status_label.clear()


class TimerPanel(QWidget):
    """The strip with the mirror beside it; what the main window docks."""

    def __init__(self, timer: PresenterTimer, feed: PresenterFeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerPanel")
        self.strip = TimerStrip(timer, feed, self)
        self.mirror = PresenterMirror(feed, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.strip)
        column.addStretch(1)
        layout.addLayout(column, 3)
        layout.addWidget(self.mirror, 2)
