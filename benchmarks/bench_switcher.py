"""Switcher command latency: driver call -> datagram received by the simulator, over loopback.

Beside it, in the same run, a bare python-osc ``SimpleUDPClient.send_message`` to a
bare UDP socket read by a blocking ``recvfrom`` thread: the floor for an OSC send
from Python on this machine. Target: driver p99 <= 1 ms and within 2x of the bare
p99. Also the full confirmation round trip of ``program(n)`` (command out, the
simulator's feedback back in, the future resolved).

And the traffic the driver causes in an idle hall: datagrams per second both ways
(the driver's status requests out, the switcher's answers in) with the default
liveness (``/atem/send-status`` only after 2.5 s of quiet; the simulator answers it
like atemOSC, with its whole state: input names, tallies, 100 macros x 3), beside
the old policy of asking after every second of quiet.

Run alone: ``.venv/bin/python -m benchmarks.bench_switcher [--quick]``.
"""

from __future__ import annotations

import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from pythonosc.udp_client import SimpleUDPClient

from devices.base import LinkState
from devices.switcher.driver import SwitcherDriver
from devices.switcher.kind import SwitcherConfig
from devices.switcher.simulator import SwitcherSimulator
from devices.udp_transport import free_udp_port

COMMANDS = 10_000
WARMUP = 100


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class ArrivalClock:
    """Timestamps arrivals (perf_counter) and lets the sender wait for each one."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.at = 0.0

    def __call__(self, _datagram: bytes) -> None:
        self.at = time.perf_counter()
        self.arrived.set()


def time_sends(
    send: Callable[[int], object],
    arrivals: ArrivalClock,
    count: int,
    settle: Callable[[], object] = lambda: None,
) -> list[float]:
    """Milliseconds from each ``send(i)`` call to its datagram's arrival, one at a time.

    ``settle()`` runs untimed before each send (to let the previous answer land).
    """
    samples: list[float] = []
    for i in range(count + WARMUP):
        settle()
        arrivals.arrived.clear()
        started = time.perf_counter()
        send(i)
        if not arrivals.arrived.wait(2.0):
            raise RuntimeError(f"datagram {i} never arrived")
        if i >= WARMUP:
            samples.append((arrivals.at - started) * 1000.0)
    return samples


class BareRig:
    """python-osc's SimpleUDPClient sending to a bare socket read by a blocking thread."""

    def __init__(self) -> None:
        self.receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.receiver.bind(("127.0.0.1", 0))
        self.receiver.settimeout(0.2)
        self.arrivals = ArrivalClock()
        self.running = True
        self.thread = threading.Thread(target=self._receive, daemon=True)
        self.thread.start()
        self.client = SimpleUDPClient("127.0.0.1", self.receiver.getsockname()[1])

    def _receive(self) -> None:
        while self.running:
            try:
                datagram = self.receiver.recv(65535)
            except TimeoutError:
                continue
            self.arrivals(datagram)

    def measure(self, count: int) -> list[float]:
        return time_sends(
            lambda i: self.client.send_message("/atem/program", 1 + i % 6), self.arrivals, count
        )

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.receiver.close()


