"""MicrophoneDriver against MicrophoneSimulator over a real pseudo-terminal (and TCP)."""

from __future__ import annotations

import os
import select
import socket
import threading
import time
import tty
from typing import Any

import pytest
from conftest_microphones import CHANNELS, Rig, mic_rig
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from controlroom.clock import ManualClock
from devices.base import CommandRefused, CommandTimeout, DeviceOffline, LinkState
from devices.microphones import shure
from devices.microphones.driver import MicrophoneDriver
from devices.microphones.kind import MicrophonesConfig
from devices.microphones.simulator import MicrophoneSimulator


def _prepare_varied(sim: MicrophoneSimulator) -> None:
    """Give the simulator values that differ from its defaults, so resync is really read."""
    with sim.lock:
        sim.channels[2].muted = True
        sim.channels[4].gain_units = 40
        sim.channels[3].battery_bars = None
        sim.channels[4].battery_bars = 2
        sim.channels[4].name = "Guest"


# --- connect and resync ------------------------------------------------------------------


@pytest.mark.parametrize("transport", ["pty", "tcp"])
def test_connect_resyncs_every_channel(transport: str) -> None:
    with mic_rig(transport, prepare=_prepare_varied) as rig:
        assert rig.statuses.values[0].state is LinkState.CONNECTING
        expected = rig.sim.snapshot()
        state = rig.wait_state(lambda s: s.channels[4].battery_bars == 2)
        for number, sim_channel in expected.items():
            channel = state.channels[number]
            assert channel.muted is sim_channel.muted
            assert channel.gain_db == sim_channel.gain_units - 18
            assert channel.battery_bars == sim_channel.battery_bars
            assert channel.name == sim_channel.name
            assert channel.level_db is None  # metering is off until asked for
        assert rig.sim.received_frames()[0] == b"< GET 0 ALL >"
        assert rig.driver.status.last_heard is not None


# --- commands ----------------------------------------------------------------------------


@pytest.mark.parametrize("transport", ["pty", "tcp"])
def test_set_mute_resolves_on_the_devices_report(transport: str) -> None:
    with mic_rig(transport) as rig:
        mark = len(rig.sim.received_frames())
        assert rig.driver.set_mute(3, True).result(timeout=3) is True
        assert rig.sent_after(mark) == [b"< SET 3 AUDIO_MUTE ON >"]
        assert rig.sim.snapshot()[3].muted is True
        assert rig.driver.state.channels[3].muted is True
        assert rig.driver.set_mute(3, False).result(timeout=3) is False
        assert rig.sim.snapshot()[3].muted is False


def test_set_gain_goes_out_in_device_units_and_comes_back_in_db() -> None:
    with mic_rig() as rig:
        mark = len(rig.sim.received_frames())
        assert rig.driver.set_gain_db(2, 10).result(timeout=3) == 10.0
        assert rig.sent_after(mark) == [b"< SET 2 AUDIO_GAIN 28 >"]
        assert rig.sim.snapshot()[2].gain_units == 28
        assert rig.driver.state.channels[2].gain_db == 10.0
        assert rig.driver.set_gain_db(2, -18).result(timeout=3) == -18.0
        assert rig.sim.snapshot()[2].gain_units == 0


def test_bad_arguments_are_refused_before_anything_is_sent() -> None:
    with mic_rig() as rig:
        mark = len(rig.sim.received_frames())
        with pytest.raises(ValueError, match="outside -18..\\+42 dB"):
            rig.driver.set_gain_db(1, 50)
        with pytest.raises(ValueError, match="no channel 9"):
            rig.driver.set_mute(9, True)
        with pytest.raises(ValueError, match="meter rate 5 ms"):
            rig.driver.set_meter_rate(5)
        rig.driver.set_mute(1, True).result(timeout=3)  # a barrier: anything queued went before
        assert rig.sent_after(mark) == [b"< SET 1 AUDIO_MUTE ON >"]


def test_set_name_is_sent_as_safe_ascii() -> None:
    with mic_rig() as rig:
        mark = len(rig.sim.received_frames())
        assert rig.driver.set_name(4, "Гость 2").result(timeout=3) == "Gost 2"
        assert rig.sent_after(mark) == [b"< SET 4 CHAN_NAME {Gost 2} >"]
        assert rig.sim.snapshot()[4].name == "Gost 2"
        assert rig.driver.state.channels[4].name == "Gost 2"
        # Cut to the 8 characters a ULX-D stores, so the receiver takes it.
        assert rig.driver.set_name(4, "Докладчик 2").result(timeout=3) == "Dokladch"


