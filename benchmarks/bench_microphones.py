"""Microphone figures: a command's round trip through the driver, beside bare pyserial.

Prints, as plain lines:

- ``microphones.command_rtt`` — ``set_mute`` from the driver call until its Future
  resolves on the simulator's REP, over a pseudo-terminal without pacing, beside a
  bare pyserial ``write`` + ``read_until(b">")`` of the same frame on the same pty
  (``bare_*``) measured in the same run;
- ``microphones.command_rtt_9600`` — the same with the simulator pacing the line at
  9600 baud, beside the wire time of command plus reply (``wire_ms``);
- ``microphones.resync_9600`` — ``refresh()`` (``< GET 0 ALL >`` for a four-channel
  ULX-D) at 9600 baud.

Run alone: ``.venv/bin/python -m benchmarks.bench_microphones`` (``--quick`` for fewer rounds).
"""

from __future__ import annotations

import sys
import threading
import time

import serial

from devices.base import LinkState
from devices.microphones.driver import MicrophoneDriver
from devices.microphones.kind import MicrophonesConfig
from devices.microphones.simulator import MicrophoneSimulator

#: A ULX-D quad receiver (the default model): channels 1..4, names of at most 8 characters.
CHANNELS = {1: "Chair", 2: "Secretar", 3: "Spkr 1", 4: "Spkr 2"}


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def _bare(url: str, rounds: int) -> list[float]:
    port = serial.serial_for_url(url, baudrate=9600, timeout=5)
    timings = []
    try:
        for index in range(rounds):
            frame = b"< SET 1 AUDIO_MUTE ON >" if index % 2 else b"< SET 1 AUDIO_MUTE OFF >"
            started = time.perf_counter()
            port.write(frame)
            reply = port.read_until(b">")
            timings.append(time.perf_counter() - started)
            assert reply.endswith(b">"), reply
    finally:
        port.close()
    return timings


def _connected_driver(url: str) -> MicrophoneDriver:
    driver = MicrophoneDriver(MicrophonesConfig(id="mics", port=url, channels=CHANNELS))
    ready = threading.Event()
    driver.add_status_listener(lambda status: status.state is LinkState.OK and ready.set())
    driver.start()
    if not ready.wait(10):
        raise RuntimeError(f"driver did not connect: {driver.status}")
    driver.refresh().result(timeout=10)  # the connect-time resync is over
    return driver


def _through_driver(driver: MicrophoneDriver, rounds: int) -> list[float]:
    timings = []
    for index in range(rounds):
        started = time.perf_counter()
        driver.set_mute(1, bool(index % 2)).result(timeout=5)
        timings.append(time.perf_counter() - started)
    return timings


def _line(name: str, timings: list[float], **extra: float) -> str:
    figures = [
        f"p50_ms={_percentile(timings, 0.5) * 1000:.2f}",
        f"p99_ms={_percentile(timings, 0.99) * 1000:.2f}",
    ]
    figures += [f"{key}={value:.2f}" for key, value in extra.items()]
    return f"{name} " + " ".join(figures)


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (argv or [])
    rounds = 300 if quick else 2000
    paced_rounds = 20 if quick else 60

    simulator = MicrophoneSimulator(CHANNELS)
    url = simulator.start_pty()
    try:
        bare = _bare(url, rounds)
        driver = _connected_driver(url)
        try:
            timings = _through_driver(driver, rounds)
        finally:
            driver.stop()
    finally:
        simulator.stop()
    print(
        _line(
            "microphones.command_rtt",
            timings,
            bare_p50_ms=_percentile(bare, 0.5) * 1000,
            bare_p99_ms=_percentile(bare, 0.99) * 1000,
        ),
        flush=True,
    )

    simulator = MicrophoneSimulator(CHANNELS, baudrate=9600)
    url = simulator.start_pty()
    try:
        bare = _bare(url, paced_rounds)
        driver = _connected_driver(url)
        try:
            timings = _through_driver(driver, paced_rounds)
            resyncs = []
            for _ in range(3 if quick else 5):
                started = time.perf_counter()
                driver.refresh().result(timeout=10)
                resyncs.append(time.perf_counter() - started)
        finally:
            driver.stop()
    finally:
        simulator.stop()
    wire_ms = (len(b"< SET 1 AUDIO_MUTE OFF >") * 2) * 10 / 9600 * 1000
    print(
        _line(
            "microphones.command_rtt_9600",
            timings,
            wire_ms=wire_ms,
            bare_p50_ms=_percentile(bare, 0.5) * 1000,
        ),
        flush=True,
    )
    print(_line("microphones.resync_9600", resyncs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
