"""The OBS simulator against an independent obs-websocket client: obsws-python (by others).

obsws-python speaks obs-websocket v5 on its own (websocket-client, its own auth
code, integer request ids), so what it accepts here is the protocol, not our codec
agreeing with itself. Raw-frame checks use ``websockets`` directly.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import obsws_python as obs
import pytest
from obsws_python.error import OBSSDKError, OBSSDKRequestError
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from devices.streaming.obsws import auth_string
from devices.streaming.simulator import StreamingSimulator

PASSWORD = "hall-secret-42"


def auth_of(hello: dict) -> str:
    challenge = hello["d"]["authentication"]
    return auth_string(PASSWORD, challenge["salt"], challenge["challenge"])


@pytest.fixture
def sim() -> Iterator[StreamingSimulator]:
    simulator = StreamingSimulator(password=PASSWORD, scenes=("Intro", "Speaker", "Slides"))
    simulator.start()
    yield simulator
    simulator.stop()


@pytest.fixture
def client(sim: StreamingSimulator) -> Iterator[obs.ReqClient]:
    req = obs.ReqClient(host="127.0.0.1", port=sim.port, password=PASSWORD, timeout=5)
    yield req
    req.disconnect()


class Events:
    """obsws-python's EventClient with callbacks recording what arrived."""

    def __init__(self, sim: StreamingSimulator) -> None:
        self.condition = threading.Condition()
        self.seen: list[tuple[str, object]] = []
        self.client = obs.EventClient(
            host="127.0.0.1", port=sim.port, password=PASSWORD, timeout=5
        )

        def on_stream_state_changed(data: object) -> None:
            self._add("stream", getattr(data, "output_state"))  # noqa: B009

        def on_record_state_changed(data: object) -> None:
            self._add("record", getattr(data, "output_state"))  # noqa: B009

        def on_current_program_scene_changed(data: object) -> None:
            self._add("scene", getattr(data, "scene_name"))  # noqa: B009

        self.client.callback.register(
            [on_stream_state_changed, on_record_state_changed, on_current_program_scene_changed]
        )

    def _add(self, kind: str, value: object) -> None:
        with self.condition:
            self.seen.append((kind, value))
            self.condition.notify_all()

    def wait(self, kind: str, value: object, timeout: float = 5.0) -> None:
        with self.condition:
            assert self.condition.wait_for(lambda: (kind, value) in self.seen, timeout), self.seen


def test_right_password_identifies_and_answers(
    sim: StreamingSimulator, client: obs.ReqClient
) -> None:
    version = client.get_version()
    assert version.obs_version == "30.2.3"
    assert version.rpc_version == 1
    assert "CreateRecordChapter" in version.available_requests
    scenes = client.get_scene_list()
    # obs-websocket lists scenes bottom-up: index 0 is the last scene in OBS's window
    assert [s["sceneName"] for s in sorted(scenes.scenes, key=lambda s: s["sceneIndex"])] == [
        "Slides",
        "Speaker",
        "Intro",
    ]
    assert scenes.current_program_scene_name == "Intro"


def test_wrong_password_is_refused_with_4009(sim: StreamingSimulator) -> None:
    with pytest.raises(OBSSDKError):
        obs.ReqClient(host="127.0.0.1", port=sim.port, password="wrong", timeout=5)
    assert sim.auth_failures == 1
    # the close code, read with a plain WebSocket client
    with connect(sim.url) as ws:
        hello = json.loads(ws.recv(timeout=5))
        assert hello["op"] == 0 and "authentication" in hello["d"]
        ws.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": "bad"}}))
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4009


def test_no_password_means_no_authentication_in_hello() -> None:
    open_sim = StreamingSimulator()
    open_sim.start()
    try:
        with obs.ReqClient(host="127.0.0.1", port=open_sim.port, password="", timeout=5) as req:
            assert req.get_current_program_scene().scene_name == "Starting soon"
    finally:
        open_sim.stop()


def test_scene_switch_stream_and_record_with_events(
    sim: StreamingSimulator, client: obs.ReqClient
) -> None:
    events = Events(sim)
    try:
        client.set_current_program_scene("Speaker")
        events.wait("scene", "Speaker")
        assert client.get_current_program_scene().scene_name == "Speaker"

        client.start_stream()
        events.wait("stream", "OBS_WEBSOCKET_OUTPUT_STARTED")
        status = client.get_stream_status()
        assert status.output_active is True and status.output_reconnecting is False

        client.start_record()
        events.wait("record", "OBS_WEBSOCKET_OUTPUT_STARTED")
        assert client.get_record_status().output_active is True
        client.send("CreateRecordChapter", {"chapterName": "Q&A"})
        assert sim.chapters_made == ["Q&A"]

        client.stop_stream()
        events.wait("stream", "OBS_WEBSOCKET_OUTPUT_STOPPED")
        stopped = client.stop_record()
        events.wait("record", "OBS_WEBSOCKET_OUTPUT_STOPPED")
        assert stopped.output_path.startswith("/home/obs/Videos/")
    finally:
        events.client.disconnect()


