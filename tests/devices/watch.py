"""A watcher on a device driver: waits (woken by its listeners) until a state or status holds.

Shared by the projector and PJLink rigs. Importable as ``watch`` because pytest puts
``tests/devices/`` (where its ``conftest.py`` is) on ``sys.path``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from devices.base import DeviceStatus, LinkState

#: Generous bound for anything the machine should do "at once" (2 cores, many agents).
PATIENCE_S = 15.0

S = TypeVar("S")
S_co = TypeVar("S_co", covariant=True)


class WatchedDriver(Protocol[S_co]):
    """What a watched driver offers: its state and status, and listeners on both."""

    @property
    def state(self) -> S_co: ...

    @property
    def status(self) -> DeviceStatus: ...

    def add_state_listener(self, listener: Callable[[S_co], None]) -> None: ...

    def add_status_listener(self, listener: Callable[[DeviceStatus], None]) -> None: ...


class Watch(Generic[S]):
    """Listens to a driver; lets a test wait until its state or status satisfies a predicate."""

    def __init__(self, driver: WatchedDriver[S]) -> None:
        self.driver = driver
        self._condition = threading.Condition()
        self.states: list[S] = []
        self.statuses: list[DeviceStatus] = []
        driver.add_state_listener(self._on_state)
        driver.add_status_listener(self._on_status)

    def _on_state(self, state: S) -> None:
        with self._condition:
            self.states.append(state)
            self._condition.notify_all()

    def _on_status(self, status: DeviceStatus) -> None:
        with self._condition:
            self.statuses.append(status)
            self._condition.notify_all()

    def until(self, predicate: Callable[[], bool], timeout: float = PATIENCE_S) -> None:
        """Wait (woken by listeners) until ``predicate()`` holds; fail after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"timed out; state={self.driver.state} status={self.driver.status}"
                    )
                self._condition.wait(min(left, 0.05))

    def until_state(self, predicate: Callable[[S], bool], timeout: float = PATIENCE_S) -> S:
        self.until(lambda: predicate(self.driver.state), timeout)
        return self.driver.state

    def until_link(self, link: LinkState, timeout: float = PATIENCE_S) -> DeviceStatus:
        self.until(lambda: self.driver.status.state is link, timeout)
        return self.driver.status
