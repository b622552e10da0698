"""The video switcher driver: atemOSC commands over UDP, state from the switcher's feedback.

Commands are sent from the caller's thread (a UDP send never blocks) and return a
``Future`` at once. Feedback arrives on our own UDP port and is read, in order, by
the driver's I/O thread.

Who may talk to us: the feedback port is bound to the interface that reaches the
switcher (``listen_host``; by default the local address on the route to it, so
``127.0.0.1`` in rehearsal and the LAN interface in the hall, never 0.0.0.0), and
only datagrams from the switcher's own address (and ``feedback_from_port``, when
the hall file names the fixed port atemOSC sends from) are read. Others are
dropped, counted (:attr:`SwitcherDriver.foreign_datagrams`) and logged
(rate-limited): a stranger on the LAN cannot show a program, confirm a cut, keep a
dead switcher "ok" or force it offline.

Liveness: ``/atem/send-status`` makes atemOSC dump its whole state (hundreds of
datagrams: every input name and tally, 100 macros x 3), and atemOSC has no cheaper
request it answers, so the driver asks only when the switcher has said nothing for
``poll_interval`` (2.5 s); any feedback the switcher sends by itself counts. An
unanswered request is repeated after ``probe_timeout`` (1 s); after ``missed_polls``
(2) unanswered in a row the switcher is offline: at most 2.5 + 2 x 1 = 4.5 s after
it went quiet. The driver then re-asks with a capped backoff, and on the first
answer requests the full state again and rebuilds it. ``/atem/led/red`` (the bridge
lost its switcher) is offline too, until ``/atem/led/green``. A feedback port in use
by another program is a failed status naming the port, retried with the backoff.

``program(n)`` and ``preview(n)`` resolve to the input number once the switcher's
feedback confirms it, or fail with :class:`CommandTimeout`; ``cut()`` and ``auto()``
resolve when the old preview is on program (``auto()`` allows the transition's
own duration on top). Other commands resolve once sent. The transition rate is
sent in frames, converted from seconds with the hall's ``frame_rate``. Fade to
black is tracked from our own commands only (``ftb_confirmed`` is always False).
Commands while offline fail at once with :class:`DeviceOffline`. The input names
the switcher reports (short and long) are kept in the state.

The I/O thread runs under the crash rule of :mod:`devices.driver_base`: a bug on it
makes the driver FAILED with the reason, fails every waiting command at once, and
restarts the thread after the backoff with a fresh status request.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
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
    RateLimitedLog,
)
from devices.driver_base import DriverBase
from devices.switcher import atemosc
from devices.switcher.atemosc import (
    Auto,
    Command,
    Cut,
    FadeToBlack,
    InputName,
    LinkLed,
    PreviewInput,
    PreviewTally,
    ProgramInput,
    ProgramTally,
    RunMacro,
    SendStatus,
    SetDskOnAir,
    SetPreview,
    SetProgram,
    SetTransitionRate,
    SetTransitionType,
    TransitionBar,
)
from devices.udp_transport import UdpEndpoint, is_ip_literal, local_address_for, resolve_udp

if TYPE_CHECKING:
    from devices.switcher.kind import SwitcherConfig

log = logging.getLogger("devices.switcher")

#: How often the I/O thread looks at its timers when no datagram arrives (seconds).
TICK_S = 0.05

#: Liveness defaults: ask after 2.5 s of quiet, repeat after 1 s, offline after 2 misses
#: (4.5 s after the switcher went quiet, inside the 5 s the operator is promised).
POLL_INTERVAL_S = 2.5
PROBE_TIMEOUT_S = 1.0
MISSED_POLLS = 2

#: Frame rate of a 1080i50 / PAL hall (Kazakhstan: 25 and 50 Hz video) unless the hall
#: file says otherwise; the switcher counts transition rates in these frames.
DEFAULT_FRAME_RATE = 25.0

#: Receive buffer asked for the feedback port: a status dump is hundreds of datagrams
#: at once, about 1 KiB each in kernel memory.
FEEDBACK_BUFFER_BYTES = 1 << 20

#: ``listen_host`` value meaning: the local address on the route to the switcher.
AUTO_LISTEN = "auto"


@dataclass(frozen=True)
class SwitcherState:
    """What the switcher last told us (``None``: not known since the last (re)connect).

    ``ftb`` is tracked from our own commands, so ``ftb_confirmed`` is always False;
    ``transition_type`` and ``transition_rate`` (seconds, as sent in whole frames) are
    the last values we sent. ``bar_handle`` is where atemOSC says the T-bar handle
    stands: 1.0 or 0.0 at rest (the direction flips after every transition), so it is
    not progress; ``in_transition`` reads it as "between the ends".
    ``input_names`` / ``input_short_names`` are the labels the switcher reported.
    """

    program: int | None = None
    preview: int | None = None
    bar_handle: float | None = None
    ftb: bool = False
    ftb_confirmed: bool = False
    link_up: bool | None = None
    program_tally: frozenset[int] = frozenset()
    preview_tally: frozenset[int] = frozenset()
    transition_type: str | None = None
    transition_rate: float | None = None
    input_names: dict[int, str] = dataclasses.field(default_factory=dict)
    input_short_names: dict[int, str] = dataclasses.field(default_factory=dict)

    @property
    def in_transition(self) -> bool:
        """The T-bar handle is between its ends (a transition is running)."""
        return self.bar_handle is not None and 0.0 < self.bar_handle < 1.0


@dataclass(eq=False)
class _Waiter:
    """A command waiting for feedback: ``kind`` (program/preview) showing ``input``."""

    kind: str
    input: int
    future: Future
    deadline: float
    description: str


class SwitcherDriver(DriverBase[SwitcherState]):
    """Drives one atemOSC switcher; see the module docstring for the conversation."""

    def __init__(
        self,
        config: SwitcherConfig,
        clock: Any = None,
        *,
        poll_interval: float = POLL_INTERVAL_S,
        missed_polls: int = MISSED_POLLS,
        probe_timeout: float | None = None,
        command_timeout: float = 1.0,
        backoff: Backoff | None = None,
        listen_host: str | None = None,
        feedback_from_port: int | None = None,
        frame_rate: float | None = None,
    ) -> None:
        """``listen_host``, ``feedback_from_port`` and ``frame_rate`` default to the
        config's fields of those names (hall-file keys), then to ``"auto"``, any port
        and 25 fps. ``probe_timeout`` defaults to 1 s, or ``poll_interval`` if shorter."""
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
        self.probe_timeout = (
            probe_timeout if probe_timeout is not None else min(PROBE_TIMEOUT_S, poll_interval)
        )
        self.command_timeout = command_timeout
        self.listen_host: str = listen_host or getattr(config, "listen_host", None) or AUTO_LISTEN
        from_port = (
            feedback_from_port
            if feedback_from_port is not None
            else getattr(config, "feedback_from_port", None)
        )
        self.feedback_from_port: int | None = from_port or None
        self.frame_rate = float(
            frame_rate
            if frame_rate is not None
            else getattr(config, "frame_rate", None) or DEFAULT_FRAME_RATE
        )
        self._prefix = config.prefix

        self._state = SwitcherState()
        self._waiters: list[_Waiter] = []
        self._endpoint: UdpEndpoint | None = None
        self._target: tuple[str, int] | None = None
        self._thread: threading.Thread | None = None
        self._running = False
        self._stopping = threading.Event()
        self._errors_since_heard = 0
        self._foreign = 0
        self._foreign_log = RateLimitedLog(log)

        # Liveness (touched by the I/O thread only, after start).
        self._last_poll_at = float("-inf")
        self._silent_offline = False
        self._next_reconnect_at = 0.0

    # -- the Driver protocol -------------------------------------------------------------

    @property
    def missed_polls(self) -> int:
        """Unanswered status requests in a row after which the switcher is offline."""
        return self._monitor.missed_limit

    @property
    def state(self) -> SwitcherState:
        with self._lock:
            return self._state

    @property
    def inputs(self) -> dict[int, str]:
        """Input number -> name for 1..input_count (names from the hall file)."""
        return {n: self.config.input_name(n) for n in range(1, self.config.input_count + 1)}

    def input_name(self, number: int) -> str:
        """The hall file's name of ``number`` (the switcher's own label is in the state)."""
        if number in atemosc.SPECIAL_INPUTS:
            return atemosc.SPECIAL_INPUTS[number]
        return self.config.input_name(number)

    @property
    def foreign_datagrams(self) -> int:
        """Datagrams dropped because they did not come from the switcher."""
        return self._foreign

    def frames_for(self, seconds: float) -> int:
        """``seconds`` as whole frames at the hall's frame rate (at least one frame)."""
        return max(1, round(seconds * self.frame_rate))

    @property
    def feedback_port(self) -> int | None:
        """The UDP port feedback is read on, once started."""
        endpoint = self._endpoint
        return endpoint.port if endpoint is not None and not endpoint.closed else None

    def start(self) -> None:
        """Open the feedback port, ask for the status, and start the I/O thread.

        A feedback port in use is a FAILED status naming the port; the I/O thread
        tries it again with the backoff until it is free.
        """
        if self._running:
            return
        self._last_poll_at = float("-inf")
        self._monitor.reset_unanswered()
        self._silent_offline = False
        self._errors_since_heard = 0
        self._monitor.backoff.reset()
        self._stopping.clear()
        self._endpoint = None
        self._target = None
        if is_ip_literal(self.config.host):
            self._target = (self.config.host, self.config.port)
        self._running = True
        if self._target is not None:
            self._open_feedback_port()  # at once, so a busy port is FAILED before we return
        self._thread = threading.Thread(
            target=self._run_io_loop,
            args=(self._run, self._recover_io, lambda: not self._running),
            name=f"switcher-{self.device_id}",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop the I/O thread, close the port; pending commands fail with DeviceOffline."""
        if not self._running:
            return
        self._running = False
        self._stopping.set()
        endpoint = self._endpoint
        if endpoint is not None:
            endpoint.wake()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
            self._thread = None
        endpoint = self._endpoint  # the thread may have opened it meanwhile
        if endpoint is not None:
            endpoint.close()
        self._fail_waiters(DeviceOffline(f"{self.device_id}: driver stopped"))
        self._set_status(LinkState.OFFLINE, "stopped")

    # -- commands ------------------------------------------------------------------------

    def program(self, number: int) -> Future:
        """Put input ``number`` on program; resolves to ``number`` when feedback confirms."""
        return self._send_and_wait(SetProgram(number), "program", number)

    def preview(self, number: int) -> Future:
        """Put input ``number`` on preview; resolves to ``number`` when feedback confirms."""
        return self._send_and_wait(SetPreview(number), "preview", number)

    def cut(self) -> Future:
        """Cut preview to program; resolves when the old preview is confirmed on program."""
        preview = self.state.preview
        if preview is None:
            return self._send(Cut())
        return self._send_and_wait(Cut(), "program", preview, check_input=False)

    def auto(self) -> Future:
        """Run the transition; resolves when the old preview is confirmed on program."""
        state = self.state
        if state.preview is None:
            return self._send(Auto())
        # The transition's own duration comes on top of the usual timeout; if we never set
        # the rate, allow the longest the switcher takes.
        rate = (
            state.transition_rate
            if state.transition_rate is not None
            else atemosc.MAX_RATE_FRAMES / self.frame_rate
        )
        return self._send_and_wait(
            Auto(), "program", state.preview, check_input=False, extra_timeout=rate
        )

    def fade_to_black(self) -> Future:
        """Toggle fade to black (tracked from this command only: never confirmed)."""
        return self._send(FadeToBlack(), lambda s: dataclasses.replace(s, ftb=not s.ftb))

    def transition_type(self, name: str) -> Future:
        """Choose the transition style: mix, dip, wipe, sting or dve."""
        return self._send(
            SetTransitionType(name), lambda s: dataclasses.replace(s, transition_type=name)
        )

    def transition_rate(self, seconds: float) -> Future:
        """Set the transition duration: sent in whole frames at the hall's frame rate."""
        try:
            valid = 0.0 < float(seconds) <= atemosc.MAX_RATE_FRAMES / self.frame_rate
        except (TypeError, ValueError):
            valid = False
        if not valid:
            future: Future = Future()
            future.set_running_or_notify_cancel()
            longest = atemosc.MAX_RATE_FRAMES / self.frame_rate
            future.set_exception(
                CommandRefused(
                    f"{self.device_id}: transition rate {seconds!r} s is not within "
                    f"(0, {longest:g}] s at {self.frame_rate:g} fps"
                )
            )
            return future
        frames = self.frames_for(float(seconds))
        return self._send(
            SetTransitionRate(frames),
            lambda s: dataclasses.replace(s, transition_rate=frames / self.frame_rate),
        )

    def dsk_on_air(self, keyer: int, on: bool) -> Future:
        """Put downstream keyer ``keyer`` (1-based) on or off air."""
        return self._send(SetDskOnAir(keyer, on))

    def run_macro(self, index: int) -> Future:
        """Run the stored macro ``index``."""
        return self._send(RunMacro(index))

    def request_status(self) -> Future:
        """Ask the switcher for all of its feedback now."""
        return self._send(SendStatus())

    # -- sending -------------------------------------------------------------------------

    def _valid_input(self, number: int) -> bool:
        return (
            isinstance(number, int)
            and not isinstance(number, bool)
            and (1 <= number <= self.config.input_count or number in atemosc.SPECIAL_INPUTS)
        )

    def _refusal(self) -> DeviceOffline | None:
        """Why a command cannot go out now, or None if it can."""
        status = self.status
        if not self._running:
            return DeviceOffline(f"{self.device_id}: not started")
        if status.state in (LinkState.OFFLINE, LinkState.FAILED, LinkState.BAD_CONFIG):
            return DeviceOffline(f"{self.device_id} is {status.state.value}: {status.reason}")
        if self._target is None:
            return DeviceOffline(f"{self.device_id}: {self.config.host} not resolved yet")
        return None

    def _encode(self, command: Command) -> bytes:
        return atemosc.encode_command(command, self._prefix)

    def _transmit(self, datagram: bytes) -> DeviceOffline | None:
        endpoint, target = self._endpoint, self._target
        if endpoint is None or target is None or endpoint.closed:
            return DeviceOffline(f"{self.device_id}: not connected")
        try:
            endpoint.send_to(datagram, target)
        except OSError as error:
            return DeviceOffline(f"{self.device_id}: cannot send to {self._where()}: {error}")
        return None

    def _send(
        self,
        command: Command,
        update: Callable[[SwitcherState], SwitcherState] | None = None,
    ) -> Future:
        future: Future = Future()
        future.set_running_or_notify_cancel()
        try:
            datagram = self._encode(command)
        except ValueError as error:
            future.set_exception(CommandRefused(f"{self.device_id}: {error}"))
            return future
        problem = self._refusal() or self._transmit(datagram)
        if problem is not None:
            future.set_exception(problem)
            return future
        if update is not None:
            self._change_state(update)
        future.set_result(None)
        return future

    def _send_and_wait(
        self,
        command: Command,
        kind: str,
        number: int,
        check_input: bool = True,
        extra_timeout: float = 0.0,
    ) -> Future:
        future: Future = Future()
        future.set_running_or_notify_cancel()
        if check_input and not self._valid_input(number):
            future.set_exception(
                CommandRefused(
                    f"{self.device_id}: {number!r} is not an input of this "
                    f"{self.config.input_count}-input switcher"
                )
            )
            return future
        datagram = self._encode(command)
        problem = self._refusal()
        if problem is not None:
            future.set_exception(problem)
            return future
        description = f"{kind} input {number}"
        with self._lock:
            current = self._state.program if kind == "program" else self._state.preview
            waiter = _Waiter(
                kind,
                number,
                future,
                self._now() + self.command_timeout + extra_timeout,
                description,
            )
            self._waiters.append(waiter)
        problem = self._transmit(datagram)
        if problem is None and current == number:
            # No change, so no feedback will come: ask for the status, which the switcher
            # answers after it has taken our command (same socket, in order).
            problem = self._transmit(self._encode(SendStatus()))
        if problem is not None and self._remove_waiter(waiter):
            future.set_exception(problem)
        return future

    def _remove_waiter(self, waiter: _Waiter) -> bool:
        """Take ``waiter`` out; False if the I/O thread already settled it."""
        with self._lock:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                return True
            return False

    def _fail_waiters(self, error: Exception) -> None:
        with self._lock:
            waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.future.done():
                waiter.future.set_exception(error)

    # -- state and status ----------------------------------------------------------------

    def _change_state(self, update: Callable[[SwitcherState], SwitcherState]) -> None:
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

    def _where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    # -- the I/O thread ------------------------------------------------------------------

    def _listen_address(self) -> str:
        """Where to bind: the configured address, or the one on the route to the switcher."""
        if self.listen_host != AUTO_LISTEN:
            return self.listen_host
        assert self._target is not None
        return local_address_for(*self._target)

    def _open_feedback_port(self) -> bool:
        """Bind the feedback port; on failure say why (FAILED) and return False."""
        try:
            host = self._listen_address()
        except OSError as error:
            self._set_status(
                LinkState.FAILED,
                f"no route to {self._where()} to listen on: {error.strerror or error}",
            )
            return False
        try:
            self._endpoint = UdpEndpoint(
                host, self.config.feedback_port, receive_buffer=FEEDBACK_BUFFER_BYTES
            )
        except OSError as error:
            self._set_status(
                LinkState.FAILED,
                f"cannot listen for feedback on {host} UDP port {self.config.feedback_port}: "
                f"{error.strerror or error}",
            )
            return False
        self._monitor.backoff.reset()
        self._set_status(LinkState.CONNECTING, f"waiting for {self._where()}")
        return True

    def _run(self) -> None:
        """The I/O thread's loop (run by ``_run_io_loop``, again after a crash)."""
        while self._running and self._target is None:
            delay = self._resolve()
            if delay:
                self._stopping.wait(delay)
        while self._running and self._endpoint is None:
            if not self._open_feedback_port():
                self._stopping.wait(self._monitor.retry_delay())
        endpoint = self._endpoint
        if endpoint is None or not self._running:
            return
        self._poll()
        while self._running:
            for datagram, sender in endpoint.receive(TICK_S):
                if self._from_switcher(sender):
                    self._on_datagram(datagram)
                else:
                    self._drop_foreign(sender)
            if self._running:
                self._on_tick()

    def _from_switcher(self, sender: tuple[str, int]) -> bool:
        target = self._target
        if target is None or sender[0] != target[0]:
            return False
        return self.feedback_from_port is None or sender[1] == self.feedback_from_port

    def _drop_foreign(self, sender: tuple[str, int]) -> None:
        self._foreign += 1
        expected = self._target[0] if self._target else self.config.host
        if self.feedback_from_port is not None:
            expected += f":{self.feedback_from_port}"
        self._foreign_log.warning(
            "%s: dropped a datagram from %s:%s (only the switcher at %s is heard; %d so far)",
            self.device_id,
            sender[0],
            sender[1],
            expected,
            self._foreign,
        )

    def _recover_io(self, error: DeviceError, delay: float) -> None:
        """The crash rule: fail every waiting command now, forget the switcher's state,
        and after the restart rebuild it from a fresh status request."""
        self._fail_waiters(error)
        self._forget_state()
        self._silent_offline = False
        self._monitor.reset_unanswered()
        self._last_poll_at = float("-inf")

    def _poll(self) -> None:
        """Send ``send-status`` (liveness check, and the full state when answered)."""
        if self._target is None:
            return
        self._last_poll_at = self._now()
        self._monitor.count_unanswered()
        self._transmit(self._encode(SendStatus()))

    def _on_tick(self) -> None:
        now = self._now()
        self._expire_waiters(now)
        if self._silent_offline:
            if now >= self._next_reconnect_at:
                self._poll()
                self._next_reconnect_at = now + self._monitor.retry_delay()
            return
        if self._monitor.unanswered:
            # A status request is out: wait probe_timeout, then ask again or give up.
            if now - self._last_poll_at >= self.probe_timeout:
                if self._monitor.quiet:
                    self._go_offline(now)
                else:
                    self._poll()
            return
        heard_at = self._monitor.status.last_heard
        quiet_since = max(float("-inf") if heard_at is None else heard_at, self._last_poll_at)
        if now - quiet_since >= self.poll_interval:
            self._poll()

    def _resolve(self) -> float:
        """Look the host name up (may block on DNS); 0 when done, else the retry delay."""
        try:
            self._target = resolve_udp(self.config.host, self.config.port)
        except OSError as error:
            self._set_status(LinkState.OFFLINE, f"cannot resolve {self.config.host}: {error}")
            return self._monitor.retry_delay()
        self._monitor.backoff.reset()
        self._set_status(LinkState.CONNECTING, f"waiting for {self._where()}")
        return 0.0

    def _go_offline(self, now: float) -> None:
        self._silent_offline = True
        self._next_reconnect_at = now + self._monitor.retry_delay()
        if self._errors_since_heard:
            reason = (
                f"only malformed datagrams from the switcher ({self._errors_since_heard} "
                f"protocol errors)"
            )
        else:
            reason = f"no answer from {self._where()} to {self._monitor.unanswered} status requests"
        self._forget_state()
        self._set_status(LinkState.OFFLINE, reason)
        self._fail_waiters(DeviceOffline(f"{self.device_id} went offline: {reason}"))

    def _forget_state(self) -> None:
        """Everything the switcher told us is stale; keep only what we track ourselves
        (and the input labels, which a reconnect reports again)."""
        self._change_state(
            lambda s: SwitcherState(
                ftb=s.ftb,
                transition_type=s.transition_type,
                transition_rate=s.transition_rate,
                input_names=s.input_names,
                input_short_names=s.input_short_names,
            )
        )

    def _expire_waiters(self, now: float) -> None:
        with self._lock:
            expired = [w for w in self._waiters if now >= w.deadline]
            self._waiters = [w for w in self._waiters if now < w.deadline]
        for waiter in expired:
            if not waiter.future.done():
                waiter.future.set_exception(
                    CommandTimeout(
                        f"{self.device_id}: the switcher did not confirm {waiter.description}"
                    )
                )

    def _on_datagram(self, datagram: bytes) -> None:
        try:
            events = atemosc.decode_feedback(datagram, self._prefix)
        except ProtocolError as error:
            self._errors_since_heard += 1
            self._monitor.protocol_error(error)
            return
        if not events:
            return
        was_silent = self._silent_offline
        self._monitor.heard(self._now(), mark_ok=False)
        self._errors_since_heard = 0
        if was_silent:
            self._silent_offline = False
            self._monitor.backoff.reset()
        link_before = self.state.link_up
        for event in events:
            self._apply(event)
        link_up = self.state.link_up
        if link_up is False:
            self._set_status(LinkState.OFFLINE, "atemOSC reports the switcher link down (LED red)")
            self._fail_waiters(DeviceOffline(f"{self.device_id}: switcher link down"))
        else:
            self._set_status(LinkState.OK)
            answering = self._now() - self._last_poll_at < self.probe_timeout
            if link_before is False or (was_silent and not answering):
                # Reconnected: rebuild the whole state (unless this is already the answer
                # to the status request we just sent: a second dump would cost as much).
                self._poll()
                self._monitor.reset_unanswered()

    def _apply(self, event: atemosc.Feedback) -> None:
        resolved: list[_Waiter] = []
        with self._lock:
            old = self._state
            match event:
                case ProgramInput(input=number):
                    new = dataclasses.replace(old, program=number)
                    resolved = self._take_waiters("program", number)
                case PreviewInput(input=number):
                    new = dataclasses.replace(old, preview=number)
                    resolved = self._take_waiters("preview", number)
                case ProgramTally(input=number, on=on):
                    tally = old.program_tally | {number} if on else old.program_tally - {number}
                    new = dataclasses.replace(old, program_tally=frozenset(tally))
                case PreviewTally(input=number, on=on):
                    tally = old.preview_tally | {number} if on else old.preview_tally - {number}
                    new = dataclasses.replace(old, preview_tally=frozenset(tally))
                case TransitionBar(position=position):
                    new = dataclasses.replace(old, bar_handle=position)
                case InputName(input=number, name=name, short=True):
                    names = {**old.input_short_names, number: name}
                    new = dataclasses.replace(old, input_short_names=names)
                case InputName(input=number, name=name, short=False):
                    new = dataclasses.replace(old, input_names={**old.input_names, number: name})
                case LinkLed(up=up):
                    new = dataclasses.replace(old, link_up=up)
                case _:
                    new = old
            self._state = new
        if new != old:
            self._state_listeners.emit(new)
        for waiter in resolved:
            if not waiter.future.done():
                waiter.future.set_result(waiter.input)

    def _take_waiters(self, kind: str, number: int) -> list[_Waiter]:
        """Remove and return the waiters satisfied by ``kind`` now showing ``number``."""
        taken = [w for w in self._waiters if w.kind == kind and w.input == number]
        if taken:
            self._waiters = [w for w in self._waiters if w not in taken]
        return taken
