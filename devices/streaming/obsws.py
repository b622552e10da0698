"""The obs-websocket v5 codec: JSON text <-> typed messages, and the authentication string.

obs-websocket (built into OBS Studio since 28.0) speaks JSON over a WebSocket, by
default on port 4455. Every message is one text frame ``{"op": <int>, "d": {...}}``:

====  ======================  =========  ==================================================
 op    message                 from       ``d`` holds
====  ======================  =========  ==================================================
 0     Hello                   server     obsWebSocketVersion, rpcVersion, authentication?
                                          {challenge, salt} (only when a password is set)
 1     Identify                client     rpcVersion, authentication?, eventSubscriptions?
 2     Identified              server     negotiatedRpcVersion
 3     Reidentify              client     eventSubscriptions?
 5     Event                   server     eventType, eventIntent, eventData?
 6     Request                 client     requestType, requestId, requestData?
 7     RequestResponse         server     requestType, requestId, requestStatus
                                          {result, code, comment?}, responseData?
 8     RequestBatch            client     requestId, haltOnFailure?, executionType?,
                                          requests [{requestType, requestId?, requestData?}]
 9     RequestBatchResponse    server     requestId, results [like RequestResponse's d]
====  ======================  =========  ==================================================

Authentication (when Hello carries it)::

    secret = base64(sha256(password + salt))
    auth   = base64(sha256(secret + challenge))

A wrong ``authentication`` closes the socket with close code 4009. Events reach a
client only for the categories set in its ``eventSubscriptions`` bitmask
(:class:`EventSubscription`); outputs (stream, record) are bit 6, scenes bit 2.

Everything here is pure: no I/O, no threads. :func:`decode` raises only
:class:`devices.base.ProtocolError` on bad input, whatever the input.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from devices.base import ProtocolError

#: The only RPC version obs-websocket 5.x speaks.
RPC_VERSION = 1
#: obs-websocket's default TCP port.
DEFAULT_PORT = 4455


class OpCode(enum.IntEnum):
    """The ``op`` of a message."""

    HELLO = 0
    IDENTIFY = 1
    IDENTIFIED = 2
    REIDENTIFY = 3
    EVENT = 5
    REQUEST = 6
    REQUEST_RESPONSE = 7
    REQUEST_BATCH = 8
    REQUEST_BATCH_RESPONSE = 9


class EventSubscription(enum.IntFlag):
    """The ``eventSubscriptions`` bits: which event categories a client receives."""

    NONE = 0
    GENERAL = 1 << 0
    CONFIG = 1 << 1
    SCENES = 1 << 2
    INPUTS = 1 << 3
    TRANSITIONS = 1 << 4
    FILTERS = 1 << 5
    OUTPUTS = 1 << 6
    SCENE_ITEMS = 1 << 7
    MEDIA_INPUTS = 1 << 8
    VENDORS = 1 << 9
    UI = 1 << 10
    ALL = (1 << 11) - 1  # every low-volume category (obs-websocket's default)
    INPUT_VOLUME_METERS = 1 << 16
    INPUT_ACTIVE_STATE_CHANGED = 1 << 17
    INPUT_SHOW_STATE_CHANGED = 1 << 18
    SCENE_ITEM_TRANSFORM_CHANGED = 1 << 19


class RequestStatus(enum.IntEnum):
    """The ``requestStatus.code`` values of obs-websocket 5 (the ones a driver meets)."""

    UNKNOWN = 0
    NO_ERROR = 10
    SUCCESS = 100
    MISSING_REQUEST_TYPE = 203
    UNKNOWN_REQUEST_TYPE = 204
    GENERIC_ERROR = 205
    UNSUPPORTED_REQUEST_BATCH_EXECUTION_TYPE = 206
    NOT_READY = 207
    MISSING_REQUEST_FIELD = 300
    MISSING_REQUEST_DATA = 301
    INVALID_REQUEST_FIELD = 400
    INVALID_REQUEST_FIELD_TYPE = 401
    REQUEST_FIELD_OUT_OF_RANGE = 402
    REQUEST_FIELD_EMPTY = 403
    TOO_MANY_REQUEST_FIELDS = 404
    OUTPUT_RUNNING = 500
    OUTPUT_NOT_RUNNING = 501
    OUTPUT_PAUSED = 502
    OUTPUT_NOT_PAUSED = 503
    OUTPUT_DISABLED = 504
    STUDIO_MODE_ACTIVE = 505
    STUDIO_MODE_NOT_ACTIVE = 506
    RESOURCE_NOT_FOUND = 600
    RESOURCE_ALREADY_EXISTS = 601
    INVALID_RESOURCE_TYPE = 602
    NOT_ENOUGH_RESOURCES = 603
    INVALID_RESOURCE_STATE = 604
    INVALID_INPUT_KIND = 605
    RESOURCE_NOT_CONFIGURABLE = 606
    INVALID_FILTER_KIND = 607
    RESOURCE_CREATION_FAILED = 700
    RESOURCE_ACTION_FAILED = 701
    REQUEST_PROCESSING_FAILED = 702
    CANNOT_ACT = 703


class CloseCode(enum.IntEnum):
    """The WebSocket close codes obs-websocket uses to say why it hung up."""

    UNKNOWN_REASON = 4000
    MESSAGE_DECODE_ERROR = 4002
    MISSING_DATA_FIELD = 4003
    INVALID_DATA_FIELD_TYPE = 4004
    INVALID_DATA_FIELD_VALUE = 4005
    UNKNOWN_OP_CODE = 4006
    NOT_IDENTIFIED = 4007
    ALREADY_IDENTIFIED = 4008
    AUTHENTICATION_FAILED = 4009
    UNSUPPORTED_RPC_VERSION = 4010
    SESSION_INVALIDATED = 4011
    UNSUPPORTED_FEATURE = 4012


class OutputState(enum.Enum):
    """``outputState`` of StreamStateChanged / RecordStateChanged."""

    STARTING = "OBS_WEBSOCKET_OUTPUT_STARTING"
    STARTED = "OBS_WEBSOCKET_OUTPUT_STARTED"
    STOPPING = "OBS_WEBSOCKET_OUTPUT_STOPPING"
    STOPPED = "OBS_WEBSOCKET_OUTPUT_STOPPED"
    RECONNECTING = "OBS_WEBSOCKET_OUTPUT_RECONNECTING"
    RECONNECTED = "OBS_WEBSOCKET_OUTPUT_RECONNECTED"
    PAUSED = "OBS_WEBSOCKET_OUTPUT_PAUSED"
    RESUMED = "OBS_WEBSOCKET_OUTPUT_RESUMED"
    UNKNOWN = "OBS_WEBSOCKET_OUTPUT_UNKNOWN"


#: A request id. The protocol says string; obs-websocket echoes whatever it is given, and
#: clients such as obsws-python send numbers, so numbers are accepted and echoed too.
RequestId = str | int

# -- messages -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hello:
    """op 0: the server greets; ``challenge``/``salt`` are set when it wants a password."""

    obs_websocket_version: str
    rpc_version: int = RPC_VERSION
    challenge: str | None = None
    salt: str | None = None

    @property
    def auth_required(self) -> bool:
        return self.challenge is not None


@dataclass(frozen=True)
class Identify:
    """op 1: the client answers Hello (``authentication`` from :func:`auth_string`)."""

    rpc_version: int = RPC_VERSION
    authentication: str | None = field(default=None, repr=False)
    event_subscriptions: int | None = None


@dataclass(frozen=True)
class Identified:
    """op 2: the session is open."""

    negotiated_rpc_version: int = RPC_VERSION


@dataclass(frozen=True)
class Reidentify:
    """op 3: the client changes its event subscriptions."""

    event_subscriptions: int | None = None


@dataclass(frozen=True)
class Event:
    """op 5: something happened in OBS."""

    event_type: str
    event_intent: int
    event_data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Request:
    """op 6 (or one entry of a batch, where ``request_id`` may be None)."""

    request_type: str
    request_id: RequestId | None
    request_data: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Status:
    """``requestStatus``: ``result`` True on success; ``code`` a :class:`RequestStatus`."""

    result: bool
    code: int
    comment: str | None = None

    def describe(self) -> str:
        """``"code 600 ResourceNotFound: No source was found"`` for logs and refusals."""
        try:
            name = RequestStatus(self.code).name.title().replace("_", "")
        except ValueError:
            name = "unknown code"
        text = f"code {self.code} {name}"
        return f"{text}: {self.comment}" if self.comment else text


@dataclass(frozen=True)
class RequestResponse:
    """op 7 (or one entry of a batch response)."""

    request_type: str
    request_id: RequestId | None
    status: Status
    response_data: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class RequestBatch:
    """op 8: several requests in one message, answered by one op 9."""

    request_id: str
    requests: tuple[Request, ...]
    halt_on_failure: bool = False
    execution_type: int = 0


@dataclass(frozen=True)
class RequestBatchResponse:
    """op 9: the results of a batch, in order."""

    request_id: str
    results: tuple[RequestResponse, ...]


Message = (
    Hello
    | Identify
    | Identified
    | Reidentify
    | Event
    | Request
    | RequestResponse
    | RequestBatch
    | RequestBatchResponse
)


# -- authentication -------------------------------------------------------------------------


def auth_string(password: str, salt: str, challenge: str) -> str:
    """base64(sha256(base64(sha256(password + salt)) + challenge)), as obs-websocket wants."""
    secret = base64.b64encode(hashlib.sha256((password + salt).encode("utf-8")).digest())
    digest = hashlib.sha256(secret + challenge.encode("utf-8")).digest()
    return base64.b64encode(digest).decode("ascii")


# -- encoding -------------------------------------------------------------------------------


def _request_d(request: Request) -> dict[str, Any]:
    d: dict[str, Any] = {"requestType": request.request_type}
    if request.request_id is not None:
        d["requestId"] = request.request_id
    if request.request_data is not None:
        d["requestData"] = dict(request.request_data)
    return d


def _response_d(response: RequestResponse) -> dict[str, Any]:
    status: dict[str, Any] = {"result": response.status.result, "code": response.status.code}
    if response.status.comment is not None:
        status["comment"] = response.status.comment
    d: dict[str, Any] = {"requestType": response.request_type, "requestStatus": status}
    if response.request_id is not None:
        d["requestId"] = response.request_id
    if response.response_data is not None:
        d["responseData"] = dict(response.response_data)
    return d


def to_dict(message: Message) -> dict[str, Any]:
    """The ``{"op": ..., "d": ...}`` object of ``message``."""
    d: dict[str, Any]
    match message:
        case Hello():
            op = OpCode.HELLO
            d = {
                "obsWebSocketVersion": message.obs_websocket_version,
                "rpcVersion": message.rpc_version,
            }
            if message.challenge is not None:
                d["authentication"] = {"challenge": message.challenge, "salt": message.salt}
        case Identify():
            op = OpCode.IDENTIFY
            d = {"rpcVersion": message.rpc_version}
            if message.authentication is not None:
                d["authentication"] = message.authentication
            if message.event_subscriptions is not None:
                d["eventSubscriptions"] = message.event_subscriptions
        case Identified():
            op = OpCode.IDENTIFIED
            d = {"negotiatedRpcVersion": message.negotiated_rpc_version}
        case Reidentify():
            op = OpCode.REIDENTIFY
            d = {}
            if message.event_subscriptions is not None:
                d["eventSubscriptions"] = message.event_subscriptions
        case Event():
            op = OpCode.EVENT
            d = {"eventType": message.event_type, "eventIntent": message.event_intent}
            if message.event_data:
                d["eventData"] = dict(message.event_data)
        case Request():
            op = OpCode.REQUEST
            if message.request_id is None:
                raise ValueError("a request sent alone needs a request id")
            d = _request_d(message)
        case RequestResponse():
            op = OpCode.REQUEST_RESPONSE
            d = _response_d(message)
        case RequestBatch():
            op = OpCode.REQUEST_BATCH
            d = {
                "requestId": message.request_id,
                "haltOnFailure": message.halt_on_failure,
                "executionType": message.execution_type,
                "requests": [_request_d(r) for r in message.requests],
            }
        case RequestBatchResponse():
            op = OpCode.REQUEST_BATCH_RESPONSE
            d = {
                "requestId": message.request_id,
                "results": [_response_d(r) for r in message.results],
            }
        case _:
            raise TypeError(f"not an obs-websocket message: {message!r}")
    return {"op": int(op), "d": d}


def encode(message: Message) -> str:
    """``message`` as the JSON text of one WebSocket frame."""
    return json.dumps(to_dict(message), separators=(",", ":"), ensure_ascii=False)


# -- decoding -------------------------------------------------------------------------------


def _field(d: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in d:
        raise ProtocolError(f"{where}: missing {key!r}")
    return _typed(d[key], kind, f"{where}.{key}")


def _optional(
    d: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str
) -> Any:
    if key not in d or d[key] is None:
        return None
    return _typed(d[key], kind, f"{where}.{key}")


def _typed(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise ProtocolError(f"{where}: expected {_names(kinds)}, got true/false")
    if not isinstance(value, kinds):
        raise ProtocolError(f"{where}: expected {_names(kinds)}, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise ProtocolError(f"{where}: {value} is not a finite number")
    return value


def _names(kinds: tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in kinds)


def _request_from(d: Any, where: str, id_required: bool) -> Request:
    d = _typed(d, dict, where)
    request_type = _field(d, "requestType", str, where)
    if id_required:
        request_id = _field(d, "requestId", (str, int), where)
    else:
        request_id = _optional(d, "requestId", (str, int), where)
    data = _optional(d, "requestData", dict, where)
    return Request(request_type, request_id, data)


def _response_from(d: Any, where: str, id_required: bool) -> RequestResponse:
    d = _typed(d, dict, where)
    request_type = _field(d, "requestType", str, where)
    if id_required:
        request_id = _field(d, "requestId", (str, int), where)
    else:
        request_id = _optional(d, "requestId", (str, int), where)
    status_d = _field(d, "requestStatus", dict, where)
    status = Status(
        _field(status_d, "result", bool, f"{where}.requestStatus"),
        _field(status_d, "code", int, f"{where}.requestStatus"),
        _optional(status_d, "comment", str, f"{where}.requestStatus"),
    )
    data = _optional(d, "responseData", dict, where)
    return RequestResponse(request_type, request_id, status, data)


def from_dict(document: Any) -> Message:
    """The typed message of one decoded JSON object; :class:`ProtocolError` if it is not one."""
    document = _typed(document, dict, "message")
    op = _field(document, "op", int, "message")
    d = _field(document, "d", dict, "message")
    where = f"op {op}"
    match op:
        case OpCode.HELLO:
            auth = _optional(d, "authentication", dict, where)
            challenge = salt = None
            if auth is not None:
                challenge = _field(auth, "challenge", str, f"{where}.authentication")
                salt = _field(auth, "salt", str, f"{where}.authentication")
            return Hello(
                _field(d, "obsWebSocketVersion", str, where),
                _field(d, "rpcVersion", int, where),
                challenge,
                salt,
            )
        case OpCode.IDENTIFY:
            return Identify(
                _field(d, "rpcVersion", int, where),
                _optional(d, "authentication", str, where),
                _optional(d, "eventSubscriptions", int, where),
            )
        case OpCode.IDENTIFIED:
            return Identified(_field(d, "negotiatedRpcVersion", int, where))
        case OpCode.REIDENTIFY:
            return Reidentify(_optional(d, "eventSubscriptions", int, where))
        case OpCode.EVENT:
            data = _optional(d, "eventData", dict, where)
            return Event(
                _field(d, "eventType", str, where),
                _field(d, "eventIntent", int, where),
                data if data is not None else {},
            )
        case OpCode.REQUEST:
            return _request_from(d, where, id_required=True)
        case OpCode.REQUEST_RESPONSE:
            return _response_from(d, where, id_required=True)
        case OpCode.REQUEST_BATCH:
            requests = _field(d, "requests", list, where)
            execution_type = _optional(d, "executionType", int, where)
            halt = _optional(d, "haltOnFailure", bool, where)
            return RequestBatch(
                _field(d, "requestId", str, where),
                tuple(
                    _request_from(r, f"{where}.requests[{i}]", id_required=False)
                    for i, r in enumerate(requests)
                ),
                bool(halt),
                execution_type if execution_type is not None else 0,
            )
        case OpCode.REQUEST_BATCH_RESPONSE:
            results = _field(d, "results", list, where)
            return RequestBatchResponse(
                _field(d, "requestId", str, where),
                tuple(
                    _response_from(r, f"{where}.results[{i}]", id_required=False)
                    for i, r in enumerate(results)
                ),
            )
    raise ProtocolError(f"unknown op code {op}")


def decode(text: str | bytes) -> Message:
    """Parse one frame's text; :class:`ProtocolError` (only) when it is not a valid message."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ProtocolError(f"not UTF-8: {error}") from None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ProtocolError(f"not JSON: {error}") from None
    return from_dict(document)


