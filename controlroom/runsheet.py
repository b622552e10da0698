"""The run-sheet document: one event's items being edited, with undo and saving.

:class:`RunSheet` is what the editor window (and the show engine) hold. Every
mutation runs on the GUI thread and, in this order: validates (raising
``ValueError`` with a message saying why, having changed nothing), changes the
items in memory, recomputes the :class:`~controlroom.schedule.Schedule`, pushes
an undo command, queues the SQLite write to the database's writer thread, and
calls the change listeners synchronously. Undo and redo run through the same
primitives; the undo history has already moved when the listeners run, so a
listener reads the new ``can_undo``/``can_redo``/``undo_label``/``redo_label``.
Those labels are data (:class:`EditLabel`: what was done, to how many items,
to which field), so the GUI words them in the operator's language;
``undo_text``/``redo_text`` are the same in English.
The GUI never waits for the disk: the saved listeners hear from the writer
thread once each write is committed.

Moves use Qt's ``moveRows`` convention: ``destination`` is the row before which
the moved items land, counted *before* the move (``len(items)`` means the end).
Change notifications describe one contiguous block each, in the order applied,
so a Qt model can replay them (several blocks give several notifications).

While the show runs the run-sheet is ``locked``: every mutation, undo and redo
raises :class:`RunSheetLocked`. On a read-only database (another controlroom is
its writer) every one raises :class:`RunSheetReadOnly` saying so.

A failed write is retried on the writer thread after each of ``retry_delays``
(a full disk may free up). If it still fails, the screen must not drift from the
disk: that edit and every later one of the same batch are not written (they would
land on rows the disk does not have), each is listed in :attr:`RunSheet.unsaved_edits`
(:class:`UnsavedEdit`: what, to which items, why), the event is re-read from the
disk, and the saved listeners hear a :class:`SaveState` with ``needs_resync``. The
thread that edits (the GUI) then calls :meth:`RunSheet.resync`, which replaces the
items in memory with the disk's (a ``"reset"`` change) and clears the undo history.
"""

from __future__ import annotations

import enum
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, TypeVar

from controlroom.cues import ItemCues
from controlroom.durations import MAX_DURATION_S
from controlroom.model import (
    ITEM_FIELDS,
    Event,
    EventKind,
    FieldType,
    Item,
    ItemKind,
    check_time_range,
    item_field,
)
from controlroom.schedule import Schedule, compute_schedule
from controlroom.storage import (
    ChangeSet,
    Database,
    DatabaseReadOnly,
    event_field_value,
    item_field_value,
    item_values,
)
from controlroom.undo import Command, UndoStack

EnumT = TypeVar("EnumT", bound=enum.Enum)

log = logging.getLogger("controlroom.runsheet")

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

#: Event fields that ``update_event`` accepts.
EVENT_FIELDS: tuple[str, ...] = ("title", "venue", "scheduled_start", "kind", "languages", "notes")


class RunSheetLocked(RuntimeError):
    """The run-sheet cannot be edited while the show runs."""


class RunSheetReadOnly(RunSheetLocked):
    """The run-sheet cannot be edited: its database is open read-only (the message says why)."""


#: Seconds to wait before each retry of a failed write (then it is given up).
RETRY_DELAYS: tuple[float, ...] = (0.1, 0.5, 2.0)


@dataclass(frozen=True)
class RunSheetChange:
    """What just changed, for views to update.

    - ``"inserted"``/``"removed"``: rows ``first``..``last`` (inclusive);
    - ``"moved"``: rows ``first``..``last`` moved before ``destination`` (counted before the move);
    - ``"updated"``: row ``first`` (== ``last``) changed the fields in ``fields``;
    - ``"event"``: event fields in ``fields`` changed;
    - ``"reset"``: anything may have changed.

    After any change the planned times of every row may differ: read ``schedule``.
    """

    kind: str
    first: int = -1
    last: int = -1
    destination: int = -1
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class SaveState:
    """Where saving stands: writes still queued, and the error of the write just finished.

    ``unsaved`` lists the edit of this write if it was not saved; ``needs_resync``
    asks the editing thread to call :meth:`RunSheet.resync`.
    """

    pending: int
    error: str | None = None
    unsaved: tuple[UnsavedEdit, ...] = ()
    needs_resync: bool = False