def test_mute_all_resolves_once_every_channel_reported() -> None:
    with mic_rig() as rig:
        mark = len(rig.sim.received_frames())
        assert rig.driver.mute_all().result(timeout=3) is True
        assert rig.sent_after(mark) == [b"< SET 0 AUDIO_MUTE ON >"]
        assert all(c.muted for c in rig.sim.snapshot().values())
        assert all(c.muted for c in rig.driver.state.channels.values())


def test_refresh_rereads_everything() -> None:
    with mic_rig() as rig:
        with rig.sim.lock:
            rig.sim.channels[1].gain_units = 50  # changed behind the driver's back, no REP
        assert rig.driver.state.channels[1].gain_db == 0.0
        rig.driver.refresh().result(timeout=3)
        assert rig.driver.state.channels[1].gain_db == 32.0


def test_commands_keep_their_order() -> None:
    with mic_rig() as rig:
        mark = len(rig.sim.received_frames())
        futures = [rig.driver.set_gain_db(1 + i % 4, i) for i in range(24)]
        results = [f.result(timeout=5) for f in futures]
        assert results == [float(i) for i in range(24)]
        assert rig.sent_after(mark) == [
            f"< SET {1 + i % 4} AUDIO_GAIN {i + 18} >".encode() for i in range(24)
        ]


def test_rep_err_refuses_the_command_in_flight() -> None:
    # The hall file names a channel 4 this receiver (a dual ULXD4D, say) does not have.
    sim_channels = {1: "Chair", 2: "Secretar"}
    with mic_rig(channels=sim_channels, driver_channels=CHANNELS, command_timeout=0.5) as rig:
        with pytest.raises(CommandRefused, match="refused set_mute\\(4, True\\)"):
            rig.driver.set_mute(4, True).result(timeout=3)
        # The next command is not confused by the refusal.
        assert rig.driver.set_mute(1, True).result(timeout=3) is True


# --- unsolicited reports, metering, batteries --------------------------------------------


def test_unsolicited_mute_from_the_lectern_updates_state() -> None:
    with mic_rig() as rig:
        rig.wait_state(lambda s: s.channels[3].muted is False)
        rig.sim.press_mute(3)
        state = rig.wait_state(lambda s: s.channels[3].muted is True)
        assert state.channels[3].muted is rig.sim.snapshot()[3].muted


def test_metering_reports_moving_levels_and_stops() -> None:
    with mic_rig() as rig:
        assert rig.driver.set_meter_rate(100).result(timeout=3) == 100
        assert rig.driver.state.meter_rate_ms == 100
        first = rig.wait_state(lambda s: all(c.level_db is not None for c in s.channels.values()))
        levels = {c.number: c.level_db for c in first.channels.values()}
        rig.wait_state(lambda s: any(c.level_db != levels[c.number] for c in s.channels.values()))
        for channel in rig.driver.state.channels.values():
            assert channel.level_db is not None and -120.0 <= channel.level_db <= 0.0
        assert rig.driver.set_meter_rate(0).result(timeout=3) == 0
        assert all(c.level_db is None for c in rig.driver.state.channels.values())


def test_dead_battery_is_reported_and_the_channel_goes_silent() -> None:
    with mic_rig() as rig:
        rig.driver.set_meter_rate(100).result(timeout=3)
        rig.wait_state(lambda s: s.channels[2].level_db is not None)
        rig.sim.battery_dead(2)
        rig.wait_state(lambda s: s.channels[2].battery_bars == 0)
        # Silent: the bottom of the model's meter (ULX-D meters audio down to -50 dBFS).
        floor = rig.driver.profile.level_db(0)
        state = rig.wait_state(lambda s: s.channels[2].level_db == floor)
        assert state.channels[1].battery_bars == 5


def test_batteries_drain_and_report_by_themselves() -> None:
    simulator = MicrophoneSimulator({1: "Moderator"}, battery_drain_s=0.1)
    url = simulator.start_pty()
    driver = MicrophoneDriver(MicrophonesConfig(id="mics", port=url, channels={1: "Moderator"}))
    rig = Rig(simulator, driver)
    try:
        driver.start()
        rig.wait_state(lambda s: s.channels[1].battery_bars is not None)
        rig.wait_state(lambda s: s.channels[1].battery_bars == 0, timeout=5)
        assert simulator.snapshot()[1].battery_bars == 0
    finally:
        driver.stop()
        simulator.stop()


# --- faults ------------------------------------------------------------------------------


