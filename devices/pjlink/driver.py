"""The PJLink driver: a projector or display on TCP 4352, class 1 or 2, with or without password.

Callers never block: every command returns a ``concurrent.futures.Future`` at once
and goes on a queue; one I/O thread owns the socket and holds the conversation, one
request in flight, the next only after the reply to the previous one (PJLink
answers every line with one line). State and status reach listeners on that thread
as frozen snapshots. What it does (see ``docs/devices-pjlink.md``):

- Connect: read the greeting; with ``PJLINK 1 <random>`` the first command carries
  md5(random + password) in front. No password configured for a projector that
  wants one, or ``PJLINK ERRA`` back: the status is failed, naming the password.
- Keep-alive: PJLink devices close a connection idle for about 30 s; the driver
  polls ``POWR ?`` every ``poll_interval`` (2 s), so the connection stays open. If
  the device closes it anyway (some close after every command), the driver
  reconnects at once and sends the unanswered request again (PJLink sets are
  idempotent: ``POWR 1`` twice is on); a second failure in a row is a lost link.
- Polls: every ``slow_poll_every``-th poll also ``LAMP ?`` and ``ERST ?``, and when
  on ``INPT ?`` and ``AVMT ?``; ``CLSS ?`` once per connection.
- Replies ``ERR1``..``ERR4`` fail the command with :class:`~devices.base.CommandRefused`
  naming the meaning; ``ERR3`` to a power/input/blank set is the "busy" answer.
- Interlock, as for the Epson projector: no power, input or blank set while warming
  up or cooling down: such a request is held (``state.pending``) and sent when the
  state settles; a blank while off fails at once (no image to blank).
- Status: connecting, ok, offline after ``missed_polls_offline`` unanswered requests
  or a lost connection, failed when the host refuses or the password is wrong, bad
  config. Reconnects with backoff capped at 5 s and resyncs.
- Malformed lines are counted in ``protocol_errors`` and never stop the loop; a run
  longer than a PJLink line without CR is dropped as it arrives.
"""

from __future__ import annotations

import enum
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError
from dataclasses import dataclass, field
from typing import Any

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
from devices.pjlink import pjlink
from devices.pjlink.kind import PJLinkConfig
from devices.pjlink.pjlink import TRANSITION_STATES, PowerState

log = logging.getLogger("devices.pjlink")

#: Longest the I/O thread waits before looking at the clock again.
MAX_IDLE_WAIT_S = 0.1


@dataclass(frozen=True)
class PJLinkState:
    """What the driver knows (``None``: not known yet); field names match the Epson driver's.

    ``error_code``/``error_text`` sum up ``ERST``: ``"ERST"`` and the parts in words
    (``"lamp: error"``), ``None`` when all is ok. ``errors`` has each part not ok.
    """

    power: PowerState = PowerState.UNKNOWN
    source: str | None = None
    blank: bool | None = None
    audio_muted: bool | None = None
    lamp_hours: int | None = None
    error_code: str | None = None
    error_text: str | None = None
    errors: dict[str, str] = field(default_factory=dict)
    pending: str | None = None
    progress: float | None = None
    pjlink_class: int | None = None


class _Group(enum.Enum):
    POWER = "power"
    SOURCE = "source"
    BLANK = "blank"


@dataclass(eq=False)
class _Request:
    frame: bytes
    label: str
    body: str
    future: Future[Any] | None = None
    group: _Group | None = None
    on_ok: Callable[[], None] | None = None
    convert: Callable[[str], Any] | None = None
    retried: bool = False


class _MonotonicClock:
    def monotonic(self) -> float:
        return time.monotonic()


class _ConnectionLost(Exception):
    pass


