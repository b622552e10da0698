"""A simulated OBS Studio: a real obs-websocket v5 server on 127.0.0.1 with fault injection.

It speaks the protocol of :mod:`devices.streaming.obsws` over ``websockets``' threaded
server (one thread per client): Hello with a SHA-256 challenge when a password is set
(a wrong answer closes with 4009), Identify/Identified, Reidentify, requests, request
batches, and events filtered by each client's ``eventSubscriptions``. It keeps a
scene list, a program scene, a stream output and a record output whose statistics
grow with time (bytes, frames, duration), and answers the requests the streaming
driver uses; anything else is ``UnknownRequestType`` (204), as OBS answers it.

OBS versions: ``obs_version`` 30.2 and later (obs-websocket 5.5) know
``CreateRecordChapter``; give an older version (or ``chapters=False``) to simulate an
OBS without chapter markers.

Faults: :meth:`drop_link` (every client's TCP connection cut without a close frame,
new ones cut at once, until :meth:`restore_link`), :meth:`set_silent` (messages read
but never answered, no events), :meth:`set_garbage` / :meth:`set_partial_frames`
(malformed or truncated JSON instead of answers), :meth:`set_reply_delay`,
:meth:`set_reconnecting` (the stream output loses its server and retries),
:meth:`set_congestion`, :meth:`skip_frames`, :meth:`refuse` (a request type fails),
:meth:`end_stream` / :meth:`end_recording` (an output stops by itself).
"""

from __future__ import annotations

import base64
import heapq
import itertools
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

from devices.base import ProtocolError
from devices.streaming import obsws
from devices.streaming.obsws import (
    Event,
    EventSubscription,
    Hello,
    Identified,
    Identify,
    OutputState,
    Reidentify,
    Request,
    RequestBatch,
    RequestBatchResponse,
    RequestResponse,
    RequestStatus,
    Status,
)
from devices.streaming.wire_log import wire_logger

log = logging.getLogger("devices.streaming.simulator")

DEFAULT_SCENES = ("Starting soon", "Speaker", "Slides", "Break")
#: The first OBS (and obs-websocket) with CreateRecordChapter.
CHAPTERS_SINCE_OBS = (30, 2)

_EVENT_CATEGORY = {
    "StreamStateChanged": EventSubscription.OUTPUTS,
    "RecordStateChanged": EventSubscription.OUTPUTS,
    "RecordFileChanged": EventSubscription.OUTPUTS,
    "CurrentProgramSceneChanged": EventSubscription.SCENES,
    "SceneListChanged": EventSubscription.SCENES,
    "ExitStarted": EventSubscription.GENERAL,
}

#: Requests this simulator answers (GetVersion lists them as availableRequests).
_BASE_REQUESTS = (
    "GetVersion",
    "GetStats",
    "GetSceneList",
    "GetCurrentProgramScene",
    "SetCurrentProgramScene",
    "GetStreamStatus",
    "StartStream",
    "StopStream",
    "ToggleStream",
    "GetRecordStatus",
    "StartRecord",
    "StopRecord",
    "ToggleRecord",
    "GetStreamServiceSettings",
    "GetRecordDirectory",
)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts: list[int] = []
    for part in text.split("."):
        digits = "".join(itertools.takewhile(str.isdigit, part))
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


@dataclass(eq=False)
class _Client:
    """One identified client: its connection and the events it asked for."""

    connection: ServerConnection
    subscriptions: int = int(EventSubscription.ALL)
    identified: bool = False


@dataclass
class _Output:
    """A stream or record output with statistics that grow while it runs."""

    active: bool = False
    started_at: float = 0.0
    reconnecting: bool = False
    congestion: float = 0.0
    skipped: int = 0
    paused: bool = False
    path: str | None = None
    changes: list[str] = field(default_factory=list)

    def duration_ms(self, now: float) -> int:
        return int((now - self.started_at) * 1000) if self.active else 0


