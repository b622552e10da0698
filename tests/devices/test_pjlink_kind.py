"""The PJLink kind declaration: hall-file section (one clear line per mistake), cue, simulator."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import pytest
from conftest_pjlink import PATIENCE_S

from devices.base import ConfigError, LinkState
from devices.hall_file import HallFileReader
from devices.kind import CueChange, CueProblem, DeviceCommand, SimulatorOptions
from devices.pjlink.driver import PJLinkState
from devices.pjlink.kind import (
    PJLINK,
    CueError,
    PJLinkConfig,
    PJLinkCue,
    PowerOff,
    PowerOn,
    SetAvMute,
    SetInput,
)
from devices.pjlink.pjlink import PowerState

GOOD = """
id = "display"
kind = "pjlink"
host = "192.168.0.31"
password = "JBMIAProjectorLink"
[inputs]
HDMI1 = "31"
Laptop = "3a"
"""


def read(text: str) -> PJLinkConfig:
    table = tomllib.loads(text)
    return PJLINK.read_config(HallFileReader("hall.toml"), table, "devices[1]", table["id"])


def test_reads_a_good_section() -> None:
    config = read(GOOD)
    assert config == PJLinkConfig(
        id="display",
        host="192.168.0.31",
        port=4352,
        password="JBMIAProjectorLink",
        inputs={"HDMI1": "31", "Laptop": "3A"},
    )
    assert config.problem() == ""


def test_missing_host_is_one_line() -> None:
    with pytest.raises(ConfigError) as caught:
        read(GOOD.replace('host = "192.168.0.31"', ""))
    assert str(caught.value) == "hall.toml: devices[1].host: missing"


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ('Laptop = "3a"', 'Laptop = "71"', "devices[1].inputs.Laptop: '71' is not a PJLink input"),
        ('Laptop = "3a"', 'Laptop = "31"', "devices[1].inputs.Laptop: code '31' is already used"),
        ('Laptop = "3a"', "Laptop = 31", "devices[1].inputs.Laptop: 31 is not a PJLink input"),
        ('host = "192.168.0.31"', 'host = "pjlink://x"', "devices[1].host: 'pjlink://x'"),
        ('password = "JBMIAProjectorLink"', 'password = ""', "devices[1].password: must not"),
        ('password = "JBMIAProjectorLink"', 'password = "' + "x" * 33 + '"', "at most 32"),
        ('host = "192.168.0.31"', 'host = "h"\nport = 70000', "devices[1].port: 70000 is out"),
        ('host = "192.168.0.31"', 'host = "h"\nbaud = 1', "devices[1].baud: unknown key"),
    ],
)
def test_bad_sections_get_one_clear_line(old: str, new: str, where: str) -> None:
    with pytest.raises(ConfigError) as caught:
        read(GOOD.replace(old, new))
    text = str(caught.value)
    assert text.startswith("hall.toml: ") and where in text and "\n" not in text


def test_cue_json_has_the_projector_cue_shape() -> None:
    data = {"device": "display", "power": True, "source": "HDMI1", "blank": False, "delay": 2}
    cue = PJLINK.cue_from_dict(data, "items[0].cues.pjlink")
    assert cue == PJLinkCue("display", 2.0, True, "HDMI1", False)
    assert PJLINK.cue_to_dict(cue) == data
    assert PJLINK.cue_to_dict(PJLinkCue("display")) == {"device": "display"}
    with pytest.raises(CueError, match=r"items\[0\].cues.pjlink.power: must be true"):
        PJLINK.cue_from_dict({"power": "yes"}, "items[0].cues.pjlink")
    with pytest.raises(CueError, match=r"pjlink.lamp: unknown key"):
        PJLINK.cue_from_dict({"lamp": 1}, "pjlink")


class RecordingContext:
    """A CueContext that records the commands and completes power at once."""

    def __init__(self) -> None:
        self.sent: list[DeviceCommand] = []
        self.notes: list[str] = []

    def send(self, command: DeviceCommand, *, watchdog_s: float | None = None) -> Future[Any]:
        self.sent.append(command)
        future: Future[Any] = Future()
        future.set_result(None)
        return future

    def then(self, future: Future[Any] | None, action: Callable[[], Any]) -> None:
        if future is not None and future.exception() is None:
            action()

    def note(self, text: str) -> None:
        self.notes.append(text)


def test_execute_cue_power_input_blank_in_order() -> None:
    config = read(GOOD)
    ctx = RecordingContext()
    cue = PJLinkCue("display", power=True, source="HDMI1", blank=True)
    PJLINK.execute_cue(cue, config, PJLinkState(), ctx)
    assert ctx.sent == [PowerOn(), SetInput("HDMI1"), SetAvMute(True)]
    off = RecordingContext()
    PJLINK.execute_cue(
        PJLinkCue("display", power=False, blank=True), config, PJLinkState(PowerState.ON), off
    )
    assert off.sent == [SetAvMute(True), PowerOff()]
    idle = RecordingContext()
    PJLINK.execute_cue(
        PJLinkCue("display", blank=True), config, PJLinkState(PowerState.STANDBY), idle
    )
    assert idle.sent == [] and idle.notes == ["blank: left as is, the display is off"]


def test_diff_and_check_cue() -> None:
    config = read(GOOD)
    state = PJLinkState(PowerState.STANDBY, source="HDMI1", blank=False)
    cue = PJLinkCue("display", power=True, source="Laptop", blank=True)
    assert PJLINK.diff(cue, config, state) == [
        CueChange("display", "power", "standby", "on"),
        CueChange("display", "source", "HDMI1", "Laptop"),
        CueChange("display", "blank", "showing", "blank"),
    ]
    assert PJLINK.diff(PJLinkCue("display", power=True), config, PJLinkState(PowerState.ON)) == []
    assert PJLINK.check_cue(PJLinkCue("display", source="DVD"), config, "items[2].cues.pjlink") == [
        CueProblem(
            "items[2].cues.pjlink.source", "display has no input 'DVD' (known: HDMI1, Laptop)"
        )
    ]


def test_simulator_from_the_kind_and_a_driver_through_dispatch() -> None:
    config = read(GOOD)
    running = PJLINK.start_simulator(
        config, SimulatorOptions(projector_warmup_s=0.2, projector_cooldown_s=0.2)
    )
    driver: Any = PJLINK.build_driver(running.config)
    try:
        assert running.simulator.pjlink_class == 2  # a class 2 input code asks for class 2
        driver.start()
        assert PJLINK.readiness_question(driver).result(PATIENCE_S) == "0"  # type: ignore[union-attr]
        assert driver.status.state is LinkState.OK
        assert PJLINK.dispatch(driver, PowerOn()).result(PATIENCE_S) is None
        assert PJLINK.dispatch(driver, SetInput("Laptop")).result(PATIENCE_S) is None
        assert running.simulator.input_code == "3A"
        with pytest.raises(TypeError):
            PJLINK.dispatch(driver, DeviceCommand())
    finally:
        driver.stop()
        running.stop()