class PJLinkDriver(DriverBase[PJLinkState]):
    """A PJLink projector or display (see the module docstring)."""

    def __init__(
        self,
        config: PJLinkConfig,
        clock: Any = None,
        poll_interval: float = 2.0,
        *,
        reply_timeout: float = 3.0,
        connect_timeout: float = 3.0,
        slow_poll_every: int = 5,
        warmup_s: float = 30.0,
        cooldown_s: float = 30.0,
        missed_polls_offline: int = 3,
        backoff: Backoff | None = None,
    ) -> None:
        problem = config.problem()
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
        self.reply_timeout = reply_timeout
        self.connect_timeout = connect_timeout
        self.slow_poll_every = max(1, slow_poll_every)
        self.warmup_s = warmup_s
        self.cooldown_s = cooldown_s
        self._clock = clock or _MonotonicClock()
        self._codes = {name: code.upper() for name, code in config.inputs.items()}
        self._wake = threading.Condition(self._lock)
        self._kicked = False
        self._thread: threading.Thread | None = None
        self._started = False
        self._stopping = False
        self._sock: socket.socket | None = None
        self._buffer = b""
        self._discarding = False
        self._digest = ""  # sent in front of the next command (once per connection)
        self._reconnect_at = 0.0
        self._next_poll_at = 0.0
        self._poll_count = 0
        self._queue: deque[_Request] = deque()
        self._system: deque[_Request] = deque()
        self._held: list[_Request] = []
        self._deferred: list[Callable[[], None]] = []
        self._emitted: PJLinkState | None = None
        self._emit_lock = threading.Lock()

        self._power = PowerState.UNKNOWN
        self._transition_started: float | None = None
        self._input: str | None = None
        self._video_mute: bool | None = None
        self._audio_mute: bool | None = None
        self._lamp_hours: int | None = None
        self._errors: dict[str, str] = {}
        self._class: int | None = None

    # ------------------------------------------------------------------ public

    @property
    def state(self) -> PJLinkState:
        with self._lock:
            return self._snapshot()

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
            if self._monitor.state is not LinkState.BAD_CONFIG:
                self._monitor.set(LinkState.CONNECTING, f"connecting to {self._where()}")
                self._thread = threading.Thread(
                    target=self._run, name=f"{self.device_id}-io", daemon=True
                )
                self._thread.start()
        self._flush()

    def stop(self) -> None:
        """Close the connection, join the I/O thread (bounded); pending commands fail."""
        with self._lock:
            self._stopping = True
            self._kick()
            sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5.0)
        with self._lock:
            self._close()
            self._fail_all(DeviceOffline("the PJLink driver was stopped"), held=True)
        self._flush()

    def power_on(self) -> Future[None]:
        return self._submit(
            pjlink.power_command(True), "power on", "POWR", _Group.POWER, self._acked_on
        )

    def power_off(self) -> Future[None]:
        return self._submit(
            pjlink.power_command(False), "power off", "POWR", _Group.POWER, self._acked_off
        )

    def set_source(self, name: str) -> Future[None]:
        """Switch to the configured input ``name`` (for example ``"HDMI1"``)."""
        code = self._codes.get(name)
        if code is None:
            known = ", ".join(self._codes) or "none configured"
            return _failed(CommandRefused(f"the display has no input {name!r} (known: {known})"))

        def acked() -> None:
            self._input = code

        return self._submit(
            pjlink.input_command(code), f"input {name}", "INPT", _Group.SOURCE, acked
        )

    def set_input(self, name: str) -> Future[None]:
        return self.set_source(name)

    def set_blank(self, on: bool) -> Future[None]:
        """A/V mute (``AVMT 31``/``30``): blank the image and the sound, or show them again."""

        def acked() -> None:
            self._video_mute = self._audio_mute = on

        return self._submit(
            pjlink.av_mute_command(on), "blank" if on else "unblank", "AVMT", _Group.BLANK, acked
        )

    def query(self, body: str, pjlink_class: int = 1) -> Future[str]:
        """Send ``%nBODY ?`` and resolve to the raw value (diagnostics, readiness)."""
        try:
            frame = pjlink.encode_query(body, pjlink_class)
        except ValueError as exc:
            return _failed(CommandRefused(str(exc)))
        return self._submit(frame, f"{body} ?", body.upper(), None, None)

    def refresh(self) -> None:
        with self._lock:
            self._begin_resync()
            self._kick()

    # ------------------------------------------------------------ submitting

    def _submit(
        self,
        frame: bytes,
        label: str,
        body: str,
        group: _Group | None,
        on_ok: Callable[[], None] | None,
    ) -> Future[Any]:
        future: Future[Any] = Future()
        request = _Request(frame, label, body, future, group, on_ok)
        with self._lock:
            if self._monitor.state is LinkState.BAD_CONFIG:
                self._reject(request, DeviceOffline(f"config is wrong: {self._monitor.reason}"))
            elif self._stopping:
                self._reject(request, DeviceOffline("the PJLink driver was stopped"))
            elif group is not None and self._power in TRANSITION_STATES:
                self._hold(request)
            elif self._monitor.state in (LinkState.OFFLINE, LinkState.FAILED):
                self._reject(request, DeviceOffline(f"display is offline: {self._monitor.reason}"))
            else:
                self._queue.append(request)
            self._kick()
        self._flush(emit=False)
        return future

    def _hold(self, request: _Request) -> None:
        for held in list(self._held):
            if held.group is request.group:
                self._held.remove(held)
                self._reject(held, DeviceError(f"{held.label} replaced by {request.label}"))
        self._held.append(request)

    # ------------------------------------------------------------- I/O thread

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._stopping:
                    return
                now = self._clock.monotonic()
                connected = self._sock is not None
                if not connected and now < self._reconnect_at:
                    self._idle(self._reconnect_at - now)
                    continue
            if not connected:
                self._connect()
                self._flush()
                continue
            with self._lock:
                request = self._next_request(self._clock.monotonic())
                if request is None:
                    self._idle(self._next_poll_at - self._clock.monotonic())
            if request is not None:
                self._exchange(request)
            self._flush()  # also while idle: the warm-up progress moves on

    def _idle(self, seconds: float) -> None:
        """Wait (locked) until kicked or ``seconds`` pass, at most MAX_IDLE_WAIT_S."""
        if not self._kicked and not self._stopping:
            self._wake.wait(max(0.0, min(seconds, MAX_IDLE_WAIT_S)))
        self._kicked = False

    def _kick(self) -> None:
        self._kicked = True
        self._wake.notify()

    def _where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def _connect(self) -> None:
        """Open the TCP connection and read the greeting (I/O thread, unlocked)."""
        try:
            sock = socket.create_connection(
                (self.config.host, self.config.port), timeout=self.connect_timeout
            )
        except OSError as exc:
            self._connect_failed(LinkState.FAILED, f"cannot connect to {self._where()}: {exc}")
            return
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._lock:
            self._sock = sock
            self._buffer = b""
            self._discarding = False
            if self._stopping:
                self._close()
                return
        try:
            line = self._read_line(self._clock.monotonic() + self.connect_timeout)
        except _ConnectionLost as exc:
            self._connect_failed(LinkState.OFFLINE, f"{self._where()}: {exc}")
            return
        if line is None:
            self._connect_failed(LinkState.OFFLINE, f"no PJLink greeting from {self._where()}")
            return
        try:
            greeting = pjlink.parse_greeting(line)
        except ProtocolError as exc:
            self._monitor.protocol_error(exc)
            self._connect_failed(LinkState.FAILED, f"{self._where()} does not speak PJLink")
            return
        with self._lock:
            if greeting.refused:
                self._connect_failed(LinkState.FAILED, "the display refused the connection (ERRA)")
                return
            if greeting.auth:
                if self.config.password is None:
                    self._connect_failed(
                        LinkState.FAILED,
                        "the display wants a PJLink password: set password in the hall file",
                    )
                    return
                assert greeting.random is not None
                self._digest = pjlink.auth_digest(greeting.random, self.config.password)
            else:
                self._digest = ""
            self._monitor.reset_unanswered()
            self._next_poll_at = self._clock.monotonic()
            if self._class is None:
                self._system.append(self._poll("CLSS"))
            log.info("%s: connected to %s", self.device_id, self._where())

    def _connect_failed(self, state: LinkState, reason: str) -> None:
        with self._lock:
            self._close()
            if self._stopping:
                return
            log.warning("%s: %s", self.device_id, reason)
            self._monitor.set(state, reason)
            self._fail_queued(DeviceOffline(f"display is offline: {reason}"))
            self._reconnect_at = self._clock.monotonic() + self._monitor.retry_delay()

    def _close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def _exchange(self, request: _Request) -> None:
        """Send ``request`` and handle its reply (I/O thread, unlocked)."""
        with self._lock:
            sock = self._sock
            frame = self._digest.encode("ascii") + request.frame
        if sock is None:
            self._requeue_or_fail(request, "not connected")
            return
        try:
            sock.sendall(frame)
            deadline = self._clock.monotonic() + self.reply_timeout
            while True:
                line = self._read_line(deadline)
                if line is None:
                    self._unanswered(request)
                    return
                if self._handle_line(request, line):
                    return
        except (OSError, _ConnectionLost) as exc:
            self._requeue_or_fail(request, str(exc) or "connection closed")

    def _requeue_or_fail(self, request: _Request, reason: str) -> None:
        """The connection went away under ``request``: reconnect; send it once more."""
        with self._lock:
            self._close()
            if self._stopping:
                self._reject(request, DeviceOffline("the PJLink driver was stopped"))
                return
            if not request.retried and self._monitor.state is LinkState.OK:
                request.retried = True
                self._system.appendleft(request)  # reconnect at once and resend
                self._reconnect_at = self._clock.monotonic()
                log.info("%s: connection closed (%s); reconnecting", self.device_id, reason)
                return
            text = f"connection to {self._where()} lost: {reason}"
            self._reject(request, DeviceOffline(f"display is offline: {text}"))
            self._monitor.set(LinkState.OFFLINE, text)
            self._fail_queued(DeviceOffline(f"display is offline: {text}"))
            self._reconnect_at = self._clock.monotonic() + self._monitor.retry_delay()

    def _read_line(self, deadline: float) -> bytes | None:
        """One CR-ended line before ``deadline`` (``None`` if none); junk runs are dropped."""
        while True:
            with self._lock:
                sock = self._sock
                if b"\r" in self._buffer:
                    line, _, self._buffer = self._buffer.partition(b"\r")
                    if self._discarding:
                        self._discarding = False
                        continue
                    return line + b"\r"
                if self._stopping or sock is None:
                    raise _ConnectionLost("closed")
            left = deadline - self._clock.monotonic()
            if left <= 0:
                return None
            sock.settimeout(min(left, MAX_IDLE_WAIT_S))
            try:
                data = sock.recv(4096)
            except TimeoutError:
                continue
            if not data:
                raise _ConnectionLost("the display closed the connection")
            with self._lock:
                self._buffer += data
                if b"\r" not in self._buffer and len(self._buffer) > pjlink.MAX_LINE_LENGTH:
                    # a runaway line: dropped now, and the rest of it up to its CR
                    self._buffer = b""
                    if not self._discarding:
                        self._discarding = True
                        self._monitor.protocol_error(ProtocolError("runaway line without CR"))

    def _handle_line(self, request: _Request, line: bytes) -> bool:
        """Handle one line; True once it answered ``request``."""
        with self._lock:
            now = self._clock.monotonic()
            if pjlink.is_auth_error(line):
                self._digest = ""
                self._close()
                reason = "PJLink password rejected (ERRA): check password in the hall file"
                self._monitor.set(LinkState.FAILED, reason)
                self._reject(request, DeviceOffline(reason))
                self._fail_queued(DeviceOffline(reason))
                self._reconnect_at = now + self._monitor.retry_delay()
                return True
            try:
                reply = pjlink.parse_reply(line)
                if reply.body != request.body:
                    raise ProtocolError(f"reply {line!r} to {request.label}")
                if reply.error is None and request.future is None:
                    self._apply(reply.body, reply.value, now)
            except ProtocolError as exc:
                self._monitor.protocol_error(exc)
                return False
            self._digest = ""  # authenticated for the rest of this connection
            if self._monitor.heard(now):
                self._begin_resync()
            if reply.error is not None:
                if request.future is None and reply.body in ("INPT", "AVMT"):
                    return True  # refused in standby: not known, not an error
                text = pjlink.ERROR_TEXT[reply.error]
                self._reject(
                    request,
                    CommandRefused(f"display refused {request.label}: {text} ({reply.error})"),
                )
                return True
            if request.future is not None:
                if request.on_ok is not None:
                    request.on_ok()
                self._resolve(request, None if request.group is not None else reply.value)
            return True

    def _unanswered(self, request: _Request) -> None:
        with self._lock:
            now = self._clock.monotonic()
            missed = self._monitor.count_unanswered()
            self._reject(
                request,
                CommandTimeout(
                    f"display did not answer {request.label} in {self.reply_timeout:g} s"
                ),
            )
            if self._monitor.quiet and self._monitor.state in (LinkState.OK, LinkState.CONNECTING):
                reason = f"no answer from {self._where()} to {missed} requests"
                self._monitor.set(LinkState.OFFLINE, reason)
                self._fail_queued(DeviceOffline(f"display is offline: {reason}"))
                self._close()
                self._reconnect_at = now + self._monitor.retry_delay()

    # ------------------------------------------------- conversation (locked)

    def _apply(self, body: str, value: str, now: float) -> None:
        if body == "POWR":
            self._set_power(pjlink.decode_power(value), now)
        elif body == "INPT":
            code = pjlink.decode_input(value)
            self._input = next((n for n, c in self._codes.items() if c == code), code)
        elif body == "AVMT":
            self._video_mute, self._audio_mute = pjlink.decode_av_mute(value)
        elif body == "LAMP":
            lamps = pjlink.decode_lamps(value)
            self._lamp_hours = max(hours for hours, _ in lamps)
        elif body == "ERST":
            self._errors = pjlink.decode_errors(value)
        elif body == "CLSS":
            self._class = pjlink.decode_class(value)

    def _set_power(self, power: PowerState, now: float) -> None:
        if power in TRANSITION_STATES and power is not self._power:
            self._transition_started = now
        if power is PowerState.ON and self._power is not PowerState.ON:
            self._system.extend((self._poll("INPT"), self._poll("AVMT")))
        self._power = power

    def _acked_on(self) -> None:
        if self._power is not PowerState.ON:
            self._set_power(PowerState.WARMING_UP, self._clock.monotonic())
        self._system.append(self._poll("POWR"))

    def _acked_off(self) -> None:
        if self._power is PowerState.ON:
            self._set_power(PowerState.COOLING_DOWN, self._clock.monotonic())
        self._system.append(self._poll("POWR"))

    def _next_request(self, now: float) -> _Request | None:
        settled = self._power not in TRANSITION_STATES
        while True:
            request: _Request | None = None
            if self._system:
                request = self._system.popleft()
            elif self._held and settled and self._monitor.state is LinkState.OK:
                request = self._held.pop(0)
            elif self._queue:
                request = self._queue.popleft()
                if request.group is not None and not settled:
                    self._hold(request)
                    continue
            if request is None:
                break
            if request.group is _Group.BLANK and self._power is PowerState.STANDBY:
                self._reject(
                    request,
                    CommandRefused(
                        f"display is off: {request.label} not sent; there is no image to blank"
                    ),
                )
                continue
            return request
        if now >= self._next_poll_at:
            self._poll_count += 1
            self._next_poll_at = now + self.poll_interval
            polls = [self._poll("POWR")]
            if self._poll_count % self.slow_poll_every == 0:
                polls += [self._poll("LAMP"), self._poll("ERST")]
                if self._power is PowerState.ON:
                    polls += [self._poll("INPT"), self._poll("AVMT")]
            self._system.extend(polls[1:])
            return polls[0]
        return None

    def _begin_resync(self) -> None:
        self._system.extend(self._poll(body) for body in ("POWR", "ERST", "LAMP"))

    def _poll(self, body: str) -> _Request:
        return _Request(pjlink.encode_query(body), f"{body} ?", body)

    def _fail_queued(self, error: DeviceError) -> None:
        requests = list(self._queue) + list(self._system)
        self._queue.clear()
        self._system.clear()
        for request in requests:
            self._reject(request, error)

    def _fail_all(self, error: DeviceError, held: bool) -> None:
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

    def _snapshot(self) -> PJLinkState:
        progress: float | None = None
        if self._power in TRANSITION_STATES and self._transition_started is not None:
            expected = self.warmup_s if self._power is PowerState.WARMING_UP else self.cooldown_s
            elapsed = self._clock.monotonic() - self._transition_started
            progress = round(min(0.99, max(0.0, elapsed / expected)), 2) if expected > 0 else 0.99
        error_code = error_text = None
        if self._errors:
            error_code = "ERST"
            error_text = ", ".join(f"{part}: {level}" for part, level in self._errors.items())
        return PJLinkState(
            power=self._power,
            source=self._input,
            blank=self._video_mute,
            audio_muted=self._audio_mute,
            lamp_hours=self._lamp_hours,
            error_code=error_code,
            error_text=error_text,
            errors=dict(self._errors),
            pending=", ".join(request.label for request in self._held) or None,
            progress=progress,
            pjlink_class=self._class,
        )

    # ------------------------------------------------------------ listeners

    def _flush(self, emit: bool = True) -> None:
        with self._lock:
            deferred, self._deferred = self._deferred, []
        for action in deferred:
            action()
        if not emit:
            return
        with self._emit_lock:
            with self._lock:
                state = self._snapshot()
            self._monitor.publish()
            if state != self._emitted:
                self._emitted = state
                self._state_listeners.emit(state)


def _settle(future: Future[Any], value: Any, error: BaseException | None) -> None:
    if future.done():
        return
    try:
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)
    except InvalidStateError:
        pass


def _failed(error: BaseException) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_exception(error)
    return future


__all__ = ["PJLinkDriver", "PJLinkState", "PowerState"]
