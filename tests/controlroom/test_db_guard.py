"""One writer per database file, and backups: against real files and a real second process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from controlroom.db_guard import (
    DatabaseBusy,
    WriterLock,
    backup_database,
    list_backups,
)
from controlroom.model import Event, EventKind
from controlroom.storage import Database

HOLDER = """
import sys, time
from controlroom.db_guard import WriterLock
lock = WriterLock.acquire(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def _hold_in_child(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_second_process_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    path = tmp_path / "show.db"
    child = _hold_in_child(path)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            WriterLock.acquire(path)
        assert str(child.pid) in str(caught.value)
        assert str(path) in str(caught.value)
    finally:
        child.kill()
        child.wait()


def test_a_killed_holder_leaves_the_file_free(tmp_path: Path) -> None:
    path = tmp_path / "show.db"
    child = _hold_in_child(path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with WriterLock.acquire(path) as lock:
        assert lock.held
    assert not lock.held


def test_the_lock_is_released_and_taken_again_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "show.db"
    first = WriterLock.acquire(path)
    first.release()
    first.release()  # idempotent
    second = WriterLock.acquire(path)
    assert second.held
    second.release()


def _event() -> Event:
    return Event(
        title="Брифинг",
        kind=EventKind.BRIEFING,
        scheduled_start=datetime(2026, 12, 3, 11, 0),
    )


def test_backup_is_a_consistent_copy_and_only_the_newest_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "show.db"
    with Database.open(path) as database:
        event_id = database.create_event(_event())
        start = datetime(2026, 12, 3, 10, 0)
        made = [
            backup_database(path, keep=3, now=start + timedelta(minutes=k)) for k in range(5)
        ]
        kept = list_backups(path)
        assert kept == list(reversed(made[2:]))
        assert not made[0].exists() and not made[1].exists()
        with Database.open(kept[0]) as copy:
            assert copy.load_event(event_id).title == "Брифинг"


def test_a_failed_backup_leaves_no_file_and_the_source_untouched(tmp_path: Path) -> None:
    path = tmp_path / "show.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        backup_database(path)
    assert path.read_bytes() == before
    assert list_backups(path) == []
