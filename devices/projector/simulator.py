"""A simulated Epson projector: a real peer speaking ESC/VP21 on a pty or TCP.

Behaviour, as a real unit (see ``docs/devices-projector.md``):

- ``PWR ON`` in standby starts a warm-up of ``warmup_s`` seconds (``PWR=02``), then
  ``PWR=01``; ``PWR OFF`` when on starts a cool-down of ``cooldown_s`` (``PWR=03``),
  then standby (``PWR=04`` by default, ``standby_code="00"`` for network-off standby).
- While warming up or cooling down every command except queries is refused
  (``ERR``); ``SOURCE``/``MUTE`` (set or query) are refused unless the projector is on;
  unknown commands and source codes outside the configured table are refused.
- Lamp hours grow while the lamp is lit (one hour per ``lamp_hour_s`` seconds).
- ``lamp_failure()`` puts it in abnormal standby (``PWR=05``, ``ERR=06``);
  ``PWR ON`` is then refused and ``ERR?`` answers ``06`` (or ``03``, lamp failed at
  power-on, if the lamp failed while in standby) until ``repair()``.
- ``ERR?`` reports the abnormality (``00`` when there is none), not the last refusal,
  as real units do.

Faults and pacing come from :class:`~devices.serial_peer.SerialPeer`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

from devices.serial_peer import SerialPeer

#: The typical Epson table (EB-L1500U and most current models).
DEFAULT_SOURCES = {
    "Computer1": "10",
    "Computer2": "20",
    "HDMI1": "30",
    "HDMI2": "A0",
    "Video": "41",
    "USB": "52",
    "LAN": "53",
}

_ON, _WARMING, _COOLING, _ABNORMAL = "01", "02", "03", "05"


class ProjectorSimulator(SerialPeer):
    """An ESC/VP21 projector with warm-up, cool-down, lamp hours and lamp failure."""

    command_terminator = b"\r"

    def __init__(
        self,
        sources: Mapping[str, str] | Iterable[str] | None = None,
        warmup_s: float = 30.0,
        cooldown_s: float = 30.0,
        baudrate: float | None = None,
        lamp_hours: float = 1200.0,
        lamp_hour_s: float = 3600.0,
        standby_code: str = "04",
        powered_on: bool = False,
        source: str | None = None,
    ) -> None:
        super().__init__(baudrate=baudrate, name="projector-sim")
        if sources is None:
            sources = DEFAULT_SOURCES
        codes = sources.values() if isinstance(sources, Mapping) else sources
        self.source_codes = frozenset(code.upper() for code in codes)
        self.warmup_s = warmup_s
        self.cooldown_s = cooldown_s
        self.lamp_hour_s = lamp_hour_s
        self.standby_code = standby_code
        self._power = _ON if powered_on else standby_code
        self._transition_ends = 0.0
        self._lamp_hours = lamp_hours
        self._lamp_lit_since: float | None = time.monotonic() if powered_on else None
        default_source = "30" if "30" in self.source_codes else min(self.source_codes, default="30")
        self._source = (source or default_source).upper()
        self._muted = False
        self._error = "00"

    # ------------------------------------------------------------ inspection

    @property
    def power_code(self) -> str:
        """The current ``PWR`` code, after any due transition."""
        with self.lock:
            self._advance()
            return self._power

    @property
    def source_code(self) -> str:
        with self.lock:
            return self._source

    @property
    def muted(self) -> bool:
        with self.lock:
            return self._muted

    @property
    def lamp_hours(self) -> int:
        with self.lock:
            self._advance()
            return int(self._current_lamp_hours())

    # ---------------------------------------------------------------- faults

    def lamp_failure(self) -> None:
        """The lamp dies: abnormal standby; ``PWR ON`` refused until :meth:`repair`."""
        with self.lock:
            self._advance()
            lit = self._power in (_ON, _WARMING)
            self._stop_lamp()
            self._power = _ABNORMAL
            self._error = "06" if lit else "03"

    def repair(self) -> None:
        """A technician replaced the lamp: back to standby, no error."""
        with self.lock:
            self._power = self.standby_code
            self._error = "00"

    def power_on_now(self) -> None:
        """Someone pressed the remote: the projector is on at once (no warm-up)."""
        with self.lock:
            self._power = _ON
            self._lamp_lit_since = time.monotonic()

    # --------------------------------------------------------------- protocol

    def handle_frame(self, frame: bytes) -> None:
        self._advance()
        command = frame[:-1].decode("ascii", errors="replace").strip()
        self.send(self._answer(command))

    def _answer(self, command: str) -> bytes:
        if command == "":
            return b":"
        if command.endswith("?"):
            return self._query(command[:-1])
        key, _, value = command.partition(" ")
        if self._power in (_WARMING, _COOLING):
            return b"ERR\r:"
        if key == "PWR" and value == "ON":
            return self._power_on()
        if key == "PWR" and value == "OFF":
            return self._power_off()
        if self._power != _ON:
            return b"ERR\r:"
        if key == "SOURCE" and value.upper() in self.source_codes:
            self._source = value.upper()
            return b":"
        if key == "MUTE" and value in ("ON", "OFF"):
            self._muted = value == "ON"
            return b":"
        return b"ERR\r:"

    def _query(self, key: str) -> bytes:
        if key == "PWR":
            value = self._power
        elif key == "LAMP":
            value = str(int(self._current_lamp_hours()))
        elif key == "ERR":
            value = self._error
        elif key == "SOURCE" and self._power == _ON:
            value = self._source
        elif key == "MUTE" and self._power == _ON:
            value = "ON" if self._muted else "OFF"
        else:
            return b"ERR\r:"
        return f"{key}={value}\r:".encode("ascii")

    def _power_on(self) -> bytes:
        if self._power == _ON:
            return b":"
        if self._power == _ABNORMAL:
            if self._error == "00":
                self._error = "03"
            return b"ERR\r:"
        self._power = _WARMING
        self._transition_ends = time.monotonic() + self.warmup_s
        self._lamp_lit_since = time.monotonic()
        self._muted = False
        return b":"

    def _power_off(self) -> bytes:
        if self._power == _ON:
            self._stop_lamp()
            self._power = _COOLING
            self._transition_ends = time.monotonic() + self.cooldown_s
        return b":"

    def _advance(self) -> None:
        """Finish a warm-up or cool-down whose time has come."""
        if self._power in (_WARMING, _COOLING) and time.monotonic() >= self._transition_ends:
            self._power = _ON if self._power == _WARMING else self.standby_code

    def _current_lamp_hours(self) -> float:
        if self._lamp_lit_since is None:
            return self._lamp_hours
        return self._lamp_hours + (time.monotonic() - self._lamp_lit_since) / self.lamp_hour_s

    def _stop_lamp(self) -> None:
        self._lamp_hours = self._current_lamp_hours()
        self._lamp_lit_since = None
