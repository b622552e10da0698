"""The obs-websocket v5 codec against messages shaped as OBS sends them, plus fuzzing.

The JSON texts below follow obs-websocket 5.x's protocol.md examples and what OBS
30 sends (field names, nesting, scene order bottom-up, numbers as JSON numbers).
"""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.streaming import obsws
from devices.streaming.obsws import (
    Event,
    Hello,
    Identified,
    Identify,
    OutputState,
    Reidentify,
    Request,
    RequestBatch,
    RequestBatchResponse,
    RequestResponse,
    Status,
)

# -- captured shapes --------------------------------------------------------------------------

HELLO_WITH_AUTH = (
    '{"d":{"authentication":{"challenge":"+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=",'
    '"salt":"lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI="},"obsWebSocketVersion":"5.1.0",'
    '"rpcVersion":1},"op":0}'
)
HELLO_OPEN = '{"d":{"obsWebSocketVersion":"5.5.2","rpcVersion":1},"op":0}'
IDENTIFY = (
    '{"op":1,"d":{"rpcVersion":1,"authentication":'
    '"1Ct943GAT+6YQUUX47Ia/ncufilbe6+oD6lY+5kaCu4=","eventSubscriptions":33}}'
)
IDENTIFIED = '{"d":{"negotiatedRpcVersion":1},"op":2}'
EVENT_STREAM = (
    '{"d":{"eventData":{"outputActive":true,"outputState":"OBS_WEBSOCKET_OUTPUT_STARTED"},'
    '"eventIntent":64,"eventType":"StreamStateChanged"},"op":5}'
)
EVENT_SCENE = (
    '{"d":{"eventData":{"sceneName":"Slides","sceneUuid":"7d5f0a52-1b4e-4e1c-9a8e-3f2d1c0b9a87"},'
    '"eventIntent":4,"eventType":"CurrentProgramSceneChanged"},"op":5}'
)
EVENT_EXIT = '{"d":{"eventIntent":1,"eventType":"ExitStarted"},"op":5}'
REQUEST = (
    '{"op":6,"d":{"requestType":"SetCurrentProgramScene","requestId":"f819dcf0-89cc-11eb-8f0e",'
    '"requestData":{"sceneName":"Speaker"}}}'
)
RESPONSE_OK = (
    '{"d":{"requestId":"f819dcf0-89cc-11eb-8f0e","requestStatus":{"code":100,"result":true},'
    '"requestType":"SetCurrentProgramScene"},"op":7}'
)
RESPONSE_NOT_FOUND = (
    '{"d":{"requestId":"2","requestStatus":{"code":600,"comment":"No source was found by the '
    'name of `Nope`.","result":false},"requestType":"SetCurrentProgramScene"},"op":7}'
)
STREAM_STATUS = (
    '{"d":{"requestId":"3","requestStatus":{"code":100,"result":true},"requestType":'
    '"GetStreamStatus","responseData":{"outputActive":true,"outputBytes":48123456,'
    '"outputCongestion":0.125,"outputDuration":64230,"outputReconnecting":false,'
    '"outputSkippedFrames":12,"outputTimecode":"00:01:04.230","outputTotalFrames":3853}},"op":7}'
)
SCENE_LIST = (
    '{"d":{"requestId":"4","requestStatus":{"code":100,"result":true},"requestType":'
    '"GetSceneList","responseData":{"currentPreviewSceneName":null,"currentPreviewSceneUuid":'
    'null,"currentProgramSceneName":"Speaker","currentProgramSceneUuid":"a","scenes":['
    '{"sceneIndex":0,"sceneName":"Break","sceneUuid":"b"},'
    '{"sceneIndex":1,"sceneName":"Slides","sceneUuid":"c"},'
    '{"sceneIndex":2,"sceneName":"Speaker","sceneUuid":"d"}]}},"op":7}'
)
BATCH = (
    '{"op":8,"d":{"requestId":"batch-1","haltOnFailure":false,"executionType":0,"requests":['
    '{"requestType":"GetVersion"},{"requestType":"GetRecordStatus","requestId":"r"}]}}'
)
BATCH_RESPONSE = (
    '{"d":{"requestId":"batch-1","results":[{"requestStatus":{"code":100,"result":true},'
    '"requestType":"GetVersion","responseData":{"availableRequests":["GetVersion",'
    '"CreateRecordChapter"],"obsVersion":"30.2.3","obsWebSocketVersion":"5.5.2",'
    '"platform":"ubuntu","rpcVersion":1}},{"requestId":"r","requestStatus":{"code":100,'
    '"result":true},"requestType":"GetRecordStatus","responseData":{"outputActive":false,'
    '"outputBytes":0,"outputDuration":0,"outputPaused":false,"outputTimecode":"00:00:00.000"}}]},'
    '"op":9}'
)


