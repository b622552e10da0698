"""The run-sheet document: edits, validation, undo/redo, listeners and saving to SQLite."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from controlroom.cues import ItemCues, SwitcherCue
from controlroom.model import ITEM_FIELDS, Event, EventKind, Item, ItemKind
from controlroom.runsheet import (
    EditAction,
    EditLabel,
    RunSheet,
    RunSheetChange,
    RunSheetLocked,
    SaveState,
)
from controlroom.storage import Database
from controlroom.undo import FunctionCommand, UndoStack

START = datetime(2026, 11, 26, 10, 0)


def make_event(n: int = 5) -> Event:
    return Event(
        "Брифинг",
        START,
        items=[Item(f"item {i}", planned_duration=60 * (i + 1)) for i in range(n)],
    )


def titles(sheet: RunSheet) -> list[str]:
    return [item.title for item in sheet.items]


def stored_rows(db: Database, event_id: int) -> list[tuple]:
    event = db.load_event(event_id)
    return [
        (
            i.id,
            i.title,
            i.planned_duration,
            i.kind,
            i.hard_start,
            i.warning_at,
            i.danger_at,
            i.colour,
            i.notes,
            i.cues,
        )
        for i in event.items
    ]


def memory_rows(sheet: RunSheet) -> list[tuple]:
    return [
        (
            i.id,
            i.title,
            i.planned_duration,
            i.kind,
            i.hard_start,
            i.warning_at,
            i.danger_at,
            i.colour,
            i.notes,
            i.cues,
        )
        for i in sheet.items
    ]


@pytest.fixture
def stored_sheet(db: Database) -> RunSheet:
    event = make_event()
    db.create_event(event)
    return RunSheet(event, db)


# ----------------------------------------------------------------- in memory


def test_schedule_follows_every_edit() -> None:
    sheet = RunSheet(make_event(3))
    assert sheet.schedule.planned_end == START + timedelta(minutes=1 + 2 + 3)
    sheet.set_item_field(0, "planned_duration", 600)
    assert sheet.schedule.slots[1].start == START + timedelta(minutes=10)
    sheet.insert_item(0, Item("new", 300))
    assert sheet.schedule.slots[1].start == START + timedelta(minutes=5)
    sheet.remove_items([0, 1])
    assert sheet.schedule.slots[0].start == START
    assert sheet.schedule.planned_end == START + timedelta(minutes=2 + 3)
    sheet.update_event(scheduled_start=START + timedelta(hours=1))
    assert sheet.schedule.slots[0].start == START + timedelta(hours=1)


def test_preview_schedule_shows_an_edit_without_making_it() -> None:
    sheet = RunSheet(make_event(4))
    heard: list[RunSheetChange] = []
    sheet.add_change_listener(heard.append)
    before = sheet.schedule
    durations = [item.planned_duration for item in sheet.items]
    preview = sheet.preview_schedule(1, "planned_duration", 600)
    # Rows before the edited one keep their times; every later one shifts by the difference.
    shift = timedelta(seconds=600 - durations[1])
    assert preview.slots[0] == before.slots[0]
    assert preview.slots[1].start == before.slots[1].start
    for row in (1, 2, 3):
        assert preview.slots[row].end == before.slots[row].end + shift
    assert preview.planned_end == before.planned_end + shift
    # A hard start moves the item and everything after it.
    hard = before.slots[2].start + timedelta(minutes=7)
    moved = sheet.preview_schedule(2, "hard_start", hard)
    assert moved.slots[2].start == hard and moved.slots[2].gap_before_s == 7 * 60
    assert moved.slots[3].start == before.slots[3].start + timedelta(minutes=7)
    # Nothing changed: items, schedule, undo, listeners.
    assert [item.planned_duration for item in sheet.items] == durations
    assert sheet.items[2].hard_start is None
    assert sheet.schedule == before and not sheet.can_undo and heard == []
    with pytest.raises(ValueError, match="negative"):
        sheet.preview_schedule(1, "planned_duration", -5)
    with pytest.raises(IndexError):
        sheet.preview_schedule(4, "planned_duration", 60)
    assert sheet.schedule == before


def test_listeners_hear_each_change_after_it_happened() -> None:
    sheet = RunSheet(make_event(4))
    heard: list[tuple[RunSheetChange, list[str], datetime]] = []
    sheet.add_change_listener(
        lambda change: heard.append((change, titles(sheet), sheet.schedule.planned_end))
    )
    sheet.insert_item(1, Item("new", 60))
    sheet.set_item_field(0, "title", "renamed")
    sheet.move_items([0], 3)
    sheet.remove_items([4])
    sheet.update_event(title="Жаңа")
    kinds = [(c.kind, c.first, c.last, c.destination, c.fields) for c, _, _ in heard]
    assert kinds == [
        ("inserted", 1, 1, -1, ()),
        ("updated", 0, 0, -1, ("title",)),
        ("moved", 0, 0, 3, ()),
        ("removed", 4, 4, -1, ()),
        ("event", -1, -1, -1, ("title",)),
    ]
    assert heard[0][1][1] == "new"
    assert heard[2][1] == ["new", "item 1", "renamed", "item 2", "item 3"]
    assert heard[3][2] == START + timedelta(minutes=1 + 2 + 1 + 3)


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        ("title", "   ", "must not be empty"),
        ("title", 5, "must be text"),
        ("planned_duration", -1, "must not be negative"),
        ("planned_duration", "5:00", "whole number of seconds"),
        ("planned_duration", 1.5, "whole number of seconds"),
        ("planned_duration", True, "whole number of seconds"),
        ("planned_duration", 25 * 3600, "24 hours"),
        ("warning_at", -5, "must not be negative"),
        ("warning_at", 10, "not be less than the danger time"),
        ("danger_at", 500, "not be more than the warning time"),
        ("colour", "red", "#rrggbb"),
        ("colour", "#12345", "#rrggbb"),
        ("kind", "lunch", "unknown kind"),
        ("hard_start", "10:30", "date and time"),
        ("cues", {"switcher": {}}, "ItemCues"),
        ("speaker", "x", "unknown item field"),
    ],
)
def test_rejected_values_say_why_and_change_nothing(name: str, value: object, reason: str) -> None:
    sheet = RunSheet(make_event(2))
    heard: list[RunSheetChange] = []
    sheet.add_change_listener(heard.append)
    before = [replace(item) for item in sheet.items]
    with pytest.raises(ValueError, match=reason):
        sheet.set_item_field(0, name, value)
    assert sheet.items == before
    assert heard == [] and not sheet.can_undo


def test_accepted_values_are_normalised() -> None:
    sheet = RunSheet(make_event(1))
    sheet.set_item_field(0, "title", "  Ашылу  ")
    sheet.set_item_field(0, "colour", "#AABBCC")
    sheet.set_item_field(0, "kind", "qa")
    sheet.set_item_field(0, "danger_at", 0)
    sheet.set_item_field(0, "warning_at", 0)
    item = sheet.items[0]
    assert (item.title, item.colour, item.kind) == ("Ашылу", "#aabbcc", ItemKind.QA)
    assert (item.warning_at, item.danger_at) == (0, 0)


def test_setting_the_same_value_is_not_an_edit() -> None:
    sheet = RunSheet(make_event(1))
    sheet.set_item_field(0, "planned_duration", sheet.items[0].planned_duration)
    assert not sheet.can_undo


def test_event_fields_are_validated() -> None:
    sheet = RunSheet(make_event(1))
    with pytest.raises(ValueError, match="must not be empty"):
        sheet.update_event(title="")
    with pytest.raises(ValueError, match="unknown event field"):
        sheet.update_event(place="x")
    with pytest.raises(ValueError, match="date and time"):
        sheet.update_event(scheduled_start="10:00")
    with pytest.raises(ValueError, match="language codes"):
        sheet.update_event(languages="kk")
    assert not sheet.can_undo
    sheet.update_event(kind=EventKind.BRIEFING, languages=["kk"])
    assert sheet.event.kind is EventKind.BRIEFING and sheet.event.languages == ["kk"]
    sheet.undo()
    assert sheet.event.kind is EventKind.PRESS_CONFERENCE and sheet.event.languages == ["kk", "ru"]


def test_insert_rejects_an_invalid_item() -> None:
    sheet = RunSheet(make_event(1))
    with pytest.raises(ValueError, match="item 1: planned_duration"):
        sheet.insert_item(0, Item("x", -5))
    with pytest.raises(IndexError):
        sheet.insert_item(3, Item("x", 5))
    assert titles(sheet) == ["item 0"]


def test_undo_and_redo_every_kind_of_edit() -> None:
    sheet = RunSheet(make_event(4))
    original = titles(sheet)
    snapshots = [original]
    sheet.insert_item(2, Item("inserted", 30))
    snapshots.append(titles(sheet))
    sheet.duplicate_item(0)
    snapshots.append(titles(sheet))
    sheet.remove_items([1, 3, 4])
    snapshots.append(titles(sheet))
    sheet.move_items([0], 3)
    snapshots.append(titles(sheet))
    sheet.set_item_field(1, "title", "changed")
    snapshots.append(titles(sheet))
    assert sheet.undo_text == "Change title"
    for expected in reversed(snapshots[:-1]):
        assert sheet.undo()
        assert titles(sheet) == expected
    assert not sheet.can_undo and not sheet.undo()
    assert sheet.redo_text == "Insert item"
    for expected in snapshots[1:]:
        assert sheet.redo()
        assert titles(sheet) == expected
    assert not sheet.can_redo and not sheet.redo()


def test_every_edit_is_labelled_as_data_for_the_gui_to_word() -> None:
    sheet = RunSheet(make_event(4))
    assert sheet.undo_label is None and sheet.redo_label is None
    edits: list[tuple[Callable[[], None], EditLabel, str]] = [
        (lambda: sheet.insert_item(0, Item("new", 3)), EditLabel(EditAction.INSERT), "Insert item"),
        (
            lambda: sheet.insert_items(0, [Item("a", 1), Item("b", 2)]),
            EditLabel(EditAction.INSERT, count=2),
            "Insert 2 items",
        ),
        (lambda: sheet.duplicate_item(1), EditLabel(EditAction.DUPLICATE), "Duplicate item"),
        (lambda: sheet.remove_items([0]), EditLabel(EditAction.DELETE), "Delete item"),
        (
            lambda: sheet.remove_items([0, 2, 3]),
            EditLabel(EditAction.DELETE, count=3),
            "Delete 3 items",
        ),
        (lambda: sheet.move_items([0, 1], 4), EditLabel(EditAction.MOVE, count=2), "Move 2 items"),
        (
            lambda: sheet.set_item_field(0, "speaker_role", "Спикер"),
            EditLabel(EditAction.CHANGE, field="speaker_role"),
            "Change speaker role",
        ),
        (
            lambda: sheet.set_item_field(0, "planned_duration", 61),
            EditLabel(EditAction.CHANGE, field="planned_duration"),
            "Change duration",
        ),
        (lambda: sheet.update_event(venue="Орда"), EditLabel(EditAction.EDIT_EVENT), "Edit event"),
    ]
    for edit, label, english in edits:
        edit()
        assert (sheet.undo_label, sheet.undo_text, label.text) == (label, english, english)
    sheet.undo()
    assert sheet.redo_label == EditLabel(EditAction.EDIT_EVENT)
    assert sheet.undo_label == EditLabel(EditAction.CHANGE, field="planned_duration")
    # Every field has its English words (used when no GUI words it).
    assert [EditLabel(EditAction.CHANGE, field=spec.name).text for spec in ITEM_FIELDS] == [
        f"Change {spec.label}" for spec in ITEM_FIELDS
    ]


def test_listeners_read_the_undo_state_of_after_the_edit() -> None:
    sheet = RunSheet(make_event(4))
    heard: list[tuple[str, bool, bool, str, str]] = []
    sheet.add_change_listener(
        lambda change: heard.append(
            (change.kind, sheet.can_undo, sheet.can_redo, sheet.undo_text, sheet.redo_text)
        )
    )
    sheet.set_item_field(0, "title", "renamed")
    assert heard.pop() == ("updated", True, False, "Change title", "")
    sheet.remove_items([0, 2])  # two blocks: two notifications, both after the push
    assert heard == [("removed", True, False, "Delete 2 items", "")] * 2
    heard.clear()
    sheet.undo()
    assert heard == [("inserted", True, True, "Change title", "Delete 2 items")] * 2
    heard.clear()
    sheet.undo()
    assert heard == [("updated", False, True, "", "Change title")]
    heard.clear()
    sheet.redo()
    assert heard == [("updated", True, True, "Change title", "Delete 2 items")]
    heard.clear()
    sheet.redo()
    assert heard == [("removed", True, False, "Delete 2 items", "")] * 2


def test_a_failing_command_leaves_the_histories_as_they_were() -> None:
    stack = UndoStack()
    done: list[str] = []
    stack.push(FunctionCommand("first", lambda: done.append("a"), done.pop))
    stack.push(FunctionCommand("second", lambda: done.append("b"), done.pop))
    stack.undo()

    def fail() -> None:
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        stack.push(FunctionCommand("broken", fail, fail))
    assert (stack.undo_text, stack.redo_text) == ("first", "second")
    stack.push(FunctionCommand("undo fails", lambda: None, fail))
    with pytest.raises(RuntimeError):
        stack.undo()
    assert (stack.undo_text, stack.can_redo) == ("undo fails", False)
    redo_fails = FunctionCommand("redo fails", lambda: None, lambda: None)
    redo_fails.redo = fail  # type: ignore[method-assign]
    stack.push(redo_fails)
    stack.undo()
    with pytest.raises(RuntimeError):
        stack.redo()
    assert (stack.undo_text, stack.redo_text) == ("undo fails", "redo fails")
    assert done == ["a"]


def test_a_new_edit_clears_redo() -> None:
    sheet = RunSheet(make_event(2))
    sheet.set_item_field(0, "title", "a")
    sheet.undo()
    assert sheet.can_redo
    sheet.set_item_field(0, "title", "b")
    assert not sheet.can_redo


def test_locked_sheet_refuses_every_edit() -> None:
    sheet = RunSheet(make_event(2))
    sheet.set_item_field(0, "title", "a")
    sheet.locked = True
    for attempt in (
        lambda: sheet.insert_item(0, Item("x")),
        lambda: sheet.remove_items([0]),
        lambda: sheet.duplicate_item(0),
        lambda: sheet.move_items([0], 2),
        lambda: sheet.set_item_field(0, "title", "b"),
        lambda: sheet.update_event(title="b"),
        sheet.undo,
        sheet.redo,
    ):
        with pytest.raises(RunSheetLocked):
            attempt()
    assert titles(sheet) == ["a", "item 1"]
    sheet.locked = False
    assert sheet.undo()


def reference_move(rows: list[str], indices: list[int], destination: int) -> list[str]:
    chosen = sorted(set(indices))
    moving = [rows[i] for i in chosen]
    before = [rows[i] for i in range(destination) if i not in chosen]
    after = [rows[i] for i in range(destination, len(rows)) if i not in chosen]
    return before + moving + after


@given(st.data())
def test_moves_match_the_reference_and_notifications_replay(data: st.DataObject) -> None:
    n = data.draw(st.integers(min_value=1, max_value=12))
    indices = data.draw(st.lists(st.integers(min_value=0, max_value=n - 1), min_size=1))
    destination = data.draw(st.integers(min_value=0, max_value=n))
    sheet = RunSheet(make_event(n))
    before = titles(sheet)
    replayed = list(before)

    def replay(change: RunSheetChange) -> None:
        assert change.kind == "moved"
        # Qt forbids a destination inside or right after the moved block.
        assert not change.first <= change.destination <= change.last + 1
        block = replayed[change.first : change.last + 1]
        del replayed[change.first : change.last + 1]
        landing = (
            change.destination
            if change.destination < change.first
            else change.destination - len(block)
        )
        replayed[landing:landing] = block

    sheet.add_change_listener(replay)
    sheet.move_items(indices, destination)
    expected = reference_move(before, indices, destination)
    assert titles(sheet) == expected
    assert replayed == expected
    if sheet.can_undo:
        sheet.undo()
        assert titles(sheet) == before
        assert replayed == before
    else:
        assert expected == before


# ----------------------------------------------------------------- with SQLite


def test_every_edit_reaches_the_database(db: Database, stored_sheet: RunSheet) -> None:
    sheet = stored_sheet
    event_id = sheet.event.id
    assert event_id is not None
    cue = ItemCues((SwitcherCue(program=2),))
    steps = [
        lambda: sheet.insert_item(1, Item("new", 90, kind=ItemKind.VIDEO)),
        lambda: sheet.set_item_field(1, "planned_duration", 120),
        lambda: sheet.set_item_field(1, "cues", cue),
        lambda: sheet.set_item_field(2, "hard_start", START + timedelta(minutes=30)),
        lambda: sheet.set_item_field(0, "colour", "#334455"),
        lambda: sheet.duplicate_item(1),
        lambda: sheet.move_items([0, 2], 6),
        lambda: sheet.remove_items([1, 3]),
        lambda: sheet.update_event(title="Жаңартылған", notes="ескерту"),
        sheet.undo,
        sheet.undo,
        sheet.undo,
        sheet.redo,
        sheet.undo,
        sheet.undo,
        sheet.undo,
    ]
    for step in steps:
        step()
        assert sheet.wait_saved(10)
        assert stored_rows(db, event_id) == memory_rows(sheet)
        stored = db.load_event(event_id)
        assert (stored.title, stored.notes) == (sheet.event.title, sheet.event.notes)
    assert all(item.id is not None for item in sheet.items)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 50), st.integers(0, 50)), max_size=25))
def test_random_edit_sequences_are_stored_exactly(
    tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[int, int, int]]
) -> None:
    database = Database.open(tmp_path_factory.mktemp("seq") / "seq.db")
    try:
        event = make_event(4)
        database.create_event(event)
        sheet = RunSheet(event, database)
        for op, a, b in ops:
            n = len(sheet.items)
            if op == 0 or n == 0:
                sheet.insert_item(a % (n + 1), Item(f"new {a}", b))
            elif op == 1:
                sheet.remove_items([a % n, b % n])
            elif op == 2:
                sheet.move_items([a % n, b % n], b % (n + 1))
            elif op == 3:
                sheet.set_item_field(a % n, "planned_duration", b * 10)
            elif op == 4:
                sheet.duplicate_item(a % n)
            elif op == 5:
                sheet.undo()
            else:
                sheet.redo()
        assert sheet.wait_saved(10)
        assert event.id is not None
        assert stored_rows(database, event.id) == memory_rows(sheet)
    finally:
        database.close()


def test_saved_listener_runs_on_the_writer_after_commit(
    db: Database, stored_sheet: RunSheet
) -> None:
    sheet = stored_sheet
    event_id = sheet.event.id
    assert event_id is not None
    seen: list[tuple[SaveState, int, str]] = []
    done = threading.Event()

    def on_saved(state: SaveState) -> None:
        # A fresh read sees the committed edit by the time we are told.
        stored = db.load_event(event_id)
        seen.append((state, stored.items[0].planned_duration, threading.current_thread().name))
        if state.pending == 0:
            done.set()

    sheet.add_saved_listener(on_saved)
    sheet.set_item_field(0, "planned_duration", 777)
    assert done.wait(10)
    state, stored_duration, thread_name = seen[-1]
    assert state == SaveState(pending=0, error=None)
    assert stored_duration == 777
    assert thread_name.startswith("db-writer")


def test_a_failed_write_is_reported_not_raised(db: Database, stored_sheet: RunSheet) -> None:
    sheet = stored_sheet
    assert sheet.event.id is not None
    states: list[SaveState] = []
    sheet.add_saved_listener(states.append)
    db.delete_event(sheet.event.id)  # the rows vanish under the editor
    sheet.insert_item(0, Item("orphan", 60))  # foreign key to a missing event
    assert sheet.wait_saved(10)
    assert states[-1].error is not None and "could not save" in states[-1].error
    assert sheet.last_error == states[-1].error
    assert titles(sheet)[0] == "orphan"


def test_a_database_sheet_needs_a_stored_event(db: Database) -> None:
    with pytest.raises(ValueError, match="store the event first"):
        RunSheet(make_event(1), db)


def test_no_database_means_nothing_pending() -> None:
    sheet = RunSheet(make_event(1))
    sheet.set_item_field(0, "title", "x")
    assert sheet.pending_writes == 0 and sheet.wait_saved(0)


def test_an_edit_after_the_database_closed_is_reported(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "closed.db")
    event = make_event(2)
    database.create_event(event)
    sheet = RunSheet(event, database)
    states: list[SaveState] = []
    sheet.add_saved_listener(states.append)
    database.close()
    sheet.set_item_field(0, "title", "after close")
    assert sheet.wait_saved(1)
    assert states and states[-1].error is not None and "closed" in states[-1].error
    assert sheet.items[0].title == "after close"
