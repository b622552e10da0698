"""SerialPeer faults and pacing, observed from a real SerialTransport on a pseudo-terminal."""

from __future__ import annotations

import queue
import time

import pytest
from peers import Collector, EchoPeer

from devices.serial_peer import BITS_PER_BYTE
from devices.serial_transport import SerialTransport


@pytest.fixture
def link() -> tuple[EchoPeer, SerialTransport, Collector]:
    peer = EchoPeer(name="echo")
    url = peer.start_pty()
    recorder = Collector()
    transport = SerialTransport(url, recorder)
    transport.open()
    yield peer, transport, recorder
    transport.close()
    peer.stop()


def _next_frame(recorder: Collector, timeout: float = 5.0) -> bytes:
    return recorder.timed_frames.get(timeout=timeout)[1]


def test_silent_peer_still_receives_but_never_answers(link) -> None:
    peer, transport, recorder = link
    peer.set_silent(True)
    transport.write(b"A\r")
    with pytest.raises(queue.Empty):
        recorder.timed_frames.get(timeout=0.3)
    assert peer.received_frames() == [b"A\r"]
    peer.set_silent(False)
    transport.write(b"B\r")
    assert _next_frame(recorder) == b"OK B\r"


def test_dropped_pty_is_deaf_and_mute_until_restored(link) -> None:
    peer, transport, recorder = link
    peer.drop_link()
    assert not peer.link_up
    transport.write(b"LOST\r")
    with pytest.raises(queue.Empty):
        recorder.timed_frames.get(timeout=0.3)
    peer.restore_link()
    transport.write(b"BACK\r")
    assert _next_frame(recorder) == b"OK BACK\r"
    assert peer.received_frames() == [b"BACK\r"]


def test_garbage_keeps_the_length_and_last_byte_but_is_not_the_reply(link) -> None:
    peer, transport, recorder = link
    peer.set_garbage(True)
    transport.write(b"PWR?\r")
    deadline = time.monotonic() + 5
    raw = b""
    while time.monotonic() < deadline and len(raw) < len(b"OK PWR?\r"):
        try:
            raw += _next_frame(recorder, timeout=0.5)
        except queue.Empty:
            break
    assert raw.startswith(b"\xff")
    assert raw.endswith(b"\r")
    assert raw != b"OK PWR?\r"


def test_reply_delay_holds_each_reply_back(link) -> None:
    peer, transport, recorder = link
    peer.set_reply_delay(0.2)
    sent = time.monotonic()
    transport.write(b"SLOW\r")
    arrived, frame = recorder.timed_frames.get(timeout=5)
    assert frame == b"OK SLOW\r"
    assert arrived - sent >= 0.2


def test_partial_frames_arrive_in_pieces_and_still_frame(link) -> None:
    peer, transport, recorder = link
    peer.set_partial_frames(True, gap_s=0.01)
    transport.write(b"SOURCE?\r")
    assert _next_frame(recorder) == b"OK SOURCE?\r"
    assert len(recorder.chunk_times) >= 3


def test_pacing_takes_at_least_the_wire_time_both_ways() -> None:
    baud = 9600
    peer = EchoPeer(baudrate=baud, name="paced")
    url = peer.start_pty()
    recorder = Collector()
    transport = SerialTransport(url, recorder)
    transport.open()
    try:
        command = b"PWR?\r"
        sent = time.monotonic()
        transport.write(command)
        arrived, frame = recorder.timed_frames.get(timeout=5)
        wire = (len(command) + len(frame)) * BITS_PER_BYTE / baud
        assert frame == b"OK " + command
        assert arrived - sent >= wire * 0.95
    finally:
        transport.close()
        peer.stop()


def test_stop_is_idempotent_and_a_peer_serves_only_once() -> None:
    peer = EchoPeer()
    peer.start_pty()
    with pytest.raises(RuntimeError):
        peer.start_tcp()
    peer.stop()
    peer.stop()