@pytest.mark.slow
def test_dropped_pty_goes_offline_then_reconnects_and_resyncs() -> None:
    with mic_rig() as rig:
        rig.driver.set_meter_rate(200).result(timeout=3)
        status_mark = rig.statuses.mark()
        dropped_at = time.monotonic()
        rig.sim.drop_link()
        # The microphone on the lectern is muted while the cable is out: nobody hears the REP.
        rig.sim.press_mute(2)
        offline = rig.statuses.wait_after(
            status_mark, lambda s: s.state is LinkState.OFFLINE, timeout=15
        )
        assert time.monotonic() - dropped_at < 5.0
        assert "no answer" in offline.reason
        assert all(c.level_db is None for c in rig.driver.state.channels.values())
        # While offline a command fails at once, not after a timeout.
        started = time.monotonic()
        with pytest.raises(DeviceOffline, match="offline"):
            rig.driver.set_mute(1, True).result(timeout=3)
        assert time.monotonic() - started < 0.5
        mark = len(rig.sim.received_frames())
        rig.sim.restore_link()
        rig.statuses.wait_after(status_mark, lambda s: s.state is LinkState.OK, timeout=10)
        state = rig.wait_state(lambda s: s.channels[2].muted is True)
        assert state.channels[2].muted is rig.sim.snapshot()[2].muted
        rig.wait_state(lambda s: s.channels[1].level_db is not None)  # metering restored
        frames = rig.sent_after(mark)
        assert frames[:2] == [b"< GET 0 ALL >", b"< SET 0 METER_RATE 00200 >"]


def test_dropped_tcp_link_is_seen_at_once_and_reconnects() -> None:
    with mic_rig("tcp") as rig:
        status_mark = rig.statuses.mark()
        rig.sim.drop_link()
        offline = rig.statuses.wait_after(
            status_mark, lambda s: s.state is LinkState.OFFLINE, timeout=3
        )
        assert "lost the link" in offline.reason or "no answer" in offline.reason
        rig.sim.restore_link()
        rig.statuses.wait_after(status_mark, lambda s: s.state is LinkState.OK, timeout=10)
        assert rig.driver.set_mute(4, True).result(timeout=3) is True


def test_command_in_flight_when_the_link_drops_fails() -> None:
    with mic_rig("tcp") as rig:
        rig.sim.set_reply_delay(1.0)
        pending = rig.driver.set_mute(1, True)
        rig.sim.drop_link()
        with pytest.raises((DeviceOffline, CommandTimeout)):
            pending.result(timeout=5)


@pytest.mark.slow
def test_silent_device_goes_offline_within_five_seconds() -> None:
    with mic_rig() as rig:
        status_mark = rig.statuses.mark()
        rig.sim.set_silent(True)
        silent_at = time.monotonic()
        rig.statuses.wait_after(status_mark, lambda s: s.state is LinkState.OFFLINE, timeout=15)
        assert time.monotonic() - silent_at < 5.0
        rig.sim.set_silent(False)
        rig.statuses.wait_after(status_mark, lambda s: s.state is LinkState.OK, timeout=10)
        assert rig.driver.set_mute(1, True).result(timeout=3) is True


def test_silent_device_times_out_a_command() -> None:
    with mic_rig(command_timeout=0.5) as rig:
        rig.sim.set_silent(True)
        started = time.monotonic()
        with pytest.raises(CommandTimeout, match="no answer to set_mute\\(1, True\\) within 0.5 s"):
            rig.driver.set_mute(1, True).result(timeout=3)
        assert time.monotonic() - started >= 0.45


@pytest.mark.slow
def test_garbage_is_counted_then_offline_and_the_driver_recovers() -> None:
    with mic_rig(command_timeout=0.5) as rig:
        status_mark = rig.statuses.mark()
        rig.sim.set_garbage(True)
        with pytest.raises((CommandTimeout, DeviceOffline)):
            rig.driver.set_mute(1, True).result(timeout=3)
        assert rig.driver.protocol_errors >= 1
        # Nothing but garbage: the device is not answering, so it is offline.
        rig.statuses.wait_after(status_mark, lambda s: s.state is LinkState.OFFLINE, timeout=15)
        rig.sim.set_garbage(False)
        rig.statuses.wait_after(status_mark, lambda s: s.state is LinkState.OK, timeout=10)
        assert rig.driver.set_mute(1, False).result(timeout=3) is False


def test_partial_frames_are_reassembled() -> None:
    with mic_rig(prepare=lambda sim: sim.set_partial_frames(True, gap_s=0.001)) as rig:
        assert rig.driver.set_name(1, "Chair").result(timeout=5) == "Chair"
        assert rig.driver.set_gain_db(1, 6).result(timeout=5) == 6.0
        assert rig.driver.protocol_errors == 0


