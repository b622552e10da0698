"""PWR ON as Epson's ESC/VP21 guide allows it, on a real pty: ':' at once or only when lit.

Timings are scaled: the guide's 40 / 70 / 100 s (first, second, third ignition
attempt) become ``WARMUP + n * RETRY`` fractions of a second, and the driver's
100 s PWR ON timeout becomes ``POWER_ON_TIMEOUT``, so no test waits for real.
"""

from __future__ import annotations

import time

import pytest
from conftest_projector import PATIENCE_S, projector_rig

from devices.base import CommandRefused, LinkState
from devices.projector.driver import CommandTimeouts, ProjectorFault
from devices.projector.escvp21 import STANDBY_STATES, PowerState
from devices.projector.simulator import DEFAULT_SOURCES, ProjectorSimulator

#: The guide's times scaled by 1/50: ':' at 40 s -> 0.8, 70 s -> 1.4, 100 s -> 2.0.
SCALE = 1 / 50
WARMUP = 40 * SCALE - 0.1  # a little inside each limit, as a real lamp is
RETRY = 30 * SCALE
POWER_ON_TIMEOUT = 100 * SCALE
SCALED = CommandTimeouts(power_on=POWER_ON_TIMEOUT, power_off=1.0, source=1.0, other=0.5)


def test_the_default_power_on_timeout_covers_the_third_ignition_attempt() -> None:
    assert CommandTimeouts().power_on >= 100.0


def test_prompt_only_when_lit_on_the_third_attempt_keeps_the_queued_source_and_blank() -> None:
    sim = ProjectorSimulator(
        DEFAULT_SOURCES,
        warmup_s=WARMUP,
        retry_s=RETRY,
        prompt_when_on=True,
        lamp_lights_on_attempt=3,
    )
    with projector_rig(
        simulator=sim, timeouts=SCALED, warmup_s=WARMUP + 2 * RETRY, poll_interval=0.1
    ) as rig:
        driver, watch = rig.driver, rig.watch
        sent_at = time.monotonic()
        power = driver.power_on()
        source = driver.set_source("HDMI2")
        blank = driver.set_blank(True)
        watch.until(lambda: sim.prompt_owed)
        frames_at_wait = len(sim.received_frames())
        # while the ':' is owed: a warm-up with growing progress, never standby
        first = watch.until_state(lambda s: (s.progress or 0) > 0.1)
        second = watch.until_state(lambda s: (s.progress or 0) > (first.progress or 0) + 0.2)
        for state in (first, second):
            assert state.power is PowerState.WARMING_UP
        assert power.result(PATIENCE_S) is None
        waited = time.monotonic() - sent_at
        assert waited >= WARMUP + 2 * RETRY - 0.05  # the ':' came only when lit
        assert waited > 40 * SCALE  # where the old driver gave up
        # nothing was sent while the ':' was owed (the next command only after it)
        assert sim.received_frames()[frames_at_wait - 1] == b"PWR ON\r"
        assert source.result(PATIENCE_S) is None
        assert blank.result(PATIENCE_S) is None
        assert sim.source_code == "A0" and sim.muted
        state = watch.until_state(lambda s: s.power is PowerState.ON and s.blank is True)
        assert state.source == "HDMI2" and state.error_code is None
        shown = [s.power for s in watch.states if s.progress is not None]
        assert shown and all(p is PowerState.WARMING_UP for p in shown)
        assert all(
            s.power not in STANDBY_STATES for s in watch.states[len(watch.states) - len(shown) :]
        )
        assert rig.driver.status.state is LinkState.OK


def test_prompt_at_once_second_attempt_holds_the_source_until_on() -> None:
    sim = ProjectorSimulator(
        DEFAULT_SOURCES, warmup_s=WARMUP, retry_s=RETRY, lamp_lights_on_attempt=2
    )
    with projector_rig(simulator=sim, timeouts=SCALED, warmup_s=WARMUP + RETRY) as rig:
        started = time.monotonic()
        assert rig.driver.power_on().result(PATIENCE_S) is None
        assert time.monotonic() - started < WARMUP  # ':' at once
        source = rig.driver.set_source("Computer1")
        assert rig.watch.until_state(lambda s: s.pending is not None).pending == "source Computer1"
        assert source.result(PATIENCE_S) is None
        assert time.monotonic() - started >= WARMUP + RETRY - 0.05
        assert sim.source_code == "10"
        assert rig.driver.state.power is PowerState.ON


def test_no_prompt_at_all_in_an_abnormal_state_is_a_projector_fault_not_a_lost_link() -> None:
    sim = ProjectorSimulator(
        DEFAULT_SOURCES,
        warmup_s=0.3,
        retry_s=0.1,
        prompt_when_on=True,
        lamp_lights_on_attempt=None,
        abnormal_prompt=False,
    )
    timeouts = CommandTimeouts(power_on=1.0, power_off=1.0, source=1.0, other=0.5)
    with projector_rig(simulator=sim, timeouts=timeouts, poll_interval=0.1) as rig:
        power = rig.driver.power_on()
        blank = rig.driver.set_blank(True)
        with pytest.raises(ProjectorFault, match="projector fault.*PWR ON within 1 s"):
            power.result(PATIENCE_S)
        # the projector talks again: abnormal standby, lamp failed at power-on
        state = rig.watch.until_state(lambda s: s.error_code == "03")
        assert state.power is PowerState.ABNORMAL_STANDBY
        assert state.error_text == "lamp failed at power-on"
        with pytest.raises(CommandRefused, match="projector is off"):
            blank.result(PATIENCE_S)
        assert all(status.state is not LinkState.OFFLINE for status in rig.watch.statuses)
        assert rig.driver.status.state is LinkState.OK


def test_abnormal_projector_that_falls_silent_shows_the_fault_and_says_so_when_offline() -> None:
    sim = ProjectorSimulator(
        DEFAULT_SOURCES,
        warmup_s=0.3,
        retry_s=0.1,
        prompt_when_on=True,
        lamp_lights_on_attempt=None,
        abnormal_prompt=False,
    )
    timeouts = CommandTimeouts(power_on=1.0, power_off=1.0, source=1.0, other=0.3)
    with projector_rig(
        simulator=sim, timeouts=timeouts, poll_interval=0.1, poll_timeout=0.3
    ) as rig:
        power = rig.driver.power_on()
        rig.watch.until(lambda: sim.prompt_owed)
        sim.set_silent(True)
        with pytest.raises(ProjectorFault):
            power.result(PATIENCE_S)
        faulty = rig.driver.state
        assert faulty.error_code == "--" and "PWR ON" in (faulty.error_text or "")
        assert rig.driver.status.state is LinkState.OK  # the PWR ON alone counts no loss
        status = rig.watch.until_link(LinkState.OFFLINE)
        assert "projector fault suspected" in status.reason


def test_abnormal_with_a_prompt_refuses_power_on_naming_the_lamp() -> None:
    sim = ProjectorSimulator(
        DEFAULT_SOURCES,
        warmup_s=0.3,
        retry_s=0.1,
        prompt_when_on=True,
        lamp_lights_on_attempt=None,
    )
    with projector_rig(simulator=sim, timeouts=SCALED) as rig:
        with pytest.raises(CommandRefused, match="lamp failed at power-on"):
            rig.driver.power_on().result(PATIENCE_S)
        assert rig.watch.until_state(lambda s: s.power is PowerState.ABNORMAL_STANDBY)
        assert rig.driver.status.state is LinkState.OK
