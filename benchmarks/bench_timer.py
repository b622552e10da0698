"""Presenter timer figures: CPU use while counting, and how late each new second reaches the screen.

Run alone: ``.venv/bin/python -m benchmarks.bench_timer`` (a real 10-minute run for
the lag) or ``--quick`` (30 s). The measurement runs in a child process on Qt's
offscreen platform with two 1920x1080 screens, the presenter window full screen
on STAGE, driven by the real clock exactly as in the application.

Printed:

- ``timer.presenter_cpu``: process CPU time over wall time while the presenter
  window counts down alone (20 s), in percent of one core (target <= 3 %).
- ``timer.presenter_and_mirror_cpu``: the same with the operator's strip and
  live mirror painting too (the real app's load from the timer).
- ``timer.second_change_lag``: for every change of the displayed second, the
  time from the monotonic clock crossing the second (``TimerView.value_since``)
  to the end of the paint that shows it: p50, p99 and max in ms (target max
  <= 17 ms), with counts of seconds skipped or shown twice (must be 0).

Offscreen paints into an in-memory backing store: a real display adds the
window system's flush and the monitor's own frame delay, which no program sees.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CPU_SECONDS = 20.0
LAG_SECONDS = 600.0
QUICK_LAG_SECONDS = 30.0
WARM_UP_S = 2.0
SCREENS = {
    "screens": [
        {"name": "OPERATOR", "x": 0, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "STAGE", "x": 1920, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]
}


def _run_child(phase: str, seconds: float) -> dict[str, Any]:
    """Measure one phase in a fresh process; returns its JSON result."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screens.json"
        config.write_text(json.dumps(SCREENS), encoding="utf-8")
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        root = Path(__file__).resolve().parents[1]
        env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_timer", "--child", phase, str(seconds),
             str(Path(folder) / "settings.ini")],
            cwd=root, env=env, capture_output=True, text=True, timeout=seconds + 120,
        )
    if result.returncode != 0:
        raise RuntimeError(f"bench_timer child {phase} failed: {result.stderr[-2000:]}")
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def child(phase: str, seconds: float, settings_path: str) -> dict[str, Any]:
    """Inside the child process: build the presenter, run the event loop, measure."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from controlroom.clock import SystemClock
    from controlroom.model import Item
    from controlroom.timer import PresenterTimer, TimerView
    from ui.presenter import PresenterFeed, PresenterWindow
    from ui.timer_strip import TimerPanel

    app = QApplication([])
    screens = {screen.name(): screen for screen in QApplication.screens()}
    operator = QMainWindow()
    operator.setScreen(screens["OPERATOR"])
    operator.setGeometry(0, 0, 1600, 900)
    clock = SystemClock()
    timer = PresenterTimer(clock)
    duration = int(seconds + WARM_UP_S + 60)
    timer.on_item_started(Item(title="Keynote", planned_duration=duration,
                               speaker_name="Speaker", warning_at=30, danger_at=10),
                          Item(title="Questions"))
    feed = PresenterFeed(timer, clock)
    if phase == "mirror":
        operator.setCentralWidget(TimerPanel(timer, feed))
    operator.show()
    presenter = PresenterWindow(feed, QSettings(settings_path, QSettings.Format.IniFormat),
                                operator_window=operator)
    presenter.show_presenter()
    assert presenter.placement == "fullscreen:STAGE", presenter.placement

    lags: list[float] = []
    shown: list[int] = []
    measuring = False

    def on_painted(view: TimerView, finished: float) -> None:
        if not measuring:
            return
        if shown and view.displayed_s == shown[-1]:
            return  # a repaint of the same second (expose, stale check)
        shown.append(view.displayed_s)
        if view.value_since is not None and len(shown) > 1:
            lags.append(finished - view.value_since)

    presenter.painted.connect(on_painted)
    # Local event loops: QApplication.quit() would also close every window (Qt >= 6.5).
    warm_up = QEventLoop()
    QTimer.singleShot(int(WARM_UP_S * 1000), warm_up.quit)
    warm_up.exec()
    measuring = True
    run = QEventLoop()
    cpu0, wall0 = time.process_time(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), run.quit)
    run.exec()
    assert presenter.isVisible()
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    hits = presenter.prepared_hits
    feed.shutdown()
    presenter.painted.disconnect(on_painted)
    presenter.close()
    operator.close()
    presenter.deleteLater()
    operator.deleteLater()
    app.processEvents()
    steps = [b - a for a, b in zip(shown, shown[1:], strict=False)]
    return {
        "cpu_pct": 100.0 * cpu / wall,
        "seconds": wall,
        "changes": len(lags),
        "skipped": sum(1 for step in steps if step < -1),
        "repeated": sum(1 for step in steps if step >= 0),
        "lags_ms": [lag * 1000.0 for lag in lags],
        "prepared_hits": hits,
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--child" in argv:
        at = argv.index("--child")
        phase, seconds, settings_path = argv[at + 1], float(argv[at + 2]), argv[at + 3]
        print(json.dumps(child(phase, seconds, settings_path)), flush=True)
        return 0
    quick = "--quick" in argv
    alone = _run_child("alone", CPU_SECONDS)
    print(f"timer.presenter_cpu pct_of_core={alone['cpu_pct']:.2f} "
          f"seconds={alone['seconds']:.0f} screen=1920x1080 target_pct=3", flush=True)
    mirror = _run_child("mirror", CPU_SECONDS)
    print(f"timer.presenter_and_mirror_cpu pct_of_core={mirror['cpu_pct']:.2f} "
          f"seconds={mirror['seconds']:.0f}", flush=True)
    lag_seconds = QUICK_LAG_SECONDS if quick else LAG_SECONDS
    run = _run_child("mirror", lag_seconds)
    lags = run["lags_ms"] or [float("nan")]
    print(
        f"timer.second_change_lag p50_ms={statistics.median(lags):.2f} "
        f"p99_ms={_percentile(lags, 0.99):.2f} max_ms={max(lags):.2f} target_max_ms=17 "
        f"changes={run['changes']} skipped={run['skipped']} repeated={run['repeated']} "
        f"seconds={run['seconds']:.0f} cpu_pct={run['cpu_pct']:.2f} "
        f"prepared_frames={run['prepared_hits']}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
