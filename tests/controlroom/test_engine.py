"""The show engine on a manual clock: GO, lockout, back, jump, stop, actuals, offset, end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from recorder import Recorder

from controlroom.clock import ManualClock
from controlroom.cues import ItemCues, MicrophoneCue
from controlroom.engine import (
    CUE_FAILED,
    GO_IGNORED,
    ITEM_STARTED,
    STANDBY_CHANGED,
    STOPPED,
    EngineEvent,
    ShowEngine,
)
from controlroom.equipment import CueFailure
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.storage import Database
from controlroom.timer import PresenterTimer

START = datetime(2026, 11, 26, 10, 0, 0)


def make_event(durations: list[int], hard_starts: dict[int, datetime] | None = None) -> Event:
    hard_starts = hard_starts or {}
    items = [
        Item(title=f"Item {n + 1}", planned_duration=d, hard_start=hard_starts.get(n))
        for n, d in enumerate(durations)
    ]
    return Event(title="Брифинг", scheduled_start=START, items=items)


def kinds(recorder: Recorder[EngineEvent]) -> list[str]:
    """The kinds of the engine events recorded so far, in order."""
    return [event.kind for event in recorder.values]


class TimerDouble:
    """Stands in for controlroom.timer.PresenterTimer's engine hooks."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, Any]] = []

    def on_item_started(self, item: Item, next_item: Item | None) -> None:
        self.calls.append(("started", item.title, next_item.title if next_item else None))

    def on_standby_changed(self, item: Item | None) -> None:
        self.calls.append(("standby", item.title if item else None, None))

    def on_show_stopped(self) -> None:
        self.calls.append(("stopped", None, None))


class HallDouble:
    """Records execute() calls; fails on demand (the real hall is tested in test_hall_*)."""

    def __init__(self) -> None:
        self.executed: list[str] = []
        self.callbacks: list[Callable[[CueFailure], Any]] = []

    def execute(self, item: Item, on_failure: Callable[[CueFailure], Any]) -> None:
        self.executed.append(item.title)
        self.callbacks.append(on_failure)


def engine_for(
    durations: list[int],
    clock: ManualClock | None = None,
    hall: HallDouble | None = None,
    hard_starts: dict[int, datetime] | None = None,
    **kwargs: Any,
) -> tuple[ShowEngine, RunSheet, ManualClock, Recorder]:
    clock = clock or ManualClock(start_wall=START)
    runsheet = RunSheet(make_event(durations, hard_starts), None)
    engine = ShowEngine(runsheet, hall, clock, **kwargs)
    recorder = Recorder()
    engine.add_listener(recorder)
    return engine, runsheet, clock, recorder


def test_go_starts_standby_and_moves_it_on() -> None:
    engine, runsheet, clock, recorder = engine_for([300, 600, 120])
    assert (engine.standby_index, engine.live_index) == (0, None)
    clock.advance(5)
    assert engine.go() is True
    assert (engine.live_index, engine.standby_index) == (0, 1)
    started = recorder.values[0]
    assert started.kind == ITEM_STARTED
    assert started.item is runsheet.items[0] and started.next_item is runsheet.items[1]
    assert recorder.values[1].kind == STANDBY_CHANGED and recorder.values[1].index == 1
    assert engine.actuals[0].start == clock.wall()
    assert engine.actuals[0].end is None


def test_second_go_inside_lockout_is_ignored_and_logged() -> None:
    clock = ManualClock(start_wall=START)
    log = EventLog(None, clock)
    engine, _sheet, clock, recorder = engine_for([60, 60, 60], clock=clock, log=log)
    assert engine.go()
    clock.advance(0.249)
    assert engine.go() is False
    assert engine.live_index == 0
    assert kinds(recorder)[-1] == GO_IGNORED
    assert "lockout" in recorder.values[-1].reason
    warnings = log.recent(min_severity="warning")
    assert len(warnings) == 1 and "GO ignored" in warnings[0].message
    clock.advance(0.002)
    assert engine.go() is True
    assert engine.live_index == 1


