"""The microphones panel: a strip per channel — name, mute toggle, gain, level meter, battery.

A channel that is open is shown LIVE in red. Level meters run at up to 20 Hz per
channel: the panel only stores each channel's latest level and repaints the meters
that changed on its own timer (25 Hz), so a burst of readings costs one repaint.
Unmuting is a request the console may first confirm (hot-mic safety).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from devices.kind import Cue
from devices.microphones.driver import ChannelState, MicrophonesState
from devices.microphones.kind import (
    MicrophoneCue,
    MicrophonesConfig,
    MuteAll,
    SetGainDb,
    SetMute,
)
from ui.panels.common import CueGroup, DevicePanel, delay_box, restyle, tr
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
        self.grid.setVerticalSpacing(1)
        self.grid.setColumnStretch(2, 1)
        self.strips: dict[int, ChannelStrip] = {}
        for row, number in enumerate(sorted(config.channels)):
            strip = ChannelStrip(self, number, config.channels[number], row)
            strip.mute_button.clicked.connect(lambda _checked=False, s=strip: self._toggle(s))
            strip.gain.valueChanged.connect(
                lambda value, n=number: self.request(SetGainDb(n, round(value, 1)))
            )
            self.strips[number] = strip
        self.body.addLayout(self.grid)
        self.mute_all_button = QPushButton(_tr("Mute all"), self)
        self.mute_all_button.setObjectName("muteAll")
        self.mute_all_button.clicked.connect(lambda: self.request(MuteAll()))
        self.body.addWidget(self.mute_all_button)
        self.meter_timer = QTimer(self)
        self.meter_timer.setInterval(METER_REPAINT_MS)
        self.meter_timer.timeout.connect(self._repaint_meters)
        self.meter_timer.start()
        self.states_received = 0

    def _toggle(self, strip: ChannelStrip) -> None:
        # Unknown counts as open: the safe press is "mute".
        self.request(SetMute(strip.number, strip.muted is False or strip.muted is None))

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


#: The cue editor's gain spin box's lowest value stands for "no gain in the cue".
NO_GAIN = -19.0


def _cue_tr(text: str) -> str:
    return tr("Inspector", text)


def _fault_tr(text: str) -> str:
    return tr("RehearsalPanel", text)


class MicrophoneCueGroup(CueGroup):
    """The cue of one microphone device: on/off, a live box and a gain per channel, a delay."""

    def __init__(self, config: MicrophonesConfig, parent: QWidget | None = None) -> None:
        super().__init__(_cue_tr("Microphones: {0}").format(config.id), config.id, parent)
        self.config = config
        self.setCheckable(True)
        self.setToolTip(_cue_tr("Unticked: the microphones are left as they are"))
        grid = QGridLayout(self)
        self.live: dict[int, QCheckBox] = {}
        self.gains: dict[int, QDoubleSpinBox] = {}
        for row, number in enumerate(sorted(config.channels)):
            box = QCheckBox(f"{number} {config.channels[number]}", self)
            box.setObjectName(f"cueLive_{config.id}_{number}")
            gain = QDoubleSpinBox(self)
            gain.setRange(NO_GAIN, 42.0)
            gain.setSpecialValueText(_cue_tr("gain as is"))
            gain.setSuffix(_cue_tr(" dB"))
            gain.setDecimals(1)
            gain.setKeyboardTracking(False)
            gain.setValue(NO_GAIN)
            grid.addWidget(box, row, 0)
            grid.addWidget(gain, row, 1)
            self.live[number] = box
            self.gains[number] = gain
        self.delay = delay_box(self)
        grid.addWidget(QLabel(_cue_tr("Delay"), self), len(config.channels), 0)
        grid.addWidget(self.delay, len(config.channels), 1)
        self.toggled.connect(self._emit_changed)
        for live_box in self.live.values():
            live_box.toggled.connect(self._emit_changed)
        for spin in (*self.gains.values(), self.delay):
            spin.valueChanged.connect(self._emit_changed)

    def load(self, cue: Cue | None) -> None:
        mic = cue if isinstance(cue, MicrophoneCue) else None
        self.setChecked(mic is not None)
        live = set(mic.live) if mic is not None else set()
        gains = dict(mic.gains_db) if mic is not None else {}
        for number, box in self.live.items():
            box.setChecked(number in live)
            self.gains[number].setValue(gains.get(number, NO_GAIN))
        self.delay.setValue(mic.delay if mic is not None else 0.0)

    def cue(self) -> MicrophoneCue | None:
        if not self.isChecked():
            return None
        live = tuple(n for n, box in self.live.items() if box.isChecked())
        gains = tuple(
            (n, round(spin.value(), 1)) for n, spin in self.gains.items() if spin.value() > NO_GAIN
        )
        return MicrophoneCue(
            device=self.config.id, live=live, gains_db=gains, delay=self.delay.value()
        )


def add_fault_controls(
    config: MicrophonesConfig,
    box: QWidget,
    grid: QGridLayout,
    row: int,
    inject: Callable[..., object],
) -> dict[str, QPushButton]:
    """The rehearsal panel's microphone faults: a channel's battery dies."""
    channel = QSpinBox(box)
    channel.setRange(min(config.channels), max(config.channels))
    channel.setPrefix(_fault_tr("channel "))
    battery = QPushButton(_fault_tr("Battery dead"), box)
    battery.clicked.connect(
        lambda _c=False, d=config.id, spin=channel: inject(d, "battery_dead", spin.value())
    )
    grid.addWidget(channel, row, 0)
    grid.addWidget(battery, row, 1)
    return {"battery": battery}


#: Level-meter interval asked of every microphone device once connected (driver minimum).
METER_RATE_MS = 100


def start_meters(driver: Any) -> None:
    """Ask a connected microphone device for level meters (it keeps them); from the GUI thread,
    a command that does not wait."""
    if driver.state.meter_rate_ms != METER_RATE_MS:
        driver.set_meter_rate(METER_RATE_MS)
