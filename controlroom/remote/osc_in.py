"""OSC in for control surfaces (Companion, TouchOSC...): addresses to commands, and feedback.

Addresses (all under ``/controlroom``; arguments: i int32, f float32, s string):

==============================  ==============  ===========================================
address                         arguments       command
==============================  ==============  ===========================================
``/controlroom/go``             none            GO
``/controlroom/stop``           none            stop the live item
``/controlroom/panic``          none            PANIC: mute every microphone
``/controlroom/standby/next``   none            standby one item down
``/controlroom/standby/previous`` none          standby one item up
``/controlroom/standby/jump``   i number        put item ``number`` (1-based) in standby
``/controlroom/message``        s text [i 0/1]  presenter message (1: flash it)
``/controlroom/message/flash``  none            flash the message again
``/controlroom/message/clear``  none            clear the message
``/controlroom/timer/add-minute``  none         +1 minute
``/controlroom/timer/remove-minute`` none       -1 minute
``/controlroom/blackout``       [i 0/1]         blackout on/off (none: toggle)
``/controlroom/moderator``      s text          message on the moderator view
``/controlroom/subscribe``      [i port]        send feedback to this sender (or its ``port``)
==============================  ==============  ===========================================

When the server needs a token (always on a LAN address), the **first** argument of
every message is the control token (a string). A single numeric ``0`` argument on an
argument-less address is a button release from a control surface and is ignored.

Feedback goes back to the sender's address (and any subscribed port): an ack
``/controlroom/ack s command, i ok, s detail`` for each command, and the state
(:func:`feedback_messages`) on every change and once a second.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket

from controlroom.remote.commands import BadCommand, Command, parse_command

PREFIX = "/controlroom"

_NO_ARGS = {
    "/go": "go",
    "/stop": "stop",
    "/panic": "panic",
    "/standby/next": "standby_next",
    "/standby/previous": "standby_previous",
    "/message/flash": "flash",
    "/message/clear": "clear_message",
    "/timer/add-minute": "add_minute",
    "/timer/remove-minute": "remove_minute",
}

#: Every address the server takes.
ADDRESSES: tuple[str, ...] = tuple(
    PREFIX + a for a in (*_NO_ARGS, "/standby/jump", "/message", "/blackout", "/moderator",
                         "/subscribe")
)

RELEASE = object()
"""Returned by :func:`to_command` for a button release (ignore it)."""


class OscError(Exception):
    """A datagram that is not valid OSC, or a message the server cannot take."""


def parse_datagram(data: bytes) -> list[tuple[str, list[Any]]]:
    """``(address, args)`` of every message in an OSC datagram (bundles flattened)."""
    try:
        packet = OscPacket(data)
    except Exception as exc:  # ParseError, and UnicodeDecodeError on some malformed strings
        raise OscError(f"not a valid OSC datagram ({type(exc).__name__})") from None
    return [(timed.message.address, list(timed.message.params)) for timed in packet.messages]


def split_token(args: list[Any], token_required: bool) -> tuple[str | None, list[Any]]:
    """Take the token off the front of ``args`` when the server needs one."""
    if not token_required:
        return None, args
    if not args or not isinstance(args[0], str):
        return None, args
    return args[0], args[1:]


def to_command(address: str, args: list[Any]) -> Command | object:
    """The command an OSC message asks for (token already removed), or :data:`RELEASE`.

    Raises :class:`OscError` for an unknown address or wrong arguments.
    """
    if not address.startswith(PREFIX + "/"):
        raise OscError(f"unknown OSC address {address[:60]!r}; addresses start with {PREFIX}/")
    tail = address[len(PREFIX):]
    try:
        if tail in _NO_ARGS:
            if len(args) == 1 and isinstance(args[0], int | float) and args[0] == 0:
                return RELEASE
            if len(args) > 1 or (args and not isinstance(args[0], int | float)):
                raise OscError(f"{address}: takes no arguments")
            return parse_command(_NO_ARGS[tail])
        if tail == "/standby/jump":
            if len(args) != 1 or not _finite(args[0]):
                raise OscError(f"{address}: needs one number, the item number")
            return parse_command("standby_jump", {"number": int(args[0])})
        if tail == "/message":
            if (not args or not isinstance(args[0], str) or len(args) > 2
                    or (len(args) == 2 and not _finite(args[1]))):
                raise OscError(f"{address}: needs a string (the text) and an optional 0/1")
            flash = bool(args[1]) if len(args) == 2 else False
            return parse_command("message", {"text": args[0], "flash": flash})
        if tail == "/moderator":
            if len(args) != 1 or not isinstance(args[0], str):
                raise OscError(f"{address}: needs one string, the text")
            return parse_command("moderator_message", {"text": args[0]})
        if tail == "/blackout":
            if len(args) > 1 or (args and not _finite(args[0])):
                raise OscError(f"{address}: takes an optional 0/1")
            return parse_command("blackout", {"on": bool(args[0])} if args else {})
    except BadCommand as exc:
        raise OscError(str(exc)) from None
    raise OscError(f"unknown OSC address {address[:60]!r}")


def _finite(value: Any) -> bool:
    """An OSC number (int, float or true/false) that is not NaN or infinite."""
    return isinstance(value, int | float) and math.isfinite(value)


def build(address: str, *args: Any) -> bytes:
    """One OSC message as bytes (ints as i, floats as f, strings as s).

    An OSC string ends at its first NUL, so NULs in a string (an item title can hold
    any character) are dropped rather than cutting the message.
    """
    builder = OscMessageBuilder(address)
    for arg in args:
        builder.add_arg(arg.replace("\x00", "") if isinstance(arg, str) else arg)
    return builder.build().dgram


def ack(command: str, ok: bool, detail: str) -> bytes:
    """``/controlroom/ack s command, i ok, s detail``."""
    return build(PREFIX + "/ack", command, 1 if ok else 0, detail[:200])


def _signed_minutes(seconds: float) -> str:
    sign = "-" if seconds < 0 else "+"
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def feedback_messages(state: Mapping[str, Any]) -> list[bytes]:
    """The state as OSC feedback, one message per value a button may show."""
    live, standby, timer = state.get("live"), state.get("standby"), state.get("timer") or {}

    def describe(item: Mapping[str, Any] | None) -> str:
        return "" if item is None else f"{item['number']}. {item['title']}"

    control = bool(state.get("remote_control"))
    out = [
        build(PREFIX + "/live", describe(live)),
        build(PREFIX + "/standby", describe(standby)),
        build(PREFIX + "/go/enabled", 1 if control and standby is not None else 0),
        build(PREFIX + "/remaining", str(timer.get("text", "--:--"))),
        build(PREFIX + "/phase", str(timer.get("phase", "normal"))),
        build(PREFIX + "/offset", _signed_minutes(float(state.get("offset_s") or 0.0))),
        build(PREFIX + "/show-mode", 1 if state.get("show_mode") else 0),
        build(PREFIX + "/blackout", 1 if timer.get("blackout") else 0),
        build(PREFIX + "/mic-live", 1 if timer.get("mic_live") else 0),
        build(PREFIX + "/message", str(timer.get("message", ""))),
        build(PREFIX + "/remote-control", 1 if control else 0),
    ]
    for device_id, status in (state.get("devices") or {}).items():
        out.append(build(f"{PREFIX}/device/{device_id}", str(status.get("state", ""))))
    return out
