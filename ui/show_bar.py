"""The show bar: GO, what is live and in standby, the offset against plan, the projected end,
show/edit mode, PANIC, the REHEARSAL/LIVE banner with its mode switch, and the readiness check;
the devices' indicators (OBS's ON AIR / REC) and their alarms (a red line until they clear);
the unacknowledged alarms (:class:`ui.alarm_strip.AlarmStrip`, until acknowledged).

The bar only displays and asks; :class:`ui.console.controller.Console` does the work.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from controlroom.durations import format_duration
from ui.alarm_strip import AlarmStrip
from ui.elide import ElidingLabel
from ui.panels.common import restyle
from ui.plain_text import bounded, make_plain, plain_tooltip

BAR_STYLE = """
QPushButton#goButton { background: #1f9d46; color: white; font-size: 20pt; font-weight: 800;
    border: 2px solid #8ee59f; border-radius: 6px; min-width: 110px; min-height: 48px; }
QPushButton#goButton:pressed { background: #14742f; }
QPushButton#goButton:disabled { background: #2b3139; color: #5d656e; border-color: #353c45; }
QPushButton#panicButton { background: #8f1d17; color: white; font-size: 13pt; font-weight: 800;
    border: 2px solid #ff8a80; border-radius: 6px; min-width: 100px; min-height: 48px; }
QPushButton#panicButton:pressed { background: #d7261e; }
QLabel#banner { font-size: 12pt; font-weight: 800; padding: 2px 12px; border-radius: 4px; }
QLabel#banner[mode="rehearsal"] { background: #1f4f8f; color: white; }
QLabel#banner[mode="live"] { background: #b3261e; color: white; }
QLabel#banner[mode="switching"] { background: #7a5a00; color: white; }
QLabel#liveLabel { font-size: 12pt; font-weight: 700; color: #ff8a80; }
QLabel#standbyLabel { font-size: 12pt; font-weight: 700; color: #8ee59f; }
QLabel#offsetLabel { font-size: 12pt; font-weight: 700; }
QLabel#offsetLabel[late="yes"] { color: #ffcf5c; }
QLabel#offsetLabel[late="no"] { color: #8ee59f; }
QLabel#failureLabel { color: #ff6b6b; font-weight: 600; }
QLabel#alarmLabel { background: #8f1d17; color: white; font-weight: 800; padding: 1px 6px;
    border-radius: 3px; }
