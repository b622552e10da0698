"""The streaming kind's declaration: hall-file table, cues, GO plan, diff, readiness, dispatch."""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import pytest
from conftest_streaming import PASSWORD, SCENES, streaming_rig

from devices.base import CommandRefused, ConfigError, LinkState
from devices.hall_file import HallFileReader
from devices.kind import CueChange, DeviceCommand, SimulatorOptions
from devices.streaming.driver import StreamingState
from devices.streaming.kind import (
    STREAMING,
    CreateRecordChapter,
    CueError,
    SetScene,
    StartRecord,
    StartStream,
    StopRecord,
    StopStream,
    StreamingConfig,
    StreamingCue,
)


def read(toml: str) -> StreamingConfig:
    """Read one ``[device]`` table as the hall file reader would."""
    table = tomllib.loads(toml)["device"]
    config = STREAMING.read_config(HallFileReader("hall.toml"), table, "devices[3]", table["id"])
    assert isinstance(config, StreamingConfig)
    return config


# -- the hall file ---------------------------------------------------------------------------


def test_read_config_full_and_defaults() -> None:
    config = read(
        '[device]\nid = "obs"\nkind = "streaming"\nhost = "10.0.0.5"\nport = 4460\n'
        'password = "pw"\nscenes = ["Intro", "Speaker"]\ncongestion_alarm = 0.3\n'
    )
    assert config == StreamingConfig(
        id="obs", host="10.0.0.5", port=4460, password="pw", scenes=("Intro", "Speaker"),
        congestion_alarm=0.3,
    )  # fmt: skip
    assert config.url == "ws://10.0.0.5:4460"
    plain = read('[device]\nid = "obs"\nkind = "streaming"\nhost = "localhost"\n')
    assert (plain.port, plain.password, plain.scenes) == (4455, "", ())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("port = 0", "devices[3].port: 0 is out of range"),
        ('port = "4455"', "devices[3].port: must be a whole number"),
        ("password = 42", "devices[3].password: must be a string"),
        ('scenes = "Intro"', "devices[3].scenes: must be a list"),
        ('scenes = ["A", "A"]', "devices[3].scenes[1]: 'A' is given twice"),
        ('scenes = ["A", ""]', "devices[3].scenes[1]: must be a non-empty string"),
        ("congestion_alarm = 2", "devices[3].congestion_alarm: 2 is out of range"),
        ("congestion_alarm = true", "devices[3].congestion_alarm: must be a number"),
        ("colour = 1", "colour"),
    ],
)
def test_read_config_names_the_wrong_field(extra: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read(f'[device]\nid = "obs"\nkind = "streaming"\nhost = "h"\n{extra}\n')


def test_password_stays_out_of_repr_and_command_labels() -> None:
    config = StreamingConfig(id="obs", password=PASSWORD)
    assert PASSWORD not in repr(config) and PASSWORD not in str(config)
    assert SetScene("Slides").label() == "set_scene('Slides')"
    assert StartStream().label() == "start_stream()"


def test_with_url_points_at_a_simulator() -> None:
    config = StreamingConfig(id="obs", host="10.0.0.5", password="pw")
    moved = STREAMING.with_url(config, "ws://127.0.0.1:50123")
    assert (moved.host, moved.port, moved.password) == ("127.0.0.1", 50123, "pw")
    with pytest.raises(ValueError, match="ws://host:port"):
        STREAMING.with_url(config, "osc.udp://127.0.0.1:1")


# -- cues ------------------------------------------------------------------------------------


def test_cue_round_trip() -> None:
    data = {"device": "obs", "scene": "Speaker", "stream": True, "record": False, "delay": 1.5}
    cue = STREAMING.cue_from_dict(data, "items[2].cues.streaming[0]")
    assert cue == StreamingCue("obs", 1.5, "Speaker", True, False)
    assert STREAMING.cue_to_dict(cue) == data
    scene_only = STREAMING.cue_from_dict({"device": "obs", "scene": "Break"}, "p")
    assert STREAMING.cue_to_dict(scene_only) == {"device": "obs", "scene": "Break"}


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ([], "c"),
        ({"device": "obs"}, "c"),
        ({"device": "", "scene": "A"}, "c.device"),
        ({"device": "obs", "scene": 3}, "c.scene"),
        ({"device": "obs", "stream": "yes"}, "c.stream"),
        ({"device": "obs", "record": 1}, "c.record"),
        ({"device": "obs", "scene": "A", "delay": -1}, "c.delay"),
        ({"device": "obs", "scene": "A", "volume": 3}, "c.volume"),
    ],
)
def test_bad_cues_name_the_field(data: Any, where: str) -> None:
    with pytest.raises(CueError) as error:
        STREAMING.cue_from_dict(data, "c")
    assert error.value.path == where


