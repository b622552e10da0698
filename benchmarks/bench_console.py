"""Show-console figures: GO key press to switcher datagram, and GUI stalls under level meters.

1. ``console.go_to_datagram``: a Space key press on the main window (``QTest.keyClick``)
   to the OSC ``/atem/program`` datagram arriving at the switcher simulator, over
   2,000 presses, with the whole rehearsal hall running (device polling, microphone
   meters at the driver's 10 Hz, the presenter timer following). The GO lockout is set
   to 0 for this benchmark so that presses can follow each other (the app's default is
   250 ms). Targets: p50 <= 2 ms, p99 <= 5 ms. The simulator runs in the same process,
   so its thread takes the datagram only when the GUI thread lets go of the GIL, after
   the GO's bookkeeping (log, actual times, position, presenter); beside it,
   ``console.go_to_send``: the key press to the moment the driver hands the datagram to
   the kernel (``sendto``), which is when it leaves for a real switcher on the network.
2. ``console.meter_stall``: the longest gap of a 5 ms precise QTimer on the GUI thread
   while an extra eight-channel microphone panel is fed 20 Hz x 8 channels of level
   readings (160 state snapshots a second, one per channel per reading, as the driver
   emits them) from another thread through the console's bridge, with the window shown
   and painting. Beside it, the same heartbeat with no extra meters (the machine's own
   jitter). Target: <= 16 ms.

Run alone: ``.venv/bin/python -m benchmarks.bench_console [--quick]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PRESSES = 2_000
WARMUP = 50
METER_SECONDS = 10.0
METER_HZ = 20
METER_CHANNELS = 8


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def pump(app: QApplication, seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def pump_until(app: QApplication, predicate: object, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():  # type: ignore[operator]
            return True
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)
    return bool(predicate())  # type: ignore[operator]


class Heartbeat:
    """The longest gap between ticks of a precise QTimer on the GUI thread."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        return self.longest * 1000.0


def build(tmp: Path) -> tuple[QApplication, object, object]:
    from controlroom.clock import SystemClock
    from controlroom.storage import Database
    from ui.app import AppContext, build_window, create_application
    from ui.console import controller

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    controller.REHEARSAL_OPTIONS = {"projector_warmup_s": 0.5, "projector_cooldown_s": 0.5}
    app = create_application(["bench_console"])
    database = Database.open(tmp / "bench.db")
    args = argparse.Namespace(db=str(tmp / "bench.db"), event=None, rehearsal=True, hall=None)
    context = AppContext(database, SystemClock(), args, True, None)
    built = build_window(context)
    assert built.features is not None
    window = built.window
    window.resize(1600, 1000)
    window.show()
    return app, window, built.features.console


def long_runsheet(count: int) -> object:
    from controlroom.cues import ItemCues, SwitcherCue
    from controlroom.model import Event, Item
    from controlroom.runsheet import RunSheet

    items = [
        Item(
            title=f"Cut {n + 1}",
            planned_duration=10,
            cues=ItemCues((SwitcherCue(program=1 + n % 2),)),
        )
        for n in range(count)
    ]
    return RunSheet(Event(title="GO benchmark", scheduled_start=datetime.now(), items=items), None)


def bench_go(
    app: QApplication, window: object, console: Any, presses: int
) -> tuple[list[float], list[float]]:
    """(key -> datagram at the simulator, key -> datagram handed to sendto), in ms."""
    from devices.udp_transport import UdpEndpoint

    simulator = console.hall.simulator("switcher")
    arrived = threading.Event()
    stamp = [0.0]
    sent_at = [0.0]
    plain_send_to = UdpEndpoint.send_to

    def stamped_send_to(self: UdpEndpoint, datagram: bytes, address: tuple[str, int]) -> None:
        # The GUI thread's command only (the simulator answers with /program too).
        if b"/program" in datagram and threading.current_thread() is threading.main_thread():
            sent_at[0] = time.perf_counter()
        plain_send_to(self, datagram, address)

    def on_datagram(datagram: bytes) -> None:
        if b"/program" in datagram:
            stamp[0] = time.perf_counter()
            arrived.set()

    simulator.on_datagram_received = on_datagram
    window.set_runsheet(long_runsheet(presses + WARMUP + 1))  # type: ignore[attr-defined]
    console.lockout_s = 0.0
    samples: list[float] = []
    to_send: list[float] = []
    UdpEndpoint.send_to = stamped_send_to  # type: ignore[method-assign]
    try:
        for i in range(presses + WARMUP):
            pump(app, 0.004)  # let the GUI paint, the bridge deliver, meters update
            arrived.clear()
            started = time.perf_counter()
            QTest.keyClick(window, Qt.Key.Key_Space)  # type: ignore[call-overload]
            if not arrived.wait(2.0):
                raise RuntimeError(f"GO {i}: no datagram reached the switcher simulator")
            if i >= WARMUP:
                samples.append((stamp[0] - started) * 1000.0)
                to_send.append((sent_at[0] - started) * 1000.0)
    finally:
        simulator.on_datagram_received = None
        UdpEndpoint.send_to = plain_send_to  # type: ignore[method-assign]
    return samples, to_send


