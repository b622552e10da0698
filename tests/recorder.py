"""A listener that records every value it is called with and lets a test wait for one.

Shared by the device tests (driver status and state listeners) and the engine tests
(engine events). Waiting is on a condition variable, never a sleep. Importable as
``recorder`` because pytest puts ``tests/`` (where its ``conftest.py`` is) on ``sys.path``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Recorder(Generic[T]):
    """A listener that keeps every value and lets a test wait for one (no sleeping)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self.values: list[T] = []

    def __call__(self, value: T) -> None:
        with self._condition:
            self.values.append(value)
            self._condition.notify_all()

    def mark(self) -> int:
        """Where the values stand now: pass as ``since`` to look only at later ones."""
        with self._condition:
            return len(self.values)

    def wait_for(self, predicate: Callable[[T], bool], timeout: float = 5.0, since: int = 0) -> T:
        """The first value recorded at or after ``since`` that matches; fails after ``timeout``."""
        found: list[T] = []

        def matched() -> bool:
            found[:] = [v for v in self.values[since:] if predicate(v)][:1]
            return bool(found)

        with self._condition:
            if not self._condition.wait_for(matched, timeout):
                last = self.values[-1] if self.values else None
                raise AssertionError(f"no matching value within {timeout} s; last: {last!r}")
        return found[0]

    def wait_after(self, mark: int, predicate: Callable[[T], bool], timeout: float = 5.0) -> T:
        """:meth:`wait_for` on the values recorded since ``mark`` (from :meth:`mark`)."""
        return self.wait_for(predicate, timeout, since=mark)
