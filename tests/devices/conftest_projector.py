"""Shared helpers for the projector tests: a simulator + driver rig and a state watcher."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from watch import PATIENCE_S as PATIENCE_S  # re-exported for the tests
from watch import Watch

from devices.base import LinkState
from devices.projector.driver import CommandTimeouts, ProjectorDriver, ProjectorState
from devices.projector.kind import ProjectorConfig
from devices.projector.simulator import DEFAULT_SOURCES, ProjectorSimulator


def projector_config(url: str, **changes: Any) -> ProjectorConfig:
    fields: dict[str, Any] = {
        "id": "projector",
        "port": url,
        "model": "EB-L1500U",
        "sources": dict(DEFAULT_SOURCES),
    }
    fields.update(changes)
    return ProjectorConfig(**fields)


@dataclass
class Rig:
    simulator: ProjectorSimulator
    driver: ProjectorDriver
    watch: Watch[ProjectorState]
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
