"""Editor window figures: opening a 1,000-item event, one duration edit, and cold start.

Prints, as plain lines:

- ``editor.open_1000`` — a generated 1,000-item event shown in an already open
  window: RunSheet built, model reset and the table's first paint (target <= 300 ms);
- ``editor.duration_edit`` — one duration typed into row 500 of that event: the
  edit with every planned time recomputed and the view told (``recompute``), and
  until the SQLite transaction is committed (``commit``) (target <= 10 ms);
- ``editor.cold_start`` — ``controlroom --rehearsal --db <500-item db>`` in a fresh
  process until the window has painted, as the app reports it
  (``CONTROLROOM_EXIT_AFTER_SHOW=1``), and its resident memory (targets <= 1.5 s, <= 150 MiB).

Run alone: ``.venv/bin/python -m benchmarks.bench_editor`` (``--quick`` for fewer rounds).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    position = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[position]


def measure_in_window(rounds: int, workdir: Path) -> list[str]:
    """Open a 1,000-item event in a shown window, then edit one duration; figures in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from controlroom.runsheet import RunSheet
    from controlroom.samples import generate_event
    from controlroom.storage import Database
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.runsheet_model import Column

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "settings")
    )
    app = create_application([sys.argv[0]])
    database = Database.open(workdir / "bench_1000.db")
    event_id = database.create_event(generate_event(1000))
    window = MainWindow(database, rehearsal=True)
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    viewport = window.table_view.viewport()

    open_ms: list[float] = []
    for _ in range(rounds):
        window.set_runsheet(None)
        app.processEvents()
        event = database.load_event(event_id)  # storage time is not the window's
        started = time.perf_counter()
        window.set_runsheet(RunSheet(event, database))
        viewport.repaint()  # synchronous first paint of the visible rows
        open_ms.append((time.perf_counter() - started) * 1000)
        runsheet = window.runsheet
        assert runsheet is not None and len(runsheet.items) == 1000

    runsheet = window.runsheet
    assert runsheet is not None
    model = window.model
    recompute_ms: list[float] = []
    commit_ms: list[float] = []
    for round_number in range(rounds * 4):
        text = f"{5 + round_number % 7}:{round_number % 60:02d}"
        started = time.perf_counter()
        accepted = model.setData(model.index(500, Column.DURATION), text)
        recomputed = time.perf_counter()
        saved = runsheet.wait_saved(10.0)
        committed = time.perf_counter()
        assert accepted and saved
        recompute_ms.append((recomputed - started) * 1000)
        commit_ms.append((committed - started) * 1000)
        app.processEvents()

    window.close()
    database.close()
    return [
        f"editor.open_1000 p50_ms={statistics.median(open_ms):.1f} "
        f"max_ms={max(open_ms):.1f} target_ms=300 rounds={rounds}",
        f"editor.duration_edit recompute_p50_ms={statistics.median(recompute_ms):.2f} "
        f"recompute_p99_ms={_percentile(recompute_ms, 0.99):.2f} "
        f"commit_p50_ms={statistics.median(commit_ms):.2f} "
        f"commit_p99_ms={_percentile(commit_ms, 0.99):.2f} target_ms=10 "
        f"edits={len(commit_ms)}",
    ]


def build_cold_start_database(path: Path) -> int:
    """A database holding one generated 500-item event; its id."""
    from controlroom.samples import generate_event
    from controlroom.storage import Database

    database = Database.open(path)
    try:
        return database.create_event(generate_event(500))
    finally:
        database.close()


def measure_cold_start(rounds: int, workdir: Path) -> list[str]:
    """Start ``controlroom --rehearsal`` on a 500-item event ``rounds`` times."""
    db_path = workdir / "bench_500.db"
    event_id = build_cold_start_database(db_path)
    environment = dict(os.environ)
    environment.update(
        {
            "CONTROLROOM_EXIT_AFTER_SHOW": "1",
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(workdir / "config"),
            "XDG_DATA_HOME": str(workdir / "data"),
        }
    )
    shown_s: list[float] = []
    rss_mib: list[float] = []
    outside_s: list[float] = []
    command = [
        sys.executable, "-m", "controlroom", "--rehearsal", "--db", str(db_path),
        "--event", str(event_id),
    ]
    for _ in range(rounds):
        started = time.perf_counter()
        result = subprocess.run(
            command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
        )
        outside_s.append(time.perf_counter() - started)
        figures = dict(
            line.split("=", 1) for line in result.stdout.splitlines() if "=" in line
        )
        if result.returncode != 0 or "first_window_shown_s" not in figures:
            raise RuntimeError(f"cold start failed ({result.returncode}): {result.stderr[-2000:]}")
        shown_s.append(float(figures["first_window_shown_s"]))
        rss_mib.append(float(figures["rss_mib"]))
    return [
        f"editor.cold_start first_window_shown_p50_s={statistics.median(shown_s):.3f} "
        f"max_s={max(shown_s):.3f} process_exit_p50_s={statistics.median(outside_s):.3f} "
        f"target_s=1.5 rounds={rounds}",
        f"editor.cold_start rss_p50_mib={statistics.median(rss_mib):.1f} "
        f"max_mib={max(rss_mib):.1f} target_mib=150",
    ]


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    quick = "--quick" in arguments
    with tempfile.TemporaryDirectory(prefix="bench_editor_") as directory:
        workdir = Path(directory)
        for line in measure_cold_start(3 if quick else 7, workdir):
            print(line, flush=True)
        for line in measure_in_window(3 if quick else 10, workdir):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
