"""The readiness check: cue names against the hall file, device states, and the command line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import partial
from pathlib import Path

import pytest
from cli_runner import controlroom as run_controlroom
from conftest_engine import SimulatedHall

from controlroom.check import FIRST_ITEM, check_cues, check_standby, run_check
from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.model import Event, Item
from controlroom.storage import Database
from devices.base import LinkState
from devices.hall_file import default_hall_path, load_hall
from devices.text import Text

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 26, 10, 0)

pytestmark = pytest.mark.timeout(90)


def good_event() -> Event:
    return Event(
        title="Брифинг",
        scheduled_start=START,
        items=[
            Item(
                title="Ашылу",
                planned_duration=60,
                cues=ItemCues(
                    (
                        SwitcherCue(program=3, preview=0),
                        *(MicrophoneCue(live=(1,), gains_db=((1, 3.0),)),),
                        ProjectorCue(power=True, source="HDMI1", blank=False),
                    )
                ),
            ),
            Item(title="No cues", planned_duration=60),
        ],
    )


def bad_event() -> Event:
    return Event(
        title="Wrong cues",
        scheduled_start=START,
        items=[
            Item(
                title="Cut to nowhere",
                planned_duration=60,
                cues=ItemCues((SwitcherCue(program=9),)),
            ),
            Item(
                title="Mics",
                planned_duration=60,
                cues=ItemCues((*(MicrophoneCue(live=(2, 8), gains_db=((7, 1.0),)),),)),
            ),
            Item(
                title="Slides",
                planned_duration=60,
                cues=ItemCues((ProjectorCue(source="HDMI3"),)),
            ),
            Item(
                title="Wrong kinds",
                planned_duration=60,
                cues=ItemCues(
                    (
                        SwitcherCue(device="mics", program=1),
                        ProjectorCue(device="beamer", blank=True),
                    )
                ),
            ),
        ],
    )


def test_cues_that_fit_the_hall_pass() -> None:
    assert check_cues(good_event(), load_hall(default_hall_path())) == []


def test_every_wrong_name_is_reported_with_where_and_why() -> None:
    problems = {p.where: p.reason for p in check_cues(bad_event(), load_hall(default_hall_path()))}
    assert problems == {
        "item 1 'Cut to nowhere' cues.switcher.program": (
            "input 9 is not an input of switcher 'switcher' (inputs: 1, 2, 3, 4, 5, 6)"
        ),
        "item 2 'Mics' cues.microphones[0].live": (
            "channel 8 is not a channel of 'mics' (channels: 1, 2, 3, 4)"
        ),
        "item 2 'Mics' cues.microphones[0].gains_db.7": (
            "channel 7 is not a channel of 'mics' (channels: 1, 2, 3, 4)"
        ),
        "item 3 'Slides' cues.projector.source": (
            "'HDMI3' is not a source of projector 'projector' "
            "(sources: Computer1, Computer2, HDMI1, HDMI2, Video, USB, LAN)"
        ),
        "item 4 'Wrong kinds' cues.switcher.device": (
            "device 'mics' is a microphones, not a switcher"
        ),
        "item 4 'Wrong kinds' cues.projector.device": "no device 'beamer' in hall 'Press hall'",
    }


@pytest.fixture
def rig() -> Iterator[SimulatedHall]:
    rig = SimulatedHall()
    try:
        yield rig
    finally:
        rig.close()


def test_ready_hall_is_go(rig: SimulatedHall) -> None:
    report = run_check(rig.config, good_event(), hall=rig.hall, timeout=10.0)
    assert report.go, report.text()
    assert [d.device for d in report.devices] == ["switcher", "projector", "mics"]
    assert all(d.ok for d in report.devices)
    assert report.text().splitlines()[-1] == "GO"


def test_lamp_failure_and_flat_battery_are_no_go(rig: SimulatedHall) -> None:
    assert all(s.state is LinkState.OK for s in rig.hall.wait_until_ok(10.0).values())
    rig.projector.lamp_failure()
    rig.mics.battery_dead(1)
    mics = rig.hall.drivers["mics"]
    assert rig.wait_until(lambda: mics.state.channels[1].battery_bars == 0)
    report = run_check(rig.config, good_event(), hall=rig.hall, timeout=10.0)
    assert not report.go
    reasons = {p.where: p.reason for p in report.problems}
    assert "lamp" in reasons["device 'projector'"].lower()
    assert "battery empty on channel 1 Chair" in reasons["device 'mics'"]
    assert "NO-GO: 2 problems" in report.text()


def test_silent_device_is_no_go_with_its_reason(rig: SimulatedHall) -> None:
    assert all(s.state is LinkState.OK for s in rig.hall.wait_until_ok(10.0).values())
    rig.mics.set_silent(True)
    mics = rig.hall.drivers["mics"]
    assert rig.wait_until(lambda: mics.status.state is not LinkState.OK, 15.0)
    report = run_check(rig.config, None, hall=rig.hall, timeout=1.0)
    assert not report.go
    (problem,) = report.problems
    assert problem.where == "device 'mics'" and problem.reason.startswith(mics.status.state.value)


# -- the command line ------------------------------------------------------------------------


controlroom = partial(run_controlroom, timeout=120)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[tuple[Path, int, int]]:  # a path and 2 events, for the CLI
    path = tmp_path / "check.db"
    with Database.open(path) as db:
        yield path, db.create_event(good_event()), db.create_event(bad_event())


def test_cli_rehearsal_is_go(database: tuple[Path, int, int]) -> None:
    path, good_id, _bad_id = database
    result = controlroom("check", "--rehearsal", "--db", str(path), "--event", str(good_id))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(rehearsal)" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "GO"


def test_cli_bad_cues_are_no_go(database: tuple[Path, int, int]) -> None:
    path, _good_id, bad_id = database
    result = controlroom("--db", str(path), "check", "--rehearsal", "--event", str(bad_id))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "NO-GO: 6 problems" in result.stdout
    assert "item 1 'Cut to nowhere' cues.switcher.program: input 9" in result.stdout


def test_cli_live_without_equipment_is_no_go(tmp_path: Path) -> None:
    hall = tmp_path / "hall.toml"
    hall.write_text(
        'name = "Empty desk"\n[[devices]]\nid = "mics"\nkind = "microphones"\n'
        f'model = "ULX-D"\nport = "{tmp_path / "no-such-port"}"\n[devices.channels]\n1 = "Chair"\n',
        encoding="utf-8",
    )
    result = controlroom("check", "--hall", str(hall), "--timeout", "1")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "(live)" in result.stdout and "device 'mics'" in result.stdout


def test_cli_bad_input_exits_2(tmp_path: Path, database: tuple[Path, int, int]) -> None:
    hall = tmp_path / "broken.toml"
    hall.write_text('name = "Broken"\n[[devices]]\nid = "x"\n', encoding="utf-8")
    result = controlroom("check", "--hall", str(hall))
    assert result.returncode == 2
    assert "broken.toml" in result.stderr and result.stdout == ""
    path, _good, _bad = database
    result = controlroom("check", "--rehearsal", "--db", str(path), "--event", "4242")
    assert result.returncode == 2
    assert "4242" in result.stderr


# -- standby (issue 10: a new event starts with nothing in standby) ----------------------------


def test_nothing_in_standby_is_no_go() -> None:
    event = good_event()
    standby, problems = check_standby(event, None)
    assert standby is None
    assert [(p.where, p.reason) for p in problems] == [
        ("standby", "nothing is in standby: GO would start nothing")
    ]
    assert isinstance(problems[0].reason, Text)
    assert check_standby(event, 1) == (1, [])
    # Without an engine (the command line) GO would start item 1...
    assert check_standby(event, FIRST_ITEM) == (0, [])
    # ...and past the end is nothing.
    assert check_standby(event, len(event.items))[0] is None


def test_an_empty_event_is_no_go_without_an_engine() -> None:
    empty = Event(title="Empty", scheduled_start=good_event().scheduled_start, items=[])
    standby, problems = check_standby(empty, FIRST_ITEM)
    assert standby is None
    assert [p.reason for p in problems] == ["the event has no items: GO would start nothing"]


def test_the_console_check_is_no_go_when_its_engine_has_nothing_in_standby(
    rig: SimulatedHall,
) -> None:
    assert all(s.state is LinkState.OK for s in rig.hall.wait_until_ok(10.0).values())
    report = run_check(rig.config, good_event(), hall=rig.hall, timeout=10.0, standby=None)
    assert not report.go
    assert [str(p) for p in report.problems] == [
        "standby: nothing is in standby: GO would start nothing"
    ]
    assert "Standby: nothing" in report.text()
    report = run_check(rig.config, good_event(), hall=rig.hall, timeout=10.0, standby=0)
    assert report.go and report.standby == 0


def test_cli_empty_event_is_no_go(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    with Database.open(path) as db:
        event_id = db.create_event(
            Event(title="Empty", scheduled_start=datetime(2026, 12, 3, 10, 0), items=[])
        )
    result = controlroom("check", "--rehearsal", "--db", str(path), "--event", str(event_id))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "standby: the event has no items: GO would start nothing" in result.stdout
