"""Cues: the hall state a run-sheet item wants when it goes live.

An item's :class:`ItemCues` holds its cues, each a :class:`devices.kind.Cue` of one
device's kind (the switcher's program and preview, a microphone device's live
channels, the projector's power, source and blank...): what each kind's cue means
and how it runs is declared in ``devices/<kind>/kind.py``. Fields left ``None`` mean
"leave as is"; every cue may carry a delay in seconds after GO.

``to_dict`` / ``from_dict`` give the JSON form used by the show file and the
database: one key per kind (``"switcher"``, ``"microphones"``, ``"projector"``), an
object for a kind with one cue per item, a list for a kind with one per device.
``from_dict`` raises :class:`CueError` naming the field path on bad input.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from devices.kind import Cue, CueError
from devices.microphones.kind import MicrophoneCue
from devices.projector.kind import ProjectorCue
from devices.registry import KINDS, kind_index, kind_of_cue
from devices.switcher.kind import TRANSITIONS, SwitcherCue

__all__ = [
    "TRANSITIONS",
    "Cue",
    "CueError",
    "ItemCues",
    "MicrophoneCue",
    "ProjectorCue",
    "SwitcherCue",
]

C = TypeVar("C", bound=Cue)


@dataclass(frozen=True)
class ItemCues:
    """All cues of one item, kept in the registry's kind order; ``ItemCues()`` changes nothing."""

    cues: tuple[Cue, ...] = ()

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.cues, key=lambda cue: kind_index(kind_of_cue(cue))))
        object.__setattr__(self, "cues", ordered)
        for kind in KINDS:
            if not kind.many_cues_per_item and len(self.of_kind(kind.name)) > 1:
                raise ValueError(f"an item has at most one {kind.name} cue")

    def __iter__(self) -> Iterator[Cue]:
        return iter(self.cues)

    def is_empty(self) -> bool:
        return not self.cues

    def of_kind(self, name: str) -> tuple[Cue, ...]:
        """The cues of the kind called ``name`` (``"microphones"``...), in order."""
        return tuple(cue for cue in self.cues if kind_of_cue(cue).name == name)

    def of_type(self, cue_class: type[C]) -> tuple[C, ...]:
        """The cues of one cue class, typed (``of_type(MicrophoneCue)``)."""
        return tuple(cue for cue in self.cues if isinstance(cue, cue_class))

    def first(self, cue_class: type[C]) -> C | None:
        """The first cue of ``cue_class``, or None (for kinds with one cue per item)."""
        found = self.of_type(cue_class)
        return found[0] if found else None

    def for_device(self, device_id: str) -> Cue | None:
        """The cue naming ``device_id``, or None."""
        return next((cue for cue in self.cues if cue.device == device_id), None)

    def replacing(self, kind_name: str, cues: tuple[Cue, ...]) -> ItemCues:
        """A copy with the cues of kind ``kind_name`` replaced by ``cues``."""
        kept = tuple(cue for cue in self.cues if kind_of_cue(cue).name != kind_name)
        return ItemCues(kept + cues)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; kinds without cues are left out."""
        out: dict[str, Any] = {}
        for kind in KINDS:
            cues = self.of_kind(kind.name)
            if not cues:
                continue
            if kind.many_cues_per_item:
                out[kind.name] = [kind.cue_to_dict(cue) for cue in cues]
            else:
                out[kind.name] = kind.cue_to_dict(cues[0])
        return out

    @classmethod
    def from_dict(cls, data: Any, path: str = "cues") -> ItemCues:
        """Build from the JSON form, validating types; raises :class:`CueError`."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise CueError(path, "must be an object")
        unknown = sorted(set(data) - {kind.name for kind in KINDS})
        if unknown:
            raise CueError(f"{path}.{unknown[0]}", "unknown field")
        cues: list[Cue] = []
        for kind in KINDS:
            value = data.get(kind.name)
            if kind.many_cues_per_item:
                raw = value or []
                if not isinstance(raw, list):
                    raise CueError(f"{path}.{kind.name}", "must be a list")
                cues += [
                    kind.cue_from_dict(entry, f"{path}.{kind.name}[{index}]")
                    for index, entry in enumerate(raw)
                ]
            elif value is not None:
                cues.append(kind.cue_from_dict(value, f"{path}.{kind.name}"))
        return cls(tuple(cues))
