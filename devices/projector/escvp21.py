"""Epson ESC/VP21 codec: command bytes out, reply frames in; pure functions, no I/O.

The wire (RS-232 9600 8N1, or TCP 3629 after the ESC/VP.net handshake)::

    host -> projector   b"PWR ON\\r"        set command, ends with CR
                        b"PWR?\\r"          query
                        b"\\r"              empty command: a liveness check
    projector -> host   b":"               set command taken (the prompt)
                        b"PWR=01\\r:"       answer to a query, then the prompt
                        b"ERR\\r:"          refused or unknown; ask b"ERR?\\r" why

Every reply ends with the prompt ``:`` (0x3A), so the receive side frames on
``:`` (see :data:`PROMPT`) and hands each frame to :func:`parse_reply`. Bytes that
do not follow this grammar raise :class:`devices.base.ProtocolError` and nothing else.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass

from devices.base import ProtocolError

#: Ends every command.
TERMINATOR = b"\r"
#: Ends every reply; the projector is ready for the next command once it arrives.
PROMPT = b":"
#: The longest reply frame we accept (real ones are under 40 bytes).
MAX_REPLY_LENGTH = 128

_KEY = re.compile(rb"[A-Z][A-Z0-9]{0,15}")
_VALUE = re.compile(rb"[\x20-\x39\x3B-\x7E]{1,64}")  # printable ASCII except ':'
_COMMAND = re.compile(r"[A-Z][A-Z0-9]{0,15}(\?| [\x20-\x7E]{1,64})?")
_HEX2 = re.compile(r"[0-9A-F]{2}")


class PowerState(enum.Enum):
    """Power states the projector reports with ``PWR=nn``."""

    STANDBY = "standby"  # 00: standby, network off
    ON = "on"  # 01
    WARMING_UP = "warming up"  # 02
    COOLING_DOWN = "cooling down"  # 03
    STANDBY_NETWORK_ON = "standby (network on)"  # 04
    ABNORMAL_STANDBY = "abnormal standby"  # 05
    AV_STANDBY = "A/V standby"  # 09
    UNKNOWN = "unknown"


POWER_CODES: dict[str, PowerState] = {
    "00": PowerState.STANDBY,
    "01": PowerState.ON,
    "02": PowerState.WARMING_UP,
    "03": PowerState.COOLING_DOWN,
    "04": PowerState.STANDBY_NETWORK_ON,
    "05": PowerState.ABNORMAL_STANDBY,
    "09": PowerState.AV_STANDBY,
}

#: States in which the projector is off and will take ``PWR ON``.
STANDBY_STATES = frozenset(
    {PowerState.STANDBY, PowerState.STANDBY_NETWORK_ON, PowerState.AV_STANDBY}
)
#: States during which no power or source command may be sent.
TRANSITION_STATES = frozenset({PowerState.WARMING_UP, PowerState.COOLING_DOWN})

#: ``ERR=nn`` codes, decoded to words for the operator.
ERROR_CODES: dict[str, str] = {
    "00": "no error",
    "01": "fan error",
    "03": "lamp failed at power-on",
    "04": "high internal temperature",
    "06": "lamp error",
    "07": "lamp cover open",
    "08": "cinema filter error",
    "09": "electrolytic capacitor error",
    "0A": "auto iris error",
    "0B": "subsystem error",
    "0C": "low air flow",
    "0E": "power supply error",
    "0F": "shutter error",
    "1F": "other error",
}


class ReplyKind(enum.Enum):
    ACK = "ack"  # b":"
    VALUE = "value"  # b"KEY=VALUE\r:"
    ERROR = "error"  # b"ERR\r:"


@dataclass(frozen=True)
class Reply:
    """One parsed reply frame. ``key`` and ``value`` are set only for VALUE replies."""

    kind: ReplyKind
    key: str | None = None
    value: str | None = None


ACK = Reply(ReplyKind.ACK)
ERROR = Reply(ReplyKind.ERROR)


# --------------------------------------------------------------------- commands


def encode_command(command: str) -> bytes:
    """``"PWR ON"`` -> ``b"PWR ON\\r"``; ``""`` -> ``b"\\r"`` (the liveness check).

    Raises ``ValueError`` for text that is not an ESC/VP21 command (lower case,
    control characters, a CR or ``:`` inside), so nothing malformed reaches the wire.
    """
    if command and (not _COMMAND.fullmatch(command) or ":" in command):
        raise ValueError(f"not an ESC/VP21 command: {command!r}")
    return command.encode("ascii") + TERMINATOR


def encode_query(key: str) -> bytes:
    """``"PWR"`` -> ``b"PWR?\\r"``."""
    return encode_command(f"{key}?")


def encode_set(key: str, value: str) -> bytes:
    """``("SOURCE", "30")`` -> ``b"SOURCE 30\\r"``."""
    return encode_command(f"{key} {value}")


def power_command(on: bool) -> bytes:
    return encode_set("PWR", "ON" if on else "OFF")


def source_command(code: str) -> bytes:
    """``"30"`` -> ``b"SOURCE 30\\r"``; the code must be two hex digits (upper case)."""
    if not _HEX2.fullmatch(code):
        raise ValueError(f"not a two-digit source code: {code!r}")
    return encode_set("SOURCE", code)


def mute_command(on: bool) -> bytes:
    return encode_set("MUTE", "ON" if on else "OFF")


# ---------------------------------------------------------------------- replies


def parse_reply(frame: bytes) -> Reply:
    """Parse one reply frame ending with ``:`` (as the framer delivers it).

    Tolerates CR/LF noise before the reply and a missing CR before the prompt
    (``b"PWR=01:"``). Raises :class:`ProtocolError` for anything else.
    """
    if not frame.endswith(PROMPT):
        raise ProtocolError(f"reply does not end with ':': {frame!r}")
    if len(frame) > MAX_REPLY_LENGTH:
        raise ProtocolError(f"reply too long ({len(frame)} bytes): {frame[:32]!r}...")
    body = frame[:-1].lstrip(b"\r\n")
    if body.endswith(b"\r"):
        body = body[:-1]
    if not body:
        return ACK
    if body == b"ERR":
        return ERROR
    key, equals, value = body.partition(b"=")
    if not equals or not _KEY.fullmatch(key) or not _VALUE.fullmatch(value):
        raise ProtocolError(f"not an ESC/VP21 reply: {frame!r}")
    return Reply(ReplyKind.VALUE, key.decode("ascii"), value.decode("ascii"))


def decode_power(value: str) -> PowerState:
    """``"01"`` -> ``PowerState.ON``; an unlisted two-digit code is ``UNKNOWN``."""
    if not re.fullmatch(r"[0-9A-F]{2}", value):
        raise ProtocolError(f"PWR value is not a two-digit code: {value!r}")
    return POWER_CODES.get(value, PowerState.UNKNOWN)


def decode_error(value: str) -> tuple[str, str]:
    """``"06"`` -> ``("06", "lamp error")``; unlisted codes read ``unknown error nn``."""
    if not re.fullmatch(r"[0-9A-F]{2}", value):
        raise ProtocolError(f"ERR value is not a two-digit code: {value!r}")
    return value, ERROR_CODES.get(value, f"unknown error {value}")


def decode_lamp_hours(value: str) -> int:
    """``"1234"`` -> ``1234``."""
    if not re.fullmatch(r"[0-9]{1,7}", value):
        raise ProtocolError(f"LAMP value is not a number of hours: {value!r}")
    return int(value)


def decode_mute(value: str) -> bool:
    """``"ON"`` -> ``True``, ``"OFF"`` -> ``False``."""
    if value == "ON":
        return True
    if value == "OFF":
        return False
    raise ProtocolError(f"MUTE value is neither ON nor OFF: {value!r}")


def decode_source(value: str, sources: Mapping[str, str]) -> str:
    """The configured name of source code ``value``, or the bare code if the table lacks it."""
    if not re.fullmatch(r"[0-9A-F]{2}", value):
        raise ProtocolError(f"SOURCE value is not a two-digit code: {value!r}")
    for name, code in sources.items():
        if code.upper() == value:
            return name
    return value