def test_slow_replies_are_waited_for_up_to_the_timeout() -> None:
    with mic_rig(command_timeout=1.0) as rig:
        rig.sim.set_reply_delay(0.3)
        started = time.monotonic()
        assert rig.driver.set_mute(2, True).result(timeout=3) is True
        assert time.monotonic() - started >= 0.3
        rig.sim.set_reply_delay(1.5)
        with pytest.raises(CommandTimeout):
            rig.driver.set_mute(2, False).result(timeout=3)


@pytest.mark.parametrize("line_ending", [b"", b"\r\n", b"\n", b"\r", b"\n\r"])
def test_any_line_ending_from_the_device(line_ending: bytes) -> None:
    def prepare(sim: MicrophoneSimulator) -> None:
        sim.line_ending = line_ending

    with mic_rig(prepare=prepare) as rig:
        assert rig.driver.set_gain_db(4, 3).result(timeout=3) == 3.0
        assert rig.driver.protocol_errors == 0


def test_unopenable_port_fails_with_its_reason_and_commands_fail_at_once() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"socket://127.0.0.1:{port}"
    driver = MicrophoneDriver(MicrophonesConfig(id="mics", port=url, channels={1: "Moderator"}))
    rig = Rig(MicrophoneSimulator({1: "Moderator"}), driver)
    try:
        driver.start()
        failed = rig.wait_status(LinkState.FAILED)
        assert url in failed.reason
        with pytest.raises(DeviceOffline, match="failed"):
            driver.set_mute(1, True).result(timeout=1)
        # The device appears on that port: the driver finds it (backoff is capped at 5 s).
        rig.sim.start_tcp(port=port)
        rig.wait_status(LinkState.OK, timeout=10)
    finally:
        driver.stop()
        rig.sim.stop()


def test_stop_fails_what_is_pending_and_joins() -> None:
    with mic_rig() as rig:
        rig.sim.set_reply_delay(0.5)
        pending = rig.driver.set_mute(1, True)
        rig.driver.stop()
        with pytest.raises(DeviceOffline, match="stopped"):
            pending.result(timeout=1)
        assert not any(t.name == "mics-driver" for t in threading.enumerate())


# --- fuzzing the receive path ------------------------------------------------------------


class RawDevice:
    """A bare pty end the test writes arbitrary bytes into, with a driver reading the other."""

    def __init__(self) -> None:
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        self.master, self.slave = master, slave
        self.path = os.ttyname(slave)

    def write(self, data: bytes) -> None:
        """All of ``data`` into the line (a pty may take a write in parts)."""
        view = memoryview(data)
        while view:
            view = view[os.write(self.master, view) :]

    def wait_for(self, expected: bytes, timeout: float) -> None:
        """Read what the driver sends until ``expected`` shows up (the driver has the port)."""
        seen = b""
        deadline = time.monotonic() + timeout
        while expected not in seen:
            left = deadline - time.monotonic()
            assert left > 0, f"the driver never sent {expected!r}; got {seen!r}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                seen += os.read(self.master, 4096)

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


@pytest.fixture(scope="module")
def raw_driver() -> tuple[RawDevice, MicrophoneDriver, Rig]:
    device = RawDevice()
    driver = MicrophoneDriver(
        MicrophonesConfig(id="mics", port=device.path, channels={1: "Moderator", 2: "Secretary"}),
        poll_interval=60.0,  # the fuzzing writer answers no polls
    )
    rig = Rig(MicrophoneSimulator({}), driver)
    driver.start()
    try:
        # Opening a port flushes its input: write nothing before the driver has it open.
        device.wait_for(b"< GET 0 ALL >", timeout=15)
        yield device, driver, rig  # type: ignore[misc]
    finally:
        driver.stop()
        device.close()


_counter = iter(range(10**9))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    garbage=st.one_of(
        st.binary(max_size=120),
        st.lists(
            st.sampled_from([b"<", b">", b"{", b"}", b" ", b"REP", b"1", b"AUDIO_GAIN",
                             b"CHAN_NAME", b"SAMPLE", b"ERR", b"\xff", b"\r\n", b"999"]),
            max_size=30,
        ).map(b"".join),
    )
)  # fmt: skip
def test_driver_survives_any_bytes(
    raw_driver: tuple[RawDevice, MicrophoneDriver, Rig], garbage: bytes
) -> None:
    device, driver, rig = raw_driver
    # Garbage, then a '>' that closes whatever it left open, then one valid frame.
    units = next(_counter) % 61
    device.write(garbage + b" > ")
    device.write(shure.encode_report(2, "AUDIO_GAIN", f"{units:03d}"))
    # A nonce on channel 1 so that each example waits for its own frame.
    nonce = f"n{next(_counter)}"
    device.write(shure.encode_report(1, "CHAN_NAME", "{" + nonce + "}"))
    state = rig.wait_state(lambda s: s.channels[1].name == nonce, timeout=15)
    assert state.channels[2].gain_db == units - 18
    thread_names = {t.name for t in threading.enumerate()}
    assert "mics-driver" in thread_names