# -- typed response and event data ----------------------------------------------------------


@dataclass(frozen=True)
class VersionInfo:
    """GetVersion: the OBS and obs-websocket versions and the requests this OBS knows."""

    obs_version: str
    obs_websocket_version: str
    rpc_version: int
    available_requests: frozenset[str]
    platform: str = ""


@dataclass(frozen=True)
class StreamStatus:
    """GetStreamStatus: the stream output now (``congestion`` 0..1, ``duration_ms``)."""

    active: bool
    reconnecting: bool
    timecode: str
    duration_ms: int
    congestion: float
    bytes: int
    skipped_frames: int
    total_frames: int


@dataclass(frozen=True)
class RecordStatus:
    """GetRecordStatus: the record output now."""

    active: bool
    paused: bool
    timecode: str
    duration_ms: int
    bytes: int


@dataclass(frozen=True)
class SceneList:
    """GetSceneList: scene names top to bottom as OBS shows them, and the program scene."""

    scenes: tuple[str, ...]
    program: str | None
    preview: str | None


@dataclass(frozen=True)
class OutputStateChanged:
    """StreamStateChanged / RecordStateChanged data."""

    active: bool
    state: OutputState
    path: str | None = None


def _number(d: Mapping[str, Any], key: str, where: str, default: float = 0.0) -> float:
    value = _optional(d, key, (int, float), where)
    return float(value) if value is not None else default


