"""The database schema, as an ordered list of migrations.

The schema version lives in SQLite's ``PRAGMA user_version`` (0 for a new file).
Opening a database applies every migration above its version, each in its own
transaction together with the new version number, so a crash mid-upgrade leaves
the previous version intact. A new database is built by the same path (1, then
2, ...), so the upgrade path is exercised every time.

- Schema 1 (first release): ``events`` and ``items`` (without cues).
- Schema 2: ``items.cues`` (JSON text), ``item_actuals`` and ``log_entries``.
- Schema 3: ``runs``: each run of the show (rehearsal or live) is its own record, with
  its own actual times (``run_actuals``, replacing ``item_actuals``) and its log
  (``log_entries.run_id``); a run that never ended (a crash) can be resumed. The
  actual times an older database holds become one run of mode ``unknown`` per event.

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
    Migration(
        3,
        "runs of the show, each with its own actual times and log",
        (
            """
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                mode TEXT NOT NULL,
                started DATETIME NOT NULL,
                ended DATETIME,
                live_item_id INTEGER,
                standby_item_id INTEGER
            )
            """,
            "CREATE INDEX ix_runs_event ON runs (event_id, id)",
            """
            CREATE TABLE run_actuals (
                run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                actual_start DATETIME,
                actual_end DATETIME,
                PRIMARY KEY (run_id, item_id)
            )
            """,
            "ALTER TABLE log_entries ADD COLUMN run_id INTEGER REFERENCES runs(id) "
            "ON DELETE SET NULL",
            """
            INSERT INTO runs (event_id, mode, started, ended)
            SELECT items.event_id, 'unknown',
                   MIN(COALESCE(item_actuals.actual_start, item_actuals.actual_end)),
                   MAX(COALESCE(item_actuals.actual_end, item_actuals.actual_start))
            FROM item_actuals JOIN items ON items.id = item_actuals.item_id
            GROUP BY items.event_id
            """,
            """
            INSERT INTO run_actuals (run_id, item_id, actual_start, actual_end)
            SELECT runs.id, item_actuals.item_id, item_actuals.actual_start,
                   item_actuals.actual_end
            FROM item_actuals
            JOIN items ON items.id = item_actuals.item_id
            JOIN runs ON runs.event_id = items.event_id
            """,
            """
            UPDATE log_entries SET run_id =
                (SELECT runs.id FROM runs WHERE runs.event_id = log_entries.event_id)
            WHERE event_id IS NOT NULL
            """,
            "DROP TABLE item_actuals",
        ),
    ),
    Migration(
        4,
        "log messages keep their translatable form (devices.text.Text as JSON)",
        ("ALTER TABLE log_entries ADD COLUMN text_json TEXT",),
    ),
)

#: The schema this code reads and writes.
LATEST_VERSION = MIGRATIONS[-1].version


def pending(current_version: int) -> list[Migration]:
    """The migrations to apply, in order, to a database at ``current_version``."""
    return [migration for migration in MIGRATIONS if migration.version > current_version]
