"""Opening a 100,000-item event in the real window: does the GUI thread stall?

Run alone: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.bench_big_event``
(``--quick``: 20,000 items; ``--profile``: cProfile of the GUI thread while opening;
``--why``: where the GUI thread was whenever the heartbeat stopped for over 80 ms).

The window is built as the app builds it (presenter timer, show console in
REHEARSAL without its hall, on a real SQLite file in a temporary folder). The
event is stored first; then File ▸ Open's path (``MainWindow.open_event``) opens
it while a 10 ms heartbeat QTimer ticks on the GUI thread.

Printed:

- ``big_event.longest_stall_ms``: the longest gap between heartbeat ticks while
  opening (target: under 100 ms), and for scale the longest gap over 3 s of doing
  nothing just before (a loaded machine alone stalls a 10 ms heartbeat).
- ``big_event.full_gc_runs``: full garbage collections while opening, and the longest.
- ``big_event.first_rows_ms``: from the call until the table shows its first rows.
- ``big_event.loaded_ms``: until every row is in the model.
- ``big_event.rss_mib``: resident memory once loaded.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer

from controlroom.clock import SystemClock
from controlroom.samples import generate_event
from controlroom.storage import Database
from ui.app import AppContext, build_window, create_application, resident_mib

HEARTBEAT_MS = 10


class Heartbeat:
    """The longest gap between ticks of a precise 10 ms QTimer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> None:
        self.tick()
        self.timer.stop()


class CollectorTimes:
    """How long each full (generation 2) garbage collection held the interpreter."""

    def __init__(self) -> None:
        self.started = 0.0
        self.durations: list[float] = []
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.durations.append(time.perf_counter() - self.started)

    def close(self) -> None:
        gc.callbacks.remove(self._callback)


class StallSampler:
    """A watchdog thread: when the heartbeat has not ticked for 80 ms, note the GUI stack."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat
        self.gui_thread = threading.get_ident()
        self.stop = threading.Event()
        self.stacks: dict[str, int] = {}
        self.thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.02):
            if time.perf_counter() - self.heartbeat.last > 0.08:
                frames = sys._current_frames()
                frame = frames.get(self.gui_thread)
                if frame is not None:
                    where = "".join(traceback.format_stack(frame, limit=6))
                    others = [
                        "".join(traceback.format_stack(other, limit=2))
                        for ident, other in frames.items()
                        if ident not in (self.gui_thread, threading.get_ident())
                        and "wait" not in other.f_code.co_name
                        and "select" not in other.f_code.co_name
                    ]
                    where += "  while elsewhere:\n" + "".join(others)
                    self.stacks[where] = self.stacks.get(where, 0) + 1

    def report(self) -> None:
        self.stop.set()
        for where, count in sorted(self.stacks.items(), key=lambda pair: -pair[1])[:8]:
            print(f"-- stalled here in {count} samples of 20 ms:\n{where}")


def spin_until(predicate: object, timeout_s: float) -> bool:
    """Run the event loop until ``predicate()`` is true (or the time is up)."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return bool(predicate())  # type: ignore[operator]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--why", action="store_true")
    parser.add_argument("--items", type=int, default=0)
    options = parser.parse_args(argv)
    items = options.items or (20_000 if options.quick else 100_000)
    folder = Path(tempfile.mkdtemp(prefix="bench_big_event_"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    create_application()
    database = Database.open(folder / "big.db")
    context = AppContext(
        database=database, clock=SystemClock(),
        args=argparse.Namespace(db=str(database.path), event=None, rehearsal=True, hall=None),
        rehearsal=True, hall_path=folder / "no-hall.toml",
    )
    built = build_window(context)
    window = built.window
    window.resize(1400, 900)
    window.show()
    spin_until(lambda: False, 1.0)  # settle: the first paint, the small sample event
    event_id = database.create_event(generate_event(items))
    spin_until(lambda: False, 0.5)

    heartbeat = Heartbeat()
    # The same heartbeat with nothing to do, for scale: what this (shared) machine costs alone.
    heartbeat.start()
    spin_until(lambda: False, 3.0)
    heartbeat.stop()
    idle_stall = heartbeat.longest
    profiler = cProfile.Profile() if options.profile else None
    collections = CollectorTimes()
    heartbeat.start()
    sampler = StallSampler(heartbeat) if options.why else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    window.open_event(event_id)
    model = window.model

    def showing_rows() -> bool:
        sheet = window.runsheet
        return sheet is not None and sheet.event.id == event_id and model.rowCount() > 0

    spin_until(showing_rows, 120)
    first_rows = time.perf_counter() - started
    spin_until(lambda: model.rowCount() == items, 120)
    loaded = time.perf_counter() - started
    spin_until(lambda: False, 0.5)  # what follows the last rows (repaints, the header)
    if profiler is not None:
        profiler.disable()
    heartbeat.stop()
    print(f"big_event.items={items}")
    print(f"big_event.longest_stall_ms={heartbeat.longest * 1000:.0f} "
          f"(idle, before opening: {idle_stall * 1000:.0f})")
    print(f"big_event.first_rows_ms={first_rows * 1000:.0f}")
    print(f"big_event.loaded_ms={loaded * 1000:.0f} (rows shown: {model.rowCount()})")
    print(f"big_event.rss_mib={resident_mib():.0f}")
    collections.close()
    longest_gc = max(collections.durations, default=0.0)
    print(f"big_event.full_gc_runs={len(collections.durations)} "
          f"big_event.longest_full_gc_ms={longest_gc * 1000:.0f}")
    if sampler is not None:
        sampler.report()
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    features = built.features
    if features is not None:
        features.console.shutdown()
        features.presenter.shutdown()
    window.close()
    database.close()
    return 0 if model.rowCount() == items else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