def _count(d: Mapping[str, Any], key: str, where: str) -> int:
    value = _optional(d, key, (int, float), where)
    if value is None:
        return 0
    if value < 0:
        raise ProtocolError(f"{where}.{key}: {value} is negative")
    return int(value)


def parse_version(data: Mapping[str, Any] | None) -> VersionInfo:
    where = "GetVersion"
    data = _typed(data, dict, where)
    requests = _optional(data, "availableRequests", list, where) or []
    for index, name in enumerate(requests):
        _typed(name, str, f"{where}.availableRequests[{index}]")
    return VersionInfo(
        _field(data, "obsVersion", str, where),
        _field(data, "obsWebSocketVersion", str, where),
        _field(data, "rpcVersion", int, where),
        frozenset(requests),
        _optional(data, "platform", str, where) or "",
    )


def parse_stream_status(data: Mapping[str, Any] | None) -> StreamStatus:
    where = "GetStreamStatus"
    data = _typed(data, dict, where)
    congestion = _number(data, "outputCongestion", where)
    return StreamStatus(
        _field(data, "outputActive", bool, where),
        bool(_optional(data, "outputReconnecting", bool, where)),
        _optional(data, "outputTimecode", str, where) or "",
        _count(data, "outputDuration", where),
        min(1.0, max(0.0, congestion)),
        _count(data, "outputBytes", where),
        _count(data, "outputSkippedFrames", where),
        _count(data, "outputTotalFrames", where),
    )


