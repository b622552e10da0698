"""A simulated PJLink projector: a real TCP peer on 127.0.0.1, class 1 or 2, password or not.

Behaviour, as the PJLink specification describes a device (see ``docs/devices-pjlink.md``):

- On connect it greets ``PJLINK 0`` (no password) or ``PJLINK 1 <random>``; with a
  password the first command must carry md5(random + password) in front, else it
  answers ``PJLINK ERRA`` and closes the connection. One client at a time; a new
  connection replaces the old one. It closes a connection idle for ``idle_close_s``
  (30 s, as many projectors do).
- ``POWR 1`` in standby starts a warm-up (``POWR=3``) of ``warmup_s``, then on
  (``1``); ``POWR 0`` when on a cool-down (``2``) of ``cooldown_s``, then standby
  (``0``). During either, ``POWR``/``INPT``/``AVMT`` sets are refused ``ERR3``;
  ``INPT``/``AVMT`` are refused ``ERR3`` unless it is on; an input it lacks ``ERR2``;
  an unknown body ``ERR1``.
- ``LAMP ?``, ``ERST ?``, ``CLSS ?``, ``INST ?``, ``NAME ?``, ``INF1 ?``, ``INF2 ?``,
  ``INFO ?``; class 2 (``pjlink_class=2``) also takes ``%2`` commands, input codes
  with numbers A-Z, ``INNM ?code``, ``SNUM ?``, ``SVER ?``; a class 1 device
  answers every ``%2`` command ``ERR1``.

Faults (from any thread): ``lamp_failure()`` (lamp off, ``ERST`` lamp error,
``POWR 1`` answered ``ERR4`` until ``repair()``), ``set_silent(True)``,
``drop_link()``/``restore_link()`` (connections closed / refused), ``set_garbage(True)``.
"""

from __future__ import annotations

import logging
import random
import select
import socket
import threading
import time
from collections.abc import Iterable

from devices.base import ProtocolError
from devices.pjlink import pjlink

log = logging.getLogger("devices.sim")

#: Inputs of a typical projector: RGB 1-2, video 1, digital (HDMI) 1-2, network 1.
DEFAULT_INPUTS = ("11", "12", "21", "31", "32", "51")

_STANDBY, _ON, _COOLING, _WARMING = "0", "1", "2", "3"


