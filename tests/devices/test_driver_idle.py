"""Drivers that cannot reach their device stay idle: backoff between attempts, no spinning.

Regression for a LIVE-mode bug: with the projector's port absent, the projector
driver's I/O thread looped without waiting (100% CPU, the GUI starved of the GIL).
Each case runs a driver for a few seconds against a missing or failing peer and
checks two things that a spin cannot hide: the number of connection attempts
follows the backoff (a handful, not thousands), and the driver thread's own CPU
time (read from the kernel per thread) is a small fraction of the wall time.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psutil
import pytest
from conftest_switcher import INPUT_NAMES

import devices.serial_transport
import devices.switcher.driver
from devices.base import DeviceOffline, DeviceStatus, LinkState
from devices.microphones.driver import MicrophoneDriver
from devices.microphones.kind import MicrophonesConfig
from devices.projector.driver import ProjectorDriver
from devices.projector.kind import ProjectorConfig
from devices.switcher.kind import SwitcherConfig

#: How long each driver runs unattended.
RUN_S = 2.5
#: Opens the default backoff (0.25 s doubling, cap 5 s) allows in RUN_S: 4, and some slack.
MAX_ATTEMPTS = 10
#: A spinning thread burns about as much CPU as wall time; an idle one, milliseconds.
MAX_CPU_SHARE = 0.15
ABSENT_PORT = "/dev/ttyUSB-controlroom-absent"


def thread_cpu_s(thread: threading.Thread) -> float:
    """User + system CPU seconds of one thread of this process, from the kernel."""
    for entry in psutil.Process().threads():
        if entry.id == thread.native_id:
            return float(entry.user_time + entry.system_time)
    raise AssertionError(f"thread {thread.name} is not running")


def driver_thread(driver: Any) -> threading.Thread:
    thread = driver._thread
    assert isinstance(thread, threading.Thread) and thread.is_alive(), "driver thread not running"
    return thread


def measure_idle(driver: Any) -> float:
    """Run the started driver for RUN_S; the share of one core its thread used."""
    thread = driver_thread(driver)
    cpu_before = thread_cpu_s(thread)
    wall_before = time.monotonic()
    time.sleep(RUN_S)  # the point is to leave the driver alone for a while
    cpu = thread_cpu_s(thread) - cpu_before
    return cpu / (time.monotonic() - wall_before)


@pytest.fixture
def serial_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every SerialTransport.open attempt's URL (the real open still runs)."""
    attempts: list[str] = []
    real_open = devices.serial_transport.SerialTransport.open

    def counting_open(self: devices.serial_transport.SerialTransport) -> None:
        attempts.append(self.url)
        real_open(self)

    monkeypatch.setattr(devices.serial_transport.SerialTransport, "open", counting_open)
    return attempts


