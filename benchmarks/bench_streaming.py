"""Streaming latency: GO -> SetCurrentProgramScene request read by the OBS simulator.

GO is the kind's cue plan (``STREAMING.execute_cue`` with a context that dispatches
to the driver, as the engine does) for a cue asking for a scene; the clock stops
when the simulator's connection thread has the request frame in hand. Beside it, in
the same run and against the same simulator, a bare ``websockets`` client (already
identified) sends the same JSON and is timed the same way: the floor for an
obs-websocket request from Python on this machine. Blocks alternate so both face
the same load. Each send waits for the previous answer first, so nothing queues.

Run alone: ``.venv/bin/python -m benchmarks.bench_streaming [--quick]``.
"""

from __future__ import annotations

import contextlib
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from websockets.sync.client import ClientConnection, connect

from devices.base import LinkState
from devices.kind import DeviceCommand
from devices.streaming.driver import StreamingDriver
from devices.streaming.kind import STREAMING, StreamingConfig, StreamingCue
from devices.streaming.obsws import auth_string
from devices.streaming.simulator import StreamingSimulator

PRESSES = 2_000
WARMUP = 50
BLOCK = 250
PASSWORD = "bench-password"
SCENES = ("Speaker", "Slides")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Arrivals:
    """The simulator's hook: stamps each SetCurrentProgramScene as it arrives."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.at = 0.0

    def __call__(self, request_type: str, at: float) -> None:
        if request_type == "SetCurrentProgramScene":
            self.at = at
            self.arrived.set()


def time_presses(
    press: Callable[[int], object], arrivals: Arrivals, count: int, settle: Callable[[], object]
) -> list[float]:
    samples: list[float] = []
    for i in range(count):
        arrivals.arrived.clear()
        started = time.perf_counter()
        press(i)
        if not arrivals.arrived.wait(2.0):
            raise RuntimeError(f"request {i} never arrived")
        samples.append((arrivals.at - started) * 1000.0)
        settle()
    return samples


class GoContext:
    """The engine's side of a cue: ``send`` dispatches through the kind, as on GO."""

    def __init__(self, driver: StreamingDriver) -> None:
        self.driver = driver
        self.futures: list[Future[Any]] = []

    def send(self, command: DeviceCommand, *, watchdog_s: float | None = None) -> Future[Any]:
        future = STREAMING.dispatch(self.driver, command)
        self.futures.append(future)
        return future

    def then(self, future: Future[Any] | None, action: Callable[[], Any]) -> None:
        if future is not None:
            future.add_done_callback(lambda f: action() if f.exception() is None else None)

    def note(self, text: str) -> None:
        pass


class DriverRig:
    def __init__(self, sim: StreamingSimulator) -> None:
        self.config = StreamingConfig(id="obs", port=sim.port, password=PASSWORD, scenes=SCENES)
        self.driver = StreamingDriver(self.config)
        ok = threading.Event()
        self.driver.add_status_listener(lambda s: ok.set() if s.state is LinkState.OK else None)
        self.driver.start()
        if not ok.wait(5):
            self.driver.stop()
            raise RuntimeError(f"driver never connected: {self.driver.status}")
        self.ctx = GoContext(self.driver)
        self.cues = [StreamingCue("obs", scene=name) for name in SCENES]
        self.wanted: str | None = None

    def go(self, i: int) -> None:
        # the cue asks for the scene not on program, so the plan always sends
        state = self.driver.state
        cue = self.cues[0] if state.program_scene != self.cues[0].scene else self.cues[1]
        self.wanted = cue.scene
        STREAMING.execute_cue(cue, self.config, state, self.ctx)

    def settle(self) -> None:
        """Untimed: the answer is in and the scene event has reached the state."""
        while self.ctx.futures:
            self.ctx.futures.pop().result(timeout=2)
        deadline = time.monotonic() + 2
        while self.driver.state.program_scene != self.wanted and time.monotonic() < deadline:
            time.sleep(0.0005)

    def close(self) -> None:
        self.driver.stop()


class BareRig:
    """A plain websockets client, identified, sending the same request JSON."""

    def __init__(self, sim: StreamingSimulator) -> None:
        self.stack = contextlib.ExitStack()
        self.ws: ClientConnection = self.stack.enter_context(
            connect(sim.url, compression=None, ping_interval=None)
        )
        hello = json.loads(self.ws.recv(timeout=5))["d"]["authentication"]
        auth = auth_string(PASSWORD, hello["salt"], hello["challenge"])
        self.ws.send(json.dumps({"op": 1, "d": {"rpcVersion": 1, "authentication": auth,
                                                "eventSubscriptions": 0}}))  # fmt: skip
        self.ws.recv(timeout=5)

    def go(self, i: int) -> None:
        self.ws.send(
            json.dumps({"op": 6, "d": {"requestType": "SetCurrentProgramScene",
                                       "requestId": str(i),
                                       "requestData": {"sceneName": SCENES[i % 2]}}})
        )  # fmt: skip

    def settle(self) -> None:
        self.ws.recv(timeout=2)

    def close(self) -> None:
        self.stack.close()


def main(argv: list[str] | None = None) -> int:
    count = 400 if argv and "--quick" in argv else PRESSES
    sim = StreamingSimulator(password=PASSWORD, scenes=SCENES)
    sim.start()
    arrivals = Arrivals()
    driver_rig = DriverRig(sim)
    bare_rig = BareRig(sim)
    go: list[float] = []
    bare: list[float] = []
    try:
        sim.on_request_received = arrivals
        time_presses(driver_rig.go, arrivals, WARMUP, driver_rig.settle)
        time_presses(bare_rig.go, arrivals, WARMUP, bare_rig.settle)
        for _block in range(max(1, count // BLOCK)):
            bare += time_presses(bare_rig.go, arrivals, BLOCK, bare_rig.settle)
            go += time_presses(driver_rig.go, arrivals, BLOCK, driver_rig.settle)
    finally:
        sim.on_request_received = None
        bare_rig.close()
        driver_rig.close()
        sim.stop()
    bare_p99 = percentile(bare, 0.99)
    print(
        f"streaming.go_to_scene_request n={len(go)} p50_ms={statistics.median(go):.3f} "
        f"p99_ms={percentile(go, 0.99):.3f} max_ms={max(go):.3f} "
        f"bare_p50_ms={statistics.median(bare):.3f} bare_p99_ms={bare_p99:.3f} "
        f"ratio_p99={percentile(go, 0.99) / bare_p99:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
