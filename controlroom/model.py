"""The run-sheet model: an event and its ordered items. Plain dataclasses, no Qt, no storage.

Times: an event's ``scheduled_start`` is a naive local ``datetime``; an item's
``planned_duration`` is whole seconds; an optional ``hard_start`` is a naive
local ``datetime`` (a fixed wall-clock time, on the event's date or the day after
for events crossing midnight). Items are identified by ``id`` (stable, from
storage; ``None`` until stored) and ordered by their position in the list.

:data:`ITEM_FIELDS` is the one list of an item's fields: their order in show
files (JSON keys, CSV columns), the kind of value each holds (which decides how
files and the database write and read it), its English name in messages and
undo texts, and whether CSV carries it. Show files and storage are built from
it; a field added to :class:`Item` is added there too (a test checks).

Dates are bounded: a scheduled start or hard start outside :data:`EARLIEST_TIME`..
:data:`LATEST_TIME` (years 2000 to 2100) is refused wherever it enters (show files,
edits, rows read back from the database), so schedule sums never overflow
``datetime`` (9999-12-31 plus an hour does).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from controlroom.cues import ItemCues

#: The earliest and latest date and time an event or item may have.
EARLIEST_TIME = datetime(2000, 1, 1)
LATEST_TIME = datetime(2100, 12, 31, 23, 59, 59)


def check_time_range(value: datetime, where: str) -> datetime:
    """``value`` if it lies within years 2000..2100; else ``ValueError`` naming ``where``."""
    if not EARLIEST_TIME <= value.replace(tzinfo=None) <= LATEST_TIME:
        raise ValueError(
            f"{where}: {value:%Y-%m-%d %H:%M} is outside the years "
            f"{EARLIEST_TIME.year}..{LATEST_TIME.year}"
        )
    return value


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


class FieldType(enum.Enum):
    """The kind of value an item field holds; files and storage convert by it."""

    TEXT = "text"
    """Free text, kept as typed."""
    COLOUR = "colour"
    """``#rrggbb`` or empty; read trimmed."""
    SECONDS = "seconds"
    """Whole seconds; show files write them as durations (``5:00``)."""
    DATETIME = "datetime"
    """A naive local date and time, or ``None``; files may give a time of day near the event."""
    ITEM_KIND = "item_kind"
    """An :class:`ItemKind`, written as its value."""
    CUES = "cues"
    """The item's :class:`~controlroom.cues.ItemCues`, written as a JSON object."""


@dataclass(frozen=True)
class ItemField:
    """One field of :class:`Item` as files, storage and messages see it."""

    name: str
    """The attribute of :class:`Item`, the JSON key, the CSV column and the database column."""
    type: FieldType
    label: str
    """Its English name in messages and undo texts ("duration")."""
    in_csv: bool = True
    """Whether CSV files carry it (cues are JSON only)."""


#: Every field of an item but ``id``, in show-file order (JSON keys, CSV columns).
ITEM_FIELDS: tuple[ItemField, ...] = (
    ItemField("title", FieldType.TEXT, "title"),
    ItemField("speaker_name", FieldType.TEXT, "speaker"),
    ItemField("speaker_role", FieldType.TEXT, "speaker role"),
    ItemField("kind", FieldType.ITEM_KIND, "kind"),
    ItemField("planned_duration", FieldType.SECONDS, "duration"),
    ItemField("hard_start", FieldType.DATETIME, "hard start"),
    ItemField("notes", FieldType.TEXT, "notes"),
    ItemField("warning_at", FieldType.SECONDS, "warning time"),
    ItemField("danger_at", FieldType.SECONDS, "danger time"),
    ItemField("colour", FieldType.COLOUR, "colour"),
    ItemField("cues", FieldType.CUES, "cues", in_csv=False),
)

_ITEM_FIELDS_BY_NAME = {spec.name: spec for spec in ITEM_FIELDS}


def item_field(name: str) -> ItemField:
    """The field called ``name``; ``ValueError`` if an item has no such field."""
    try:
        return _ITEM_FIELDS_BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown item field {name!r}") from None
