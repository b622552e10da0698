"""Shared parts of every device driver: connection status, errors, listeners, backoff.

A driver never blocks its caller. Commands return a ``concurrent.futures.Future``
at once (it resolves to the device's answer, or raises a :class:`DeviceError`
from ``result()``); replies, state changes and status changes reach
plain-Python listeners, called on the driver's own I/O thread.
Listeners must not block and must not touch widgets: the GUI re-emits them as
queued Qt signals.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

log = logging.getLogger("devices")

T = TypeVar("T")


class LinkState(enum.Enum):
    """Where a device's connection stands."""

    CONNECTING = "connecting"
    OK = "ok"
    OFFLINE = "offline"
    FAILED = "failed"
    BAD_CONFIG = "bad config"


@dataclass(frozen=True)
class DeviceStatus:
    """A device's connection status, as shown to the operator.

    ``last_heard`` is the monotonic time of the last valid bytes from the device
    (``None`` if never heard from); ``reason`` says why the state is not OK.
    """

    state: LinkState
    reason: str = ""
    last_heard: float | None = None


class DeviceError(Exception):
    """The device refused, did not answer, or cannot be reached (a fault of the world)."""


class CommandRefused(DeviceError):
    """The device answered that it will not take the command (with its reason)."""


class CommandTimeout(DeviceError):
    """The device did not answer a command within its timeout."""


class DeviceOffline(DeviceError):
    """The command was not sent: the device is offline or not connected."""


class IoThreadFailed(DeviceError):
    """A driver's I/O thread hit an unexpected exception (a bug): the driver is FAILED,
    its pending commands fail with this, and the thread restarts after the backoff."""

    def __init__(self, device_id: str, reason: str) -> None:
        super().__init__(f"{device_id}: {reason}")
        self.reason = reason


class ProtocolError(Exception):
    """Bytes from a device that do not follow its protocol (logged, counted, never fatal)."""


class ConfigError(Exception):
    """A hall file or device configuration is wrong; the message names where."""


class Listeners(Generic[T]):
    """A list of callbacks taking one argument; thread-safe to add, remove and emit.

    A callback that raises is a bug: it is logged with its traceback and the
    others still run, so one broken subscriber cannot stop a receive loop.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[T], Any]] = []

    def add(self, callback: Callable[[T], Any]) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def remove(self, callback: Callable[[T], Any]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback(value)
            except Exception:
                log.exception("listener %r failed", callback)


class Backoff:
    """Reconnect delays: ``initial`` doubling up to ``cap`` seconds; ``reset()`` on success."""

    def __init__(self, initial: float = 0.25, factor: float = 2.0, cap: float = 5.0) -> None:
        self.initial = initial
        self.factor = factor
        self.cap = cap
        self._next = initial

    def next_delay(self) -> float:
        delay = self._next
        self._next = min(self._next * self.factor, self.cap)
        return delay

    def reset(self) -> None:
        self._next = self.initial


class RateLimitedLog:
    """Logs a recurring problem at most once per ``interval`` seconds, counting the rest."""

    def __init__(self, logger: logging.Logger, interval: float = 5.0) -> None:
        self._logger = logger
        self._interval = interval
        self._last = float("-inf")
        self.suppressed = 0

    def warning(self, message: str, *args: object) -> None:
        now = time.monotonic()
        if now - self._last >= self._interval:
            if self.suppressed:
                message += " (%d similar suppressed)"
                args = (*args, self.suppressed)
            self._logger.warning(message, *args)
            self._last = now
            self.suppressed = 0
        else:
            self.suppressed += 1


class Driver(Protocol):
    """What every device driver offers to the hall and the show."""

    device_id: str

    @property
    def status(self) -> DeviceStatus: ...

    @property
    def protocol_errors(self) -> int:
        """How many malformed frames the device has sent since start."""
        ...

    def start(self) -> None:
        """Begin connecting on the driver's own thread; returns at once."""
        ...

    def stop(self) -> None:
        """Disconnect and join the I/O thread (bounded wait)."""
        ...

    def add_status_listener(self, callback: Callable[[DeviceStatus], Any]) -> None: ...

    def add_state_listener(self, callback: Callable[[Any], Any]) -> None:
        """Called with the driver's new state snapshot (a frozen dataclass) on every change."""
        ...