def test_hello_with_authentication() -> None:
    hello = obsws.decode(HELLO_WITH_AUTH)
    assert hello == Hello(
        "5.1.0",
        1,
        "+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY=",
        "lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=",
    )
    assert hello.auth_required


def test_hello_without_authentication() -> None:
    hello = obsws.decode(HELLO_OPEN)
    assert isinstance(hello, Hello) and not hello.auth_required


def test_auth_string_is_the_documented_two_step_sha256() -> None:
    password, salt, challenge = "supersecretpassword", "lM1GncleQOaCu9lT1yeUZhFYnqhsLLP1G5lAGo3ixaI=", "+IxH4CnCiqpX1rM9scsNynZzbOe4KhDeYcTNS3PDaeY="  # noqa: E501
    # Computed here step by step from the protocol text, not by the function under test.
    secret = base64.b64encode(hashlib.sha256((password + salt).encode()).digest()).decode()
    expected = base64.b64encode(hashlib.sha256((secret + challenge).encode()).digest()).decode()
    assert obsws.auth_string(password, salt, challenge) == expected
    assert obsws.auth_string("other", salt, challenge) != expected


def test_identify_round_trip_and_password_hidden_from_repr() -> None:
    identify = obsws.decode(IDENTIFY)
    assert identify == Identify(1, "1Ct943GAT+6YQUUX47Ia/ncufilbe6+oD6lY+5kaCu4=", 33)
    assert "1Ct943" not in repr(identify)
    assert json.loads(obsws.encode(identify)) == json.loads(IDENTIFY)


def test_identified_and_reidentify() -> None:
    assert obsws.decode(IDENTIFIED) == Identified(1)
    assert json.loads(obsws.encode(Reidentify(64))) == {"op": 3, "d": {"eventSubscriptions": 64}}


def test_events() -> None:
    event = obsws.decode(EVENT_STREAM)
    assert isinstance(event, Event) and event.event_type == "StreamStateChanged"
    assert event.event_intent == obsws.EventSubscription.OUTPUTS
    change = obsws.parse_output_state(event.event_data, "StreamStateChanged")
    assert change.active and change.state is OutputState.STARTED
    scene = obsws.decode(EVENT_SCENE)
    assert isinstance(scene, Event)
    assert obsws.parse_program_scene(scene.event_data, "event") == "Slides"
    exit_event = obsws.decode(EVENT_EXIT)
    assert exit_event == Event("ExitStarted", 1, {})


def test_request_encodes_as_obs_expects() -> None:
    request = Request("SetCurrentProgramScene", "f819dcf0-89cc-11eb-8f0e", {"sceneName": "Speaker"})
    assert json.loads(obsws.encode(request)) == json.loads(REQUEST)
    assert obsws.decode(REQUEST) == request


def test_request_ids_may_be_numbers_as_clients_send_them() -> None:
    decoded = obsws.decode('{"op":6,"d":{"requestType":"GetVersion","requestId":417}}')
    assert decoded == Request("GetVersion", 417)


def test_responses_success_and_refusal() -> None:
    ok = obsws.decode(RESPONSE_OK)
    assert ok == RequestResponse(
        "SetCurrentProgramScene", "f819dcf0-89cc-11eb-8f0e", Status(True, 100), None
    )
    refused = obsws.decode(RESPONSE_NOT_FOUND)
    assert isinstance(refused, RequestResponse) and not refused.status.result
    assert refused.status.describe() == (
        "code 600 ResourceNotFound: No source was found by the name of `Nope`."
    )


def test_stream_status() -> None:
    response = obsws.decode(STREAM_STATUS)
    assert isinstance(response, RequestResponse)
    status = obsws.parse_stream_status(response.response_data)
    assert status == obsws.StreamStatus(
        True, False, "00:01:04.230", 64230, 0.125, 48123456, 12, 3853
    )


def test_scene_list_is_given_top_down_as_obs_shows_it() -> None:
    response = obsws.decode(SCENE_LIST)
    assert isinstance(response, RequestResponse)
    scenes = obsws.parse_scene_list(response.response_data)
    assert scenes.scenes == ("Speaker", "Slides", "Break")
    assert scenes.program == "Speaker" and scenes.preview is None


