"""A simulated Shure receiver: a real peer speaking command strings on a pty or TCP.

It answers ``GET``/``SET`` as a receiver of its model does (``models.py``,
``docs/devices-microphones.md``): a REP for every value asked or changed (``SET 0
...`` and ``GET 0 ...`` answer one REP per channel), ``< REP ERR >`` for a channel
outside the model or not configured, a parameter the model lacks (AUDIO_MUTE on
QLX-D and SLX-D, BATT_BARS where the model says TX_BATT_BARS) or a bad value (a
name longer than the model stores), SAMPLE frames in the model's form at the
``METER_RATE`` the driver sets, levels that wander like speech, and batteries that
drain one bar every ``battery_drain_s`` seconds, each change reported unsolicited.
The lectern side is driven from tests through :meth:`MicrophoneSimulator.press_mute`
and :meth:`MicrophoneSimulator.battery_dead`.

Faults come from :class:`~devices.serial_peer.SerialPeer` (drop link, silent,
garbage, slow replies, partial frames, pacing) plus ``battery_dead(channel)``.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from devices.base import ProtocolError
from devices.microphones import models, shure
from devices.microphones.models import DEFAULT_MODEL, SampleForm
from devices.microphones.shure import (
    ALL,
    AUDIO_GAIN,
    AUDIO_MUTE,
    CHAN_NAME,
    METER_RATE,
    Get,
    Set,
)
from devices.serial_peer import SerialPeer

#: Per-channel values a GET n ALL reports, in the order they are sent (those the model has).
CHANNEL_PARAMETERS = (CHAN_NAME, AUDIO_MUTE, AUDIO_GAIN, "BATT_BARS", "TX_BATT_BARS")
#: How METER_RATE is reported: one REP per channel, one on channel 0, or with no channel.
METER_RATE_REPORTS = ("channel", "zero", "device")
#: Shortest metering interval a receiver accepts (0 = off).
MIN_METER_RATE_MS = 100
IDLE_TICK_S = 0.25


@dataclass
class SimulatedChannel:
    """One receiver channel and the transmitter paired with it."""

    number: int
    name: str
    muted: bool = False
    gain_units: int = shure.GAIN_OFFSET_DB  # 0 dB
    battery_bars: int | None = shure.BATTERY_BARS_MAX
    level_db: float = -30.0
    battery_dead: bool = False
    rf_dbm: float = -45.0


class MicrophoneSimulator(SerialPeer):
    """A Shure receiver of one model, with moving levels and draining batteries.

    ``model`` names the family (default ULX-D); ``channels`` must be within it
    (ValueError otherwise). ``meter_rate_report`` overrides how the model reports
    METER_RATE (``"channel"``, ``"zero"`` or ``"device"``), for tests of the forms
    the driver must take.
    """

    command_terminator = b">"

    def __init__(
        self,
        channels: dict[int, str],
        baudrate: float | None = None,
        battery_drain_s: float = 900.0,
        line_ending: bytes = b"",
        seed: int = 3,
        model: str | None = None,
        meter_rate_report: str | None = None,
    ) -> None:
        self.model = models.profile(model or DEFAULT_MODEL)
        outside = [n for n in channels if n not in self.model.channel_numbers]
        if outside:
            raise ValueError(
                f"{self.model.name} has {self.model.channel_text}, not {outside[0]}"
            )
        self.meter_rate_report = meter_rate_report or self.model.meter_rate_report
        if self.meter_rate_report not in METER_RATE_REPORTS:
            raise ValueError(f"meter_rate_report must be one of {METER_RATE_REPORTS}")
        super().__init__(baudrate=baudrate, name=f"mics-sim-{self.model.name}")
        self.parameters = tuple(
            p
            for p in CHANNEL_PARAMETERS
            if p in (CHAN_NAME, AUDIO_GAIN)
            or (p == AUDIO_MUTE and self.model.has_mute)
            or p == self.model.battery_parameter
        )
        self.channels = {
            number: SimulatedChannel(
                number, shure.to_device_text(name).strip()[: self.model.name_length].rstrip()
            )
            for number, name in sorted(channels.items())
        }
        self.meter_rate_ms = 0
        self.battery_drain_s = battery_drain_s
        self.line_ending = line_ending
        self.tick_interval = self._tick_for(0)
        self._levels = random.Random(seed)
        self._next_sample = 0.0
        self._next_drain = time.monotonic() + battery_drain_s

    # ---------------------------------------------------------------- lectern side

    def press_mute(self, channel: int) -> None:
        """Someone presses the mute switch on transmitter ``channel`` (an unsolicited REP).

        Only on models with AUDIO_MUTE (ValueError otherwise).
        """
        if not self.model.has_mute:
            raise ValueError(f"{self.model.name} has no AUDIO_MUTE")
        with self.lock:
            state = self.channels[channel]
            state.muted = not state.muted
            self._report(channel, AUDIO_MUTE)

    def set_battery(self, channel: int, bars: int | None) -> None:
        """Put a battery at ``bars`` (``None``: transmitter off, reported as 255)."""
        with self.lock:
            self.channels[channel].battery_bars = bars
            self._report_battery(channel)

    def battery_dead(self, channel: int) -> None:
        """Fault: the battery of ``channel`` dies: 0 bars reported, the channel goes silent."""
        with self.lock:
            state = self.channels[channel]
            state.battery_dead = True
            state.battery_bars = 0
            state.level_db = -120.0
            self._report_battery(channel)

    def snapshot(self) -> dict[int, SimulatedChannel]:
        """A copy of every channel's simulated state."""
        with self.lock:
            return {n: SimulatedChannel(**vars(c)) for n, c in self.channels.items()}

    # ------------------------------------------------------------------- commands

    def handle_frame(self, frame: bytes) -> None:
        try:
            message = shure.parse_frame(frame)
        except ProtocolError:
            self._send_error()
            return
        if isinstance(message, Get):
            self._get(message)
        elif isinstance(message, Set):
            self._set(message)
        else:
            self._send_error()  # a REP or SAMPLE sent to the receiver makes no sense to it

    def _targets(self, channel: int) -> list[int] | None:
        if channel == 0:
            return list(self.channels)
        return [channel] if channel in self.channels else None

    def _get(self, message: Get) -> None:
        if message.parameter == METER_RATE:
            if message.channel != 0 and self.meter_rate_report != "channel":
                self._send_error()
                return
            targets = self._targets(message.channel)
            if targets is None:
                self._send_error()
                return
            self._report_meter_rate(targets)
            return
        targets = self._targets(message.channel)
        if targets is None:
            self._send_error()
            return
        if message.parameter == ALL:
            if self.meter_rate_report != "channel" and message.channel == 0:
                self._report_meter_rate(targets)
            for number in targets:
                for parameter in self.parameters:
                    self._report(number, parameter)
                if self.meter_rate_report == "channel":
                    self._report(number, METER_RATE)
            return
        if message.parameter not in self.parameters:
            self._send_error()
            return
        for number in targets:
            self._report(number, message.parameter)

    def _set(self, message: Set) -> None:
        if message.parameter == METER_RATE:
            self._set_meter_rate(message)
            return
        targets = self._targets(message.channel)
        if targets is None:
            self._send_error()
            return
        apply = {
            AUDIO_MUTE: self._mute_value,
            AUDIO_GAIN: self._gain_value,
            CHAN_NAME: self._name_value,
        }.get(message.parameter)
        if message.parameter not in self.parameters:
            apply = None  # AUDIO_MUTE on QLX-D / SLX-D
        if apply is None:
            self._send_error()
            return
        new_values = [apply(self.channels[number], message.value) for number in targets]
        if any(value is None for value in new_values):
            self._send_error()
            return
        field = {AUDIO_MUTE: "muted", AUDIO_GAIN: "gain_units", CHAN_NAME: "name"}
        for number, value in zip(targets, new_values, strict=True):
            setattr(self.channels[number], field[message.parameter], value)
            self._report(number, message.parameter)

    @staticmethod
    def _mute_value(channel: SimulatedChannel, text: str) -> bool | None:
        return {"ON": True, "OFF": False, "TOGGLE": not channel.muted}.get(text)

    @staticmethod
    def _gain_value(channel: SimulatedChannel, text: str) -> int | None:
        words = text.split()
        if len(words) == 2 and words[0] in ("INC", "DEC") and words[1].isdigit():
            step = int(words[1]) * (1 if words[0] == "INC" else -1)
            return max(0, min(shure.GAIN_UNITS_MAX, channel.gain_units + step))
        if len(words) == 1 and words[0].isdigit() and int(words[0]) <= shure.GAIN_UNITS_MAX:
            return int(words[0])
        return None

    def _name_value(self, channel: SimulatedChannel, text: str) -> str | None:
        if not (text.startswith("{") and text.endswith("}")):
            return None
        name = text[1:-1].strip()
        if len(name) > self.model.name_length or shure.to_device_text(name) != name:
            return None
        return name

    def _set_meter_rate(self, message: Set) -> None:
        text = message.value
        if message.channel != 0 or not text.isdigit():
            self._send_error()
            return
        rate = int(text)
        if rate != 0 and not MIN_METER_RATE_MS <= rate <= 99999:
            self._send_error()
            return
        self.meter_rate_ms = rate
        self.tick_interval = self._tick_for(rate)
        self._next_sample = time.monotonic() + rate / 1000
        self._report_meter_rate(list(self.channels))

    def _tick_for(self, meter_rate_ms: int) -> float:
        """How often ``on_tick`` must run to meter and drain on time."""
        tick = min(IDLE_TICK_S, self.battery_drain_s)
        return min(tick, meter_rate_ms / 1000) if meter_rate_ms else tick

    # --------------------------------------------------------------------- output

    def _value(self, channel: int, parameter: str) -> shure.Value:
        if parameter == METER_RATE:
            return self.meter_rate_ms
        state = self.channels[channel]
        if parameter == AUDIO_MUTE:
            return state.muted
        if parameter == AUDIO_GAIN:
            return shure.units_to_gain_db(state.gain_units)
        if parameter == CHAN_NAME:
            return state.name
        return state.battery_bars

    def _report(self, channel: int | None, parameter: str) -> None:
        value = shure.report_text(parameter, self._value(channel or 0, parameter))
        self.send(shure.encode_report(channel, parameter, value) + self.line_ending)

    def _report_battery(self, channel: int) -> None:
        if self.model.battery_parameter is not None:
            self._report(channel, self.model.battery_parameter)

    def _report_meter_rate(self, targets: list[int]) -> None:
        if self.meter_rate_report == "channel":
            for number in targets:
                self._report(number, METER_RATE)
        elif self.meter_rate_report == "zero":
            self._report(0, METER_RATE)
        else:
            self._report(None, METER_RATE)

    def _send_error(self) -> None:
        self.send(shure.encode_error() + self.line_ending)

    def on_tick(self) -> None:
        now = time.monotonic()
        if self.meter_rate_ms and now >= self._next_sample:
            self._next_sample = max(self._next_sample + self.meter_rate_ms / 1000, now)
            self._move_levels()
            if self.model.sample_form is SampleForm.MIXER:
                values = [shure.meter_value(c.level_db) for c in self.channels.values()]
                self.send(shure.encode_sample(values) + self.line_ending)
            else:
                for number, state in self.channels.items():
                    frame = shure.encode_channel_sample(number, self.sample_fields(state))
                    self.send(frame + self.line_ending)
        if now >= self._next_drain and self.model.battery_parameter is not None:
            self._next_drain = now + self.battery_drain_s
            for number, state in self.channels.items():
                if state.battery_bars:
                    state.battery_bars -= 1
                    self._report_battery(number)

    def sample_fields(self, state: SimulatedChannel) -> list[str]:
        """The model's ``< SAMPLE n ALL … >`` fields for one channel (see ``models.py``)."""
        model = self.model
        dead = state.battery_dead
        rms = model.audio_raw(state.level_db)
        peak = model.audio_raw(state.level_db + 6.0)
        rf = 0 if dead else max(0, min(model.rf_max, round(state.rf_dbm) + model.rf_offset))
        antenna = "XX" if dead else "AX"
        if model.sample_form is SampleForm.ULX:
            return [antenna, f"{rf:03d}", f"{rms:03d}"]
        if model.sample_form is SampleForm.SLX:
            return [f"{peak:03d}", f"{rms:03d}", f"{rf:03d}"]
        quality = 255 if dead else 5
        other = max(0, rf - 6)
        return [
            f"{quality:03d}", "000" if dead else "015", f"{peak:03d}", f"{rms:03d}", antenna,
            "000" if dead else "255", f"{rf:03d}", "000" if dead else "063", f"{other:03d}",
        ]  # fmt: skip

    def _move_levels(self) -> None:
        """Speech-like wandering between -60 and -6 dBFS; a dead transmitter stays silent."""
        for state in self.channels.values():
            if state.battery_dead:
                state.level_db = -120.0
                continue
            step = self._levels.uniform(-6.0, 6.0)
            state.level_db = max(-60.0, min(-6.0, state.level_db + step))
