"""Shared helpers for the switcher tests: a simulator + driver rig and listener recorders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from recorder import Recorder

from devices.base import Backoff, DeviceStatus, LinkState
from devices.switcher.driver import SwitcherDriver, SwitcherState
from devices.switcher.kind import SwitcherConfig
from devices.switcher.simulator import SwitcherSimulator
from devices.udp_transport import free_udp_port

INPUT_NAMES = {1: "Cam 1 Wide", 2: "Cam 2 Speakers", 3: "Cam 3 Moderator", 4: "Cam 4 Audience",
               5: "Presentation PC", 6: "Video playback"}  # fmt: skip


class Rig:
    """A started simulator and a driver pointed at it, with recorders on both listeners."""

    def __init__(self, sim: SwitcherSimulator, driver: SwitcherDriver) -> None:
        self.sim = sim
        self.driver = driver
        self.statuses: Recorder[DeviceStatus] = Recorder()
        self.states: Recorder[SwitcherState] = Recorder()
        driver.add_status_listener(self.statuses)
        driver.add_state_listener(self.states)

    def wait_status(self, state: LinkState, timeout: float = 5.0, since: int = 0) -> DeviceStatus:
        return self.statuses.wait_for(lambda s: s.state is state, timeout, since)

    def wait_state(
        self, predicate: Callable[[SwitcherState], bool], timeout: float = 5.0
    ) -> SwitcherState:
        """The driver's state once it matches (now, or by a later change)."""
        mark = self.states.mark()
        current = self.driver.state
        if predicate(current):
            return current
        return self.states.wait_for(predicate, timeout, since=mark)

    def sent(self, address: str) -> list[tuple]:
        """The arguments of every message the simulator received at ``address``."""
        return [args for addr, args in self.sim.received_messages() if addr == address]


def switcher_config(sim_port: int, feedback_port: int, prefix: str = "/atem") -> SwitcherConfig:
    return SwitcherConfig(
        id="switcher",
        host="127.0.0.1",
        port=sim_port,
        feedback_port=feedback_port,
        prefix=prefix,
        input_count=6,
        inputs=dict(INPUT_NAMES),
    )


@contextmanager
def switcher_rig(
    prefix: str = "/atem",
    poll_interval: float = 0.1,
    command_timeout: float = 1.0,
    wait_ok: bool = True,
    **driver_options: Any,
) -> Iterator[Rig]:
    """Simulator on a free port, driver listening for feedback on another free port."""
    feedback_port = free_udp_port()
    sim = SwitcherSimulator(feedback_port=feedback_port, prefix=prefix, input_count=6)
    sim.start()
    driver_options.setdefault("backoff", Backoff(initial=0.05, cap=0.2))
    driver = SwitcherDriver(
        switcher_config(sim.port, feedback_port, prefix),
        poll_interval=poll_interval,
        command_timeout=command_timeout,
        feedback_from_port=sim.port,  # the simulator, like atemOSC, sends from a fixed port
        **driver_options,
    )
    rig = Rig(sim, driver)
    driver.start()
    try:
        if wait_ok:
            rig.wait_status(LinkState.OK)
            rig.wait_state(lambda s: s.program is not None and s.preview is not None)
        yield rig
    finally:
        driver.stop()
        sim.stop()
