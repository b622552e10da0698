"""Shared helpers for the PJLink tests: a simulator + driver rig and a state watcher."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from devices.base import DeviceStatus, LinkState
from devices.pjlink.driver import PJLinkDriver, PJLinkState
from devices.pjlink.kind import PJLINK, PJLinkConfig
from devices.pjlink.simulator import PJLinkSimulator

PATIENCE_S = 15.0
INPUTS = {"Computer": "11", "Video": "21", "HDMI1": "31", "HDMI2": "32"}


class Watch:
    """Listens to a driver; waits until its state or status satisfies a predicate."""

    def __init__(self, driver: PJLinkDriver) -> None:
        self.driver = driver
        self._condition = threading.Condition()
        self.states: list[PJLinkState] = []
        self.statuses: list[DeviceStatus] = []
        driver.add_state_listener(self._on_state)
        driver.add_status_listener(self._on_status)

    def _on_state(self, state: PJLinkState) -> None:
        with self._condition:
            self.states.append(state)
            self._condition.notify_all()

    def _on_status(self, status: DeviceStatus) -> None:
        with self._condition:
            self.statuses.append(status)
            self._condition.notify_all()

    def until(self, predicate: Callable[[], bool], timeout: float = PATIENCE_S) -> None:
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
        self, predicate: Callable[[PJLinkState], bool], timeout: float = PATIENCE_S
    ) -> PJLinkState:
        self.until(lambda: predicate(self.driver.state), timeout)
        return self.driver.state

    def until_link(self, link: LinkState, timeout: float = PATIENCE_S) -> DeviceStatus:
        self.until(lambda: self.driver.status.state is link, timeout)
        return self.driver.status


@dataclass
class Rig:
    simulator: PJLinkSimulator
    driver: PJLinkDriver
    watch: Watch
    config: PJLinkConfig


@contextmanager
def pjlink_rig(
    *,
    simulator: PJLinkSimulator | None = None,
    password: str | None = None,
    inputs: dict[str, str] | None = None,
    wait_ok: bool = True,
    warmup_s: float = 0.6,
    poll_interval: float = 0.2,
    **driver_options: Any,
) -> Iterator[Rig]:
    inputs = dict(inputs or INPUTS)
    sim = simulator or PJLinkSimulator(
        inputs.values(), password=password, warmup_s=warmup_s, cooldown_s=warmup_s
    )
    url = sim.start()
    config = PJLINK.with_url(PJLinkConfig(id="display", password=password, inputs=inputs), url)
    driver = PJLinkDriver(
        config,
        poll_interval=poll_interval,
        warmup_s=warmup_s,
        cooldown_s=warmup_s,
        **driver_options,
    )
    watch = Watch(driver)
    driver.start()
    try:
        if wait_ok:
            watch.until_link(LinkState.OK)
            watch.until_state(lambda state: state.lamp_hours is not None)
        yield Rig(sim, driver, watch, config)
    finally:
        driver.stop()
        sim.stop()
