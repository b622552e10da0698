"""Storage: events, run-sheet items, actual times and the event log in SQLite.

One :class:`Database` per file. SQLAlchemy 2.x ORM on SQLite in WAL mode with
``synchronous=FULL`` (set on every connection), foreign keys on. The schema is
versioned and upgraded by :mod:`controlroom.migrations` when the file is opened.

Threads: every write runs on one writer thread, :attr:`Database.writer` (a
single-thread executor), each in its own ``BEGIN IMMEDIATE`` transaction that is
committed before the call returns or its Future resolves. The write methods
(``create_event``, ``append_log``...) may be called from any thread: on the
writer thread they run at once; elsewhere they are queued to the writer and
waited for. Code on the GUI thread must not wait, so it queues work instead:
``database.writer.submit(database.append_log, entries)``. Reads run on the
caller's thread and never block the writer (WAL).

One writer per file: :meth:`Database.open` with ``writer=True`` (the default) takes
the file's :class:`~controlroom.db_guard.WriterLock`, shared by every writer
``Database`` of the same process; when another process holds it,
:class:`DatabaseInUse` (naming that process) is raised, and the caller may open the
file with ``writer=False`` instead: a read-only database whose every write raises
:class:`DatabaseReadOnly` with :attr:`Database.read_only_reason`.

Bad rows: a row that cannot be read (an unknown kind, a date that is not one or lies
outside years 2000..2100, cues that are not JSON) makes :meth:`Database.load_event`
raise :class:`StorageError` naming the table, row id and column; the event list
(:meth:`Database.list_events`) never reads items and lists an unreadable event with
its ``problem`` instead of failing.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
from sqlalchemy import (
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Integer,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from controlroom import migrations
from controlroom.cues import CueError, ItemCues
from controlroom.db_guard import DatabaseBusy, WriterLock
from controlroom.durations import MAX_DURATION_S
from controlroom.model import (
    ITEM_FIELDS,
    Event,
    EventKind,
    FieldType,
    Item,
    ItemField,
    ItemKind,
    check_time_range,
    item_field,
)

log = logging.getLogger("controlroom.storage")

T = TypeVar("T")

SEVERITIES: tuple[str, ...] = ("debug", "info", "warning", "error")
LOG_KINDS: tuple[str, ...] = ("action", "command", "reply", "status", "item")


class StorageError(Exception):
    """The database cannot be opened or read (not a database, too new, corrupt rows)."""


class EventNotFound(StorageError, LookupError):
    """No event with that id."""


class RunNotFound(StorageError, LookupError):
    """No run of the show with that id."""


class DatabaseInUse(StorageError):
    """Another controlroom process is writing this database; ``holder`` is its pid (or "")."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        who = f" (process {holder})" if holder else ""
        super().__init__(
            f"{path}: another controlroom{who} is editing this database; "
            "close it there first, or open the database read-only"
        )


class DatabaseReadOnly(StorageError):
    """A write to a database opened read-only (``Database.open(..., writer=False)``)."""


