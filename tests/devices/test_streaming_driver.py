"""The streaming driver against the OBS simulator over real WebSockets on 127.0.0.1."""

from __future__ import annotations

import json
import logging
import time

import pytest
from conftest_streaming import PASSWORD, SCENES, streaming_rig
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import CommandRefused, CommandTimeout, DeviceOffline, LinkState
from devices.streaming.driver import StreamingAlarm, StreamingDriver
from devices.streaming.kind import StreamingConfig


def test_connects_with_password_and_resyncs() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        state = rig.driver.state
        assert state.obs_version == "30.2.3" and state.websocket_version == "5.5.2"
        assert state.scenes == SCENES
        assert state.program_scene == "Intro"
        assert state.streaming is False and state.recording is False
        assert state.stream_service_configured is True
        assert state.stream_service == "rtmp://127.0.0.1/live"
        assert state.record_directory == "/home/obs/Videos"
        assert state.chapters_supported is True
        asked = [kind for kind, _data in rig.sim.received]
        for request in ("GetVersion", "GetSceneList", "GetCurrentProgramScene", "GetStreamStatus",
                        "GetRecordStatus", "GetStreamServiceSettings", "GetRecordDirectory"):
            assert request in asked  # fmt: skip


def test_connects_without_password_when_obs_asks_none() -> None:
    with streaming_rig(password="", driver_password="") as rig:
        rig.wait_status(LinkState.OK)
        assert rig.driver.state.scenes == SCENES


def test_wrong_password_fails_and_says_so() -> None:
    with streaming_rig(driver_password="not-it") as rig:
        status = rig.wait_status(LinkState.FAILED)
        assert "refused the password" in status.reason
        assert rig.sim.auth_failures >= 1


def test_missing_password_fails_and_says_so() -> None:
    with streaming_rig(driver_password="") as rig:
        status = rig.wait_status(LinkState.FAILED)
        assert "hall file gives none" in status.reason


def test_scene_switch_follows_the_event() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        assert rig.driver.set_scene("Slides").result(timeout=5) == {}
        rig.wait_state(lambda s: s.program_scene == "Slides")
        assert rig.sim.program_scene == "Slides"
        assert rig.sim.requests_of("SetCurrentProgramScene") == [{"sceneName": "Slides"}]


def test_scene_changed_at_obs_is_followed() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        rig.sim.switch_scene("Break")
        rig.wait_state(lambda s: s.program_scene == "Break")
        rig.sim.set_scenes(("Intro", "Break", "Panel"))
        rig.wait_state(lambda s: s.scenes == ("Intro", "Break", "Panel"))


def test_stream_and_record_start_stop() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        rig.driver.start_stream().result(timeout=5)
        on_air = rig.wait_state(lambda s: s.on_air)
        assert on_air.stream_state == "started" and on_air.alarms() == ()
        rig.driver.start_record().result(timeout=5)
        recording = rig.wait_state(lambda s: s.recording)
        assert recording.record_path is not None
        assert recording.record_path.startswith("/home/obs/Videos/")
        # the poll brings the statistics
        rig.wait_state(lambda s: s.stream_duration_ms > 0 and s.total_frames > 0)
        rig.driver.stop_stream().result(timeout=5)
        rig.driver.stop_record().result(timeout=5)
        stopped = rig.wait_state(lambda s: not s.streaming and not s.recording)
        assert not stopped.stream_dropped and not stopped.record_stopped_unexpectedly
        assert stopped.alarms() == ()


def test_refused_request_fails_its_future_with_the_reason() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        with pytest.raises(CommandRefused, match="600 ResourceNotFound.*Nope"):
            rig.driver.set_scene("Nope").result(timeout=5)
        rig.sim.refuse("StartStream", 702, "ingest unreachable")
        with pytest.raises(CommandRefused, match="StartStream.*702.*ingest unreachable"):
            rig.driver.start_stream().result(timeout=5)
        assert rig.driver.status.state is LinkState.OK  # a refusal is not a dead link