def test_lockout_is_configurable() -> None:
    engine, _sheet, clock, _rec = engine_for([60, 60], lockout_s=2.0)
    engine.go()
    clock.advance(1.5)
    assert not engine.go()
    clock.advance(0.6)
    assert engine.go()


def test_go_past_the_end_is_ignored() -> None:
    engine, _sheet, clock, recorder = engine_for([60])
    assert engine.go()
    assert engine.standby_index is None
    clock.advance(10)
    assert not engine.go()
    assert recorder.values[-1].kind == GO_IGNORED and "standby" in recorder.values[-1].reason
    assert engine.live_index == 0


def test_previous_item_gets_its_actual_end_at_the_next_go() -> None:
    engine, _sheet, clock, _rec = engine_for([300, 600])
    engine.go()
    first_start = clock.wall()
    clock.advance(312.5)
    engine.go()
    actuals = engine.actuals
    assert actuals[0].start == first_start
    assert actuals[0].end == clock.wall() == actuals[1].start
    assert actuals[0].duration_s == pytest.approx(312.5)


def test_back_jump_and_move_standby() -> None:
    engine, _sheet, clock, recorder = engine_for([60, 60, 60, 60])
    engine.jump(2)
    assert engine.standby_index == 2
    engine.back()
    assert engine.standby_index == 1
    engine.move_standby(-5)
    assert engine.standby_index == 0
    engine.move_standby(+10)
    assert engine.standby_index is None  # past the end: GO does nothing
    engine.back()
    assert engine.standby_index == 3
    with pytest.raises(IndexError, match="4 items"):
        engine.jump(4)
    assert engine.standby_index == 3
    engine.go()
    assert engine.live_index == 3
    moves = [e.index for e in recorder.values if e.kind == STANDBY_CHANGED]
    assert moves == [2, 1, 0, None, 3, None]


def test_jump_back_replays_an_item() -> None:
    engine, _sheet, clock, _rec = engine_for([60, 60, 60])
    engine.go()
    clock.advance(60)
    engine.go()
    clock.advance(30)
    engine.jump(0)
    engine.go()
    assert engine.live_index == 0 and engine.standby_index == 1
    assert engine.actuals[1].duration_s == pytest.approx(30)
    assert engine.actuals[0].end is None  # the replay is running


def test_stop_ends_the_live_item_and_tells_the_timer() -> None:
    engine, sheet, clock, recorder = engine_for([300, 600, 60])
    timer = TimerDouble()
    engine.attach_timer(timer)
    engine.go()
    clock.advance(100)
    engine.stop()
    assert engine.live_index is None and engine.standby_index == 1
    assert kinds(recorder)[-1] == STOPPED and recorder.values[-1].index == 0
    assert engine.actuals[0].duration_s == pytest.approx(100)
    assert timer.calls == [("started", "Item 1", "Item 2"), ("stopped", None, None)]
    engine.stop()  # nothing live: nothing happens
    assert kinds(recorder).count(STOPPED) == 1


def test_timer_follows_every_go() -> None:
    engine, _sheet, clock, _rec = engine_for([60, 60])
    timer = TimerDouble()
    engine.attach_timer(timer)
    engine.go()
    clock.advance(1)
    engine.go()
    assert timer.calls == [("started", "Item 1", "Item 2"), ("started", "Item 2", None)]


def test_the_presenter_next_line_follows_standby() -> None:
    """Back, jump, move and run-sheet edits change what the speaker sees as next."""
    engine, sheet, clock, _rec = engine_for([300, 600, 60, 60])
    timer = PresenterTimer(clock)
    engine.attach_timer(timer)
    repaints: list[str] = []
    timer.add_listener(lambda: repaints.append(timer.snapshot().next_title))
    engine.go()
    assert timer.snapshot().next_title == "Item 2"
    engine.move_standby(+1)
    assert timer.snapshot().next_title == "Item 3"
    engine.jump(3)
    assert timer.snapshot().next_title == "Item 4"
    engine.move_standby(+1)  # past the end: nothing is next
    assert timer.snapshot().next_title == ""
    engine.back()
    assert timer.snapshot().next_title == "Item 4"
    sheet.remove_items([3])  # the standby item is deleted: nothing follows the live item
    assert timer.snapshot().next_title == ""
    sheet.insert_item(1, Item(title="Breaking news", planned_duration=60))
    engine.jump(1)
    assert timer.snapshot().next_title == "Breaking news"
    sheet.remove_items([1])  # the item after it takes its place in standby
    assert timer.snapshot().next_title == "Item 2"
    assert repaints[-1] == "Item 2"  # the screen was told, not only the snapshot
    assert timer.snapshot().title == "Item 1"  # the live countdown is untouched


