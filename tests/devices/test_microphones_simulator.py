"""MicrophoneSimulator as a peer: raw command strings in over a real pty, bytes checked out.

These run the default model, ULX-D (``models.py``); ``test_microphones_families.py``
covers what differs per family.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import serial

from devices.microphones import shure
from devices.microphones.shure import ChannelSample, Report, Sample
from devices.microphones.simulator import MicrophoneSimulator

CHANNELS = {1: "Chair", 2: "Guest", 3: "Модератор"}


class Wire:
    """The driver's end of the line, by hand: write a command, read frames back."""

    def __init__(self, url: str) -> None:
        self.port = serial.serial_for_url(url, baudrate=9600, timeout=3)

    def ask(self, command: bytes, replies: int = 1) -> list[bytes]:
        self.port.write(command)
        return [self.read_frame() for _ in range(replies)]

    def read_frame(self) -> bytes:
        frame = self.port.read_until(b">")
        assert frame.endswith(b">"), f"no frame within the timeout, got {frame!r}"
        return frame

    def close(self) -> None:
        self.port.close()


@pytest.fixture
def sim() -> Iterator[MicrophoneSimulator]:
    simulator = MicrophoneSimulator(CHANNELS)
    yield simulator
    simulator.stop()


@pytest.fixture
def wire(sim: MicrophoneSimulator) -> Iterator[Wire]:
    line = Wire(sim.start_pty())
    yield line
    line.close()


def test_get_answers_rep_byte_for_byte(sim: MicrophoneSimulator, wire: Wire) -> None:
    assert wire.ask(b"< GET 1 AUDIO_MUTE >") == [b"< REP 1 AUDIO_MUTE OFF >"]
    assert wire.ask(b"< GET 2 AUDIO_GAIN >") == [b"< REP 2 AUDIO_GAIN 018 >"]
    assert wire.ask(b"< GET 1 CHAN_NAME >") == [b"< REP 1 CHAN_NAME {Chair} >"]
    # Names the hall gives in Cyrillic are stored as the device would: ASCII, 8 characters.
    assert wire.ask(b"< GET 3 CHAN_NAME >") == [b"< REP 3 CHAN_NAME {Moderato} >"]
    assert wire.ask(b"< GET 3 BATT_BARS >") == [b"< REP 3 BATT_BARS 005 >"]
    assert wire.ask(b"< GET 1 METER_RATE >") == [b"< REP 1 METER_RATE 00000 >"]
    assert sim.received_frames() == [
        b"< GET 1 AUDIO_MUTE >",
        b"< GET 2 AUDIO_GAIN >",
        b"< GET 1 CHAN_NAME >",
        b"< GET 3 CHAN_NAME >",
        b"< GET 3 BATT_BARS >",
        b"< GET 1 METER_RATE >",
    ]


def test_get_0_all_reports_every_value_of_every_channel(wire: Wire) -> None:
    frames = wire.ask(b"< GET 0 ALL >", replies=5 * len(CHANNELS))
    reports = [shure.parse_frame(frame) for frame in frames]
    assert all(isinstance(r, Report) for r in reports)
    seen = {(r.channel, r.parameter) for r in reports if isinstance(r, Report)}
    for channel in CHANNELS:
        for parameter in ("CHAN_NAME", "AUDIO_MUTE", "AUDIO_GAIN", "BATT_BARS", "METER_RATE"):
            assert (channel, parameter) in seen


def test_set_changes_and_reports(sim: MicrophoneSimulator, wire: Wire) -> None:
    assert wire.ask(b"< SET 2 AUDIO_MUTE ON >") == [b"< REP 2 AUDIO_MUTE ON >"]
    assert wire.ask(b"< SET 2 AUDIO_MUTE TOGGLE >") == [b"< REP 2 AUDIO_MUTE OFF >"]
    assert wire.ask(b"< SET 1 AUDIO_GAIN 30 >") == [b"< REP 1 AUDIO_GAIN 030 >"]
    assert wire.ask(b"< SET 1 AUDIO_GAIN INC 5 >") == [b"< REP 1 AUDIO_GAIN 035 >"]
    assert wire.ask(b"< SET 1 AUDIO_GAIN INC 50 >") == [b"< REP 1 AUDIO_GAIN 060 >"]
    assert wire.ask(b"< SET 1 AUDIO_GAIN DEC 70 >") == [b"< REP 1 AUDIO_GAIN 000 >"]
    assert wire.ask(b"< SET 3 CHAN_NAME {Spkr 1} >") == [b"< REP 3 CHAN_NAME {Spkr 1} >"]
    snapshot = sim.snapshot()
    assert (snapshot[2].muted, snapshot[1].gain_units, snapshot[3].name) == (False, 0, "Spkr 1")


def test_set_on_channel_0_reports_each_channel(sim: MicrophoneSimulator, wire: Wire) -> None:
    frames = wire.ask(b"< SET 0 AUDIO_MUTE ON >", replies=len(CHANNELS))
    assert frames == [f"< REP {n} AUDIO_MUTE ON >".encode() for n in CHANNELS]
    assert all(channel.muted for channel in sim.snapshot().values())


