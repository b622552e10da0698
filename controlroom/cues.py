"""Cues: the hall state a run-sheet item wants when it goes live.

Each item may name, per device, what it wants: the switcher's program input
(and optionally preview and the transition), the set of microphone channels
that should be live (all others on that device muted) with optional gains, and
the projector's power, source and blank. Fields left ``None`` mean "leave as is".
Every cue may carry a delay in seconds after GO.

Cues are plain frozen dataclasses; ``to_dict`` / ``from_dict`` give the JSON form
used by the show file and the database. ``from_dict`` raises :class:`CueError`
naming the field path on bad input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class CueError(ValueError):
    """A cue is malformed; ``path`` says where (``switcher.program``...)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


TRANSITIONS = ("cut", "auto")


@dataclass(frozen=True)
class SwitcherCue:
    """Which input goes on program (and preview), and how."""

    device: str = "switcher"
    program: int | None = None
    preview: int | None = None
    transition: str = "cut"
    delay: float = 0.0


@dataclass(frozen=True)
class MicrophoneCue:
    """Which channels of a microphone device are live; every other channel is muted."""

    device: str = "mics"
    live: tuple[int, ...] = ()
    gains_db: tuple[tuple[int, float], ...] = ()
    """Optional ``(channel, dB)`` pairs set with the cue."""
    delay: float = 0.0


@dataclass(frozen=True)
class ProjectorCue:
    """The projector's wanted power, source (by name from the hall file) and blank."""

    device: str = "projector"
    power: bool | None = None
    source: str | None = None
    blank: bool | None = None
    delay: float = 0.0


@dataclass(frozen=True)
class ItemCues:
    """All cues of one item; an empty ``ItemCues()`` changes nothing on GO."""

    switcher: SwitcherCue | None = None
    microphones: tuple[MicrophoneCue, ...] = field(default_factory=tuple)
    projector: ProjectorCue | None = None

    def is_empty(self) -> bool:
        return self.switcher is None and not self.microphones and self.projector is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; empty parts are left out."""
        out: dict[str, Any] = {}
        if self.switcher is not None:
            sw = self.switcher
            out["switcher"] = _drop_none(
                {
                    "device": sw.device,
                    "program": sw.program,
                    "preview": sw.preview,
                    "transition": sw.transition,
                    "delay": sw.delay or None,
                }
            )
        if self.microphones:
            out["microphones"] = [
                _drop_none(
                    {
                        "device": mic.device,
                        "live": list(mic.live),
                        "gains_db": {str(ch): db for ch, db in mic.gains_db} or None,
                        "delay": mic.delay or None,
                    }
                )
                for mic in self.microphones
            ]
        if self.projector is not None:
            pj = self.projector
            out["projector"] = _drop_none(
                {
                    "device": pj.device,
                    "power": pj.power,
                    "source": pj.source,
                    "blank": pj.blank,
                    "delay": pj.delay or None,
                }
            )
        return out

    @classmethod
    def from_dict(cls, data: Any, path: str = "cues") -> ItemCues:
        """Build from the JSON form, validating types; raises :class:`CueError`."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise CueError(path, "must be an object")
        _reject_unknown(data, {"switcher", "microphones", "projector"}, path)
        switcher = None
        if data.get("switcher") is not None:
            sw = data["switcher"]
            p = f"{path}.switcher"
            if not isinstance(sw, dict):
                raise CueError(p, "must be an object")
            _reject_unknown(sw, {"device", "program", "preview", "transition", "delay"}, p)
            transition = sw.get("transition", "cut")
            if transition not in TRANSITIONS:
                raise CueError(f"{p}.transition", f"must be one of {', '.join(TRANSITIONS)}")
            switcher = SwitcherCue(
                device=_string(sw.get("device", "switcher"), f"{p}.device"),
                program=_optional_input(sw.get("program"), f"{p}.program"),
                preview=_optional_input(sw.get("preview"), f"{p}.preview"),
                transition=transition,
                delay=_delay(sw.get("delay", 0), f"{p}.delay"),
            )
        mics: list[MicrophoneCue] = []
        raw_mics = data.get("microphones") or []
        if not isinstance(raw_mics, list):
            raise CueError(f"{path}.microphones", "must be a list")
        for index, mic in enumerate(raw_mics):
            p = f"{path}.microphones[{index}]"
            if not isinstance(mic, dict):
                raise CueError(p, "must be an object")
            _reject_unknown(mic, {"device", "live", "gains_db", "delay"}, p)
            live = mic.get("live", [])
            if not isinstance(live, list):
                raise CueError(f"{p}.live", "must be a list of channel numbers")
            channels = tuple(_channel(ch, f"{p}.live[{i}]") for i, ch in enumerate(live))
            gains_raw = mic.get("gains_db") or {}
            if not isinstance(gains_raw, dict):
                raise CueError(f"{p}.gains_db", "must be an object of channel: dB")
            gains: list[tuple[int, float]] = []
            for key, value in gains_raw.items():
                try:
                    channel = int(key)
                except ValueError:
                    raise CueError(f"{p}.gains_db.{key}", "not a channel number") from None
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise CueError(f"{p}.gains_db.{key}", "must be a number of dB")
                if not -18.0 <= float(value) <= 42.0:
                    raise CueError(f"{p}.gains_db.{key}", "must be between -18 and 42 dB")
                gains.append((_channel(channel, f"{p}.gains_db.{key}"), float(value)))
            mics.append(
                MicrophoneCue(
                    device=_string(mic.get("device", "mics"), f"{p}.device"),
                    live=channels,
                    gains_db=tuple(sorted(gains)),
                    delay=_delay(mic.get("delay", 0), f"{p}.delay"),
                )
            )
        projector = None
        if data.get("projector") is not None:
            pj = data["projector"]
            p = f"{path}.projector"
            if not isinstance(pj, dict):
                raise CueError(p, "must be an object")
            _reject_unknown(pj, {"device", "power", "source", "blank", "delay"}, p)
            projector = ProjectorCue(
                device=_string(pj.get("device", "projector"), f"{p}.device"),
                power=_optional_bool(pj.get("power"), f"{p}.power"),
                source=(
                    None if pj.get("source") is None else _string(pj["source"], f"{p}.source")
                ),
                blank=_optional_bool(pj.get("blank"), f"{p}.blank"),
                delay=_delay(pj.get("delay", 0), f"{p}.delay"),
            )
        return cls(switcher=switcher, microphones=tuple(mics), projector=projector)


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def _reject_unknown(data: dict[str, Any], allowed: set[str], path: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CueError(f"{path}.{unknown[0]}", "unknown field")


def _string(value: Any, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CueError(path, "must be a non-empty string")
    return value


def _optional_input(value: Any, path: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise CueError(path, "must be an input number (0 or more)")
    return value


def _channel(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CueError(path, "must be a channel number (1 or more)")
    return value


def _optional_bool(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise CueError(path, "must be true or false")


def _delay(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 600:
        raise CueError(path, "must be a number of seconds from 0 to 600")
    return float(value)