def _timecode(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


class StreamingSimulator:
    """An OBS Studio on loopback speaking obs-websocket v5; :meth:`start` returns its URL."""

    def __init__(
        self,
        password: str = "",
        scenes: Sequence[str] = DEFAULT_SCENES,
        *,
        obs_version: str = "30.2.3",
        websocket_version: str = "5.5.2",
        chapters: bool | None = None,
        stream_configured: bool = True,
        record_directory: str = "/home/obs/Videos",
        host: str = "127.0.0.1",
        port: int = 0,
        output_step_s: float = 0.02,
        fps: int = 30,
        bitrate_kbps: int = 6000,
    ) -> None:
        if not scenes:
            raise ValueError("the simulator needs at least one scene")
        self.password = password
        self.obs_version = obs_version
        self.websocket_version = websocket_version
        if chapters is None:
            chapters = _version_tuple(obs_version)[:2] >= CHAPTERS_SINCE_OBS
        self.chapters = chapters
        self.stream_configured = stream_configured
        self.record_directory = record_directory
        self._listen = (host, port)
        self._output_step_s = output_step_s
        self._fps = fps
        self._bitrate_kbps = bitrate_kbps

        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._clients: list[_Client] = []
        self._server: Server | None = None
        self._threads: list[threading.Thread] = []
        self._running = False
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._sequence = itertools.count()
        self._wakeup = threading.Condition(self._lock)

        self.scenes: list[str] = list(scenes)
        self.program_scene = self.scenes[0]
        self.stream = _Output()
        self.record = _Output()
        self.chapters_made: list[str] = []
        self.received: list[tuple[str, Mapping[str, Any] | None]] = []
        self.auth_failures = 0
        self.connections = 0
        #: Called on the client's thread with (requestType, perf_counter) as each request
        #: arrives, before it is handled (benchmarks).
        self.on_request_received: Callable[[str, float], None] | None = None

        self._dropped = False
        self._silent = False
        self._garbage = False
        self._partial = False
        self._reply_delay = 0.0
        self._refusals: dict[str, tuple[int, str]] = {}
        self._reconnect_when_started = False

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> str:
        """Listen and serve on threads of its own; returns the ``ws://`` URL."""
        self._server = serve(
            self._handle,
            self._listen[0],
            self._listen[1],
            ping_interval=None,
            close_timeout=1,
            compression=None,
            logger=wire_logger("devices.streaming.simulator.wire"),
        )
        self._running = True
        for name, target in (
            ("serve", self._server.serve_forever),
            ("schedule", self._schedule_loop),
        ):
            thread = threading.Thread(target=target, name=f"obs-sim-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self.url

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("simulator not started")
        return int(self._server.socket.getsockname()[1])

    @property
    def url(self) -> str:
        return f"ws://{self._listen[0]}:{self.port}"

    def stop(self) -> None:
        """Close every client and the listening socket; join the threads (idempotent)."""
        with self._lock:
            if not self._running:
                return
            self._running = False
            self._wakeup.notify_all()
            self._changed.notify_all()
            clients = list(self._clients)
        for client in clients:
            self._cut(client.connection)
        if self._server is not None:
            self._server.shutdown()
        for thread in self._threads:
            thread.join(timeout=2.0)
        self._threads.clear()

    @property
    def client_count(self) -> int:
        """Clients identified and connected now."""
        with self._lock:
            return len(self._clients)

    # -- faults --------------------------------------------------------------------------

    def drop_link(self) -> None:
        """Cut every connection without a close frame; cut new ones until restored."""
        with self._lock:
            self._dropped = True
            clients = list(self._clients)
        for client in clients:
            self._cut(client.connection)

    def restore_link(self) -> None:
        with self._lock:
            self._dropped = False

    def set_silent(self, silent: bool) -> None:
        """Silent: read every message, answer none, send no events, greet nobody (a hung OBS)."""
        with self._lock:
            self._silent = silent
            self._changed.notify_all()

    def set_garbage(self, garbage: bool) -> None:
        """Answer with text frames that are not JSON."""
        with self._lock:
            self._garbage = garbage

    def set_partial_frames(self, partial: bool) -> None:
        """Answer with JSON cut short."""
        with self._lock:
            self._partial = partial

    def set_reply_delay(self, seconds: float) -> None:
        with self._lock:
            self._reply_delay = max(0.0, seconds)

    def set_reconnecting(self, reconnecting: bool) -> None:
        """The stream output loses (or regains) its ingest server (once streaming, if not yet)."""
        with self._lock:
            self._reconnect_when_started = reconnecting
            if not self.stream.active or self.stream.reconnecting == reconnecting:
                return
            self.stream.reconnecting = reconnecting
            state = OutputState.RECONNECTING if reconnecting else OutputState.RECONNECTED
        self._output_event("StreamStateChanged", True, state)

    def set_congestion(self, congestion: float) -> None:
        """The stream's congestion (0..1) as GetStreamStatus reports it."""
        with self._lock:
            self.stream.congestion = min(1.0, max(0.0, float(congestion)))

    def skip_frames(self, count: int) -> None:
        """The encoder skips ``count`` more frames (seen in GetStreamStatus)."""
        with self._lock:
            self.stream.skipped += max(0, int(count))

    def refuse(
        self,
        request_type: str,
        code: int = RequestStatus.REQUEST_PROCESSING_FAILED,
        comment: str = "refused by the simulator",
    ) -> None:
        """Fail every ``request_type`` request with ``code`` and ``comment`` until cleared."""
        with self._lock:
            self._refusals[request_type] = (int(code), comment)

    def clear_refusals(self) -> None:
        with self._lock:
            self._refusals.clear()

    def end_stream(self) -> None:
        """The stream stops by itself (the ingest server went away for good)."""
        self._stop_output("stream")

    def end_recording(self) -> None:
        """The recording stops by itself (the disk is full)."""
        self._stop_output("record")

    # -- the OBS window (changes not made by our driver) ---------------------------------

    def switch_scene(self, name: str) -> None:
        """The operator at OBS picks another program scene."""
        with self._lock:
            if name not in self.scenes:
                raise ValueError(f"no scene {name!r}")
            changed = name != self.program_scene
            self.program_scene = name
        if changed:
            self._event("CurrentProgramSceneChanged", {"sceneName": name})

    def set_scenes(self, scenes: Sequence[str]) -> None:
        """Replace the scene list (SceneListChanged); the program scene stays if it still exists."""
        with self._lock:
            self.scenes = list(scenes)
            if self.program_scene not in self.scenes and self.scenes:
                self.program_scene = self.scenes[0]
            payload = self._scene_list_payload()["scenes"]
        self._event("SceneListChanged", {"scenes": payload})

    # -- what it received ----------------------------------------------------------------

    def requests_of(self, request_type: str) -> list[Mapping[str, Any] | None]:
        with self._lock:
            return [data for kind, data in self.received if kind == request_type]

    def wait_received(self, request_type: str, count: int = 1, timeout: float = 5.0) -> bool:
        """Wait until ``count`` requests of ``request_type`` have arrived (and been handled)."""

        def enough() -> bool:
            return sum(1 for kind, _data in self.received if kind == request_type) >= count

        with self._lock:
            return self._changed.wait_for(enough, timeout)

    def wait_clients(self, count: int, timeout: float = 5.0) -> bool:
        with self._lock:
            return self._changed.wait_for(lambda: len(self._clients) == count, timeout)

    # -- a connection ----------------------------------------------------------------------

    def _handle(self, connection: ServerConnection) -> None:
        with self._lock:
            self.connections += 1
            dropped = self._dropped
        if dropped:
            self._cut(connection)
            return
        client = _Client(connection)
        try:
            with self._lock:  # a hung OBS does not even say Hello
                self._changed.wait_for(lambda: not self._silent or not self._running)
            if not self._identify(client):
                return
            with self._lock:
                self._clients.append(client)
                self._changed.notify_all()
            for frame in connection:
                self._on_frame(client, frame)
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                if client in self._clients:
                    self._clients.remove(client)
                self._changed.notify_all()

    def _identify(self, client: _Client) -> bool:
        """Hello, then Identify checked (rpc version, password); False when refused."""
        connection = client.connection
        challenge = salt = None
        if self.password:
            challenge = base64.b64encode(os.urandom(32)).decode("ascii")
            salt = base64.b64encode(os.urandom(32)).decode("ascii")
        connection.send(obsws.encode(Hello(self.websocket_version, 1, challenge, salt)))
        try:
            frame = connection.recv(timeout=10.0)
        except TimeoutError:
            connection.close(obsws.CloseCode.NOT_IDENTIFIED, "Identify not received.")
            return False
        try:
            message = obsws.decode(frame)
        except ProtocolError as error:
            connection.close(obsws.CloseCode.MESSAGE_DECODE_ERROR, str(error)[:100])
            return False
        if not isinstance(message, Identify):
            connection.close(
                obsws.CloseCode.NOT_IDENTIFIED,
                "The session is not identified; the first message must be Identify.",
            )
            return False
        if message.rpc_version != obsws.RPC_VERSION:
            connection.close(obsws.CloseCode.UNSUPPORTED_RPC_VERSION, "Unsupported RPC version.")
            return False
        if challenge is not None and salt is not None:
            expected = obsws.auth_string(self.password, salt, challenge)
            if message.authentication != expected:
                with self._lock:
                    self.auth_failures += 1
                connection.close(obsws.CloseCode.AUTHENTICATION_FAILED, "Authentication failed.")
                return False
        if message.event_subscriptions is not None:
            client.subscriptions = message.event_subscriptions
        client.identified = True
        connection.send(obsws.encode(Identified(obsws.RPC_VERSION)))
        return True

    def _on_frame(self, client: _Client, frame: str | bytes) -> None:
        arrived = time.perf_counter()
        try:
            message = obsws.decode(frame)
        except ProtocolError as error:
            client.connection.close(obsws.CloseCode.MESSAGE_DECODE_ERROR, str(error)[:100])
            return
        if isinstance(message, Request):
            hook = self.on_request_received
            if hook is not None:
                hook(message.request_type, arrived)
        with self._lock:
            silent = self._silent
        answer: RequestResponse | RequestBatchResponse | None = None
        if isinstance(message, Request):
            result = self._request(message)
            answer = result if not silent else None
        elif isinstance(message, RequestBatch):
            results: list[RequestResponse] = []
            for request in message.requests:
                response = self._request(request)
                results.append(response)
                if message.halt_on_failure and not response.status.result:
                    break
            answer = RequestBatchResponse(message.request_id, tuple(results))
            if silent:
                answer = None
        elif isinstance(message, Reidentify):
            if message.event_subscriptions is not None:
                client.subscriptions = message.event_subscriptions
            if not silent:
                self._send(client, obsws.encode(Identified(obsws.RPC_VERSION)))
        elif isinstance(message, Identify):
            client.connection.close(obsws.CloseCode.ALREADY_IDENTIFIED, "Already identified.")
            return
        else:
            client.connection.close(obsws.CloseCode.UNKNOWN_OP_CODE, "Not a client message.")
            return
        if answer is not None:
            self._send(client, obsws.encode(answer))

    # -- requests ------------------------------------------------------------------------

    def available_requests(self) -> list[str]:
        names = list(_BASE_REQUESTS)
        if self.chapters:
            names.append("CreateRecordChapter")
        return names

    def _request(self, request: Request) -> RequestResponse:
        kind = request.request_type
        data = request.request_data or {}
        with self._lock:
            self.received.append((kind, request.request_data))
            refusal = self._refusals.get(kind)
        try:
            if refusal is not None:
                code, comment = refusal
                return self._answer(request, Status(False, code, comment))
            handler = getattr(self, f"_req_{kind}", None)
            if handler is None or (kind == "CreateRecordChapter" and not self.chapters):
                return self._answer(
                    request,
                    Status(
                        False,
                        RequestStatus.UNKNOWN_REQUEST_TYPE,
                        f"Your request type is not valid: {kind}",
                    ),
                )
            status, response_data = handler(data)
            return self._answer(request, status, response_data)
        finally:
            with self._lock:
                self._changed.notify_all()

    @staticmethod
    def _answer(
        request: Request, status: Status, data: Mapping[str, Any] | None = None
    ) -> RequestResponse:
        return RequestResponse(request.request_type, request.request_id, status, data)

    _OK = Status(True, RequestStatus.SUCCESS)

    def _req_GetVersion(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        return self._OK, {
            "obsVersion": self.obs_version,
            "obsWebSocketVersion": self.websocket_version,
            "rpcVersion": obsws.RPC_VERSION,
            "availableRequests": self.available_requests(),
            "supportedImageFormats": ["png", "jpg"],
            "platform": "simulator",
            "platformDescription": "controlroom OBS simulator",
        }

    def _req_GetStats(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        with self._lock:
            skipped = self.stream.skipped
        return self._OK, {
            "cpuUsage": 3.2,
            "memoryUsage": 180.5,
            "activeFps": float(self._fps),
            "renderSkippedFrames": 0,
            "outputSkippedFrames": skipped,
            "webSocketSessionIncomingMessages": len(self.received),
        }

    def _scene_list_payload(self) -> dict[str, Any]:
        count = len(self.scenes)
        # obs-websocket lists scenes bottom up: sceneIndex 0 is the last in OBS's list.
        scenes = [
            {"sceneIndex": count - 1 - position, "sceneName": name, "sceneUuid": _uuid(name)}
            for position, name in reversed(list(enumerate(self.scenes)))
        ]
        return {
            "currentProgramSceneName": self.program_scene,
            "currentProgramSceneUuid": _uuid(self.program_scene),
            "currentPreviewSceneName": None,
            "currentPreviewSceneUuid": None,
            "scenes": scenes,
        }

    def _req_GetSceneList(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        with self._lock:
            return self._OK, self._scene_list_payload()

    def _req_GetCurrentProgramScene(  # noqa: N802
        self, data: Mapping[str, Any]
    ) -> tuple[Status, dict[str, Any]]:
        with self._lock:
            name = self.program_scene
        return self._OK, {
            "sceneName": name,
            "sceneUuid": _uuid(name),
            "currentProgramSceneName": name,
            "currentProgramSceneUuid": _uuid(name),
        }

    def _req_SetCurrentProgramScene(  # noqa: N802
        self, data: Mapping[str, Any]
    ) -> tuple[Status, dict[str, Any] | None]:
        name = data.get("sceneName")
        if name is None:
            return Status(
                False, RequestStatus.MISSING_REQUEST_FIELD, "Your request is missing the field."
            ), None
        if not isinstance(name, str):
            return Status(
                False, RequestStatus.INVALID_REQUEST_FIELD_TYPE, "sceneName must be a string."
            ), None
        with self._lock:
            if name not in self.scenes:
                return Status(
                    False,
                    RequestStatus.RESOURCE_NOT_FOUND,
                    f"No source was found by the name of `{name}`.",
                ), None
        self.switch_scene(name)
        return self._OK, None

    def _stream_status(self) -> dict[str, Any]:
        now = time.monotonic()
        with self._lock:
            stream = self.stream
            ms = stream.duration_ms(now)
            return {
                "outputActive": stream.active,
                "outputReconnecting": stream.reconnecting,
                "outputTimecode": _timecode(ms),
                "outputDuration": ms,
                "outputCongestion": stream.congestion if stream.active else 0.0,
                "outputBytes": ms * self._bitrate_kbps // 8,
                "outputSkippedFrames": stream.skipped,
                "outputTotalFrames": ms * self._fps // 1000,
            }

    def _req_GetStreamStatus(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        return self._OK, self._stream_status()

    def _req_GetRecordStatus(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        now = time.monotonic()
        with self._lock:
            record = self.record
            ms = record.duration_ms(now)
            return self._OK, {
                "outputActive": record.active,
                "outputPaused": record.paused,
                "outputTimecode": _timecode(ms),
                "outputDuration": ms,
                "outputBytes": ms * self._bitrate_kbps // 8,
            }

    def _req_StartStream(self, data: Mapping[str, Any]) -> tuple[Status, None]:  # noqa: N802
        with self._lock:
            if self.stream.active:
                return Status(False, RequestStatus.OUTPUT_RUNNING, None), None
        self._start_output("stream")
        return self._OK, None

    def _req_StopStream(self, data: Mapping[str, Any]) -> tuple[Status, None]:  # noqa: N802
        with self._lock:
            if not self.stream.active:
                return Status(False, RequestStatus.OUTPUT_NOT_RUNNING, None), None
        self._stop_output("stream")
        return self._OK, None

    def _req_ToggleStream(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        with self._lock:
            active = self.stream.active
        if active:
            self._stop_output("stream")
        else:
            self._start_output("stream")
        return self._OK, {"outputActive": not active}

    def _req_StartRecord(self, data: Mapping[str, Any]) -> tuple[Status, None]:  # noqa: N802
        with self._lock:
            if self.record.active:
                return Status(False, RequestStatus.OUTPUT_RUNNING, None), None
        self._start_output("record")
        return self._OK, None

    def _req_StopRecord(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any] | None]:  # noqa: N802
        with self._lock:
            if not self.record.active:
                return Status(False, RequestStatus.OUTPUT_NOT_RUNNING, None), None
            path = self.record.path
        self._stop_output("record")
        return self._OK, {"outputPath": path}

    def _req_ToggleRecord(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        with self._lock:
            active = self.record.active
        if active:
            self._stop_output("record")
        else:
            self._start_output("record")
        return self._OK, {"outputActive": not active}

    def _req_GetStreamServiceSettings(  # noqa: N802
        self, data: Mapping[str, Any]
    ) -> tuple[Status, dict[str, Any]]:
        settings: dict[str, Any]
        if self.stream_configured:
            settings = {
                "bwtest": False,
                "key": "sim-stream-key-0000",
                "server": "rtmp://127.0.0.1/live",
                "use_auth": False,
            }
        else:
            settings = {"bwtest": False, "key": "", "server": "", "use_auth": False}
        return self._OK, {"streamServiceType": "rtmp_custom", "streamServiceSettings": settings}

    def _req_GetRecordDirectory(self, data: Mapping[str, Any]) -> tuple[Status, dict[str, Any]]:  # noqa: N802
        return self._OK, {"recordDirectory": self.record_directory}

    def _req_CreateRecordChapter(self, data: Mapping[str, Any]) -> tuple[Status, None]:  # noqa: N802
        name = data.get("chapterName")
        if name is not None and not isinstance(name, str):
            return Status(
                False, RequestStatus.INVALID_REQUEST_FIELD_TYPE, "chapterName must be a string."
            ), None
        with self._lock:
            if not self.record.active:
                return Status(False, RequestStatus.OUTPUT_NOT_RUNNING, None), None
            self.chapters_made.append(name or "")
        return self._OK, None

    # -- outputs -------------------------------------------------------------------------

    def _output(self, which: str) -> _Output:
        return self.stream if which == "stream" else self.record

    def _start_output(self, which: str) -> None:
        event = "StreamStateChanged" if which == "stream" else "RecordStateChanged"
        self._output_event(event, False, OutputState.STARTING)

        def started() -> None:
            with self._lock:
                output = self._output(which)
                if which == "stream" and not self.stream_configured:
                    failed = True
                else:
                    failed = False
                    output.active = True
                    output.started_at = time.monotonic()
                    output.reconnecting = False
                    output.skipped = 0
                    if which == "record":
                        stamp = time.strftime("%Y-%m-%d %H-%M-%S")
                        output.path = f"{self.record_directory}/{stamp}.mkv"
                path = output.path
            if failed:
                self._output_event(event, False, OutputState.STOPPED)
                return
            self._output_event(event, True, OutputState.STARTED, path)
            if which == "stream" and self._reconnect_when_started:
                self.set_reconnecting(True)

        self._schedule(self._output_step_s, started)

    def _stop_output(self, which: str) -> None:
        event = "StreamStateChanged" if which == "stream" else "RecordStateChanged"
        with self._lock:
            if not self._output(which).active:
                return
        self._output_event(event, True, OutputState.STOPPING)

        def stopped() -> None:
            with self._lock:
                output = self._output(which)
                output.active = False
                output.reconnecting = False
                output.congestion = 0.0
                path = output.path
            self._output_event(event, False, OutputState.STOPPED, path)

        self._schedule(self._output_step_s, stopped)

    def _output_event(
        self, event: str, active: bool, state: OutputState, path: str | None = None
    ) -> None:
        data: dict[str, Any] = {"outputActive": active, "outputState": state.value}
        if event == "RecordStateChanged":
            data["outputPath"] = path
        self._event(event, data)

    # -- sending -------------------------------------------------------------------------

    def _event(self, event_type: str, data: Mapping[str, Any]) -> None:
        category = int(_EVENT_CATEGORY.get(event_type, EventSubscription.GENERAL))
        text = obsws.encode(Event(event_type, category, data))
        with self._lock:
            if self._silent:
                return
            targets = [c for c in self._clients if c.subscriptions & category]
        for client in targets:
            self._send(client, text)

    def _send(self, client: _Client, text: str) -> None:
        with self._lock:
            if self._silent:
                return
            if self._garbage:
                text = "\x00garbage{" + text[:8]
            elif self._partial:
                text = text[: max(1, len(text) // 2)]
            delay = self._reply_delay
        if delay > 0:
            self._schedule(delay, lambda: self._send_now(client, text))
        else:
            self._send_now(client, text)

    @staticmethod
    def _send_now(client: _Client, text: str) -> None:
        try:
            client.connection.send(text)
        except (ConnectionClosed, OSError) as error:
            log.debug("OBS simulator cannot send: %s", error)

    @staticmethod
    def _cut(connection: ServerConnection) -> None:
        """End the TCP connection without a WebSocket close frame (a pulled cable).

        Only ``shutdown``: it wakes the connection's reader, which then closes the
        socket itself (closing the descriptor under its epoll would leave it waiting).
        """
        try:
            connection.socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # -- the timed queue -----------------------------------------------------------------

    def _schedule(self, delay: float, action: Callable[[], None]) -> None:
        with self._lock:
            due = time.monotonic() + delay
            heapq.heappush(self._heap, (due, next(self._sequence), action))
            self._wakeup.notify_all()

    def _schedule_loop(self) -> None:
        while True:
            with self._lock:
                while self._running:
                    if self._heap:
                        wait = self._heap[0][0] - time.monotonic()
                        if wait <= 0:
                            break
                        self._wakeup.wait(wait)
                    else:
                        self._wakeup.wait()
                if not self._running:
                    return
                _due, _seq, action = heapq.heappop(self._heap)
            try:
                action()
            except Exception:
                log.exception("OBS simulator: scheduled action failed")


def _uuid(name: str) -> str:
    """A stable made-up UUID for a scene name (OBS 30 gives every scene one)."""
    digest = base64.b16encode(name.encode("utf-8")).decode("ascii").lower().ljust(32, "0")[:32]
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"
