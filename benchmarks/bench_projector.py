"""Projector figures: a query round trip through the driver beside bare pyserial.

1. ``LAMP?`` through :class:`ProjectorDriver` (call -> bytes on the pty -> simulator
   -> reply -> future resolved) beside a bare pyserial ``write`` + ``read_until(b":")``
   on the same pseudo-terminal and simulator, in alternating blocks so machine load
   hits both alike. The simulator runs in its own process, as a real projector
   is outside ours. Target: driver within 1.5x of bare.
2. With the simulator pacing bytes at 9600 baud (10 bits a byte, both ways), a
   ``PWR?`` round trip through the driver beside the wire time of its 13 bytes
   (13.5 ms). Target: within wire time + 20 ms.

Run alone: ``.venv/bin/python -m benchmarks.bench_projector [--quick]``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import serial

from devices.base import LinkState
from devices.projector.driver import ProjectorDriver
from devices.projector.kind import ProjectorConfig
from devices.projector.simulator import DEFAULT_SOURCES
from devices.serial_peer import BITS_PER_BYTE

NO_POLLING = 1e9  # seconds: keep the driver's own polls off the measured line


_SIMULATOR_CHILD = """
import sys
from devices.projector.simulator import DEFAULT_SOURCES, ProjectorSimulator
baud = float(sys.argv[1]) or None
sim = ProjectorSimulator(DEFAULT_SOURCES, baudrate=baud)
print(sim.start_pty(), flush=True)
sys.stdin.read()  # serve until the parent closes our stdin
sim.stop()
"""


@contextmanager
def _simulator_process(baudrate: int | None = None) -> Iterator[str]:
    """The projector in its own process, as a real one is: no GIL shared with the driver."""
    root = Path(__file__).resolve().parent.parent
    child = subprocess.Popen(
        [sys.executable, "-c", _SIMULATOR_CHILD, str(baudrate or 0)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        url = child.stdout.readline().strip()
        if not url.startswith("/dev/"):
            raise RuntimeError(f"the simulator process did not start: {url!r}")
        yield url
    finally:
        child.stdin.close()
        try:
            child.wait(5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _bare_block(url: str, count: int) -> list[float]:
    port = serial.serial_for_url(url, baudrate=9600, timeout=5)
    samples = []
    try:
        for _ in range(count):
            started = time.perf_counter()
            port.write(b"LAMP?\r")
            reply = port.read_until(b":")
            samples.append(time.perf_counter() - started)
            if not reply.startswith(b"LAMP="):
                raise RuntimeError(f"bare read got {reply!r}")
    finally:
        port.close()
    return samples


def _driver(url: str) -> ProjectorDriver:
    config = ProjectorConfig(id="projector", port=url, model="bench", sources=DEFAULT_SOURCES)
    driver = ProjectorDriver(config, poll_interval=NO_POLLING)
    driver.start()
    deadline = time.monotonic() + 10
    while driver.status.state is not LinkState.OK or driver.state.lamp_hours is None:
        if time.monotonic() > deadline:
            raise RuntimeError(f"driver never came up: {driver.status}")
        time.sleep(0.01)
    return driver


def _driver_block(url: str, count: int, key: str = "LAMP") -> list[float]:
    driver = _driver(url)
    samples = []
    try:
        for _ in range(5):  # warm the threads
            driver.query(key).result(5)
        for _ in range(count):
            started = time.perf_counter()
            driver.query(key).result(5)
            samples.append(time.perf_counter() - started)
    finally:
        driver.stop()
    return samples


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def round_trip(blocks: int, per_block: int) -> None:
    bare: list[float] = []
    through: list[float] = []
    with _simulator_process() as url:
        for _ in range(blocks):
            bare += _bare_block(url, per_block)
            through += _driver_block(url, per_block)
    bare_p50, bare_p99 = statistics.median(bare), _percentile(bare, 0.99)
    p50, p99 = statistics.median(through), _percentile(through, 0.99)
    print(
        f"projector.query_rtt n={len(through)} p50_ms={_ms(p50):.3f} p99_ms={_ms(p99):.3f} "
        f"bare_p50_ms={_ms(bare_p50):.3f} bare_p99_ms={_ms(bare_p99):.3f} "
        f"ratio_p50={p50 / bare_p50:.2f} ratio_p99={p99 / bare_p99:.2f} target_ratio=1.5",
        flush=True,
    )


def paced(count: int, baudrate: int = 9600) -> None:
    with _simulator_process(baudrate) as url:
        samples = _driver_block(url, count, key="PWR")
    wire = len(b"PWR?\r" + b"PWR=04\r:") * BITS_PER_BYTE / baudrate
    p50, p99 = statistics.median(samples), _percentile(samples, 0.99)
    print(
        f"projector.paced_query baud={baudrate} n={len(samples)} p50_ms={_ms(p50):.2f} "
        f"p99_ms={_ms(p99):.2f} wire_ms={_ms(wire):.2f} over_wire_p99_ms={_ms(p99 - wire):.2f} "
        f"target_over_wire_ms=20",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (argv or [])
    round_trip(blocks=2 if quick else 4, per_block=250 if quick else 1000)
    paced(count=50 if quick else 300)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
