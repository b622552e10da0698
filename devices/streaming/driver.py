"""The streaming-encoder driver: OBS Studio over obs-websocket v5, on threads of its own.

The conversation (see :mod:`devices.streaming.obsws` for the messages):

- The I/O thread connects to ``ws://host:port`` (``websockets``' sync client), reads
  Hello, answers Identify (with the SHA-256 answer when OBS asks for a password,
  subscribing to the general, scene and output events) and waits for Identified.
  A wrong password closes with 4009: the status becomes FAILED, saying so.
- Resync: one request batch asks GetVersion, GetSceneList, GetCurrentProgramScene,
  GetStreamStatus, GetRecordStatus, GetStreamServiceSettings and GetRecordDirectory;
  when it answers, the state is rebuilt and the status becomes OK.
- Then the state follows OBS's events (StreamStateChanged, RecordStateChanged,
  CurrentProgramSceneChanged, SceneListChanged...) and a poll every ``poll_interval``
  (a batch of GetStreamStatus + GetRecordStatus: congestion, bytes and skipped
  frames have no events). The poll doubles as the liveness check: after
  ``missed_polls`` unanswered polls (about 3 s) OBS is offline, the socket is
  closed, and the driver reconnects with the capped backoff and resyncs. A closed
  socket is offline at once.
- Commands return a ``Future`` at once; a writer thread puts them on the wire, so the
  caller never waits on the socket. A Future resolves to the response's data when
  OBS answers success, fails with :class:`CommandRefused` naming OBS's status code
  and comment when it refuses, with :class:`CommandTimeout` after
  ``command_timeout``, and with :class:`DeviceOffline` when not connected.

Chapter markers (CreateRecordChapter) need OBS 30.2+; on an older OBS the command
fails with the reason and the driver says so once in the log.

The password is never logged; the state never holds the stream key.
"""

from __future__ import annotations

import dataclasses
import enum
import itertools
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.sync.client import ClientConnection, connect

from devices.base import (
    Backoff,
    CommandRefused,
    CommandTimeout,
    DeviceError,
    DeviceOffline,
    LinkState,
    ProtocolError,
)
from devices.driver_base import DriverBase
from devices.streaming import obsws
from devices.streaming.kind import DEFAULT_CONGESTION_ALARM, StreamingConfig
from devices.streaming.obsws import (
    CloseCode,
    Event,
    EventSubscription,
    Hello,
    Identified,
    Identify,
    OutputState,
    Request,
    RequestBatch,
    RequestBatchResponse,
    RequestResponse,
)
from devices.streaming.wire_log import wire_logger

log = logging.getLogger("devices.streaming")
_WIRE_LOG = wire_logger("devices.streaming.wire")

#: How long the I/O thread waits for a frame before looking at its timers (seconds).
TICK_S = 0.05
#: The event categories the driver asks for.
SUBSCRIPTIONS = EventSubscription.GENERAL | EventSubscription.SCENES | EventSubscription.OUTPUTS

_RESYNC = (
    "GetVersion",
    "GetSceneList",
    "GetCurrentProgramScene",
    "GetStreamStatus",
    "GetRecordStatus",
    "GetStreamServiceSettings",
    "GetRecordDirectory",
)
_POLL = ("GetStreamStatus", "GetRecordStatus")
_READINESS = ("GetSceneList", "GetStreamServiceSettings", "GetRecordDirectory")


class StreamingAlarm(enum.Enum):
    """What in a streaming state the show should alarm on."""

    STREAM_DROPPED = "stream dropped"
    STREAM_RECONNECTING = "stream reconnecting"
    CONGESTION = "stream congested"
    FRAMES_SKIPPED = "frames skipped"
    RECORDING_STOPPED = "recording stopped"