def test_commands_while_offline_fail_at_once() -> None:
    with streaming_rig(start=False) as rig:
        with pytest.raises(DeviceOffline, match="not started"):
            rig.driver.start_stream().result(timeout=0)


def test_drop_goes_offline_then_reconnects_and_resyncs() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        rig.sim.drop_link()
        mark = rig.statuses.mark()
        offline = rig.wait_status(LinkState.OFFLINE, since=mark)
        assert "connection lost" in offline.reason or "cannot reach" in offline.reason
        with pytest.raises(DeviceOffline):
            rig.driver.set_scene("Slides").result(timeout=1)
        rig.sim.switch_scene("Slides")  # changed while we were away
        rig.sim.restore_link()
        rig.wait_status(LinkState.OK, since=mark)
        rig.wait_state(lambda s: s.program_scene == "Slides")


def test_silent_obs_is_offline_within_5_s_and_comes_back() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        pending = rig.driver.request("GetStats")
        pending.result(timeout=5)
        mark = rig.statuses.mark()
        rig.sim.set_silent(True)
        started = time.monotonic()
        hung = rig.driver.set_scene("Slides")
        offline = rig.wait_status(LinkState.OFFLINE, timeout=6.0, since=mark)
        assert time.monotonic() - started <= 5.0
        assert "not answered" in offline.reason or "in time" in offline.reason
        with pytest.raises((CommandTimeout, DeviceOffline)):
            hung.result(timeout=5)
        rig.sim.set_silent(False)
        rig.wait_status(LinkState.OK, timeout=10.0, since=mark)


def test_reconnecting_is_not_on_air_and_alarms() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        rig.driver.start_stream().result(timeout=5)
        rig.wait_state(lambda s: s.on_air)
        rig.sim.set_reconnecting(True)
        state = rig.wait_state(lambda s: s.reconnecting)
        assert state.streaming and not state.on_air
        assert StreamingAlarm.STREAM_RECONNECTING in state.alarms()
        rig.sim.set_reconnecting(False)
        back = rig.wait_state(lambda s: s.on_air)
        assert StreamingAlarm.STREAM_RECONNECTING not in back.alarms()


def test_congestion_and_skipped_frames_come_from_the_poll() -> None:
    with streaming_rig(poll_interval=0.2) as rig:
        rig.wait_status(LinkState.OK)
        rig.driver.start_stream().result(timeout=5)
        rig.wait_state(lambda s: s.on_air)
        rig.sim.set_congestion(0.8)
        congested = rig.wait_state(lambda s: s.congestion >= 0.8)
        assert StreamingAlarm.CONGESTION in congested.alarms(0.5)
        assert StreamingAlarm.CONGESTION not in congested.alarms(0.9)
        rig.sim.skip_frames(40)
        skipping = rig.wait_state(lambda s: s.frames_skipped_recently > 0)
        assert skipping.skipped_frames == 40
        assert StreamingAlarm.FRAMES_SKIPPED in skipping.alarms()
        calm = rig.wait_state(lambda s: s.frames_skipped_recently == 0)
        assert StreamingAlarm.FRAMES_SKIPPED not in calm.alarms()


def test_outputs_stopping_by_themselves_are_alarmed() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        rig.driver.start_stream().result(timeout=5)
        rig.driver.start_record().result(timeout=5)
        rig.wait_state(lambda s: s.on_air and s.recording)
        rig.sim.end_stream()
        rig.sim.end_recording()
        state = rig.wait_state(lambda s: not s.streaming and not s.recording)
        assert state.stream_dropped and state.record_stopped_unexpectedly
        assert StreamingAlarm.STREAM_DROPPED in state.alarms()
        assert StreamingAlarm.RECORDING_STOPPED in state.alarms()
        rig.driver.start_stream().result(timeout=5)
        assert not rig.wait_state(lambda s: s.on_air).stream_dropped


def test_chapter_marks_when_supported() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        assert rig.driver.chapter_at_go("Opening") is None  # not recording: nothing to mark
        rig.driver.start_record().result(timeout=5)
        rig.wait_state(lambda s: s.recording)
        future = rig.driver.chapter_at_go("Q&A")
        assert future is not None
        future.result(timeout=5)
        assert rig.sim.chapters_made == ["Q&A"]


