"""Three simulated hours of show on a fake clock, refreshed with +-40 ms of random jitter.

The display is driven the way the presenter window drives it: sleep until
``next_boundary_in()`` (rounded up to the millisecond plus 1 ms, as the window's
precise timer does), give or take a random jitter, then take a snapshot.
Operators act at random moments (GO, pause, resume, +/- a minute, messages with
flash). A reference remaining time is kept independently by summing the time
that passed while running (tick counting is fine in a test, not in the code).

Checked: every displayed value matches ``ceil`` of the reference; between two
operations every displayed second appears exactly once (consecutive values step
by exactly one, no skips, no repeats) and so does every minute of the time of
day; and the display never lags the truth by more than one refresh interval
(the jitter plus the millisecond rounding) nor by more than one second of value.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import pytest

from controlroom.clock import ManualClock
from controlroom.model import Item
from controlroom.timer import PresenterTimer, refresh_delay_ms

SHOW_SECONDS = 3 * 3600
JITTER_S = 0.040
ROUNDING_S = 0.002  # refresh_delay_ms rounds up to the ms and adds 1 ms


@dataclass
class Reference:
    """The truth, kept by integrating elapsed running time."""

    remaining: float = 0.0
    running: bool = False


@dataclass
class Trace:
    """What the display showed, between two operations."""

    values: list[int] = field(default_factory=list)
    minutes: list[str] = field(default_factory=list)
    running: bool = False


def run_show(seed: int) -> tuple[list[Trace], float, int, int]:
    rng = random.Random(seed)
    clock = ManualClock(start_monotonic=5000.0 + rng.random())
    timer = PresenterTimer(clock)
    ref = Reference()
    items = [Item(title=f"Item {n}", planned_duration=rng.choice([45, 90, 300, 600, 1200, 3900]),
                  warning_at=60, danger_at=15) for n in range(60)]
    item_index = 0
    traces: list[Trace] = []
    trace = Trace()
    shown_value: int | None = None  # what the screen currently shows
    worst_lag = 0.0
    refreshes = 0
    crossings = 0
    end = clock.monotonic() + SHOW_SECONDS
    next_operation = clock.monotonic()

    def advance(seconds: float) -> None:
        clock.advance(seconds)
        if ref.running:
            ref.remaining -= seconds

    def begin_segment() -> None:
        nonlocal trace
        traces.append(trace)
        trace = Trace(running=timer.running)

    def refresh() -> None:
        nonlocal shown_value, refreshes
        view = timer.snapshot()
        refreshes += 1
        if abs(ref.remaining - round(ref.remaining)) > 1e-6:
            assert view.displayed_s == math.ceil(ref.remaining), (view, ref)
        if not trace.values or trace.values[-1] != view.displayed_s:
            trace.values.append(view.displayed_s)
        if not trace.minutes or trace.minutes[-1] != view.time_of_day:
            trace.minutes.append(view.time_of_day)
        shown_value = view.displayed_s

    def operate() -> None:
        nonlocal item_index
        choice = rng.random()
        if choice < 0.35 or not timer.loaded:
            item = items[item_index % len(items)]
            item_index += 1
            timer.on_item_started(item, items[item_index % len(items)])
            ref.remaining, ref.running = float(item.planned_duration), True
        elif choice < 0.5:
            timer.pause()
            ref.running = False
        elif choice < 0.65:
            timer.resume()
            ref.running = True
        elif choice < 0.75:
            timer.add_minute()
            ref.remaining += 60
        elif choice < 0.85:
            timer.remove_minute()
            ref.remaining -= 60
        else:
            timer.set_message(rng.choice(["Two minutes", "Louder please"]), flash=True)
        begin_segment()
        refresh()

    while clock.monotonic() < end:
        delay = refresh_delay_ms(timer.next_boundary_in()) / 1000.0
        delay = max(0.001, delay + rng.uniform(-JITTER_S, JITTER_S))
        now = clock.monotonic()
        if now + delay >= next_operation:
            advance(max(0.0, next_operation - now))
            operate()
            next_operation = clock.monotonic() + rng.uniform(5.0, 400.0)
            continue
        # The truth's first change after the last refresh, if it falls before this one.
        if ref.running:
            first_crossing = ref.remaining - (math.ceil(ref.remaining) - 1)
            if first_crossing < delay:
                crossings += 1
                worst_lag = max(worst_lag, delay - first_crossing)
                truth_before_refresh = math.ceil(ref.remaining - delay)
                assert shown_value is not None
                assert abs(shown_value - truth_before_refresh) <= 1
        advance(delay)
        refresh()
    begin_segment()
    return traces, worst_lag, refreshes, crossings


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_hours_with_jitter(seed: int) -> None:
    traces, worst_lag, refreshes, crossings = run_show(seed)
    shown = 0
    for trace in traces:
        steps = [b - a for a, b in zip(trace.values, trace.values[1:], strict=False)]
        if trace.running:
            assert all(step == -1 for step in steps), trace.values
        else:
            assert steps == [], trace.values
        shown += len(trace.values)
        minutes = [int(hhmm[:2]) * 60 + int(hhmm[3:]) for hhmm in trace.minutes]
        assert all((b - a) % 1440 == 1 for a, b in zip(minutes, minutes[1:], strict=False))
    # Enough happened for the checks to mean something.
    assert shown > SHOW_SECONDS * 0.5
    assert crossings > SHOW_SECONDS * 0.5
    assert len(traces) > 30
    assert worst_lag <= JITTER_S + ROUNDING_S
    # Refreshes stay close to one per displayed change (no busy loop).
    assert refreshes < shown * 2.5