@dataclass(frozen=True)
class StreamingState:
    """What OBS last told us (``None``: not known since the last (re)connect).

    ``stream_dropped`` / ``record_stopped_unexpectedly``: the output stopped without
    our asking (cleared when it starts again). ``frames_skipped_recently``: frames
    the encoder skipped between the last two polls. ``stream_service`` is the server
    or service name, never the key.
    """

    obs_version: str | None = None
    websocket_version: str | None = None
    chapters_supported: bool | None = None
    scenes: tuple[str, ...] = ()
    program_scene: str | None = None
    streaming: bool = False
    stream_state: str = "stopped"
    reconnecting: bool = False
    congestion: float = 0.0
    stream_bytes: int = 0
    skipped_frames: int = 0
    total_frames: int = 0
    stream_duration_ms: int = 0
    stream_timecode: str = ""
    frames_skipped_recently: int = 0
    stream_dropped: bool = False
    recording: bool = False
    record_state: str = "stopped"
    record_paused: bool = False
    record_duration_ms: int = 0
    record_bytes: int = 0
    record_path: str | None = None
    record_stopped_unexpectedly: bool = False
    stream_service_configured: bool | None = None
    stream_service: str = ""
    record_directory: str | None = None

    @property
    def on_air(self) -> bool:
        """Streaming and reaching the server (reconnecting is not on air)."""
        return self.streaming and not self.reconnecting and self.stream_state == "started"

    def alarms(
        self, congestion_threshold: float = DEFAULT_CONGESTION_ALARM
    ) -> tuple[StreamingAlarm, ...]:
        """What the show should alarm on now (the show decides whether it is running)."""
        found: list[StreamingAlarm] = []
        if self.stream_dropped:
            found.append(StreamingAlarm.STREAM_DROPPED)
        if self.streaming and self.reconnecting:
            found.append(StreamingAlarm.STREAM_RECONNECTING)
        if self.streaming and self.congestion >= congestion_threshold:
            found.append(StreamingAlarm.CONGESTION)
        if self.streaming and self.frames_skipped_recently > 0:
            found.append(StreamingAlarm.FRAMES_SKIPPED)
        if self.record_stopped_unexpectedly:
            found.append(StreamingAlarm.RECORDING_STOPPED)
        return tuple(found)


_STATE_WORDS = {
    OutputState.STARTING: "starting",
    OutputState.STARTED: "started",
    OutputState.STOPPING: "stopping",
    OutputState.STOPPED: "stopped",
    OutputState.RECONNECTING: "reconnecting",
    OutputState.RECONNECTED: "started",
    OutputState.PAUSED: "paused",
    OutputState.RESUMED: "started",
    OutputState.UNKNOWN: "unknown",
}


@dataclass(eq=False)
class _Pending:
    """A request (or batch) waiting for its answer."""

    future: Future
    description: str
    deadline: float
    settle: Callable[[Any], Any]
    """Turns the answer into the Future's result (raises to fail it); runs on the I/O thread."""
    poll: bool = False


class _LinkLost(Exception):
    """The session ended: the reason is the message."""


class _AuthFailed(_LinkLost):
    """OBS refused our password (or wants one we do not have)."""


