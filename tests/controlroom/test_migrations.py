"""Schema versions: a first-release database opens, upgrades and loses nothing."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from controlroom import migrations
from controlroom.cues import ItemCues, SwitcherCue
from controlroom.model import EventKind, Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.storage import Base, Database, LogEntry, StorageError

# The schema exactly as the first release created it (frozen here on purpose:
# the test must not follow later edits of the migration code).
SCHEMA_1 = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    scheduled_start DATETIME NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    speaker_name TEXT NOT NULL DEFAULT '',
    speaker_role TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    planned_duration INTEGER NOT NULL,
    hard_start DATETIME,
    notes TEXT NOT NULL DEFAULT '',
    warning_at INTEGER NOT NULL,
    danger_at INTEGER NOT NULL,
    colour TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ix_items_event_position ON items (event_id, position);
PRAGMA user_version = 1;
"""


def build_schema_1(path: Path) -> None:
    raw = sqlite3.connect(path)
    try:
        raw.executescript(SCHEMA_1)
        raw.executemany(
            "INSERT INTO events (id, title, venue, kind, scheduled_start, languages, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (1, "Брифинг", "Астана", "briefing", "2026-03-02 10:00:00.000000", '["kk"]', ""),
                (
                    2,
                    "Мәслихат",
                    "",
                    "press_conference",
                    "2026-03-03 23:30:00",
                    '["kk", "ru"]',
                    "Ғ Қ",
                ),
            ],
        )
        raw.executemany(
            "INSERT INTO items (event_id, position, title, speaker_name, speaker_role, kind,"
            " planned_duration, hard_start, notes, warning_at, danger_at, colour)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (1, 1, "Сұрақтар", "", "", "qa", 600, None, "", 120, 30, ""),
                (
                    1,
                    0,
                    "Ашылу",
                    "Өмірзақ",
                    "Хатшы",
                    "segment",
                    300,
                    "2026-03-02 10:00:00",
                    "",
                    60,
                    10,
                    "#102030",
                ),
                (2, 0, "Түнгі", "", "", "break", 0, "2026-03-04 00:15:00", "ескерту", 0, 0, ""),
            ],
        )
        raw.commit()
    finally:
        raw.close()


def test_first_release_database_upgrades_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    build_schema_1(path)
    with Database.open(path) as db:
        assert db.schema_version == migrations.LATEST_VERSION == 3
        assert [(s.id, s.title) for s in db.list_events()] == [(1, "Брифинг"), (2, "Мәслихат")]
        first = db.load_event(1)
        assert first.kind is EventKind.BRIEFING and first.languages == ["kk"]
        assert first.scheduled_start == datetime(2026, 3, 2, 10, 0)
        assert [(i.title, i.planned_duration, i.kind) for i in first.items] == [
            ("Ашылу", 300, ItemKind.SEGMENT),
            ("Сұрақтар", 600, ItemKind.QA),
        ]
        opening = first.items[0]
        assert (opening.speaker_name, opening.speaker_role) == ("Өмірзақ", "Хатшы")
        assert (opening.warning_at, opening.danger_at, opening.colour) == (60, 10, "#102030")
        assert opening.hard_start == datetime(2026, 3, 2, 10, 0)
        assert all(item.cues == ItemCues() for item in first.items)
        second = db.load_event(2)
        assert second.notes == "Ғ Қ"
        assert second.items[0].hard_start == datetime(2026, 3, 4, 0, 15)

        # The new parts work on the upgraded file.
        cue = ItemCues((SwitcherCue(program=2),))
        sheet = RunSheet(first, db)
        sheet.set_item_field(0, "cues", cue)
        sheet.insert_item(2, Item("Жабылу", 120))
        assert sheet.wait_saved(10)
        assert opening.id is not None
        run_id = db.start_run(1, "live", datetime(2026, 3, 2, 10, 1))
        db.record_item_actual(opening.id, datetime(2026, 3, 2, 10, 1), None, run_id=run_id)
        db.append_log(
            [
                LogEntry(
                    1, 1.0, datetime(2026, 3, 2, 10, 1), "info", "engine", "item", "Ашылу started"
                )
            ]
        )
        reloaded = db.load_event(1)
        assert reloaded.items[0].cues == cue
        assert [i.title for i in reloaded.items] == ["Ашылу", "Сұрақтар", "Жабылу"]
        assert db.item_actuals(1) == {opening.id: (datetime(2026, 3, 2, 10, 1), None)}
        assert db.log_entries(1)[0].message == "Ашылу started"
        assert db.integrity_check() == "ok"


def test_opening_twice_migrates_once(tmp_path: Path) -> None:
    path = tmp_path / "twice.db"
    build_schema_1(path)
    Database.open(path).close()
    with Database.open(path) as db:
        assert db.schema_version == 3
        assert len(db.load_event(1).items) == 2


def test_a_failed_migration_leaves_the_previous_schema(tmp_path: Path) -> None:
    path = tmp_path / "blocked.db"
    build_schema_1(path)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE item_actuals (x INTEGER)")  # in the way of migration 2
    raw.commit()
    raw.close()
    with pytest.raises(StorageError, match="item_actuals"):
        Database.open(path)
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone() == (1,)
        columns = {row[1] for row in raw.execute("PRAGMA table_info(items)")}
        assert "cues" not in columns
        assert raw.execute("SELECT count(*) FROM items").fetchone() == (3,)
    finally:
        raw.close()


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(StorageError, match="schema 99 is newer"):
        Database.open(path)


def test_migrated_schema_matches_the_orm(tmp_path: Path) -> None:
    with Database.open(tmp_path / "fresh.db") as db:
        path = db.path
    raw = sqlite3.connect(path)
    try:
        for table in Base.metadata.sorted_tables:
            columns = {row[1] for row in raw.execute(f"PRAGMA table_info({table.name})")}
            assert columns == {column.name for column in table.columns}, table.name
    finally:
        raw.close()
