"""A simulated Shure receiver: a real peer speaking command strings on a pty or TCP.

It answers ``GET``/``SET`` as a receiver does (``docs/devices-microphones.md``):
a REP for every value asked or changed (``SET 0 ...`` and ``GET 0 ...`` answer one
REP per channel), ``< REP ERR >`` for an unknown channel, parameter or value,
SAMPLE frames at the ``METER_RATE`` the driver sets, levels that wander like
speech, and batteries that drain one bar every ``battery_drain_s`` seconds, each
change reported unsolicited. The lectern side is driven from tests through
:meth:`MicrophoneSimulator.press_mute` and :meth:`MicrophoneSimulator.battery_dead`.

Faults come from :class:`~devices.serial_peer.SerialPeer` (drop link, silent,
garbage, slow replies, partial frames, pacing) plus ``battery_dead(channel)``.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from devices.base import ProtocolError
from devices.microphones import shure
from devices.microphones.shure import (
    ALL,
    AUDIO_GAIN,
    AUDIO_MUTE,
    BATT_BARS,
    CHAN_NAME,
    METER_RATE,
    Get,
    Set,
)
from devices.serial_peer import SerialPeer

#: Per-channel values a GET n ALL reports, in the order they are sent.
CHANNEL_PARAMETERS = (CHAN_NAME, AUDIO_MUTE, AUDIO_GAIN, BATT_BARS)
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


class MicrophoneSimulator(SerialPeer):
    """A multi-channel Shure receiver with moving levels and draining batteries."""

    command_terminator = b">"

    def __init__(
        self,
        channels: dict[int, str],
        baudrate: float | None = None,
        battery_drain_s: float = 900.0,
        line_ending: bytes = b"",
        seed: int = 3,
    ) -> None:
        super().__init__(baudrate=baudrate, name="mics-sim")
        self.channels = {
            number: SimulatedChannel(number, shure.to_device_text(name)[: shure.NAME_MAX_LENGTH])
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
        """Someone presses the mute switch on transmitter ``channel`` (an unsolicited REP)."""
        with self.lock:
            state = self.channels[channel]
            state.muted = not state.muted
            self._report(channel, AUDIO_MUTE)

    def set_battery(self, channel: int, bars: int | None) -> None:
        """Put a battery at ``bars`` (``None``: transmitter off, reported as 255)."""
        with self.lock:
            self.channels[channel].battery_bars = bars
            self._report(channel, BATT_BARS)

    def battery_dead(self, channel: int) -> None:
        """Fault: the battery of ``channel`` dies: 0 bars reported, the channel goes silent."""
        with self.lock:
            state = self.channels[channel]
            state.battery_dead = True
            state.battery_bars = 0
            state.level_db = -120.0
            self._report(channel, BATT_BARS)

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
            if message.channel != 0:
                self._send_error()
                return
            self._report(0, METER_RATE)
            return
        targets = self._targets(message.channel)
        if targets is None:
            self._send_error()
            return
        if message.parameter == ALL:
            if message.channel == 0:
                self._report(0, METER_RATE)
            for number in targets:
                for parameter in CHANNEL_PARAMETERS:
                    self._report(number, parameter)
            return
        if message.parameter not in CHANNEL_PARAMETERS:
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

    @staticmethod
    def _name_value(channel: SimulatedChannel, text: str) -> str | None:
        if not (text.startswith("{") and text.endswith("}")):
            return None
        name = text[1:-1].strip()
        if len(name) > shure.NAME_MAX_LENGTH or shure.to_device_text(name) != name:
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
        self._report(0, METER_RATE)

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

    def _report(self, channel: int, parameter: str) -> None:
        value = shure.report_text(parameter, self._value(channel, parameter))
        self.send(shure.encode_report(channel, parameter, value) + self.line_ending)

    def _send_error(self) -> None:
        self.send(shure.encode_error() + self.line_ending)

    def on_tick(self) -> None:
        now = time.monotonic()
        if self.meter_rate_ms and now >= self._next_sample:
            self._next_sample = max(self._next_sample + self.meter_rate_ms / 1000, now)
            self._move_levels()
            values = [shure.meter_value(c.level_db) for c in self.channels.values()]
            self.send(shure.encode_sample(values) + self.line_ending)
        if now >= self._next_drain:
            self._next_drain = now + self.battery_drain_s
            for number, state in self.channels.items():
                if state.battery_bars:
                    state.battery_bars -= 1
                    self._report(number, BATT_BARS)

    def _move_levels(self) -> None:
        """Speech-like wandering between -60 and -6 dBFS; a dead transmitter stays silent."""
        for state in self.channels.values():
            if state.battery_dead:
                state.level_db = -120.0
                continue
            step = self._levels.uniform(-6.0, 6.0)
            state.level_db = max(-60.0, min(-6.0, state.level_db + step))