def parse_record_status(data: Mapping[str, Any] | None) -> RecordStatus:
    where = "GetRecordStatus"
    data = _typed(data, dict, where)
    return RecordStatus(
        _field(data, "outputActive", bool, where),
        bool(_optional(data, "outputPaused", bool, where)),
        _optional(data, "outputTimecode", str, where) or "",
        _count(data, "outputDuration", where),
        _count(data, "outputBytes", where),
    )


def parse_scene_list(data: Mapping[str, Any] | None) -> SceneList:
    """Scenes in the order OBS lists them in its window (the wire lists them bottom up)."""
    where = "GetSceneList"
    data = _typed(data, dict, where)
    scenes = _field(data, "scenes", list, where)
    indexed: list[tuple[int, str]] = []
    for position, scene in enumerate(scenes):
        scene_where = f"{where}.scenes[{position}]"
        scene = _typed(scene, dict, scene_where)
        name = _field(scene, "sceneName", str, scene_where)
        index = _optional(scene, "sceneIndex", int, scene_where)
        indexed.append((index if index is not None else position, name))
    ordered = [name for _index, name in sorted(indexed, reverse=True)]
    return SceneList(
        tuple(ordered),
        _optional(data, "currentProgramSceneName", str, where),
        _optional(data, "currentPreviewSceneName", str, where),
    )


