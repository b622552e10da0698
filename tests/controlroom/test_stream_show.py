"""OBS in the show, headless: chapters at GO, alarms logged per start and end, outages in the
report, ON AIR for the presenter timer and the remote pages.

Each test runs an :class:`Equipment` whose one device is OBS, reached at a real
obs-websocket simulator on loopback (``devices/streaming/simulator.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest_engine import wait_for

from controlroom.check import run_check
from controlroom.clock import ManualClock
from controlroom.cues import ItemCues
from controlroom.engine import CUE_FAILED, EngineEvent, ShowEngine
from controlroom.equipment import Equipment
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item
from controlroom.remote.state import snapshot_state
from controlroom.report import outages
from controlroom.runsheet import RunSheet
from controlroom.showfile import read_show_file
from controlroom.timer import PresenterTimer
from devices.base import LinkState
from devices.hall_file import HallConfig, default_hall_path, load_hall, parse_hall
from devices.registry import build_driver
from devices.streaming.kind import STREAMING, StartRecord, StartStream, StreamingCue
from devices.streaming.simulator import StreamingSimulator

pytestmark = pytest.mark.timeout(60)

START = datetime(2026, 12, 3, 11, 0)
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
HALL = (
    'name = "Stream desk"\n[[devices]]\nid = "stream"\nkind = "streaming"\n'
    'host = "127.0.0.1"\npassword = "s3cret"\n'
)


class Rig:
    def __init__(self, simulator: StreamingSimulator, hall: Equipment, log: EventLog) -> None:
        self.simulator, self.hall, self.log = simulator, hall, log

    def messages(self) -> list[str]:
        return [e.message for e in self.log.recent(source="stream")]


def start_rig(**simulator_options: Any) -> Rig:
    simulator = StreamingSimulator(password="s3cret", **simulator_options)
    url = simulator.start()
    config = parse_hall(HALL)
    config = HallConfig(config.name, [STREAMING.with_url(config.devices[0], url)])
    log = EventLog(None, ManualClock(start_wall=START))
    hall = Equipment(config, {"stream": build_driver(config.devices[0])}, log=log)
    hall.start()
    assert hall.wait_until_ok(10.0)["stream"].state is LinkState.OK
    return Rig(simulator, hall, log)


@pytest.fixture
def rig() -> Iterator[Rig]:
    rig = start_rig()
    try:
        yield rig
    finally:
        rig.hall.close()
        rig.simulator.stop()


@pytest.fixture
def old_obs() -> Iterator[Rig]:
    rig = start_rig(obs_version="30.0.2")
    try:
        yield rig
    finally:
        rig.hall.close()
        rig.simulator.stop()


def engine_for(rig: Rig, *titles: str, first: StreamingCue | None = None) -> ShowEngine:
    """A show of ``titles`` on ``rig``'s OBS; the first item carries ``first``."""
    items = [Item(title=t, planned_duration=60) for t in titles]
    if first is not None:
        items[0] = Item(title=titles[0], planned_duration=60, cues=ItemCues((first,)))
    runsheet = RunSheet(Event(title="Briefing", scheduled_start=START, items=items))
    return ShowEngine(runsheet, rig.hall, ManualClock(start_wall=START), lockout_s=0.0,
                      log=rig.log)


def test_each_go_while_recording_marks_a_chapter_named_after_the_item(rig: Rig) -> None:
    engine = engine_for(rig, "Opening", "Statement", "Questions",
                        first=StreamingCue(device="stream", stream=True, record=True))
    failures: list[EngineEvent] = []
    engine.add_listener(lambda e: failures.append(e) if e.kind == CUE_FAILED else None)
    assert engine.go()
    assert wait_for(rig.hall, lambda: rig.hall.drivers["stream"].state.recording)
    assert engine.go() and engine.go()
    assert rig.simulator.wait_received("CreateRecordChapter", 2)
    assert rig.simulator.chapters_made == ["Statement", "Questions"]
    assert failures == []


def test_an_obs_without_chapters_is_said_once_and_the_show_goes_on(old_obs: Rig) -> None:
    assert old_obs.hall.send("stream", StartRecord()) is not None
    assert wait_for(old_obs.hall, lambda: old_obs.hall.drivers["stream"].state.recording)
    engine = engine_for(old_obs, "Opening", "Statement", "Questions")
    failures: list[EngineEvent] = []
    engine.add_listener(lambda e: failures.append(e) if e.kind == CUE_FAILED else None)
    for _ in range(3):
        assert engine.go()
        assert engine.last_cue_run.wait(5.0)
    notes = [m for m in old_obs.messages() if "cannot mark record chapters" in m]
    assert notes == [
        "OBS 30.0.2 cannot mark record chapters (they need OBS 30.2 or later): "
        "going on without chapter markers"
    ]
    assert old_obs.simulator.requests_of("CreateRecordChapter") == []
    assert failures == []


