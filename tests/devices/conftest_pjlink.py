"""Shared helpers for the PJLink tests: a simulator + driver rig and a state watcher."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from watch import PATIENCE_S as PATIENCE_S  # re-exported for the tests
from watch import Watch

from devices.base import LinkState
from devices.pjlink.driver import PJLinkDriver, PJLinkState
from devices.pjlink.kind import PJLINK, PJLinkConfig
from devices.pjlink.simulator import PJLinkSimulator

INPUTS = {"Computer": "11", "Video": "21", "HDMI1": "31", "HDMI2": "32"}


@dataclass
class Rig:
    simulator: PJLinkSimulator
    driver: PJLinkDriver
    watch: Watch[PJLinkState]
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
