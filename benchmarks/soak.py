"""The long chaos run (``make soak``): GO, device faults and PANIC for an hour, resources sampled.

Run: ``SOAK_MINUTES=60 QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.soak``
(``SOAK_MINUTES`` defaults to 60; ``SOAK_TRACEMALLOC=1`` also prints the Python
allocations that grew most between the end of the first third, or
``SOAK_SNAPSHOT_MINUTES``, and the end).

The window is built the way the app builds it (presenter timer, show console in
REHEARSAL, the log panel), on a real SQLite file in a temporary folder; the
rehearsal hall is the real simulators (pseudo-terminals, UDP on 127.0.0.1). The
loop, all on the GUI thread's event loop (nothing here waits on a device):

- GO every 2 s; past the last item, standby jumps back to the first;
- every 20 s a fault on one device in turn: the link dropped, the device silent,
  or garbage on the wire, cleared ("Restore") 6 s later;
- PANIC every 60 s.

Every 30 s it prints resident memory (MiB), threads (Python and the process's
own), open file descriptors and the number of GOs. At the end: the maximum RSS,
the RSS slope over the last third (MiB per 10 min, least squares) and whether it
reached a plateau (last-third growth under 2 MiB per 10 min).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from controlroom.clock import SystemClock
from controlroom.storage import Database
from ui.app import AppContext, build_window, create_application, resident_mib
from ui.console import controller

SAMPLE_EVERY_S = 30.0
GO_EVERY_MS = 2000
FAULT_EVERY_MS = 20_000
RESTORE_AFTER_MS = 6000
PANIC_EVERY_MS = 60_000
#: Growth over the last third below this (MiB per 10 minutes) counts as a plateau.
PLATEAU_MIB_PER_10_MIN = 2.0
FAULTS = ("drop", "silent", "garbage")


def process_threads() -> int:
    """The process's native threads (Qt's and Python's)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return -1


def open_fds() -> int:
    try:
        return len(os.listdir("/proc/self/fd"))
    except OSError:
        return -1