def test_an_alarm_is_logged_once_when_it_starts_and_once_when_it_ends(rig: Rig) -> None:
    rig.hall.send("stream", StartStream())
    assert wait_for(rig.hall, lambda: rig.hall.drivers["stream"].state.on_air)
    rig.simulator.set_congestion(0.9)
    assert wait_for(rig.hall, lambda: "alarm: stream congested" in rig.messages())
    assert rig.hall.alarms() == {"stream": ("stream congested",)}
    polls = len(rig.simulator.requests_of("GetStreamStatus"))
    assert rig.simulator.wait_received("GetStreamStatus", polls + 2)  # two more polls: no repeat
    rig.simulator.set_congestion(0.0)
    assert wait_for(rig.hall, lambda: "alarm over: stream congested" in rig.messages())
    assert rig.messages().count("alarm: stream congested") == 1
    assert rig.messages().count("alarm over: stream congested") == 1
    assert rig.hall.alarms() == {}
    (outage,) = outages(rig.log.recent())
    assert (outage.device, outage.what, outage.end is not None) == ("stream", "stream congested",
                                                                     True)


def test_an_alarm_still_on_is_an_outage_without_an_end(rig: Rig) -> None:
    rig.hall.send("stream", StartStream())
    assert wait_for(rig.hall, lambda: rig.hall.drivers["stream"].state.on_air)
    rig.simulator.end_stream()
    assert wait_for(rig.hall, lambda: "alarm: stream dropped" in rig.messages())
    (outage,) = outages(rig.log.recent())
    assert (outage.what, outage.end, outage.duration_s) == ("stream dropped", None, None)


def test_on_air_reaches_the_presenter_timer_and_the_remote_state(rig: Rig) -> None:
    engine = engine_for(rig, "Opening")
    timer = PresenterTimer(ManualClock(start_wall=START))
    engine.attach_timer(timer)
    devices = rig.hall.statuses()
    assert snapshot_state(engine, timer, devices, True, True, START)["on_air"] is False
    rig.hall.send("stream", StartStream())
    rig.hall.send("stream", StartRecord())
    assert wait_for(rig.hall, lambda: timer.snapshot().on_air and timer.snapshot().recording)
    assert snapshot_state(engine, timer, devices, True, True, START)["on_air"] is True
    # Reconnecting is not on air; the recording goes on.
    rig.simulator.set_reconnecting(True)
    assert wait_for(rig.hall, lambda: not timer.snapshot().on_air)
    assert timer.snapshot().recording
    rig.simulator.set_reconnecting(False)
    assert wait_for(rig.hall, lambda: timer.snapshot().on_air)
    # The link to OBS lost: not on air (nothing is known).
    rig.simulator.drop_link()
    assert wait_for(rig.hall, lambda: not timer.snapshot().on_air)
    assert not timer.snapshot().recording


@pytest.fixture
def default_hall() -> Iterator[Equipment]:
    hall = Equipment.rehearsal(
        load_hall(default_hall_path()), projector_warmup_s=0.3, projector_cooldown_s=0.3
    )
    try:
        yield hall
    finally:
        hall.close()


def test_readiness_of_the_default_hall_in_rehearsal_asks_obs(default_hall: Equipment) -> None:
    event = read_show_file(SAMPLES / "press_conference.json")
    report = run_check(default_hall.config, event, hall=default_hall, timeout=10.0)
    assert report.go, report.text()
    assert any(d.device == "stream" and d.ok for d in report.devices)
    # OBS loses the scene the cues name and its stream service: no-go, saying both.
    obs = default_hall.simulator("stream")
    obs.set_scenes(["Starting soon", "Slides"])
    obs.stream_configured = False
    report = run_check(default_hall.config, event, hall=default_hall, timeout=10.0)
    assert not report.go
    (stream,) = [d for d in report.devices if d.device == "stream"]
    assert "OBS has no scene 'Break', 'Speaker'" in stream.reason
    assert "no stream service configured" in stream.reason