class _SharedLocks:
    """The writer locks this process holds, one per file, shared by its Database objects."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: dict[Path, tuple[WriterLock, int]] = {}

    def acquire(self, path: Path) -> Path:
        key = path.resolve()
        with self._guard:
            lock, count = self._held.get(key, (None, 0))
            if lock is None:
                try:
                    lock = WriterLock.acquire(key)
                except DatabaseBusy as busy:
                    raise DatabaseInUse(path, busy.holder) from None
                except OSError as error:
                    raise StorageError(
                        f"{path}: cannot lock the database for writing "
                        f"({error.strerror or error}); is the folder read-only?"
                    ) from None
            self._held[key] = (lock, count + 1)
        return key

    def release(self, key: Path) -> None:
        with self._guard:
            lock, count = self._held.pop(key)
            if count > 1:
                self._held[key] = (lock, count - 1)
            else:
                lock.release()


_LOCKS = _SharedLocks()


# --------------------------------------------------------------------------- ORM


class Base(DeclarativeBase):
    pass


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    venue: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Text)
    scheduled_start: Mapped[datetime] = mapped_column(DateTime)
    languages: Mapped[str] = mapped_column(Text, default="[]")
    notes: Mapped[str] = mapped_column(Text, default="")


class ItemRow(Base):
    """An item: ``id``, ``event_id``, ``position``, then one column per field of ITEM_FIELDS."""

    __tablename__ = "items"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    speaker_name: Mapped[str] = mapped_column(Text, default="")
    speaker_role: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(Text)
    planned_duration: Mapped[int] = mapped_column(Integer)
    hard_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    warning_at: Mapped[int] = mapped_column(Integer)
    danger_at: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(Text, default="")
    cues: Mapped[str] = mapped_column(Text, default="{}")


class RunRow(Base):
    __tablename__ = "runs"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    mode: Mapped[str] = mapped_column(Text)
    started: Mapped[datetime] = mapped_column(DateTime)
    ended: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    live_item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    standby_item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RunActualRow(Base):
    __tablename__ = "run_actuals"

    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    actual_start: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    actual_end: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class LogEntryRow(Base):
    __tablename__ = "log_entries"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), nullable=True
    )
    monotonic: Mapped[float] = mapped_column(Float)
    wall: Mapped[datetime] = mapped_column(DateTime)
    severity: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("runs.id", ondelete="SET NULL"), nullable=True
    )


# ------------------------------------------------------------------ plain records


@dataclass(frozen=True)
class EventSummary:
    """One line of the event list."""

    id: int
    date: date
    title: str
    kind: EventKind
    scheduled_start: datetime | None = None
    item_count: int = 0
    problem: str = ""
    """Why the event cannot be opened (a bad row), or ``""``; ``date`` is then ``date.min``."""


@dataclass(frozen=True)
class LogEntry:
    """One line of the event log (operator actions, device commands and replies...)."""

    event_id: int | None
    monotonic: float
    wall: datetime
    severity: str
    """One of ``debug``, ``info``, ``warning``, ``error``."""
    source: str
    """A device id, ``engine`` or ``operator``."""
    kind: str
    """One of ``action``, ``command``, ``reply``, ``status``, ``item``."""
    message: str
    run_id: int | None = None
    """The run of the show it belongs to (``None``: logged outside a run)."""


#: Modes of a run: ``unknown`` is what an older database's actual times became.
RUN_MODES: tuple[str, ...] = ("live", "rehearsal", "unknown")


class RunHandle:
    """A run of the show as the engine holds it: ``id`` is set once the writer created the row.

    The GUI thread never waits for the database, so GO queues the run's creation and
    every later write of the run (actual times, log entries, position) on the writer
    thread, which runs them in order and reads ``id`` then.
    """

    def __init__(self, event_id: int, mode: str, started: datetime, id: int | None = None) -> None:
        self.event_id = event_id
        self.mode = mode
        self.started = started
        self.id = id
        #: True once the writer has tried to create the row (``id`` stays None if it failed).
        self.settled = id is not None


@dataclass(frozen=True)
class RunSummary:
    """One run of an event's show (rehearsal or live), with where it stood last."""

    id: int
    event_id: int
    mode: str
    started: datetime
    ended: datetime | None
    live_item_id: int | None = None
    standby_item_id: int | None = None
    items_run: int = 0

    @property
    def unfinished(self) -> bool:
        """The run never ended: the app stopped during the show (a crash, a power cut)."""
        return self.ended is None


@dataclass
class ChangeSet:
    """The rows one run-sheet edit changes, written in one transaction.

    Items are referenced by object, not id: an item inserted by an earlier,
    still queued change gets its id when that change is written, and later
    changes read it then. ``inserts`` and ``updates`` carry column values
    snapshotted when the edit was made.
    """

    event_id: int
    event_values: dict[str, Any] | None = None
    deletes: list[Item] = field(default_factory=list)
    inserts: list[tuple[Item, dict[str, Any]]] = field(default_factory=list)
    updates: list[tuple[Item, dict[str, Any]]] = field(default_factory=list)
    positions: list[tuple[Item, int]] = field(default_factory=list)


