"""The microphone driver: the conversation with a Shure receiver over serial or TCP.

:class:`MicrophoneDriver` opens the hall's port (any pyserial URL: ``/dev/ttyUSB1``,
``COM3``, ``socket://host:2202``, a simulator's ``/dev/pts/N``) on its own thread
and keeps a :class:`MicrophonesState` of every configured channel: mute, gain,
name, battery and meter level.

The receiver's model (``"ULX-D"``, ``"QLX-D"``, ``"SLX-D"``, ``"AD"``, ``"SCM820"``;
``models.py``) decides what the driver asks for and how it reads the answers: which
channels exist, whether AUDIO_MUTE exists (``set_mute`` and ``mute_all`` fail at
once with :class:`~devices.base.DeviceError` on QLX-D and SLX-D: "use the mixer"),
whether the battery is BATT_BARS or TX_BATT_BARS, how long a name may be, and the
shape of its SAMPLE frames (per channel ``< SAMPLE n ALL … >`` on receivers, the
mixer's ``< SAMPLE aaa bbb … >`` on an SCM820).

The conversation:

* On connect and after every reconnect: ``< GET 0 ALL >`` (every value of every
  channel; complete once each configured channel has reported the values its model
  has) and, if metering was asked for, ``< SET 0 METER_RATE ... >`` again. METER_RATE
  may come back per channel, on channel 0 or device-wide (``< REP METER_RATE 01000 >``).
* One command in flight at a time, so a ``< REP ERR >`` (which names no channel)
  is pinned on the right command. A command's Future resolves when the device
  reports the value it changed (``< REP n PARAM v >``; for channel 0, once every
  configured channel has reported), fails with :class:`CommandRefused` on
  ``< REP ERR >``, with :class:`CommandTimeout` after ``command_timeout`` (3 s).
* REP frames the device sends by itself (a mute switch pressed on the lectern, a
  battery losing a bar) update the state like any other; SAMPLE frames set the
  per-channel ``level_db`` (decoded per family, ``shure.decode_meter``).
* Liveness: when nothing has been heard for ``poll_interval`` (1 s), a cheap
  ``< GET n AUDIO_MUTE >`` (``AUDIO_GAIN`` on models without mute) goes out; after
  ``missed_polls`` (3) polls in a row without a valid frame back, the device is
  declared offline (about 4 s after it went quiet), the port is closed, and reopening starts with
  :class:`~devices.base.Backoff` (capped at 5 s). The device is OK again at its
  first valid frame, and the state is fully resynced.
* Commands while the device is not OK fail at once with :class:`DeviceOffline`;
  commands queued or in flight when the link goes fail with it too.
* Malformed bytes are :class:`~devices.base.ProtocolError`: counted in
  ``protocol_errors``, logged rate-limited, and the receive loop keeps going.

Status: CONNECTING until the device first answers; OK; OFFLINE (link lost or the
device stopped answering) and FAILED (the port cannot be opened), both with their
reason and both retried. Listeners run on the driver's thread and must not block.
"""

from __future__ import annotations

import dataclasses
import logging
import queue
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from devices.base import (
    Backoff,
    CommandRefused,
    CommandTimeout,
    DeviceError,
    DeviceOffline,
    LinkState,
    ProtocolError,
    state_words,
)
from devices.driver_base import DriverBase
from devices.microphones import models, shure
from devices.microphones.models import DEFAULT_MODEL, ModelProfile, SampleForm
from devices.microphones.shure import (
    ALL,
    AUDIO_GAIN,
    AUDIO_MUTE,
    BATTERY_PARAMETERS,
    CHAN_NAME,
    METER_RATE,
    ChannelSample,
    FrameSplitter,
    Get,
    Meter,
    Report,
    ReportError,
    Sample,
    Set,
)
from devices.serial_ports import port_spec_problem
from devices.serial_transport import SerialTransport
from devices.text import Text, text_of

