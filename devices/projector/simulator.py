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

Variants of ``PWR ON`` (constructor options; Epson's ESC/VP21 guide allows both):

- ``prompt_when_on=False`` (default): ``:`` at once, then ``PWR=02`` until lit.
  ``prompt_when_on=True``: the ``:`` comes only once the lamp is lit; commands sent
  meanwhile are received but not answered (the host must wait for the ``:``).
- ``lamp_lights_on_attempt``: 1 (default), 2 or 3: the lamp lights after
  ``warmup_s``, ``warmup_s + retry_s`` or ``warmup_s + 2 * retry_s`` (40 / 70 / 100 s
  with ``warmup_s=40, retry_s=30``, as the guide says). ``None``: it never lights;
  after the third attempt the projector goes to abnormal standby with ``ERR=03``.
  With ``prompt_when_on`` it then answers the owed ``PWR ON`` with ``ERR\r:``, or,
  with ``abnormal_prompt=False``, never at all (it answers later commands again).

ESC/VP.net: :meth:`ProjectorSimulator.start_escvpnet` serves TCP and expects the
16-byte handshake first from every client (answered with ``escvpnet_status``,
0x20 OK by default); :meth:`~devices.serial_peer.SerialPeer.start_pty` serves RS-232.

Faults and pacing come from :class:`~devices.serial_peer.SerialPeer`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

from devices.base import ProtocolError
from devices.projector import escvpnet
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
        *,
        prompt_when_on: bool = False,
        lamp_lights_on_attempt: int | None = 1,
        retry_s: float = 30.0,
        abnormal_prompt: bool = True,
        escvpnet_status: int = escvpnet.STATUS_OK,
    ) -> None:
        super().__init__(baudrate=baudrate, name="projector-sim")
        if lamp_lights_on_attempt not in (1, 2, 3, None):
            raise ValueError("lamp_lights_on_attempt must be 1, 2, 3 or None (never)")
        self.prompt_when_on = prompt_when_on
        self.lamp_lights_on_attempt = lamp_lights_on_attempt
        self.retry_s = retry_s
        self.abnormal_prompt = abnormal_prompt
        self.escvpnet_status = escvpnet_status
        if prompt_when_on:
            self.tick_interval = 0.01  # to send the owed ':' when the lamp lights
        self._prompt_owed = False
        self._escvpnet = False
        self._hello = b""
        self._handshaken = False
        #: every ESC/VP.net handshake received, in order
        self.handshakes: list[bytes] = []
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

    @property
    def prompt_owed(self) -> bool:
        """A ``PWR ON`` has been taken and its ``:`` not sent yet (``prompt_when_on``)."""
        with self.lock:
            return self._prompt_owed

    def start_escvpnet(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve ESC/VP.net on TCP; return ``escvpnet://HOST:PORT`` for the driver."""
        self._escvpnet = True
        url = self.start_tcp(host, port)
        self.url = escvpnet.SCHEME + url[len("socket") :]
        return self.url

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

    def on_connect(self) -> None:
        self._hello = b""
        self._handshaken = False

    def handle_bytes(self, data: bytes) -> None:
        if self._escvpnet and not self._handshaken:
            needed = escvpnet.HEADER_LENGTH - len(self._hello)
            self._hello += data[:needed]
            data = data[needed:]
            if len(self._hello) < escvpnet.HEADER_LENGTH:
                return
            hello, self._hello = self._hello, b""
            self.handshakes.append(hello)
            try:
                escvpnet.parse_hello(hello)
                status = self.escvpnet_status
            except ProtocolError:
                status = 0x41  # bad request
            self.send(escvpnet.reply(status))
            self._handshaken = status == escvpnet.STATUS_OK
            if not self._handshaken:
                return
        if data:
            super().handle_bytes(data)

    def handle_frame(self, frame: bytes) -> None:
        self._advance()
        if self._prompt_owed:
            return  # busy lighting the lamp: the host should not have sent anything
        command = frame[:-1].decode("ascii", errors="replace").strip()
        self.send(self._answer(command))

    def on_tick(self) -> None:
        self._advance()
        if not self._prompt_owed or self._power == _WARMING:
            return
        self._prompt_owed = False
        if self._power == _ON:
            self.send(b":")
        elif self.abnormal_prompt:
            self.send(b"ERR\r:")

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
        attempts = self.lamp_lights_on_attempt or 3
        self._transition_ends = time.monotonic() + self.warmup_s + (attempts - 1) * self.retry_s
        self._lamp_lit_since = time.monotonic()
        self._muted = False
        if self.prompt_when_on:
            self._prompt_owed = True
            return b""
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
            if self._power == _WARMING and self.lamp_lights_on_attempt is None:
                self._stop_lamp()
                self._power = _ABNORMAL
                self._error = "03"  # lamp failed at power-on
                return
            self._power = _ON if self._power == _WARMING else self.standby_code

    def _current_lamp_hours(self) -> float:
        if self._lamp_lit_since is None:
            return self._lamp_hours
        return self._lamp_hours + (time.monotonic() - self._lamp_lit_since) / self.lamp_hour_s

    def _stop_lamp(self) -> None:
        self._lamp_hours = self._current_lamp_hours()
        self._lamp_lit_since = None
