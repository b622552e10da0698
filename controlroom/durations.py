"""Durations as people type them: ``5:00``, ``90s``, ``1:30:00``, ``45m``.

:func:`parse_duration` turns text into whole seconds and raises ``ValueError``
with a message saying why the text is not a duration; :func:`format_duration`
gives the text form used in the editor and in show files (``m:ss`` or ``h:mm:ss``).

Accepted forms (surrounding spaces ignored, letters in either case):

- a plain number of seconds: ``300``
- ``m:ss`` (minutes may exceed 59): ``5:00``, ``90:00``
- ``h:mm:ss``: ``1:30:00``
- units ``h``, ``m``, ``s`` alone or combined, largest first: ``45m``, ``90s``,
  ``1h``, ``1h30m``, ``2m30s``, ``1h 5m 10s``
"""

from __future__ import annotations

import re

from devices.text import Text

_UNIT_PATTERN = re.compile(
    r"^(?:(?P<h>\d+)\s*h)?\s*(?:(?P<m>\d+)\s*m(?:in)?)?\s*(?:(?P<s>\d+)\s*s(?:ec)?)?$",
    re.ASCII,
)

#: The longest duration accepted: a run-sheet item of more than a day is a typo.
MAX_DURATION_S = 24 * 3600


def parse_duration(text: str) -> int:
    """Whole seconds from ``text``; ``ValueError`` saying why if it is not a duration."""
    if not isinstance(text, str):
        raise ValueError(Text("expected text, got {kind}", kind=type(text).__name__))
    cleaned = text.strip().lower()
    if not cleaned:
        raise ValueError(Text("empty duration"))
    if cleaned.startswith("-"):
        raise ValueError(Text("{text!r}: a duration cannot be negative", text=text.strip()))
    seconds = _parse_clock_form(cleaned) if ":" in cleaned else _parse_unit_form(cleaned)
    if seconds is None:
        raise ValueError(
            Text(
                "{text!r} is not a duration (use e.g. 5:00, 1:30:00, 90s, 45m or 300)",
                text=text.strip(),
            )
        )
    if seconds > MAX_DURATION_S:
        raise ValueError(Text("{text!r} is longer than 24 hours", text=text.strip()))
    return seconds


def _parse_clock_form(text: str) -> int | None:
    parts = text.split(":")
    if len(parts) not in (2, 3) or not all(part.isdigit() and part.isascii() for part in parts):
        return None
    numbers = [int(part) for part in parts]
    if len(numbers) == 2:
        minutes, seconds = numbers
        if seconds >= 60 or len(parts[1]) != 2:
            return None
        return minutes * 60 + seconds
    hours, minutes, seconds = numbers
    if minutes >= 60 or seconds >= 60 or len(parts[1]) != 2 or len(parts[2]) != 2:
        return None
    return hours * 3600 + minutes * 60 + seconds


def _parse_unit_form(text: str) -> int | None:
    if text.isdigit() and text.isascii():
        return int(text)
    match = _UNIT_PATTERN.match(text)
    if match is None or not any(match.group(unit) for unit in ("h", "m", "s")):
        return None
    hours, minutes, seconds = (int(match.group(unit) or 0) for unit in ("h", "m", "s"))
    return hours * 3600 + minutes * 60 + seconds


def format_duration(seconds: int) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` from an hour; negative values get a minus sign."""
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