def test_batch_and_batch_response() -> None:
    batch = obsws.decode(BATCH)
    assert batch == RequestBatch(
        "batch-1", (Request("GetVersion", None), Request("GetRecordStatus", "r")), False, 0
    )
    assert json.loads(obsws.encode(batch)) == json.loads(BATCH)
    answer = obsws.decode(BATCH_RESPONSE)
    assert isinstance(answer, RequestBatchResponse) and len(answer.results) == 2
    version = obsws.parse_version(answer.results[0].response_data)
    assert version.obs_version == "30.2.3" and "CreateRecordChapter" in version.available_requests
    record = obsws.parse_record_status(answer.results[1].response_data)
    assert record == obsws.RecordStatus(False, False, "00:00:00.000", 0, 0)
    assert json.loads(obsws.encode(answer)) == json.loads(BATCH_RESPONSE)


def test_stream_service_settings_never_return_the_key() -> None:
    data = {
        "streamServiceType": "rtmp_common",
        "streamServiceSettings": {"service": "YouTube - RTMPS", "key": "abcd-efgh-ijkl"},
    }
    configured, service_type, where = obsws.stream_service_configured(data)
    assert (configured, service_type, where) == (True, "rtmp_common", "YouTube - RTMPS")
    empty = {"streamServiceType": "rtmp_custom", "streamServiceSettings": {"server": "", "key": ""}}
    assert obsws.stream_service_configured(empty)[0] is False
    no_key = {"streamServiceType": "rtmp_custom", "streamServiceSettings": {"server": "rtmp://x"}}
    assert obsws.stream_service_configured(no_key)[0] is False


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json", "not JSON"),
        ("[1, 2]", "expected dict"),
        ('{"op": 6}', "missing 'd'"),
        ('{"op": true, "d": {}}', "true/false"),
        ('{"op": 4, "d": {}}', "unknown op code 4"),
        ('{"op": 7, "d": {"requestType": "X", "requestId": "1"}}', "requestStatus"),
        ('{"op": 0, "d": {"obsWebSocketVersion": 5, "rpcVersion": 1}}', "obsWebSocketVersion"),
        ('{"op": 9, "d": {"requestId": "b", "results": [7]}}', "results[0]"),
    ],
)
def test_bad_messages_name_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(ProtocolError, match=words.replace("[", r"\[").replace("]", r"\]")):
        obsws.decode(text)


def test_bad_response_data_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="outputActive"):
        obsws.parse_stream_status({"outputActive": "yes"})
    with pytest.raises(ProtocolError, match="negative"):
        obsws.parse_stream_status({"outputActive": True, "outputBytes": -1})
    with pytest.raises(ProtocolError, match="sceneName"):
        obsws.parse_scene_list({"scenes": [{"sceneIndex": 0}]})


# -- fuzzing ---------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(
            ["op", "d", "requestId", "requestType", "requestStatus", "result", "code",
             "responseData", "results", "requests", "eventType", "eventIntent", "eventData",
             "rpcVersion", "obsWebSocketVersion", "authentication", "challenge", "salt",
             "negotiatedRpcVersion", "outputActive", "outputState", "scenes", "sceneName"]
        ) | st.text(max_size=5),
        children,
        max_size=6,
    ),
    max_leaves=25,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.binary(max_size=60).map(bytes)))
def test_fuzz_any_text_gives_a_message_or_a_protocol_error(text: str | bytes) -> None:
    try:
        obsws.decode(text)
    except ProtocolError:
        pass


@settings(max_examples=600, deadline=None)
@given(st.integers(min_value=-1, max_value=10), json_values)
def test_fuzz_json_shapes_give_a_message_or_a_protocol_error(op: int, d: object) -> None:
    try:
        obsws.from_dict({"op": op, "d": d})
    except ProtocolError:
        pass
    for parse in (
        obsws.parse_stream_status,
        obsws.parse_record_status,
        obsws.parse_scene_list,
        obsws.parse_version,
        obsws.stream_service_configured,
    ):
        try:
            parse(d)  # type: ignore[arg-type]
        except ProtocolError:
            pass


@settings(max_examples=200, deadline=None)
@given(
    st.text(min_size=1, max_size=20),
    st.one_of(st.text(max_size=10), st.integers()),
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3),
)
def test_fuzz_requests_survive_a_round_trip(
    request_type: str, request_id: str | int, data: dict
) -> None:
    request = Request(request_type, request_id, data)
    assert obsws.decode(obsws.encode(request)) == request
