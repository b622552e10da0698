"""The projector driver's threads stay nearly idle under a garbage flood and a long PWR ON wait.

Regression (issue 11): 10 KB garbage frames took up to 73 % of a core. The cause
was the I/O thread: while a request was in flight it woke at once whenever the
next poll time had passed, i.e. it spun until the reply or the timeout. Under
garbage every poll waits for its timeout, so it spun most of the time; the same
spin would last the whole 100 s of a PWR ON whose ':' comes only when the lamp
is lit. CPU is read per thread from the kernel (as in ``test_driver_idle.py``).
"""

from __future__ import annotations

import os
import random
import threading
import time
import tty

import psutil
from conftest_projector import PATIENCE_S, projector_config, projector_rig

from devices.base import LinkState
from devices.projector.driver import CommandTimeouts, ProjectorDriver
from devices.projector.simulator import DEFAULT_SOURCES, ProjectorSimulator

RUN_S = 2.5
#: 10 KB frames, 50 a second: 500 KB/s, far beyond what a 9600-baud line carries.
FRAME_BYTES = 10_000
FRAMES_PER_S = 50
MAX_IO_SHARE = 0.15
MAX_READER_SHARE = 0.30


def thread_cpu_s(thread: threading.Thread) -> float:
    for entry in psutil.Process().threads():
        if entry.id == thread.native_id:
            return float(entry.user_time + entry.system_time)
    raise AssertionError(f"thread {thread.name} is not running")


def driver_threads(device_id: str) -> dict[str, threading.Thread]:
    return {
        thread.name: thread
        for thread in threading.enumerate()
        if thread.name in (f"{device_id}-io", f"{device_id}-reader")
    }


def cpu_shares(threads: dict[str, threading.Thread], seconds: float) -> dict[str, float]:
    before = {name: thread_cpu_s(thread) for name, thread in threads.items()}
    started = time.monotonic()
    time.sleep(seconds)  # the point is to let the driver work alone for a while
    wall = time.monotonic() - started
    return {name: (thread_cpu_s(thread) - before[name]) / wall for name, thread in threads.items()}


def test_a_flood_of_10_kb_garbage_frames_costs_little_cpu() -> None:
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)
    os.set_blocking(master, False)
    rng = random.Random(11)
    garbage = [bytes(rng.randrange(256) for _ in range(FRAME_BYTES)) + b":" for _ in range(8)]
    stop = threading.Event()

    def flood() -> None:
        due = time.monotonic()
        number = 0
        while not stop.is_set():
            try:
                os.write(master, garbage[number % len(garbage)])
                os.read(master, 4096)  # what the driver sent: dropped
            except (BlockingIOError, OSError):
                pass
            number += 1
            due += 1 / FRAMES_PER_S
            stop.wait(max(0.0, due - time.monotonic()))

    flooder = threading.Thread(target=flood, name="garbage-flood", daemon=True)
    driver = ProjectorDriver(projector_config(os.ttyname(slave)))
    driver.start()
    flooder.start()
    try:
        deadline = time.monotonic() + PATIENCE_S
        while len(driver_threads(driver.device_id)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # the port opening; nothing to wait on but the thread list
        threads = driver_threads(driver.device_id)
        assert len(threads) == 2, f"driver threads: {sorted(threads)}"
        errors_before = driver.protocol_errors
        shares = cpu_shares(threads, RUN_S)
        errors = driver.protocol_errors - errors_before
    finally:
        stop.set()
        flooder.join(timeout=5.0)
        driver.stop()
        os.close(master)
        os.close(slave)
    assert errors > FRAMES_PER_S, f"only {errors} protocol errors: was the flood read at all?"
    io_share, reader_share = shares[f"{driver.device_id}-io"], shares[f"{driver.device_id}-reader"]
    assert io_share < MAX_IO_SHARE, f"I/O thread used {io_share:.0%} of a core"
    assert reader_share < MAX_READER_SHARE, f"reader thread used {reader_share:.0%} of a core"


def test_waiting_for_a_late_power_on_prompt_does_not_spin() -> None:
    sim = ProjectorSimulator(DEFAULT_SOURCES, warmup_s=RUN_S + 2.0, prompt_when_on=True)
    timeouts = CommandTimeouts(power_on=RUN_S + 5.0)
    with projector_rig(simulator=sim, timeouts=timeouts, poll_interval=0.1) as rig:
        power = rig.driver.power_on()
        rig.watch.until(lambda: sim.prompt_owed)
        threads = driver_threads(rig.driver.device_id)
        shares = cpu_shares(threads, RUN_S)
        assert not power.done()
        assert rig.driver.status.state is LinkState.OK
    io_share = shares[f"{rig.driver.device_id}-io"]
    assert io_share < MAX_IO_SHARE, f"I/O thread used {io_share:.0%} of a core while waiting"
