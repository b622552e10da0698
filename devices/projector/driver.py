"""The projector driver: the ESC/VP21 conversation with an Epson projector.

One command in flight, the next only after the prompt ``:`` of the previous one.
Callers never block: every command returns a ``concurrent.futures.Future`` at
once; the conversation runs on the driver's own threads (an I/O thread for
connecting, timeouts and polls, and the transport's reader thread, which
handles replies and sends the next queued command without a thread hop), except
that a command asked for on an idle line is written by the caller (fast path below).
State and status reach listeners on those threads as frozen snapshots.

What it does (see ``docs/devices-projector.md``):

- Per-command timeouts (PWR ON 100 s, PWR OFF 10 s, SOURCE 5 s, others 3 s;
  :class:`CommandTimeouts`). After any ``ERR`` it asks ``ERR?``; a refused
  command's future fails with :class:`~devices.base.CommandRefused` naming the reason.
- ``PWR ON``: some models answer ``:`` at once, others only once the lamp is lit,
  after up to 40 s, or 70 s / 100 s on a second / third ignition attempt (Epson's
  ESC/VP21 guide). The driver waits the full 100 s, sending nothing meanwhile (the
  next command goes only after ``:``), and shows the wait as a warm-up whose
  progress comes from the time since ``PWR ON`` left, not as standby. Commands
  asked for meanwhile wait in the queue and go (or are held until the projector is
  on) after the ``:``; a ``PWR?`` follows every ``PWR ON`` at once. A projector in an
  abnormal state may never send that ``:``: the timeout then fails the request with
  :class:`ProjectorFault`, the state shows the fault (``error_code`` ``"--"`` until
  ``ERR?`` names a code) and the link is not counted as lost by it; polls decide that.
- ESC/VP.net: a ``port`` of ``escvpnet://host:3629`` opens TCP and performs the
  16-byte handshake (:mod:`devices.projector.escvpnet`) before the dialogue; a
  refused handshake is a failed connection naming the projector's status.
- Polls ``PWR?`` every ``poll_interval`` seconds when idle; every
  ``slow_poll_every``-th poll also ``LAMP?`` and, when the projector is on,
  ``SOURCE?`` and ``MUTE?`` (which a projector refuses in standby or transition).
- Interlock: no power, source or blank (A/V mute) command is sent while warming
  up or cooling down. Such a request is held (``state.pending`` says which) and
  sent when the state settles; a newer request of the same kind replaces a held
  one. A blank that would be sent while the projector is off (standby) fails at
  once with :class:`~devices.base.CommandRefused`: there is no image to blank
  (a power-on queued before it has already started the warm-up, so it is held).
  ``state.progress`` estimates warm-up/cool-down progress from the expected lengths.
- Status: connecting, ok, offline after ``missed_polls_offline`` (3) unanswered
  requests — at most ``poll_interval + 3 * poll_timeout`` (4.6 s by default) after
  the projector goes quiet — or when the port is lost; failed when the port cannot
  be opened; bad config. It reconnects (reopens the port, or keeps probing an open
  port) with backoff capped at 5 s and resyncs the whole state when heard again.
  A command while offline fails at once with :class:`~devices.base.DeviceOffline`,
  except a power, source or blank request held by the interlock, which stays held.
- Malformed replies are counted in ``protocol_errors``, logged (rate-limited),
  and never stop the receive loop.

Fast path. When the line is idle at the moment a command is asked for (port open,
status OK, nothing in flight, nothing queued or held ahead of it, and the command
is not one the interlock would hold or refuse), the calling thread puts it in
flight under the driver's lock and writes its frame itself, still under that lock,
instead of waking the I/O thread to do it; the reply is handled by the reader
thread as usual. That saves a thread hand-off on every idle command (the
``benchmarks.bench_projector`` round trip). Everything else is unchanged: one
command in flight (the caller marks it in flight in the same locked step that
sees the line idle, so neither other thread sends meanwhile), the next only after
``:``, ``ERR`` -> ``ERR?``, generation checks, and the I/O thread still owns
timeouts (it looks at the in-flight deadline at least every ``MAX_IDLE_WAIT_S``),
polls and reconnects. Listeners are not told anything on the caller's thread: a
fast-path send changes no state, and what its reply changes is told by the reader.

It keeps "callers never block": the caller never waits for the projector, only
hands one short frame (at most a few dozen bytes) to the kernel's tty buffer.
The fast path is taken only while the status is OK, i.e. the projector is
answering and so draining the line, and one frame in flight at a time cannot
fill a buffer of kilobytes: the write returns in microseconds. (Were the line
nevertheless jammed, the write would wait at most the transport's write timeout,
2 s, holding the driver's lock meanwhile.) If the write raises (port gone), the
caller's thread does what the I/O thread does on a lost port, apart from closing
it: the connection is marked lost, the status goes offline and the command's
future fails at once with
:class:`~devices.base.DeviceOffline`; the I/O thread, woken, closes the old
transport (a bounded join the caller must not wait for), tells the listeners and
reconnects with backoff.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
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
)
from devices.driver_base import DriverBase
from devices.projector import escvp21, escvpnet
from devices.projector.escvp21 import (
    MAX_REPLY_LENGTH,
    PROMPT,
    STANDBY_STATES,
    TRANSITION_STATES,
    PowerState,
    ReplyKind,
)
from devices.serial_transport import Framer, SerialTransport

if TYPE_CHECKING:
    from devices.projector.kind import ProjectorConfig

log = logging.getLogger("devices.projector")

#: Longest the I/O thread sleeps before looking at the clock again (so an injected
#: clock that is advanced by hand is noticed).
MAX_IDLE_WAIT_S = 0.1


@dataclass(frozen=True)
class ProjectorState:
    """What the driver knows about the projector (``None``: not known yet).

    ``error_code``/``error_text`` are the projector's own abnormality from ``ERR?``
    (``None`` when it reports none), or ``"--"`` and the driver's finding when the
    projector never confirmed a ``PWR ON`` and has named no code (a projector fault).
    While a ``PWR ON`` waits for its ``:``, ``power`` reads warming up. ``pending``
    names requests held by the interlock (``"power on"``, ``"source HDMI1"``);
    ``progress`` is 0..1 of the warm-up or cool-down, ``None`` outside them.
    """

    power: PowerState = PowerState.UNKNOWN
    source: str | None = None
    blank: bool | None = None
    lamp_hours: int | None = None
    error_code: str | None = None
    error_text: str | None = None
    pending: str | None = None
    progress: float | None = None


@dataclass(frozen=True)
class CommandTimeouts:
    """Seconds to wait for a command's reply (mature room-control drivers' values)."""

    power_on: float = 100.0  # 40 s, or 70 s / 100 s on the 2nd / 3rd ignition attempt
    power_off: float = 10.0
    source: float = 5.0
    other: float = 3.0


class ProjectorFault(DeviceError):
    """The projector did not complete a command it took: it is faulty, the link is not."""


class _Purpose(enum.Enum):
    USER = "user"  # a caller's command, with a future
    POLL = "poll"  # our own poll or resync query
    REASON = "reason"  # the ERR? sent after an ERR


class _Group(enum.Enum):
    POWER = "power"
    SOURCE = "source"
    BLANK = "blank"


#: Power states in which the projector has no image to blank (it refuses ``MUTE``).
_OFF_STATES = STANDBY_STATES | {PowerState.ABNORMAL_STANDBY}


@dataclass(eq=False)
class _Request:
    frame: bytes
    label: str
    timeout: float
    purpose: _Purpose
    future: Future[Any] | None = None
    query_key: str | None = None
    group: _Group | None = None  # power/source: subject to the interlock
    on_ack: Callable[[float], None] | None = None
    convert: Callable[[str], Any] | None = None
    origin: _Request | None = None  # for a REASON request: the refused request
    deadline: float = 0.0
    generation: int = 0


class _MonotonicClock:
    def monotonic(self) -> float:
        return time.monotonic()


class _Connection:
    """The transport-facing protocol object for one connection (one generation)."""

    def __init__(self, driver: ProjectorDriver, generation: int) -> None:
        self.driver = driver
        self.generation = generation
        self.framer = Framer(PROMPT, max_length=MAX_REPLY_LENGTH)

    def connection_made(self, transport: SerialTransport) -> None:
        pass

    def data_received(self, data: bytes) -> None:
        self.driver._run_guarded(lambda: self._receive(data), self.driver._recover_io)

    def _receive(self, data: bytes) -> None:
        overflows = self.framer.overflows
        frames = self.framer.feed(data)
        self.driver._on_frames(self.generation, frames, self.framer.overflows - overflows)

    def connection_lost(self, exc: BaseException | None) -> None:
        self.driver._on_connection_lost(self.generation, exc)


class ProjectorDriver(DriverBase[ProjectorState]):
    """An Epson projector over ESC/VP21 (see the module docstring)."""

    def __init__(
        self,
        config: ProjectorConfig,
        clock: Any = None,
        poll_interval: float = 1.0,
        *,
        timeouts: CommandTimeouts | None = None,
        poll_timeout: float | None = None,
        slow_poll_every: int = 5,
        warmup_s: float = 30.0,
        cooldown_s: float = 30.0,
        missed_polls_offline: int = 3,
        backoff: Backoff | None = None,
    ) -> None:
        problem = self._config_problem(config)
        self._init_driver_base(
            config.id,
            log,
            state=LinkState.BAD_CONFIG if problem else LinkState.CONNECTING,
            reason=problem or "not started",
            missed_limit=missed_polls_offline,
            backoff=backoff,
        )
        self.config = config
        self.poll_interval = poll_interval
        self.poll_timeout = poll_timeout if poll_timeout is not None else 1.2 * poll_interval
        self.timeouts = timeouts or CommandTimeouts()
        self.slow_poll_every = max(1, slow_poll_every)
        self.warmup_s = warmup_s
        self.cooldown_s = cooldown_s
        self._clock = clock or _MonotonicClock()
        self._sources = {name: code.upper() for name, code in config.sources.items()}

        self._wake = threading.Condition(self._lock)
        self._kicked = False
        self._emit_lock = threading.RLock()
        self._emitted_state: ProjectorState | None = None
        self._emitted_fingerprint: tuple[Any, ...] | None = None
        self._deferred: list[Callable[[], None]] = []

        self._thread: threading.Thread | None = None
        self._started = False
        self._stopping = False
        self._transport: SerialTransport | None = None
        self._discarded: list[SerialTransport] = []  # lost on a caller's thread; I/O closes
        self._connected = False
        self._generation = 0
        self._reconnect_at = 0.0

        self._in_flight: _Request | None = None
        self._system: deque[_Request] = deque()
        self._queue: deque[_Request] = deque()
        self._held: list[_Request] = []
        self._next_poll_at = 0.0
        self._poll_count = 0
        self._detail_due = True

        self._power = PowerState.UNKNOWN
        self._transition_started: float | None = None
        self._source: str | None = None
        self._blank: bool | None = None
        self._lamp_hours: int | None = None
        self._error_code: str | None = None
        self._error_text: str | None = None
        self._fault: str | None = None

    # ------------------------------------------------------------------ public

    @property
    def missed_polls_offline(self) -> int:
        """Unanswered requests in a row after which the projector is offline."""
        return self._monitor.missed_limit

    @property
    def state(self) -> ProjectorState:
        with self._lock:
            return self._snapshot()

    def start(self) -> None:
        """Begin connecting on the driver's own thread; returns at once."""
        with self._lock:
            if self._started:
                return
            self._started = True
            if self._monitor.state is not LinkState.BAD_CONFIG:
                self._monitor.set(self._monitor.state, f"opening {self.config.port}")
                self._thread = threading.Thread(
                    target=self._run_io_loop,
                    args=(self._run, self._recover_io, lambda: self._stopping),
                    name=f"{self.device_id}-io",
                    daemon=True,
                )
                self._thread.start()
        self._flush()

    def stop(self) -> None:
        """Close the port, join the I/O thread (bounded); pending commands fail."""
        with self._lock:
            self._stopping = True
            self._kick()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=3.0)
        with self._lock:
            transport, self._transport = self._transport, None
            discarded, self._discarded = self._discarded, []
            self._connected = False
            self._generation += 1
            self._fail_everything(DeviceOffline("the projector driver was stopped"), held=True)
        for old_transport in discarded:
            old_transport.close()
        if transport is not None:
            transport.close()
        self._flush()

    def power_on(self) -> Future[None]:
        return self._submit(
            escvp21.power_command(True),
            "power on",
            self.timeouts.power_on,
            group=_Group.POWER,
            on_ack=self._acked_power_on,
        )

    def power_off(self) -> Future[None]:
        return self._submit(
            escvp21.power_command(False),
            "power off",
            self.timeouts.power_off,
            group=_Group.POWER,
            on_ack=self._acked_power_off,
        )

    def set_source(self, name: str) -> Future[None]:
        """Switch to the configured source ``name`` (for example ``"HDMI1"``)."""
        code = self._sources.get(name)
        if code is None:
            known = ", ".join(self._sources) or "none configured"
            return _failed(CommandRefused(f"the projector has no source {name!r} (known: {known})"))

        def acked(now: float) -> None:
            self._source = name

        return self._submit(
            escvp21.source_command(code),
            f"source {name}",
            self.timeouts.source,
            group=_Group.SOURCE,
            on_ack=acked,
        )

    def set_blank(self, on: bool) -> Future[None]:
        """A/V mute: blank the image (``True``) or show it again.

        Held by the interlock while the projector warms up or cools down (it refuses
        ``MUTE`` then) and sent once it is on. Refused at once with
        :class:`~devices.base.CommandRefused` when it is off (standby) at the moment
        it would be sent: there is no image to blank. A power-on queued before it
        counts: the blank is then held through the warm-up.
        """

        def acked(now: float) -> None:
            self._blank = on

        return self._submit(
            escvp21.mute_command(on),
            "blank" if on else "unblank",
            self.timeouts.other,
            group=_Group.BLANK,
            on_ack=acked,
        )

    def query_error(self) -> Future[tuple[str, str]]:
        """Ask ``ERR?``; resolves to ``(code, words)``, e.g. ``("06", "lamp error")``."""
        return self._submit(
            escvp21.encode_query("ERR"),
            "ERR?",
            self.timeouts.other,
            query_key="ERR",
            convert=escvp21.decode_error,
        )

    def query(self, key: str) -> Future[str]:
        """Send ``KEY?`` and resolve to the raw value (diagnostics, benchmarks)."""
        try:
            frame = escvp21.encode_query(key)
        except ValueError as exc:
            return _failed(CommandRefused(str(exc)))
        return self._submit(frame, f"{key}?", self.timeouts.other, query_key=key)

    def refresh(self) -> None:
        """Ask for the whole state again (power, error, lamp, then source and blank)."""
        with self._lock:
            if self._connected:
                self._begin_resync()
                self._kick()

    # ------------------------------------------------------------ submitting

    def _submit(
        self,
        frame: bytes,
        label: str,
        timeout: float,
        *,
        group: _Group | None = None,
        query_key: str | None = None,
        on_ack: Callable[[float], None] | None = None,
        convert: Callable[[str], Any] | None = None,
    ) -> Future[Any]:
        future: Future[Any] = Future()
        request = _Request(
            frame,
            label,
            timeout,
            _Purpose.USER,
            future,
            query_key=query_key,
            group=group,
            on_ack=on_ack,
            convert=convert,
        )
        sent = False
        with self._lock:
            if self._monitor.state is LinkState.BAD_CONFIG:
                self._reject(
                    request, DeviceOffline(f"projector config is wrong: {self._monitor.reason}")
                )
            elif self._stopping:
                self._reject(request, DeviceOffline("the projector driver was stopped"))
            elif group is not None and self._power in TRANSITION_STATES:
                self._hold(request)
            elif self._monitor.state in (LinkState.OFFLINE, LinkState.FAILED):
                self._reject(
                    request, DeviceOffline(f"projector is offline: {self._monitor.reason}")
                )
            elif self._line_idle_for(request):
                self._send_now(request)  # on the wire now; no hand-off (see the docstring)
                sent = True
            else:
                self._queue.append(request)
            if not sent:
                self._kick()  # the I/O thread sends it and tells the listeners
        self._flush(emit=False)
        return future

    def _line_idle_for(self, request: _Request) -> bool:
        """Whether ``request`` would be the very next thing sent (fast path; called locked)."""
        if (
            not self._connected
            or self._transport is None
            or self._stopping
            or self._monitor.state is not LinkState.OK
            or self._in_flight is not None
            or self._system
            or self._queue
            or self._held
        ):
            return False
        if request.group is _Group.BLANK and self._power in _OFF_STATES:
            return False  # the I/O thread refuses it the usual way
        return request.group is None or self._power not in TRANSITION_STATES

    def _send_now(self, request: _Request) -> None:
        """Put ``request`` in flight and write it on the caller's thread (called locked)."""
        transport = self._transport
        assert transport is not None
        request.deadline = self._clock.monotonic() + request.timeout
        request.generation = self._generation
        self._in_flight = request
        try:
            transport.write(request.frame)  # one short frame into the tty buffer; no waiting
        except DeviceOffline as exc:
            self._discarded.append(transport)
            self._lose_connection(self._generation, exc)  # fails the request

    def _hold(self, request: _Request) -> None:
        for held in list(self._held):
            if held.group is request.group:
                self._held.remove(held)
                self._reject(held, DeviceError(f"{held.label} replaced by {request.label}"))
        self._held.append(request)
        log.info("%s: holding %s until the power state settles", self.device_id, request.label)

    # ------------------------------------------------------------- I/O thread

    def _recover_io(self, error: DeviceError, delay: float) -> None:
        """The crash rule (devices.driver_base): drop the port (closed by the I/O thread),
        fail every command at once, reopen after ``delay``."""
        with self._lock:
            if self._transport is not None:
                self._discarded.append(self._transport)
            self._transport = None
            self._connected = False
            self._generation += 1
            self._fail_everything(error, held=True)
            self._reconnect_at = self._clock.monotonic() + delay
            self._kick()
        self._flush()

    def _run(self) -> None:
        while True:
            with self._lock:
                discarded, self._discarded = self._discarded, []
            for transport in discarded:
                transport.close()
            with self._lock:
                if self._stopping:
                    return
                now = self._clock.monotonic()
                must_open = not self._connected and now >= self._reconnect_at
            if must_open:
                self._open()
                continue
            with self._lock:
                now = self._clock.monotonic()
                self._check_timeout(now)
                request = self._next_request(now)
                wait = self._idle_wait(now)
            if request is not None:
                self._write(request)  # before telling listeners: the wire comes first
            self._flush()
            if request is not None:
                continue
            with self._lock:
                if not self._kicked and not self._stopping:
                    self._wake.wait(wait)
                self._kicked = False

    def _open(self) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
        connection = _Connection(self, generation)
        url, handshake = self.config.port, None
        if escvpnet.is_escvpnet_url(url):
            url, handshake = escvpnet.socket_url(url), escvpnet.handshake
        transport = SerialTransport(
            url,
            connection,
            baudrate=self.config.baudrate,
            name=self.device_id,
            handshake=handshake,
        )
        try:
            transport.open()
        except DeviceOffline as exc:
            with self._lock:
                now = self._clock.monotonic()
                self._monitor.set(LinkState.FAILED, str(exc))
                self._fail_queued(DeviceOffline(f"projector is offline: {exc}"))
                self._reconnect_at = now + self._monitor.retry_delay()
            self._flush()
            return
        with self._lock:
            if self._stopping or generation != self._generation:
                stale = True
            else:
                stale = False
                self._transport = transport
                self._connected = True
                self._monitor.reset_unanswered()
                self._next_poll_at = self._clock.monotonic()  # a first PWR? at once
                if self._monitor.state is LinkState.FAILED:
                    self._monitor.set(LinkState.OFFLINE, f"{self.config.port} open; no answer yet")
                log.info("%s: opened %s", self.device_id, self.config.port)
        if stale:
            transport.close()

    def _write(self, request: _Request) -> None:
        with self._lock:
            transport = self._transport
            generation = self._generation
        if transport is None or request.generation != generation:
            return
        try:
            transport.write(request.frame)
        except DeviceOffline as exc:
            self._on_connection_lost(generation, exc)
            transport.close()

    def _idle_wait(self, now: float) -> float:
        # Polls and timeouts only matter on an open port: without one, a poll time
        # left in the past would make the wait zero and the thread spin.
        # While a request is in flight nothing else may go, however late the next poll
        # is: only its deadline matters (else a poll time in the past spins the thread
        # for the whole wait, up to 100 s for a PWR ON, or under a flood of garbage).
        if not self._connected:
            moment = self._reconnect_at
        elif self._in_flight is not None:
            moment = self._in_flight.deadline
        else:
            moment = self._next_poll_at
        return max(0.0, min(moment - now, MAX_IDLE_WAIT_S))

    def _kick(self) -> None:
        self._kicked = True
        self._wake.notify()

    # -------------------------------------------------------- reader thread

    def _on_frames(self, generation: int, frames: list[bytes], overflows: int) -> None:
        request: _Request | None = None
        with self._lock:
            if generation != self._generation:
                return
            now = self._clock.monotonic()
            for _ in range(overflows):
                self._monitor.protocol_error(ProtocolError("runaway reply without ':' discarded"))
            for frame in frames:
                self._on_frame(frame, now)
            request = self._next_request(now)
        self._flush()
        if request is not None:
            self._write(request)

    def _on_connection_lost(self, generation: int, exc: BaseException | None) -> None:
        with self._lock:
            self._lose_connection(generation, exc)
        self._flush()

    def _lose_connection(self, generation: int, exc: BaseException | None) -> None:
        """Forget the connection of ``generation`` and go offline (called locked)."""
        if generation != self._generation or not self._connected:
            return
        self._connected = False
        self._transport = None
        self._generation += 1
        if not self._stopping:
            reason = f"connection lost: {exc}" if exc else "connection closed"
            log.warning("%s: %s", self.device_id, reason)
            now = self._clock.monotonic()
            self._go_offline(reason, now)
            self._reconnect_at = now + self._monitor.retry_delay()
        self._kick()

    # ------------------------------------------------- conversation (locked)

    def _on_frame(self, frame: bytes, now: float) -> None:
        try:
            reply = escvp21.parse_reply(frame)
            if reply.kind is ReplyKind.VALUE:
                assert reply.key is not None and reply.value is not None
                self._apply_value(reply.key, reply.value, now)
        except ProtocolError as exc:
            self._monitor.protocol_error(exc)
            return
        self._heard(now)
        request = self._in_flight
        if request is None:
            return  # a late reply to a request that timed out
        if reply.kind is ReplyKind.VALUE:
            if request.query_key == reply.key:
                self._complete(request, reply.value)
        elif reply.kind is ReplyKind.ACK:
            if request.query_key is None:
                if request.on_ack is not None:
                    request.on_ack(now)
                self._complete(request, None)
        else:
            self._refused(request)

    def _apply_value(self, key: str, value: str, now: float) -> None:
        if key == "PWR":
            self._set_power(escvp21.decode_power(value), now)
        elif key == "SOURCE":
            self._source = escvp21.decode_source(value, self._sources)
        elif key == "MUTE":
            self._blank = escvp21.decode_mute(value)
        elif key == "LAMP":
            self._lamp_hours = escvp21.decode_lamp_hours(value)
        elif key == "ERR":
            code, text = escvp21.decode_error(value)
            self._error_code, self._error_text = (None, None) if code == "00" else (code, text)

    def _set_power(self, power: PowerState, now: float) -> None:
        previous = self._power
        if power in TRANSITION_STATES and power is not previous:
            self._transition_started = now
        if power is PowerState.ON and previous is not PowerState.ON:
            self._detail_due = True
            self._fault = None
        if power is PowerState.ABNORMAL_STANDBY and previous is not PowerState.ABNORMAL_STANDBY:
            self._system.append(self._poll_request("ERR"))
        self._power = power
        if power is PowerState.ON and self._detail_due:
            self._detail_due = False
            self._system.extend((self._poll_request("SOURCE"), self._poll_request("MUTE")))

    def _acked_power_on(self, now: float) -> None:
        self._fault = None
        if self._power in STANDBY_STATES or self._power is PowerState.UNKNOWN:
            request = self._in_flight
            self._set_power(PowerState.WARMING_UP, now)
            if request is not None:  # the warm-up began when PWR ON left, not at its ':'
                self._transition_started = request.deadline - request.timeout
        # the ':' may come only once the lamp is lit: ask at once, so that what is held
        # for the warm-up goes as soon as the projector says it is on
        self._system.append(self._poll_request("PWR"))

    def _awaiting_power_on(self) -> bool:
        """A ``PWR ON`` is on the line and its ``:`` has not come yet (called locked)."""
        request = self._in_flight
        return (
            request is not None
            and request.on_ack == self._acked_power_on
            and (self._power in STANDBY_STATES or self._power is PowerState.UNKNOWN)
        )

    def _acked_power_off(self, now: float) -> None:
        if self._power is PowerState.ON:
            self._set_power(PowerState.COOLING_DOWN, now)

    def _heard(self, now: float) -> None:
        ever_ok = self._monitor.ever_ok
        if self._monitor.heard(now):  # OK again (or at last): resync everything
            if ever_ok:
                log.info("%s: answering again; resyncing", self.device_id)
            self._begin_resync()

    def _complete(self, request: _Request, value: str | None) -> None:
        self._in_flight = None
        if request.purpose is _Purpose.REASON:
            origin = request.origin
            if origin is not None:
                self._reject(origin, CommandRefused(self._refusal_text(origin)))
            return
        if request.future is not None:
            result: Any = value
            if request.convert is not None and value is not None:
                result = request.convert(value)
            self._resolve(request, result)

    def _refused(self, request: _Request) -> None:
        """The projector answered ``ERR``: ask why before failing the request."""
        self._in_flight = None
        if request.purpose is _Purpose.REASON:
            if request.origin is not None:
                self._reject(
                    request.origin, CommandRefused(f"projector refused {request.origin.label}")
                )
            return
        reason = self._poll_request("ERR")
        reason.purpose = _Purpose.REASON
        reason.origin = request if request.purpose is _Purpose.USER else None
        self._system.appendleft(reason)

    def _off_text(self, request: _Request) -> str:
        return (
            f"projector is off ({self._power.value}): {request.label} not sent; "
            "there is no image until it is powered on"
        )

    def _refusal_text(self, request: _Request) -> str:
        if self._error_code is not None:
            return f"projector refused {request.label}: {self._error_text} (ERR={self._error_code})"
        return f"projector refused {request.label} (power: {self._power.value})"

    def _check_timeout(self, now: float) -> None:
        request = self._in_flight
        if request is None or now < request.deadline:
            return
        if request.on_ack == self._acked_power_on:
            self._power_on_unconfirmed(request)
            return
        self._in_flight = None
        self._monitor.count_unanswered()
        if request.purpose is _Purpose.USER:
            self._reject(
                request,
                CommandTimeout(
                    f"projector did not answer {request.label} within {request.timeout:g} s"
                ),
            )
        elif request.origin is not None:
            self._reject(
                request.origin,
                CommandRefused(f"projector refused {request.origin.label} (no reason given)"),
            )
        if self._monitor.quiet and self._monitor.state in (
            LinkState.OK,
            LinkState.CONNECTING,
        ):
            reason = f"no answer from {self.config.port} to {self._monitor.unanswered} requests"
            if self._fault:
                reason += " since a power-on it never confirmed (projector fault suspected)"
            self._go_offline(reason, now)

    def _power_on_unconfirmed(self, request: _Request) -> None:
        """No ``:`` to ``PWR ON`` within its timeout: a projector fault, not a lost link."""
        self._in_flight = None
        self._fault = (
            f"no ':' to PWR ON within {request.timeout:g} s: the lamp did not light "
            "or the projector is in an abnormal state"
        )
        log.warning("%s: %s", self.device_id, self._fault)
        self._reject(request, ProjectorFault(f"projector fault: {self._fault}"))
        # not counted as unanswered: whether the link is alive, the polls tell
        self._system.extend((self._poll_request("PWR"), self._poll_request("ERR")))

    def _go_offline(self, reason: str, now: float) -> None:
        self._monitor.set(LinkState.OFFLINE, reason)
        self._fail_queued(DeviceOffline(f"projector is offline: {reason}"))
        self._next_poll_at = now + self._monitor.retry_delay()

    def _next_request(self, now: float) -> _Request | None:
        """Pick what goes on the line next, if the line is free (called locked)."""
        if not self._connected or self._in_flight is not None or self._stopping:
            return None
        request: _Request | None = None
        settled = self._power not in TRANSITION_STATES
        while request is None:
            if self._system:
                request = self._system.popleft()
            elif self._held and settled and self._monitor.state is LinkState.OK:
                request = self._held.pop(0)
            else:
                while self._queue:
                    candidate = self._queue.popleft()
                    if candidate.group is not None and not settled:
                        self._hold(candidate)
                        continue
                    request = candidate
                    break
                if request is None:
                    break
            if request.group is _Group.BLANK and self._power in _OFF_STATES:
                self._reject(request, CommandRefused(self._off_text(request)))
                request = None
        if request is None and now >= self._next_poll_at:
            self._start_poll_cycle(now)
            request = self._system.popleft()
        if request is None:
            return None
        request.deadline = now + request.timeout
        request.generation = self._generation
        self._in_flight = request
        return request

    def _start_poll_cycle(self, now: float) -> None:
        self._poll_count += 1
        self._system.append(self._poll_request("PWR"))
        if self._poll_count % self.slow_poll_every == 0 and self._monitor.state is LinkState.OK:
            self._system.append(self._poll_request("LAMP"))
            if self._power is PowerState.ON:
                self._system.extend((self._poll_request("SOURCE"), self._poll_request("MUTE")))
        if self._monitor.state is LinkState.OK or self._monitor.state is LinkState.CONNECTING:
            self._next_poll_at = now + self.poll_interval
        else:
            self._next_poll_at = now + self._monitor.retry_delay()

    def _begin_resync(self) -> None:
        self._detail_due = True
        self._system.extend(self._poll_request(key) for key in ("PWR", "ERR", "LAMP"))

    def _poll_request(self, key: str) -> _Request:
        return _Request(
            escvp21.encode_query(key), f"{key}?", self.poll_timeout, _Purpose.POLL, query_key=key
        )

    def _fail_queued(self, error: DeviceError) -> None:
        """Fail what waits for the line (not what the interlock holds)."""
        requests = list(self._queue) + list(self._system)
        if self._in_flight is not None:
            requests.append(self._in_flight)
            self._in_flight = None
        self._queue.clear()
        self._system.clear()
        for request in requests:
            self._reject(request, error)
            if request.origin is not None:
                self._reject(request.origin, error)

    def _fail_everything(self, error: DeviceError, held: bool) -> None:
        self._fail_queued(error)
        if held:
            for request in self._held:
                self._reject(request, error)
            self._held.clear()

    def _resolve(self, request: _Request, value: Any) -> None:
        future = request.future
        if future is not None:
            self._deferred.append(lambda: _settle(future, value, None))

    def _reject(self, request: _Request, error: BaseException) -> None:
        future = request.future
        if future is not None:
            self._deferred.append(lambda: _settle(future, None, error))

    def _fingerprint(self) -> tuple[Any, ...]:
        """Everything a snapshot is made of except the time (called locked)."""
        return (
            self._power,
            self._source,
            self._blank,
            self._lamp_hours,
            self._error_code,
            self._fault,
            self._awaiting_power_on(),
            tuple(request.label for request in self._held),
        )

    def _snapshot(self) -> ProjectorState:
        power = self._power
        started = self._transition_started
        if self._awaiting_power_on():
            assert self._in_flight is not None
            power = PowerState.WARMING_UP
            started = self._in_flight.deadline - self._in_flight.timeout
        progress: float | None = None
        if power in TRANSITION_STATES and started is not None:
            expected = self.warmup_s if power is PowerState.WARMING_UP else self.cooldown_s
            elapsed = self._clock.monotonic() - started
            progress = round(min(0.99, max(0.0, elapsed / expected)), 2) if expected > 0 else 0.99
        error_code, error_text = self._error_code, self._error_text
        if error_code is None and self._fault:
            error_code, error_text = "--", self._fault
        return ProjectorState(
            power=power,
            source=self._source,
            blank=self._blank,
            lamp_hours=self._lamp_hours,
            error_code=error_code,
            error_text=error_text,
            pending=", ".join(request.label for request in self._held) or None,
            progress=progress,
        )

    # ------------------------------------------------------------ listeners

    def _flush(self, emit: bool = True) -> None:
        """Settle futures and tell listeners, outside the session lock, in order.

        Callers' threads pass ``emit=False``: listeners run on the driver's threads only.
        """
        with self._lock:
            deferred, self._deferred = self._deferred, []
        for action in deferred:
            action()
        if not emit:
            return
        with self._emit_lock:
            state: ProjectorState | None = None
            with self._lock:
                # a cheap fingerprint first: most replies (polls) change nothing
                fingerprint = self._fingerprint()
                if (
                    fingerprint != self._emitted_fingerprint
                    or self._power in TRANSITION_STATES
                    or self._awaiting_power_on()
                ):
                    state = self._snapshot()
                    self._emitted_fingerprint = fingerprint
            self._monitor.publish()
            if state is not None and state != self._emitted_state:
                self._emitted_state = state
                self._state_listeners.emit(state)

    @staticmethod
    def _config_problem(config: ProjectorConfig) -> str:
        problem = escvpnet.port_problem(config.port)
        if problem:
            return f"port: {problem}"
        for name, code in config.sources.items():
            try:
                escvp21.source_command(code.upper())
            except ValueError:
                return f"sources.{name}: {code!r} is not a two-digit source code"
        return ""


def _settle(future: Future[Any], value: Any, error: BaseException | None) -> None:
    if future.done():
        return
    try:
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)
    except InvalidStateError:
        pass  # the caller cancelled it


def _failed(error: BaseException) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_exception(error)
    return future


__all__ = [
    "CommandTimeouts",
    "PowerState",
    "ProjectorDriver",
    "ProjectorFault",
    "ProjectorState",
]