def test_refusals_carry_obs_codes(sim: StreamingSimulator, client: obs.ReqClient) -> None:
    with pytest.raises(OBSSDKRequestError) as missing:
        client.set_current_program_scene("Nope")
    assert missing.value.code == 600
    with pytest.raises(OBSSDKRequestError) as not_running:
        client.stop_stream()
    assert not_running.value.code == 501
    with pytest.raises(OBSSDKRequestError) as unknown:
        client.send("NoSuchRequest")
    assert unknown.value.code == 204
    sim.refuse("StartStream", 702, "no ingest")
    with pytest.raises(OBSSDKRequestError, match="no ingest") as refused:
        client.start_stream()
    assert refused.value.code == 702


def test_old_obs_has_no_chapters() -> None:
    old = StreamingSimulator(obs_version="29.1.3", websocket_version="5.3.3")
    old.start()
    try:
        with obs.ReqClient(host="127.0.0.1", port=old.port, password="", timeout=5) as req:
            assert "CreateRecordChapter" not in req.get_version().available_requests
            with pytest.raises(OBSSDKRequestError) as unknown:
                req.send("CreateRecordChapter", {"chapterName": "x"})
            assert unknown.value.code == 204
    finally:
        old.stop()


def test_events_follow_the_subscription_bitmask(sim: StreamingSimulator) -> None:
    """A client subscribed to scenes only hears no output events (raw frames)."""
    with connect(sim.url) as ws:
        hello = json.loads(ws.recv(timeout=5))
        auth = auth_of(hello)
        ws.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": auth,
                                           "eventSubscriptions": 4}}))  # fmt: skip
        assert json.loads(ws.recv(timeout=5)) == {"op": 2, "d": {"negotiatedRpcVersion": 1}}
        ws.send(json.dumps({"op": 6, "d": {"requestType": "StartStream", "requestId": "s"}}))
        ws.send(json.dumps({"op": 6, "d": {"requestType": "SetCurrentProgramScene",
                                           "requestId": "t",
                                           "requestData": {"sceneName": "Slides"}}}))  # fmt: skip
        frames = []
        while not any(f["op"] == 5 for f in frames):
            frames.append(json.loads(ws.recv(timeout=5)))
        event_types = [f["d"]["eventType"] for f in frames if f["op"] == 5]
        assert event_types == ["CurrentProgramSceneChanged"]
        assert frames[0]["d"]["requestStatus"] == {"result": True, "code": 100}


def test_batch_answers_in_order_and_halts_on_failure(sim: StreamingSimulator) -> None:
    with connect(sim.url) as ws:
        hello = json.loads(ws.recv(timeout=5))
        auth = auth_of(hello)
        ws.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": auth,
                                           "eventSubscriptions": 0}}))  # fmt: skip
        ws.recv(timeout=5)
        ws.send(json.dumps({"op": 8, "d": {"requestId": "b1", "haltOnFailure": True, "requests": [
            {"requestType": "GetRecordDirectory", "requestId": "a"},
            {"requestType": "SetCurrentProgramScene", "requestData": {"sceneName": "Nope"}},
            {"requestType": "GetVersion"},
        ]}}))  # fmt: skip
        answer = json.loads(ws.recv(timeout=5))
    assert answer["op"] == 9 and answer["d"]["requestId"] == "b1"
    results = answer["d"]["results"]
    assert [r["requestType"] for r in results] == ["GetRecordDirectory", "SetCurrentProgramScene"]
    assert results[0]["requestId"] == "a"
    assert results[0]["responseData"] == {"recordDirectory": "/home/obs/Videos"}
    assert results[1]["requestStatus"]["code"] == 600


def test_drop_link_cuts_clients_until_restored(sim: StreamingSimulator) -> None:
    req = obs.ReqClient(host="127.0.0.1", port=sim.port, password=PASSWORD, timeout=5)
    assert sim.wait_clients(1)
    sim.drop_link()
    assert sim.wait_clients(0)
    with pytest.raises(Exception):  # noqa: B017 - the client fails its own way on a cut socket
        req.get_version()
    with pytest.raises(Exception):  # noqa: B017
        obs.ReqClient(host="127.0.0.1", port=sim.port, password=PASSWORD, timeout=2)
    sim.restore_link()
    with obs.ReqClient(host="127.0.0.1", port=sim.port, password=PASSWORD, timeout=5) as again:
        assert again.get_version().rpc_version == 1


def test_reconnecting_and_congestion_show_in_stream_status(
    sim: StreamingSimulator, client: obs.ReqClient
) -> None:
    events = Events(sim)
    try:
        client.start_stream()
        events.wait("stream", "OBS_WEBSOCKET_OUTPUT_STARTED")
        sim.set_reconnecting(True)
        events.wait("stream", "OBS_WEBSOCKET_OUTPUT_RECONNECTING")
        sim.set_congestion(0.7)
        sim.skip_frames(25)
        status = client.get_stream_status()
        assert status.output_reconnecting is True
        assert status.output_congestion == pytest.approx(0.7)
        assert status.output_skipped_frames == 25
        sim.set_reconnecting(False)
        events.wait("stream", "OBS_WEBSOCKET_OUTPUT_RECONNECTED")
    finally:
        events.client.disconnect()
