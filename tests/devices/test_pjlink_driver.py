"""PJLinkDriver against the PJLink simulator over real loopback TCP: commands, auth, faults."""

from __future__ import annotations

import pytest
from conftest_pjlink import INPUTS, PATIENCE_S, Watch, pjlink_rig

from devices.base import CommandRefused, DeviceOffline, LinkState
from devices.pjlink.driver import PJLinkDriver
from devices.pjlink.kind import PJLINK, PJLinkConfig
from devices.pjlink.pjlink import PowerState
from devices.pjlink.simulator import PJLinkSimulator


def test_connects_and_resyncs() -> None:
    with pjlink_rig() as rig:
        state = rig.watch.until_state(lambda s: s.pjlink_class is not None)
        assert state.power is PowerState.STANDBY
        assert state.lamp_hours == 1200 and state.error_code is None and state.pjlink_class == 1
        lines = rig.simulator.received_lines()
        for query in (b"%1POWR ?\r", b"%1ERST ?\r", b"%1LAMP ?\r", b"%1CLSS ?\r"):
            assert query in lines
        assert rig.driver.protocol_errors == 0


def test_power_on_warms_up_with_progress_and_holds_input_and_blank_until_on() -> None:
    with pjlink_rig(warmup_s=1.0) as rig:
        driver, sim = rig.driver, rig.simulator
        assert driver.power_on().result(PATIENCE_S) is None
        source = driver.set_source("HDMI2")
        blank = driver.set_blank(True)
        warming = rig.watch.until_state(lambda s: s.pending is not None)
        assert warming.power is PowerState.WARMING_UP and warming.progress is not None
        assert "input HDMI2" in warming.pending and "blank" in warming.pending
        assert source.result(PATIENCE_S) is None and blank.result(PATIENCE_S) is None
        assert sim.input_code == "32" and sim.video_muted
        state = rig.watch.until_state(lambda s: s.blank is True and s.source == "HDMI2")
        assert state.power is PowerState.ON and state.progress is None
        # nothing but queries reached the device while it warmed up
        lines = sim.received_lines()
        assert lines.index(b"%1INPT 32\r") > lines.index(b"%1POWR 1\r")
        assert driver.set_blank(False).result(PATIENCE_S) is None and not sim.video_muted
        assert driver.power_off().result(PATIENCE_S) is None
        rig.watch.until_state(lambda s: s.power is PowerState.STANDBY)


def test_blank_while_off_is_refused_at_once_and_unknown_input_too() -> None:
    with pjlink_rig() as rig:
        with pytest.raises(CommandRefused, match="display is off"):
            rig.driver.set_blank(True).result(PATIENCE_S)
        with pytest.raises(CommandRefused, match="no input 'DVD'"):
            rig.driver.set_source("DVD").result(PATIENCE_S)


@pytest.mark.parametrize("password", ["JBMIAProjectorLink", "p"])
def test_with_a_password_the_digest_goes_once_per_connection(password: str) -> None:
    with pjlink_rig(password=password) as rig:
        assert rig.driver.power_on().result(PATIENCE_S) is None
        lines = rig.simulator.received_lines()
        assert len(lines[0]) == 32 + len(b"%1CLSS ?\r")
        assert all(line.startswith(b"%") for line in lines[1:])


def test_a_wrong_password_fails_naming_the_password() -> None:
    sim = PJLinkSimulator(INPUTS.values(), password="right")
    url = sim.start()
    config = PJLINK.with_url(PJLinkConfig(id="display", password="wrong", inputs=INPUTS), url)
    driver = PJLinkDriver(config, poll_interval=0.2)
    watch = Watch(driver)
    try:
        driver.start()
        status = watch.until_link(LinkState.FAILED)
        assert "password rejected" in status.reason
        with pytest.raises(DeviceOffline):
            driver.power_on().result(PATIENCE_S)
    finally:
        driver.stop()
        sim.stop()


def test_a_missing_password_fails_saying_so() -> None:
    sim = PJLinkSimulator(INPUTS.values(), password="right")
    url = sim.start()
    driver = PJLinkDriver(PJLINK.with_url(PJLinkConfig(id="display", inputs=INPUTS), url))
    watch = Watch(driver)
    try:
        driver.start()
        status = watch.until_link(LinkState.FAILED)
        assert "wants a PJLink password" in status.reason
        assert sim.received_lines() == []
    finally:
        driver.stop()
        sim.stop()


def test_class_2_input_goes_as_percent_2() -> None:
    inputs = {"HDMI1": "31", "Laptop": "3A"}
    sim = PJLinkSimulator(inputs.values(), pjlink_class=2, powered_on=True)
    with pjlink_rig(simulator=sim, inputs=inputs) as rig:
        assert rig.watch.until_state(lambda s: s.pjlink_class == 2).power is PowerState.ON
        assert rig.driver.set_source("Laptop").result(PATIENCE_S) is None
        assert sim.input_code == "3A"
        assert b"%2INPT 3A\r" in sim.received_lines()


def test_lamp_failure_shows_as_an_error_and_power_on_is_refused() -> None:
    with pjlink_rig() as rig:
        rig.simulator.lamp_failure()
        rig.driver.refresh()
        state = rig.watch.until_state(lambda s: s.error_code is not None)
        assert state.errors == {"lamp": "error"} and state.error_text == "lamp: error"
        assert PJLINK.state_problem(rig.config, state, []) == "the display reports an error: lamp"
        with pytest.raises(CommandRefused, match="failure.*ERR4"):
            rig.driver.power_on().result(PATIENCE_S)


def test_silent_display_goes_offline_then_comes_back() -> None:
    with pjlink_rig(reply_timeout=0.3) as rig:
        rig.simulator.set_silent(True)
        status = rig.watch.until_link(LinkState.OFFLINE)
        assert "no answer" in status.reason
        rig.simulator.set_silent(False)
        rig.watch.until_link(LinkState.OK)
        assert rig.driver.power_on().result(PATIENCE_S) is None


def test_device_closing_idle_connections_is_reconnected_transparently() -> None:
    sim = PJLinkSimulator(INPUTS.values(), idle_close_s=0.3, warmup_s=0.2, cooldown_s=0.2)
    with pjlink_rig(simulator=sim, poll_interval=1.0) as rig:
        rig.watch.until(lambda: sim.connections >= 3)  # closed twice while we idled
        assert rig.driver.power_on().result(PATIENCE_S) is None
        assert all(status.state is not LinkState.OFFLINE for status in rig.watch.statuses)


def test_garbage_is_counted_and_the_link_recovers() -> None:
    with pjlink_rig(reply_timeout=0.3) as rig:
        rig.simulator.set_garbage(True)
        rig.watch.until(lambda: rig.driver.protocol_errors >= 3)
        rig.watch.until_link(LinkState.OFFLINE)  # garbage answers nothing
        rig.simulator.set_garbage(False)
        rig.watch.until_link(LinkState.OK)
        assert rig.driver.query("POWR").result(PATIENCE_S) == "0"


def test_bad_config_is_one_line() -> None:
    driver = PJLinkDriver(PJLinkConfig(id="display", host="h", inputs={"X": "99"}))
    assert driver.status.state is LinkState.BAD_CONFIG
    assert driver.status.reason == "inputs.X: '99' is not a PJLink input code (like \"31\")"