def item_values(item: Item) -> dict[str, Any]:
    """The column values of ``item`` (without id, event and position).

    Each field of :data:`controlroom.model.ITEM_FIELDS` has the column of its name.
    """
    return {spec.name: _column_value(spec, getattr(item, spec.name)) for spec in ITEM_FIELDS}


def item_field_value(name: str, value: Any) -> Any:
    """The column value of one item field (enum to text, cues to JSON)."""
    return _column_value(item_field(name), value)


def _column_value(spec: ItemField, value: Any) -> Any:
    if spec.type is FieldType.ITEM_KIND:
        return value.value
    if spec.type is FieldType.CUES:
        return _cues_json(value)
    return value


def _field_from_column(spec: ItemField, row: ItemRow) -> Any:
    value = getattr(row, spec.name)
    where = f"items[{row.id}].{spec.name}"
    if spec.type is FieldType.ITEM_KIND:
        return _enum(ItemKind, value, where)
    if spec.type is FieldType.DATETIME:
        return None if value is None else _stored_time(value, where)
    if spec.type is FieldType.SECONDS and (
        not isinstance(value, int) or not 0 <= value <= MAX_DURATION_S
    ):
        raise StorageError(f"{where}: {value!r} is not a number of seconds from 0 to 24 hours")
    if spec.type is FieldType.CUES:
        try:
            return ItemCues.from_dict(json.loads(value or "{}"))
        except (json.JSONDecodeError, CueError) as error:
            raise StorageError(f"{where}: {error}") from None
    return value


def event_values(event_: Event) -> dict[str, Any]:
    """The column values of ``event_`` (without id)."""
    return {
        "title": event_.title,
        "venue": event_.venue,
        "kind": event_.kind.value,
        "scheduled_start": event_.scheduled_start,
        "languages": json.dumps(list(event_.languages), ensure_ascii=False),
        "notes": event_.notes,
    }


def event_field_value(name: str, value: Any) -> Any:
    """The column value of one event field."""
    if name == "kind":
        return value.value
    if name == "languages":
        return json.dumps(list(value), ensure_ascii=False)
    return value


def _cues_json(cues: ItemCues) -> str:
    return json.dumps(cues.to_dict(), ensure_ascii=False, sort_keys=True)


def default_database_path() -> Path:
    """``controlroom.db`` in the user data directory (created if missing)."""
    directory = Path(platformdirs.user_data_dir("controlroom", appauthor=False))
    return directory / "controlroom.db"


# ----------------------------------------------------------------------- database


