"""Schedule maths: back-to-back items, gaps and overlaps at hard starts, midnight."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from controlroom.model import Item
from controlroom.schedule import compute_schedule, hard_start_at

START = datetime(2026, 11, 26, 10, 0, 0)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def test_empty_run_sheet_ends_when_it_starts() -> None:
    schedule = compute_schedule(START, [])
    assert schedule.slots == []
    assert schedule.planned_end == START
    assert schedule.total_s == 0


def test_items_run_back_to_back() -> None:
    items = [Item("a", 300), Item("b", 600), Item("c", 90)]
    schedule = compute_schedule(START, items)
    assert [s.start for s in schedule.slots] == [START, START + minutes(5), START + minutes(15)]
    assert [s.end for s in schedule.slots] == [
        START + minutes(5),
        START + minutes(15),
        START + minutes(16.5),
    ]
    assert schedule.planned_end == START + minutes(16.5)
    assert schedule.total_s == 990
    assert schedule.gaps == [] and schedule.overlaps == []


def test_zero_length_items_take_no_time() -> None:
    items = [Item("a", 0), Item("b", 120), Item("c", 0), Item("d", 0)]
    schedule = compute_schedule(START, items)
    assert schedule.slots[0].start == schedule.slots[0].end == START
    assert schedule.slots[1].start == START
    assert schedule.slots[2].start == schedule.slots[2].end == START + minutes(2)
    assert schedule.slots[3].start == START + minutes(2)
    assert schedule.total_s == 120


def test_hard_start_after_previous_end_is_a_gap() -> None:
    items = [Item("a", 600), Item("b", 300, hard_start=START + minutes(15)), Item("c", 60)]
    schedule = compute_schedule(START, items)
    hard = schedule.slots[1]
    assert hard.start == START + minutes(15)
    assert hard.gap_before_s == 300 and hard.overlap_s == 0
    assert schedule.slots[2].start == START + minutes(20)
    assert schedule.gaps == [1] and schedule.overlaps == []
    assert schedule.total_s == 21 * 60


def test_hard_start_exactly_at_previous_end_is_neither() -> None:
    items = [Item("a", 600), Item("b", 300, hard_start=START + minutes(10))]
    slot = compute_schedule(START, items).slots[1]
    assert slot.start == START + minutes(10)
    assert slot.gap_before_s == 0 and slot.overlap_s == 0


def test_hard_start_before_previous_end_is_an_overlap_and_not_shifted() -> None:
    items = [Item("a", 600), Item("b", 300, hard_start=START + minutes(7)), Item("c", 60)]
    schedule = compute_schedule(START, items)
    slot = schedule.slots[1]
    assert slot.start == START + minutes(7)
    assert slot.end == START + minutes(12)
    assert slot.overlap_s == 180 and slot.gap_before_s == 0
    assert schedule.overlaps == [1]
    assert schedule.slots[2].start == START + minutes(12)


def test_overlapping_item_ending_before_previous_keeps_the_later_end_as_planned_end() -> None:
    items = [Item("a", 3600), Item("b", 60, hard_start=START + minutes(5))]
    schedule = compute_schedule(START, items)
    assert schedule.slots[1].overlap_s == 55 * 60
    assert schedule.planned_end == START + minutes(60)


def test_first_item_hard_start_after_event_start_is_a_gap() -> None:
    items = [Item("a", 300, hard_start=START + minutes(10))]
    schedule = compute_schedule(START, items)
    assert schedule.slots[0].start == START + minutes(10)
    assert schedule.slots[0].gap_before_s == 600
    assert schedule.total_s == 900


def test_first_item_hard_start_before_event_start_is_an_overlap() -> None:
    items = [Item("a", 300, hard_start=START - minutes(10)), Item("b", 60)]
    schedule = compute_schedule(START, items)
    assert schedule.slots[0].start == START - minutes(10)
    assert schedule.slots[0].overlap_s == 600
    assert schedule.slots[1].start == START - minutes(5)
    assert schedule.planned_end == START
    assert schedule.total_s == 0


def test_event_crossing_midnight() -> None:
    late = datetime(2026, 12, 31, 23, 40)
    items = [
        Item("a", 15 * 60),
        Item("b", 10 * 60),
        Item("c", 5 * 60, hard_start=datetime(2027, 1, 1, 0, 10)),
    ]
    schedule = compute_schedule(late, items)
    assert schedule.slots[1].start == datetime(2026, 12, 31, 23, 55)
    assert schedule.slots[1].end == datetime(2027, 1, 1, 0, 5)
    assert schedule.slots[2].gap_before_s == 300
    assert schedule.planned_end == datetime(2027, 1, 1, 0, 15)
    assert schedule.total_s == 35 * 60


def test_hard_start_at_places_times_around_the_event_start() -> None:
    assert hard_start_at(START, time(10, 30)) == datetime(2026, 11, 26, 10, 30)
    assert hard_start_at(START, time(9, 50)) == datetime(2026, 11, 26, 9, 50)
    late = datetime(2026, 11, 26, 23, 0)
    assert hard_start_at(late, time(0, 15)) == datetime(2026, 11, 27, 0, 15)
    early = datetime(2026, 11, 27, 0, 30)
    assert hard_start_at(early, time(23, 50)) == datetime(2026, 11, 26, 23, 50)


durations = st.integers(min_value=0, max_value=4 * 3600)
offsets = st.none() | st.integers(min_value=-3600, max_value=6 * 3600)


@given(st.lists(st.tuples(durations, offsets), max_size=30))
def test_invariants(specs: list[tuple[int, int | None]]) -> None:
    items = [
        Item(f"i{n}", d, hard_start=None if o is None else START + timedelta(seconds=o))
        for n, (d, o) in enumerate(specs)
    ]
    schedule = compute_schedule(START, items)
    previous_end = START
    for item, slot in zip(items, schedule.slots, strict=True):
        assert slot.end - slot.start == timedelta(seconds=item.planned_duration)
        if item.hard_start is None:
            assert slot.start == previous_end and slot.gap_before_s == slot.overlap_s == 0
        else:
            assert slot.start == item.hard_start
            assert slot.start - previous_end == timedelta(
                seconds=slot.gap_before_s - slot.overlap_s
            )
            assert min(slot.gap_before_s, slot.overlap_s) == 0
        previous_end = slot.end
    assert schedule.planned_end == max([START] + [s.end for s in schedule.slots])
