"""Each Shure family end to end: its simulator profile and the driver, over a real pty or TCP.

Per family (``devices/microphones/models.py``): SAMPLE frames reach the meters with no
protocol error counted, mute works or is refused at once, the battery parameter is the
family's, channel limits hold, resync completes, and METER_RATE is taken in every
form a device may answer it.
"""

from __future__ import annotations

import os
import select
import time
import tty
from collections.abc import Iterator

import pytest
import serial
from conftest_microphones import mic_rig
from recorder import Recorder

from devices.base import DeviceError, LinkState
from devices.microphones import models, shure
from devices.microphones.driver import MicrophoneDriver, MicrophonesState
from devices.microphones.kind import MicrophonesConfig
from devices.microphones.simulator import MicrophoneSimulator

#: Channels to run each family with: as many as the largest unit has, names of 8 characters.
FAMILY_CHANNELS = {
    "ULX-D": {1: "Chair", 2: "Secretar", 3: "Spkr 1", 4: "Spkr 2"},
    "QLX-D": {1: "Lectern"},
    "SLX-D": {1: "Aud A", 2: "Aud B"},
    "AD": {1: "Chair", 2: "Guest", 3: "Spkr 1", 4: "Spkr 2"},
    "SCM820": {1: "Chair", 2: "Guest", 3: "Spkr 1", 4: "Spkr 2", 5: "Aud A", 6: "Aud B"},
}
FAMILIES = list(FAMILY_CHANNELS)
RECEIVERS = [m for m in FAMILIES if models.MODELS[m].battery_parameter is not None]


def test_every_model_has_a_family_test() -> None:
    assert set(FAMILIES) == set(models.MODELS)


# --- driver and simulator together -------------------------------------------------------


@pytest.mark.parametrize("model", FAMILIES)
def test_resync_completes_and_reads_what_the_model_has(model: str) -> None:
    profile = models.MODELS[model]
    with mic_rig(channels=FAMILY_CHANNELS[model], model=model) as rig:
        with rig.sim.lock:
            rig.sim.channels[1].gain_units = 40
            rig.sim.channels[1].battery_bars = 3
        rig.driver.refresh().result(timeout=3)  # completes: every value the model has came back
        channel = rig.driver.state.channels[1]
        assert channel.gain_db == 22.0
        assert channel.name == FAMILY_CHANNELS[model][1]
        assert (channel.muted is not None) is profile.has_mute
        if profile.battery_parameter is None:
            assert channel.battery_bars is None
        else:
            assert channel.battery_bars == 3
        assert rig.sim.received_frames()[0] == b"< GET 0 ALL >"


@pytest.mark.parametrize("model", FAMILIES)
def test_samples_reach_the_meters_without_protocol_errors(model: str) -> None:
    profile = models.MODELS[model]
    with mic_rig("tcp", channels=FAMILY_CHANNELS[model], model=model) as rig:
        assert rig.driver.set_meter_rate(100).result(timeout=3) == 100
        first = rig.wait_state(lambda s: all(c.level_db is not None for c in s.channels.values()))
        levels = {c.number: c.level_db for c in first.channels.values()}
        rig.wait_state(lambda s: any(c.level_db != levels[c.number] for c in s.channels.values()))
        for channel in rig.driver.state.channels.values():
            assert channel.level_db is not None
            assert profile.level_db(0) <= channel.level_db <= 0.0
        assert rig.driver.protocol_errors == 0
        assert rig.driver.status.state is LinkState.OK


@pytest.mark.parametrize("model", FAMILIES)
def test_mute_works_or_is_refused_at_once(model: str) -> None:
    profile = models.MODELS[model]
    with mic_rig(channels=FAMILY_CHANNELS[model], model=model) as rig:
        mark = len(rig.sim.received_frames())
        if profile.has_mute:
            assert rig.driver.set_mute(1, True).result(timeout=3) is True
            assert rig.sim.snapshot()[1].muted is True
            assert rig.driver.mute_all().result(timeout=3) is True
            assert all(c.muted for c in rig.sim.snapshot().values())
            return
        started = time.monotonic()
        with pytest.raises(DeviceError, match=f"model {model} has no mute: use the mixer"):
            rig.driver.set_mute(1, True).result(timeout=0.5)
        with pytest.raises(DeviceError, match="has no mute"):
            rig.driver.mute_all().result(timeout=0.5)
        assert time.monotonic() - started < 0.5  # at once, not after the 3 s command timeout
        assert rig.driver.set_gain_db(1, 3).result(timeout=3) == 3.0  # a barrier
        assert rig.sent_after(mark) == [b"< SET 1 AUDIO_GAIN 21 >"]


@pytest.mark.parametrize("model", RECEIVERS)
def test_battery_comes_from_the_models_parameter(model: str) -> None:
    with mic_rig(channels=FAMILY_CHANNELS[model], model=model) as rig:
        rig.sim.set_battery(1, 2)
        rig.wait_state(lambda s: s.channels[1].battery_bars == 2)
        rig.sim.set_battery(1, None)  # 255: no transmitter
        rig.wait_state(lambda s: s.channels[1].battery_bars is None)
        rig.sim.battery_dead(1)
        rig.wait_state(lambda s: s.channels[1].battery_bars == 0)
        assert rig.driver.protocol_errors == 0


