"""GO to OSC datagram: from ``ShowEngine.go()`` to the switcher simulator receiving the cut.

The headless part of issue 4's "GO key press to OSC datagram" figure: a rehearsal
hall (the default hall's three simulators, drivers polling, microphone level
meters at their fastest, 10 Hz), a run-sheet of items that each cut a different camera, and
2,000 GOs. Each latency runs from just before ``go()`` to the simulator's receive
thread getting the ``/atem/program`` datagram. Beside it, the same path without
the engine (``SwitcherDriver.program`` called directly). The GUI adds its key
handling on top (measured by the console's own benchmark, if any).

    .venv/bin/python -m benchmarks.bench_engine [--quick]
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from datetime import datetime

from controlroom.clock import SystemClock
from controlroom.cues import ItemCues, SwitcherCue
from controlroom.engine import ShowEngine
from controlroom.equipment import Equipment
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet
from devices.base import LinkState
from devices.hall_file import default_hall_path, load_hall

#: The fastest a Shure receiver meters (100 ms, 10 Hz).
METER_INTERVAL_MS = 100


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    presses = 200 if "--quick" in argv else 2000
    hall = Equipment.rehearsal(load_hall(default_hall_path()))
    try:
        statuses = hall.wait_until_ok(10.0)
        if not all(status.state is LinkState.OK for status in statuses.values()):
            print(f"engine.go_to_osc FAILED: devices not ready: {statuses}")
            return 1
        hall.drivers["mics"].set_meter_rate(METER_INTERVAL_MS).result(5.0)
        simulator = hall.simulator("switcher")
        received = threading.Event()
        arrival = [0.0]

        def on_datagram(datagram: bytes) -> None:
            if b"/atem/program" in datagram:
                arrival[0] = time.perf_counter()
                received.set()

        simulator.on_datagram_received = on_datagram
        start_program = simulator.program
        items = [
            Item(
                title=f"Cut {n}",
                planned_duration=60,
                cues=ItemCues((SwitcherCue(program=1 + (start_program + n) % 6),)),
            )
            for n in range(presses)
        ]
        sheet = RunSheet(Event(title="GO benchmark", scheduled_start=datetime.now(), items=items))
        engine = ShowEngine(sheet, hall, SystemClock(), lockout_s=0.0)
        go_ms: list[float] = []
        call_ms: list[float] = []
        lost = 0
        for _ in range(presses):
            received.clear()
            started = time.perf_counter()
            engine.go()
            call_ms.append((time.perf_counter() - started) * 1000)
            if not received.wait(2.0):
                lost += 1
                continue
            go_ms.append((arrival[0] - started) * 1000)
            engine.last_cue_run.wait(2.0)  # feedback in before the next press

        driver = hall.drivers["switcher"]
        bare_ms: list[float] = []
        for n in range(presses):
            wanted = 1 + (driver.state.program or 1) % 6
            received.clear()
            started = time.perf_counter()
            future = driver.program(wanted)
            if received.wait(2.0):
                bare_ms.append((arrival[0] - started) * 1000)
            future.result(2.0)
            del n
        print(
            f"engine.go_to_osc presses={presses} p50_ms={statistics.median(go_ms):.3f} "
            f"p99_ms={percentile(go_ms, 0.99):.3f} max_ms={max(go_ms):.3f} lost={lost} "
            f"bare_driver_p50_ms={statistics.median(bare_ms):.3f} "
            f"bare_driver_p99_ms={percentile(bare_ms, 0.99):.3f} "
            f"meters_hz={1000 // METER_INTERVAL_MS} polling=on"
        )
        print(
            f"engine.go_call p50_ms={statistics.median(call_ms):.3f} "
            f"p99_ms={percentile(call_ms, 0.99):.3f} max_ms={max(call_ms):.3f}"
        )
        return 0
    finally:
        hall.close()


if __name__ == "__main__":
    sys.exit(main())