@contextmanager
def closing_tcp_peer() -> Iterator[tuple[str, list[float]]]:
    """A TCP port accepting every connection and closing it at once (opens, then fails)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.1)
    accepted: list[float] = []
    stopping = threading.Event()

    def serve() -> None:
        while not stopping.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted.append(time.monotonic())
            connection.close()

    thread = threading.Thread(target=serve, name="closing-peer", daemon=True)
    thread.start()
    try:
        yield f"socket://127.0.0.1:{server.getsockname()[1]}", accepted
    finally:
        stopping.set()
        thread.join(timeout=5.0)
        server.close()


def projector(url: str) -> ProjectorDriver:
    config = ProjectorConfig(id="projector", port=url, model="EB-L1500U", sources={"HDMI1": "30"})
    return ProjectorDriver(config)


def microphones(url: str) -> MicrophoneDriver:
    return MicrophoneDriver(MicrophonesConfig(id="mics", port=url, channels={1: "Moderator"}))


SERIAL_DRIVERS: dict[str, Callable[[str], Any]] = {
    "projector": projector,
    "microphones": microphones,
}


@pytest.mark.parametrize("make", SERIAL_DRIVERS.values(), ids=SERIAL_DRIVERS.keys())
def test_absent_serial_port_is_retried_with_backoff_without_spinning(
    make: Callable[[str], Any], serial_opens: list[str]
) -> None:
    driver = make(ABSENT_PORT)
    driver.start()
    try:
        cpu_share = measure_idle(driver)
        status = driver.status
        attempts = len(serial_opens)
    finally:
        driver.stop()
    assert status.state in (LinkState.FAILED, LinkState.OFFLINE)
    assert ABSENT_PORT in status.reason
    assert 2 <= attempts <= MAX_ATTEMPTS, f"{attempts} open attempts in {RUN_S} s"
    assert cpu_share < MAX_CPU_SHARE, f"driver thread used {cpu_share:.0%} of a core while idle"


@pytest.mark.parametrize("make", SERIAL_DRIVERS.values(), ids=SERIAL_DRIVERS.keys())
def test_a_port_that_opens_then_fails_is_retried_with_backoff(
    make: Callable[[str], Any],
) -> None:
    with closing_tcp_peer() as (url, accepted):
        driver = make(url)
        driver.start()
        try:
            cpu_share = measure_idle(driver)
            status = driver.status
            connections = len(accepted)
        finally:
            driver.stop()
    assert status.state is not LinkState.OK
    assert 2 <= connections <= MAX_ATTEMPTS, f"{connections} connections in {RUN_S} s"
    assert cpu_share < MAX_CPU_SHARE, f"driver thread used {cpu_share:.0%} of a core while idle"


def switcher_config(host: str, port: int, feedback_port: int = 0) -> SwitcherConfig:
    return SwitcherConfig(
        id="switcher",
        host=host,
        port=port,
        feedback_port=feedback_port,
        prefix="/atem",
        input_count=6,
        inputs=dict(INPUT_NAMES),
    )


def test_switcher_with_an_unknown_host_retries_the_lookup_with_backoff(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lookups: list[str] = []

    def failing_lookup(host: str, port: int) -> tuple[str, int]:
        lookups.append(host)  # a DNS failure on demand, without waiting on a real resolver
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(devices.switcher.driver, "resolve_udp", failing_lookup)
    driver = devices.switcher.driver.SwitcherDriver(switcher_config("atem.hall.invalid", 3333))
    driver.start()
    try:
        cpu_share = measure_idle(driver)
        status = driver.status
        refused = driver.program(1)
    finally:
        driver.stop()
    assert status.state is LinkState.OFFLINE
    assert "atem.hall.invalid" in status.reason
    assert isinstance(refused.exception(timeout=0), DeviceOffline)
    assert 2 <= len(lookups) <= MAX_ATTEMPTS, f"{len(lookups)} lookups in {RUN_S} s"
    assert cpu_share < MAX_CPU_SHARE, f"driver thread used {cpu_share:.0%} of a core while idle"


def test_switcher_polls_a_silent_host_with_backoff_without_spinning() -> None:
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # takes datagrams, never answers
    silent.bind(("127.0.0.1", 0))
    silent.setblocking(False)
    driver = devices.switcher.driver.SwitcherDriver(
        switcher_config("127.0.0.1", silent.getsockname()[1]), poll_interval=0.2
    )
    driver.start()
    try:
        cpu_share = measure_idle(driver)
        status = driver.status
    finally:
        driver.stop()
    polls = 0
    try:
        while silent.recv(65535):
            polls += 1
    except BlockingIOError:
        pass
    finally:
        silent.close()
    assert status.state is LinkState.OFFLINE
    # 3 polls 0.2 s apart before offline, then backoff from 0.25 s: about 7 in RUN_S
    assert 3 <= polls <= 2 * MAX_ATTEMPTS, f"{polls} polls in {RUN_S} s"
    assert cpu_share < MAX_CPU_SHARE, f"driver thread used {cpu_share:.0%} of a core while idle"


def test_switcher_polling_a_closed_port_stays_idle() -> None:
    """Nothing listens: every poll comes back as an ICMP error on our socket."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    closed_port = probe.getsockname()[1]
    probe.close()
    driver = devices.switcher.driver.SwitcherDriver(
        switcher_config("127.0.0.1", closed_port), poll_interval=0.2
    )
    driver.start()
    try:
        cpu_share = measure_idle(driver)
        status = driver.status
    finally:
        driver.stop()
    assert status.state is LinkState.OFFLINE
    assert cpu_share < MAX_CPU_SHARE, f"driver thread used {cpu_share:.0%} of a core while idle"


def test_switcher_with_a_busy_feedback_port_fails_clearly_then_takes_the_port_when_free() -> None:
    occupant = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    occupant.bind(("0.0.0.0", 0))
    busy_port = occupant.getsockname()[1]
    listening = threading.Event()

    def on_status(status: DeviceStatus) -> None:
        if status.state is LinkState.CONNECTING:
            listening.set()

    driver = devices.switcher.driver.SwitcherDriver(
        switcher_config("127.0.0.1", 3333, feedback_port=busy_port)
    )
    driver.add_status_listener(on_status)
    driver.start()
    try:
        status = driver.status
        refused = driver.cut()
        cpu_share = measure_idle(driver)  # retrying the port meanwhile
        occupant.close()
        took_it = listening.wait(timeout=15.0)
        port = driver.feedback_port
    finally:
        driver.stop()
        occupant.close()
    assert status.state is LinkState.FAILED
    assert str(busy_port) in status.reason
    assert isinstance(refused.exception(timeout=0), DeviceOffline)
    assert cpu_share < MAX_CPU_SHARE, f"driver thread used {cpu_share:.0%} of a core while idle"
    assert took_it and port == busy_port