def test_offset_tracks_lateness_and_overrun() -> None:
    engine, _sheet, clock, _rec = engine_for([300, 600, 120])
    clock.advance(90)  # the event should have started 90 s ago
    assert engine.offset_s == pytest.approx(90)
    engine.go()
    assert engine.offset_s == pytest.approx(90)  # item 1 started 90 s late
    clock.advance(300)
    assert engine.offset_s == pytest.approx(90)  # on its planned length
    clock.advance(45)
    assert engine.offset_s == pytest.approx(135)  # overrunning adds up live
    engine.go()
    clock.advance(200)
    engine.go()  # item 2 cut 400 s short
    assert engine.offset_s == pytest.approx(135 - 400)
    engine.stop()
    assert engine.offset_s == pytest.approx(135 - 400 - 120)


def test_offset_before_the_event_is_zero() -> None:
    clock = ManualClock(start_wall=START - timedelta(minutes=10))
    engine, _sheet, _clock, _rec = engine_for([300], clock=clock)
    assert engine.offset_s == 0.0


def test_projected_end_on_plan_late_and_absorbed_by_a_gap() -> None:
    # Item 3 has a hard start at 10:30: a 10-minute gap before it in the plan.
    engine, sheet, clock, _rec = engine_for(
        [600, 600, 300], hard_starts={2: START + timedelta(minutes=30)}
    )
    planned_end = sheet.schedule.planned_end
    assert planned_end == START + timedelta(minutes=35)
    assert engine.projected_end == planned_end
    engine.go()
    clock.advance(600)
    engine.go()
    assert engine.projected_end == planned_end  # on time
    clock.advance(600 + 420)  # item 2 overruns by 7 minutes: the gap absorbs it
    assert engine.projected_end == planned_end
    clock.advance(300)  # 12 minutes over: 2 minutes past the hard start
    assert engine.projected_end == planned_end + timedelta(minutes=2)
    engine.go()
    assert engine.projected_end == planned_end + timedelta(minutes=2)
    clock.advance(300)
    engine.stop()
    assert engine.projected_end == clock.wall()


def test_projected_end_without_hard_starts_moves_with_lateness() -> None:
    engine, sheet, clock, _rec = engine_for([600, 600])
    clock.advance(120)
    assert engine.projected_end == sheet.schedule.planned_end + timedelta(seconds=120)
    engine.go()
    clock.advance(60)
    assert engine.projected_end == sheet.schedule.planned_end + timedelta(seconds=120)


def test_empty_runsheet() -> None:
    engine, _sheet, _clock, recorder = engine_for([])
    assert engine.standby_index is None
    assert engine.go() is False
    assert engine.projected_end is None
    assert engine.offset_s == 0.0
    engine.back()
    assert kinds(recorder) == [GO_IGNORED]


def test_go_hands_the_item_to_the_hall_and_reports_its_failures() -> None:
    hall = HallDouble()
    engine, sheet, clock, recorder = engine_for([60, 60], hall=hall)
    engine.go()
    assert hall.executed == ["Item 1"]
    hall.callbacks[0](CueFailure("projector", "set_source('HDMI1')", "lamp failure"))
    failed = recorder.values[-1]
    assert failed.kind == CUE_FAILED and failed.index == 0 and failed.device == "projector"
    assert failed.reason == "lamp failure"
    assert engine.cue_failures(0)[0].command == "set_source('HDMI1')"
    assert engine.cue_failures(1) == []
    clock.advance(1)
    engine.go()
    assert hall.executed == ["Item 1", "Item 2"]