@pytest.mark.parametrize(
    "command",
    [
        b"< GET 9 AUDIO_MUTE >",  # no such channel
        b"< GET 1 FROBNICATE >",  # no such parameter
        b"< SET 1 AUDIO_MUTE MAYBE >",
        b"< SET 1 AUDIO_GAIN 61 >",
        b"< SET 1 AUDIO_GAIN UP 1 >",
        b"< SET 1 CHAN_NAME Moderator >",  # braces required
        b"< SET 1 CHAN_NAME {" + b"x" * 40 + b"} >",  # too long
        b"< SET 1 CHAN_NAME {Speaker 1} >",  # 9 characters: a ULX-D stores 8
        b"< GET 1 TX_BATT_BARS >",  # ULX-D says BATT_BARS
        b"< SET 1 METER_RATE 100 >",  # metering is device-wide: channel 0
        b"< SET 0 METER_RATE 50 >",  # faster than a receiver meters
        b"< REP 1 AUDIO_MUTE ON >",  # a receiver takes no REP
        b"< HELLO >",
    ],
)
def test_refusals_answer_rep_err(sim: MicrophoneSimulator, wire: Wire, command: bytes) -> None:
    before = sim.snapshot()
    assert wire.ask(command) == [b"< REP ERR >"]
    assert sim.snapshot() == before


def test_refused_set_on_channel_0_changes_nothing(sim: MicrophoneSimulator, wire: Wire) -> None:
    assert wire.ask(b"< SET 0 AUDIO_GAIN 99 >") == [b"< REP ERR >"]
    assert all(c.gain_units == 18 for c in sim.snapshot().values())


def test_metering_sends_samples_at_the_rate(wire: Wire) -> None:
    assert wire.ask(b"< SET 0 METER_RATE 00100 >", replies=len(CHANNELS)) == [
        f"< REP {n} METER_RATE 00100 >".encode() for n in CHANNELS
    ]
    started = time.monotonic()
    samples = [shure.parse_frame(wire.read_frame()) for _ in range(5 * len(CHANNELS))]
    elapsed = time.monotonic() - started
    # One < SAMPLE n ALL antenna rf audio > per channel per interval, channels in order.
    assert all(isinstance(s, ChannelSample) and len(s.fields) == 3 for s in samples)
    assert [s.channel for s in samples if isinstance(s, ChannelSample)] == list(CHANNELS) * 5
    assert elapsed >= 0.3  # five rounds 100 ms apart, the first within one interval
    levels = {s.fields for s in samples if isinstance(s, ChannelSample) and s.channel == 1}
    assert len(levels) > 1  # levels move


def test_mixer_meters_all_channels_in_one_frame() -> None:
    simulator = MicrophoneSimulator(CHANNELS, model="SCM820")
    wire = Wire(simulator.start_pty())
    try:
        assert wire.ask(b"< SET 0 METER_RATE 00100 >") == [b"< REP 0 METER_RATE 00100 >"]
        samples = [shure.parse_frame(wire.read_frame()) for _ in range(5)]
        assert all(isinstance(s, Sample) and len(s.values) == len(CHANNELS) for s in samples)
        assert len({s.values for s in samples if isinstance(s, Sample)}) > 1
    finally:
        wire.close()
        simulator.stop()


def test_metering_stops(wire: Wire) -> None:
    wire.ask(b"< SET 0 METER_RATE 00100 >")
    wire.port.write(b"< SET 0 METER_RATE 0 >")
    while wire.read_frame() != b"< REP 3 METER_RATE 00000 >":
        pass
    wire.port.timeout = 0.4
    assert wire.port.read_until(b">") == b""


def test_lectern_mute_and_dead_battery_report_unsolicited(
    sim: MicrophoneSimulator, wire: Wire
) -> None:
    sim.press_mute(2)
    assert wire.read_frame() == b"< REP 2 AUDIO_MUTE ON >"
    sim.battery_dead(1)
    assert wire.read_frame() == b"< REP 1 BATT_BARS 000 >"
    sim.set_battery(3, None)
    assert wire.read_frame() == b"< REP 3 BATT_BARS 255 >"


def test_batteries_drain_by_themselves() -> None:
    simulator = MicrophoneSimulator({1: "Moderator"}, battery_drain_s=0.05)
    wire = Wire(simulator.start_pty())
    try:
        frames = [wire.read_frame() for _ in range(5)]
        assert frames == [f"< REP 1 BATT_BARS {bars:03d} >".encode() for bars in (4, 3, 2, 1, 0)]
    finally:
        wire.close()
        simulator.stop()


def test_line_ending_follows_each_frame() -> None:
    simulator = MicrophoneSimulator(CHANNELS, line_ending=b"\r\n")
    wire = Wire(simulator.start_pty())
    try:
        wire.port.write(b"< GET 1 AUDIO_MUTE >\r\n< GET 2 AUDIO_MUTE >")
        assert wire.port.read_until(b"\n") == b"< REP 1 AUDIO_MUTE OFF >\r\n"
        assert wire.port.read_until(b"\n") == b"< REP 2 AUDIO_MUTE OFF >\r\n"
        assert simulator.received_frames()[1] == b"\r\n< GET 2 AUDIO_MUTE >"
    finally:
        wire.close()
        simulator.stop()


def test_paced_replies_take_their_wire_time() -> None:
    simulator = MicrophoneSimulator(CHANNELS, baudrate=9600)
    wire = Wire(simulator.start_pty())
    try:
        command = b"< GET 1 AUDIO_GAIN >"
        started = time.monotonic()
        reply = wire.ask(command)[0]
        elapsed = time.monotonic() - started
        wire_time = (len(command) + len(reply)) * 10 / 9600
        assert elapsed >= wire_time * 0.9
    finally:
        wire.close()
        simulator.stop()


def test_tcp_serves_the_same_bytes() -> None:
    simulator = MicrophoneSimulator(CHANNELS)
    url = simulator.start_tcp()
    assert url.startswith("socket://127.0.0.1:")
    wire = Wire(url)
    try:
        assert wire.ask(b"< SET 1 AUDIO_MUTE ON >") == [b"< REP 1 AUDIO_MUTE ON >"]
    finally:
        wire.close()
        simulator.stop()