class Plan:
    """A CueContext that records what a cue would send."""

    def __init__(self) -> None:
        self.sent: list[DeviceCommand] = []
        self.notes: list[str] = []

    def send(self, command: DeviceCommand, *, watchdog_s: float | None = None) -> Future | None:
        self.sent.append(command)
        return None

    def then(self, future: Future | None, action: Callable[[], Any]) -> None:
        raise AssertionError("not used by streaming cues")

    def note(self, text: str) -> None:
        self.notes.append(text)


CONFIG = StreamingConfig(id="obs", scenes=SCENES)


def test_execute_cue_sends_only_what_differs() -> None:
    cue = StreamingCue("obs", scene="Slides", stream=True, record=True)
    plan = Plan()
    STREAMING.execute_cue(cue, CONFIG, StreamingState(program_scene="Intro"), plan)
    assert plan.sent == [SetScene("Slides"), StartStream(), StartRecord()]
    plan = Plan()
    state = StreamingState(program_scene="Slides", streaming=True, recording=True)
    STREAMING.execute_cue(cue, CONFIG, state, plan)
    assert plan.sent == []
    assert plan.notes == ["stream already on", "recording already on"]
    plan = Plan()
    STREAMING.execute_cue(StreamingCue("obs", stream=False, record=False), CONFIG, state, plan)
    assert plan.sent == [StopStream(), StopRecord()]


def test_diff_says_what_go_changes() -> None:
    cue = StreamingCue("obs", scene="Slides", stream=True, record=None)
    assert STREAMING.diff(cue, CONFIG, StreamingState(program_scene="Intro")) == [
        CueChange("obs", "scene", "Intro", "Slides"),
        CueChange("obs", "stream", "off", "on"),
    ]
    assert STREAMING.diff(cue, CONFIG, StreamingState(program_scene="Slides", streaming=True)) == []
    assert STREAMING.diff(cue, CONFIG, None)[1] == CueChange("obs", "stream", "?", "on")


def test_check_cue_against_the_hall_file_scenes() -> None:
    problems = STREAMING.check_cue(StreamingCue("obs", scene="Panel"), CONFIG, "items[4].cues")
    assert [p.where for p in problems] == ["items[4].cues.scene"]
    assert "no scene 'Panel'" in problems[0].reason
    assert STREAMING.check_cue(StreamingCue("obs", scene="Slides"), CONFIG, "x") == []
    unlisted = StreamingConfig(id="obs")  # no scenes in the hall file: checked against OBS later
    assert STREAMING.check_cue(StreamingCue("obs", scene="Panel"), unlisted, "x") == []


def test_state_problem_checks_scenes_service_and_record_path() -> None:
    cues = [
        StreamingCue("obs", scene="Panel"),
        StreamingCue("obs", stream=True),
        StreamingCue("obs", record=True),
        StreamingCue("other", scene="Elsewhere"),
    ]
    bad = StreamingState(scenes=("Intro",), stream_service_configured=False, record_directory="")
    problem = STREAMING.state_problem(CONFIG, bad, cues)
    assert "no scene 'Panel'" in problem
    assert "no stream service" in problem
    assert "no recording path" in problem
    assert "Elsewhere" not in problem
    good = StreamingState(
        scenes=("Intro", "Panel"), stream_service_configured=True, record_directory="/rec"
    )
    assert STREAMING.state_problem(CONFIG, good, cues) == ""