def parse_program_scene(data: Mapping[str, Any] | None, where: str) -> str:
    """GetCurrentProgramScene's or CurrentProgramSceneChanged's scene name."""
    data = _typed(data, dict, where)
    name = _optional(data, "sceneName", str, where)
    if name is None:
        name = _optional(data, "currentProgramSceneName", str, where)
    if name is None:
        raise ProtocolError(f"{where}: missing 'sceneName'")
    return str(name)


def parse_output_state(data: Mapping[str, Any] | None, where: str) -> OutputStateChanged:
    data = _typed(data, dict, where)
    raw_state = _field(data, "outputState", str, where)
    try:
        state = OutputState(raw_state)
    except ValueError:
        state = OutputState.UNKNOWN
    return OutputStateChanged(
        _field(data, "outputActive", bool, where),
        state,
        _optional(data, "outputPath", str, where),
    )


def stream_service_configured(data: Mapping[str, Any] | None) -> tuple[bool, str, str]:
    """GetStreamServiceSettings as ``(configured, service type, server)``, never the key.

    Configured means a server (or a named service) and a non-empty stream key; the
    key itself is not returned, so it cannot reach a log or the screen.
    """
    where = "GetStreamServiceSettings"
    data = _typed(data, dict, where)
    service_type = _optional(data, "streamServiceType", str, where) or ""
    settings = _optional(data, "streamServiceSettings", dict, where) or {}
    server = settings.get("server")
    service = settings.get("service")
    key = settings.get("key")
    server_text = server if isinstance(server, str) else ""
    where_to = server_text or (service if isinstance(service, str) else "")
    configured = bool(where_to.strip()) and isinstance(key, str) and bool(key.strip())
    return configured, service_type, where_to