if TYPE_CHECKING:
    from devices.microphones.kind import MicrophonesConfig

#: The reason of a driver that was stopped.
STOPPED = Text("stopped")

log = logging.getLogger("devices.microphones")

COMMAND_TIMEOUT_S = 3.0
POLL_INTERVAL_S = 1.0
MISSED_POLLS_OFFLINE = 3
#: The driver thread wakes at least this often, so a ManualClock moved by a test is noticed.
MAX_WAIT_S = 0.1
MIN_METER_RATE_MS = 100
MAX_METER_RATE_MS = 99999


class _Clock:
    """Fallback when no clock is passed in: ``time.monotonic``."""

    def monotonic(self) -> float:
        return time.monotonic()


@dataclass(frozen=True)
class ChannelState:
    """One channel as last reported by the device (``None``: not known yet).

    ``name`` is the device's name for the channel once reported, the hall
    file's before. ``battery_bars`` is 0..5, ``None`` when unknown (255 on the
    wire). ``level_db`` is the last meter reading in dBFS, ``None`` while metering is off.
    """

    number: int
    name: str
    muted: bool | None = None
    gain_db: float | None = None
    battery_bars: int | None = None
    level_db: float | None = None


@dataclass(frozen=True)
class MicrophonesState:
    """Every configured channel by number, and the metering interval (0 = off)."""

    channels: dict[int, ChannelState]
    meter_rate_ms: int | None = None


@dataclass
class _Request:
    """A frame to send and what the device must report back before it is done."""

    frame: bytes
    description: str
    waiting_for: set[tuple[int, str]]
    kind: str = "command"  # "command", "resync" or "poll"
    future: Future[Any] | None = None
    timeout: float = COMMAND_TIMEOUT_S
    deadline: float = 0.0
    result: Any = None
    #: For set_meter_rate: the rate to restore after a reconnect once the device took it.
    meter_rate: int | None = None