def test_chapter_unsupported_is_said_once(caplog: pytest.LogCaptureFixture) -> None:
    options = {"obs_version": "29.1.3", "websocket_version": "5.3.3"}
    with streaming_rig(sim_options=options) as rig:
        rig.wait_status(LinkState.OK)
        assert rig.driver.state.chapters_supported is False
        rig.driver.start_record().result(timeout=5)
        rig.wait_state(lambda s: s.recording)
        with caplog.at_level(logging.WARNING, logger="devices.streaming"):
            assert rig.driver.chapter_at_go("Opening") is None
            assert rig.driver.chapter_at_go("Q&A") is None
            with pytest.raises(CommandRefused, match="OBS 29.1.3 cannot mark record chapters"):
                rig.driver.create_record_chapter("Closing").result(timeout=1)
        told = [r for r in caplog.records if "chapter" in r.getMessage()]
        assert len(told) == 1
        assert rig.sim.requests_of("CreateRecordChapter") == []


def test_readiness_asks_again() -> None:
    with streaming_rig(sim_options={"stream_configured": False}) as rig:
        rig.wait_status(LinkState.OK)
        assert rig.driver.state.stream_service_configured is False
        rig.sim.stream_configured = True
        state = rig.driver.readiness().result(timeout=5)
        assert state.stream_service_configured is True


def test_garbage_is_counted_not_fatal() -> None:
    with streaming_rig() as rig:
        rig.wait_status(LinkState.OK)
        rig.sim.set_garbage(True)
        bad = rig.driver.request("GetStats")
        with pytest.raises((CommandTimeout, DeviceOffline)):
            bad.result(timeout=6)
        assert rig.driver.protocol_errors >= 1
        rig.sim.set_garbage(False)
        rig.wait_status(LinkState.OK)
        assert rig.driver.request("GetStats").result(timeout=10)["activeFps"] == 30.0


def test_password_never_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        with streaming_rig() as rig:
            rig.wait_status(LinkState.OK)
            rig.driver.set_scene("Slides").result(timeout=5)
            rig.sim.drop_link()
            rig.wait_status(LinkState.OFFLINE)
            rig.sim.restore_link()
            rig.wait_status(LinkState.OK)
            assert PASSWORD not in repr(rig.driver.config)
        with streaming_rig(driver_password="wrong-" + PASSWORD) as rig:
            rig.wait_status(LinkState.FAILED)
    text = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    assert "refused the password" in text  # the log did capture the driver's lines
    assert "OBS 30.2.3 ready" in text
    assert PASSWORD not in text
    assert "sim-stream-key" not in text


# -- the receive path never dies on bad input ---------------------------------------------------

_event_types = st.sampled_from(
    ["StreamStateChanged", "RecordStateChanged", "CurrentProgramSceneChanged",
     "SceneListChanged", "SceneCreated", "Unknown"]
)  # fmt: skip
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(
        st.sampled_from(["outputActive", "outputState", "outputPath", "sceneName", "scenes",
                         "sceneIndex"]) | st.text(max_size=4),
        inner,
        max_size=4,
    ),
    max_leaves=12,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_event_types, _values)
def test_fuzz_events_reach_the_state_or_count_as_protocol_errors(
    event_type: str, data: object
) -> None:
    driver = StreamingDriver(StreamingConfig(id="obs"))
    frame = json.dumps({"op": 5, "d": {"eventType": event_type, "eventIntent": 64,
                                       "eventData": data}})  # fmt: skip
    before = driver.protocol_errors
    driver._on_frame(frame)  # noqa: SLF001 - the receive path itself, without a socket
    assert driver.protocol_errors in (before, before + 1)
    assert isinstance(driver.state.scenes, tuple)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_fuzz_any_frame_text_is_survived(text: str) -> None:
    driver = StreamingDriver(StreamingConfig(id="obs"))
    driver._on_frame(text)  # noqa: SLF001
