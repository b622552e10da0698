"""The run-sheet model: an event and its ordered items. Plain dataclasses, no Qt, no storage.

Times: an event's ``scheduled_start`` is a naive local ``datetime``; an item's
``planned_duration`` is whole seconds; an optional ``hard_start`` is a naive
local ``datetime`` (a fixed wall-clock time, on the event's date or the day after
for events crossing midnight). Items are identified by ``id`` (stable, from
storage; ``None`` until stored) and ordered by their position in the list.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from controlroom.cues import ItemCues


class EventKind(enum.Enum):
    """What sort of event this is."""

    BRIEFING = "briefing"
    PRESS_CONFERENCE = "press_conference"
    MEETING = "meeting"
    OTHER = "other"


class ItemKind(enum.Enum):
    """What sort of run-sheet item this is."""

    SEGMENT = "segment"
    QA = "qa"
    BREAK = "break"
    VIDEO = "video"
    OTHER = "other"


@dataclass
class Item:
    """One entry of the run-sheet."""

    title: str
    planned_duration: int = 0
    speaker_name: str = ""
    speaker_role: str = ""
    kind: ItemKind = ItemKind.SEGMENT
    hard_start: datetime | None = None
    notes: str = ""
    warning_at: int = 120
    """Seconds remaining at which the presenter timer turns amber."""
    danger_at: int = 30
    """Seconds remaining at which the presenter timer turns red."""
    colour: str = ""
    """An optional ``#rrggbb`` colour for the row; empty for none."""
    cues: ItemCues = field(default_factory=ItemCues)
    id: int | None = None


@dataclass
class Event:
    """An event (briefing, press conference, ...) with its run-sheet items in order."""

    title: str
    scheduled_start: datetime
    venue: str = ""
    kind: EventKind = EventKind.PRESS_CONFERENCE
    languages: list[str] = field(default_factory=lambda: ["kk", "ru"])
    notes: str = ""
    items: list[Item] = field(default_factory=list)
    id: int | None = None

    @property
    def date(self) -> date:
        """The event's date (from its scheduled start)."""
        return self.scheduled_start.date()
