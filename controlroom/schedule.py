"""Schedule maths: the planned start and end of every run-sheet item.

Items run back to back from the event's scheduled start, each for its planned
duration. An item with a hard start (a fixed wall-clock time) starts exactly
then, never shifted:

- hard start later than the previous item's end (or the event start, for the
  first item): the difference is a *gap* before it (``gap_before_s``);
- hard start earlier: the item still starts at its hard start and the
  difference is flagged as an *overlap* (``overlap_s``) for the producer to fix;
- equal: neither.

The next item follows on from the end of the one before it. Times are naive
local datetimes, so an event crossing midnight simply runs into the next date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from controlroom.model import Item


@dataclass(frozen=True, slots=True)
class Slot:
    """Where one item sits in time."""

    start: datetime
    end: datetime
    gap_before_s: int = 0
    """Seconds of nothing planned before this item (only before a hard start)."""
    overlap_s: int = 0
    """Seconds by which this item's hard start falls before the previous item's end."""

    @property
    def duration_s(self) -> int:
        return int((self.end - self.start).total_seconds())


@dataclass(frozen=True, slots=True)
class Schedule:
    """The planned times of a whole run-sheet."""

    slots: list[Slot]
    planned_end: datetime
    """When the last item is planned to end (the event start for an empty run-sheet)."""
    total_s: int
    """Seconds from the event's scheduled start to ``planned_end``."""

    @property
    def overlaps(self) -> list[int]:
        """Indices of the items whose hard start overlaps the item before them."""
        return [index for index, slot in enumerate(self.slots) if slot.overlap_s > 0]

    @property
    def gaps(self) -> list[int]:
        """Indices of the items preceded by a gap."""
        return [index for index, slot in enumerate(self.slots) if slot.gap_before_s > 0]


def compute_schedule(event_start: datetime, items: Sequence[Item]) -> Schedule:
    """Plan ``items`` from ``event_start``; see the module docstring for the rules."""
    slots: list[Slot] = []
    cursor = event_start
    latest_end = event_start
    for item in items:
        gap_s = overlap_s = 0
        start = cursor
        hard_start = item.hard_start
        if hard_start is not None:
            start = hard_start
            difference = int((hard_start - cursor).total_seconds())
            if difference > 0:
                gap_s = difference
            elif difference < 0:
                overlap_s = -difference
        end = start + timedelta(seconds=item.planned_duration)
        slots.append(Slot(start, end, gap_s, overlap_s))
        cursor = end
        if end > latest_end:
            latest_end = end
    total_s = int((latest_end - event_start).total_seconds())
    return Schedule(slots=slots, planned_end=latest_end, total_s=total_s)


def hard_start_at(event_start: datetime, clock_time: time) -> datetime:
    """The datetime of a typed wall-clock time (``10:30``) for an event starting at ``event_start``.

    The time is placed within twelve hours before to twelve hours after the event
    start, so ``00:15`` for an event starting at 23:00 is the next day, and
    ``09:50`` for an event at 10:00 is ten minutes before it on the same day.
    """
    candidate = datetime.combine(event_start.date(), clock_time)
    if candidate - event_start >= timedelta(hours=12):
        candidate -= timedelta(days=1)
    elif event_start - candidate > timedelta(hours=12):
        candidate += timedelta(days=1)
    return candidate
