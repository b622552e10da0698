"""ProjectorDriver against its simulator over a real pseudo-terminal: commands, interlock."""

from __future__ import annotations

import threading
import time
from concurrent.futures import wait

import pytest
from conftest_projector import PATIENCE_S, Rig, Watch, projector_config, projector_rig

from devices.base import CommandRefused, DeviceError, DeviceOffline, LinkState
from devices.projector.driver import ProjectorDriver
from devices.projector.escvp21 import TRANSITION_STATES, PowerState
from devices.projector.simulator import ProjectorSimulator


class InterlockWitness(ProjectorSimulator):
    """Records the power code the projector was in when each command arrived."""

    def __init__(self, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self.log: list[tuple[bytes, str]] = []
        self.arrivals: list[tuple[float, bytes]] = []

    def handle_frame(self, frame: bytes) -> None:
        self._advance()
        self.log.append((frame, self._power))
        self.arrivals.append((time.monotonic(), frame))
        super().handle_frame(frame)


def test_connects_and_resyncs_the_whole_state() -> None:
    with projector_rig(powered_on=True) as rig:
        state = rig.watch.until_state(lambda s: s.source is not None and s.blank is not None)
        assert state.power is PowerState.ON
        assert state.source == "HDMI1"  # the simulator starts on code 30
        assert state.blank is False
        assert state.lamp_hours == rig.simulator.lamp_hours
        assert state.error_code is None and state.pending is None and state.progress is None
        frames = rig.simulator.received_frames()
        for query in (b"PWR?\r", b"ERR?\r", b"LAMP?\r", b"SOURCE?\r", b"MUTE?\r"):
            assert query in frames
        status = rig.driver.status
        assert status.state is LinkState.OK and status.last_heard is not None
        assert rig.driver.protocol_errors == 0


def test_power_on_warms_up_with_progress_then_source_and_blank_work() -> None:
    with projector_rig(warmup_s=1.0) as rig:
        driver, sim = rig.driver, rig.simulator
        assert driver.power_on().result(PATIENCE_S) is None
        warming = rig.watch.until_state(lambda s: s.power is PowerState.WARMING_UP)
        assert warming.progress is not None and 0.0 <= warming.progress < 1.0
        later = rig.watch.until_state(
            lambda s: s.power is not PowerState.WARMING_UP or (s.progress or 0) > warming.progress
        )
        if later.power is PowerState.WARMING_UP:
            assert later.progress is not None and later.progress > warming.progress
        rig.watch.until_state(lambda s: s.power is PowerState.ON)
        assert driver.state.progress is None
        assert driver.set_source("HDMI2").result(PATIENCE_S) is None
        assert sim.source_code == "A0"
        assert driver.state.source == "HDMI2"
        assert driver.set_blank(True).result(PATIENCE_S) is None
        assert sim.muted
        assert driver.state.blank is True
        assert driver.set_blank(False).result(PATIENCE_S) is None
        assert not sim.muted
        assert driver.query_error().result(PATIENCE_S) == ("00", "no error")


def test_refused_command_is_explained_by_err_query() -> None:
    with projector_rig() as rig:  # standby: SOURCE is refused
        future = rig.driver.set_source("HDMI1")
        with pytest.raises(CommandRefused, match="source HDMI1.*standby"):
            future.result(PATIENCE_S)
        frames = rig.simulator.received_frames()
        index = frames.index(b"SOURCE 30\r")
        assert frames[index + 1] == b"ERR?\r"
        assert rig.driver.status.state is LinkState.OK


def test_unknown_source_name_is_refused_without_touching_the_wire() -> None:
    with projector_rig() as rig:
        before = len(rig.simulator.received_frames())
        with pytest.raises(CommandRefused, match="no source 'HDMI9'.*HDMI1"):
            rig.driver.set_source("HDMI9").result(PATIENCE_S)
        assert not any(f.startswith(b"SOURCE ") for f in rig.simulator.received_frames()[before:])


def test_one_command_in_flight_next_only_after_the_prompt() -> None:
    sim = InterlockWitness(warmup_s=0.5, cooldown_s=0.5, powered_on=True)
    sim.set_reply_delay(0.1)
    with projector_rig(simulator=sim, poll_interval=5.0) as rig:
        start = len(sim.arrivals)
        futures = [rig.driver.query("LAMP") for _ in range(4)]
        done, _ = wait(futures, timeout=PATIENCE_S)
        assert len(done) == 4
        assert all(f.result() == str(sim.lamp_hours) or f.result().isdigit() for f in futures)
        times = [t for t, _ in sim.arrivals[start:]]
        gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
        assert len(times) >= 4 and min(gaps) >= 0.09


def test_interlock_holds_source_during_warm_up_and_sends_it_when_on() -> None:
    sim = InterlockWitness(warmup_s=0.8, cooldown_s=0.5)
    with projector_rig(simulator=sim, warmup_s=0.8) as rig:
        power = rig.driver.power_on()
        source = rig.driver.set_source("HDMI2")
        assert power.result(PATIENCE_S) is None
        state = rig.watch.until_state(lambda s: s.pending == "source HDMI2")
        assert state.power is PowerState.WARMING_UP
        assert source.result(PATIENCE_S) is None
        assert sim.source_code == "A0"
        assert rig.driver.state.pending is None
        sources = [(frame, code) for frame, code in sim.log if frame.startswith(b"SOURCE ")]
        assert sources == [(b"SOURCE A0\r", "01")]


def test_power_on_asked_during_cool_down_is_sent_when_cool_down_ends() -> None:
    sim = InterlockWitness(warmup_s=0.5, cooldown_s=1.0, powered_on=True)
    with projector_rig(simulator=sim, cooldown_s=1.0) as rig:
        assert rig.driver.power_off().result(PATIENCE_S) is None
        rig.watch.until_state(lambda s: s.power is PowerState.COOLING_DOWN)
        power_on = rig.driver.power_on()
        held = rig.driver.state
        assert held.pending == "power on"
        assert held.progress is not None and held.progress < 1.0
        assert not power_on.done()
        assert power_on.result(PATIENCE_S) is None
        rig.watch.until_state(lambda s: s.power in (PowerState.WARMING_UP, PowerState.ON))
        power_commands = [(f, code) for f, code in sim.log if f.startswith(b"PWR O")]
        assert power_commands == [(b"PWR OFF\r", "01"), (b"PWR ON\r", "04")]
        assert all(code not in ("02", "03") for f, code in sim.log if not f.endswith(b"?\r"))


def test_a_newer_held_request_replaces_the_older_one() -> None:
    with projector_rig(powered_on=True, cooldown_s=1.0) as rig:
        assert rig.driver.power_off().result(PATIENCE_S) is None
        rig.watch.until_state(lambda s: s.power is PowerState.COOLING_DOWN)
        first = rig.driver.power_on()
        second = rig.driver.power_off()
        with pytest.raises(DeviceError, match="replaced by power off"):
            first.result(PATIENCE_S)
        assert rig.driver.state.pending == "power off"
        assert second.result(PATIENCE_S) is None
        assert rig.driver.state.pending is None


def test_bad_config_is_reported_and_commands_fail() -> None:
    driver = ProjectorDriver(projector_config(""))
    watch = Watch(driver)
    driver.start()
    try:
        assert driver.status.state is LinkState.BAD_CONFIG
        assert "port: missing" in driver.status.reason
        assert watch.statuses and watch.statuses[-1].state is LinkState.BAD_CONFIG
        with pytest.raises(DeviceOffline, match="config"):
            driver.power_on().result(1)
    finally:
        driver.stop()
    bad_code = ProjectorDriver(projector_config("/dev/null", sources={"HDMI1": "3"}))
    assert bad_code.status.state is LinkState.BAD_CONFIG
    assert "sources.HDMI1" in bad_code.status.reason


def test_a_port_that_cannot_be_opened_is_failed_and_commands_fail_at_once() -> None:
    driver = ProjectorDriver(projector_config("/dev/controlroom-no-such-port"))
    watch = Watch(driver)
    driver.start()
    try:
        status = watch.until_link(LinkState.FAILED)
        assert "/dev/controlroom-no-such-port" in status.reason
        future = driver.power_on()
        assert future.done()
        with pytest.raises(DeviceOffline):
            future.result(0)
    finally:
        driver.stop()


def test_stop_fails_whatever_is_still_pending() -> None:
    sim = ProjectorSimulator(warmup_s=0.5, cooldown_s=5.0, powered_on=True)
    with projector_rig(simulator=sim, cooldown_s=5.0) as rig:
        rig.driver.power_off().result(PATIENCE_S)
        rig.watch.until_state(lambda s: s.power in TRANSITION_STATES)
        held = rig.driver.power_on()
        rig.driver.stop()
        with pytest.raises(DeviceOffline, match="stopped"):
            held.result(PATIENCE_S)
        with pytest.raises(DeviceOffline):
            rig.driver.query("PWR").result(0)


def test_interlock_holds_blank_during_warm_up_and_sends_it_when_on() -> None:
    sim = InterlockWitness(warmup_s=0.8, cooldown_s=0.5)
    with projector_rig(simulator=sim, warmup_s=0.8) as rig:
        power = rig.driver.power_on()
        blank = rig.driver.set_blank(True)
        assert power.result(PATIENCE_S) is None
        state = rig.watch.until_state(lambda s: s.pending == "blank")
        assert state.power is PowerState.WARMING_UP
        assert blank.result(PATIENCE_S) is None
        assert sim.muted
        assert rig.driver.state.pending is None and rig.driver.state.blank is True
        mutes = [(frame, code) for frame, code in sim.log if frame.startswith(b"MUTE ")]
        assert mutes == [(b"MUTE ON\r", "01")]


def test_a_newer_blank_request_replaces_a_held_one() -> None:
    with projector_rig(warmup_s=1.0) as rig:
        assert rig.driver.power_on().result(PATIENCE_S) is None
        rig.watch.until_state(lambda s: s.power is PowerState.WARMING_UP)
        first = rig.driver.set_blank(True)
        second = rig.driver.set_blank(False)
        with pytest.raises(DeviceError, match="blank replaced by unblank"):
            first.result(PATIENCE_S)
        assert rig.driver.state.pending == "unblank"
        assert second.result(PATIENCE_S) is None
        assert rig.driver.state.blank is False
        assert not rig.simulator.muted


@pytest.mark.parametrize("on", [True, False])
def test_blank_while_the_projector_is_off_is_refused_without_touching_the_wire(on: bool) -> None:
    with projector_rig() as rig:  # standby (network on)
        rig.watch.until_state(lambda s: s.power is PowerState.STANDBY_NETWORK_ON)
        before = len(rig.simulator.received_frames())
        with pytest.raises(CommandRefused, match="projector is off .*not sent"):
            rig.driver.set_blank(on).result(PATIENCE_S)
        assert rig.driver.state.pending is None
        assert not any(f.startswith(b"MUTE ") for f in rig.simulator.received_frames()[before:])


class WriteSpy:
    """Wraps the driver's live transport ``write``: records the writing thread, may fail once.

    Injects what a real peer cannot show (which thread wrote) or cause on demand (a
    write that fails while the reader still runs); the bytes still go to the real pty.
    """

    def __init__(self, driver: ProjectorDriver) -> None:
        self.writers: list[tuple[bytes, threading.Thread]] = []
        self.fail_next = False
        with driver._lock:
            transport = driver._transport
        assert transport is not None
        self.transport = transport
        real_write = transport.write

        def write(data: bytes) -> None:
            self.writers.append((data, threading.current_thread()))
            if self.fail_next:
                self.fail_next = False
                raise DeviceOffline("injected: write failed")
            real_write(data)

        transport.write = write  # type: ignore[method-assign]


def _until_line_idle(rig: Rig) -> None:
    def idle() -> bool:
        with rig.driver._lock:
            return rig.driver._in_flight is None and not rig.driver._system

    rig.watch.until(idle)


def test_a_command_on_an_idle_line_is_written_by_the_caller_and_a_busy_one_waits_its_turn() -> None:
    sim = InterlockWitness(powered_on=True)
    with projector_rig(simulator=sim, poll_interval=30.0) as rig:
        rig.watch.until_state(lambda s: s.source is not None and s.blank is not None)
        spy = WriteSpy(rig.driver)
        _until_line_idle(rig)
        caller = threading.current_thread()
        start = len(spy.writers)
        assert rig.driver.query("LAMP").result(PATIENCE_S) == str(sim.lamp_hours)
        assert spy.writers[start:] == [(b"LAMP?\r", caller)]
        sim.set_reply_delay(0.5)  # long enough that the second call surely finds LAMP? in flight
        _until_line_idle(rig)
        start = len(spy.writers)
        first = rig.driver.query("LAMP")
        second = rig.driver.set_source("HDMI2")  # the line is busy: queued, not written here
        assert first.result(PATIENCE_S) == str(sim.lamp_hours)
        assert second.result(PATIENCE_S) is None
        sent = spy.writers[start:]
        assert [frame for frame, _ in sent] == [b"LAMP?\r", b"SOURCE A0\r"]
        assert sent[0][1] is caller and sent[1][1] is not caller
        arrivals = [(t, f) for t, f in sim.arrivals if f in (b"LAMP?\r", b"SOURCE A0\r")][-2:]
        assert arrivals[1][0] - arrivals[0][0] >= 0.45  # SOURCE only after LAMP's ':'


def test_a_failed_write_on_the_callers_thread_fails_the_command_and_the_driver_reconnects() -> None:
    with projector_rig(poll_interval=30.0) as rig:
        caller = threading.current_thread()
        status_threads: list[threading.Thread] = []
        rig.driver.add_status_listener(lambda _: status_threads.append(threading.current_thread()))
        spy = WriteSpy(rig.driver)
        _until_line_idle(rig)
        spy.fail_next = True
        future = rig.driver.query("LAMP")
        assert future.done()  # failed at once, nothing waited for
        with pytest.raises(DeviceOffline, match="injected"):
            future.result(0)
        assert spy.writers[-1][1] is caller
        rig.watch.until(lambda: not spy.transport.is_open)  # the I/O thread closed it
        rig.watch.until(lambda: any(s.state is LinkState.OFFLINE for s in rig.watch.statuses))
        rig.watch.until_link(LinkState.OK)
        assert caller not in status_threads
        assert rig.driver.query("LAMP").result(PATIENCE_S) == str(rig.simulator.lamp_hours)
