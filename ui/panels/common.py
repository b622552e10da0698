"""Parts every device panel shares: the status light with reason and age, and the panel frame.

A device panel is fed on the GUI thread by the console (from :class:`ui.bridge.ConsoleBridge`):
``set_status(DeviceStatus)`` and ``set_state(snapshot)``. While the device is not OK the
panel is *stale*: its controls are greyed and a line says the values are the last known
ones and how old they are (a kind's panel re-renders its values as last known too).
Operator commands leave the panel as :attr:`DevicePanel.command_requested`
``(device id, command)``, the command a typed :class:`devices.kind.DeviceCommand` of the
panel's kind; the console sends them through the equipment (logged, followed, off the
GUI thread's time).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGraphicsOpacityEffect,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from devices.base import DeviceStatus, LinkState
from devices.kind import Cue, DeviceCommand
from ui.core_text import tr_text
from ui.plain_text import plain_label, set_plain

#: Colours of the status light by link state.
LIGHT_COLOURS = {
    LinkState.OK: "#3ccf5a",
    LinkState.CONNECTING: "#f0b429",
    LinkState.OFFLINE: "#ff4d4d",
    LinkState.FAILED: "#ff4d4d",
    LinkState.BAD_CONFIG: "#ff4d4d",
}

PROGRAM_RED = "#d7261e"
PREVIEW_GREEN = "#1f9d46"

PANEL_STYLE = f"""
QPushButton[tally="program"] {{ background: {PROGRAM_RED}; color: white; font-weight: 700;
    border: 1px solid #ff8a80; }}
QPushButton[tally="preview"] {{ background: {PREVIEW_GREEN}; color: white; font-weight: 700;
    border: 1px solid #8ee59f; }}
QPushButton[mic="live"] {{ background: {PROGRAM_RED}; color: white; font-weight: 700;
    border: 1px solid #ff8a80; }}
QPushButton[mic="muted"] {{ background: #2b3139; color: #aeb6be; }}
QPushButton[mic="unknown"] {{ background: #2b3139; color: #f0b429; }}
QLabel[role="reason"] {{ color: #ffb3ad; }}
QLabel[role="error"] {{ color: #ff6b6b; font-weight: 600; }}
QLabel[role="hint"] {{ color: #9aa4ae; }}
QLabel[role="warn"] {{ color: #ffcf5c; }}
"""


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property used by the stylesheet and re-polish (only if it changed)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def state_words(state: LinkState) -> str:
    words = {
        LinkState.OK: tr("DeviceStatus", "connected"),
        LinkState.CONNECTING: tr("DeviceStatus", "connecting"),
        LinkState.OFFLINE: tr("DeviceStatus", "offline"),
        LinkState.FAILED: tr("DeviceStatus", "failed"),
        LinkState.BAD_CONFIG: tr("DeviceStatus", "bad configuration"),
    }
    return words.get(state, state.value)


def age_words(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return tr("DeviceStatus", "{0} s").format(seconds)
    if seconds < 3600:
        return tr("DeviceStatus", "{0} min {1} s").format(seconds // 60, seconds % 60)
    return tr("DeviceStatus", "{0} h {1} min").format(seconds // 3600, seconds % 3600 // 60)


class StatusLight(QWidget):
    """A coloured dot, the link state in words, and when not OK the reason and the age.

    ``monotonic`` is the clock the drivers stamp ``last_heard`` with. The age is
    refreshed once a second while the device is not OK.
    """

    def __init__(self, monotonic: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self.status: DeviceStatus | None = None
        self.dot = QLabel(self)
        self.dot.setFixedSize(14, 14)
        self.state_label = QLabel(tr("DeviceStatus", "not started"), self)
        self.state_label.setObjectName("statusState")
        self.reason_label = plain_label("", self)  # the device's own words
        self.reason_label.setObjectName("statusReason")
        self.reason_label.setProperty("role", "reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.dot)
        top.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.reason_label)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._refresh_reason)
        self._paint_dot("#5d656e")

    def _paint_dot(self, colour: str) -> None:
        self.dot.setStyleSheet(f"background: {colour}; border-radius: 7px;")

    def set_status(self, status: DeviceStatus) -> None:
        self.status = status
        self._paint_dot(LIGHT_COLOURS.get(status.state, "#5d656e"))
        self.state_label.setText(state_words(status.state))
        ok = status.state is LinkState.OK
        self.reason_label.setVisible(not ok)
        if ok:
            self._age_timer.stop()
        elif not self._age_timer.isActive():
            self._age_timer.start()
        self._refresh_reason()

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status.state is LinkState.OK

    def reason_text(self) -> str:
        """What the reason line says now (empty when OK)."""
        status = self.status
        if status is None or status.state is LinkState.OK:
            return ""
        parts = [tr_text(status.reason) or state_words(status.state)]
        if status.last_heard is None:
            parts.append(tr("DeviceStatus", "never heard from"))
        else:
            age = self._monotonic() - status.last_heard
            parts.append(tr("DeviceStatus", "last heard {0} ago").format(age_words(age)))
        return " — ".join(parts)

    def _refresh_reason(self) -> None:
        set_plain(self.reason_label, self.reason_text())


class DevicePanel(QWidget):
    """A device's panel: a title row with the status light, then the device's controls."""

    command_requested = Signal(str, object)
    """(device id, :class:`devices.kind.DeviceCommand`) — the console sends it."""

    def __init__(
        self,
        device_id: str,
        title: str,
        monotonic: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.device_id = device_id
        self.setObjectName(f"panel_{device_id}")
        self.setStyleSheet(PANEL_STYLE)
        self.title_label = plain_label(title, self)  # a name from the hall file
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.light = StatusLight(monotonic, self)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title_label)
        header.addWidget(self.light, 1)
        self.stale_label = QLabel(self)
        self.stale_label.setObjectName("staleValues")
        self.stale_label.setProperty("role", "warn")
        self.stale_label.setWordWrap(True)
        self.stale_label.setVisible(False)
        # The kind's controls go into ``body``, inside ``content``: greyed as a whole
        # while the device is not OK, so no value there passes for a current one.
        self.content = QWidget(self)
        self.content.setObjectName("panelContent")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        # Compact: the device column must fit a 1366×768 screen.
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(4)
        self.body.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.state: object | None = None
        self.light._age_timer.timeout.connect(self._refresh_stale)

    @property
    def stale(self) -> bool:
        """The device is not OK: what the panel shows is last known, not current."""
        status = self.light.status
        return status is not None and status.state is not LinkState.OK

    def set_status(self, status: DeviceStatus) -> None:
        was_stale = self.stale
        self.light.set_status(status)
        stale = self.stale
        self.content.setEnabled(not stale)
        if stale and self.content.graphicsEffect() is None:
            # Disabled alone hardly shows in the dark theme: fade the last-known values.
            faded = QGraphicsOpacityEffect(self.content)
            faded.setOpacity(0.45)
            self.content.setGraphicsEffect(faded)
        elif not stale and self.content.graphicsEffect() is not None:
            self.content.setGraphicsEffect(None)  # type: ignore[arg-type]
        self._refresh_stale()
        if self.stale != was_stale:
            self.stale_changed()

    def stale_changed(self) -> None:
        """The values became last-known or current again; a kind's panel may re-render."""
        if self.state is not None:
            self.set_state(self.state)

    def stale_text(self) -> str:
        """"Last known values, 12 s ago — not current" (empty when the device is OK)."""
        status = self.light.status
        if status is None or not self.stale:
            return ""
        if status.last_heard is None or self.state is None:
            return tr("DevicePanel", "No current values: the device is not connected.")
        age = age_words(self.light._monotonic() - status.last_heard)
        return tr("DevicePanel", "Last known values, {0} ago — not current.").format(age)

    def _refresh_stale(self) -> None:
        text = self.stale_text()
        self.stale_label.setText(text)
        self.stale_label.setVisible(bool(text))

    def set_state(self, state: object) -> None:
        self.state = state

    def request(self, command: DeviceCommand) -> None:
        self.command_requested.emit(self.device_id, command)


# -- cue editor groups (the inspector shows one per device) ------------------------------------


def _cue_tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def delay_box(parent: QWidget) -> QDoubleSpinBox:
    """A cue's delay after GO, in seconds (0..600)."""
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, 600.0)
    box.setDecimals(1)
    box.setSuffix(_cue_tr(" s"))
    box.setKeyboardTracking(False)
    box.setToolTip(_cue_tr("Delay after GO"))
    return box


def choice(combo: QComboBox) -> Any:
    return combo.currentData()


def select(combo: QComboBox, value: Any) -> None:
    position = combo.findData(value)
    combo.setCurrentIndex(max(position, 0))


class CueGroup(QGroupBox):
    """The cue editor of one device: ``load(cue)`` shows a cue, ``cue()`` reads the widgets.

    ``changed`` fires when the operator changes a widget (the inspector then saves).
    A kind's panel module subclasses it; ``ui.device_ui`` says which class a kind uses.
    """

    changed = Signal()

    def __init__(self, title: str, device_id: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.device_id = device_id

    def load(self, cue: Cue | None) -> None:
        raise NotImplementedError

    def cue(self) -> Cue | None:
        raise NotImplementedError

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()
