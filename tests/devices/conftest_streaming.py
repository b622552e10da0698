"""Shared helpers for the streaming tests: an OBS simulator + driver rig with recorders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from recorder import Recorder

from devices.base import Backoff, DeviceStatus, LinkState
from devices.streaming.driver import StreamingDriver, StreamingState
from devices.streaming.kind import StreamingConfig
from devices.streaming.simulator import StreamingSimulator

PASSWORD = "obs-hall-pw-7731"
SCENES = ("Intro", "Speaker", "Slides", "Break")


class Rig:
    """A started simulator and a driver pointed at it, with recorders on both listeners."""

    def __init__(self, sim: StreamingSimulator, driver: StreamingDriver) -> None:
        self.sim = sim
        self.driver = driver
        self.statuses: Recorder[DeviceStatus] = Recorder()
        self.states: Recorder[StreamingState] = Recorder()
        driver.add_status_listener(self.statuses)
        driver.add_state_listener(self.states)

    def wait_status(self, state: LinkState, timeout: float = 5.0, since: int = 0) -> DeviceStatus:
        return self.statuses.wait_for(lambda s: s.state is state, timeout, since)

    def wait_state(
        self, predicate: Callable[[StreamingState], bool], timeout: float = 5.0
    ) -> StreamingState:
        """The driver's state once it matches (now, or by a later change)."""
        mark = self.states.mark()
        current = self.driver.state
        if predicate(current):
            return current
        return self.states.wait_for(predicate, timeout, since=mark)


def streaming_config(sim: StreamingSimulator, password: str = PASSWORD) -> StreamingConfig:
    return StreamingConfig(id="obs", host="127.0.0.1", port=sim.port, password=password)


@contextmanager
def streaming_rig(
    password: str = PASSWORD,
    sim_options: dict[str, Any] | None = None,
    driver_password: str | None = None,
    start: bool = True,
    **driver_options: Any,
) -> Iterator[Rig]:
    """A simulator and a driver (fast backoff); both stopped afterwards."""
    sim = StreamingSimulator(password=password, scenes=SCENES, **(sim_options or {}))
    sim.start()
    config = streaming_config(sim, password if driver_password is None else driver_password)
    driver_options.setdefault("backoff", Backoff(initial=0.05, cap=0.2))
    driver = StreamingDriver(config, **driver_options)
    rig = Rig(sim, driver)
    try:
        if start:
            driver.start()
        yield rig
    finally:
        driver.stop()
        sim.stop()
