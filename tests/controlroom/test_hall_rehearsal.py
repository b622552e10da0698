"""A whole rehearsal through Equipment.rehearsal (SimulatorHost): GO through every item of a show.

The expected commands are derived from each item's cues by the rules of
``controlroom/hall.py`` (written out again here, independently), and compared
with what the simulators really received, in order.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest_engine import wait_for
from cue_expectations import (
    expected_mics,
    expected_switcher,
    mic_sets,
    projector_sets,
    switcher_commands,
)

from controlroom.clock import ManualClock
from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.engine import CUE_FAILED, EngineEvent, ShowEngine
from controlroom.equipment import Equipment
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.timer import PresenterTimer
from devices.base import LinkState
from devices.hall_file import default_hall_path, load_hall, parse_hall
from devices.microphones.kind import MicrophonesConfig
from devices.projector.kind import ProjectorConfig

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "press_conference.json"
START = datetime(2026, 11, 26, 10, 0)

pytestmark = pytest.mark.timeout(120)


def own_show() -> Event:
    """A short show touching every cue rule (used beside the sample press conference)."""

    def item(title: str, kind: ItemKind = ItemKind.SEGMENT, **cues: Any) -> Item:
        flat = [c for v in cues.values() for c in (v if isinstance(v, tuple) else (v,))]
        return Item(title=title, planned_duration=120, kind=kind, cues=ItemCues(tuple(flat)))

    return Event(
        title="Rehearsal",
        scheduled_start=START,
        items=[
            item(
                "Opening",
                switcher=SwitcherCue(program=3),
                microphones=(MicrophoneCue(live=(1,)),),
                projector=ProjectorCue(power=True, blank=True),
            ),
            item(
                "Statement",
                switcher=SwitcherCue(program=2, preview=3, transition="auto"),
                microphones=(MicrophoneCue(live=(2,), gains_db=((2, 4.0),)),),
            ),
            item(
                "Slides",
                switcher=SwitcherCue(program=5, preview=2),
                microphones=(MicrophoneCue(live=(3,)),),
                projector=ProjectorCue(source="HDMI1", blank=False),
            ),
            item("Break", ItemKind.BREAK, switcher=SwitcherCue(program=1)),
            item("No cues"),
        ],
    )


def sample_show() -> Event:
    from controlroom.showfile import read_show_file

    return read_show_file(SAMPLE)


@pytest.fixture
def hall() -> Iterator[Equipment]:
    clock = ManualClock(start_wall=START)
    hall = Equipment.rehearsal(
        load_hall(default_hall_path()),
        clock=None,
        log=EventLog(None, clock),
        projector_warmup_s=0.3,
        projector_cooldown_s=0.3,
    )
    try:
        statuses = hall.wait_until_ok(10.0)
        assert all(s.state is LinkState.OK for s in statuses.values()), statuses
        yield hall
    finally:
        hall.close()


@pytest.mark.parametrize("show", ["own", "sample"])
def test_go_through_every_item(hall: Equipment, show: str) -> None:
    if show == "sample" and not SAMPLE.exists():
        pytest.fail(f"{SAMPLE} is missing (the core helper ships it)")
    event = own_show() if show == "own" else sample_show()
    clock = ManualClock(start_wall=event.scheduled_start)
    engine = ShowEngine(RunSheet(event), hall, clock)
    timer = PresenterTimer(clock)
    engine.attach_timer(timer)
    failures: list[EngineEvent] = []
    engine.add_listener(lambda e: failures.append(e) if e.kind == CUE_FAILED else None)
    switcher, projector, mics = (hall.simulator(d) for d in ("switcher", "projector", "mics"))
    mics_cfg = hall.config.device("mics")
    projector_cfg = hall.config.device("projector")
    assert isinstance(mics_cfg, MicrophonesConfig) and isinstance(projector_cfg, ProjectorConfig)
    channels = sorted(mics_cfg.channels)
    seen = [0, 0, 0]
    # The sample's audience microphones are on a second receiver (an AD4D): checked too.
    audience = hall.simulator("mics-audience") if show == "sample" else None
    audience_seen = 0

    for index, item in enumerate(event.items):
        clock.advance(max(item.planned_duration, 1))
        assert engine.go(), f"GO on item {index + 1} ignored"
        assert engine.last_cue_run.wait(20.0), f"item {index + 1}: commands did not settle"
        assert timer.snapshot().title == item.title
        got_switcher = switcher.received_messages()
        got_mics = mics.received_frames()
        got_projector = projector.received_frames()
        where = f"item {index + 1} '{item.title}'"
        assert switcher_commands(got_switcher[seen[0] :]) == expected_switcher(
            item.cues.first(SwitcherCue)
        ), where
        assert mic_sets(got_mics[seen[1] :]) == expected_mics(item, channels), where
        if audience is not None:
            got_audience = audience.received_frames()
            assert mic_sets(got_audience[audience_seen:]) == expected_mics(
                item, [1, 2], "mics-audience"
            ), where
            audience_seen = len(got_audience)
        sent_to_projector = projector_sets(got_projector[seen[2] :])
        seen = [len(got_switcher), len(got_mics), len(got_projector)]

        # The hall's state now is what the item wanted.
        cues = item.cues
        if cues.first(SwitcherCue) is not None and cues.first(SwitcherCue).program is not None:
            assert switcher.program == cues.first(SwitcherCue).program, where
        if cues.first(SwitcherCue) is not None and cues.first(SwitcherCue).preview is not None:
            assert switcher.preview == cues.first(SwitcherCue).preview, where
        live = (
            set()
            if item.kind is ItemKind.BREAK
            else {n for c in cues.of_type(MicrophoneCue) for n in c.live}
        )
        if item.kind is ItemKind.BREAK or cues.of_type(MicrophoneCue):
            assert {n for n, ch in mics.channels.items() if not ch.muted} == live, where
        pj = cues.first(ProjectorCue)
        if pj is not None and pj.power is True:
            assert sent_to_projector[0] == "PWR ON", where
        if pj is not None and pj.source is not None:
            assert projector.source_code == projector_cfg.sources[pj.source], where
        if pj is not None and pj.blank is not None and projector.power_code == "01":
            assert projector.muted == pj.blank, where
    assert failures == [], [(f.index, f.device, f.reason) for f in failures]
    engine.stop()
    assert timer.snapshot().title != event.items[-1].title or not timer.snapshot().running


def test_rehearsal_faults_reach_the_drivers(hall: Equipment) -> None:
    assert hall.rehearsal_mode
    mics = hall.drivers["mics"]
    hall.simulator("mics").battery_dead(3)
    assert wait_for(hall, lambda: mics.state.channels[3].battery_bars == 0)
    with pytest.raises(KeyError):
        hall.simulator("fog-machine")


def test_live_hall_has_no_simulators(tmp_path: Path) -> None:
    # A live hall on this computer only: tests never reach for the hall's LAN addresses.
    text = (
        'name = "Desk"\n[[devices]]\nid = "switcher"\nkind = "switcher"\nhost = "127.0.0.1"\n'
        'input_count = 4\n[[devices]]\nid = "mics"\nkind = "microphones"\nmodel = "ULX-D"\n'
        f'port = "{tmp_path / "no-such-port"}"\n[devices.channels]\n1 = "Chair"\n'
    )
    hall = Equipment.live(parse_hall(text))
    try:
        assert not hall.rehearsal_mode
        with pytest.raises(RuntimeError, match="live"):
            hall.simulator("mics")
    finally:
        hall.close()
        hall.close()  # twice is fine
