"""The plumbing every device driver shares: link status, liveness, reconnect backoff, listeners.

The three drivers (projector, microphones, switcher) speak different protocols on
different threads, but keep their link the same way. :class:`LinkMonitor` holds
that part:

- the :class:`~devices.base.DeviceStatus` (state, reason, last heard), changed with
  :meth:`LinkMonitor.set` and told to status listeners by :meth:`LinkMonitor.publish`,
  which emits only real changes of state or reason, one at a time and in order;
- liveness: :meth:`LinkMonitor.heard` at every valid frame resets the count of
  unanswered requests; :meth:`LinkMonitor.count_unanswered` after each poll or
  timeout; :attr:`LinkMonitor.quiet` once ``missed_limit`` went unanswered;
- the reconnect :class:`~devices.base.Backoff`, reset whenever the link becomes OK;
- the protocol error count, with a rate-limited log.

The monitor guards its fields with the driver's own re-entrant lock, so a driver
can check the status and act on it atomically (``with driver._lock: ...``).

:class:`DriverBase` gives a driver the public side of the
:class:`~devices.base.Driver` protocol from its monitor: ``status``,
``protocol_errors`` and adding/removing status and state listeners.

It also holds the one rule for a device thread that dies of a bug (any driver, any
kind): every I/O thread's target runs its loop through
:meth:`DriverBase._run_io_loop`, and a transport's reader thread that calls into the
driver goes through :meth:`DriverBase._run_guarded`. An unexpected exception there
(anything but what the protocol expects, e.g. a ``RecursionError`` in a parser) is
logged with its traceback; the driver's ``recover`` hook fails every pending command
at once with :class:`~devices.base.IoThreadFailed` and drops the link; the status
becomes FAILED with the reason; and the loop is run again after the reconnect
backoff. Nothing waits for a safety-net timeout, and the panel never shows "ok"
for a driver whose thread is dead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from devices.base import (
    Backoff,
    DeviceStatus,
    IoThreadFailed,
    LinkState,
    Listeners,
    RateLimitedLog,
)

StateT = TypeVar("StateT")

#: Reconnect delays of every driver unless it is given its own: 0.25 s doubling to 5 s.
DEFAULT_BACKOFF_INITIAL_S = 0.25
DEFAULT_BACKOFF_CAP_S = 5.0

#: How often a crashed I/O thread waiting out its backoff checks whether to wake early.
RESTART_CHECK_S = 0.05

#: ``recover(error, delay)``: fail every pending command with ``error`` at once, drop
#: the link, and reconnect no sooner than ``delay`` seconds from now.
Recover = Callable[[IoThreadFailed, float], None]


class LinkMonitor:
    """One device's link status, liveness count, reconnect backoff and protocol errors."""

    def __init__(
        self,
        device_id: str,
        logger: logging.Logger,
        lock: threading.RLock,
        *,
        state: LinkState,
        reason: str,
        missed_limit: int,
        backoff: Backoff | None = None,
    ) -> None:
        self.device_id = device_id
        self.missed_limit = missed_limit
        self.backoff = backoff or Backoff(
            initial=DEFAULT_BACKOFF_INITIAL_S, cap=DEFAULT_BACKOFF_CAP_S
        )
        self.listeners: Listeners[DeviceStatus] = Listeners()
        self._lock = lock
        self._publish_lock = threading.Lock()
        self._state = state
        self._reason = reason
        self._last_heard: float | None = None
        self._published: tuple[LinkState, str] | None = None
        self._ever_ok = False
        self._unanswered = 0
        self._protocol_errors = 0
        self._errors_log = RateLimitedLog(logger)

    # -- status --------------------------------------------------------------------------

    @property
    def status(self) -> DeviceStatus:
        with self._lock:
            return DeviceStatus(self._state, self._reason, self._last_heard)

    @property
    def state(self) -> LinkState:
        return self._state

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def ever_ok(self) -> bool:
        """Whether the device has ever been OK since the driver was made."""
        return self._ever_ok

    def set(self, state: LinkState, reason: str = "") -> bool:
        """Change the status (told to listeners at the next :meth:`publish`); True if it changed.

        Becoming OK resets the reconnect backoff.
        """
        with self._lock:
            if (state, reason) == (self._state, self._reason):
                return False
            if state is LinkState.OK and self._state is not LinkState.OK:
                self._ever_ok = True
                self.backoff.reset()
            self._state, self._reason = state, reason
            return True

    def publish(self) -> DeviceStatus | None:
        """Tell the status listeners if state or reason changed since last told.

        Call it without holding the driver's lock. Returns what was told, if anything.
        """
        # Fast path without locks (most calls follow a reply that changed nothing): the
        # thread that changed the status always publishes after, and sees its own write.
        if (self._state, self._reason) == self._published:
            return None
        with self._publish_lock:
            with self._lock:
                if (self._state, self._reason) == self._published:
                    return None
                status = DeviceStatus(self._state, self._reason, self._last_heard)
                self._published = (status.state, status.reason)
            self.listeners.emit(status)
            return status

    # -- liveness ------------------------------------------------------------------------

    def heard(self, now: float, *, mark_ok: bool = True) -> bool:
        """Valid bytes from the device at ``now``: nothing is unanswered any more.

        With ``mark_ok`` the link becomes OK. Returns True when it was not OK before
        (the device is back: the caller resyncs its state).
        """
        with self._lock:
            self._last_heard = now
            self._unanswered = 0
            came_back = self._state is not LinkState.OK
        if mark_ok and came_back:
            self.set(LinkState.OK)
        return came_back

    @property
    def unanswered(self) -> int:
        """Requests (polls, or timed-out requests) sent since the device was last heard."""
        return self._unanswered

    def count_unanswered(self) -> int:
        """One more request went unanswered; returns how many have since last heard."""
        with self._lock:
            self._unanswered += 1
            return self._unanswered

    def reset_unanswered(self) -> None:
        with self._lock:
            self._unanswered = 0

    @property
    def quiet(self) -> bool:
        """``missed_limit`` requests in a row went unanswered."""
        return self._unanswered >= self.missed_limit

    def retry_delay(self) -> float:
        """How long to wait before the next reconnect attempt (grows until the link is OK)."""
        return self.backoff.next_delay()

    # -- protocol errors -----------------------------------------------------------------

    @property
    def protocol_errors(self) -> int:
        with self._lock:
            return self._protocol_errors

    def protocol_error(self, error: Exception) -> None:
        """Count a malformed frame and log it (rate-limited); never fatal."""
        with self._lock:
            self._protocol_errors += 1
        self._errors_log.warning("%s: protocol error: %s", self.device_id, error)


