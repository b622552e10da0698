"""Guarding a database file: one writer at a time, and backups before a show.

Two copies of controlroom editing one SQLite file each keep their own run-sheet in
memory and write positions the other does not know, so rows are duplicated or lost.
:class:`WriterLock` makes the file single-writer: the first process takes an OS
advisory lock on ``<database>.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows) and holds it until it closes; a second one gets :class:`DatabaseBusy`,
naming the process that holds it, and opens the database read-only or stops. The
OS drops the lock when the holder dies, so a crash never leaves the file locked.

:func:`backup_database` copies a live database with SQLite's online backup API
(consistent even while the writer works) into a ``backups`` folder beside it and
keeps the newest few; the console takes one before each show.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

log = logging.getLogger("controlroom.storage")

#: How many automatic backups of one database are kept.
KEEP_BACKUPS = 5
BACKUP_FOLDER = "backups"


class DatabaseBusy(Exception):
    """Another controlroom process is writing this database."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        who = f" (process {holder})" if holder else ""
        super().__init__(f"{path}: already open for writing by another controlroom{who}")


class WriterLock:
    """The right to write one database file, held until :meth:`release` (or process exit)."""

    def __init__(self, database_path: Path) -> None:
        self.database_path = Path(database_path)
        self.lock_path = self.database_path.with_name(self.database_path.name + ".lock")
        self._file: IO[str] | None = None

    @classmethod
    def acquire(cls, database_path: Path | str) -> WriterLock:
        """Take the lock now or raise :class:`DatabaseBusy`; never waits."""
        lock = cls(Path(database_path))
        lock._take()
        return lock

    @property
    def held(self) -> bool:
        return self._file is not None

    def _take(self) -> None:
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.lock_path, "a+", encoding="utf-8")  # held open while the lock is ours
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read(32).strip()
            handle.close()
            raise DatabaseBusy(self.database_path, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        handle, self._file = self._file, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            _unlock_file(handle)
        handle.close()

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def backup_folder(database_path: Path) -> Path:
    """``backups/`` beside the database file."""
    return Path(database_path).parent / BACKUP_FOLDER


def backup_database(
    database_path: Path | str,
    *,
    label: str = "before-show",
    keep: int = KEEP_BACKUPS,
    now: datetime | None = None,
) -> Path:
    """Copy the database with SQLite's backup API; keep the newest ``keep`` backups of it.

    Returns the new file's path. Raises ``OSError`` or ``sqlite3.Error`` when the copy
    cannot be made (a full disk); the source is never changed.
    """
    source_path = Path(database_path)
    folder = backup_folder(source_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source_path.stem}-{stamp}-{label}.db"
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    finally:
        source.close()
    for old in list_backups(source_path)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    log.info("%s: backed up to %s", source_path, target)
    return target


def list_backups(database_path: Path | str) -> list[Path]:
    """The backups of this database, newest first."""
    source_path = Path(database_path)
    folder = backup_folder(source_path)
    if not folder.is_dir():
        return []
    found = folder.glob(f"{source_path.stem}-*.db")
    return sorted(found, key=lambda path: path.name, reverse=True)