def test_playhead_follows_its_items_through_edits() -> None:
    engine, sheet, clock, _rec = engine_for([60, 60, 60, 60])
    engine.go()  # live 0, standby 1
    sheet.insert_item(0, Item(title="Inserted", planned_duration=30))
    assert (engine.live_index, engine.standby_index) == (1, 2)
    assert sheet.items[engine.live_index].title == "Item 1"
    assert 1 in engine.actuals and 0 not in engine.actuals
    sheet.remove_items([2])  # the standby item goes away: the next one takes its place
    assert engine.standby_index == 2
    assert sheet.items[2].title == "Item 3"


def test_break_item_kind_is_passed_through() -> None:
    hall = HallDouble()
    engine, sheet, _clock, _rec = engine_for([60], hall=hall)
    sheet.set_item_field(0, "kind", ItemKind.BREAK)
    engine.go()
    assert hall.executed == ["Item 1"]


def test_actual_times_are_stored_and_logged(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "show.db")
    clock = ManualClock(start_wall=START)
    event_id = database.create_event(make_event([300, 600]))
    event = database.load_event(event_id)
    sheet = RunSheet(event, database)
    log = EventLog(database, clock, event_id)
    engine = ShowEngine(sheet, None, clock, log=log, database=database)
    clock.advance(30)
    engine.go()
    clock.advance(310)
    engine.go()
    clock.advance(590)
    engine.stop()
    assert log.flush(5.0)
    database.writer.submit(lambda: None).result(5.0)
    actuals = database.item_actuals(event_id)
    first, second = (item.id for item in sheet.items)
    assert actuals[first] == (START + timedelta(seconds=30), START + timedelta(seconds=340))
    assert actuals[second] == (START + timedelta(seconds=340), START + timedelta(seconds=930))
    stored = database.log_entries(event_id)
    assert [e.source for e in stored if e.kind == "action"] == ["operator"] * 3
    assert any("GO" in e.message for e in stored)
    assert all(e.event_id == event_id for e in stored)


def test_planned_live_channels_follow_the_live_item() -> None:
    engine, sheet, clock, _rec = engine_for([60, 60, 60])
    sheet.set_item_field(
        0, "cues", ItemCues((*(MicrophoneCue(device="mics", live=(1, 3)),),))
    )
    sheet.set_item_field(
        1, "cues", ItemCues((*(MicrophoneCue(device="mics", live=(2,)),),))
    )
    sheet.set_item_field(1, "kind", ItemKind.BREAK)
    assert engine.planned_live_channels() == set()
    engine.go()
    assert engine.planned_live_channels() == {("mics", 1), ("mics", 3)}
    clock.advance(1)
    engine.go()
    assert engine.planned_live_channels() == set()  # a break opens nothing
    engine.stop()
    assert engine.planned_live_channels() == set()


class FailingHall:
    """A hall whose cue fails while it is being queued (as an unknown device does)."""

    def execute(self, item: Item, on_failure: Callable[[CueFailure], Any]) -> None:
        on_failure(CueFailure("fog-machine", "cues", "no such device in the hall"))


def test_failures_found_while_queueing_come_after_item_started() -> None:
    clock = ManualClock(start_wall=START)
    sheet = RunSheet(make_event([60, 60]), None)
    engine = ShowEngine(sheet, FailingHall(), clock)
    recorder = Recorder()
    engine.add_listener(recorder)
    engine.go()
    assert kinds(recorder) == [ITEM_STARTED, STANDBY_CHANGED, CUE_FAILED]
    assert recorder.values[-1].device == "fog-machine" and recorder.values[-1].index == 0
    assert engine.cue_failures(0)[0].reason == "no such device in the hall"


def test_a_new_event_gets_standby_on_its_first_item_as_soon_as_it_has_one() -> None:
    engine, runsheet, _clock, recorder = engine_for([])
    assert engine.standby_index is None
    runsheet.insert_item(0, Item("Ашылу", 300))
    assert engine.standby_index == 0
    assert recorder.values[-1].kind == STANDBY_CHANGED and recorder.values[-1].index == 0
    runsheet.insert_item(0, Item("Алдын ала", 60))  # a new first item before the show
    assert engine.standby_index == 1  # standby stays on its item, as for any edit
    assert engine.go()
