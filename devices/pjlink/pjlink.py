"""PJLink codec (class 1 and 2, TCP 4352): command lines out, reply lines in; pure functions.

PJLink is the JBMIA's vendor-neutral projector/display protocol (specification
class 1 v1.04, class 2 v2.00); almost every projector and many flat panels speak it,
so a hall with any brand can use it. The wire, one line per message, ending CR::

    projector -> host   b"PJLINK 0\\r"                 on connect: no password
                        b"PJLINK 1 498e4a67\\r"        on connect: password set; 8-char random
    host -> projector   b"%1POWR 1\\r"                 class 1 set: %, class digit, 4-letter body,
                                                      space, parameter
                        b"%1POWR ?\\r"                 query
                        b"<32 hex md5>%1POWR ?\\r"     first command when a password is set:
                                                      md5(random + password), lower-case hex
    projector -> host   b"%1POWR=OK\\r"                set taken
                        b"%1POWR=1\\r"                 query answer
                        b"%1POWR=ERR3\\r"              refused (see ERROR_TEXT)
                        b"PJLINK ERRA\\r"              wrong or missing password

Bodies used here: ``POWR`` (0 off, 1 on; query 0 standby, 1 on, 2 cooling down,
3 warming up), ``INPT`` (class 1: type 1 RGB, 2 video, 3 digital, 4 storage,
5 network, then 1-9, e.g. ``31``; class 2 adds type 6 internal and numbers A-Z,
sent as ``%2INPT 3A``), ``AVMT`` (``11``/``10`` video mute on/off, ``21``/``20``
audio, ``31``/``30`` both), ``LAMP`` (pairs "hours on/off" per lamp), ``ERST`` (six
digits: fan, lamp, temperature, cover, filter, other; 0 ok, 1 warning, 2 error),
``CLSS`` (1 or 2), ``INST`` (the inputs), ``NAME``/``INF1``/``INF2``/``INFO``.
Class 2 bodies (``%2...``) are the same plus ``INNM`` (input names), ``SNUM``, ``SVER``.
Anything else raises :class:`devices.base.ProtocolError`, and nothing else.
"""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass

from devices.base import ProtocolError

PORT = 4352
TERMINATOR = b"\r"
#: The longest line the specification allows (a reply of 136 bytes); longer is junk.
MAX_LINE_LENGTH = 136 + 32 + 1  # plus a 32-character digest prefix and the CR

#: Error replies and what they mean.
ERROR_TEXT = {
    "ERR1": "undefined command",
    "ERR2": "out of parameter",
    "ERR3": "unavailable time (busy, warming up, cooling down or off)",
    "ERR4": "projector/display failure",
}
AUTH_ERROR = "ERRA"

#: The parts ``ERST`` reports, in order.
ERST_PARTS = ("fan", "lamp", "temperature", "cover open", "filter", "other")
ERST_LEVELS = {"0": "ok", "1": "warning", "2": "error"}

_BODY = re.compile(r"[A-Z0-9]{4}")
_REPLY = re.compile(rb"%([12])([A-Za-z0-9]{4})=([\x20-\x7E]{0,128})")
_COMMAND = re.compile(rb"(?:([0-9a-f]{32}))?%([12])([A-Za-z0-9]{4}) ([\x20-\x7E]{1,128})")
_GREETING = re.compile(rb"PJLINK (0|1 ([\x21-\x7E]{8})|ERRA)")
_CLASS1_INPUT = re.compile(r"[1-5][1-9]")
_CLASS2_INPUT = re.compile(r"[1-6][1-9A-Z]")


class PowerState(enum.Enum):
    """What ``POWR ?`` answers; names match the Epson driver's so panels and cues share them."""

    STANDBY = "standby"  # 0
    ON = "on"  # 1
    COOLING_DOWN = "cooling down"  # 2
    WARMING_UP = "warming up"  # 3
    UNKNOWN = "unknown"


POWER_CODES = {
    "0": PowerState.STANDBY,
    "1": PowerState.ON,
    "2": PowerState.COOLING_DOWN,
    "3": PowerState.WARMING_UP,
}
TRANSITION_STATES = frozenset({PowerState.WARMING_UP, PowerState.COOLING_DOWN})


@dataclass(frozen=True)
class Greeting:
    """The line a projector sends on connect: whether it wants a password, and its random."""

    auth: bool
    random: str | None = None
    refused: bool = False  # "PJLINK ERRA" straight away


@dataclass(frozen=True)
class Reply:
    """One reply line: ``%1POWR=1`` -> class 1, body ``POWR``, value ``1``.

    ``error`` is ``ERR1``..``ERR4`` when the projector refused the command.
    """

    pjlink_class: int
    body: str
    value: str
    error: str | None = None


@dataclass(frozen=True)
class Command:
    """One command line as a projector reads it (simulators)."""

    pjlink_class: int
    body: str
    param: str
    digest: str | None = None


# --------------------------------------------------------------------- host side


def auth_digest(random: str, password: str) -> str:
    """md5(random + password) as 32 lower-case hex digits (the specification's scheme)."""
    return hashlib.md5((random + password).encode("utf-8")).hexdigest()


def encode_command(body: str, param: str, pjlink_class: int = 1, digest: str = "") -> bytes:
    """``("POWR", "1")`` -> ``b"%1POWR 1\\r"``; with ``digest`` it goes in front.

    ``ValueError`` for a body or parameter PJLink cannot carry.
    """
    if pjlink_class not in (1, 2) or not _BODY.fullmatch(body):
        raise ValueError(f"not a PJLink command: class {pjlink_class} body {body!r}")
    if not param or len(param) > 128 or not param.isascii() or not param.isprintable():
        raise ValueError(f"not a PJLink parameter: {param!r}")
    return f"{digest}%{pjlink_class}{body} {param}".encode("ascii") + TERMINATOR