class EditAction(enum.Enum):
    """What an undoable edit of the run-sheet did."""

    INSERT = "insert"
    DUPLICATE = "duplicate"
    DELETE = "delete"
    MOVE = "move"
    CHANGE = "change"
    """One field of one item; :attr:`EditLabel.field` names it."""
    EDIT_EVENT = "edit_event"


@dataclass(frozen=True)
class EditLabel:
    """The name of an undoable edit, as data: a GUI puts it in words in its own language.

    ``count`` is the number of items an insert, delete or move touched; ``field``
    the item field a change set (a name from :data:`controlroom.model.ITEM_FIELDS`).
    """

    action: EditAction
    count: int = 1
    field: str = ""

    @property
    def text(self) -> str:
        """The label in English ("Change duration", "Delete 2 items")."""
        verb = {
            EditAction.INSERT: "Insert",
            EditAction.DUPLICATE: "Duplicate",
            EditAction.DELETE: "Delete",
            EditAction.MOVE: "Move",
        }.get(self.action)
        if verb is not None:
            return f"{verb} item" if self.count == 1 else f"{verb} {self.count} items"
        if self.action is EditAction.CHANGE:
            return f"Change {item_field(self.field).label}"
        return "Edit event"


@dataclass(frozen=True)
class UnsavedEdit:
    """An edit that never reached the disk: what it was, which items, and why."""

    label: EditLabel | None
    """The edit (``None``: not an undoable edit)."""
    direction: str
    """``"edit"``, ``"undo"`` or ``"redo"``."""
    items: tuple[str, ...] = field(default=())
    """Titles of the items it changed (as they were in memory), or the event title."""
    reason: str = ""

    @property
    def text(self) -> str:
        """In English: ``Change title (Opening): disk full``."""
        what = self.label.text if self.label is not None else "Edit"
        if self.direction != "edit":
            what = f"{self.direction.capitalize()} {what[0].lower()}{what[1:]}"
        where = f" ({', '.join(self.items)})" if self.items else ""
        return f"{what}{where}: {self.reason}" if self.reason else f"{what}{where}"


ChangeListener = Callable[[RunSheetChange], Any]
SavedListener = Callable[[SaveState], Any]


# ------------------------------------------------------------------ validation


def validate_item_field(item: Item, name: str, value: Any) -> Any:
    """The value to store for ``item.<name> = value``; ``ValueError`` saying why if it is wrong.

    ``item`` supplies the other fields a rule depends on (the two timer thresholds).
    """
    spec = item_field(name)
    what = spec.label
    if spec.type is FieldType.TEXT:
        if name == "title":
            return _title(value, "the title")
        if not isinstance(value, str):
            raise ValueError(f"{what} must be text")
        return value
    if spec.type is FieldType.ITEM_KIND:
        return _enum_member(ItemKind, value, what)
    if spec.type is FieldType.SECONDS:
        seconds = _whole_seconds(value, f"the {what}")
        if name == "planned_duration" and seconds > MAX_DURATION_S:
            raise ValueError(f"the {what} must not be longer than 24 hours")
        if name == "warning_at" and seconds < item.danger_at:
            raise ValueError("the warning time must not be less than the danger time")
        if name == "danger_at" and seconds > item.warning_at:
            raise ValueError("the danger time must not be more than the warning time")
        return seconds
    if spec.type is FieldType.DATETIME:
        if value is not None and not isinstance(value, datetime):
            raise ValueError(f"the {what} must be a date and time, or none")
        return None if value is None else check_time_range(value, f"the {what}")
    if spec.type is FieldType.COLOUR:
        if not isinstance(value, str) or (value and not _COLOUR.match(value)):
            raise ValueError(f"{what} {value!r} must be empty or #rrggbb")
        return value.lower()
    if not isinstance(value, ItemCues):
        raise ValueError(f"{what} must be an ItemCues")
    return value


def validate_item(item: Item) -> None:
    """``ValueError`` naming the first wrong field of a whole item."""
    for spec in ITEM_FIELDS:
        try:
            validate_item_field(item, spec.name, getattr(item, spec.name))
        except ValueError as error:
            raise ValueError(f"{spec.name}: {error}") from None