QPushButton#modeButton:checked { background: #7a5a00; color: white; font-weight: 700; }
QLabel[role="caption"] { color: #9aa4ae; font-size: 9pt; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShowBar", text)


def offset_words(offset_s: float) -> str:
    """"+1:05 behind", "0:40 ahead" or "on time" (whole seconds)."""
    seconds = round(offset_s)
    if seconds == 0:
        return _tr("on time")
    if seconds > 0:
        return _tr("{0} behind").format(format_duration(seconds))
    return _tr("{0} ahead").format(format_duration(-seconds))


class ShowBar(QWidget):
    """The row of show controls above the run-sheet."""

    go_requested = Signal()
    panic_requested = Signal()
    show_mode_toggled = Signal(bool)
    switch_requested = Signal()
    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("showBar")
        self.setStyleSheet(BAR_STYLE)
        self.live_text = ""
        self.standby_text = ""
        self.go_button = QPushButton(_tr("GO"), self)
        self.go_button.setObjectName("goButton")
        self.go_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.go_button.setToolTip(_tr("Start the item in standby (Space)"))
        self.go_button.clicked.connect(self.go_requested)

        # Long item titles end in "…" rather than being cut off.
        self.live_label = ElidingLabel("—", self)
        self.live_label.setObjectName("liveLabel")
        self.standby_label = ElidingLabel("—", self)
        self.standby_label.setObjectName("standbyLabel")
        for label in (self.live_label, self.standby_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(160)
        self.failure_label = ElidingLabel("", self)
        self.failure_label.setVisible(False)
        self.failure_label.setObjectName("failureLabel")
        self.failure_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.alarm_label = ElidingLabel("", self)
        self.alarm_label.setVisible(False)
        self.alarm_label.setObjectName("alarmLabel")
        self.alarm_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.indicators: dict[str, QWidget] = {}
        """The devices' show-bar indicators by device id (OBS: ON AIR / REC)."""
        self._indicator_row = QHBoxLayout()
        self._indicator_row.setSpacing(6)
        self.alarm_strip = AlarmStrip(self)  # fed by ui.console.alarms.ConsoleAlarms
        # The strip shows every failure until acknowledged: the failure line gives way to it.
        self.alarm_strip.showing_changed.connect(lambda _showing: self._show_failure_line())
        self.offset_label = QLabel(_tr("on time"), self)
        self.offset_label.setObjectName("offsetLabel")
        self.end_label = QLabel("—", self)
        self.end_label.setObjectName("projectedEndLabel")
        # Titles and device messages: shown as typed, never as HTML.
        make_plain(self.live_label, self.standby_label, self.failure_label)

        self.mode_button = QPushButton(_tr("Edit mode"), self)
        self.mode_button.setObjectName("modeButton")
        self.mode_button.setCheckable(True)
        self.mode_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode_button.setToolTip(_tr("Show mode locks the run-sheet; edit mode unlocks it"))
        self.mode_button.toggled.connect(self._mode_toggled)
        self.check_button = QPushButton(_tr("Readiness check"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_button.clicked.connect(self.check_requested)
        self.panic_button = QPushButton(_tr("PANIC\nmute all"), self)
        self.panic_button.setObjectName("panicButton")
        self.panic_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.panic_button.setToolTip(_tr("Mute every microphone now (F12)"))
        self.panic_button.clicked.connect(self.panic_requested)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("switchModeButton")
        self.switch_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch_button.clicked.connect(self.switch_requested)

        now = QVBoxLayout()
        now.setSpacing(0)
        now.addWidget(self.live_label)
        now.addWidget(self.standby_label)
        # The failure line and the alarm strip share one row: the line gives way to the strip.
        alerts = QHBoxLayout()
        alerts.setSpacing(0)
        alerts.addWidget(self.failure_label, 1)
        alerts.addWidget(self.alarm_strip, 1)
        now.addLayout(alerts)
        now.addWidget(self.alarm_label)
        timing = QVBoxLayout()
        timing.setSpacing(0)
        timing.addWidget(self.offset_label)
        timing.addWidget(self.end_label)
        mode = QVBoxLayout()
        mode.setSpacing(2)
        mode.addWidget(self.banner)
        mode.addWidget(self.switch_button)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.mode_button)
        buttons.addWidget(self.check_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(14)
        layout.addWidget(self.go_button)
        layout.addLayout(now, 1)
        layout.addLayout(self._indicator_row)
        layout.addLayout(timing)
        layout.addLayout(buttons)
        layout.addWidget(self.panic_button)
        layout.addLayout(mode)
        self.set_rehearsal(True)

    def _mode_toggled(self, show_mode: bool) -> None:
        self.mode_button.setText(_tr("SHOW MODE") if show_mode else _tr("Edit mode"))
        self.show_mode_toggled.emit(show_mode)

    def set_show_mode(self, show_mode: bool) -> None:
        if self.mode_button.isChecked() != show_mode:
            self.mode_button.setChecked(show_mode)

    def set_rehearsal(self, rehearsal: bool | None) -> None:
        """REHEARSAL, LIVE, or ``None`` while the devices are being switched."""
        if rehearsal is None:
            self.banner.setText(_tr("SWITCHING…"))
            restyle(self.banner, "mode", "switching")
            self.switch_button.setEnabled(False)
            return
        self.switch_button.setEnabled(True)
        if rehearsal:
            self.banner.setText(_tr("REHEARSAL"))
            self.banner.setToolTip(_tr("Devices are the simulators; nothing reaches the hall."))
            self.switch_button.setText(_tr("Switch to LIVE…"))
        else:
            self.banner.setText(_tr("LIVE"))
            self.banner.setToolTip(_tr("Commands go to the hall's real equipment."))
            self.switch_button.setText(_tr("Switch to rehearsal…"))
        restyle(self.banner, "mode", "rehearsal" if rehearsal else "live")

    def set_items(self, live: str, standby: str) -> None:
        self.live_text = live
        self.standby_text = standby
        self.live_label.setText(_tr("LIVE ▸ {0}").format(bounded(live) or "—"))
        self.standby_label.setText(
            _tr("STANDBY ▸ {0}").format(bounded(standby) or _tr("end of the run-sheet"))
        )

    def set_timing(
        self, offset_s: float, projected_end: datetime | None, running: bool = True
    ) -> None:
        """The offset against plan (shown only while a show runs) and the projected end."""
        self.offset_label.setVisible(running)
        self.offset_label.setText(offset_words(offset_s))
        restyle(self.offset_label, "late", "yes" if round(offset_s) > 0 else "no")
        self.end_label.setText(
            _tr("ends ≈ {0}").format(projected_end.strftime("%H:%M:%S") if projected_end else "—")
        )

    def add_indicator(self, device_id: str, widget: QWidget) -> None:
        """Show ``widget`` (a device's indicator, such as ON AIR / REC) in the bar."""
        widget.setToolTip(device_id)
        self.indicators[device_id] = widget
        self._indicator_row.addWidget(widget)

    def set_alarms(self, text: str) -> None:
        """The devices' alarms now (red, until they clear); empty hides the line."""
        self.alarm_label.setVisible(bool(text))
        self.alarm_label.setText(text)
        self.alarm_label.setToolTip(text)

    def set_failure(self, text: str) -> None:
        self.failure_label.setText(bounded(text))
        self.failure_label.setToolTip(plain_tooltip(text))
        self._show_failure_line()

    def _show_failure_line(self) -> None:
        self.failure_label.setVisible(
            bool(self.failure_label.text()) and self.alarm_strip.isHidden()
        )