def encode_query(body: str, pjlink_class: int = 1, digest: str = "") -> bytes:
    return encode_command(body, "?", pjlink_class, digest)


def power_command(on: bool) -> bytes:
    return encode_command("POWR", "1" if on else "0")


def input_command(code: str) -> bytes:
    """``"31"`` -> ``b"%1INPT 31\\r"``; a class 2 code (``"3A"``, ``"61"``) goes as ``%2INPT``."""
    code = code.upper()
    if _CLASS1_INPUT.fullmatch(code):
        return encode_command("INPT", code, 1)
    if _CLASS2_INPUT.fullmatch(code):
        return encode_command("INPT", code, 2)
    raise ValueError(f"not a PJLink input code: {code!r}")


def input_class(code: str) -> int | None:
    """1 for a class 1 input code, 2 for a class-2-only one, ``None`` for no input code."""
    code = code.upper()
    if _CLASS1_INPUT.fullmatch(code):
        return 1
    if _CLASS2_INPUT.fullmatch(code):
        return 2
    return None


def av_mute_command(on: bool) -> bytes:
    """Video and audio mute together (``AVMT 31`` / ``AVMT 30``): the blank."""
    return encode_command("AVMT", "31" if on else "30")


def parse_greeting(line: bytes) -> Greeting:
    """``b"PJLINK 1 498e4a67\\r"`` -> ``Greeting(auth=True, random="498e4a67")``."""
    match = _GREETING.fullmatch(line.rstrip(b"\r"))
    if match is None:
        raise ProtocolError(f"not a PJLink greeting: {line[:40]!r}")
    if match.group(1) == b"0":
        return Greeting(auth=False)
    if match.group(1) == b"ERRA":
        return Greeting(auth=True, refused=True)
    return Greeting(auth=True, random=match.group(2).decode("ascii"))


def is_auth_error(line: bytes) -> bool:
    return line.rstrip(b"\r").upper() == b"PJLINK ERRA"


def parse_reply(line: bytes) -> Reply:
    """Parse one reply line (CR optional); ``ERRn`` values are set in ``error``."""
    match = _REPLY.fullmatch(line.rstrip(b"\r"))
    if match is None:
        raise ProtocolError(f"not a PJLink reply: {line[:40]!r}")
    value = match.group(3).decode("ascii")
    error = value if value in ERROR_TEXT else None
    return Reply(int(match.group(1)), match.group(2).decode("ascii").upper(), value, error)


def decode_power(value: str) -> PowerState:
    if value not in POWER_CODES:
        raise ProtocolError(f"POWR value is not 0..3: {value!r}")
    return POWER_CODES[value]


def decode_input(value: str) -> str:
    if input_class(value) is None:
        raise ProtocolError(f"INPT value is not an input code: {value!r}")
    return value.upper()


def decode_av_mute(value: str) -> tuple[bool, bool]:
    """``AVMT ?`` -> (video muted, audio muted): ``"31"`` both, ``"11"`` video, ``"21"`` audio."""
    if value not in ("11", "21", "31", "10", "20", "30"):
        raise ProtocolError(f"AVMT value is not a mute state: {value!r}")
    on = value[1] == "1"
    return (on and value[0] in "13", on and value[0] in "23")


def decode_lamps(value: str) -> list[tuple[int, bool]]:
    """``"1234 1 20 0"`` -> ``[(1234, True), (20, False)]`` (hours, lit) per lamp."""
    fields = value.split(" ")
    if not fields or len(fields) % 2 or len(fields) > 16:
        raise ProtocolError(f"LAMP value is not hour/state pairs: {value!r}")
    lamps = []
    for hours, lit in zip(fields[::2], fields[1::2], strict=True):
        if not re.fullmatch(r"[0-9]{1,5}", hours) or lit not in ("0", "1"):
            raise ProtocolError(f"LAMP value is not hour/state pairs: {value!r}")
        lamps.append((int(hours), lit == "1"))
    return lamps


def decode_errors(value: str) -> dict[str, str]:
    """``ERST ?`` -> the parts not ok: ``"020000"`` -> ``{"lamp": "error"}``."""
    if len(value) != len(ERST_PARTS) or any(digit not in ERST_LEVELS for digit in value):
        raise ProtocolError(f"ERST value is not six digits 0-2: {value!r}")
    return {
        part: ERST_LEVELS[digit]
        for part, digit in zip(ERST_PARTS, value, strict=True)
        if digit != "0"
    }


def decode_class(value: str) -> int:
    if value not in ("1", "2"):
        raise ProtocolError(f"CLSS value is not 1 or 2: {value!r}")
    return int(value)


# ---------------------------------------------------------------- projector side


def greeting(random: str | None) -> bytes:
    """``None`` -> ``b"PJLINK 0\\r"``; ``"498e4a67"`` -> ``b"PJLINK 1 498e4a67\\r"``."""
    return b"PJLINK 0\r" if random is None else f"PJLINK 1 {random}\r".encode("ascii")


def parse_command(line: bytes) -> Command:
    """A host's command line (CR optional), with its digest prefix if any."""
    match = _COMMAND.fullmatch(line.rstrip(b"\r"))
    if match is None:
        raise ProtocolError(f"not a PJLink command: {line[:40]!r}")
    digest = match.group(1).decode("ascii") if match.group(1) else None
    return Command(
        int(match.group(2)), match.group(3).decode("ascii").upper(), match.group(4).decode(), digest
    )


def encode_reply(pjlink_class: int, body: str, value: str) -> bytes:
    return f"%{pjlink_class}{body}={value}".encode("ascii") + TERMINATOR