def test_alarms_use_the_configured_congestion_level() -> None:
    state = StreamingState(streaming=True, stream_state="started", congestion=0.4)
    assert STREAMING.alarms(StreamingConfig(id="obs", congestion_alarm=0.3), state) == (
        "stream congested",
    )
    assert STREAMING.alarms(StreamingConfig(id="obs"), state) == ()


# -- driver, dispatch, simulator through the kind ------------------------------------------------


def test_kind_builds_simulator_and_driver_and_dispatches() -> None:
    config = StreamingConfig(id="obs", password=PASSWORD, scenes=SCENES)
    running = STREAMING.start_simulator(config, SimulatorOptions())
    driver = STREAMING.build_driver(running.config)
    try:
        assert running.url.startswith("ws://127.0.0.1:")
        ok = threading.Event()
        driver.add_status_listener(lambda s: ok.set() if s.state is LinkState.OK else None)
        driver.start()
        assert ok.wait(5), driver.status
        readiness = STREAMING.readiness_question(driver)
        assert readiness is not None
        state = readiness.result(timeout=5)
        assert state.scenes == SCENES
        STREAMING.dispatch(driver, SetScene("Break")).result(timeout=5)
        STREAMING.dispatch(driver, StartRecord()).result(timeout=5)
        assert running.simulator.program_scene == "Break"
        with pytest.raises(TypeError, match="not a streaming command"):
            STREAMING.dispatch(driver, DeviceCommand())
    finally:
        driver.stop()
        running.stop()


def test_fault_flags_reach_the_simulator() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        flags = {flag.name: flag for flag in STREAMING.fault_flags}
        flags["obs-refuse"].apply(rig.sim, "StartStream")
        flags["obs-congestion"].apply(rig.sim, "0.9")
        flags["obs-skip-frames"].apply(rig.sim, "12")
        assert rig.sim.stream.congestion == pytest.approx(0.9)
        assert rig.sim.stream.skipped == 12
        with pytest.raises(Exception, match="refused StartStream"):
            rig.driver.start_stream().result(timeout=5)
        rig.sim.clear_refusals()
        flags["obs-reconnecting"].apply(rig.sim, None)
        rig.driver.start_stream().result(timeout=5)
        assert rig.wait_state(lambda s: s.reconnecting).streaming
        flags["obs-no-chapters"].apply(rig.sim, None)
        assert rig.sim.chapters is False
        rig.driver.start_record().result(timeout=5)
        rig.wait_state(lambda s: s.recording)
        with pytest.raises(CommandRefused, match="204 UnknownRequestType"):
            STREAMING.dispatch(rig.driver, CreateRecordChapter("x")).result(timeout=5)


def test_password_env_wins_over_the_file_when_set(monkeypatch: pytest.MonkeyPatch) -> None:
    table = (
        '[device]\nid = "obs"\nkind = "streaming"\nhost = "10.0.0.5"\npassword = "in-file"\n'
        'password_env = "CONTROLROOM_TEST_OBS_PASSWORD"\n'
    )
    monkeypatch.delenv("CONTROLROOM_TEST_OBS_PASSWORD", raising=False)
    assert read(table).password == "in-file"
    monkeypatch.setenv("CONTROLROOM_TEST_OBS_PASSWORD", "from-env")
    config = read(table)
    assert config.password == "from-env"
    assert "from-env" not in repr(config)
    with pytest.raises(ConfigError, match=r"devices\[3\]\.password_env: 'NOT A NAME'"):
        read('[device]\nid = "obs"\nkind = "streaming"\nhost = "h"\npassword_env = "NOT A NAME"\n')
