"""The database schema, as an ordered list of migrations.

The schema version lives in SQLite's ``PRAGMA user_version`` (0 for a new file).
Opening a database applies every migration above its version, each in its own
transaction together with the new version number, so a crash mid-upgrade leaves
the previous version intact. A new database is built by the same path (1, then
2, ...), so the upgrade path is exercised every time.

- Schema 1 (first release): ``events`` and ``items`` (without cues).
- Schema 2: ``items.cues`` (JSON text), ``item_actuals`` and ``log_entries``.

Never edit a released migration; append a new one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One step of the schema: the version it produces and the SQL that gets there."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "events and their run-sheet items",
        (
            """
            CREATE TABLE events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                title TEXT NOT NULL,
                venue TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL,
                scheduled_start DATETIME NOT NULL,
                languages TEXT NOT NULL DEFAULT '[]',
                notes TEXT NOT NULL DEFAULT ''
            )
            """,
            """
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
            )
            """,
            "CREATE INDEX ix_items_event_position ON items (event_id, position)",
        ),
    ),
    Migration(
        2,
        "item cues, actual times and the event log",
        (
            "ALTER TABLE items ADD COLUMN cues TEXT NOT NULL DEFAULT '{}'",
            """
            CREATE TABLE item_actuals (
                item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                actual_start DATETIME,
                actual_end DATETIME
            )
            """,
            """
            CREATE TABLE log_entries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,
                monotonic REAL NOT NULL,
                wall DATETIME NOT NULL,
                severity TEXT NOT NULL,
                source TEXT NOT NULL,
                kind TEXT NOT NULL,
                message TEXT NOT NULL
            )
            """,
            "CREATE INDEX ix_log_entries_event ON log_entries (event_id, id)",
        ),
    ),
)

#: The schema this code reads and writes.
LATEST_VERSION = MIGRATIONS[-1].version


def pending(current_version: int) -> list[Migration]:
    """The migrations to apply, in order, to a database at ``current_version``."""
    return [migration for migration in MIGRATIONS if migration.version > current_version]
