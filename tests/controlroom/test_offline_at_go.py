"""A cue for a device that is not OK at GO fails at once, with the device's reason.

Issue 10: with the projector link dropped during a warm-up, GO on an item that
needs HDMI2 was reported only after the 130 s power watchdog. Real simulators.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from conftest_engine import SimulatedHall

from controlroom.cues import ItemCues, ProjectorCue
from controlroom.engine import CUE_FAILED, EngineEvent, ShowEngine
from controlroom.equipment import offline_reason
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet
from devices.base import DeviceStatus, LinkState
from devices.text import Text

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def rig() -> Iterator[SimulatedHall]:
    rig = SimulatedHall(warmup_s=60.0)  # a warm-up that outlasts the test
    try:
        statuses = rig.hall.wait_until_ok(10.0)
        assert all(s.state is LinkState.OK for s in statuses.values()), statuses
        yield rig
    finally:
        rig.close()


def test_cue_to_a_projector_dropped_while_warming_up_fails_at_go(rig: SimulatedHall) -> None:
    projector = rig.hall.drivers["projector"]
    projector.power_on().result(10.0)  # warming up: the driver holds source commands
    rig.projector.drop_link()
    assert rig.wait_until(lambda: projector.status.state is not LinkState.OK, 20.0)
    sheet = RunSheet(
        Event(
            title="Offline",
            scheduled_start=rig.clock.wall(),
            items=[
                Item(
                    title="Slides",
                    planned_duration=60,
                    cues=ItemCues((ProjectorCue(source="HDMI2"),)),
                )
            ],
        )
    )
    engine = ShowEngine(sheet, rig.hall, rig.clock, log=rig.log)
    arrived: list[tuple[float, EngineEvent]] = []
    engine.add_listener(lambda event: arrived.append((time.monotonic(), event)))
    went = time.monotonic()
    assert engine.go()
    assert engine.last_cue_run.wait(5.0)  # settled at once, not after a 130 s watchdog
    failed = [(when, event) for when, event in arrived if event.kind == CUE_FAILED]
    assert len(failed) == 1
    when, event = failed[0]
    assert when - went < 1.5
    assert event.device == "projector" and event.index == 0
    status = projector.status
    assert event.reason.startswith(status.state.value)
    assert status.reason and status.reason in event.reason
    assert [f.command for f in engine.cue_failures(0)] == ["set_source('HDMI2')"]


@pytest.mark.parametrize(
    ("state", "reason", "expected"),
    [
        (LinkState.OFFLINE, "no answer for 4 s", "offline: no answer for 4 s"),
        (LinkState.FAILED, "port vanished", "failed: port vanished"),
        (LinkState.BAD_CONFIG, "no such port", "bad config: no such port"),
        (LinkState.CONNECTING, "", "connecting: the device is not connected"),
    ],
)
def test_offline_reason_names_the_state_and_the_device_reason(
    state: LinkState, reason: str, expected: str
) -> None:
    text = offline_reason(DeviceStatus(state, reason))
    assert text == expected
    assert isinstance(text, Text)


def test_an_ok_device_has_no_offline_reason() -> None:
    assert offline_reason(DeviceStatus(LinkState.OK)) is None
