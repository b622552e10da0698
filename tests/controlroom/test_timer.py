"""Unit tests of the presenter timer: formats, rounding, phases, every operation, boundaries."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from controlroom.clock import ManualClock
from controlroom.model import Item
from controlroom.timer import (
    FLASH_SECONDS,
    Phase,
    PresenterTimer,
    format_display,
    format_seconds,
    phase_for,
    refresh_delay_ms,
)


@pytest.fixture
def clock() -> ManualClock:
    # 10:00:00.250 wall, so minute boundaries do not coincide with the countdown's.
    return ManualClock(start_wall=datetime(2026, 11, 26, 10, 0, 0, 250000))


@pytest.fixture
def timer(clock: ManualClock) -> PresenterTimer:
    return PresenterTimer(clock)


def talk(duration: int = 300, **fields: object) -> Item:
    return Item(title="Opening remarks", planned_duration=duration, speaker_name="A. Nurlanov",
                speaker_role="Minister", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (1, "0:01"), (59, "0:59"), (60, "1:00"), (599, "9:59"), (3599, "59:59"),
     (3600, "1:00:00"), (3661, "1:01:01"), (36000, "10:00:00")],
)
def test_format_seconds(seconds: int, text: str) -> None:
    assert format_seconds(seconds) == text


def test_format_seconds_refuses_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        format_seconds(-1)


@pytest.mark.parametrize(
    ("displayed", "text"),
    [(300, "5:00"), (1, "0:01"), (0, "+0:00"), (-1, "+0:01"), (-61, "+1:01"), (-3600, "+1:00:00")],
)
def test_format_display_counts_down_then_up_with_plus(displayed: int, text: str) -> None:
    assert format_display(displayed) == text


@pytest.mark.parametrize(
    ("displayed", "phase"),
    [(121, Phase.NORMAL), (120, Phase.WARNING), (31, Phase.WARNING), (30, Phase.DANGER),
     (1, Phase.DANGER), (0, Phase.OVERTIME), (-5, Phase.OVERTIME)],
)
def test_phase_from_thresholds(displayed: int, phase: Phase) -> None:
    assert phase_for(displayed, warning_at=120, danger_at=30) == phase


def test_refresh_delay_rounds_up_and_never_zero() -> None:
    assert refresh_delay_ms(0.2504) == 252
    assert refresh_delay_ms(1e-9) == 2
    assert refresh_delay_ms(0.0, margin_ms=0) == 1


def test_unloaded_screen(timer: PresenterTimer) -> None:
    view = timer.snapshot()
    assert (view.text, view.loaded, view.running, view.title) == ("--:--", False, False, "")
    timer.start()  # nothing loaded: nothing to start
    assert not timer.running


def test_load_shows_full_duration_paused(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), Item(title="Questions"))
    clock.advance(10)
    view = timer.snapshot()
    assert (view.text, view.running, view.phase) == ("5:00", False, Phase.NORMAL)
    assert view.title == "Opening remarks"
    assert view.speaker == "A. Nurlanov, Minister"
    assert view.next_title == "Questions"
    assert view.value_since is None


def test_countdown_uses_ceil(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    assert timer.snapshot().text == "5:00"
    clock.advance(0.001)
    assert timer.snapshot().text == "5:00"  # (299, 300] shows 5:00
    clock.advance(0.999)
    assert timer.snapshot().text == "4:59"
    clock.advance(298.5)
    assert timer.snapshot().text == "0:01"
    assert timer.snapshot().phase == Phase.DANGER


def test_exactly_one_transition_into_overtime(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(2), start=True)
    texts = []
    for _ in range(40):
        texts.append((timer.snapshot().text, timer.snapshot().phase))
        clock.advance(0.125)
    phases = [phase for _, phase in texts]
    first_overtime = phases.index(Phase.OVERTIME)
    assert all(p == Phase.OVERTIME for p in phases[first_overtime:])
    assert texts[first_overtime][0] == "+0:00"
    assert texts[first_overtime - 1][0] == "0:01"
    # 40 steps of 1/8 s from 0:02: the last sample is 2.875 s past zero.
    assert texts[-1][0] == "+0:02"


def test_hours_format_while_counting(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(2 * 3600), start=True)
    assert timer.snapshot().text == "2:00:00"
    clock.advance(3600.5)
    assert timer.snapshot().text == "1:00:00"
    clock.advance(0.5)
    assert timer.snapshot().text == "59:59"


def test_phases_follow_item_thresholds(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(100, warning_at=60, danger_at=10), start=True)
    seen = {}
    for _ in range(110):
        view = timer.snapshot()
        seen.setdefault(view.phase, view.displayed_s)
        clock.advance(1)
    assert seen == {Phase.NORMAL: 100, Phase.WARNING: 60, Phase.DANGER: 10, Phase.OVERTIME: 0}


def test_pause_and_resume_hold_the_value(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    clock.advance(10.4)
    timer.pause()
    held = timer.snapshot()
    clock.advance(500)
    assert timer.snapshot().text == held.text == "4:50"
    assert not timer.snapshot().running
    timer.resume()
    clock.advance(0.5)
    assert timer.snapshot().text == "4:50"
    clock.advance(0.2)
    assert timer.snapshot().text == "4:49"
    timer.toggle()
    assert not timer.running
    timer.toggle()
    assert timer.running


def test_minutes_added_and_removed_while_running_or_paused(
    timer: PresenterTimer, clock: ManualClock
) -> None:
    timer.load(talk(300), start=True)
    clock.advance(30)
    timer.add_minute()
    assert timer.snapshot().text == "5:30"
    timer.pause()
    timer.remove_minute()
    timer.remove_minute()
    assert timer.snapshot().text == "3:30"
    for _ in range(4):
        timer.remove_minute()
    assert timer.snapshot().text == "+0:30"
    assert timer.snapshot().phase == Phase.OVERTIME
    timer.add_minute()
    assert timer.snapshot().text == "0:30"


def test_reset_restores_planned_duration_paused(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    timer.add_minute()
    clock.advance(400)
    timer.reset()
    view = timer.snapshot()
    assert (view.text, view.running) == ("5:00", False)


def test_engine_hooks(timer: PresenterTimer, clock: ManualClock) -> None:
    calls = []
    timer.add_listener(lambda: calls.append(timer.snapshot().text))
    timer.on_item_started(talk(60), Item(title="Q&A"))
    clock.advance(5)
    assert timer.snapshot().text == "0:55"
    timer.on_item_started(Item(title="Q&A", planned_duration=600), None)
    assert timer.snapshot().text == "10:00"
    assert timer.snapshot().running
    assert timer.snapshot().next_title == ""
    timer.on_show_stopped()
    assert timer.snapshot().text == "--:--"
    assert calls == ["1:00", "10:00", "--:--"]


def test_message_flash_blinks_then_settles(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.set_message("  Two minutes  ", flash=True)
    assert timer.snapshot().message == "Two minutes"
    pattern = []
    for _ in range(int(FLASH_SECONDS / 0.25) + 8):
        pattern.append(timer.snapshot().message_flash)
        clock.advance(0.25)
    assert pattern[:4] == [True, True, False, False]
    assert not any(pattern[int(FLASH_SECONDS / 0.25):])
    timer.flash_message()
    assert timer.snapshot().message_flash
    timer.clear_message()
    assert timer.snapshot().message == ""
    assert not timer.snapshot().message_flash
    timer.flash_message()  # nothing to flash
    assert not timer.snapshot().message_flash


def test_message_without_flash(timer: PresenterTimer) -> None:
    timer.set_message("Louder please")
    view = timer.snapshot()
    assert (view.message, view.message_flash) == ("Louder please", False)


def test_overtime_flash_only_at_start_and_optional(clock: ManualClock) -> None:
    timer = PresenterTimer(clock)
    timer.load(talk(1), start=True)
    assert not timer.snapshot().overtime_flash
    clock.advance(1.0)
    assert timer.snapshot().overtime_flash
    clock.advance(0.5)
    assert not timer.snapshot().overtime_flash
    clock.advance(FLASH_SECONDS)
    late = []
    for _ in range(4):
        late.append(timer.snapshot().overtime_flash)
        clock.advance(0.25)
    assert late == [False] * 4
    quiet = PresenterTimer(clock, overtime_flash=False)
    quiet.load(talk(0), start=True)
    assert quiet.snapshot().phase == Phase.OVERTIME
    assert not quiet.snapshot().overtime_flash


def test_blackout_and_mic_live(timer: PresenterTimer) -> None:
    calls: list[None] = []
    timer.add_listener(lambda: calls.append(None))
    timer.set_blackout(True)
    timer.set_mic_live(True)
    timer.set_mic_live(True)  # no change, no call
    view = timer.snapshot()
    assert view.blackout and view.mic_live
    assert len(calls) == 2
    timer.set_blackout(False)
    timer.set_mic_live(False)
    assert not timer.snapshot().blackout and not timer.snapshot().mic_live


def test_time_of_day(timer: PresenterTimer, clock: ManualClock) -> None:
    assert timer.snapshot().time_of_day == "10:00"
    clock.advance(59.75)
    assert timer.snapshot().time_of_day == "10:01"


def test_next_boundary_is_when_text_changes(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    clock.advance(0.3)
    boundary = timer.next_boundary_in()
    assert boundary == pytest.approx(0.7)
    before = timer.snapshot().text
    clock.advance(boundary - 1e-6)
    assert timer.snapshot().text == before
    clock.advance(2e-6)
    assert timer.snapshot().text != before


def test_next_boundary_when_paused_is_the_minute(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300))
    assert timer.next_boundary_in() == pytest.approx(59.75)


def test_value_since_is_the_crossing_instant(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    started = clock.monotonic()
    clock.advance(7.3)
    view = timer.snapshot()
    assert view.displayed_s == 293
    assert view.value_since == pytest.approx(started + 7.0)
    assert math.ceil(view.remaining_s) == view.displayed_s


def test_snapshot_at_predicts_the_next_boundary(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    clock.advance(50.4)
    boundary = clock.monotonic() + timer.next_boundary_in()
    predicted = timer.snapshot(at=boundary + 0.0005)
    assert predicted.text == "4:09"
    assert timer.snapshot().text == "4:10"  # predicting moves nothing
    clock.advance(boundary + 0.0005 - clock.monotonic())
    actual = timer.snapshot()
    assert actual.appearance() == predicted.appearance()
    # Across a minute of the time of day too (the wall clock starts at 10:00:00.25).
    wall = clock.wall()
    minute = clock.monotonic() + 60 - (wall.second + wall.microsecond / 1e6)
    assert timer.snapshot(at=minute - 0.001).time_of_day == "10:00"
    assert timer.snapshot(at=minute + 0.001).time_of_day == "10:01"


def test_appearance_ignores_exact_times(timer: PresenterTimer, clock: ManualClock) -> None:
    timer.load(talk(300), start=True)
    clock.advance(0.2)
    first = timer.snapshot()
    clock.advance(0.3)
    second = timer.snapshot()
    assert first != second
    assert first.appearance() == second.appearance()
    timer.set_mic_live(True)
    assert timer.snapshot().appearance() != second.appearance()