class DriverBase(Generic[StateT]):
    """The public half of :class:`~devices.base.Driver` every driver has in common.

    A subclass calls :meth:`_init_driver_base` first in its constructor; it then has
    ``self._lock`` (re-entrant, shared with the monitor), ``self._monitor`` and
    ``self._state_listeners``.
    """

    device_id: str
    _lock: threading.RLock
    _monitor: LinkMonitor
    _state_listeners: Listeners[StateT]
    _logger: logging.Logger
    _io_failures: int

    def _init_driver_base(
        self,
        device_id: str,
        logger: logging.Logger,
        *,
        state: LinkState,
        reason: str,
        missed_limit: int,
        backoff: Backoff | None = None,
    ) -> None:
        self.device_id = device_id
        self._logger = logger
        self._io_failures = 0
        self._lock = threading.RLock()
        self._monitor = LinkMonitor(
            device_id,
            logger,
            self._lock,
            state=state,
            reason=reason,
            missed_limit=missed_limit,
            backoff=backoff,
        )
        self._state_listeners = Listeners()

    @property
    def status(self) -> DeviceStatus:
        return self._monitor.status

    @property
    def protocol_errors(self) -> int:
        """How many malformed frames the device has sent since start."""
        return self._monitor.protocol_errors

    def add_status_listener(self, callback: Callable[[DeviceStatus], Any]) -> None:
        self._monitor.listeners.add(callback)

    def remove_status_listener(self, callback: Callable[[DeviceStatus], Any]) -> None:
        self._monitor.listeners.remove(callback)

    def add_state_listener(self, callback: Callable[[Any], Any]) -> None:
        """Called with the driver's new state snapshot (a frozen dataclass) on every change."""
        self._state_listeners.add(callback)

    def remove_state_listener(self, callback: Callable[[Any], Any]) -> None:
        self._state_listeners.remove(callback)

    def _set_status(self, state: LinkState, reason: str = "") -> None:
        """Change the status and tell the listeners at once (not under ``self._lock``)."""
        if self._monitor.set(state, reason):
            self._monitor.publish()

    # -- the crash rule for device threads -----------------------------------------------

    @property
    def io_failures(self) -> int:
        """How often a device thread of this driver died of an unexpected exception."""
        return self._io_failures

    def _run_io_loop(
        self,
        loop: Callable[[], None],
        recover: Recover,
        wake: Callable[[], bool] = lambda: False,
    ) -> None:
        """The target of every driver's I/O thread: run ``loop`` until it returns.

        If ``loop`` raises (a bug), apply :meth:`_io_failed` and run ``loop`` again after
        the backoff; ``wake()`` returning True (the driver is stopping, or has work)
        cuts the wait short. ``loop`` must begin by checking whether it should stop.
        """
        while True:
            try:
                loop()
                return
            except Exception as exc:  # noqa: BLE001 - the crash rule: nothing kills the thread
                delay = self._io_failed(exc, recover)
            deadline = time.monotonic() + delay
            while not wake():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                time.sleep(min(remaining, RESTART_CHECK_S))

    def _run_guarded(self, step: Callable[[], None], recover: Recover) -> None:
        """Run ``step`` on a thread the driver does not loop on itself (a transport's
        reader calling ``data_received``) under the same rule as :meth:`_run_io_loop`:
        on an unexpected exception the driver is FAILED and ``recover`` drops the link;
        the driver's own I/O thread reconnects after the backoff."""
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - the crash rule: nothing kills the thread
            self._io_failed(exc, recover)

    def _io_failed(self, exc: Exception, recover: Recover) -> float:
        """Log ``exc`` with its traceback, fail pending commands and drop the link through
        ``recover``, set FAILED with the reason; returns the backoff delay before retrying."""
        self._io_failures += 1
        reason = f"internal error on the I/O thread ({type(exc).__name__}: {exc}); restarting"
        self._logger.error(
            "%s: I/O thread failed; restarting it after the backoff", self.device_id, exc_info=exc
        )
        delay = self._monitor.retry_delay()
        error = IoThreadFailed(self.device_id, reason)
        try:
            recover(error, delay)
        except Exception:  # noqa: BLE001 - still set FAILED and retry; the log says why
            self._logger.exception(
                "%s: recovering from the I/O thread failure failed", self.device_id
            )
        self._monitor.set(LinkState.FAILED, reason)
        self._monitor.publish()
        return delay
