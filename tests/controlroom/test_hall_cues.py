"""Cues against the real simulators: commands in order, break safety, PANIC, delays, failures."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest_engine import SimulatedHall
from cue_expectations import mic_sets, projector_sets, switcher_commands

from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.engine import CUE_FAILED, EngineEvent, ShowEngine
from controlroom.equipment import CueChange, CueFailure
from controlroom.model import Event, Item, ItemKind
from controlroom.runsheet import RunSheet
from devices.base import LinkState
from devices.switcher.kind import SetProgram

pytestmark = pytest.mark.timeout(60)

ALL_CHANNELS = [1, 2, 3, 4]


@pytest.fixture
def rig() -> Iterator[SimulatedHall]:
    rig = SimulatedHall()
    try:
        statuses = rig.hall.wait_until_ok(10.0)
        assert all(s.state is LinkState.OK for s in statuses.values()), statuses
        yield rig
    finally:
        rig.close()


def item(title: str, kind: ItemKind = ItemKind.SEGMENT, **cues: Any) -> Item:
    """An item with ``switcher=``, ``microphones=(...)``, ``projector=`` cues."""
    flat = [c for v in cues.values() for c in (v if isinstance(v, tuple) else (v,))]
    return Item(title=title, planned_duration=60, kind=kind, cues=ItemCues(tuple(flat)))


def mute_ons(channels: list[int]) -> list[str]:
    return [f"< SET {n} AUDIO_MUTE ON >" for n in channels]


def mute_offs(channels: list[int]) -> list[str]:
    return [f"< SET {n} AUDIO_MUTE OFF >" for n in channels]


def test_items_drive_the_hall_in_order(rig: SimulatedHall) -> None:
    items = [
        item(
            "Opening",
            switcher=SwitcherCue(program=3),
            microphones=(MicrophoneCue(live=(1,)),),
            projector=ProjectorCue(blank=True),
        ),
        item(
            "Statement",
            switcher=SwitcherCue(program=2, preview=3, transition="auto"),
            microphones=(MicrophoneCue(live=(2,), gains_db=((2, 6.0),)),),
        ),
        item(
            "Slides",
            switcher=SwitcherCue(program=5),
            microphones=(MicrophoneCue(live=(3, 4)),),
            projector=ProjectorCue(power=True, source="HDMI2", blank=False),
        ),
        item(
            "Break",
            ItemKind.BREAK,
            switcher=SwitcherCue(program=1),
            microphones=(MicrophoneCue(live=(1,)),),  # ignored: a break mutes everything
            projector=ProjectorCue(blank=True),
        ),
    ]
    sheet = RunSheet(Event(title="Rehearsal", scheduled_start=rig.clock.wall(), items=items))
    engine = ShowEngine(sheet, rig.hall, rig.clock, log=rig.log)
    failures: list[EngineEvent] = []
    engine.add_listener(lambda e: failures.append(e) if e.kind == CUE_FAILED else None)

    seen_mics = seen_projector = seen_switcher = 0

    def go_and_settle() -> tuple[list[str], list[str], list[tuple[str, object]]]:
        nonlocal seen_mics, seen_projector, seen_switcher
        rig.clock.advance(1.0)
        assert engine.go()
        assert engine.last_cue_run.wait(15.0)
        mics = rig.mics.received_frames()
        projector = rig.projector.received_frames()
        switcher = rig.switcher.received_messages()
        new = (
            mic_sets(mics[seen_mics:]),
            projector_sets(projector[seen_projector:]),
            switcher_commands(switcher[seen_switcher:]),
        )
        seen_mics, seen_projector, seen_switcher = len(mics), len(projector), len(switcher)
        return new

    mics, projector, switcher = go_and_settle()
    assert switcher == [("/atem/program", 3)]
    assert mics == mute_ons([2, 3, 4]) + mute_offs([1])
    assert projector == []  # off in standby: blanking it is left as is
    assert rig.switcher.program == 3
    assert [n for n, ch in rig.mics.channels.items() if not ch.muted] == [1]

    mics, projector, switcher = go_and_settle()
    assert switcher == [
        ("/atem/preview", 2),
        ("/atem/transition/auto", None),
        ("/atem/preview", 3),
    ]
    assert mics == mute_ons([1, 3, 4]) + ["< SET 2 AUDIO_GAIN 24 >"] + mute_offs([2])
    assert projector == []
    assert (rig.switcher.program, rig.switcher.preview) == (2, 3)

    mics, projector, switcher = go_and_settle()
    assert switcher == [("/atem/program", 5)]
    assert mics == mute_ons([1, 2]) + mute_offs([3, 4])
    # The driver's interlock holds SOURCE until the warm-up ends; PWR ON always goes first.
    assert projector[0] == "PWR ON" and sorted(projector[1:]) == ["MUTE OFF", "SOURCE A0"]
    assert rig.projector.power_code == "01" and rig.projector.source_code == "A0"
    assert not rig.projector.muted

    mics, projector, switcher = go_and_settle()
    assert switcher == [("/atem/program", 1)]
    assert mics == mute_ons(ALL_CHANNELS)
    assert projector == ["MUTE ON"]
    assert all(ch.muted for ch in rig.mics.channels.values())
    assert failures == []
    commands = [e for e in rig.log.recent(source="mics") if e.kind == "command"]
    assert len(commands) == 4 + 5 + 4 + 4  # every channel's mute, once per item, and a gain


def test_diff_lists_what_go_changes_and_nothing_after_it(rig: SimulatedHall) -> None:
    projector = rig.hall.drivers["projector"]
    switcher = rig.hall.drivers["switcher"]
    blank_only = item("Blank", projector=ProjectorCue(blank=True))
    assert rig.wait_until(lambda: projector.state.power.name == "STANDBY_NETWORK_ON")
    assert rig.hall.diff(blank_only) == []  # the projector is off: nothing to blank
    rig.projector.power_on_now()
    assert rig.wait_until(lambda: projector.state.power.name == "ON")
    assert rig.wait_until(lambda: switcher.state.program is not None)
    assert rig.wait_until(lambda: projector.state.blank is not None)
    opening = item(
        "Opening",
        switcher=SwitcherCue(program=3),
        microphones=(MicrophoneCue(live=(1,), gains_db=((1, 4.0),)),),
        projector=ProjectorCue(blank=True),
    )
    changes = rig.hall.diff(opening)
    program = rig.switcher.program
    assert CueChange("switcher", "program", f"{program} Cam 1 Wide", "3 Cam 3 Moderator") in changes
    assert CueChange("mics", "2 Clerk", "live", "muted") in changes
    assert CueChange("mics", "1 Chair gain", "0 dB", "4 dB") in changes
    assert CueChange("projector", "blank", "showing", "blank") in changes
    assert not any(c.what == "1 Chair" for c in changes)  # already live
    run = rig.hall.execute(opening, lambda failure: None)
    assert run.wait(10.0) and run.failures == []
    assert rig.wait_until(lambda: rig.hall.diff(opening) == [])
    brk = item("Break", ItemKind.BREAK)
    assert [c.what for c in rig.hall.diff(brk)] == ["1 Chair"]


def test_panic_mutes_every_channel(rig: SimulatedHall) -> None:
    run = rig.hall.execute(item("All live", microphones=(MicrophoneCue(live=(1, 2, 3)),)), print)
    assert run.wait(10.0)
    assert [n for n, ch in rig.mics.channels.items() if not ch.muted] == [1, 2, 3]
    panic = rig.hall.panic_mute_all()
    assert panic.wait(10.0) and panic.failures == []
    assert all(ch.muted for ch in rig.mics.channels.values())
    assert mic_sets(rig.mics.received_frames())[-1] == "< SET 0 AUDIO_MUTE ON >"
    assert any("PANIC" in e.message for e in rig.log.recent(min_severity="warning"))


def test_cue_delay_is_kept(rig: SimulatedHall) -> None:
    before = len(rig.mics.received_frames())
    started = time.monotonic()
    run = rig.hall.execute(
        item("Delayed", microphones=(MicrophoneCue(live=(2,), delay=0.4),)), print
    )
    assert not run.done
    assert run.wait(10.0)
    assert time.monotonic() - started >= 0.39
    assert mic_sets(rig.mics.received_frames()[before:])[-1] == "< SET 2 AUDIO_MUTE OFF >"


def test_device_offline_at_go_fails_the_cue_with_its_reason(rig: SimulatedHall) -> None:
    sheet = RunSheet(
        Event(
            title="Offline",
            scheduled_start=rig.clock.wall(),
            items=[item("Slides", projector=ProjectorCue(source="HDMI1"))],
        )
    )
    engine = ShowEngine(sheet, rig.hall, rig.clock, log=rig.log)
    events: list[EngineEvent] = []
    engine.add_listener(events.append)
    rig.projector.drop_link()
    projector = rig.hall.drivers["projector"]
    assert rig.wait_until(lambda: projector.status.state is not LinkState.OK, 15.0)
    engine.go()
    assert engine.last_cue_run.wait(15.0)
    failed = [e for e in events if e.kind == CUE_FAILED]
    assert len(failed) == 1
    assert failed[0].device == "projector" and failed[0].index == 0
    assert "set_source('HDMI1')" == engine.cue_failures(0)[0].command
    assert failed[0].reason  # the driver's words, e.g. "DeviceOffline: ..."
    errors = rig.log.recent(source="projector", min_severity="error")
    assert errors and failed[0].reason in errors[-1].message


def test_refused_command_fails_the_cue_with_the_decoded_reason(rig: SimulatedHall) -> None:
    rig.projector.lamp_failure()
    sheet = RunSheet(
        Event(
            title="Refused",
            scheduled_start=rig.clock.wall(),
            items=[item("Slides", projector=ProjectorCue(power=True, blank=False))],
        )
    )
    engine = ShowEngine(sheet, rig.hall, rig.clock, log=rig.log)
    events: list[EngineEvent] = []
    engine.add_listener(events.append)
    engine.go()
    assert engine.last_cue_run.wait(60.0)
    failed = [e for e in events if e.kind == CUE_FAILED]
    assert [(e.index, e.device) for e in failed] == [(0, "projector")]
    assert [f.command for f in engine.cue_failures(0)] == ["power_on()"]
    assert "CommandRefused" in failed[0].reason
    assert "lamp" in failed[0].reason.lower()  # decoded from ERR? by the driver
    errors = rig.log.recent(source="projector", min_severity="error")
    assert errors and "lamp" in errors[-1].message.lower()


def test_silent_switcher_times_out(rig: SimulatedHall) -> None:
    rig.switcher.set_silent(True)
    failures: list[CueFailure] = []
    started = time.monotonic()
    run = rig.hall.execute(item("Cut", switcher=SwitcherCue(program=4)), failures.append)
    assert run.wait(15.0)
    assert [f.device for f in failures] == ["switcher"]
    assert "Timeout" in failures[0].reason or "Offline" in failures[0].reason
    assert time.monotonic() - started < 5.0  # within the driver's command timeout


def test_unknown_device_and_channel_are_reported_not_raised(rig: SimulatedHall) -> None:
    failures: list[CueFailure] = []
    run = rig.hall.execute(
        item(
            "Bad",
            switcher=SwitcherCue(device="vision-mixer", program=1),
            microphones=(MicrophoneCue(live=(9,)),),
        ),
        failures.append,
    )
    assert run.wait(10.0)
    reasons = {f.device: f.reason for f in failures}
    assert "no such device" in reasons["vision-mixer"]
    assert "9" in reasons["mics"]


def test_presenter_timer_shows_mic_live_for_the_live_items_microphones(rig: SimulatedHall) -> None:
    from controlroom.timer import PresenterTimer

    items = [
        item("Speaker", microphones=(MicrophoneCue(live=(3,)),)),
        item("Break", ItemKind.BREAK),
    ]
    sheet = RunSheet(Event(title="Mic live", scheduled_start=rig.clock.wall(), items=items))
    engine = ShowEngine(sheet, rig.hall, rig.clock)
    timer = PresenterTimer(rig.clock)
    engine.attach_timer(timer)
    assert engine.go() and engine.last_cue_run.wait(10.0)
    assert rig.wait_until(lambda: timer.snapshot().mic_live)
    rig.mics.press_mute(3)  # the speaker mutes at the lectern
    assert rig.wait_until(lambda: not timer.snapshot().mic_live)
    rig.mics.press_mute(3)
    assert rig.wait_until(lambda: timer.snapshot().mic_live)
    rig.clock.advance(1.0)
    assert engine.go() and engine.last_cue_run.wait(10.0)
    assert rig.wait_until(lambda: not timer.snapshot().mic_live)


def test_panel_commands_are_logged_as_operator_actions(rig: SimulatedHall) -> None:
    future = rig.hall.operator_command("switcher", SetProgram(6))
    assert future is not None and future.result(5.0) == 6
    assert rig.switcher.program == 6
    actions = rig.log.recent(source="operator")
    assert [e.message for e in actions] == ["switcher: program(6)"]
    assert [e.message for e in rig.log.recent(source="switcher") if e.kind == "command"] == [
        "program(6)"
    ]


def test_a_command_of_another_kind_or_a_cue_on_a_device_of_another_kind_is_a_failure(
    rig: SimulatedHall,
) -> None:
    failures: list[CueFailure] = []
    assert rig.hall.send("mics", SetProgram(1), on_failure=failures.append) is None
    run = rig.hall.execute(item("Wrong", switcher=SwitcherCue(device="projector")), failures.append)
    assert run.wait(5.0)
    assert [(f.device, f.command, f.reason) for f in failures] == [
        ("mics", "program(1)", "program(1) is not a microphones command"),
        ("projector", "switcher cue", "device 'projector' is a projector, not a switcher"),
    ]
    assert not [e for e in rig.log.recent(source="projector") if e.kind == "command"]


def test_closed_engine_lets_go_of_the_hall_and_the_run_sheet(rig: SimulatedHall) -> None:
    from controlroom.timer import PresenterTimer

    items = [item("Speaker", microphones=(MicrophoneCue(live=(2,)),)), item("Next")]
    sheet = RunSheet(Event(title="Close", scheduled_start=rig.clock.wall(), items=items))
    engine = ShowEngine(sheet, rig.hall, rig.clock)
    timer = PresenterTimer(rig.clock)
    engine.attach_timer(timer)
    assert engine.go() and engine.last_cue_run.wait(10.0)
    assert rig.wait_until(lambda: timer.snapshot().mic_live)
    engine.close()
    rig.mics.press_mute(2)
    mics = rig.hall.drivers["mics"]
    assert rig.wait_until(lambda: mics.state.channels[2].muted is True)
    assert timer.snapshot().mic_live  # no longer driven by the closed engine
    sheet.insert_item(0, Item(title="Inserted"))
    assert engine.live_index == 0  # no longer following the run-sheet


def test_stop_mutes_every_microphone_and_says_so(rig: SimulatedHall) -> None:
    """The stop policy: nothing is planned live after a stop, so no channel stays open."""
    items = [item("Speakers", microphones=(MicrophoneCue(live=(1, 2, 4)),)), item("Next")]
    sheet = RunSheet(Event(title="Stop", scheduled_start=rig.clock.wall(), items=items))
    engine = ShowEngine(sheet, rig.hall, rig.clock, log=rig.log)
    assert engine.go() and engine.last_cue_run.wait(10.0)
    assert rig.wait_until(lambda: [n for n, ch in rig.mics.channels.items() if not ch.muted]
                          == [1, 2, 4])
    engine.stop()
    assert rig.wait_until(lambda: all(ch.muted for ch in rig.mics.channels.values()))
    assert mic_sets(rig.mics.received_frames())[-1] == "< SET 0 AUDIO_MUTE ON >"
    assert any(
        "stop: every microphone muted" in e.message for e in rig.log.recent(min_severity="warning")
    )
    assert engine.standby_index == 1  # standby stays where it was
