"""Storage against a real SQLite file: events, items with cues, actual times, the log."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.model import ITEM_FIELDS, Event, EventKind, Item, ItemKind
from controlroom.storage import (
    Database,
    EventNotFound,
    ItemRow,
    LogEntry,
    RunNotFound,
    StorageError,
    default_database_path,
)

START = datetime(2026, 11, 26, 11, 0)
CUES = ItemCues(
    (
        SwitcherCue(program=3, preview=1, transition="auto", delay=0.5),
        *(MicrophoneCue(live=(1, 3), gains_db=((3, 6.0),)),),
        ProjectorCue(power=True, source="HDMI1", blank=False),
    )
)


def full_event() -> Event:
    return Event(
        title="Партия баспасөз мәслихаты",
        scheduled_start=START,
        venue="Астана, баспасөз орталығы",
        kind=EventKind.BRIEFING,
        languages=["kk", "ru", "en"],
        notes="Ескерту: Ғ Ң Ұ Ү Ө",
        items=[
            Item(
                "Ашылу",
                300,
                speaker_name="Әлия Сәрсенқызы",
                speaker_role="Модератор",
                kind=ItemKind.SEGMENT,
                hard_start=START,
                notes="",
                warning_at=60,
                danger_at=15,
                colour="#224466",
                cues=CUES,
            ),
            Item("Сұрақ-жауап", 900, kind=ItemKind.QA),
            Item("Үзіліс", 0, kind=ItemKind.BREAK, hard_start=START + timedelta(hours=13)),
        ],
    )


def entry(event_id: int | None, severity: str, source: str = "engine", n: int = 0) -> LogEntry:
    return LogEntry(
        event_id,
        100.0 + n,
        START + timedelta(seconds=n),
        severity,
        source,
        "action",
        f"message {n}",
    )


def test_connection_settings_are_wal_full_and_foreign_keys(db: Database) -> None:
    assert db.connection_settings() == {
        "journal_mode": "wal",
        "synchronous": "2",  # FULL
        "foreign_keys": "1",
    }
    raw = sqlite3.connect(db.path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()


def test_the_field_table_covers_the_item_and_its_columns() -> None:
    """ITEM_FIELDS is the one list files and storage are built from: it must match both."""
    names = [spec.name for spec in ITEM_FIELDS]
    assert sorted(names) == sorted(f.name for f in dataclasses.fields(Item) if f.name != "id")
    assert len(set(names)) == len(names)
    columns = {column.name for column in ItemRow.__table__.columns}
    assert columns == {"id", "event_id", "position", *names}


def test_event_round_trip_keeps_every_field(db: Database) -> None:
    event = full_event()
    event_id = db.create_event(event)
    assert event.id == event_id
    assert all(item.id is not None for item in event.items)
    assert db.load_event(event_id) == event


def test_several_events_listed_by_start(db: Database) -> None:
    later = full_event()
    later.scheduled_start = START + timedelta(days=2)
    later.title = "Кейінгі"
    first_id = db.create_event(later)
    second_id = db.create_event(Event("Ертеңгі", START, items=[]))
    summaries = db.list_events()
    assert [(s.id, s.title, s.date) for s in summaries] == [
        (second_id, "Ертеңгі", START.date()),
        (first_id, "Кейінгі", (START + timedelta(days=2)).date()),
    ]
    assert [s.item_count for s in summaries] == [0, 3]
    assert summaries[1].kind is EventKind.BRIEFING


def test_missing_event(db: Database) -> None:
    with pytest.raises(EventNotFound):
        db.load_event(42)
    with pytest.raises(EventNotFound):
        db.delete_event(42)


def test_delete_removes_items_actuals_and_log(db: Database) -> None:
    keep = db.create_event(Event("keep", START, items=[Item("k", 60)]))
    event = full_event()
    gone = db.create_event(event)
    first_item = event.items[0].id
    assert first_item is not None
    run_id = db.start_run(gone, "live", START)
    db.record_item_actual(first_item, START, START + timedelta(minutes=5), run_id=run_id)
    db.append_log([entry(gone, "info"), entry(keep, "info")])
    db.delete_event(gone)
    assert [s.id for s in db.list_events()] == [keep]
    assert db.item_actuals(gone) == {}
    assert db.log_entries(gone) == []
    assert len(db.log_entries(keep)) == 1
    raw = sqlite3.connect(db.path)
    try:
        orphans = raw.execute("SELECT count(*) FROM items WHERE event_id = ?", (gone,))
        assert orphans.fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM run_actuals").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM runs").fetchone() == (0,)
    finally:
        raw.close()


def test_duplicate_is_a_template_for_the_next_briefing(db: Database) -> None:
    event = full_event()
    original_id = db.create_event(event)
    first_item = event.items[0].id
    assert first_item is not None
    db.record_item_actual(first_item, START, None, run_id=db.start_run(original_id, "live", START))
    next_week = START + timedelta(days=7, hours=-1)
    copy_id = db.duplicate_event(original_id, "Келесі брифинг", next_week)
    assert copy_id != original_id
    copy = db.load_event(copy_id)
    original = db.load_event(original_id)
    assert copy.title == "Келесі брифинг" and copy.scheduled_start == next_week
    assert [i.title for i in copy.items] == [i.title for i in original.items]
    assert copy.items[0].cues == CUES
    assert copy.items[0].hard_start == next_week
    assert copy.items[2].hard_start == next_week + timedelta(hours=13)
    assert {i.id for i in copy.items}.isdisjoint({i.id for i in original.items})
    assert db.item_actuals(copy_id) == {}
    assert db.item_actuals(original_id) == {first_item: (START, None)}


def test_actual_times_are_set_and_replaced(db: Database) -> None:
    event = full_event()
    event_id = db.create_event(event)
    a, b = event.items[0].id, event.items[1].id
    assert a is not None and b is not None
    run_id = db.start_run(event_id, "live", START)
    db.record_item_actual(a, START, None, run_id=run_id)
    db.record_item_actual(b, START + timedelta(minutes=6), None, run_id=run_id)
    db.record_item_actual(a, START, START + timedelta(minutes=6), run_id=run_id)
    assert db.item_actuals(event_id) == {
        a: (START, START + timedelta(minutes=6)),
        b: (START + timedelta(minutes=6), None),
    }


def test_each_run_keeps_its_own_actual_times_and_log(db: Database) -> None:
    event = full_event()
    event_id = db.create_event(event)
    a = event.items[0].id
    assert a is not None
    rehearsal = db.start_run(event_id, "rehearsal", START - timedelta(hours=15))
    db.record_item_actual(a, START - timedelta(hours=15), None, run_id=rehearsal)
    db.append_log([replace(entry(event_id, "info"), run_id=rehearsal)])
    db.end_run(rehearsal, START - timedelta(hours=14))
    live = db.start_run(event_id, "live", START)
    db.record_item_actual(a, START, START + timedelta(minutes=3), run_id=live)
    db.append_log([replace(entry(event_id, "warning"), run_id=live)])
    db.set_run_position(live, a, None)
    runs = db.list_runs(event_id)
    assert [(r.id, r.mode, r.unfinished, r.items_run) for r in runs] == [
        (rehearsal, "rehearsal", False, 1),
        (live, "live", True, 1),
    ]
    assert runs[1].live_item_id == a and runs[1].standby_item_id is None
    assert db.item_actuals(event_id, rehearsal) == {a: (START - timedelta(hours=15), None)}
    assert db.item_actuals(event_id) == {a: (START, START + timedelta(minutes=3))}
    assert [e.severity for e in db.log_entries(event_id, run_id=live)] == ["warning"]
    assert db.run(rehearsal).ended == START - timedelta(hours=14)
    with pytest.raises(RunNotFound):
        db.run(9999)
    with pytest.raises(ValueError, match="run mode"):
        db.start_run(event_id, "dress", START)


def test_log_filters_by_source_and_severity(db: Database) -> None:
    event_id = db.create_event(Event("log", START))
    entries = [
        entry(event_id, "debug", "switcher", 0),
        entry(event_id, "info", "engine", 1),
        entry(event_id, "warning", "switcher", 2),
        entry(event_id, "error", "projector", 3),
        entry(None, "info", "operator", 4),
    ]
    db.append_log(entries)
    assert db.log_entries(event_id) == entries[:4]
    assert db.log_entries(event_id, source="switcher") == [entries[0], entries[2]]
    assert db.log_entries(event_id, min_severity="warning") == entries[2:4]
    assert db.log_entries(None) == [entries[4]]
    with pytest.raises(ValueError, match="severity"):
        db.log_entries(event_id, min_severity="loud")


def test_a_bad_log_batch_writes_nothing(db: Database) -> None:
    event_id = db.create_event(Event("log", START))
    with pytest.raises(ValueError, match="severity 'fatal'"):
        db.append_log([entry(event_id, "info"), entry(event_id, "fatal")])
    assert db.log_entries(event_id) == []


def test_writes_queued_on_the_writer_do_not_deadlock(db: Database) -> None:
    event_id = db.create_event(Event("queued", START))
    future = db.writer.submit(db.append_log, [entry(event_id, "info")])
    assert future.result(timeout=10) is None
    nested = db.writer.submit(lambda: db.create_event(Event("nested", START)))
    assert db.event_exists(nested.result(timeout=10))
    assert len(db.log_entries(event_id)) == 1


def test_writes_from_many_threads_are_serialised(db: Database) -> None:
    event_id = db.create_event(Event("threads", START))
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for k in range(10):
                db.append_log([entry(event_id, "info", n=n * 100 + k)])
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert len(db.log_entries(event_id)) == 40


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError, match="notes.db"):
        Database.open(path)


def test_default_path_is_in_the_user_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    expected = tmp_path / "data" / "controlroom" / "controlroom.db"
    assert default_database_path() == expected
    database = Database.open(None)
    try:
        assert database.path == expected and expected.exists()
    finally:
        database.close()


def test_data_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "reopen.db"
    with Database.open(path) as first:
        event_id = first.create_event(full_event())
    with Database.open(path) as second:
        assert second.load_event(event_id).items[0].cues == CUES
        assert second.integrity_check() == "ok"