def validate_event_field(name: str, value: Any) -> Any:
    """The value to store for ``event.<name> = value``; ``ValueError`` saying why if wrong."""
    if name not in EVENT_FIELDS:
        raise ValueError(f"unknown event field {name!r}")
    if name == "title":
        return _title(value, "the event title")
    if name in ("venue", "notes"):
        if not isinstance(value, str):
            raise ValueError(f"the {name} must be text")
        return value
    if name == "scheduled_start":
        if not isinstance(value, datetime):
            raise ValueError("the scheduled start must be a date and time")
        return check_time_range(value, "the scheduled start")
    if name == "kind":
        return _enum_member(EventKind, value, "event kind")
    if not isinstance(value, list | tuple) or not all(
        isinstance(code, str) and code for code in value
    ):
        raise ValueError("languages must be a list of language codes")
    return list(value)


def _title(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text")
    if not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value.strip()


def _enum_member(enum_type: type[EnumT], value: Any, label: str) -> EnumT:
    """``value`` as a member of ``enum_type``; a ValueError lists the choices."""
    if isinstance(value, enum_type):
        return value
    try:
        return enum_type(value)
    except ValueError:
        choices = ", ".join(str(member.value) for member in enum_type)
        raise ValueError(f"unknown {label} {value!r} (one of {choices})") from None


def _whole_seconds(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be a whole number of seconds")
    if value < 0:
        raise ValueError(f"{what} must not be negative")
    return value


# ----------------------------------------------------------------- the document


class RunSheet:
    """One event's run-sheet being edited; see the module docstring.

    With a ``database`` the event must already be stored (``event.id`` set);
    without one, edits stay in memory.
    """

    def __init__(
        self,
        event: Event,
        database: Database | None = None,
        *,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        if database is not None and event.id is None:
            raise ValueError("store the event first (Database.create_event), then edit it")
        self._event = event
        self._database = database
        self._undo_stack = UndoStack()
        self._locked = False
        self._change_listeners: list[ChangeListener] = []
        self._saved_listeners: list[SavedListener] = []
        self._saved_lock = threading.Lock()
        self._saved_condition = threading.Condition()
        self._pending = 0
        self.last_error: str | None = None
        """The message of the last write that failed, if any (kept until the next failure)."""
        self._retry_delays = tuple(retry_delays)
        self._sleep = sleep
        self._doing: tuple[EditLabel | None, str] = (None, "edit")
        self._generation = 0  # +1 at each resync; read on the editing thread
        self._failed_generation: int | None = None  # written and read on the writer thread
        self._reloaded: Event | None = None
        self._unsaved: list[UnsavedEdit] = []
        self._schedule = compute_schedule(event.scheduled_start, event.items)

    # -- reading

    @property
    def event(self) -> Event:
        return self._event

    @property
    def items(self) -> list[Item]:
        """The items in order; read only by contract (mutate through the methods)."""
        return self._event.items

    @property
    def schedule(self) -> Schedule:
        return self._schedule

    def preview_schedule(self, index: int, name: str, value: Any) -> Schedule:
        """The schedule as it would be with ``items[index].<name> = value``; nothing changes.

        For showing planned times while a value is being typed: the run-sheet, the
        undo history and the database are untouched (the edit itself comes later,
        through :meth:`set_item_field`). ``ValueError`` saying why if the value
        would be refused, ``IndexError`` for a row that does not exist.
        """
        self._check_index(index)
        item = self.items[index]
        new_value = validate_item_field(item, name, value)
        items = list(self.items)
        items[index] = replace(item, **{name: new_value})
        return compute_schedule(self._event.scheduled_start, items)

    @property
    def database(self) -> Database | None:
        return self._database

    @property
    def locked(self) -> bool:
        return self._locked

    @locked.setter
    def locked(self, value: bool) -> None:
        self._locked = bool(value)

    @property
    def read_only_reason(self) -> str | None:
        """Why the run-sheet cannot be edited at all (a read-only database), or ``None``."""
        return None if self._database is None else self._database.read_only_reason

    # -- listeners

    def add_change_listener(self, callback: ChangeListener) -> None:
        self._change_listeners.append(callback)

    def remove_change_listener(self, callback: ChangeListener) -> None:
        if callback in self._change_listeners:
            self._change_listeners.remove(callback)

    def add_saved_listener(self, callback: SavedListener) -> None:
        """``callback(SaveState)`` after each queued write is committed or has failed.

        Called on the database's writer thread (on the caller's thread only when
        the database is already closed and the write could not even be queued).
        """
        with self._saved_lock:
            self._saved_listeners.append(callback)

    def remove_saved_listener(self, callback: SavedListener) -> None:
        with self._saved_lock:
            if callback in self._saved_listeners:
                self._saved_listeners.remove(callback)

    # -- undo

    @property
    def can_undo(self) -> bool:
        return self._undo_stack.can_undo

    @property
    def can_redo(self) -> bool:
        return self._undo_stack.can_redo

    @property
    def undo_label(self) -> EditLabel | None:
        """What ``undo`` would undo (``None``: nothing); a GUI words it in its language."""
        return _label_of(self._undo_stack.undo_command)

    @property
    def redo_label(self) -> EditLabel | None:
        """What ``redo`` would redo (``None``: nothing)."""
        return _label_of(self._undo_stack.redo_command)

    @property
    def undo_text(self) -> str:
        """:attr:`undo_label` in English, or ``""``."""
        return self._undo_stack.undo_text

    @property
    def redo_text(self) -> str:
        """:attr:`redo_label` in English, or ``""``."""
        return self._undo_stack.redo_text

    def undo(self) -> bool:
        """Undo the last edit; ``False`` if there was none."""
        self._check_unlocked()
        self._doing = (self.undo_label, "undo")
        try:
            return self._undo_stack.undo()
        finally:
            self._doing = (None, "edit")

    def redo(self) -> bool:
        """Redo the last undone edit; ``False`` if there was none."""
        self._check_unlocked()
        self._doing = (self.redo_label, "redo")
        try:
            return self._undo_stack.redo()
        finally:
            self._doing = (None, "edit")

    def _push(self, command: _SheetCommand) -> None:
        self._doing = (command.label, "edit")
        try:
            self._undo_stack.push(command)
        finally:
            self._doing = (None, "edit")

    # -- mutations

    def insert_item(self, index: int, item: Item) -> None:
        """Insert ``item`` before row ``index`` (``len(items)`` appends).

        An item that is already stored (``id`` set) is inserted as a copy.
        """
        self.insert_items(index, [item])

    def insert_items(self, index: int, items: Sequence[Item]) -> None:
        """Insert several items before row ``index``, as one undoable edit."""
        self._check_unlocked()
        if not 0 <= index <= len(self.items):
            raise IndexError(f"row {index} is outside 0..{len(self.items)}")
        if not items:
            return
        fresh = [item if item.id is None else replace(item, id=None) for item in items]
        for number, item in enumerate(fresh):
            try:
                validate_item(item)
            except ValueError as error:
                raise ValueError(f"item {number + 1}: {error}") from None
        label = EditLabel(EditAction.INSERT, count=len(fresh))
        self._push(_InsertCommand(self, label, index, fresh))

    def duplicate_item(self, index: int) -> None:
        """Insert a copy of row ``index`` right after it."""
        self._check_unlocked()
        self._check_index(index)
        copy = replace(self.items[index], id=None)
        self._push(_InsertCommand(self, EditLabel(EditAction.DUPLICATE), index + 1, [copy]))

    def remove_items(self, indices: Sequence[int]) -> None:
        """Remove the rows ``indices`` (any order, duplicates ignored) as one edit."""
        self._check_unlocked()
        rows = sorted(set(indices))
        if not rows:
            return
        for row in rows:
            self._check_index(row)
        label = EditLabel(EditAction.DELETE, count=len(rows))
        self._push(_RemoveCommand(self, label, _blocks(rows)))

    def move_items(self, indices: Sequence[int], destination: int) -> None:
        """Move rows ``indices`` together, in order, before row ``destination``.

        ``destination`` counts rows before the move (Qt's ``moveRows``); moving
        row 2 down by one is ``move_items([2], 4)``, up by one ``move_items([2], 1)``.
        """
        self._check_unlocked()
        rows = sorted(set(indices))
        if not rows:
            return
        for row in rows:
            self._check_index(row)
        if not 0 <= destination <= len(self.items):
            raise IndexError(f"destination {destination} is outside 0..{len(self.items)}")
        moves = _plan_block_moves(_blocks(rows), destination)
        if not moves:
            return
        label = EditLabel(EditAction.MOVE, count=len(rows))
        self._push(_MoveCommand(self, label, moves))

    def set_item_field(self, index: int, name: str, value: Any) -> None:
        """Set one field of row ``index``; ``ValueError`` saying why (nothing changes) if wrong."""
        self._check_unlocked()
        self._check_index(index)
        item = self.items[index]
        new_value = validate_item_field(item, name, value)
        old_value = getattr(item, name)
        if old_value == new_value and type(old_value) is type(new_value):
            return
        label = EditLabel(EditAction.CHANGE, field=name)
        self._push(_SetFieldCommand(self, label, index, name, old_value, new_value))

    def update_event(self, **fields: Any) -> None:
        """Change event fields (title, venue, scheduled_start, kind, languages, notes)."""
        self._check_unlocked()
        new_values = {name: validate_event_field(name, value) for name, value in fields.items()}
        old_values = {name: getattr(self._event, name) for name in new_values}
        changed = {name for name in new_values if new_values[name] != old_values[name]}
        if not changed:
            return
        new_values = {name: new_values[name] for name in sorted(changed)}
        old_values = {name: old_values[name] for name in sorted(changed)}
        label = EditLabel(EditAction.EDIT_EVENT)
        self._push(_EventCommand(self, label, old_values, new_values))

    # -- saving

    def wait_saved(self, timeout: float | None = None) -> bool:
        """Wait until every queued write is committed; ``False`` on timeout. Not for the GUI."""
        with self._saved_condition:
            return self._saved_condition.wait_for(lambda: self._pending == 0, timeout)

    @property
    def pending_writes(self) -> int:
        with self._saved_condition:
            return self._pending

    @property
    def unsaved_edits(self) -> list[UnsavedEdit]:
        """Every edit that could not be saved since the sheet was opened, oldest first."""
        with self._saved_condition:
            return list(self._unsaved)

    @property
    def needs_resync(self) -> bool:
        """A write failed and the disk's version waits for :meth:`resync`."""
        with self._saved_lock:
            return self._reloaded is not None

    def resync(self) -> bool:
        """After a failed write, show the disk's event, not the memory's (editing thread).

        Replaces the event's fields and items with the ones re-read from the disk
        when the write failed, clears the undo history (its steps name rows the
        disk may not have) and tells the change listeners (``"reset"``). ``False``
        when there is nothing to resync.
        """
        with self._saved_lock:
            reloaded, self._reloaded = self._reloaded, None
        if reloaded is None:
            return False
        self._generation += 1
        event = self._event
        for name in EVENT_FIELDS:
            setattr(event, name, getattr(reloaded, name))
        event.items[:] = reloaded.items
        self._undo_stack.clear()
        self._schedule = compute_schedule(event.scheduled_start, event.items)
        for callback in list(self._change_listeners):
            callback(RunSheetChange("reset"))
        return True

    # -- primitives used by the undo commands (no validation, no undo)

    def _insert(self, index: int, items: list[Item]) -> None:
        self.items[index:index] = items
        changes = self._new_changes()
        if changes is not None:
            for offset, item in enumerate(items):
                changes.inserts.append((item, {**item_values(item), "position": index + offset}))
            changes.positions = self._positions(index + len(items), len(self.items))
        self._changed(RunSheetChange("inserted", index, index + len(items) - 1), changes)

    def _remove(self, first: int, last: int) -> list[Item]:
        removed = self.items[first : last + 1]
        del self.items[first : last + 1]
        changes = self._new_changes()
        if changes is not None:
            changes.deletes = list(removed)
            changes.positions = self._positions(first, len(self.items))
        self._changed(RunSheetChange("removed", first, last), changes)
        return removed

    def _move(self, first: int, last: int, destination: int) -> None:
        block = self.items[first : last + 1]
        count = len(block)
        del self.items[first : last + 1]
        landing = destination if destination < first else destination - count
        self.items[landing:landing] = block
        changes = self._new_changes()
        if changes is not None:
            low = min(first, landing)
            high = max(last, landing + count - 1)
            changes.positions = self._positions(low, high + 1)
        self._changed(RunSheetChange("moved", first, last, destination), changes)

    def _set_field(self, index: int, name: str, value: Any) -> None:
        item = self.items[index]
        setattr(item, name, value)
        changes = self._new_changes()
        if changes is not None:
            changes.updates.append((item, {name: item_field_value(name, value)}))
        self._changed(RunSheetChange("updated", index, index, fields=(name,)), changes)

    def _set_event_fields(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            setattr(self._event, name, value)
        changes = self._new_changes()
        if changes is not None:
            changes.event_values = {
                name: event_field_value(name, value) for name, value in values.items()
            }
        self._changed(RunSheetChange("event", fields=tuple(values)), changes)

    def _positions(self, start: int, stop: int) -> list[tuple[Item, int]]:
        items = self.items
        return [(items[position], position) for position in range(start, stop)]

    def _new_changes(self) -> ChangeSet | None:
        if self._database is None or self._event.id is None:
            return None
        return ChangeSet(event_id=self._event.id)

    def _changed(self, change: RunSheetChange, changes: ChangeSet | None) -> None:
        self._schedule = compute_schedule(self._event.scheduled_start, self._event.items)
        if changes is not None:
            self._queue_write(changes)
        for callback in list(self._change_listeners):
            callback(change)

    def _queue_write(self, changes: ChangeSet) -> None:
        database = self._database
        assert database is not None
        with self._saved_condition:
            self._pending += 1
        generation = self._generation
        label, direction = self._doing
        touched = [item for item, _values in changes.inserts]
        touched += [item for item, _values in changes.updates] + changes.deletes
        if not touched and not changes.event_values:
            touched = [item for item, _position in changes.positions]
        titles = tuple(item.title for item in touched) if touched else (self._event.title,)

        def unsaved(reason: str) -> UnsavedEdit:
            return UnsavedEdit(label, direction, titles, reason)

        def write() -> None:
            if self._failed_generation == generation:  # an earlier edit of this batch failed
                if not self.needs_resync and self._generation == generation:
                    self._reload(database)  # the first re-read failed: try again
                skipped = unsaved("not written: an earlier edit could not be saved")
                self._written(None, skipped, needs_resync=True)
                return
            error = self._apply_with_retries(database, changes)
            if error is None:
                self._written(None)
                return
            self._failed_generation = generation
            self._reload(database)
            self._written(f"could not save: {error}", unsaved(error), needs_resync=True)

        try:
            database.writer.submit(write)
        except RuntimeError as exc:  # the database was closed under the editor
            log.error("saving a run-sheet edit failed: %s", exc)
            reason = f"the database is closed ({exc})"
            self._written(f"could not save: {reason}", unsaved(reason))

    def _apply_with_retries(self, database: Database, changes: ChangeSet) -> str | None:
        """Write ``changes``, retrying after each delay; the last error, or ``None`` if saved."""
        delays = iter(self._retry_delays)
        while True:
            try:
                database.apply_changes(changes)
                return None
            except DatabaseReadOnly as exc:  # retrying cannot help
                return str(exc)
            except Exception as exc:  # a failed save is shown to the operator, not a crash
                delay = next(delays, None)
                if delay is None:
                    log.error("saving a run-sheet edit failed, given up: %s", exc)
                    return str(exc)
                log.warning("saving a run-sheet edit failed (%s); retrying in %.1f s", exc, delay)
                self._sleep(delay)

    def _reload(self, database: Database) -> None:
        """Re-read the event from the disk (writer thread) for :meth:`resync`."""
        assert self._event.id is not None
        try:
            reloaded = database.load_event(self._event.id)
        except Exception:
            log.exception("re-reading the event after a failed save failed")
            return
        with self._saved_lock:
            self._reloaded = reloaded

    def _written(
        self, error: str | None, unsaved: UnsavedEdit | None = None, needs_resync: bool = False
    ) -> None:
        with self._saved_condition:
            self._pending -= 1
            if error is not None:
                self.last_error = error
            if unsaved is not None:
                self._unsaved.append(unsaved)
            state = SaveState(
                self._pending, error, (unsaved,) if unsaved else (), needs_resync=needs_resync
            )
            self._saved_condition.notify_all()
        with self._saved_lock:
            callbacks = list(self._saved_listeners)
        for callback in callbacks:
            try:
                callback(state)
            except Exception:
                log.exception("saved listener %r failed", callback)

    def _check_unlocked(self) -> None:
        reason = self.read_only_reason
        if reason is not None:
            raise RunSheetReadOnly(f"{reason}; edits are not possible here")
        if self._locked:
            raise RunSheetLocked("the run-sheet is locked while the show runs")

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.items):
            raise IndexError(f"row {index} is outside 0..{len(self.items) - 1}")


# ---------------------------------------------------------------- undo commands


class _SheetCommand(Command):
    """A run-sheet edit: its label is data, its ``text`` the English of it."""

    def __init__(self, sheet: RunSheet, label: EditLabel) -> None:
        self.label = label
        self.text = label.text
        self._sheet = sheet


def _label_of(command: Command | None) -> EditLabel | None:
    return command.label if isinstance(command, _SheetCommand) else None


class _InsertCommand(_SheetCommand):
    def __init__(self, sheet: RunSheet, label: EditLabel, index: int, items: list[Item]) -> None:
        super().__init__(sheet, label)
        self._index = index
        self._items = items

    def do(self) -> None:
        self._sheet._insert(self._index, self._items)

    def undo(self) -> None:
        self._sheet._remove(self._index, self._index + len(self._items) - 1)


class _RemoveCommand(_SheetCommand):
    def __init__(self, sheet: RunSheet, label: EditLabel, blocks: list[tuple[int, int]]) -> None:
        super().__init__(sheet, label)
        self._blocks = blocks
        self._removed: list[list[Item]] = []

    def do(self) -> None:
        removed = [self._sheet._remove(first, last) for first, last in reversed(self._blocks)]
        self._removed = list(reversed(removed))

    def undo(self) -> None:
        for (first, _last), items in zip(self._blocks, self._removed, strict=True):
            self._sheet._insert(first, items)


class _MoveCommand(_SheetCommand):
    def __init__(
        self, sheet: RunSheet, label: EditLabel, moves: list[tuple[int, int, int]]
    ) -> None:
        super().__init__(sheet, label)
        self._moves = moves

    def do(self) -> None:
        for first, last, destination in self._moves:
            self._sheet._move(first, last, destination)

    def undo(self) -> None:
        for first, last, destination in reversed(self._moves):
            count = last - first + 1
            if destination > last:
                self._sheet._move(destination - count, destination - 1, first)
            else:
                self._sheet._move(destination, destination + count - 1, last + 1)


class _SetFieldCommand(_SheetCommand):
    def __init__(
        self, sheet: RunSheet, label: EditLabel, index: int, name: str, old: Any, new: Any
    ) -> None:
        super().__init__(sheet, label)
        self._index = index
        self._name = name
        self._old = old
        self._new = new

    def do(self) -> None:
        self._sheet._set_field(self._index, self._name, self._new)

    def undo(self) -> None:
        self._sheet._set_field(self._index, self._name, self._old)


class _EventCommand(_SheetCommand):
    def __init__(
        self, sheet: RunSheet, label: EditLabel, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(sheet, label)
        self._old = old
        self._new = new

    def do(self) -> None:
        self._sheet._set_event_fields(self._new)

    def undo(self) -> None:
        self._sheet._set_event_fields(self._old)


# ------------------------------------------------------------------- move maths


def _blocks(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted distinct rows as contiguous ``(first, last)`` blocks."""
    blocks: list[tuple[int, int]] = []
    for row in rows:
        if blocks and blocks[-1][1] == row - 1:
            blocks[-1] = (blocks[-1][0], row)
        else:
            blocks.append((row, row))
    return blocks


def _plan_block_moves(
    blocks: list[tuple[int, int]], destination: int
) -> list[tuple[int, int, int]]:
    """The single-block moves (Qt convention) that gather ``blocks`` before ``destination``.

    Blocks above the destination are moved down onto it, the nearest first;
    blocks below are moved up after them, the nearest first. Blocks already in
    place are not moved.
    """
    moves: list[tuple[int, int, int]] = []
    group_start = group_end = destination
    for first, last in blocks:
        if first < destination <= last:  # a block around the destination stays put
            group_start, group_end = first, last + 1
    for first, last in reversed([b for b in blocks if b[1] < group_start]):
        count = last - first + 1
        if last != group_start - 1:
            moves.append((first, last, group_start))
        group_start -= count
    for first, last in [b for b in blocks if b[0] >= group_end]:
        count = last - first + 1
        if first != group_end:
            moves.append((first, last, group_end))
        group_end += count
    return moves