class HeldReplies(MicrophoneSimulator):
    """A receiver whose replies wait, once :meth:`hold` is called, until :meth:`release`."""

    def __init__(self, channels: dict[int, str], **options: Any) -> None:
        super().__init__(channels, **options)
        self.holding = False
        self.held: list[bytes] = []
        self.got_one = threading.Event()

    def hold(self) -> None:
        with self.lock:
            self.holding = True
            self.got_one.clear()

    def release(self) -> None:
        with self.lock:
            self.holding = False
            held, self.held = self.held, []
            for data in held:
                super().send(data)

    def send(self, data: bytes) -> None:
        if self.holding:
            self.held.append(data)
            self.got_one.set()
        else:
            super().send(data)


def test_a_cancelled_command_is_not_sent() -> None:
    with mic_rig(simulator_class=HeldReplies) as rig:
        sim = rig.sim
        assert isinstance(sim, HeldReplies)
        sim.hold()
        first = rig.driver.set_mute(1, True)
        # The first command is on the line and its answer held: the others must queue.
        assert sim.got_one.wait(timeout=10)
        second = rig.driver.set_mute(2, True)
        assert second.cancel()
        third = rig.driver.set_mute(3, True)
        sim.release()
        assert first.result(timeout=10) is True
        assert third.result(timeout=10) is True
        assert b"< SET 2 AUDIO_MUTE ON >" not in rig.sim.received_frames()
        assert rig.sim.snapshot()[2].muted is False


@pytest.mark.parametrize(
    ("model", "port", "channels", "problem"),
    [
        (None, "", {1: "Moderator"}, "port: missing"),
        (None, "/dev/null", {}, "channels: no channels"),
        (None, "/dev/null", {0: "All"}, "channels.0: ULX-D has channels 1..4"),
        (None, "/dev/null", {5: "Fifth"}, "channels.5: ULX-D has channels 1..4"),
        ("SLX-D", "/dev/null", {1: "One", 3: "Three"}, "channels.3: SLX-D has channels 1..2"),
        ("QLX-D", "/dev/null", {2: "Two"}, "channels.2: QLX-D has only channel 1"),
        ("ULX-E", "/dev/null", {1: "One"}, "model: unknown model 'ULX-E'"),
    ],
)
def test_bad_config_is_reported_and_never_connects(
    model: str | None, port: str, channels: dict[int, str], problem: str
) -> None:
    config = MicrophonesConfig(id="bad", port=port, channels=channels)
    driver = MicrophoneDriver(config, model=model)
    driver.start()
    try:
        assert driver.status.state is LinkState.BAD_CONFIG
        assert problem in driver.status.reason
        with pytest.raises(DeviceOffline, match="bad config"):
            driver.set_meter_rate(0).result(timeout=1)
        assert not any(t.name == "bad-driver" for t in threading.enumerate())
    finally:
        driver.stop()


def test_timeouts_follow_the_injected_clock() -> None:
    clock = ManualClock()
    with mic_rig(clock=clock) as rig:
        rig.sim.set_silent(True)
        pending = rig.driver.set_mute(1, True)
        with pytest.raises(TimeoutError):
            pending.result(timeout=0.5)  # real time passes; the driver's clock does not
        clock.advance(3.5)
        with pytest.raises(CommandTimeout, match="within 3 s"):
            pending.result(timeout=2)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_bug_in_the_driver_thread_fails_everything_visibly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with mic_rig() as rig:

        def broken(report: object) -> None:
            raise RuntimeError("bug under test")

        # Injected: no real peer can make the driver's own code raise.
        monkeypatch.setattr(rig.driver, "_on_report", broken)
        pending = rig.driver.set_mute(1, True)
        with pytest.raises(DeviceOffline, match="internal error"):
            pending.result(timeout=3)
        failed = rig.wait_status(LinkState.FAILED)
        assert "bug under test" in failed.reason
        with pytest.raises(DeviceOffline, match="failed"):
            rig.driver.set_mute(2, True).result(timeout=0.1)
