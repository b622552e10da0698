"""Runs of the show: rehearsal and live apart, reports of one run, resuming after a crash.

Real SQLite files in tmp_path, the real engine on a manual clock, the CLI as a subprocess.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

from cli_runner import controlroom as run_controlroom
from conftest_engine import START
from recorder import Recorder
from test_engine import HallDouble, kinds, make_event

from controlroom.clock import ManualClock
from controlroom.engine import RESUMED, ShowEngine
from controlroom.eventlog import EventLog
from controlroom.report import build_report
from controlroom.runsheet import RunSheet
from controlroom.storage import Database

ROOT = Path(__file__).resolve().parents[2]


def settle(database: Database, log: EventLog) -> None:
    assert log.flush(5.0)
    database.writer.submit(lambda: None).result(5.0)


def play(database: Database, event_id: int, clock: ManualClock, mode: str, gos: int) -> None:
    """Open the event, GO ``gos`` times a minute apart, stop and close (a clean end)."""
    log = EventLog(database, clock, event_id)
    engine = ShowEngine(
        RunSheet(database.load_event(event_id), database),
        None,
        clock,
        log=log,
        database=database,
        run_mode=mode,
    )
    for _ in range(gos):
        assert engine.go()
        clock.advance(60)
    engine.stop()
    engine.close()
    settle(database, log)


def test_a_rehearsal_and_a_live_run_keep_their_own_times_and_the_report_picks_live(
    tmp_path: Path,
) -> None:
    database = Database.open(tmp_path / "show.db")
    try:
        event_id = database.create_event(make_event([300, 600, 300]))
        clock = ManualClock(start_wall=START - timedelta(hours=15))
        play(database, event_id, clock, "rehearsal", gos=3)
        clock.advance(15 * 3600 - 180)
        play(database, event_id, clock, "live", gos=2)
        runs = database.list_runs(event_id)
        assert [(r.mode, r.items_run, r.unfinished) for r in runs] == [
            ("rehearsal", 3, False),
            ("live", 2, False),
        ]
        report = build_report(database, event_id)
        assert report.run is not None and report.run.mode == "live"
        late = [row.start_difference_s for row in report.rows]
        assert late == [0, -240, None]  # the rehearsal's "15 h early" does not leak in
        assert all(entry.run_id == runs[1].id for entry in report.log)
        rehearsal = build_report(database, event_id, run_id=runs[0].id)
        assert [row.actual_start is not None for row in rehearsal.rows] == [True] * 3
    finally:
        database.close()
    # The command line: `runs` lists both, `report --run` picks one, a wrong run is named.
    db = str(tmp_path / "show.db")

    def controlroom(*args: str) -> subprocess.CompletedProcess[str]:
        return run_controlroom(*args, "--db", db, timeout=120)

    listing = controlroom("runs", str(event_id))
    assert listing.returncode == 0, listing.stderr
    assert [line.split()[1] for line in listing.stdout.splitlines()] == ["rehearsal", "live"]
    chosen = controlroom("report", str(event_id), "--run", str(runs[0].id))
    assert chosen.returncode == 0, chosen.stderr
    items = list(csv.DictReader(io.StringIO(chosen.stdout.split("\n\n", 1)[0])))
    assert all(row["actual_start"] for row in items)
    wrong = controlroom("report", str(event_id), "--run", "999")
    assert wrong.returncode == 2 and "no run 999" in wrong.stderr


def test_after_a_crash_the_run_is_resumed_where_it_stood_and_cues_wait_for_the_operator(
    tmp_path: Path,
) -> None:
    path = tmp_path / "show.db"
    database = Database.open(path)
    event_id = database.create_event(make_event([300, 600, 300, 120]))
    clock = ManualClock(start_wall=START)
    log = EventLog(database, clock, event_id)
    hall = HallDouble()
    engine = ShowEngine(
        RunSheet(database.load_event(event_id), database), hall, clock, log=log, database=database
    )
    engine.go()
    clock.advance(320)
    engine.go()
    clock.advance(100)
    engine.move_standby(1)  # the operator skipped item 3
    settle(database, log)
    database.close()  # the app dies here: no engine.close(), the run never ends

    database = Database.open(path)
    try:
        unfinished = [run for run in database.list_runs(event_id) if run.unfinished]
        assert len(unfinished) == 1
        run = unfinished[0]
        hall = HallDouble()
        clock.advance(30)  # the restart took half a minute
        log = EventLog(database, clock, event_id)
        engine = ShowEngine(
            RunSheet(database.load_event(event_id), database),
            hall,
            clock,
            log=log,
            database=database,
        )
        recorder = Recorder()
        engine.add_listener(recorder)
        engine.resume(run, database.item_actuals(event_id, run.id))
        assert (engine.live_index, engine.standby_index) == (1, 3)
        assert kinds(recorder)[0] == RESUMED
        assert hall.executed == []  # nothing re-sent without the operator
        actual = engine.actuals[1]
        assert actual.start == START + timedelta(seconds=320) and actual.end is None
        assert clock.monotonic() - actual.start_monotonic == 130  # elapsed survives the crash
        engine.resend_live_cues()
        assert hall.executed == ["Item 2"]
        engine.go()  # carries on in the same run: item 4
        engine.close()
        settle(database, log)
        runs = database.list_runs(event_id)
        assert len(runs) == 1 and not runs[0].unfinished
        actuals = database.item_actuals(event_id)
        assert len(actuals) == 3  # items 1, 2 and 4
    finally:
        database.close()


def test_a_schema_2_database_keeps_its_actual_times_as_one_earlier_run(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    raw = sqlite3.connect(path)
    from controlroom import migrations

    for migration in migrations.MIGRATIONS[:2]:
        for statement in migration.statements:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 2")
    raw.execute(
        "INSERT INTO events (id, title, kind, scheduled_start) "
        "VALUES (1, 'Брифинг', 'briefing', '2026-11-26 10:00:00.000000')"
    )
    raw.execute(
        "INSERT INTO items (id, event_id, position, title, kind, planned_duration, warning_at, "
        "danger_at) VALUES (1, 1, 0, 'Ашылу', 'segment', 300, 60, 10)"
    )
    raw.execute(
        "INSERT INTO item_actuals VALUES "
        "(1, '2026-11-26 10:02:00.000000', '2026-11-26 10:07:00.000000')"
    )
    raw.execute(
        "INSERT INTO log_entries (event_id, monotonic, wall, severity, source, kind, message) "
        "VALUES (1, 1.0, '2026-11-26 10:02:00.000000', 'info', 'operator', 'action', 'GO')"
    )
    raw.commit()
    raw.close()
    with Database.open(path) as database:
        runs = database.list_runs(1)
        assert [(r.mode, r.items_run, r.unfinished) for r in runs] == [("unknown", 1, False)]
        assert database.item_actuals(1) == {
            1: (START + timedelta(minutes=2), START + timedelta(minutes=7))
        }
        assert [e.run_id for e in database.log_entries(1)] == [runs[0].id]
        report = build_report(database, 1)
        assert report.run == runs[0]
