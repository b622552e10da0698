"""Shared helpers for the projector tests: a simulator + driver rig and a state watcher."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from devices.base import DeviceStatus, LinkState
from devices.projector.driver import CommandTimeouts, ProjectorDriver, ProjectorState
from devices.projector.kind import ProjectorConfig
from devices.projector.simulator import DEFAULT_SOURCES, ProjectorSimulator

#: Generous bound for anything the machine should do "at once" (2 cores, many agents).
PATIENCE_S = 15.0


def projector_config(url: str, **changes: Any) -> ProjectorConfig:
    fields: dict[str, Any] = {
        "id": "projector",
        "port": url,
        "model": "EB-L1500U",
        "sources": dict(DEFAULT_SOURCES),
    }
    fields.update(changes)
    return ProjectorConfig(**fields)


class Watch:
    """Listens to a driver; lets a test wait until its state or status satisfies a predicate."""

    def __init__(self, driver: ProjectorDriver) -> None:
        self.driver = driver
        self._condition = threading.Condition()
        self.states: list[ProjectorState] = []
        self.statuses: list[DeviceStatus] = []
        driver.add_state_listener(self._on_state)
        driver.add_status_listener(self._on_status)

    def _on_state(self, state: ProjectorState) -> None:
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

    def until_state(
        self, predicate: Callable[[ProjectorState], bool], timeout: float = PATIENCE_S
    ) -> ProjectorState:
        self.until(lambda: predicate(self.driver.state), timeout)
        return self.driver.state

    def until_link(self, link: LinkState, timeout: float = PATIENCE_S) -> DeviceStatus:
        self.until(lambda: self.driver.status.state is link, timeout)
        return self.driver.status


@dataclass
class Rig:
    simulator: ProjectorSimulator
    driver: ProjectorDriver
    watch: Watch
    url: str


@contextmanager
def projector_rig(
    *,
    tcp: bool = False,
    escvpnet: bool = False,
    warmup_s: float = 0.6,
    cooldown_s: float = 0.6,
    powered_on: bool = False,
    poll_interval: float = 0.2,
    timeouts: CommandTimeouts | None = None,
    simulator: ProjectorSimulator | None = None,
    wait_ok: bool = True,
    **driver_options: Any,
) -> Iterator[Rig]:
    """A simulator on a real pty (or TCP, or ESC/VP.net) and a started driver talking to it."""
    sim = simulator or ProjectorSimulator(
        DEFAULT_SOURCES, warmup_s=warmup_s, cooldown_s=cooldown_s, powered_on=powered_on
    )
    if escvpnet:
        url = sim.start_escvpnet()
    else:
        url = sim.start_tcp() if tcp else sim.start_pty()
    driver = ProjectorDriver(
        projector_config(url),
        poll_interval=poll_interval,
        timeouts=timeouts,
        warmup_s=warmup_s,
        cooldown_s=cooldown_s,
        **driver_options,
    )
    watch = Watch(driver)
    driver.start()
    try:
        if wait_ok:
            watch.until_link(LinkState.OK)
            # the resync after the first answer has reached the lamp hours
            watch.until_state(lambda state: state.lamp_hours is not None)
        yield Rig(sim, driver, watch, url)
    finally:
        driver.stop()
        sim.stop()