@pytest.mark.parametrize("form", ["channel", "zero", "device"])
def test_meter_rate_is_taken_in_every_form(form: str) -> None:
    with mic_rig(meter_rate_report=form) as rig:
        assert rig.driver.set_meter_rate(200).result(timeout=3) == 200
        assert rig.driver.state.meter_rate_ms == 200
        rig.wait_state(lambda s: all(c.level_db is not None for c in s.channels.values()))
        rig.driver.refresh().result(timeout=3)
        assert rig.driver.set_meter_rate(0).result(timeout=3) == 0
        assert all(c.level_db is None for c in rig.driver.state.channels.values())
        assert rig.driver.protocol_errors == 0


def test_a_hall_using_two_channels_of_a_quad_ignores_the_others() -> None:
    sim_channels = FAMILY_CHANNELS["AD"]
    with mic_rig(
        channels=sim_channels, driver_channels={1: "Chair", 2: "Guest"}, model="AD"
    ) as rig:
        rig.driver.set_meter_rate(100).result(timeout=3)
        rig.wait_state(lambda s: all(c.level_db is not None for c in s.channels.values()))
        assert set(rig.driver.state.channels) == {1, 2}
        assert rig.driver.protocol_errors == 0


# --- the driver against raw bytes: frames no simulator profile sends ---------------------


class RawLine:
    """A pty the test writes device bytes into; the driver reads the other end."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.master)
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.master, view) :]

    def wait_for(self, expected: bytes, timeout: float = 5.0) -> None:
        """Read what the driver sends until ``expected`` shows up (it has the port open)."""
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


def test_device_wide_meter_rate_and_captured_ulxd_frames() -> None:
    line = RawLine()
    config = MicrophonesConfig(id="mics", port=line.path, channels={1: "Chair", 2: "Guest"})
    driver = MicrophoneDriver(config, model="ULX-D", poll_interval=30.0)
    states: Recorder[MicrophonesState] = Recorder()
    driver.add_state_listener(states)
    driver.start()
    try:
        line.wait_for(b"< GET 0 ALL >")
        line.write(b"< REP METER_RATE 01000 >\r\n")  # device-wide, no channel
        states.wait_for(lambda s: s.meter_rate_ms == 1000)
        assert driver.status.state is LinkState.OK
        line.write(b"< SAMPLE 1 ALL AX 098 035 >\r\n< SAMPLE 2 ALL XB 070 050 >\r\n")
        state = states.wait_for(lambda s: s.channels[2].level_db is not None)
        assert state.channels[1].level_db == -15.0  # 035 - 50
        assert state.channels[2].level_db == 0.0  # 050 - 50: full scale
        assert driver.protocol_errors == 0
        # The mixer form, or another family's fields, is not what a ULX-D sends: counted.
        line.write(b"< SAMPLE 087 120 >< SAMPLE 1 ALL 102 100 090 >")
        line.write(b"< REP 1 AUDIO_GAIN 030 >")  # frames are read in order: a barrier
        states.wait_for(lambda s: s.channels[1].gain_db == 12.0)
        assert driver.protocol_errors == 2
        assert driver.status.state is LinkState.OK
    finally:
        driver.stop()
        line.close()


# --- the simulator's limits, byte for byte -----------------------------------------------


class Wire:
    def __init__(self, url: str) -> None:
        self.port = serial.serial_for_url(url, baudrate=9600, timeout=3)

    def ask(self, command: bytes) -> bytes:
        self.port.write(command)
        frame: bytes = self.port.read_until(b">")
        assert frame.endswith(b">"), f"no answer to {command!r}"
        return frame

    def close(self) -> None:
        self.port.close()


@pytest.fixture(params=FAMILIES)
def family(request: pytest.FixtureRequest) -> Iterator[tuple[models.ModelProfile, Wire]]:
    model: str = request.param
    simulator = MicrophoneSimulator(FAMILY_CHANNELS[model], model=model)
    wire = Wire(simulator.start_pty())
    try:
        yield models.MODELS[model], wire
    finally:
        wire.close()
        simulator.stop()


def test_simulator_speaks_each_models_parameters(family: tuple[models.ModelProfile, Wire]) -> None:
    profile, wire = family
    error = b"< REP ERR >"
    if profile.has_mute:
        assert wire.ask(b"< SET 1 AUDIO_MUTE ON >") == b"< REP 1 AUDIO_MUTE ON >"
    else:
        assert wire.ask(b"< SET 1 AUDIO_MUTE ON >") == error
        assert wire.ask(b"< GET 1 AUDIO_MUTE >") == error
    for battery in shure.BATTERY_PARAMETERS:
        answer = wire.ask(f"< GET 1 {battery} >".encode())
        expected = f"< REP 1 {battery} 005 >".encode()
        assert answer == (expected if battery == profile.battery_parameter else error)
    beyond = profile.channels + 1
    assert wire.ask(f"< GET {beyond} AUDIO_GAIN >".encode()) == error
    longest = "N" * profile.name_length
    reply = wire.ask(f"< SET 1 CHAN_NAME {{{longest}}} >".encode())
    assert reply == f"< REP 1 CHAN_NAME {{{longest}}} >".encode()
    assert wire.ask(f"< SET 1 CHAN_NAME {{{longest}X}} >".encode()) == error


@pytest.mark.parametrize("model", FAMILIES)
def test_simulator_refuses_channels_its_model_lacks(model: str) -> None:
    profile = models.MODELS[model]
    with pytest.raises(ValueError, match=f"{model} has"):
        MicrophoneSimulator({profile.channels + 1: "Extra"}, model=model)
    with pytest.raises(ValueError, match="unknown microphone model"):
        MicrophoneSimulator({1: "One"}, model="ULXD")