class PJLinkSimulator:
    """A PJLink projector or display on a real TCP socket (see the module docstring)."""

    def __init__(
        self,
        inputs: Iterable[str] = DEFAULT_INPUTS,
        *,
        pjlink_class: int = 1,
        password: str | None = None,
        warmup_s: float = 30.0,
        cooldown_s: float = 30.0,
        lamp_hours: int = 1200,
        powered_on: bool = False,
        idle_close_s: float = 30.0,
        name: str = "Hall projector",
        seed: int | None = None,
    ) -> None:
        if pjlink_class not in (1, 2):
            raise ValueError("pjlink_class must be 1 or 2")
        self.inputs = tuple(code.upper() for code in inputs)
        for code in self.inputs:
            allowed = pjlink.input_class(code)
            if allowed is None or allowed > pjlink_class:
                raise ValueError(f"{code!r} is not a class {pjlink_class} input code")
        self.pjlink_class = pjlink_class
        self.password = password
        self.warmup_s = warmup_s
        self.cooldown_s = cooldown_s
        self.idle_close_s = idle_close_s
        self.device_name = name
        self.url: str | None = None
        self.host = "127.0.0.1"
        self.port = 0
        self.lock = threading.RLock()
        #: every command line received (digest included), in order
        self.received: list[bytes] = []
        #: connections accepted so far
        self.connections = 0
        self._random = random.Random(seed)
        self._power = _ON if powered_on else _STANDBY
        self._transition_ends = 0.0
        self._lamp_hours = lamp_hours
        self._input = "31" if "31" in self.inputs else (self.inputs[0] if self.inputs else "11")
        self._video_mute = False
        self._audio_mute = False
        self._lamp_error = False
        self._silent = False
        self._garbage = False
        self._dropped = False
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._client: socket.socket | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- lifecycle

    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (loopback); return ``pjlink://HOST:PORT``."""
        if self._thread is not None:
            raise RuntimeError(f"already serving at {self.url}")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(4)
        self._listener = listener
        self.host, self.port = listener.getsockname()[:2]
        self.url = f"pjlink://{self.host}:{self.port}"
        self._thread = threading.Thread(target=self._serve, name="pjlink-sim", daemon=True)
        self._thread.start()
        return self.url

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3.0)
        self._close_client()
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def __enter__(self) -> PJLinkSimulator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # ------------------------------------------------------------ inspection

    @property
    def power_code(self) -> str:
        with self.lock:
            self._advance()
            return self._power

    @property
    def input_code(self) -> str:
        with self.lock:
            return self._input

    @property
    def video_muted(self) -> bool:
        with self.lock:
            return self._video_mute

    def received_lines(self) -> list[bytes]:
        with self.lock:
            return list(self.received)

    # ---------------------------------------------------------------- faults

    def lamp_failure(self) -> None:
        """The lamp dies: standby, ``ERST`` lamp error, ``POWR 1`` refused ``ERR4``."""
        with self.lock:
            self._lamp_error = True
            self._power = _STANDBY

    def repair(self) -> None:
        with self.lock:
            self._lamp_error = False

    def set_silent(self, silent: bool) -> None:
        self._silent = silent

    def set_garbage(self, garbage: bool) -> None:
        self._garbage = garbage

    def drop_link(self) -> None:
        self._dropped = True
        self._close_client()

    def restore_link(self) -> None:
        self._dropped = False

    # --------------------------------------------------------------- serving

    def _serve(self) -> None:
        listener = self._listener
        assert listener is not None
        buffer = b""
        authenticated = False
        challenge: str | None = None
        last_command = time.monotonic()
        while not self._stop.is_set():
            client = self._client
            watched = [listener] + ([client] if client is not None else [])
            try:
                ready, _, _ = select.select(watched, [], [], 0.05)
            except (OSError, ValueError):
                ready = []
            if listener in ready:
                incoming, _ = listener.accept()
                if self._dropped:
                    incoming.close()
                    continue
                self._close_client()
                incoming.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self._client = incoming
                self.connections += 1
                buffer, authenticated, last_command = b"", False, time.monotonic()
                challenge = None
                if self.password is not None:
                    challenge = f"{self._random.getrandbits(32):08x}"
                self._send(pjlink.greeting(challenge))
                continue
            if client is not None and client in ready:
                try:
                    data = client.recv(4096)
                except OSError:
                    data = b""
                if not data:
                    self._close_client(client)
                    continue
                if self._dropped:
                    continue
                buffer += data
                while b"\r" in buffer:
                    line, _, buffer = buffer.partition(b"\r")
                    last_command = time.monotonic()
                    with self.lock:
                        self.received.append(line + b"\r")
                        answer, authenticated = self._answer(line, challenge, authenticated)
                    if answer is None:
                        self._send(b"PJLINK ERRA\r")
                        self._close_client(client)
                        break
                    self._send(answer)
                if len(buffer) > 4 * pjlink.MAX_LINE_LENGTH:
                    buffer = b""  # junk without CR
            if client is not None and time.monotonic() - last_command > self.idle_close_s:
                self._close_client(client)  # idle: closed, as projectors do

    def _answer(
        self, line: bytes, challenge: str | None, authenticated: bool
    ) -> tuple[bytes | None, bool]:
        """The reply to one line; ``None`` for an authentication failure."""
        try:
            command = pjlink.parse_command(line)
        except ProtocolError:
            if challenge is not None and not authenticated:
                return None, False
            return b"", authenticated  # not PJLink: ignored, as devices do
        if challenge is not None and not authenticated:
            assert self.password is not None
            if command.digest != pjlink.auth_digest(challenge, self.password):
                return None, False
            authenticated = True
        elif command.digest is not None and challenge is not None:
            assert self.password is not None
            if command.digest != pjlink.auth_digest(challenge, self.password):
                return None, authenticated
        self._advance()
        value = self._value(command)
        return pjlink.encode_reply(command.pjlink_class, command.body, value), authenticated

    def _value(self, command: pjlink.Command) -> str:
        body, param, cls = command.body, command.param, command.pjlink_class
        if cls > self.pjlink_class:
            return "ERR1"
        if param == "?" or (body == "INNM" and param.startswith("?")):
            return self._query(body, param, cls)
        if body == "POWR":
            return self._set_power(param)
        if body == "INPT":
            code = param.upper()
            allowed = pjlink.input_class(code)
            if allowed is None or allowed > cls:
                return "ERR2"
            if self._power != _ON:
                return "ERR3"
            if code not in self.inputs:
                return "ERR2"
            self._input = code
            return "OK"
        if body == "AVMT":
            if param not in ("10", "11", "20", "21", "30", "31"):
                return "ERR2"
            if self._power != _ON:
                return "ERR3"
            on = param[1] == "1"
            if param[0] in "13":
                self._video_mute = on
            if param[0] in "23":
                self._audio_mute = on
            return "OK"
        return "ERR1"

    def _query(self, body: str, param: str, cls: int) -> str:
        if body == "POWR":
            return self._power
        if body == "INPT":
            return self._input if self._power == _ON else "ERR3"
        if body == "AVMT":
            if self._power != _ON:
                return "ERR3"
            both = self._video_mute and self._audio_mute
            if both or not (self._video_mute or self._audio_mute):
                return "31" if both else "30"
            return "11" if self._video_mute else "21"
        if body == "LAMP":
            return f"{int(self._lamp_hours)} {1 if self._power in (_ON, _WARMING) else 0}"
        if body == "ERST":
            return "0" + ("2" if self._lamp_error else "0") + "0000"
        if body == "CLSS":
            return str(self.pjlink_class)
        if body == "INST":
            return " ".join(c for c in self.inputs if (pjlink.input_class(c) or 3) <= cls)
        if body == "NAME":
            return self.device_name
        if body == "INF1":
            return "CONTROLROOM"
        if body == "INF2":
            return "PJLINK-SIM"
        if body == "INFO":
            return f"class {self.pjlink_class} simulator"
        if cls == 2 and body == "INNM":
            code = param[1:].upper()
            return f"Input {code}" if code in self.inputs else "ERR2"
        if cls == 2 and body == "SNUM":
            return "SIM0001"
        if cls == 2 and body == "SVER":
            return "1.0"
        return "ERR1"

    def _set_power(self, param: str) -> str:
        if param not in ("0", "1"):
            return "ERR2"
        if self._power in (_WARMING, _COOLING):
            return "ERR3"
        now = time.monotonic()
        if param == "1":
            if self._lamp_error:
                return "ERR4"
            if self._power == _STANDBY:
                self._power = _WARMING
                self._transition_ends = now + self.warmup_s
                self._video_mute = self._audio_mute = False
        elif self._power == _ON:
            self._power = _COOLING
            self._transition_ends = now + self.cooldown_s
        return "OK"

    def _advance(self) -> None:
        if self._power in (_WARMING, _COOLING) and time.monotonic() >= self._transition_ends:
            self._power = _ON if self._power == _WARMING else _STANDBY

    def _send(self, data: bytes) -> None:
        client = self._client
        if client is None or not data or self._silent or self._dropped:
            return
        if self._garbage:
            data = b"\xff" + bytes(self._random.randrange(256) for _ in data[2:]) + data[-1:]
        try:
            client.sendall(data)
        except OSError:
            pass

    def _close_client(self, only: socket.socket | None = None) -> None:
        client = self._client
        if client is None or (only is not None and client is not only):
            return
        self._client = None
        try:
            client.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        client.close()