def slope_per_10_min(samples: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MiB) samples, in MiB per 10 minutes."""
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mean_t = sum(t for t, _ in samples) / n
    mean_v = sum(v for _, v in samples) / n
    spread = sum((t - mean_t) ** 2 for t, _ in samples)
    if spread == 0:
        return 0.0
    slope = sum((t - mean_t) * (v - mean_v) for t, v in samples) / spread
    return slope * 600.0


class Soak:
    """The loop of GO / faults / PANIC and the resource samples."""

    def __init__(self, console: Any, minutes: float, trace: bool) -> None:
        self.console = console
        self.minutes = minutes
        self.trace = trace
        self.started = time.monotonic()
        self.samples: list[tuple[float, float, int, int, int]] = []
        self.gos = 0
        self.faults = 0
        self.panics = 0
        self.fault_turn = 0
        self.snapshot: tracemalloc.Snapshot | None = None
        self.timers: list[QTimer] = []
        for interval, slot in (
            (GO_EVERY_MS, self.go),
            (FAULT_EVERY_MS, self.fault),
            (PANIC_EVERY_MS, self.panic),
            (int(SAMPLE_EVERY_S * 1000), self.sample),
        ):
            timer = QTimer()
            timer.setInterval(interval)
            timer.timeout.connect(slot)
            timer.start()
            self.timers.append(timer)
        QTimer.singleShot(int(minutes * 60_000), self.finish)
        if trace:
            snapshot_minutes = float(os.environ.get("SOAK_SNAPSHOT_MINUTES", minutes / 3))
            QTimer.singleShot(int(snapshot_minutes * 60_000), self.take_snapshot)

    # -- the chaos ------------------------------------------------------------------------

    def go(self) -> None:
        engine = self.console.engine
        if engine is None:
            return
        if engine.standby_index is None:
            engine.jump(0)
        if self.console.go():
            self.gos += 1

    def fault(self) -> None:
        hall = self.console.hall
        if hall is None:
            return
        devices = sorted(hall.drivers)
        device = devices[self.fault_turn % len(devices)]
        kind = FAULTS[(self.fault_turn // len(devices)) % len(FAULTS)]
        self.fault_turn += 1
        panel = self.console.rehearsal_panel
        button = panel.buttons.get((device, kind))
        if button is None:
            return
        if kind == "drop":
            button.click()
        else:
            button.setChecked(True)
        self.faults += 1
        QTimer.singleShot(RESTORE_AFTER_MS, lambda: panel.restore(device))

    def panic(self) -> None:
        if self.console.panic() is not None:
            self.panics += 1

    # -- the figures ----------------------------------------------------------------------

    def sample(self) -> None:
        gc.collect()
        elapsed = time.monotonic() - self.started
        row = (elapsed, resident_mib(), threading.active_count(), process_threads(), open_fds())
        self.samples.append(row)
        print(
            f"soak t={elapsed / 60:6.1f} min  rss={row[1]:7.1f} MiB  "
            f"threads={row[2]} (process {row[3]})  fds={row[4]}  "
            f"gos={self.gos} faults={self.faults} panics={self.panics}",
            flush=True,
        )

    def take_snapshot(self) -> None:
        gc.collect()
        self.snapshot = tracemalloc.take_snapshot()

    def finish(self) -> None:
        self.sample()
        for timer in self.timers:
            timer.stop()
        # exit(), not quit(): quit() first closes the windows, and the console's quit
        # guard answers a close during a running show with a question nobody is here for.
        QApplication.exit(0)

    def report(self) -> bool:
        """Print the summary; True if RSS reached a plateau."""
        rss = [(t, v) for t, v, *_ in self.samples]
        last_third = [(t, v) for t, v in rss if t >= rss[-1][0] * 2 / 3] if rss else []
        slope = slope_per_10_min(last_third)
        plateau = slope < PLATEAU_MIB_PER_10_MIN
        first = self.samples[0] if self.samples else None
        last = self.samples[-1] if self.samples else None
        print(f"soak.minutes={self.minutes:g}")
        print(f"soak.gos={self.gos} soak.faults={self.faults} soak.panics={self.panics}")
        if first is not None and last is not None:
            print(f"soak.rss_first_mib={first[1]:.1f} soak.rss_last_mib={last[1]:.1f}")
            print(f"soak.threads_first={first[3]} soak.threads_last={last[3]} "
                  f"soak.threads_max={max(s[3] for s in self.samples)}")
            print(f"soak.fds_first={first[4]} soak.fds_last={last[4]} "
                  f"soak.fds_max={max(s[4] for s in self.samples)}")
        print(f"soak.rss_max_mib={max((v for _, v in rss), default=0.0):.1f}")
        print(f"soak.rss_last_third_slope_mib_per_10min={slope:.2f}")
        print(f"soak.rss_plateau={'yes' if plateau else 'NO'}")
        if self.trace and self.snapshot is not None:
            gc.collect()
            growth = tracemalloc.take_snapshot().compare_to(self.snapshot, "lineno")
            print("soak.tracemalloc top growth since the snapshot:")
            for stat in growth[:15]:
                print(f"  {stat}")
        return plateau


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float,
                        default=float(os.environ.get("SOAK_MINUTES", "60")))
    options = parser.parse_args(argv)
    trace = os.environ.get("SOAK_TRACEMALLOC") == "1"
    if trace:
        tracemalloc.start(12)
    folder = Path(tempfile.mkdtemp(prefix="controlroom_soak_"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    controller.REHEARSAL_OPTIONS = {"projector_warmup_s": 0.3, "projector_cooldown_s": 0.3}
    app = create_application()
    database = Database.open(folder / "soak.db")
    context = AppContext(
        database=database, clock=SystemClock(),
        args=argparse.Namespace(db=str(database.path), event=None, rehearsal=True, hall=None),
        rehearsal=True, hall_path=None,
    )
    built = build_window(context)
    window, features = built.window, built.features
    assert features is not None
    window.show()
    console = features.console
    console.lockout_s = 0.0
    print(f"soak: {options.minutes:g} minutes, database {database.path}", flush=True)
    soak = Soak(console, options.minutes, trace)
    soak.sample()
    app.exec()
    plateau = soak.report()
    console.shutdown()
    features.presenter.shutdown()
    window.close()
    database.close()
    return 0 if plateau else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
