"""The chaos suite for storage: two processes on one file, a full disk, broken databases.

Everything is real: SQLite files in tmp_path, a second process holding the writer
lock, a child process whose file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) makes
the disk "full", the command line run as a subprocess. Bad input (dates far out,
a FIFO, formula cells) is checked on the way in and out of show files.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from cli_runner import controlroom
from conftest_engine import played_event

from controlroom.db_guard import list_backups
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet, RunSheetReadOnly
from controlroom.samples import sample_path
from controlroom.showfile import items_to_csv, parse_items_csv, read_text
from controlroom.storage import (
    Database,
    DatabaseInUse,
    DatabaseReadOnly,
    StorageError,
)

REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 12, 3, 10, 0)


def one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    """The CLI failed with exactly one line on stderr and no traceback."""
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def stored_event(path: Path, count: int = 5) -> int:
    with Database.open(path) as database:
        items = [Item(title=f"item {n}", planned_duration=60) for n in range(count)]
        return database.create_event(Event(title="Briefing", scheduled_start=START, items=items))


# ------------------------------------------------------------------ one writer


@pytest.fixture
def other_writer(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """A second process that has the database open for writing until its stdin closes."""
    path = tmp_path / "shared.db"
    stored_event(path)
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
    yield path, child
    if child.poll() is None:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)


def test_a_second_process_cannot_write_and_is_told_who_writes(
    other_writer: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = other_writer
    with pytest.raises(DatabaseInUse) as refused:
        Database.open(path)
    assert refused.value.holder == str(child.pid)
    assert str(child.pid) in str(refused.value)

    database = Database.open(path, writer=False, holder=refused.value.holder)
    try:
        assert database.read_only
        assert f"pid {child.pid}" in str(database.read_only_reason)
        event = database.load_event(1)  # reading works
        assert [item.title for item in event.items][:2] == ["item 0", "item 1"]
        with pytest.raises(DatabaseReadOnly, match="another controlroom"):
            database.create_event(Event(title="x", scheduled_start=START))
        sheet = RunSheet(event, database)
        with pytest.raises(RunSheetReadOnly, match=f"pid {child.pid}"):
            sheet.set_item_field(0, "title", "changed")
        assert sheet.items[0].title == "item 0"
    finally:
        database.close()


def test_cli_writes_respect_the_lock_and_reads_do_not_need_it(
    other_writer: tuple[Path, subprocess.Popen[str]], tmp_path: Path
) -> None:
    path, child = other_writer
    show = tmp_path / "show.json"
    show.write_text(
        json.dumps(
            {
                "format": "controlroom-show",
                "version": 2,
                "event": {"title": "New", "scheduled_start": "2026-12-04 10:00"},
                "items": [{"title": "One", "planned_duration": 60}],
            }
        ),
        encoding="utf-8",
    )
    line = one_clean_line(controlroom("import", str(show), "--db", str(path)))
    assert f"process {child.pid}" in line
    for args in (["events"], ["export", "1"], ["runs", "1"], ["report", "1"]):
        result = controlroom(*args, "--db", str(path))
        assert result.returncode == 0, (args, result.stderr)
    assert "Briefing" in controlroom("events", "--db", str(path)).stdout

    assert child.stdin is not None
    child.stdin.close()  # the writer quits: the OS drops its lock
    child.wait(30)
    result = controlroom("import", str(show), "--db", str(path))
    assert result.returncode == 0, result.stderr
    with Database.open(path) as database:
        assert [summary.title for summary in database.list_events()] == ["Briefing", "New"]


def test_writers_of_one_process_share_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "one.db"
    script = f"from controlroom.storage import Database; Database.open({str(path)!r}).close()"

    def another_process_opens() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=60,
        )

    first = Database.open(path)
    second = Database.open(path)  # the same process: no DatabaseInUse
    second.close()
    refused = another_process_opens()  # the first one still holds the lock
    assert refused.returncode != 0 and "DatabaseInUse" in refused.stderr
    first.close()
    assert another_process_opens().returncode == 0  # given back when the last one closed


# ------------------------------------------------------------------- full disk

FULL_DISK_CHILD = """
import json, resource, signal, sys
from controlroom.model import Item
from controlroom.runsheet import RunSheet
from controlroom.storage import Database

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
path, mode = sys.argv[1], sys.argv[2]
database = Database.open(path)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
attempts = []