class StreamingDriver(DriverBase[StreamingState]):
    """Drives one OBS Studio over obs-websocket v5; see the module docstring."""

    def __init__(
        self,
        config: StreamingConfig,
        clock: Any = None,
        *,
        poll_interval: float = 1.0,
        missed_polls: int = 3,
        command_timeout: float = 3.0,
        connect_timeout: float = 3.0,
        backoff: Backoff | None = None,
    ) -> None:
        self._init_driver_base(
            config.id,
            log,
            state=LinkState.OFFLINE,
            reason="not started",
            missed_limit=missed_polls,
            backoff=backoff,
        )
        self.config = config
        self._now: Callable[[], float] = clock.monotonic if clock is not None else time.monotonic
        self.poll_interval = poll_interval
        self.command_timeout = command_timeout
        self.connect_timeout = connect_timeout

        self._state = StreamingState()
        self._ws: ClientConnection | None = None
        self._pending: dict[str, _Pending] = {}
        self._ids = itertools.count(1)
        self._outbox: queue.SimpleQueue[tuple[ClientConnection, str, str] | None] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._writer: threading.Thread | None = None
        self._running = False
        self._stopping = threading.Event()
        self._stream_stop_wanted = False
        self._record_stop_wanted = False
        self._chapters_told = False
        self._next_poll_at = 0.0
        self._poll_outstanding = False

    # -- the Driver protocol -------------------------------------------------------------

    @property
    def state(self) -> StreamingState:
        with self._lock:
            return self._state

    @property
    def url(self) -> str:
        return self.config.url

    def start(self) -> None:
        """Start the I/O and writer threads; returns at once."""
        if self._running:
            return
        self._running = True
        self._stopping.clear()
        self._monitor.backoff.reset()
        self._set_status(LinkState.CONNECTING, f"connecting to {self.url}")
        self._writer = threading.Thread(
            target=self._write_loop, name=f"obs-{self.device_id}-writer", daemon=True
        )
        self._writer.start()
        self._thread = threading.Thread(
            target=self._run, name=f"obs-{self.device_id}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Close the session, join the threads; pending requests fail with DeviceOffline."""
        if not self._running:
            return
        self._running = False
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5.0)
            self._thread = None
        self._outbox.put(None)
        if self._writer is not None:
            self._writer.join(timeout=2.0)
            self._writer = None
        self._fail_pending(DeviceOffline(f"{self.device_id}: driver stopped"))
        self._set_status(LinkState.OFFLINE, "stopped")

    # -- commands ------------------------------------------------------------------------

    def start_stream(self) -> Future:
        """Start streaming; resolves when OBS has taken the request."""
        with self._lock:
            self._stream_stop_wanted = False
        return self.request("StartStream")

    def stop_stream(self) -> Future:
        """Stop streaming (an asked-for stop is not a dropped stream)."""
        with self._lock:
            self._stream_stop_wanted = True
        return self.request("StopStream")

    def start_record(self) -> Future:
        with self._lock:
            self._record_stop_wanted = False
        return self.request("StartRecord")

    def stop_record(self) -> Future:
        with self._lock:
            self._record_stop_wanted = True
        return self.request("StopRecord")

    def set_scene(self, name: str) -> Future:
        """Put scene ``name`` on program; resolves when OBS has switched."""
        return self.request("SetCurrentProgramScene", {"sceneName": name})

    def create_record_chapter(self, name: str) -> Future:
        """Mark a chapter in the recording (OBS 30.2+); refused with the reason otherwise."""
        state = self.state
        if state.chapters_supported is False:
            reason = self._chapters_unsupported_reason(state)
            self._tell_chapters_unsupported(reason)
            return _failed(CommandRefused(reason))
        return self.request("CreateRecordChapter", {"chapterName": name})

    def chapter_at_go(self, title: str) -> Future | None:
        """A chapter named ``title`` if OBS is recording and can; None (said once) if it cannot."""
        state = self.state
        if not state.recording or self.status.state is not LinkState.OK:
            return None
        if state.chapters_supported is False:
            self._tell_chapters_unsupported(self._chapters_unsupported_reason(state))
            return None
        return self.request("CreateRecordChapter", {"chapterName": title})

    def readiness(self) -> Future:
        """Ask scenes, stream service and record directory again; resolves to the new state."""
        return self._send_batch(_READINESS, self._settle_readiness, "readiness check")

    def request(self, request_type: str, data: Mapping[str, Any] | None = None) -> Future:
        """Send any request; resolves to its ``responseData`` (a dict, maybe empty)."""
        return self._send_request(request_type, data)

    # -- sending -------------------------------------------------------------------------

    def _refusal(self, internal: bool) -> DeviceOffline | None:
        if not self._running:
            return DeviceOffline(f"{self.device_id}: not started")
        status = self._monitor.status
        if self._ws is None or (not internal and status.state is not LinkState.OK):
            why = status.reason or status.state.value
            return DeviceOffline(f"{self.device_id} is {status.state.value}: {why}")
        return None

    def _enqueue(
        self,
        text_for: Callable[[str], str],
        description: str,
        settle: Callable[[Any], Any],
        *,
        internal: bool = False,
        poll: bool = False,
    ) -> Future:
        future: Future = Future()
        future.set_running_or_notify_cancel()
        with self._lock:
            problem = self._refusal(internal)
            if problem is not None:
                future.set_exception(problem)
                return future
            ws = self._ws
            assert ws is not None
            request_id = f"cr-{next(self._ids)}"
            self._pending[request_id] = _Pending(
                future, description, self._now() + self.command_timeout, settle, poll
            )
        self._outbox.put((ws, text_for(request_id), request_id))
        return future

    def _send_request(
        self,
        request_type: str,
        data: Mapping[str, Any] | None = None,
        *,
        internal: bool = False,
    ) -> Future:
        def text_for(request_id: str) -> str:
            return obsws.encode(Request(request_type, request_id, data))

        def settle(answer: Any) -> Any:
            if not isinstance(answer, RequestResponse):
                raise ProtocolError(f"{request_type}: answered by a batch response")
            return self._settle_response(answer)

        return self._enqueue(text_for, request_type, settle, internal=internal)

    def _send_batch(
        self,
        request_types: Sequence[str],
        settle_results: Callable[[Sequence[RequestResponse]], Any],
        description: str,
        *,
        internal: bool = False,
        poll: bool = False,
    ) -> Future:
        def text_for(request_id: str) -> str:
            requests = tuple(Request(kind, None) for kind in request_types)
            return obsws.encode(RequestBatch(request_id, requests))

        def settle(answer: Any) -> Any:
            if not isinstance(answer, RequestBatchResponse):
                raise ProtocolError(f"{description}: not answered by a batch response")
            return settle_results(answer.results)

        return self._enqueue(text_for, description, settle, internal=internal, poll=poll)

    def _settle_response(self, response: RequestResponse) -> dict[str, Any]:
        if not response.status.result:
            raise CommandRefused(
                f"{self.device_id}: OBS refused {response.request_type}: "
                f"{response.status.describe()}"
            )
        self._after_success(response)
        return dict(response.response_data or {})

    def _write_loop(self) -> None:
        while True:
            item = self._outbox.get()
            if item is None:
                return
            ws, text, request_id = item
            try:
                ws.send(text)
            except (ConnectionClosed, OSError, RuntimeError) as error:
                with self._lock:
                    pending = self._pending.pop(request_id, None)
                if pending is not None and not pending.future.done():
                    pending.future.set_exception(
                        DeviceOffline(f"{self.device_id}: cannot send {pending.description}: "
                                      f"{error}")
                    )  # fmt: skip

    def _fail_pending(self, error: DeviceError) -> None:
        with self._lock:
            pending, self._pending = list(self._pending.values()), {}
            self._poll_outstanding = False
        for item in pending:
            if not item.future.done():
                item.future.set_exception(error)

    # -- chapters --------------------------------------------------------------------------

    @staticmethod
    def _chapters_unsupported_reason(state: StreamingState) -> str:
        return (
            f"OBS {state.obs_version or '?'} cannot mark record chapters "
            "(CreateRecordChapter needs OBS 30.2 or later)"
        )

    def chapters_note_due(self) -> bool:
        """True the first time only: OBS cannot mark chapters, and nobody has been told yet."""
        reason = self._chapters_unsupported_reason(self.state)
        with self._lock:
            told, self._chapters_told = self._chapters_told, True
        if not told:
            log.warning("%s: %s; going on without chapter markers", self.device_id, reason)
        return not told

    def _tell_chapters_unsupported(self, reason: str) -> None:
        with self._lock:
            told, self._chapters_told = self._chapters_told, True
        if not told:
            log.warning("%s: %s; going on without chapter markers", self.device_id, reason)

    # -- state ---------------------------------------------------------------------------

    def _change_state(self, update: Callable[[StreamingState], StreamingState]) -> None:
        with self._lock:
            old = self._state
            new = update(old)
            self._state = new
        if new != old:
            self._state_listeners.emit(new)

    def _set_status(self, state: LinkState, reason: str = "") -> None:
        if self._monitor.set(state, reason):
            log.info("%s: %s %s", self.device_id, state.value, reason)
            self._monitor.publish()

    def _after_success(self, response: RequestResponse) -> None:
        """State a successful answer tells (some requests change nothing we follow)."""
        data = response.response_data
        kind = response.request_type
        if kind == "GetStreamStatus":
            self._apply_stream_status(obsws.parse_stream_status(data))
        elif kind == "GetRecordStatus":
            self._apply_record_status(obsws.parse_record_status(data))
        elif kind == "GetSceneList":
            scenes = obsws.parse_scene_list(data)
            self._change_state(
                lambda s: dataclasses.replace(
                    s, scenes=scenes.scenes, program_scene=scenes.program or s.program_scene
                )
            )
        elif kind == "GetCurrentProgramScene":
            name = obsws.parse_program_scene(data, kind)
            self._change_state(lambda s: dataclasses.replace(s, program_scene=name))
        elif kind == "GetVersion":
            version = obsws.parse_version(data)
            self._change_state(
                lambda s: dataclasses.replace(
                    s,
                    obs_version=version.obs_version,
                    websocket_version=version.obs_websocket_version,
                    chapters_supported="CreateRecordChapter" in version.available_requests,
                )
            )
        elif kind == "GetStreamServiceSettings":
            configured, _service_type, where = obsws.stream_service_configured(data)
            self._change_state(
                lambda s: dataclasses.replace(
                    s, stream_service_configured=configured, stream_service=where
                )
            )
        elif kind == "GetRecordDirectory":
            directory = data.get("recordDirectory") if data else None
            if directory is not None and not isinstance(directory, str):
                raise ProtocolError("GetRecordDirectory.recordDirectory: not a string")
            self._change_state(lambda s: dataclasses.replace(s, record_directory=directory))

    def _apply_stream_status(self, status: obsws.StreamStatus) -> None:
        def update(s: StreamingState) -> StreamingState:
            dropped = s.stream_dropped
            stream_state = s.stream_state
            if s.streaming and not status.active and s.stream_state == "started":
                dropped = dropped or not self._stream_stop_wanted
                stream_state = "stopped"
            elif status.active and s.stream_state in ("stopped", "unknown"):
                stream_state = "started"
            if status.active and status.reconnecting:
                stream_state = "reconnecting"
            elif status.active and stream_state == "reconnecting":
                stream_state = "started"
            recent = status.skipped_frames - s.skipped_frames if s.streaming else 0
            return dataclasses.replace(
                s,
                streaming=status.active,
                stream_state=stream_state,
                reconnecting=status.active and status.reconnecting,
                congestion=status.congestion,
                stream_bytes=status.bytes,
                skipped_frames=status.skipped_frames,
                total_frames=status.total_frames,
                stream_duration_ms=status.duration_ms,
                stream_timecode=status.timecode,
                frames_skipped_recently=max(0, recent),
                stream_dropped=dropped,
            )

        self._change_state(update)

    def _apply_record_status(self, status: obsws.RecordStatus) -> None:
        def update(s: StreamingState) -> StreamingState:
            unexpected = s.record_stopped_unexpectedly
            record_state = s.record_state
            if s.recording and not status.active and s.record_state == "started":
                unexpected = unexpected or not self._record_stop_wanted
                record_state = "stopped"
            elif status.active and record_state in ("stopped", "unknown"):
                record_state = "started"
            return dataclasses.replace(
                s,
                recording=status.active,
                record_state=record_state,
                record_paused=status.paused,
                record_duration_ms=status.duration_ms,
                record_bytes=status.bytes,
                record_stopped_unexpectedly=unexpected,
            )

        self._change_state(update)

    def _on_event(self, event: Event) -> None:
        kind = event.event_type
        if kind == "StreamStateChanged":
            change = obsws.parse_output_state(event.event_data, kind)
            self._stream_changed(change)
        elif kind == "RecordStateChanged":
            change = obsws.parse_output_state(event.event_data, kind)
            self._record_changed(change)
        elif kind == "CurrentProgramSceneChanged":
            name = obsws.parse_program_scene(event.event_data, kind)
            self._change_state(lambda s: dataclasses.replace(s, program_scene=name))
        elif kind == "SceneListChanged":
            scenes = obsws.parse_scene_list(event.event_data)
            self._change_state(lambda s: dataclasses.replace(s, scenes=scenes.scenes))
        elif kind in ("SceneCreated", "SceneRemoved", "SceneNameChanged"):
            self._send_request("GetSceneList", internal=True)
        elif kind == "ExitStarted":
            raise _LinkLost("OBS is closing")

    def _stream_changed(self, change: obsws.OutputStateChanged) -> None:
        words = _STATE_WORDS[change.state]

        def update(s: StreamingState) -> StreamingState:
            if change.state is OutputState.STARTED:
                self._stream_stop_wanted = False
                return dataclasses.replace(
                    s, streaming=True, stream_state=words, reconnecting=False,
                    stream_dropped=False, skipped_frames=0, frames_skipped_recently=0,
                )  # fmt: skip
            if change.state is OutputState.STOPPED:
                dropped = s.streaming and not self._stream_stop_wanted
                self._stream_stop_wanted = False
                return dataclasses.replace(
                    s, streaming=False, stream_state=words, reconnecting=False,
                    congestion=0.0, frames_skipped_recently=0,
                    stream_dropped=s.stream_dropped or dropped,
                )  # fmt: skip
            if change.state is OutputState.RECONNECTING:
                return dataclasses.replace(s, stream_state=words, reconnecting=True)
            if change.state is OutputState.RECONNECTED:
                return dataclasses.replace(s, stream_state=words, reconnecting=False)
            return dataclasses.replace(s, stream_state=words)

        self._change_state(update)

    def _record_changed(self, change: obsws.OutputStateChanged) -> None:
        words = _STATE_WORDS[change.state]

        def update(s: StreamingState) -> StreamingState:
            path = change.path or s.record_path
            if change.state is OutputState.STARTED:
                self._record_stop_wanted = False
                return dataclasses.replace(
                    s, recording=True, record_state=words, record_path=path,
                    record_stopped_unexpectedly=False,
                )  # fmt: skip
            if change.state is OutputState.STOPPED:
                unexpected = s.recording and not self._record_stop_wanted
                self._record_stop_wanted = False
                return dataclasses.replace(
                    s, recording=False, record_state=words, record_path=path,
                    record_stopped_unexpectedly=s.record_stopped_unexpectedly or unexpected,
                )  # fmt: skip
            if change.state is OutputState.PAUSED:
                return dataclasses.replace(s, record_state=words, record_paused=True)
            if change.state is OutputState.RESUMED:
                return dataclasses.replace(s, record_state=words, record_paused=False)
            return dataclasses.replace(s, record_state=words, record_path=path)

        self._change_state(update)

    def _settle_resync(self, results: Sequence[RequestResponse]) -> StreamingState:
        self._change_state(lambda s: dataclasses.replace(StreamingState()))
        for result in results:
            if result.status.result:
                self._after_success(result)
            else:
                log.warning(
                    "%s: resync: OBS refused %s: %s",
                    self.device_id, result.request_type, result.status.describe(),
                )  # fmt: skip
        return self.state

    def _settle_poll(self, results: Sequence[RequestResponse]) -> StreamingState:
        for result in results:
            if result.status.result:
                self._after_success(result)
        return self.state

    def _settle_readiness(self, results: Sequence[RequestResponse]) -> StreamingState:
        refused = [r for r in results if not r.status.result]
        for result in results:
            if result.status.result:
                self._after_success(result)
        if refused:
            raise CommandRefused(
                f"{self.device_id}: OBS refused {refused[0].request_type}: "
                f"{refused[0].status.describe()}"
            )
        return self.state

    # -- the I/O thread ------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._set_status(LinkState.CONNECTING, f"connecting to {self.url}")
            try:
                self._session()
            except _AuthFailed as failure:
                self._set_status(LinkState.FAILED, str(failure))
            except _LinkLost as lost:
                self._set_status(LinkState.OFFLINE, str(lost))
            finally:
                self._close()
            if self._stopping.is_set():
                return
            self._stopping.wait(self._monitor.retry_delay())

    def _session(self) -> None:
        """One connection: handshake, resync, then events, answers and polls until lost."""
        try:
            opened = connect(
                self.url,
                open_timeout=self.connect_timeout,
                ping_interval=None,
                close_timeout=1.0,
                compression=None,
                max_size=16 * 2**20,
                logger=_WIRE_LOG,
            )
        except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as error:
            raise _LinkLost(f"cannot reach OBS at {self.url}: {_error_words(error)}") from None
        with opened as ws:
            with self._lock:
                self._ws = ws
            try:
                self._converse(ws)
            finally:
                with self._lock:
                    self._ws = None
                # No close handshake: a silent OBS would hold us for close_timeout.
                # shutdown wakes the connection's reader thread, which closes the socket.
                try:
                    ws.socket.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _converse(self, ws: ClientConnection) -> None:
        self._handshake(ws)
        self._poll_outstanding = False
        resync = self._send_batch(_RESYNC, self._settle_resync, "resync", internal=True)
        self._next_poll_at = self._now() + self.poll_interval
        while not self._stopping.is_set():
            try:
                frame = ws.recv(timeout=TICK_S)
            except TimeoutError:
                frame = None
            except ConnectionClosed as closed:
                raise _LinkLost(f"connection lost: {_close_words(closed)}") from None
            if frame is not None:
                self._on_frame(frame)
                if resync.done() and resync.exception() is None:
                    if self._monitor.heard(self._now()):
                        log.info("%s: OBS %s ready", self.device_id, self.state.obs_version)
                    self._monitor.publish()
            self._timers(resync)

    def _handshake(self, ws: ClientConnection) -> None:
        try:
            hello = obsws.decode(ws.recv(timeout=self.connect_timeout))
            if not isinstance(hello, Hello):
                raise _LinkLost(f"OBS did not say Hello first (got {type(hello).__name__})")
            authentication = None
            if hello.auth_required:
                if not self.config.password:
                    raise _AuthFailed("OBS asks for a password and the hall file gives none")
                assert hello.salt is not None and hello.challenge is not None
                authentication = obsws.auth_string(
                    self.config.password, hello.salt, hello.challenge
                )
            ws.send(obsws.encode(Identify(obsws.RPC_VERSION, authentication, SUBSCRIPTIONS)))
            identified = obsws.decode(ws.recv(timeout=self.connect_timeout))
            if not isinstance(identified, Identified):
                raise _LinkLost(f"OBS did not answer Identify (got {type(identified).__name__})")
        except ProtocolError as error:
            self._monitor.protocol_error(error)
            raise _LinkLost(f"OBS handshake: {error}") from None
        except TimeoutError:
            raise _LinkLost("OBS did not finish the handshake in time") from None
        except ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd is not None else None
            if code == CloseCode.AUTHENTICATION_FAILED:
                raise _AuthFailed(
                    "OBS refused the password (check the hall file and "
                    "Tools > WebSocket Server Settings)"
                ) from None
            raise _LinkLost(f"OBS closed the handshake: {_close_words(closed)}") from None
        self._monitor.heard(self._now(), mark_ok=False)

    def _on_frame(self, frame: str | bytes) -> None:
        try:
            message = obsws.decode(frame)
        except ProtocolError as error:
            self._monitor.protocol_error(error)
            return
        if isinstance(message, RequestResponse | RequestBatchResponse):
            request_id = str(message.request_id)
            with self._lock:
                pending = self._pending.pop(request_id, None)
                if pending is not None and pending.poll:
                    self._poll_outstanding = False
            if pending is None:
                log.debug("%s: answer to unknown request %s", self.device_id, request_id)
                return
            try:
                result = pending.settle(message)
            except ProtocolError as error:
                self._monitor.protocol_error(error)
                pending.future.set_exception(
                    DeviceError(f"{self.device_id}: {pending.description}: {error}")
                )
            except DeviceError as error:
                pending.future.set_exception(error)
            else:
                pending.future.set_result(result)
        elif isinstance(message, Event):
            try:
                self._on_event(message)
            except ProtocolError as error:
                self._monitor.protocol_error(error)
                return
        else:
            self._monitor.protocol_error(
                ProtocolError(f"unexpected {type(message).__name__} from OBS")
            )
            return
        with self._lock:
            self._monitor.heard(self._now(), mark_ok=False)

    def _timers(self, resync: Future) -> None:
        now = self._now()
        expired: list[_Pending] = []
        with self._lock:
            for request_id, pending in list(self._pending.items()):
                if now >= pending.deadline:
                    del self._pending[request_id]
                    expired.append(pending)
        for pending in expired:
            if not pending.poll:
                self._monitor.count_unanswered()
            pending.future.set_exception(
                CommandTimeout(
                    f"{self.device_id}: OBS did not answer {pending.description} "
                    f"within {self.command_timeout:g} s"
                )
            )
        if resync.done() and resync.exception() is not None:
            raise _LinkLost(f"resync failed: {resync.exception()}")
        if now >= self._next_poll_at and resync.done():
            self._next_poll_at = now + self.poll_interval
            with self._lock:
                outstanding = self._poll_outstanding
                self._poll_outstanding = True
            if outstanding:
                self._monitor.count_unanswered()
            if self._monitor.quiet:
                silent_s = self._monitor.unanswered * self.poll_interval
                raise _LinkLost(f"OBS has not answered for {silent_s:g} s")
            self._send_batch(_POLL, self._settle_poll, "status poll", internal=True, poll=True)
        elif not resync.done() and self._monitor.quiet:
            raise _LinkLost("OBS did not answer the resync")

    def _close(self) -> None:
        """The session is over (status already says why): pending requests fail."""
        with self._lock:
            self._ws = None
        self._fail_pending(
            DeviceOffline(f"{self.device_id}: connection to OBS closed ({self.status.reason})")
        )


def _failed(error: Exception) -> Future:
    future: Future = Future()
    future.set_running_or_notify_cancel()
    future.set_exception(error)
    return future


def _error_words(error: BaseException) -> str:
    text = str(error)
    return text if text else type(error).__name__


def _close_words(closed: ConnectionClosed) -> str:
    frame = closed.rcvd
    if frame is None:
        return "no close frame (the network or OBS went away)"
    try:
        name = CloseCode(frame.code).name.lower().replace("_", " ")
    except ValueError:
        name = f"code {frame.code}"
    return f"{name}: {frame.reason}" if frame.reason else name
