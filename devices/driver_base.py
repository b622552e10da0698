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
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from devices.base import Backoff, DeviceStatus, LinkState, Listeners, RateLimitedLog

StateT = TypeVar("StateT")

#: Reconnect delays of every driver unless it is given its own: 0.25 s doubling to 5 s.
DEFAULT_BACKOFF_INITIAL_S = 0.25
DEFAULT_BACKOFF_CAP_S = 5.0


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
