"""The engine's projected end (O(1) per call from cached tail sums) against a plain walk.

For random run-sheets (durations, hard starts before, on and after the plan), random
lateness, GOs and standby jumps, and edits between calls, ``projected_end`` must equal
walking the items after standby one by one (``at = max(at, hard_start); at += duration``).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from controlroom.clock import ManualClock
from controlroom.engine import ShowEngine
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet

START = datetime(2026, 11, 26, 10, 0, 0)


def walked_end(engine: ShowEngine, sheet: RunSheet, clock: ManualClock) -> datetime | None:
    """What projected_end computed before the cache: one walk over the rest of the items."""
    standby = engine.standby_index
    if standby is None:
        return None  # not compared: the end then comes from the live item alone
    live = engine.live_index
    if live is not None:
        actual = engine.actuals[live]
        elapsed = (clock.wall() - actual.start).total_seconds()
        at = actual.start + timedelta(seconds=max(elapsed, sheet.items[live].planned_duration))
    elif live is None and not engine.actuals:
        at = max(clock.wall(), sheet.schedule.slots[standby].start)
    else:
        at = clock.wall()
    for item in sheet.items[standby:]:
        if item.hard_start is not None and item.hard_start > at:
            at = item.hard_start
        at += timedelta(seconds=item.planned_duration)
    return at


items_strategy = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=3600),
        st.one_of(st.none(), st.integers(min_value=-120, max_value=600)),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=80, deadline=None)
@given(
    items=items_strategy,
    steps=st.lists(
        st.tuples(st.sampled_from(["go", "wait", "jump", "edit"]), st.integers(0, 5000)),
        max_size=12,
    ),
)
def test_projected_end_equals_a_walk_over_the_items(
    items: list[tuple[int, int | None]], steps: list[tuple[str, int]]
) -> None:
    event = Event(title="projected", scheduled_start=START)
    for number, (duration, hard_minutes) in enumerate(items):
        hard = START + timedelta(minutes=hard_minutes) if hard_minutes is not None else None
        event.items.append(Item(title=f"item {number}", planned_duration=duration,
                                hard_start=hard))
    sheet = RunSheet(event, None)
    clock = ManualClock(start_wall=START - timedelta(minutes=5))
    engine = ShowEngine(sheet, None, clock, lockout_s=0.0)
    for action, value in steps:
        if action == "go":
            engine.go()
        elif action == "wait":
            clock.advance(value)
        elif action == "jump":
            engine.jump(value % len(sheet.items))
        else:
            sheet.set_item_field(value % len(sheet.items), "planned_duration", value)
        expected = walked_end(engine, sheet, clock)
        if expected is not None:
            assert engine.projected_end == expected
