"""The window and a database it cannot simply use: broken, another copy's, failing to write.

- a garbage, damaged or too new file brings up the dialog (open another, restore a
  backup, quit) instead of a traceback; restoring puts the backup in place;
- a database another process writes opens read-only: a banner names that process
  and every edit is refused with a message;
- a write that fails for good: the run-sheet shows what is on the disk and the
  save indicator lists the edit that was lost.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from controlroom.clock import SystemClock
from controlroom.db_guard import backup_database
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet
from controlroom.storage import Database
from ui.app import AppContext, build_window, create_application
from ui.database_dialog import BadDatabaseDialog, open_database_for_window
from ui.main_window import MainWindow
from ui.runsheet_model import Column

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 12, 3, 10, 0)


def store_event(path: Path, title: str = "Briefing") -> int:
    with Database.open(path) as database:
        items = [Item(title=f"item {n}", planned_duration=60) for n in range(3)]
        return database.create_event(Event(title=title, scheduled_start=START, items=items))


def answer_dialog(qtbot: QtBot, answer: Callable[[BadDatabaseDialog], None]) -> list[str]:
    """When the dialog shows, record its message and answer it; returns the messages seen."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BadDatabaseDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.message_label.text())
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


@pytest.mark.parametrize("kind", ["garbage", "damaged", "newer"])
def test_a_bad_database_shows_the_dialog_and_quit_quits(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    create_application()
    path = tmp_path / "bad.db"
    if kind == "garbage":
        path.write_bytes(b"not a database\n" * 500)
    else:
        store_event(path)
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if kind == "newer":
                connection.execute("PRAGMA user_version = 42")
        if kind == "damaged":
            data = bytearray(path.read_bytes())
            for offset in range(4096, len(data), 4096):
                data[offset : offset + 200] = b"\xff" * 200
            path.write_bytes(bytes(data))
    seen = answer_dialog(qtbot, lambda dialog: dialog.quit_button.click())
    assert open_database_for_window(path) is None
    assert len(seen) == 1
    assert str(path) in seen[0]
    expected = {"garbage": "not a database", "damaged": "malformed", "newer": "newer"}[kind]
    assert expected in seen[0]


def test_restoring_a_backup_puts_it_in_place_and_keeps_the_broken_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    create_application()
    path = tmp_path / "show.db"
    store_event(path, "Kept in the backup")
    backup_database(path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"scrambled by a crash\n" * 300)

    def restore(dialog: BadDatabaseDialog) -> None:
        assert dialog.backup_list.count() == 1
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()

    seen = answer_dialog(qtbot, restore)
    database = open_database_for_window(path)
    assert database is not None
    try:
        assert len(seen) == 1
        assert [summary.title for summary in database.list_events()] == ["Kept in the backup"]
        assert not database.read_only
    finally:
        database.close()
    kept = [name for name in os.listdir(tmp_path) if name.startswith("show.db.broken-")]
    assert len(kept) == 1
    assert (tmp_path / kept[0]).read_bytes().startswith(b"scrambled by a crash")


# --------------------------------------------------------------------- read-only


@pytest.fixture
def other_writer(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "shared.db"
    store_event(path)
    script = textwrap.dedent(
        f"""
        import sys
        from controlroom.storage import Database
        database = Database.open({str(path)!r})
        print("ready", flush=True)
        sys.stdin.read()
        database.close()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    yield path, child.pid
    assert child.stdin is not None
    child.stdin.close()
    child.wait(30)


def window_for(qtbot: QtBot, database: Database) -> MainWindow:
    create_application()
    args = argparse.Namespace(db=str(database.path), event=None, rehearsal=True, hall=None)
    context = AppContext(
        database=database, clock=SystemClock(), args=args, rehearsal=True, hall_path=None
    )
    window = build_window(context, lambda _window, _context: None).window
    qtbot.addWidget(window)
    return window


def test_a_second_copy_opens_read_only_says_so_and_refuses_edits(
    qtbot: QtBot, other_writer: tuple[Path, int]
) -> None:
    path, pid = other_writer
    database = open_database_for_window(path)
    assert database is not None
    try:
        assert database.read_only
        window = window_for(qtbot, database)
        window.show()
        qtbot.waitExposed(window)
        assert window.read_only_banner.isVisible()
        assert f"pid {pid}" in window.read_only_banner.text()
        runsheet = window.runsheet
        assert runsheet is not None and runsheet.items[0].title == "item 0"
        assert not window.action_add_item.isEnabled()
        index = window.model.index(0, Column.TITLE)
        assert not window.model.setData(index, "changed by the second copy")
        assert "another controlroom" in window.last_status_error
        assert runsheet.items[0].title == "item 0"
        with sqlite3.connect(path) as connection:
            titles = [row[0] for row in connection.execute("SELECT title FROM items")]
        assert "changed by the second copy" not in titles
        window.close()
    finally:
        database.close()


# ------------------------------------------------------------ a write that fails


def test_a_lost_edit_is_listed_and_the_table_shows_the_disk(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "failing.db"
    event_id = store_event(path)
    database = Database.open(path)
    try:
        window = window_for(qtbot, database)
        sheet = RunSheet(database.load_event(event_id), database, retry_delays=(0.0, 0.0))
        window.set_runsheet(sheet)
        with sqlite3.connect(path) as connection:  # the disk refuses every change of a title
            connection.execute(
                "CREATE TRIGGER refuse BEFORE UPDATE OF title ON items "
                "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
            )
        index = window.model.index(1, Column.TITLE)
        assert window.model.setData(index, "never saved")
        qtbot.waitUntil(lambda: window.save_state == "error", timeout=10000)
        qtbot.waitUntil(lambda: sheet.items[1].title == "item 1", timeout=10000)
        assert window.model.data(index) == "item 1"  # the table shows the disk again
        tooltip = window.save_indicator.toolTip()
        assert "Change title (never saved): " in tooltip and "the disk is full" in tooltip
        assert "the disk is full" in window.save_indicator.text()
        assert not sheet.can_undo
    finally:
        database.close()


def test_an_event_with_a_bad_row_is_named_and_the_window_still_opens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "bad-row.db"
    event_id = store_event(path)
    with sqlite3.connect(path) as connection:
        item_id = connection.execute("SELECT MAX(id) FROM items").fetchone()[0]
        connection.execute("UPDATE items SET kind = 'banquet' WHERE id = ?", (item_id,))
    database = open_database_for_window(path)  # the file itself is sound: no dialog
    assert database is not None
    try:
        create_application()
        args = argparse.Namespace(db=str(path), event=event_id, rehearsal=True, hall=None)
        context = AppContext(
            database=database, clock=SystemClock(), args=args, rehearsal=True, hall_path=None
        )
        window = build_window(context, lambda _window, _context: None).window
        qtbot.addWidget(window)
        assert window.runsheet is None
        assert f"items[{item_id}].kind: unknown value 'banquet'" in window.last_status_error
    finally:
        database.close()
