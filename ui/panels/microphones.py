"""The microphones panel: a strip per channel — name, mute toggle, gain, level meter, battery.

A channel that is open is shown LIVE in red. Level meters run at up to 20 Hz per
channel: the panel only stores each channel's latest level and repaints the meters
that changed on its own timer (25 Hz), so a burst of readings costs one repaint.
Unmuting is a request the console may first confirm (hot-mic safety).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from devices.hall import MicrophonesConfig
from devices.microphones.driver import ChannelState, MicrophonesState
from ui.panels.common import DevicePanel, restyle, tr
from ui.plain_text import plain_label, set_plain

FLOOR_DB = -60.0
METER_REPAINT_MS = 40


def _tr(text: str) -> str:
    return tr("MicrophonesPanel", text)


class LevelMeter(QWidget):
    """A horizontal meter from -60 dBFS to 0: green, then yellow from -18, red from -6."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_db: float | None = None
        self.dirty = False
        self.paints = 0
        self.setMinimumSize(90, 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(140, 14)

    def set_level(self, level_db: float | None) -> None:
        if level_db != self.level_db:
            self.level_db = level_db
            self.dirty = True

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        self.dirty = False
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("#101215"))
        if self.level_db is None:
            return
        share = (max(FLOOR_DB, min(0.0, self.level_db)) - FLOOR_DB) / -FLOOR_DB
        width = rect.width() * share
        for start_db, colour in ((-60.0, "#2fbf55"), (-18.0, "#e3c42b"), (-6.0, "#e0372d")):
            left = rect.width() * (start_db - FLOOR_DB) / -FLOOR_DB
            if width > left:
                end = {-60.0: -18.0, -18.0: -6.0, -6.0: 0.0}[start_db]
                right = min(width, rect.width() * (end - FLOOR_DB) / -FLOOR_DB)
                painter.fillRect(QRectF(left, 1, right - left, rect.height() - 2), QColor(colour))


def battery_text(bars: int | None) -> str:
    if bars is None:
        return _tr("battery ?")
    return "▮" * bars + "▯" * (5 - bars)


class ChannelStrip:
    """The widgets of one channel (a row of the panel's grid)."""

    def __init__(self, panel: MicrophonesPanel, number: int, name: str, row: int) -> None:
        self.number = number
        self.name_label = plain_label(f"{number}  {name}", panel)
        self.mute_button = QPushButton(_tr("MUTED"), panel)
        self.mute_button.setObjectName(f"mute{number}")
        self.mute_button.setMinimumWidth(78)
        self.mute_button.setToolTip(_tr("Open or close channel {0}").format(number))
        restyle(self.mute_button, "mic", "unknown")
        self.meter = LevelMeter(panel)
        self.meter.setObjectName(f"meter{number}")
        self.gain = QDoubleSpinBox(panel)
        self.gain.setObjectName(f"gain{number}")
        self.gain.setRange(-18.0, 42.0)
        self.gain.setDecimals(1)
        self.gain.setSingleStep(1.0)
        self.gain.setSuffix(" dB")
        self.gain.setKeyboardTracking(False)
        self.gain.setToolTip(_tr("Gain of channel {0}").format(number))
        self.battery = QLabel(battery_text(None), panel)
        self.battery.setObjectName(f"battery{number}")
        self.muted: bool | None = None
        grid = panel.grid
        grid.addWidget(self.name_label, row, 0)
        grid.addWidget(self.mute_button, row, 1)
        grid.addWidget(self.meter, row, 2)
        grid.addWidget(self.gain, row, 3)
        grid.addWidget(self.battery, row, 4)

    def show(self, channel: ChannelState, configured_name: str) -> None:
        name = channel.name or configured_name
        set_plain(self.name_label, f"{self.number}  {name}")
        self.muted = channel.muted
        if channel.muted is None:
            self.mute_button.setText(_tr("?"))
            restyle(self.mute_button, "mic", "unknown")
        elif channel.muted:
            self.mute_button.setText(_tr("MUTED"))
            restyle(self.mute_button, "mic", "muted")
        else:
            self.mute_button.setText(_tr("LIVE"))
            restyle(self.mute_button, "mic", "live")
        if channel.gain_db is not None and not self.gain.hasFocus():
            self.gain.blockSignals(True)
            self.gain.setValue(channel.gain_db)
            self.gain.blockSignals(False)
        self.battery.setText(battery_text(channel.battery_bars))
        restyle(self.battery, "role", "error" if channel.battery_bars == 0 else "none")
        self.meter.set_level(channel.level_db)


class MicrophonesPanel(DevicePanel):
    """A strip per channel of ``config``; meters repainted on a timer."""

    def __init__(
        self,
        config: MicrophonesConfig,
        monotonic: Callable[[], float],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(config.id, _tr("Microphones"), monotonic, parent)
        self.config = config
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(2, 1)
        self.strips: dict[int, ChannelStrip] = {}
        for row, number in enumerate(sorted(config.channels)):
            strip = ChannelStrip(self, number, config.channels[number], row)
            strip.mute_button.clicked.connect(
                lambda _checked=False, s=strip: self._toggle(s)
            )
            strip.gain.valueChanged.connect(
                lambda value, n=number: self.request("set_gain_db", n, round(value, 1))
            )
            self.strips[number] = strip
        self.body.addLayout(self.grid)
        self.mute_all_button = QPushButton(_tr("Mute all"), self)
        self.mute_all_button.setObjectName("muteAll")
        self.mute_all_button.clicked.connect(lambda: self.request("mute_all"))
        self.body.addWidget(self.mute_all_button)
        self.meter_timer = QTimer(self)
        self.meter_timer.setInterval(METER_REPAINT_MS)
        self.meter_timer.timeout.connect(self._repaint_meters)
        self.meter_timer.start()
        self.states_received = 0

    def _toggle(self, strip: ChannelStrip) -> None:
        # Unknown counts as open: the safe press is "mute".
        self.request("set_mute", strip.number, strip.muted is False or strip.muted is None)

    def set_state(self, state: object) -> None:
        super().set_state(state)
        if not isinstance(state, MicrophonesState):
            return
        self.states_received += 1
        for number, channel in state.channels.items():
            strip = self.strips.get(number)
            if strip is not None:
                strip.show(channel, self.config.channels.get(number, ""))

    def _repaint_meters(self) -> None:
        for strip in self.strips.values():
            if strip.meter.dirty:
                strip.meter.update()

    def live_channels(self) -> set[int]:
        """Channels the panel shows LIVE (for tests)."""
        return {n for n, s in self.strips.items() if s.mute_button.property("mic") == "live"}
