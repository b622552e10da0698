"""ProjectorDriver under every simulator fault: silence, drops, garbage, slowness, pieces."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from conftest_projector import PATIENCE_S, Watch, projector_config, projector_rig
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.base import Backoff, CommandRefused, CommandTimeout, DeviceOffline, LinkState
from devices.projector.driver import CommandTimeouts, ProjectorDriver
from devices.projector.escvp21 import PowerState
from devices.projector.simulator import ProjectorSimulator

RESYNC_QUERIES = (b"PWR?\r", b"ERR?\r", b"LAMP?\r")


def _resynced_since(frames: list[bytes], start: int) -> bool:
    later = frames[start:]
    return all(query in later for query in RESYNC_QUERIES)


def test_silent_projector_goes_offline_within_five_seconds_then_recovers_and_resyncs() -> None:
    with projector_rig(poll_interval=1.0) as rig:  # the real polling rate
        quiet_since = time.monotonic()
        rig.simulator.set_silent(True)
        status = rig.watch.until_link(LinkState.OFFLINE, timeout=PATIENCE_S)
        assert time.monotonic() - quiet_since <= 5.0
        assert "no answer" in status.reason
        refused = rig.driver.set_blank(True)
        assert refused.done()
        with pytest.raises(DeviceOffline, match="offline"):
            refused.result(0)
        restored_at = len(rig.simulator.received_frames())
        rig.simulator.set_silent(False)
        rig.watch.until_link(LinkState.OK, timeout=PATIENCE_S)
        rig.watch.until(lambda: _resynced_since(rig.simulator.received_frames(), restored_at))
        assert rig.driver.query("PWR").result(PATIENCE_S) == "04"


def test_dropped_pty_link_goes_offline_and_comes_back_with_a_resync() -> None:
    with projector_rig(poll_interval=0.3) as rig:
        rig.simulator.drop_link()
        rig.watch.until_link(LinkState.OFFLINE)
        restored_at = len(rig.simulator.received_frames())
        rig.simulator.restore_link()
        rig.watch.until_link(LinkState.OK)
        rig.watch.until(lambda: _resynced_since(rig.simulator.received_frames(), restored_at))
        assert rig.driver.power_on().result(PATIENCE_S) is None


def test_over_tcp_a_dropped_connection_is_reopened_and_resynced() -> None:
    with projector_rig(tcp=True, powered_on=True) as rig:
        assert rig.url.startswith("socket://127.0.0.1:")
        assert rig.driver.set_source("HDMI2").result(PATIENCE_S) is None
        assert rig.simulator.source_code == "A0"
        rig.simulator.drop_link()
        status = rig.watch.until_link(LinkState.OFFLINE)
        assert "connection lost" in status.reason
        with pytest.raises(DeviceOffline):
            rig.driver.set_source("HDMI1").result(0)
        restored_at = len(rig.simulator.received_frames())
        rig.simulator.restore_link()
        rig.watch.until_link(LinkState.OK)
        rig.watch.until(lambda: _resynced_since(rig.simulator.received_frames(), restored_at))
        assert rig.driver.set_source("HDMI1").result(PATIENCE_S) is None
        assert rig.simulator.source_code == "30"


def test_a_vanished_peer_is_lost_then_fails_to_reopen() -> None:
    # Over TCP: a vanished pty's number may be reused at once by another process's pty,
    # which a reconnecting driver would then open; a closed TCP port is refused.
    with projector_rig(tcp=True) as rig:
        rig.simulator.stop()  # the serial bridge disappears
        status = rig.watch.until_link(LinkState.FAILED)
        assert rig.url in status.reason
        with pytest.raises(DeviceOffline):
            rig.driver.power_on().result(0)


def test_garbage_is_counted_and_the_driver_keeps_running() -> None:
    with projector_rig(poll_interval=0.2) as rig:
        rig.simulator.set_garbage(True)
        # only junk comes back: every poll is a protocol error and a miss, so it is offline
        rig.watch.until_link(LinkState.OFFLINE)
        assert rig.driver.protocol_errors >= 3
        rig.simulator.set_garbage(False)
        rig.watch.until_link(LinkState.OK)
        assert rig.driver.query("LAMP").result(PATIENCE_S).isdigit()
        assert rig.driver.power_on().result(PATIENCE_S) is None


def test_slow_replies_still_work_and_a_timed_out_reply_does_not_confuse_the_next() -> None:
    timeouts = CommandTimeouts(other=0.35)
    with projector_rig(poll_interval=1.0, timeouts=timeouts) as rig:
        rig.simulator.set_reply_delay(0.1)
        assert rig.driver.query("PWR").result(PATIENCE_S) == "04"
        rig.simulator.set_reply_delay(0.5)
        with pytest.raises(CommandTimeout, match="LAMP"):
            rig.driver.query("LAMP").result(PATIENCE_S)
        rig.simulator.set_reply_delay(0.0)
        # the late LAMP=... reply lands while ERR? is in flight: it must not be taken for it
        assert rig.driver.query("ERR").result(PATIENCE_S) == "00"
        assert rig.driver.query("PWR").result(PATIENCE_S) == "04"
        assert rig.driver.status.state is LinkState.OK


def test_partial_frames_are_reassembled() -> None:
    with projector_rig(powered_on=True) as rig:
        rig.simulator.set_partial_frames(True, gap_s=0.005)
        assert rig.driver.query("SOURCE").result(PATIENCE_S) == "30"
        assert rig.driver.set_source("Computer1").result(PATIENCE_S) is None
        assert rig.driver.query_error().result(PATIENCE_S) == ("00", "no error")
        assert rig.driver.protocol_errors == 0


def test_lamp_failure_is_decoded_and_power_on_is_refused_with_the_reason() -> None:
    with projector_rig(powered_on=True) as rig:
        rig.simulator.lamp_failure()
        state = rig.watch.until_state(
            lambda s: s.power is PowerState.ABNORMAL_STANDBY and s.error_code is not None
        )
        assert (state.error_code, state.error_text) == ("06", "lamp error")
        with pytest.raises(CommandRefused, match="power on: lamp error"):
            rig.driver.power_on().result(PATIENCE_S)
        assert rig.driver.status.state is LinkState.OK


def test_paced_link_at_9600_baud_works() -> None:
    sim = ProjectorSimulator(warmup_s=0.3, cooldown_s=0.3, baudrate=9600)
    with projector_rig(simulator=sim) as rig:
        started = time.monotonic()
        assert rig.driver.query("PWR").result(PATIENCE_S) == "04"
        assert time.monotonic() - started >= 12 * 10 / 9600  # 5 bytes out, 8 back


def test_driver_fed_random_bytes_keeps_running() -> None:
    with projector_rig(poll_interval=0.2) as rig:
        alive = [t for t in threading.enumerate() if t.name == "projector-io"]
        assert alive

        @settings(
            max_examples=60,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(st.binary(min_size=1, max_size=60))
        def feed(junk: bytes) -> None:
            rig.simulator.send(junk + b":")  # end on a prompt so the next reply frames cleanly

        feed()
        rig.watch.until(lambda: rig.driver.protocol_errors > 0)
        assert all(thread.is_alive() for thread in alive)
        rig.watch.until_link(LinkState.OK)
        for _ in range(3):  # stray replies in the junk may answer a query for us
            try:
                if rig.driver.query("PWR").result(PATIENCE_S) == "04":
                    break
            except (CommandTimeout, CommandRefused):
                continue  # junk may also have carried an ERR for it
        else:
            raise AssertionError("driver no longer answers after garbage")


def test_a_port_that_comes_later_is_opened_by_the_reconnect_loop() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    driver = ProjectorDriver(
        projector_config(f"socket://127.0.0.1:{port}"),
        poll_interval=0.2,
        backoff=Backoff(initial=0.05, cap=0.3),
    )
    watch = Watch(driver)
    sim = ProjectorSimulator()
    driver.start()
    try:
        watch.until_link(LinkState.FAILED)
        sim.start_tcp(port=port)
        watch.until_link(LinkState.OK)
        watch.until_state(lambda s: s.lamp_hours is not None)
        assert driver.query("PWR").result(PATIENCE_S) == "04"
        seen = [status.state for status in watch.statuses]
        assert seen.index(LinkState.FAILED) < len(seen) - 1 and seen[-1] is LinkState.OK
    finally:
        driver.stop()
        sim.stop()