class Database:
    """One SQLite database file; open with :meth:`open`, close with :meth:`close`."""

    def __init__(self, path: Path, *, read_only_reason: str | None = None) -> None:
        self.path = path
        self.read_only_reason = read_only_reason
        """Why writes are refused (``None``: this is the writer)."""
        self.read_only_holder = ""
        """The pid of the process writing the file, when this one is read-only (or "")."""
        self._lock_key: Path | None = None
        self._read_engine = _make_engine(path, begin="BEGIN")
        self._write_engine = _make_engine(path, begin="BEGIN IMMEDIATE")
        self._writer_thread_id: int | None = None
        self.writer = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="db-writer", initializer=self._note_writer_thread
        )
        self._closed = False

    # -- opening and closing

    @classmethod
    def open(
        cls, path: Path | str | None = None, *, writer: bool = True, holder: str = ""
    ) -> Database:
        """Open (creating and upgrading as needed) the database at ``path``.

        ``None`` opens the default database in the user data directory.
        ``writer=True`` takes the file's writer lock (:class:`DatabaseInUse` if another
        process holds it). ``writer=False`` opens it read-only, without the lock: reads
        work, writes raise :class:`DatabaseReadOnly`; ``holder`` (the pid of the writer,
        if known) goes into the reason. A read-only open of a file that does not exist
        yet or needs upgrading takes the lock just long enough to do that.
        Raises :class:`StorageError` naming the file if it is not a usable database.
        """
        target = Path(path) if path is not None else default_database_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(f"{target}: cannot create its folder: {error}") from error
        if target.exists() and not target.is_file():
            raise StorageError(f"{target}: not a database file")
        if not writer:
            try:
                return cls._open_read_only(target, holder)
            except StorageError as error:
                if os.access(target.parent, os.W_OK):
                    raise
                raise StorageError(
                    f"{error} (its folder is read-only: copy the database somewhere writable)"
                ) from None
        key = _LOCKS.acquire(target)
        try:
            database = cls(target)
        except BaseException:
            _LOCKS.release(key)
            raise
        database._lock_key = key
        try:
            database._migrate()
        except BaseException:
            database.close()
            raise
        return database

    @classmethod
    def _open_read_only(cls, target: Path, holder: str) -> Database:
        who = f" (pid {holder})" if holder else ""
        reason = f"read-only: another controlroom{who} is editing this database"
        if not target.exists() or cls._version_of(target) < migrations.LATEST_VERSION:
            try:  # create or upgrade it first, if nobody is writing it
                cls.open(target).close()
            except DatabaseInUse as busy:
                raise StorageError(
                    f"{target}: needs upgrading, but another controlroom is writing it"
                ) from busy
        database = cls(target, read_only_reason=reason)
        database.read_only_holder = holder
        try:
            version = database.schema_version
            if version != migrations.LATEST_VERSION:
                raise StorageError(
                    f"{target}: database schema {version} is not the one this controlroom "
                    f"reads ({migrations.LATEST_VERSION})"
                )
        except BaseException:
            database.close()
            raise
        return database

    @staticmethod
    def _version_of(target: Path) -> int:
        try:
            connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            try:
                return int(connection.execute("PRAGMA user_version").fetchone()[0])
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise StorageError(f"{target}: {error}") from None

    @property
    def read_only(self) -> bool:
        """True when this database refuses writes (another process is the writer)."""
        return self.read_only_reason is not None

    def close(self) -> None:
        """Finish queued writes, then release the file (and the writer lock)."""
        if self._closed:
            return
        self._closed = True
        try:
            self.writer.shutdown(wait=True)
            self._read_engine.dispose()
            self._write_engine.dispose()
        finally:
            key, self._lock_key = self._lock_key, None
            if key is not None:
                _LOCKS.release(key)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        try:
            with self._read_engine.connect() as connection:
                return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())
        except SQLAlchemyError as error:
            raise StorageError(f"{self.path}: {getattr(error, 'orig', None) or error}") from None

    def _migrate(self) -> None:
        def run(session: Session) -> None:
            connection = session.connection()
            version = int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())
            if version > migrations.LATEST_VERSION:
                raise StorageError(
                    f"{self.path}: database schema {version} is newer than this "
                    f"controlroom reads ({migrations.LATEST_VERSION}); upgrade controlroom"
                )
            for migration in migrations.pending(version):
                log.info("%s: migrating to schema %d", self.path, migration.version)
                for statement in migration.statements:
                    connection.exec_driver_sql(statement)
                connection.exec_driver_sql(f"PRAGMA user_version = {migration.version}")

        self._write(run)

    # -- the writer

    def _note_writer_thread(self) -> None:
        self._writer_thread_id = threading.get_ident()

    def on_writer_thread(self) -> bool:
        """True when called from the writer thread."""
        return threading.get_ident() == self._writer_thread_id

    def _write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one write transaction on the writer thread and return its result."""
        if self.read_only_reason is not None:
            raise DatabaseReadOnly(f"{self.path}: {self.read_only_reason}")
        if self.on_writer_thread():
            return self._transaction(work)
        future: Future[T] = self.writer.submit(self._transaction, work)
        return future.result()

    def _transaction(self, work: Callable[[Session], T]) -> T:
        try:
            with Session(self._write_engine, expire_on_commit=False) as session:
                with session.begin():
                    return work(session)
        except sqlite3.DatabaseError as error:
            raise StorageError(f"{self.path}: {error}") from error
        except SQLAlchemyError as error:
            original = getattr(error, "orig", None)
            if isinstance(original, sqlite3.DatabaseError):
                raise StorageError(f"{self.path}: {original}") from error
            raise
        except OSError as error:  # the lock or a journal file could not be written
            raise StorageError(f"{self.path}: {error.strerror or error}") from error

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._read_engine) as session:
                with session.begin():
                    yield session
        except SQLAlchemyError as error:
            original = getattr(error, "orig", None)
            if isinstance(original, sqlite3.DatabaseError):
                raise StorageError(f"{self.path}: {original}") from error
            raise

    # -- events

    def list_events(self) -> list[EventSummary]:
        """Every event, by scheduled start then id."""
        counts = (
            select(ItemRow.event_id, func.count(ItemRow.id).label("n"))
            .group_by(ItemRow.event_id)
            .subquery()
        )
        start_text = type_coerce(EventRow.scheduled_start, Text)
        query = (
            select(EventRow.id, EventRow.title, EventRow.kind, start_text, counts.c.n)
            .outerjoin(counts, counts.c.event_id == EventRow.id)
            .order_by(EventRow.scheduled_start, EventRow.id)
        )
        with self._reading() as session:
            rows = session.execute(query).all()
        return [_event_summary(*row) for row in rows]

    def load_event(self, event_id: int) -> Event:
        """The event with its items (and their cues) in order; :class:`EventNotFound` if none."""
        with self._reading() as session:
            try:
                row = session.get(EventRow, event_id)
                if row is None:
                    raise EventNotFound(f"no event with id {event_id}")
                item_rows = session.scalars(
                    select(ItemRow)
                    .where(ItemRow.event_id == event_id)
                    .order_by(ItemRow.position, ItemRow.id)
                ).all()
            except (ValueError, TypeError, OverflowError) as error:  # an unreadable column
                raise StorageError(_find_unreadable(session, event_id, error)) from None
            where = f"events[{row.id}].scheduled_start"
            return Event(
                id=row.id,
                title=row.title,
                venue=row.venue,
                kind=_enum(EventKind, row.kind, f"events[{row.id}].kind"),
                scheduled_start=_stored_time(row.scheduled_start, where),
                languages=_languages(row.languages, row.id),
                notes=row.notes,
                items=[_item_from_row(item_row) for item_row in item_rows],
            )

    def create_event(self, event_: Event) -> int:
        """Store ``event_`` and its items in one transaction; sets their ids; returns the id."""
        values = event_values(event_)
        rows = [item_values(item) for item in event_.items]

        def run(session: Session) -> int:
            event_id = session.scalars(insert(EventRow).returning(EventRow.id), [values]).one()
            if rows:
                for position, row in enumerate(rows):
                    row["event_id"] = event_id
                    row["position"] = position
                ids = session.scalars(
                    insert(ItemRow).returning(ItemRow.id, sort_by_parameter_order=True), rows
                ).all()
            else:
                ids = []
            event_.id = event_id
            for item, item_id in zip(event_.items, ids, strict=True):
                item.id = item_id
            return event_id

        return self._write(run)

    def delete_event(self, event_id: int) -> None:
        """Delete the event, its items, their actual times and its log."""

        def run(session: Session) -> None:
            result = session.execute(delete(EventRow).where(EventRow.id == event_id))
            if result.rowcount == 0:  # type: ignore[attr-defined]
                raise EventNotFound(f"no event with id {event_id}")

        self._write(run)

    def duplicate_event(self, event_id: int, title: str, scheduled_start: datetime) -> int:
        """Copy an event as a template: new title and start, hard starts moved with it.

        Items and cues are copied; actual times and the log are not.
        """
        original = self.load_event(event_id)
        shift = scheduled_start - original.scheduled_start
        copy = replace(
            original,
            id=None,
            title=title,
            scheduled_start=scheduled_start,
            languages=list(original.languages),
            items=[
                replace(
                    item,
                    id=None,
                    hard_start=None if item.hard_start is None else item.hard_start + shift,
                )
                for item in original.items
            ],
        )
        return self.create_event(copy)

    def event_exists(self, event_id: int) -> bool:
        with self._reading() as session:
            return session.get(EventRow, event_id) is not None

    # -- run-sheet edits

    def apply_changes(self, changes: ChangeSet) -> None:
        """Write one run-sheet edit in one transaction (see :class:`ChangeSet`)."""
        self._write(lambda session: self._apply_changes(session, changes))

    def _apply_changes(self, session: Session, changes: ChangeSet) -> None:
        if changes.event_values:
            session.execute(
                update(EventRow)
                .where(EventRow.id == changes.event_id)
                .values(**changes.event_values)
            )
        delete_ids = [item.id for item in changes.deletes if item.id is not None]
        if delete_ids:
            session.execute(delete(ItemRow).where(ItemRow.id.in_(delete_ids)))
        for item, values in changes.inserts:
            row = {**values, "event_id": changes.event_id}
            if item.id is not None:
                row["id"] = item.id
            item.id = session.scalars(insert(ItemRow).returning(ItemRow.id), [row]).one()
        updates = [{"id": item.id, **values} for item, values in changes.updates if item.id]
        if updates:
            session.execute(update(ItemRow), updates)
        positions = [
            {"id": item.id, "position": position}
            for item, position in changes.positions
            if item.id is not None
        ]
        if positions:
            session.execute(update(ItemRow), positions)

    # -- runs of the show and their actual times

    def start_run(self, event_id: int, mode: str, started: datetime) -> int:
        """Open a new run of ``event_id``'s show; returns its id."""
        if mode not in RUN_MODES:
            raise ValueError(f"run mode {mode!r} is not one of {RUN_MODES}")

        def run(session: Session) -> int:
            row = RunRow(event_id=event_id, mode=mode, started=started)
            session.add(row)
            session.flush()
            return row.id

        return self._write(run)

    def end_run(self, run_id: int, ended: datetime) -> None:
        """Mark the run finished (a clean end; an unfinished run is offered for resuming)."""
        self._write(
            lambda session: session.execute(
                update(RunRow).where(RunRow.id == run_id).values(ended=ended)
            )
        )

    def set_run_position(
        self, run_id: int, live_item_id: int | None, standby_item_id: int | None
    ) -> None:
        """Remember the run's live and standby items (for resuming after a crash)."""
        self._write(
            lambda session: session.execute(
                update(RunRow)
                .where(RunRow.id == run_id)
                .values(live_item_id=live_item_id, standby_item_id=standby_item_id)
            )
        )

    def list_runs(self, event_id: int) -> list[RunSummary]:
        """The runs of an event, oldest first."""
        counted = (
            select(RunActualRow.run_id, func.count().label("items_run"))
            .where(RunActualRow.actual_start.is_not(None))
            .group_by(RunActualRow.run_id)
            .subquery()
        )
        query = (
            select(RunRow, counted.c.items_run)
            .outerjoin(counted, counted.c.run_id == RunRow.id)
            .where(RunRow.event_id == event_id)
            .order_by(RunRow.id)
        )
        with self._reading() as session:
            return [
                RunSummary(
                    id=row.id,
                    event_id=row.event_id,
                    mode=row.mode,
                    started=row.started,
                    ended=row.ended,
                    live_item_id=row.live_item_id,
                    standby_item_id=row.standby_item_id,
                    items_run=items_run or 0,
                )
                for row, items_run in session.execute(query)
            ]

    def run(self, run_id: int) -> RunSummary:
        """One run; :class:`RunNotFound` if there is none."""
        with self._reading() as session:
            row = session.get(RunRow, run_id)
            event_id = None if row is None else row.event_id
        if event_id is None:
            raise RunNotFound(f"no run {run_id}")
        for summary in self.list_runs(event_id):
            if summary.id == run_id:
                return summary
        raise RunNotFound(f"no run {run_id}")

    def record_item_actual(
        self,
        item_id: int,
        actual_start: datetime | None,
        actual_end: datetime | None,
        *,
        run_id: int,
    ) -> None:
        """Set when an item really started and ended in one run (``None`` for not yet)."""

        def run(session: Session) -> None:
            row = session.get(RunActualRow, (run_id, item_id))
            if row is None:
                row = RunActualRow(run_id=run_id, item_id=item_id, actual_start=actual_start)
                row.actual_end = actual_end
                session.add(row)
            else:
                row.actual_start = actual_start
                row.actual_end = actual_end

        self._write(run)

    def item_actuals(
        self, event_id: int, run_id: int | None = None
    ) -> dict[int, tuple[datetime | None, datetime | None]]:
        """``{item id: (actual start, actual end)}`` of one run of the event.

        ``run_id=None`` means the event's latest run (none yet: an empty dict).
        """
        if run_id is None:
            runs = self.list_runs(event_id)
            if not runs:
                return {}
            run_id = runs[-1].id
        query = (
            select(RunActualRow)
            .join(ItemRow, ItemRow.id == RunActualRow.item_id)
            .where(ItemRow.event_id == event_id, RunActualRow.run_id == run_id)
        )
        with self._reading() as session:
            return {
                row.item_id: (row.actual_start, row.actual_end) for row in session.scalars(query)
            }

    # -- the event log

    def append_log(self, entries: Sequence[LogEntry]) -> None:
        """Add log entries in one transaction; ``ValueError`` on an unknown severity or kind."""
        rows = []
        for entry in entries:
            if entry.severity not in SEVERITIES:
                raise ValueError(f"log severity {entry.severity!r} is not one of {SEVERITIES}")
            if entry.kind not in LOG_KINDS:
                raise ValueError(f"log kind {entry.kind!r} is not one of {LOG_KINDS}")
            rows.append(
                {
                    "event_id": entry.event_id,
                    "monotonic": entry.monotonic,
                    "wall": entry.wall,
                    "severity": entry.severity,
                    "source": entry.source,
                    "kind": entry.kind,
                    "message": entry.message,
                    "run_id": entry.run_id,
                }
            )
        if rows:
            self._write(lambda session: session.execute(insert(LogEntryRow), rows))

    def log_entries(
        self,
        event_id: int | None,
        source: str | None = None,
        min_severity: str | None = None,
        run_id: int | None = None,
    ) -> list[LogEntry]:
        """The log of an event (``None``: of no event), oldest first, optionally filtered.

        ``run_id`` keeps only the entries logged during that run of the show.
        """
        query = select(LogEntryRow).order_by(LogEntryRow.id)
        if run_id is not None:
            query = query.where(LogEntryRow.run_id == run_id)
        if event_id is None:
            query = query.where(LogEntryRow.event_id.is_(None))
        else:
            query = query.where(LogEntryRow.event_id == event_id)
        if source is not None:
            query = query.where(LogEntryRow.source == source)
        if min_severity is not None:
            if min_severity not in SEVERITIES:
                raise ValueError(f"log severity {min_severity!r} is not one of {SEVERITIES}")
            allowed = SEVERITIES[SEVERITIES.index(min_severity) :]
            query = query.where(LogEntryRow.severity.in_(allowed))
        with self._reading() as session:
            return [
                LogEntry(
                    event_id=row.event_id,
                    monotonic=row.monotonic,
                    wall=row.wall,
                    severity=row.severity,
                    source=row.source,
                    kind=row.kind,
                    message=row.message,
                    run_id=row.run_id,
                )
                for row in session.scalars(query)
            ]

    # -- checks

    def connection_settings(self) -> dict[str, str]:
        """``journal_mode``, ``synchronous``, ``foreign_keys`` of the writer connection."""

        def read(session: Session) -> dict[str, str]:
            connection = session.connection()
            return {
                name: str(connection.exec_driver_sql(f"PRAGMA {name}").scalar_one())
                for name in ("journal_mode", "synchronous", "foreign_keys")
            }

        return self._write(read)

    def quick_check(self) -> None:
        """:class:`StorageError` if SQLite's ``PRAGMA quick_check`` finds the file damaged."""
        try:
            with self._read_engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
        except SQLAlchemyError as error:
            raise StorageError(f"{self.path}: {getattr(error, 'orig', None) or error}") from None
        if [str(row) for row in rows] != ["ok"]:
            raise StorageError(f"{self.path}: the database is damaged ({rows[0]})")

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` answer (``"ok"`` when sound)."""
        with self._read_engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            return "\n".join(str(row) for row in rows)


def restore_backup(backup: Path | str, database_path: Path | str) -> Path:
    """Put ``backup`` in place of the database; the file it replaces is kept aside.

    The old file and its ``-wal``/``-shm`` companions are renamed to
    ``<name>.broken-<time>`` (a WAL left behind would be replayed into the backup).
    :class:`DatabaseInUse` if another process writes the database; ``OSError`` if
    the files cannot be moved or copied. Returns where the old file went.
    """
    source, target = Path(backup), Path(database_path)
    key = _LOCKS.acquire(target)
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = target.with_name(f"{target.name}.broken-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            old = target.with_name(target.name + suffix)
            if old.exists():
                old.replace(aside.with_name(aside.name + suffix))
        copy = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                copy.backup(destination)
            finally:
                destination.close()
        except sqlite3.Error as error:
            raise OSError(f"{source}: {error}") from error
        finally:
            copy.close()
    finally:
        _LOCKS.release(key)
    log.warning("%s: restored from %s; the old file is %s", target, source, aside)
    return aside


# ----------------------------------------------------------------------- helpers


def _make_engine(path: Path, begin: str) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": 30.0, "isolation_level": None, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def _enum(kind: type[T], value: str, where: str) -> T:
    try:
        return kind(value)  # type: ignore[call-arg]
    except ValueError:
        raise StorageError(f"{where}: unknown value {value!r}") from None


def _languages(text: str, event_id: int) -> list[str]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise StorageError(f"events[{event_id}].languages: not JSON") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StorageError(f"events[{event_id}].languages: not a list of language codes")
    return value


def _item_from_row(row: ItemRow) -> Item:
    values = {spec.name: _field_from_column(spec, row) for spec in ITEM_FIELDS}
    return Item(id=row.id, **values)


def _stored_time(value: datetime, where: str) -> datetime:
    try:
        return check_time_range(value, where)
    except ValueError as error:
        raise StorageError(str(error)) from None


def _parse_stored_time(value: str | None, where: str) -> datetime:
    if value is None:
        raise StorageError(f"{where}: missing")
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise StorageError(f"{where}: {value!r} is not a date and time") from None
    return _stored_time(parsed, where)


def _event_summary(
    event_id: int, title: str, kind: str, start_text: str | None, count: int | None
) -> EventSummary:
    """One line of the event list; an unreadable row is listed with its ``problem``."""
    try:
        start = _parse_stored_time(start_text, f"events[{event_id}].scheduled_start")
        event_kind = _enum(EventKind, kind, f"events[{event_id}].kind")
    except StorageError as error:
        log.info("event list: %s", error)
        return EventSummary(
            id=event_id,
            date=date.min,
            title=title,
            kind=EventKind.OTHER,
            item_count=count or 0,
            problem=str(error),
        )
    return EventSummary(
        id=event_id,
        date=start.date(),
        title=title,
        kind=event_kind,
        scheduled_start=start,
        item_count=count or 0,
    )


def _find_unreadable(session: Session, event_id: int, error: Exception) -> str:
    """Which row of the event SQLAlchemy could not read, as ``table[id].column: why``."""
    connection = session.connection()
    checks = (
        ("events", "scheduled_start", "SELECT id, scheduled_start FROM events WHERE id = :id"),
        ("items", "hard_start", "SELECT id, hard_start FROM items WHERE event_id = :id"),
    )
    for table, column, sql in checks:
        for row_id, value in connection.execute(text(sql), {"id": event_id}):
            if value is None and column == "hard_start":
                continue
            try:
                _parse_stored_time(value, f"{table}[{row_id}].{column}")
            except StorageError as bad:
                return str(bad)
    return f"event {event_id}: a row cannot be read ({error})"
