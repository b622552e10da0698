"""The one clock object: monotonic time for durations, wall time for display.

Everything that measures time takes a :class:`Clock` as an argument instead of
reading ``time`` globals, so tests can run hours of show in a second with a
:class:`ManualClock`.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Source of time for the show, the timer and the logs."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""
        ...

    def wall(self) -> datetime:
        """The local wall-clock time (naive, local), for display and logs."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic`` and ``datetime.now``."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> datetime:
        return datetime.now()


class ManualClock:
    """A clock that moves only when told to; thread-safe. For tests and benchmarks."""

    def __init__(self, start_wall: datetime | None = None, start_monotonic: float = 1000.0) -> None:
        self._lock = threading.Lock()
        self._monotonic = start_monotonic
        self._wall0 = start_wall or datetime(2026, 11, 26, 10, 0, 0)
        self._mono0 = start_monotonic

    def monotonic(self) -> float:
        with self._lock:
            return self._monotonic

    def wall(self) -> datetime:
        with self._lock:
            return self._wall0 + timedelta(seconds=self._monotonic - self._mono0)

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (must not be negative)."""
        if seconds < 0:
            raise ValueError("a clock never goes backwards")
        with self._lock:
            self._monotonic += seconds
