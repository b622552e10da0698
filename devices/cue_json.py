"""Checked reading of cue JSON, shared by the kinds' ``cue_from_dict``: each helper raises
:class:`devices.kind.CueError` naming the field path it was given."""

from __future__ import annotations

from typing import Any

from devices.kind import CueError


def drop_none(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` without the keys whose value is None (the JSON form leaves them out)."""
    return {key: value for key, value in values.items() if value is not None}


def cue_object(data: Any, allowed: set[str], path: str) -> dict[str, Any]:
    """``data`` as a JSON object with only ``allowed`` keys."""
    if not isinstance(data, dict):
        raise CueError(path, "must be an object")
    reject_unknown(data, allowed, path)
    return data


def reject_unknown(data: dict[str, Any], allowed: set[str], path: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CueError(f"{path}.{unknown[0]}", "unknown field")


def string(value: Any, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CueError(path, "must be a non-empty string")
    return value


def optional_input(value: Any, path: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CueError(path, "must be an input number (0 or more)")
    return value


def channel(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CueError(path, "must be a channel number (1 or more)")
    return value


def optional_bool(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise CueError(path, "must be true or false")


def delay(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 600:
        raise CueError(path, "must be a number of seconds from 0 to 600")
    return float(value)