class _Connection:
    """The transport's protocol object: hands bytes and loss to the driver thread's queue."""

    def __init__(self, events: queue.Queue[tuple[Any, ...]]) -> None:
        self._events = events
        self.transport: SerialTransport | None = None

    def connection_made(self, transport: SerialTransport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._events.put(("data", self, data))

    def connection_lost(self, exc: BaseException | None) -> None:
        self._events.put(("lost", self, exc))


class MicrophoneDriver(DriverBase[MicrophonesState]):
    """Shure command strings over any pyserial URL; see the module docstring.

    ``model`` names the receiver family (``models.MODELS``); when not given, the
    config's ``model`` attribute is used if it has one, else ``DEFAULT_MODEL``
    (ULX-D). An unknown model, or channels the model lacks, leave the driver in
    BAD_CONFIG with the reason, like a missing port.
    """

    def __init__(
        self,
        config: MicrophonesConfig,
        clock: Any = None,
        command_timeout: float = COMMAND_TIMEOUT_S,
        poll_interval: float = POLL_INTERVAL_S,
        missed_polls: int = MISSED_POLLS_OFFLINE,
        backoff: Backoff | None = None,
        model: str | None = None,
    ) -> None:
        model_name = model or getattr(config, "model", None) or DEFAULT_MODEL
        #: The family's profile (models.py); None while the model is unknown (BAD_CONFIG).
        self.model: ModelProfile | None = models.MODELS.get(model_name)
        problem = self._config_problem(config, model_name)
        self._init_driver_base(
            config.id,
            log,
            state=LinkState.BAD_CONFIG if problem else LinkState.CONNECTING,
            reason=problem or Text("opening {port}", port=config.port),
            missed_limit=missed_polls,
            backoff=backoff,
        )
        self.config = config
        self._clock = clock if clock is not None else _Clock()
        self._command_timeout = command_timeout
        self._poll_interval = poll_interval
        self._events: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._state = MicrophonesState(
            {n: ChannelState(n, name) for n, name in sorted(config.channels.items())}
        )
        # Everything below is touched only by the driver thread.
        self._connection: _Connection | None = None
        self._splitter = FrameSplitter()
        self._pending: deque[_Request] = deque()
        self._in_flight: _Request | None = None
        self._reconnect_at = 0.0
        self._next_poll_at = 0.0
        self._wanted_meter_rate = 0
        self._state_dirty = False

    # ------------------------------------------------------------------ Driver API

    @property
    def state(self) -> MicrophonesState:
        with self._lock:
            return self._state

    @staticmethod
    def _config_problem(config: MicrophonesConfig, model: str) -> str:
        port_problem = port_spec_problem(config.port)
        if port_problem:
            return f"devices.{config.id}.port: {port_problem}"
        if not config.channels:
            return f"devices.{config.id}.channels: no channels"
        # Names longer than the model stores are cut when sent; the hall file refuses them.
        channel_problems = [
            (where, problem)
            for where, problem in models.validate_channels(model, config.channels)
            if not problem.startswith("name ")
        ]
        if channel_problems:
            where, problem = channel_problems[0]
            return f"devices.{config.id}.{where}: {problem}"
        return ""

    @property
    def profile(self) -> ModelProfile:
        """The model's profile (only for a driver whose config was accepted)."""
        assert self.model is not None, "no profile: the model is unknown"
        return self.model

    def start(self) -> None:
        """Connect on the driver's own thread (not at all with a bad config: status says why)."""
        if self._thread is not None:
            raise RuntimeError(f"{self.device_id}: driver already started")
        if self._monitor.state is LinkState.BAD_CONFIG:
            log.error("%s: not started: %s", self.device_id, self._monitor.reason)
            return
        self._thread = threading.Thread(
            target=self._run, name=f"{self.device_id}-driver", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._events.put(("stop",))
        if thread is not threading.current_thread():
            thread.join(timeout=5.0)

    # ------------------------------------------------------------------- commands

    def set_mute(self, channel: int, muted: bool) -> Future[Any]:
        """Mute or unmute ``channel``; resolves to the muted state the device reports.

        On a model without AUDIO_MUTE (QLX-D, SLX-D) the Future fails at once.
        """
        self._check_channel(channel, allow_all=True)
        if self.model is not None and not self.model.has_mute:
            return self._no_mute()
        value = shure.mute_to_wire(muted)
        return self._command(
            shure.encode_set(channel, AUDIO_MUTE, value),
            f"set_mute({channel}, {muted})",
            channel,
            AUDIO_MUTE,
        )

    def set_gain_db(self, channel: int, db: float) -> Future[Any]:
        """Set the gain in dB (-18..+42, whole dB); resolves to the dB the device reports."""
        self._check_channel(channel, allow_all=True)
        units = shure.gain_db_to_units(db)
        return self._command(
            shure.encode_set(channel, AUDIO_GAIN, str(units)),
            f"set_gain_db({channel}, {db:g})",
            channel,
            AUDIO_GAIN,
        )

    def set_name(self, channel: int, name: str) -> Future[Any]:
        """Rename a channel on the device (sent as safe ASCII, see the codec)."""
        self._check_channel(channel, allow_all=False)
        return self._command(
            shure.encode_set(channel, CHAN_NAME, shure.name_to_wire(name, self._name_length)),
            f"set_name({channel}, {name!r})",
            channel,
            CHAN_NAME,
        )

    def set_meter_rate(self, ms: int) -> Future[Any]:
        """SAMPLE frames every ``ms`` ms (100..99999), 0 to stop; restored after reconnects."""
        if ms != 0 and not MIN_METER_RATE_MS <= ms <= MAX_METER_RATE_MS:
            raise ValueError(
                f"meter rate {ms} ms: use 0 (off) or {MIN_METER_RATE_MS}..{MAX_METER_RATE_MS} ms"
            )
        request = _Request(
            shure.encode_set(0, METER_RATE, f"{ms:05d}"),
            f"set_meter_rate({ms})",
            self._keys(0, METER_RATE),
            future=Future(),
            timeout=self._command_timeout,
            meter_rate=ms,
        )
        return self._submit(request)

    def mute_all(self) -> Future[Any]:
        """Mute every channel in one ``< SET 0 AUDIO_MUTE ON >``; resolves once all report.

        On a model without AUDIO_MUTE the Future fails at once (see :meth:`set_mute`).
        """
        if self.model is not None and not self.model.has_mute:
            return self._no_mute()
        return self._command(shure.encode_set(0, AUDIO_MUTE, "ON"), "mute_all()", 0, AUDIO_MUTE)

    @property
    def _name_length(self) -> int:
        return self.model.name_length if self.model is not None else shure.NAME_MAX_LENGTH

    def _no_mute(self) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(
            DeviceError(
                Text(
                    "{device}: model {name} has no mute: use the mixer",
                    device=self.device_id,
                    name=self.profile.name,
                )
            )
        )
        return future

    def refresh(self) -> Future[Any]:
        """Ask for every value again (``< GET 0 ALL >``); resolves when all have come back."""
        request = self._resync_request(kind="command")
        return self._submit(request)

    def _check_channel(self, channel: int, allow_all: bool) -> None:
        if channel == 0 and allow_all:
            return
        if channel not in self.config.channels:
            known = ", ".join(str(n) for n in sorted(self.config.channels))
            raise ValueError(f"{self.device_id}: no channel {channel} (channels: {known})")

    def _command(self, frame: bytes, description: str, channel: int, parameter: str) -> Future[Any]:
        return self._submit(
            _Request(
                frame,
                description,
                self._keys(channel, parameter),
                future=Future(),
                timeout=self._command_timeout,
            )
        )

    def _submit(self, request: _Request) -> Future[Any]:
        assert request.future is not None
        # Checked and queued under the lock the thread takes to leave OK, so a request is
        # either refused here or queued before the thread drains its queue on the way out.
        with self._lock:
            status = self._monitor.status
            if status.state is LinkState.OK:
                self._events.put(("request", request))
                return request.future
        request.future.set_exception(
            DeviceOffline(
                Text(
                    "{device} is {state}: {reason}",
                    device=self.device_id,
                    state=state_words(status.state),
                    reason=status.reason,
                )
            )
        )
        return request.future

    def _keys(self, channel: int, parameter: str) -> set[tuple[int, str]]:
        # METER_RATE is answered per channel, on channel 0 or device-wide: a channel-0 or
        # device-wide report stands for every channel (see _on_report).
        if channel == 0:
            return {(n, parameter) for n in self.config.channels}
        return {(channel, parameter)}

    def _resync_request(self, kind: str = "resync") -> _Request:
        keys = {(n, p) for n in self.config.channels for p in self.profile.resync_parameters()}
        future: Future[Any] | None = Future() if kind == "command" else None
        # The dump is about 28 bytes per value: allow its wire time on a slow line.
        wire_s = len(keys) * 28 * 10 / max(self.config.baudrate, 1)
        return _Request(
            shure.encode_get(0, ALL), "GET 0 ALL", keys, kind=kind, future=future,
            timeout=self._command_timeout + wire_s,
        )  # fmt: skip

    # ---------------------------------------------------------------- the I/O thread

    def _run(self) -> None:
        # A bug on this thread is not a device fault: the crash rule (devices.driver_base)
        # fails every command at once, drops the port, says FAILED and restarts the loop.
        self._run_io_loop(
            self._loop,
            lambda error, _delay: self._lose_connection(LinkState.FAILED, error.reason),
            lambda: not self._events.empty(),
        )

    def _loop(self) -> None:
        while True:
            now = self._clock.monotonic()
            wait = max(0.0, min(self._next_wakeup(now) - now, MAX_WAIT_S))
            try:
                event = self._events.get(timeout=wait)
            except queue.Empty:
                event = None
            if event is not None and event[0] == "stop":
                self._shut_down()
                return
            try:
                if event is not None:
                    self._handle_event(event)
                self._service()
            finally:
                self._flush_state()

    def _next_wakeup(self, now: float) -> float:
        times = [now + MAX_WAIT_S]
        if self._connection is None:
            times.append(self._reconnect_at)
        else:
            times.append(self._next_poll_at)
            if self._in_flight is not None:
                times.append(self._in_flight.deadline)
        return min(times)

    def _handle_event(self, event: tuple[Any, ...]) -> None:
        kind = event[0]
        if kind == "request":
            request: _Request = event[1]
            if self._connection is None:
                self._fail(
                    request, DeviceOffline(Text("{device} is not connected", device=self.device_id))
                )
            else:
                self._pending.append(request)
        elif kind == "data":
            if event[1] is self._connection:
                self._receive(event[2])
        elif kind == "lost":
            if event[1] is self._connection:
                exc = event[2]
                self._lose_connection(
                    LinkState.OFFLINE,
                    Text(
                        "lost the link to {port}: {error}",
                        port=self.config.port,
                        error=text_of(exc) if exc else Text("closed"),
                    ),
                )

    def _service(self) -> None:
        now = self._clock.monotonic()
        if self._connection is None:
            if now >= self._reconnect_at:
                self._connect()
            return
        in_flight = self._in_flight
        if in_flight is not None and now >= in_flight.deadline:
            self._in_flight = None
            self._expire(in_flight)
        if now >= self._next_poll_at:
            self._poll(now)
            if self._connection is None:
                return
        self._send_next()

    def _connect(self) -> None:
        connection = _Connection(self._events)
        transport = SerialTransport(
            self.config.port, connection, baudrate=self.config.baudrate, name=self.device_id
        )
        try:
            transport.open()
        except DeviceOffline as exc:
            delay = self._monitor.retry_delay()
            self._reconnect_at = self._clock.monotonic() + delay
            state = (
                LinkState.OFFLINE if self._monitor.state is LinkState.OFFLINE else LinkState.FAILED
            )
            self._set_status(state, Text("{error}; retrying", error=text_of(exc)))
            return
        now = self._clock.monotonic()
        self._connection = connection
        self._splitter.clear()
        self._monitor.reset_unanswered()
        self._next_poll_at = now + self._poll_interval
        if not self._monitor.ever_ok or self._monitor.state is LinkState.FAILED:
            self._set_status(
                LinkState.CONNECTING,
                Text("waiting for the device at {port}", port=self.config.port),
            )
        resync = [self._resync_request()]
        if self._wanted_meter_rate:
            rate = self._wanted_meter_rate
            resync.append(
                _Request(
                    shure.encode_set(0, METER_RATE, f"{rate:05d}"),
                    f"SET 0 METER_RATE {rate}",
                    self._keys(0, METER_RATE),
                    kind="resync",
                    timeout=self._command_timeout,
                )
            )
        self._pending.extendleft(reversed(resync))
        log.info("%s: port %s open, resyncing", self.device_id, self.config.port)

    def _poll(self, now: float) -> None:
        if self._monitor.quiet:
            self._lose_connection(
                LinkState.OFFLINE,
                Text(
                    "no answer from {port} to {unanswered} polls; retrying",
                    port=self.config.port,
                    unanswered=self._monitor.unanswered,
                ),
            )
            return
        self._monitor.count_unanswered()
        self._next_poll_at = now + self._poll_interval
        if self._in_flight is None and not self._pending:
            channel = min(self.config.channels)
            parameter = AUDIO_MUTE if self.profile.has_mute else AUDIO_GAIN
            self._pending.append(
                _Request(
                    shure.encode_get(channel, parameter),
                    "poll",
                    {(channel, parameter)},
                    kind="poll",
                    timeout=self._poll_interval,
                )
            )

    def _send_next(self) -> None:
        while self._in_flight is None and self._pending and self._connection is not None:
            request = self._pending.popleft()
            if request.future is not None and request.future.cancelled():
                continue
            transport = self._connection.transport
            assert transport is not None
            try:
                transport.write(request.frame)
            except DeviceOffline as exc:
                self._fail(request, exc)
                self._lose_connection(LinkState.OFFLINE, str(exc))
                return
            request.deadline = self._clock.monotonic() + request.timeout
            self._in_flight = request

    def _lose_connection(self, state: LinkState, reason: str) -> None:
        connection = self._connection
        self._connection = None
        if connection is not None and connection.transport is not None:
            connection.transport.close()
        error = DeviceOffline(Text("{device}: {reason}", device=self.device_id, reason=reason))
        self._fail_all(error)
        self._reconnect_at = self._clock.monotonic() + self._monitor.retry_delay()
        self._set_levels_unknown()
        self._set_status(state, reason)
        log.warning("%s: %s", self.device_id, reason)

    def _shut_down(self, state: LinkState = LinkState.OFFLINE, reason: str = STOPPED) -> None:
        connection = self._connection
        self._connection = None
        if connection is not None and connection.transport is not None:
            connection.transport.close()
        self._fail_all(
            DeviceOffline(Text("{device}: {reason}", device=self.device_id, reason=reason))
        )
        self._set_status(state, reason)
        # Requests that reached the queue meanwhile: fail them too, nothing will serve them.
        while True:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                return
            if event[0] == "request":
                self._fail(
                    event[1],
                    DeviceOffline(Text("{device}: {reason}", device=self.device_id, reason=reason)),
                )

    # ------------------------------------------------------------------- receiving

    def _receive(self, data: bytes) -> None:
        for piece in self._splitter.feed(data):
            try:
                frame = shure.parse_frame(piece)
                if isinstance(frame, Get | Set):
                    raise ProtocolError(f"a receiver does not send {type(frame).__name__.upper()}")
                meters = self._meters(frame)
            except ProtocolError as exc:
                self._monitor.protocol_error(exc)
                continue
            self._heard()
            if isinstance(frame, Report):
                self._on_report(frame)
            elif isinstance(frame, ReportError):
                self._on_error()
            for meter in meters:
                self._on_meter(meter)

    def _meters(self, frame: shure.Frame) -> list[Meter]:
        """The meter readings in a SAMPLE frame, read the model's way; ProtocolError if wrong."""
        profile = self.profile
        if isinstance(frame, ChannelSample):
            return [shure.decode_meter(profile, frame)]
        if isinstance(frame, Sample):
            if profile.sample_form is not SampleForm.MIXER:
                raise ProtocolError(
                    f"{profile.name} meters with < SAMPLE n ALL … >, got the mixer form"
                )
            return [Meter(n, level) for n, level in enumerate(frame.levels_db(), start=1)]
        return []

    def _heard(self) -> None:
        now = self._clock.monotonic()
        self._next_poll_at = now + self._poll_interval
        if self._monitor.heard(now):
            self._monitor.publish()

    def _on_report(self, report: Report) -> None:
        every = list(self.config.channels)
        if report.parameter == METER_RATE:
            # Per channel, on channel 0, or device-wide (no channel): all mean the same rate.
            rate = report.value if isinstance(report.value, int) else None
            self._update_state(meter_rate_ms=rate)
            if not rate:
                self._set_levels_unknown()
            channels = every if report.channel in (None, 0) else [report.channel]
        elif report.channel is None:
            return  # a device-wide value (model, firmware): not tracked
        else:
            channels = every if report.channel == 0 else [report.channel]
            for number in channels:
                self._apply(number, report.parameter, report.value)
        request = self._in_flight
        if request is None:
            return
        if (
            report.parameter == METER_RATE
            and request.meter_rate is not None
            and report.value != request.meter_rate
        ):
            # Another rate (a report the device sent by itself, or the answer to an
            # earlier request) is news, not the answer to this SET.
            return
        keys = {(n, report.parameter) for n in channels}
        matched = request.waiting_for & keys
        if not matched:
            return
        request.waiting_for -= matched
        request.result = report.value
        if not request.waiting_for:
            self._in_flight = None
            self._succeed(request)

    def _apply(self, number: int, parameter: str, value: shure.Value) -> None:
        with self._lock:
            current = self._state.channels.get(number)
        if current is None:
            return
        if parameter == AUDIO_MUTE and isinstance(value, bool):
            updated = dataclasses.replace(current, muted=value)
        elif parameter == AUDIO_GAIN and isinstance(value, float):
            updated = dataclasses.replace(current, gain_db=value)
        elif parameter == CHAN_NAME and isinstance(value, str):
            updated = dataclasses.replace(current, name=value)
        elif parameter in BATTERY_PARAMETERS and (value is None or isinstance(value, int)):
            updated = dataclasses.replace(current, battery_bars=value)
        else:
            return
        self._replace_channel(updated)

    def _on_error(self) -> None:
        request = self._in_flight
        if request is None:
            log.warning("%s: < REP ERR > with no command in flight", self.device_id)
            return
        self._in_flight = None
        if request.kind == "command":
            self._fail(
                request,
                CommandRefused(
                    Text(
                        "{device} refused {command}",
                        device=self.device_id,
                        command=request.description,
                    )
                ),
            )
        else:
            log.warning("%s: the device refused %s", self.device_id, request.description)

    def _on_meter(self, meter: Meter) -> None:
        with self._lock:
            current = self._state.channels.get(meter.channel)
        # Channels the hall file does not name (a 4-channel unit, 2 in use) are not tracked.
        if current is not None and current.level_db != meter.level_db:
            self._replace_channel(dataclasses.replace(current, level_db=meter.level_db))

    # --------------------------------------------------------------- state and futures

    def _replace_channel(self, channel: ChannelState) -> None:
        with self._lock:
            if self._state.channels.get(channel.number) == channel:
                return
            channels = dict(self._state.channels)
            channels[channel.number] = channel
            self._state = dataclasses.replace(self._state, channels=channels)
        self._state_dirty = True

    def _update_state(self, **changes: Any) -> None:
        with self._lock:
            updated = dataclasses.replace(self._state, **changes)
            if updated == self._state:
                return
            self._state = updated
        self._state_dirty = True

    def _set_levels_unknown(self) -> None:
        for channel in self.state.channels.values():
            if channel.level_db is not None:
                self._replace_channel(dataclasses.replace(channel, level_db=None))

    def _flush_state(self) -> None:
        """Emit one snapshot per burst of frames, not one per frame."""
        if self._state_dirty:
            self._state_dirty = False
            self._state_listeners.emit(self.state)

    def _expire(self, request: _Request) -> None:
        if request.kind == "command":
            self._fail(
                request,
                CommandTimeout(
                    Text(
                        "{device}: no answer to {command} within {timeout:g} s",
                        device=self.device_id,
                        command=request.description,
                        timeout=request.timeout,
                    )
                ),
            )
        elif request.kind == "resync":
            log.warning(
                "%s: %s incomplete after %g s (%d values missing)",
                self.device_id,
                request.description,
                request.timeout,
                len(request.waiting_for),
            )

    def _succeed(self, request: _Request) -> None:
        if request.meter_rate is not None:
            self._wanted_meter_rate = request.meter_rate
        if request.future is not None and not request.future.done():
            request.future.set_result(request.result)

    def _fail(self, request: _Request, error: DeviceError) -> None:
        if request.future is not None and not request.future.done():
            request.future.set_exception(error)

    def _fail_all(self, error: DeviceError) -> None:
        if self._in_flight is not None:
            self._fail(self._in_flight, error)
            self._in_flight = None
        while self._pending:
            self._fail(self._pending.popleft(), error)
        # Requests still in the event queue are failed when they reach the thread.
