"""The editor window: the run-sheet table model, inline editing, reordering, undo, and saving.

Every test runs against a real SQLite file in tmp_path and checks what reached
the disk with a separate ``sqlite3`` connection, after waiting for the window's
save indicator (driven by the RunSheet's saved listener through a queued signal).
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from controlroom.durations import format_duration
from controlroom.model import Event, EventKind, Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.storage import Database
from ui.main_window import MainWindow
from ui.runsheet_model import GAP_ROLE, OVERLAP_ROLE, Column, RunSheetTableModel

# The offscreen platform warns when a window (or a tool tip) is shown or raised.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

START = datetime(2026, 11, 26, 10, 0, 0)
TITLES = ["Opening", "Statement", "Speaker one", "Speaker two", "Questions", "Closing"]


def make_event(title: str = "Press conference", count: int = len(TITLES)) -> Event:
    items = [
        Item(
            title=TITLES[number % len(TITLES)] + ("" if number < len(TITLES) else f" {number}"),
            planned_duration=300 + 60 * number,
            speaker_name=f"Speaker {number}",
            kind=ItemKind.QA if number == 4 else ItemKind.SEGMENT,
        )
        for number in range(count)
    ]
    return Event(title=title, scheduled_start=START, kind=EventKind.PRESS_CONFERENCE, items=items)


@pytest.fixture
def event_id(database: Database) -> int:
    return database.create_event(make_event())


@pytest.fixture
def window(qtbot: QtBot, database: Database, event_id: int) -> MainWindow:
    window = MainWindow(database, rehearsal=True)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.set_runsheet(RunSheet(database.load_event(event_id), database))
    window.show()
    qtbot.waitExposed(window)
    return window


def stored_items(db_path: Path, event_id: int) -> list[tuple[str, int]]:
    """(title, planned_duration) of the event's items in stored order, read from the file."""
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute(
            "SELECT title, planned_duration FROM items WHERE event_id = ? ORDER BY position",
            (event_id,),
        ).fetchall()
    connection.close()
    return [(str(title), int(duration)) for title, duration in rows]


