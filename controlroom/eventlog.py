"""The event log: every operator action, command, reply, device status change and item time.

An :class:`EventLog` stamps each entry with the clock's monotonic and wall time,
keeps the most recent entries in memory for a log panel (plain-Python listeners,
called on whatever thread logged the entry), and stores every entry in SQLite as a
:class:`controlroom.storage.LogEntry` through the database's single writer thread.
Logging never waits on the database: entries are buffered and flushed in batches
by one queued writer job at a time.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from controlroom.clock import Clock
from controlroom.storage import (
    LOG_KINDS,
    SEVERITIES,
    Database,
    LogEntry,
    RunHandle,
    StorageError,
)
from devices.base import Listeners

log = logging.getLogger("controlroom.eventlog")

#: Sources other than device ids (severities and kinds: storage.SEVERITIES, LOG_KINDS).
ENGINE = "engine"
OPERATOR = "operator"


def severity_rank(severity: str) -> int:
    """The position of ``severity`` in :data:`SEVERITIES`; raises ``ValueError`` if unknown."""
    try:
        return SEVERITIES.index(severity)
    except ValueError:
        raise ValueError(
            f"unknown severity {severity!r}; expected one of {', '.join(SEVERITIES)}"
        ) from None


def filter_entries(
    entries: Iterable[LogEntry], source: str | None = None, min_severity: str | None = None
) -> list[LogEntry]:
    """The entries from ``source`` (any if ``None``) at ``min_severity`` or above."""
    floor = severity_rank(min_severity) if min_severity is not None else 0
    return [
        entry
        for entry in entries
        if (source is None or entry.source == source) and severity_rank(entry.severity) >= floor
    ]


class EventLog:
    """Stamps, keeps and stores log entries for one event (or none, between events).

    ``database`` may be ``None`` (tests, a show without storage): entries then live
    only in memory. ``capacity`` bounds the in-memory history, not what is stored.
    """

    def __init__(
        self,
        database: Database | None,
        clock: Clock,
        event_id: int | None = None,
        capacity: int = 20_000,
    ) -> None:
        self._database = database
        self._clock = clock
        self._event_id = event_id
        self._lock = threading.Lock()
        self._recent: deque[LogEntry] = deque(maxlen=capacity)
        self._unstored: list[tuple[LogEntry, RunHandle | None]] = []
        self._run: RunHandle | None = None
        self._flush_queued = False
        self._store_failures = 0
        self._listeners: Listeners[LogEntry] = Listeners()

    @property
    def event_id(self) -> int | None:
        return self._event_id

    def set_event(self, event_id: int | None) -> None:
        """Log further entries against ``event_id`` (the event now open)."""
        with self._lock:
            self._event_id = event_id

    def set_run(self, run: RunHandle | None) -> None:
        """Store further entries as part of ``run`` (a run of the show), or of none."""
        with self._lock:
            self._run = run

    @property
    def store_failures(self) -> int:
        """How many batches of entries could not be written to the database."""
        return self._store_failures

    def add_listener(self, callback: Callable[[LogEntry], Any]) -> None:
        """Call ``callback(entry)`` for every new entry, on the thread that logged it."""
        self._listeners.add(callback)

    def remove_listener(self, callback: Callable[[LogEntry], Any]) -> None:
        self._listeners.remove(callback)

    def write(self, severity: str, source: str, kind: str, message: str) -> LogEntry:
        """Record one entry now; returns it. Never blocks on the database."""
        severity_rank(severity)
        if kind not in LOG_KINDS:
            raise ValueError(f"unknown log kind {kind!r}; expected one of {', '.join(LOG_KINDS)}")
        with self._lock:
            entry = LogEntry(
                event_id=self._event_id,
                monotonic=self._clock.monotonic(),
                wall=self._clock.wall(),
                severity=severity,
                source=source,
                kind=kind,
                message=message,
            )
            self._recent.append(entry)
            queue_flush = False
            if self._database is not None:
                self._unstored.append((entry, self._run))
                if not self._flush_queued:
                    self._flush_queued = queue_flush = True
        if queue_flush:
            assert self._database is not None
            try:
                self._database.writer.submit(self._flush)
            except RuntimeError:
                # The database was closed (the app is shutting down): keep it in memory.
                with self._lock:
                    self._flush_queued = False
                    self._store_failures += 1
        self._listeners.emit(entry)
        return entry

    def info(self, source: str, kind: str, message: str) -> LogEntry:
        return self.write("info", source, kind, message)

    def warning(self, source: str, kind: str, message: str) -> LogEntry:
        return self.write("warning", source, kind, message)

    def error(self, source: str, kind: str, message: str) -> LogEntry:
        return self.write("error", source, kind, message)

    def debug(self, source: str, kind: str, message: str) -> LogEntry:
        return self.write("debug", source, kind, message)

    def recent(self, source: str | None = None, min_severity: str | None = None) -> list[LogEntry]:
        """The entries kept in memory, oldest first, filtered like the log panel."""
        with self._lock:
            entries = list(self._recent)
        return filter_entries(entries, source, min_severity)

    def sources(self) -> list[str]:
        """Every source seen in memory, sorted (for a filter box)."""
        with self._lock:
            return sorted({entry.source for entry in self._recent})

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every entry logged so far is committed (tests, CLI, shutdown)."""
        if self._database is None:
            return True
        try:
            done = self._database.writer.submit(self._flush)
            done.result(timeout)
        except (TimeoutError, RuntimeError):
            return False
        return True

    def _flush(self) -> None:
        """Runs on the writer thread: store every buffered entry in one transaction."""
        with self._lock:
            # Entries of a run whose row the writer has not created yet wait for the
            # next flush (queued behind the creation), so they are stored with its id.
            queued = [(e, run) for e, run in self._unstored if run is None or run.settled]
            waiting: list[tuple[LogEntry, RunHandle | None]] = [
                (e, run) for e, run in self._unstored if run is not None and not run.settled
            ]
            self._unstored = waiting
            self._flush_queued = bool(waiting)
        if waiting and self._database is not None:
            self._database.writer.submit(self._flush)
        if not queued or self._database is None:
            return
        if getattr(self._database, "read_only", False):
            return  # another controlroom writes this database: the entries stay in memory
        batch: Sequence[LogEntry] = [
            entry if run is None else replace(entry, run_id=run.id) for entry, run in queued
        ]
        try:
            self._database.append_log(batch)
        except (StorageError, SQLAlchemyError, OSError):
            # A full or vanished disk must not stop the show; the entries stay in memory.
            self._store_failures += 1
            log.exception("could not store %d log entries", len(batch))