def space_returns_on_the_second_retry(delay):
    attempts.append(delay)
    if len(attempts) == 2:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

sleep = space_returns_on_the_second_retry if mode == "returns" else (lambda delay: None)
sheet = RunSheet(database.load_event(1), database, retry_delays=(0.01, 0.01, 0.01), sleep=sleep)
resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))  # nothing more fits on the disk
for n in range(3):
    sheet.insert_item(1, Item(title=f"full insert {n}", planned_duration=30))
    sheet.set_item_field(0, "title", f"full title {n}")
assert sheet.wait_saved(30)
full_unsaved = [[edit.label.action.value, list(edit.items)] for edit in sheet.unsaved_edits]
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space comes back
resynced = sheet.resync()
for n in range(3):
    sheet.insert_item(2, Item(title=f"later insert {n}", planned_duration=30))
sheet.move_items([0], 4)
assert sheet.wait_saved(30)
print(json.dumps({
    "full_unsaved": full_unsaved,
    "unsaved_after": len(sheet.unsaved_edits),
    "resynced": resynced,
    "retries": len(attempts),
    "screen": [item.title for item in sheet.items],
}))
database.close()
"""


def run_full_disk_child(path: Path, mode: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CHILD, str(path), mode],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def disk_rows(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT position, title FROM items WHERE event_id = 1 ORDER BY position, id"
        ).fetchall()
    return [(int(position), str(title)) for position, title in rows]


def test_on_a_full_disk_every_lost_edit_is_listed_and_the_screen_shows_the_disk(
    tmp_path: Path,
) -> None:
    path = tmp_path / "full.db"
    stored_event(path, count=3)
    result = run_full_disk_child(path, "stays full")
    assert result["resynced"] is True
    # All six edits made while the disk was full are listed, in order, with their items.
    assert result["full_unsaved"] == [
        ["insert", ["full insert 0"]],
        ["change", ["full title 0"]],
        ["insert", ["full insert 1"]],
        ["change", ["full title 1"]],
        ["insert", ["full insert 2"]],
        ["change", ["full title 2"]],
    ]
    assert result["unsaved_after"] == 6  # the edits after space came back were all saved
    rows = disk_rows(path)
    assert [position for position, _title in rows] == list(range(len(rows)))  # no duplicates
    assert [title for _position, title in rows] == result["screen"]  # screen == disk
    assert result["screen"] == [
        "item 1",
        "later insert 2",
        "later insert 1",
        "item 0",
        "later insert 0",
        "item 2",
    ]


def test_a_write_is_retried_until_space_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "returns.db"
    stored_event(path, count=3)
    result = run_full_disk_child(path, "returns")
    assert result["retries"] == 2  # failed, retried, failed, space back, retried: saved
    assert result["full_unsaved"] == []
    assert result["unsaved_after"] == 0
    assert result["resynced"] is False
    rows = disk_rows(path)
    assert [title for _position, title in rows] == result["screen"]
    assert [position for position, _title in rows] == list(range(len(rows)))
    assert "full title 2" in result["screen"]  # type: ignore[operator]


# ------------------------------------------------------------- broken databases


def corrupt_copy(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.db"
    stored_event(path, count=200)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # every page but the first: scrambled
        data[offset : offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("kind", ["garbage", "corrupt", "newer", "folder"])
def test_a_broken_database_gives_one_line_and_a_non_zero_exit(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.db"
    if kind == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 400)
    elif kind == "corrupt":
        path = corrupt_copy(tmp_path)
    elif kind == "newer":
        stored_event(path)
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA user_version = 99")
    else:
        path.mkdir()
    show = str(sample_path("briefing"))
    for args in (["events"], ["export", "1"], ["report", "1"], ["import", show]):
        line = one_clean_line(controlroom(*args, "--db", str(path)))
        assert line.startswith(f"controlroom {args[0]}: "), line
        assert str(path) in line, line
    with pytest.raises(StorageError):
        with Database.open(path) as database:
            database.list_events()


def test_one_bad_row_is_named_and_the_rest_of_the_database_still_works(tmp_path: Path) -> None:
    path = tmp_path / "bad-row.db"
    good = stored_event(path)
    bad = stored_event(path)
    later = stored_event(path)
    with sqlite3.connect(path) as connection:
        item_id = connection.execute(
            "SELECT id FROM items WHERE event_id = ? ORDER BY position LIMIT 1 OFFSET 2", (bad,)
        ).fetchone()[0]
        connection.execute("UPDATE items SET hard_start = 'not a date' WHERE id = ?", (item_id,))
        connection.execute("UPDATE events SET kind = 'wedding' WHERE id = ?", (later,))
    listing = controlroom("events", "--db", str(path))
    assert listing.returncode == 0, listing.stderr
    assert "Traceback" not in listing.stderr
    assert f"events[{later}].kind: unknown value 'wedding'" in listing.stdout
    line = one_clean_line(controlroom("export", str(bad), "--db", str(path)))
    assert f"items[{item_id}].hard_start: 'not a date' is not a date and time" in line
    assert controlroom("export", str(good), "--db", str(path)).returncode == 0
    with Database.open(path, writer=False) as database:
        assert [summary.problem == "" for summary in database.list_events()] == [
            True,
            True,
            False,
        ]
        with pytest.raises(StorageError, match=rf"items\[{item_id}\]\.hard_start"):
            database.load_event(bad)


# ------------------------------------------------------------------ show files


def show_json(tmp_path: Path, start: str, hard_start: str | None) -> Path:
    item: dict[str, object] = {"title": "Opening", "planned_duration": 600}
    if hard_start is not None:
        item["hard_start"] = hard_start
    path = tmp_path / "far.json"
    document = {
        "format": "controlroom-show",
        "version": 2,
        "event": {"title": "Far", "scheduled_start": start},
        "items": [item],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("start", "hard_start", "field"),
    [
        ("9999-12-31 23:59", None, "event.scheduled_start"),
        ("2026-12-03 10:00", "9999-12-31 23:59", "items[0].hard_start"),
        ("0001-01-01 10:00", "10:30", "event.scheduled_start"),
    ],
)
def test_dates_out_of_range_are_refused_on_import_naming_the_field(
    tmp_path: Path, start: str, hard_start: str | None, field: str
) -> None:
    path = tmp_path / "show.db"
    show = show_json(tmp_path, start, hard_start)
    line = one_clean_line(controlroom("import", str(show), "--db", str(path)))
    assert field in line and "2000..2100" in line, line
    assert controlroom("events", "--db", str(path)).stdout == ""  # nothing was written


def test_a_date_out_of_range_already_in_the_database_is_a_message_not_an_overflow(
    tmp_path: Path,
) -> None:
    path = tmp_path / "far.db"
    event_id = stored_event(path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE items SET hard_start = '9999-12-31 23:59:00.000000' WHERE event_id = ?",
            (event_id,),
        )
    for args in (["report", str(event_id)], ["export", str(event_id)]):
        line = one_clean_line(controlroom(*args, "--db", str(path)))
        assert "hard_start: 9999-12-31 23:59 is outside the years 2000..2100" in line


def test_import_from_a_fifo_returns_at_once_with_a_message(tmp_path: Path) -> None:
    fifo = tmp_path / "show.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    line = one_clean_line(controlroom("import", str(fifo), "--db", str(tmp_path / "f.db")))
    assert "not a regular file" in line
    assert time.monotonic() - started < 30
    with pytest.raises(ValueError, match="not a regular file"):
        read_text(fifo)


def test_csv_export_escapes_formula_cells_and_import_restores_them_exactly() -> None:
    titles = ['=HYPERLINK("http://x","click")', "+1", "-1", "@a", "'=x", "''+2", "plain", "it's"]
    items = [Item(title=title, planned_duration=60, notes=title) for title in titles]
    text = items_to_csv(items)
    cells = [line.split(",", 2)[1] for line in text.splitlines()[1:]]
    for cell in cells:
        assert not cell.lstrip('"').startswith(("=", "+", "-", "@")), cell
    assert "'+1" in text and "'-1" in text and "'@a" in text and "'''+2" in text
    back = parse_items_csv(text, START)
    assert [item.title for item in back] == titles
    assert [item.notes for item in back] == titles


def test_a_backup_is_taken_before_each_show(tmp_path: Path) -> None:
    path = tmp_path / "show.db"
    event_id = played_event(path)
    backups = list_backups(path)
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        items = copy.execute("SELECT COUNT(*) FROM items WHERE event_id = ?", (event_id,))
        assert items.fetchone()[0] == 4
        # taken before the run was opened: the copy is the database as it was before GO
        assert copy.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0
