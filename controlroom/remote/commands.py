"""The remote command vocabulary, validated once for HTTP, WebSocket and OSC.

A command is a name and a few typed arguments. :func:`parse_command` checks them and
returns a :class:`Command`, or raises :class:`BadCommand` naming what is wrong (an
unknown command, an unknown or missing argument, a wrong type); nothing runs then.
:func:`apply_command` runs a parsed command on a
:class:`~controlroom.remote.control.ShowControl` (on the show thread).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from controlroom.remote.control import ShowControl

MAX_TEXT = 500
"""Longest presenter or moderator message, in characters."""


class BadCommand(Exception):
    """A command that cannot be taken as sent; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Command:
    """A validated command: its name and its arguments."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)


# name -> {argument: (type, required)}
_SPEC: dict[str, dict[str, tuple[type, bool]]] = {
    "go": {},
    "stop": {},
    "standby_next": {},
    "standby_previous": {},
    "standby_jump": {"number": (int, True)},
    "panic": {},
    "message": {"text": (str, True), "flash": (bool, False)},
    "flash": {},
    "clear_message": {},
    "add_minute": {},
    "remove_minute": {},
    "blackout": {"on": (bool, False)},
    "moderator_message": {"text": (str, True)},
}

#: Every command name, in the order docs/remote.md lists them.
COMMANDS: tuple[str, ...] = tuple(_SPEC)


def parse_command(name: str, args: Any = None) -> Command:
    """Validate ``name`` and ``args`` (a JSON object or ``None``); raises :class:`BadCommand`."""
    spec = _SPEC.get(name)
    if spec is None:
        shown = name if len(name) <= 40 else name[:40] + "…"
        raise BadCommand(f"unknown command {shown!r}; known: {', '.join(COMMANDS)}", 404)
    if args is None:
        args = {}
    if not isinstance(args, Mapping):
        raise BadCommand(f"{name}: the arguments must be a JSON object, not {_kind(args)}")
    unknown = sorted(set(args) - set(spec))
    if unknown:
        allowed = ", ".join(spec) or "none"
        raise BadCommand(f"{name}: unknown argument {unknown[0]!r} (allowed: {allowed})")
    out: dict[str, Any] = {}
    for key, (wanted, required) in spec.items():
        if key not in args:
            if required:
                raise BadCommand(f"{name}: missing argument {key!r}")
            continue
        value: Any = args[key]
        # bool is an int in Python; JSON true must not pass as a number, nor 1 as true.
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            raise BadCommand(
                f"{name}: argument {key!r} must be {wanted.__name__}, not {_kind(value)}"
            )
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise BadCommand(f"{name}: argument {key!r} is longer than {MAX_TEXT} characters")
        if key == "number" and isinstance(value, int) and value < 1:
            raise BadCommand(f"{name}: argument 'number' must be 1 or more (item numbers)")
        out[key] = value
    return Command(name, out)


def _kind(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object", type(None): "null"}.get(type(value), "a value")


def apply_command(control: ShowControl, command: Command) -> str:
    """Run ``command`` on the show thread; returns what happened (raises CommandRefused)."""
    a = command.args
    name = command.name
    if name == "go":
        return control.go()
    if name == "stop":
        return control.stop()
    if name == "standby_next":
        return control.move_standby(1)
    if name == "standby_previous":
        return control.move_standby(-1)
    if name == "standby_jump":
        return control.jump(int(a["number"]) - 1)
    if name == "panic":
        return control.panic()
    if name == "message":
        return control.set_message(str(a["text"]), bool(a.get("flash", False)))
    if name == "flash":
        return control.flash_message()
    if name == "clear_message":
        return control.clear_message()
    if name == "add_minute":
        return control.adjust_timer(60.0)
    if name == "remove_minute":
        return control.adjust_timer(-60.0)
    if name == "blackout":
        return control.set_blackout(a.get("on"))
    raise BadCommand(f"{name}: not a show command", 400)  # moderator_message: the server's own
