"""SerialTransport and Framer against real peers: loop://, a pseudo-terminal, a TCP socket."""

from __future__ import annotations

import pytest
from peers import Collector, EchoPeer

from devices.base import DeviceOffline
from devices.serial_transport import Framer, SerialTransport


def test_framer_keeps_partial_frames_until_the_terminator_arrives() -> None:
    framer = Framer(b":")
    assert framer.feed(b"PWR=0") == []
    assert framer.pending == b"PWR=0"
    assert framer.feed(b"1\r:LAMP=12\r:ER") == [b"PWR=01\r:", b"LAMP=12\r:"]
    assert framer.feed(b"R\r:") == [b"ERR\r:"]
    assert framer.pending == b""


def test_framer_handles_multi_byte_terminators_split_across_feeds() -> None:
    framer = Framer(b"\r\n")
    assert framer.feed(b"one\r") == []
    assert framer.feed(b"\ntwo\r\n") == [b"one\r\n", b"two\r\n"]


def test_framer_drops_runaway_runs_and_counts_them() -> None:
    framer = Framer(b">", max_length=16)
    assert framer.feed(b"x" * 40) == []
    assert framer.overflows == 1
    assert framer.feed(b"< REP >") == [b"< REP >"]


def test_framer_rejects_an_empty_terminator() -> None:
    with pytest.raises(ValueError):
        Framer(b"")


def test_transport_over_loop_url_reads_back_its_writes() -> None:
    collector = Collector()
    transport = SerialTransport("loop://", collector)
    transport.open()
    try:
        assert collector.made.is_set()
        transport.write(b"PWR?\r")
        assert collector.frames.get(timeout=5) == b"PWR?\r"
    finally:
        transport.close()
    assert collector.lost.get(timeout=5) is None


@pytest.fixture
def echo_pty() -> EchoPeer:
    peer = EchoPeer(name="echo")
    peer.start_pty()
    yield peer
    peer.stop()


def test_transport_round_trip_over_a_real_pty(echo_pty: EchoPeer) -> None:
    assert echo_pty.url is not None and echo_pty.url.startswith("/dev/")
    collector = Collector()
    transport = SerialTransport(echo_pty.url, collector)
    transport.open()
    try:
        for command in (b"PWR?\r", b"LAMP?\r", b"SOURCE 30\r"):
            transport.write(command)
            assert collector.frames.get(timeout=5) == b"OK " + command
        assert echo_pty.received_frames() == [b"PWR?\r", b"LAMP?\r", b"SOURCE 30\r"]
    finally:
        transport.close()
        transport.close()  # twice is harmless
    assert collector.lost.get(timeout=5) is None
    assert collector.lost.empty()
    with pytest.raises(DeviceOffline):
        transport.write(b"PWR?\r")


def test_open_failure_names_the_url() -> None:
    transport = SerialTransport("/dev/does-not-exist-controlroom", Collector())
    with pytest.raises(DeviceOffline, match="does-not-exist-controlroom"):
        transport.open()


def test_tcp_drop_reports_connection_lost_and_refuses_until_restored() -> None:
    peer = EchoPeer(name="echo-tcp")
    url = peer.start_tcp()
    try:
        assert url.startswith("socket://127.0.0.1:")
        collector = Collector()
        transport = SerialTransport(url, collector)
        transport.open()
        transport.write(b"PING\r")
        assert collector.frames.get(timeout=5) == b"OK PING\r"
        peer.drop_link()
        lost = collector.lost.get(timeout=5)
        assert lost is not None  # an error, not a clean close
        assert not transport.is_open
        peer.restore_link()
        again = Collector()
        transport = SerialTransport(url, again)
        transport.open()
        transport.write(b"PING\r")
        assert again.frames.get(timeout=5) == b"OK PING\r"
        transport.close()
    finally:
        peer.stop()


def test_a_port_is_opened_for_one_user_only() -> None:
    """A second opener (another program, a driver left reconnecting to a reused pty) is refused."""
    with EchoPeer() as peer:
        url = peer.start_pty()
        owner = Collector()
        first = SerialTransport(url, owner)
        first.open()
        try:
            with pytest.raises(DeviceOffline, match="lock"):
                SerialTransport(url, Collector()).open()
            first.write(b"PING\r")
            assert owner.frames.get(timeout=5) == b"OK PING\r"
        finally:
            first.close()
        again = SerialTransport(url, Collector())
        again.open()  # the lock went with the first user's close
        again.close()