def bench_meters(
    app: QApplication, window: object, console: Any, seconds: float
) -> dict[str, float]:
    from controlroom.equipment import DeviceEvent
    from devices.microphones.driver import ChannelState, MicrophonesState
    from devices.microphones.kind import MicrophonesConfig
    from ui.console.docks import add_scrolling_dock
    from ui.panels.microphones import MicrophonesPanel

    heartbeat = Heartbeat()
    heartbeat.start()
    pump(app, seconds / 2)
    idle_ms = heartbeat.stop()

    config = MicrophonesConfig(
        id="meters8",
        port="loop://",
        channels={n: f"Channel {n}" for n in range(1, METER_CHANNELS + 1)},
    )
    panel = MicrophonesPanel(config, time.monotonic)
    console.panels["meters8"] = panel
    add_scrolling_dock(console.window, console.docks, "meters8", "Meters x8", panel,
                       Qt.DockWidgetArea.RightDockWidgetArea)
    pump(app, 0.3)
    stop = threading.Event()
    sent = [0]
    wakes_before = console.bridge.wakes

    def produce() -> None:
        state = MicrophonesState(
            {n: ChannelState(n, f"Channel {n}", muted=False, gain_db=0.0, battery_bars=4,
                             level_db=-40.0) for n in config.channels},
            meter_rate_ms=50,
        )
        period = 1.0 / METER_HZ
        next_at = time.perf_counter()
        step = 0
        while not stop.is_set():
            step += 1
            for number in config.channels:
                channels = dict(state.channels)
                level = -60.0 + (step * 7 + number * 11) % 55
                channels[number] = ChannelState(number, f"Channel {number}", False, 0.0, 4,
                                                float(level))
                state = MicrophonesState(channels, 50)
                console.bridge.on_device_event(DeviceEvent("meters8", "state", state))
                sent[0] += 1
            next_at += period
            time.sleep(max(0.0, next_at - time.perf_counter()))

    producer = threading.Thread(target=produce, name="bench-meters", daemon=True)
    paints_before = sum(strip.meter.paints for strip in panel.strips.values())
    heartbeat.start()
    started = time.perf_counter()
    producer.start()
    pump(app, seconds)
    stop.set()
    producer.join()
    elapsed = time.perf_counter() - started
    stall_ms = heartbeat.stop()
    paints = sum(strip.meter.paints for strip in panel.strips.values()) - paints_before
    return {
        "longest_gui_gap_ms": stall_ms,
        "idle_gap_ms": idle_ms,
        "states_per_s": sent[0] / elapsed,
        "deliveries_per_s": (console.bridge.wakes - wakes_before) / elapsed,
        "meter_repaints_per_s": paints / elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    quick = "--quick" in argv
    presses = 300 if quick else PRESSES
    meter_seconds = 3.0 if quick else METER_SECONDS
    with tempfile.TemporaryDirectory(prefix="bench_console") as folder:
        app, window, console = build(Path(folder))
        try:
            if not pump_until(
                app,
                lambda: console.hall is not None
                and all(panel.light.ok for panel in console.panels.values()),
                30.0,
            ):
                raise RuntimeError("the rehearsal hall did not come up")
            pump_until(
                app,
                lambda: console.hall.drivers["mics"].state.meter_rate_ms == 100,
                10.0,
            )
            samples, to_send = bench_go(app, window, console, presses)
            print(
                f"console.go_to_datagram presses={len(samples)} lockout_ms=0 "
                f"p50_ms={percentile(samples, 0.50):.2f} p99_ms={percentile(samples, 0.99):.2f} "
                f"max_ms={max(samples):.2f} target_p50_ms=2 target_p99_ms=5",
                flush=True,
            )
            print(
                f"console.go_to_send presses={len(to_send)} "
                f"p50_ms={percentile(to_send, 0.50):.2f} p99_ms={percentile(to_send, 0.99):.2f} "
                f"max_ms={max(to_send):.2f}",
                flush=True,
            )
            meters = bench_meters(app, window, console, meter_seconds)
            print(
                f"console.meter_stall channels={METER_CHANNELS} hz={METER_HZ} "
                f"longest_gui_gap_ms={meters['longest_gui_gap_ms']:.1f} "
                f"idle_gap_ms={meters['idle_gap_ms']:.1f} "
                f"states_per_s={meters['states_per_s']:.0f} "
                f"deliveries_per_s={meters['deliveries_per_s']:.0f} "
                f"meter_repaints_per_s={meters['meter_repaints_per_s']:.0f} target_ms=16",
                flush=True,
            )
        finally:
            console.shutdown()
            window.close()  # type: ignore[attr-defined]
            console.database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