def shown_items(model: RunSheetTableModel) -> list[tuple[str, int]]:
    rows = []
    for row in range(model.rowCount()):
        title = model.index(row, Column.TITLE).data()
        item = model.item(row)
        assert item is not None
        rows.append((title, item.planned_duration))
    return rows


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the status bar says every edit is committed."""
    qtbot.waitUntil(lambda: window.save_state == "saved", timeout=5000)
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.pending_writes == 0


def test_table_shows_the_schedule(window: MainWindow) -> None:
    model = window.model
    runsheet = window.runsheet
    assert runsheet is not None
    assert model.rowCount() == len(runsheet.items)
    assert model.columnCount() == len(Column)
    for row, slot in enumerate(runsheet.schedule.slots):
        assert model.index(row, Column.NUMBER).data() == str(row + 1)
        assert model.index(row, Column.START).data() == slot.start.strftime("%H:%M:%S")
        assert model.index(row, Column.END).data() == slot.end.strftime("%H:%M:%S")
        item = runsheet.items[row]
        assert model.index(row, Column.DURATION).data() == format_duration(item.planned_duration)
        assert model.index(row, Column.TITLE).data() == item.title
    assert model.headerData(Column.TITLE, Qt.Orientation.Horizontal) == "Title"
    assert window.event_title_label.text() == runsheet.event.title
    assert window.mode_label.text() == "REHEARSAL"


def test_gap_and_overlap_are_marked(qtbot: QtBot, window: MainWindow) -> None:
    model = window.model
    runsheet = window.runsheet
    assert runsheet is not None
    planned_start_of_row_2 = runsheet.schedule.slots[2].start
    # Row 2 starts 2 minutes before row 1 ends: an overlap, never shifted.
    assert model.setData(model.index(2, Column.START), (planned_start_of_row_2 - timedelta(
        minutes=2)).strftime("%H:%M"))
    assert model.index(2, OVERLAP_ROLE - OVERLAP_ROLE + Column.START).data(OVERLAP_ROLE) == 120
    tooltip = model.index(2, Column.START).data(Qt.ItemDataRole.ToolTipRole)
    assert "Overlaps the previous item by 2:00" in tooltip
    assert model.index(2, Column.START).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overlap" in window.event_summary_label.text()
    # Row 4 starts 5 minutes after row 3 ends: a gap.
    row_4_start = runsheet.schedule.slots[4].start
    assert model.setData(
        model.index(4, Column.START), (row_4_start + timedelta(minutes=5)).strftime("%H:%M")
    )
    assert model.index(4, Column.START).data(GAP_ROLE) == 300
    assert "Gap of 5:00" in model.index(4, Column.START).data(Qt.ItemDataRole.ToolTipRole)
    # Clearing the start text removes the hard start: the item follows on again.
    assert model.setData(model.index(4, Column.START), "")
    assert runsheet.items[4].hard_start is None
    assert model.index(4, Column.START).data(GAP_ROLE) == 0
    wait_saved(qtbot, window)


def test_add_edit_reorder_undo_redo_reach_the_database(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    expected = stored_items(db_path, event_id)
    assert shown_items(model) == expected

    # Add below row 1: a new item, saved at once, with its title editor open.
    window.select_rows([1])
    window.action_add_item.trigger()
    wait_saved(qtbot, window)
    expected.insert(2, ("New item", 300))
    assert stored_items(db_path, event_id) == expected
    assert shown_items(model) == expected
    assert window.selected_rows() == [2]

    # Type a title into the open editor and press Enter (the delegate commits it).
    editors = [editor for editor in window.table_view.findChildren(QLineEdit)
               if editor.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    editors[0].insert("Жаңа тармақ")  # QTest can only type ASCII
    qtbot.keyClicks(editors[0], " 1")
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)  # commits through a queued call
    qtbot.waitUntil(lambda: model.index(2, Column.TITLE).data() == "Жаңа тармақ 1")
    wait_saved(qtbot, window)
    expected[2] = ("Жаңа тармақ 1", 300)
    assert stored_items(db_path, event_id) == expected

    # Edit: the title and the duration (typed as text) of the new item.
    end_before = model.index(5, Column.END).data()
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(2, Column.TITLE), "Қазақстан баспасөз")
    assert model.setData(model.index(2, Column.DURATION), "12:30")
    wait_saved(qtbot, window)
    assert window.action_undo.text() == "&Undo Change duration"
    expected[2] = ("Қазақстан баспасөз", 750)
    assert stored_items(db_path, event_id) == expected
    # Every later planned time moved by the 7:30 added.
    end_after = model.index(5, Column.END).data()
    shift = datetime.strptime(end_after, "%H:%M:%S") - datetime.strptime(end_before, "%H:%M:%S")
    assert shift == timedelta(minutes=7, seconds=30)

    # Reorder: move it up with the keyboard action, then down twice.
    window.select_rows([2])
    window.action_move_up.trigger()
    wait_saved(qtbot, window)
    expected.insert(1, expected.pop(2))
    assert stored_items(db_path, event_id) == expected
    assert window.selected_rows() == [1]
    window.action_move_down.trigger()
    window.action_move_down.trigger()
    wait_saved(qtbot, window)
    expected.insert(3, expected.pop(1))
    assert stored_items(db_path, event_id) == expected
    assert window.selected_rows() == [3]

    # Undo the last move, then redo it.
    window.action_undo.trigger()
    wait_saved(qtbot, window)
    after_undo = list(expected)
    after_undo.insert(2, after_undo.pop(3))
    assert stored_items(db_path, event_id) == after_undo
    assert shown_items(model) == after_undo
    window.action_redo.trigger()
    wait_saved(qtbot, window)
    assert stored_items(db_path, event_id) == expected
    assert shown_items(model) == expected

    # Undo everything back to the start: the new item disappears from the disk.
    runsheet = window.runsheet
    assert runsheet is not None
    while runsheet.can_undo:
        window.action_undo.trigger()
    wait_saved(qtbot, window)
    assert len(stored_items(db_path, event_id)) == len(TITLES)
    assert ("New item", 300) not in stored_items(db_path, event_id)
    assert not window.action_undo.isEnabled()
    assert window.action_redo.isEnabled()


def test_rejected_edit_says_why_and_keeps_the_old_value(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    before = stored_items(db_path, event_id)
    old_text = model.index(1, Column.DURATION).data()
    with qtbot.waitSignal(model.edit_rejected) as rejected:
        assert not model.setData(model.index(1, Column.DURATION), "ten minutes")
    row, column, reason = rejected.args
    assert (row, column) == (1, Column.DURATION)
    assert "not a duration" in reason
    assert "not a duration" in window.last_status_error
    assert "Row 2" in window.statusBar().currentMessage()
    assert model.index(1, Column.DURATION).data() == old_text
    for bad_title in ("", "   "):
        with qtbot.waitSignal(model.edit_rejected) as rejected:
            assert not model.setData(model.index(0, Column.TITLE), bad_title)
        assert "title" in rejected.args[2]
    with qtbot.waitSignal(model.edit_rejected) as rejected:
        assert not model.setData(model.index(0, Column.START), "25:99")
    assert "time of day" in rejected.args[2]
    runsheet = window.runsheet
    assert runsheet is not None and not runsheet.can_undo
    assert stored_items(db_path, event_id) == before


def test_kind_column_uses_the_combo_and_stores_the_kind(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    index = model.index(0, Column.KIND)
    window.table_view.setCurrentIndex(index)
    window.table_view.edit(index)
    editor = window.table_view.indexWidget(index) or window.table_view.findChild(
        __import__("PySide6.QtWidgets", fromlist=["QComboBox"]).QComboBox
    )
    assert editor is not None
    position = editor.findData(ItemKind.BREAK.value)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    qtbot.waitUntil(lambda: model.index(0, Column.KIND).data() == "Break")
    wait_saved(qtbot, window)
    with sqlite3.connect(db_path) as connection:
        kind = connection.execute(
            "SELECT kind FROM items WHERE event_id = ? ORDER BY position LIMIT 1", (event_id,)
        ).fetchone()[0]
    connection.close()
    assert kind == "break"


def test_drag_and_drop_moves_rows(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    expected = stored_items(db_path, event_id)
    # Drop row 0 between rows 2 and 3 (Qt: before row 3).
    mime = model.mimeData([model.index(0, Column.TITLE), model.index(0, Column.NUMBER)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    with qtbot.waitSignal(model.rowsMoved):
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    wait_saved(qtbot, window)
    expected.insert(2, expected.pop(0))
    assert stored_items(db_path, event_id) == expected
    assert shown_items(model) == expected
    # Drop rows 4 and 5 onto row 1: they take its place.
    mime = model.mimeData([model.index(4, 0), model.index(5, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))
    wait_saved(qtbot, window)
    expected = expected[:1] + expected[4:6] + expected[1:4]
    assert stored_items(db_path, event_id) == expected
    assert shown_items(model) == expected
    # A drop from another run-sheet's model is refused.
    other = RunSheetTableModel(RunSheet(make_event("Other")))
    foreign = other.mimeData([other.index(0, 0)])
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert stored_items(db_path, event_id) == expected


def test_duplicate_and_delete_items(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    expected = stored_items(db_path, event_id)
    window.select_rows([3])
    window.action_duplicate_item.trigger()
    wait_saved(qtbot, window)
    expected.insert(4, expected[3])
    assert stored_items(db_path, event_id) == expected
    assert window.selected_rows() == [4]
    window.select_rows([0, 1])
    window.action_delete_items.trigger()
    wait_saved(qtbot, window)
    del expected[0:2]
    assert stored_items(db_path, event_id) == expected
    assert shown_items(window.model) == expected
    window.action_undo.trigger()
    wait_saved(qtbot, window)
    assert len(stored_items(db_path, event_id)) == len(expected) + 2


def test_locked_runsheet_refuses_edits(qtbot: QtBot, window: MainWindow) -> None:
    runsheet = window.runsheet
    assert runsheet is not None
    runsheet.locked = True
    window.refresh_actions()
    model = window.model
    assert not model.flags(model.index(0, Column.TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not window.action_add_item.isEnabled()
    with qtbot.waitSignal(model.edit_rejected) as rejected:
        assert not model.setData(model.index(0, Column.TITLE), "Changed")
    assert "locked" in rejected.args[2]
    assert runsheet.items[0].title == TITLES[0]


def test_screenshot(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    runsheet = window.runsheet
    assert runsheet is not None
    model = window.model
    model.setData(model.index(3, Column.START), "10:14")
    model.setData(model.index(5, Column.START), "10:50")
    assert model.index(1, Column.TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    runsheet.set_item_field(1, "colour", "#d9a400")
    tint = model.index(1, Column.TITLE).data(Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and tint.color().name() not in ("#d9a400", "#000000")
    window.select_rows([2])
    path = tmp_path / "editor.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000
    wait_saved(qtbot, window)


# -- events: open, new, duplicate, delete, details ----------------------------------------


def stored_events(db_path: Path) -> dict[int, tuple[str, str]]:
    """id -> (title, scheduled_start) of every event in the file."""
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT id, title, scheduled_start FROM events").fetchall()
    connection.close()
    return {int(event_id): (str(title), str(start)) for event_id, title, start in rows}


def test_open_event_from_the_list(
    qtbot: QtBot, window: MainWindow, database: Database, event_id: int
) -> None:
    other_id = database.create_event(make_event("Morning briefing", count=3))
    dialog = window.show_open_dialog()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2)
    assert dialog.selected_event_id() == event_id  # the open one is preselected
    assert dialog.select_event(other_id)
    with qtbot.waitSignal(window.runsheet_changed) as opened:
        dialog.accept()
    runsheet = opened.args[0]
    assert runsheet is window.runsheet
    assert runsheet.event.id == other_id
    assert window.model.rowCount() == 3
    assert window.event_title_label.text() == "Morning briefing"


def test_opening_a_missing_event_shows_an_error(qtbot: QtBot, window: MainWindow) -> None:
    before = window.runsheet
    with qtbot.waitSignal(window.task_failed) as failed:
        window.open_event(9999)
    assert "9999" in failed.args[0]
    assert window.runsheet is before


def test_new_event_is_stored_and_opened(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    dialog = window.show_new_event_dialog()
    dialog.accept()  # no title: refused, the dialog stays open
    assert dialog.isVisible()
    assert "title" in dialog.error_label.text()
    dialog.title_edit.setText("Брифинг: Қазақстан Республикасы")
    dialog.venue_edit.setText("Press hall")
    with qtbot.waitSignal(window.runsheet_changed) as opened:
        dialog.accept()
    runsheet = opened.args[0]
    assert runsheet.event.title == "Брифинг: Қазақстан Республикасы"
    assert runsheet.items == []
    assert stored_events(db_path)[runsheet.event.id][0] == "Брифинг: Қазақстан Республикасы"
    # The empty run-sheet takes new items at once.
    window.action_add_item.trigger()
    wait_saved(qtbot, window)
    assert stored_items(db_path, runsheet.event.id) == [("New item", 300)]


def test_duplicate_event_as_template(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    dialog = window.show_duplicate_event_dialog()
    assert dialog is not None
    dialog.title_edit.setText("Press conference (next week)")
    next_start = dialog.new_start()
    assert next_start == START + timedelta(days=7)
    with qtbot.waitSignal(window.runsheet_changed) as opened:
        dialog.accept()
    copy = opened.args[0]
    assert copy.event.id != event_id
    assert copy.event.title == "Press conference (next week)"
    assert copy.event.scheduled_start == next_start
    assert stored_items(db_path, copy.event.id) == stored_items(db_path, event_id)
    assert set(stored_events(db_path)) == {event_id, copy.event.id}


def test_delete_event_asks_first(
    qtbot: QtBot, window: MainWindow, database: Database, db_path: Path, event_id: int
) -> None:
    other_id = database.create_event(make_event("Morning briefing", count=2))
    box = window.confirm_delete_current_event()
    assert box is not None and "Press conference" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert set(stored_events(db_path)) == {event_id, other_id}

    box = window.confirm_delete_current_event()
    assert box is not None
    delete_button = next(
        button for button in box.buttons()
        if box.buttonRole(button) == box.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(window.runsheet_changed, check_params_cb=lambda sheet: sheet is not None):
        delete_button.click()
    assert set(stored_events(db_path)) == {other_id}
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.event.id == other_id
    assert stored_items(db_path, event_id) == []


def test_event_details_edit_is_undoable(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    dialog = window.show_event_details_dialog()
    assert dialog is not None
    dialog.title_edit.setText("Press conference on the budget")
    dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addSecs(30 * 60))
    dialog.accept()
    wait_saved(qtbot, window)
    assert stored_events(db_path)[event_id][0] == "Press conference on the budget"
    assert window.model.index(0, Column.START).data() == "10:30:00"
    assert window.event_title_label.text() == "Press conference on the budget"
    window.action_undo.trigger()
    wait_saved(qtbot, window)
    assert stored_events(db_path)[event_id][0] == "Press conference"
    assert window.model.index(0, Column.START).data() == "10:00:00"


# -- show files: import and export ---------------------------------------------------------


def test_export_then_import_gives_the_same_event(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int, tmp_path: Path
) -> None:
    from controlroom.showfile import load_event_file

    path = tmp_path / "press.json"
    window.export_file(path, "json")
    qtbot.waitUntil(path.exists)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage())
    assert load_event_file(path).title == "Press conference"
    with qtbot.waitSignal(window.runsheet_changed, timeout=5000) as opened:
        window.import_file(path)
    imported = opened.args[0]
    assert imported.event.id not in (None, event_id)
    assert stored_items(db_path, imported.event.id) == stored_items(db_path, event_id)
    assert imported.event.scheduled_start == START


def test_csv_import_asks_for_the_event_start(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "items.csv"
    window.export_file(path, "csv")
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage())
    window.import_file(path)
    dialog = window.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == "items"  # type: ignore[attr-defined]
    dialog.title_edit.setText("Брифинг")  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.runsheet_changed, timeout=5000) as opened:
        dialog.accept()  # type: ignore[attr-defined]
    imported = opened.args[0]
    assert imported.event.title == "Брифинг"
    assert stored_items(db_path, imported.event.id) == stored_items(db_path, event_id)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.json", b'{"format": "controlroom-show", "version": 2, "event": {'),
        ("empty.json", b""),
        ("latin1.json", '{"title": "Caf\u00e9"}'.encode("latin-1")),
        (
            "kind.json",
            b'{"format": "controlroom-show", "version": 2, "event": {"title": "x",\n'
            b'"scheduled_start": "2026-11-26T10:00:00", "kind": "press_conference"},\n'
            b'"items": [{"title": "a", "planned_duration": "5:00", "kind": "dance"}]}',
        ),
        ("garbage.json", bytes(range(256)) * 64),
    ],
)
def test_bad_show_file_is_refused_with_the_cli_message(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path, name: str, content: bytes
) -> None:
    from controlroom.showfile import ShowFileError, load_event_file

    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ShowFileError) as raised:
        load_event_file(path)
    before_events = stored_events(db_path)
    before_sheet = window.runsheet
    with qtbot.waitSignal(window.task_failed, timeout=5000) as failed:
        window.import_file(path)
    assert failed.args[0] == str(raised.value)
    assert name in failed.args[0]
    box = window.active_dialog
    assert box is not None and box.isVisible()
    assert box.text() == str(raised.value)  # type: ignore[attr-defined]
    assert stored_events(db_path) == before_events
    assert window.runsheet is before_sheet


def test_a_failed_write_is_shown_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full disk cannot be had on demand: inject the failure into the write itself.
    def fail(_changes: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database, "apply_changes", fail)
    with qtbot.waitSignal(window.save_state_changed, timeout=5000) as saved:
        window.model.setData(window.model.index(0, Column.TITLE), "Will not be saved")
    assert saved.args[0].error is not None
    qtbot.waitUntil(lambda: window.save_state == "error")
    assert "No space left on device" in window.save_indicator.text()
    monkeypatch.undo()
    # A later write that succeeds does not hide the lost one.
    with qtbot.waitSignal(window.save_state_changed, timeout=5000) as saved:
        window.model.setData(window.model.index(1, Column.TITLE), "Written")
    assert saved.args[0].error is None and saved.args[0].pending == 0
    assert window.save_state == "error"
    # The lost edit is listed; the run-sheet already shows what is on the disk.
    assert "Change title (Will not be saved)" in window.save_indicator.toolTip()
    # Reopening the event reads the disk again: the failed title is not there.
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.event.id is not None
    with qtbot.waitSignal(window.runsheet_changed) as reopened:
        window.open_event(runsheet.event.id)
    titles = [item.title for item in reopened.args[0].items]
    assert "Will not be saved" not in titles and titles[1] == "Written"
    assert window.save_state == "saved"


def test_current_item_follows_the_table(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.current_item_changed) as changed:
        window.table_view.setCurrentIndex(window.model.index(3, Column.TITLE))
    assert changed.args == [3]
    with qtbot.waitSignal(window.current_item_changed) as changed:
        window.set_runsheet(None)
    assert changed.args == [-1]
    assert window.model.rowCount() == 0
    assert window.event_title_label.text() == "No event open"
    assert not window.action_add_item.isEnabled()


def test_scattered_rows_delete_and_move_as_blocks(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    expected = stored_items(db_path, event_id)
    # Rows 0 and 2 moved down together land as one block after row 3.
    window.select_rows([0, 2])
    window.action_move_down.trigger()
    wait_saved(qtbot, window)
    expected = [expected[1], expected[3], expected[0], expected[2], *expected[4:]]
    assert stored_items(db_path, event_id) == expected
    assert shown_items(model) == expected
    assert window.selected_rows() == [2, 3]
    # Rows 1 and 4 deleted at once; undo brings both back in place.
    window.select_rows([1, 4])
    window.action_delete_items.trigger()
    wait_saved(qtbot, window)
    assert window.action_undo.text() == "&Undo Delete 2 items"
    remaining = [row for index, row in enumerate(expected) if index not in (1, 4)]
    assert stored_items(db_path, event_id) == remaining
    assert shown_items(model) == remaining
    window.action_undo.trigger()
    wait_saved(qtbot, window)
    assert stored_items(db_path, event_id) == expected
    assert shown_items(model) == expected


def test_row_commands_wait_while_a_cell_is_being_edited(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    before = stored_items(db_path, event_id)
    index = window.model.index(2, Column.KIND)
    window.table_view.setCurrentIndex(index)
    window.table_view.edit(index)
    assert window.table_view.state() == window.table_view.State.EditingState
    window.action_delete_items.trigger()
    window.action_move_up.trigger()
    assert shown_items(window.model) == before
    window.table_view.closePersistentEditor(index)
    window.table_view.setFocus()
    qtbot.waitUntil(lambda: window.table_view.state() != window.table_view.State.EditingState)


def test_delete_from_the_event_list(
    qtbot: QtBot, window: MainWindow, database: Database, db_path: Path, event_id: int
) -> None:
    other_id = database.create_event(make_event("Morning briefing", count=2))
    dialog = window.show_open_dialog()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2)
    assert dialog.select_event(other_id)
    dialog.delete_button.click()
    box = window.active_dialog
    assert box is not None and "Morning briefing" in box.text()  # type: ignore[attr-defined]
    delete_button = next(
        button for button in box.buttons()  # type: ignore[attr-defined]
        if box.buttonRole(button) == box.ButtonRole.DestructiveRole  # type: ignore[attr-defined]
    )
    delete_button.click()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    assert set(stored_events(db_path)) == {event_id}
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.event.id == event_id  # the open one stays open
    dialog.reject()


def test_undo_actions_are_right_as_soon_as_the_sheet_changes(window: MainWindow) -> None:
    """No event processing between the edit and the check: the listener reads the moved stack."""
    runsheet = window.runsheet
    assert runsheet is not None
    runsheet.set_item_field(0, "planned_duration", 900)
    assert window.action_undo.isEnabled() and not window.action_redo.isEnabled()
    assert window.action_undo.text() == "&Undo Change duration"
    runsheet.undo()
    assert not window.action_undo.isEnabled() and window.action_redo.isEnabled()
    assert window.action_redo.text() == "&Redo Change duration"
    runsheet.redo()
    assert window.action_undo.isEnabled() and not window.action_redo.isEnabled()
    assert window.action_redo.text() == "&Redo"


def test_saved_never_shows_while_a_later_edit_is_queued(
    qtbot: QtBot, window: MainWindow, database: Database, db_path: Path, event_id: int
) -> None:
    runsheet = window.runsheet
    assert runsheet is not None
    runsheet.set_item_field(0, "title", "First edit")
    # The first write is committed; its "pending 0" signal is queued, not yet delivered.
    assert runsheet.wait_saved(5)
    gate = threading.Event()
    database.writer.submit(lambda: gate.wait(10))  # holds the writer thread
    try:
        runsheet.set_item_field(1, "title", "Second edit")
        assert runsheet.pending_writes == 1
        with qtbot.waitSignal(window.save_state_changed, timeout=5000) as delivered:
            pass  # delivers the stale signal of the first write
        assert delivered.args[0].pending == 0
        assert window.save_state == "saving"
        assert window.save_indicator.text() == "Saving…"
    finally:
        gate.set()
    wait_saved(qtbot, window)
    assert stored_items(db_path, event_id)[:2] == [
        ("First edit", 300), ("Second edit", 360)
    ]


def shown_times(model: RunSheetTableModel) -> list[tuple[datetime, datetime]]:
    """The planned (start, end) each row displays."""
    return [
        (
            datetime.strptime(model.index(row, Column.START).data(), "%H:%M:%S"),
            datetime.strptime(model.index(row, Column.END).data(), "%H:%M:%S"),
        )
        for row in range(model.rowCount())
    ]


def open_line_editor(qtbot: QtBot, window: MainWindow, row: int, column: Column) -> QLineEdit:
    index = window.model.index(row, column)
    window.table_view.setCurrentIndex(index)
    window.table_view.edit(index)
    editors = [e for e in window.table_view.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_planned_times_recompute_as_a_duration_is_typed(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    runsheet = window.runsheet
    assert runsheet is not None
    stored_before = stored_items(db_path, event_id)
    times_before = shown_times(model)
    summary_before = window.event_summary_label.text()
    old_duration = runsheet.items[1].planned_duration

    editor = open_line_editor(qtbot, window, 1, Column.DURATION)
    qtbot.keyClicks(editor, "10:00")  # replaces the selected text, one key at a time
    shift = timedelta(seconds=600 - old_duration)
    assert shift

    def previewed(times: list[tuple[datetime, datetime]]) -> bool:
        return times[1] == (times_before[1][0], times_before[1][1] + shift) and all(
            times[row] == (start + shift, end + shift)
            for row, (start, end) in enumerate(times_before)
            if row > 1
        )

    assert previewed(shown_times(model))
    assert shown_times(model)[0] == times_before[0]
    assert window.event_summary_label.text() != summary_before
    # A preview only: the item, the undo history and the disk are as they were.
    assert runsheet.items[1].planned_duration == old_duration
    assert not runsheet.can_undo and runsheet.pending_writes == 0
    assert stored_items(db_path, event_id) == stored_before

    # Text that does not parse keeps the last valid preview and says nothing yet.
    qtbot.keyClicks(editor, "x")
    assert previewed(shown_times(model))
    assert window.last_status_error == ""

    # Esc: the planned times are the run-sheet's again, and nothing was written.
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.table_view.state() != window.table_view.State.EditingState)
    assert shown_times(model) == times_before
    assert window.event_summary_label.text() == summary_before
    assert not runsheet.can_undo and stored_items(db_path, event_id) == stored_before

    # Typed and committed with Enter: one edit, one undo step, on the disk.
    editor = open_line_editor(qtbot, window, 1, Column.DURATION)
    qtbot.keyClicks(editor, "10:00")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: runsheet.items[1].planned_duration == 600)
    wait_saved(qtbot, window)
    assert previewed(shown_times(model)) and not model.previewing
    assert stored_items(db_path, event_id)[1] == (stored_before[1][0], 600)
    assert runsheet.undo_text == "Change duration"
    window.action_undo.trigger()
    assert not runsheet.can_undo
    assert shown_times(model) == times_before


def test_planned_times_recompute_as_a_hard_start_is_typed(
    qtbot: QtBot, window: MainWindow, db_path: Path, event_id: int
) -> None:
    model = window.model
    runsheet = window.runsheet
    assert runsheet is not None
    times_before = shown_times(model)
    later = runsheet.schedule.slots[3].start + timedelta(minutes=10)
    editor = open_line_editor(qtbot, window, 3, Column.START)
    qtbot.keyClicks(editor, later.strftime("%H:%M"))
    shift = timedelta(minutes=10)
    assert shown_times(model)[:3] == times_before[:3]
    assert shown_times(model)[3:] == [(s + shift, e + shift) for s, e in times_before[3:]]
    assert model.index(3, Column.START).data(GAP_ROLE) == 600
    assert runsheet.items[3].hard_start is None and not runsheet.can_undo
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown_times(model) == times_before)
    assert model.index(3, Column.START).data(GAP_ROLE) == 0
