"""Run-sheet figures on a generated 1,000-item event, against a real SQLite file.

Run alone: ``.venv/bin/python -m benchmarks.bench_runsheet`` (``--quick``: 50 edits).

Printed:

- ``runsheet.duration_edit``: one ``set_item_field(i, "planned_duration", ...)``
  from the call until its transaction is committed by the writer thread (WAL,
  ``synchronous=FULL``) with every planned time recomputed: p50 and max in ms over
  ~200 edits (target <= 10 ms). ``call_*`` is the part on the calling (GUI)
  thread: validation, recompute of all 1,000 slots, queueing the write.
- ``runsheet.recompute``: ``compute_schedule`` alone for 1,000 items.
- ``runsheet.import_json``: ``controlroom import`` of the 1,000-item JSON show
  file (read, check, one transaction), and ``runsheet.import_csv`` the same as CSV.
- ``runsheet.load_event``: reading the 1,000-item event back (what opening it costs).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from controlroom.runsheet import RunSheet
from controlroom.samples import generate_event
from controlroom.schedule import compute_schedule
from controlroom.showfile import event_to_json, import_event_file, items_to_csv
from controlroom.storage import Database

ITEMS = 1000


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _edit_figures(database: Database, edits: int) -> str:
    event = generate_event(ITEMS)
    database.create_event(event)
    sheet = RunSheet(event, database)
    rng = random.Random(7)
    total: list[float] = []
    on_call: list[float] = []
    for _ in range(5):  # warm the connection and the caches
        sheet.set_item_field(rng.randrange(ITEMS), "planned_duration", rng.randrange(60, 900))
        sheet.wait_saved(30)
    for _ in range(edits):
        index = rng.randrange(ITEMS)
        value = sheet.items[index].planned_duration + rng.choice([-15, 15])
        started = time.perf_counter()
        sheet.set_item_field(index, "planned_duration", max(0, value))
        returned = time.perf_counter()
        if not sheet.wait_saved(30):
            raise RuntimeError("a write did not finish in 30 s")
        finished = time.perf_counter()
        on_call.append(returned - started)
        total.append(finished - started)
    stored = database.load_event(event.id or 0)
    if [i.planned_duration for i in stored.items] != [i.planned_duration for i in sheet.items]:
        raise RuntimeError("the database does not match the edits")
    return (
        f"runsheet.duration_edit items={ITEMS} n={edits} "
        f"p50_ms={_ms(statistics.median(total)):.2f} max_ms={_ms(max(total)):.2f} "
        f"call_p50_ms={_ms(statistics.median(on_call)):.2f} "
        f"call_max_ms={_ms(max(on_call)):.2f} target_ms=10"
    )


def _recompute_figures(rounds: int) -> str:
    event = generate_event(ITEMS)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        compute_schedule(event.scheduled_start, event.items)
        timings.append(time.perf_counter() - started)
    return (
        f"runsheet.recompute items={ITEMS} p50_ms={_ms(statistics.median(timings)):.2f} "
        f"max_ms={_ms(max(timings)):.2f}"
    )


def _import_figures(database: Database, folder: Path, rounds: int) -> list[str]:
    event = generate_event(ITEMS)
    json_path = folder / "generated.json"
    json_path.write_text(event_to_json(event), encoding="utf-8")
    csv_path = folder / "generated.csv"
    csv_path.write_text(items_to_csv(event.items), encoding="utf-8")
    lines = []
    event_id = 0
    for label, path, start in (
        ("import_json", json_path, None),
        ("import_csv", csv_path, datetime(2026, 11, 26, 9, 0)),
    ):
        timings = []
        for _ in range(rounds):
            started = time.perf_counter()
            event_id = import_event_file(database, path, scheduled_start=start)
            timings.append(time.perf_counter() - started)
        size_kb = path.stat().st_size / 1024
        lines.append(
            f"runsheet.{label} items={ITEMS} size_kb={size_kb:.0f} "
            f"p50_ms={_ms(statistics.median(timings)):.1f} max_ms={_ms(max(timings)):.1f}"
        )
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        database.load_event(event_id)
        timings.append(time.perf_counter() - started)
    lines.append(
        f"runsheet.load_event items={ITEMS} p50_ms={_ms(statistics.median(timings)):.1f} "
        f"max_ms={_ms(max(timings)):.1f}"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (argv or [])
    edits = 50 if quick else 200
    rounds = 3 if quick else 10
    with tempfile.TemporaryDirectory(prefix="bench_runsheet_") as directory:
        folder = Path(directory)
        with Database.open(folder / "bench.db") as database:
            print(_edit_figures(database, edits), flush=True)
            print(_recompute_figures(rounds * 10), flush=True)
            for line in _import_figures(database, folder, rounds):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