class DriverRig:
    """SwitcherDriver sending to SwitcherSimulator; arrival timed on the simulator's thread."""

    def __init__(self) -> None:
        feedback_port = free_udp_port()
        self.sim = SwitcherSimulator(feedback_port=feedback_port)
        self.sim.start()
        config = SwitcherConfig(
            "switcher", "127.0.0.1", self.sim.port, feedback_port, "/atem", 6, {}
        )
        self.driver = SwitcherDriver(config, listen_host="127.0.0.1")
        ok = threading.Event()
        self.driver.add_status_listener(lambda s: ok.set() if s.state is LinkState.OK else None)
        self.driver.start()
        if not ok.wait(5):
            self.close()
            raise RuntimeError(f"driver never connected: {self.driver.status}")
        self.arrivals = ArrivalClock()
        self.pending: list[Future] = []

    def settle(self) -> None:
        # the previous change is confirmed first, so its feedback is not in flight
        while self.pending:
            self.pending.pop().result(timeout=2)

    def measure(self, count: int) -> list[float]:
        self.sim.on_datagram_received = self.arrivals
        try:
            return time_sends(
                lambda i: self.pending.append(self.driver.program(1 + i % 6)),
                self.arrivals,
                count,
                self.settle,
            )
        finally:
            self.settle()
            self.sim.on_datagram_received = None

    def confirm_round_trips(self, count: int) -> list[float]:
        samples: list[float] = []
        for i in range(count):
            started = time.perf_counter()
            self.driver.program(1 + i % 6).result(timeout=2)
            samples.append((time.perf_counter() - started) * 1000.0)
        return samples

    def close(self) -> None:
        self.driver.stop()
        self.sim.stop()


BLOCK = 1_000


def idle_datagrams(seconds: float, **liveness: float) -> tuple[float, float, int]:
    """(requests/s out, datagrams/s back, dump size) for an idle driver over ``seconds``."""
    feedback_port = free_udp_port()
    sim = SwitcherSimulator(feedback_port=feedback_port)
    sim.start()
    config = SwitcherConfig("switcher", "127.0.0.1", sim.port, feedback_port, "/atem", 6, {})
    driver = SwitcherDriver(config, feedback_from_port=sim.port, **liveness)  # type: ignore[arg-type]
    try:
        driver.start()
        sim.wait_received("/atem/send-status", timeout=5)
        time.sleep(1.0)  # the connect-time dump is over
        asked, sent = len(sim.received_messages()), sim.datagrams_sent
        time.sleep(seconds)  # idle: nothing but liveness
        out = (len(sim.received_messages()) - asked) / seconds
        back = (sim.datagrams_sent - sent) / seconds
        dump = round(back / out) if out else 0
        if driver.status.state is not LinkState.OK:
            raise RuntimeError(f"driver not OK while idle: {driver.status}")
        return out, back, dump
    finally:
        driver.stop()
        sim.stop()


def main(argv: list[str] | None = None) -> int:
    count = 2_000 if argv and "--quick" in argv else COMMANDS
    idle_s = 8.0 if argv and "--quick" in argv else 30.0
    for label, liveness in (
        ("default", {}),
        ("every_1s_of_quiet", {"poll_interval": 1.0, "missed_polls": 3}),
    ):
        out, back, dump = idle_datagrams(idle_s, **liveness)
        print(
            f"switcher.idle_datagrams liveness={label} seconds={idle_s:g} "
            f"requests_per_s={out:.2f} feedback_per_s={back:.1f} total_per_s={out + back:.1f} "
            f"datagrams_per_status_dump={dump}"
        )
    bare_rig, driver_rig = BareRig(), DriverRig()
    bare: list[float] = []
    sends: list[float] = []
    try:
        # interleaved blocks, so both face the same load from the rest of the machine
        for _block in range(count // BLOCK):
            bare += bare_rig.measure(BLOCK)
            sends += driver_rig.measure(BLOCK)
        confirms = driver_rig.confirm_round_trips(min(count, 2_000))
    finally:
        bare_rig.close()
        driver_rig.close()
    bare_p99 = percentile(bare, 0.99)
    print(
        f"switcher.osc_send n={len(sends)} p50_ms={statistics.median(sends):.3f} "
        f"p99_ms={percentile(sends, 0.99):.3f} max_ms={max(sends):.3f} "
        f"bare_p50_ms={statistics.median(bare):.3f} bare_p99_ms={bare_p99:.3f} "
        f"ratio_p99={percentile(sends, 0.99) / bare_p99:.2f}"
    )
    print(
        f"switcher.program_confirm n={len(confirms)} p50_ms={statistics.median(confirms):.3f} "
        f"p99_ms={percentile(confirms, 0.99):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
