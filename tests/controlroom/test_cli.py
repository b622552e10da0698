"""The headless command line, run as a real subprocess: events, import, export.

Checks the exit codes, stdout/stderr, that an export re-imported gives the same
event (JSON, and CSV for the items), and that none of these commands loads Qt.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from cli_runner import controlroom as run_controlroom
from sqlite_dump import dump

from controlroom.samples import sample_path

REPO = Path(__file__).resolve().parents[2]


# An ASCII-only stdio encoding on purpose: the output must come out as UTF-8 anyway.
controlroom = partial(run_controlroom, extra_env={"PYTHONIOENCODING": "ascii"})


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the user's real default database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def test_import_prints_the_id_and_events_lists_it(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    first = controlroom("import", str(sample_path("press_conference")), "--db", str(db))
    assert first.returncode == 0, first.stderr
    second = controlroom("--db", str(db), "import", str(sample_path("briefing")))
    assert second.returncode == 0, second.stderr
    first_id, second_id = int(first.stdout), int(second.stdout)
    assert first_id != second_id
    listing = controlroom("events", "--db", str(db))
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    # By date: the briefing (1 December) before the press conference (3 December);
    # Kazakh letters survive even with an ASCII locale.
    assert lines[0].split() == [str(second_id), "2026-12-01", "Апталық", "брифинг"]
    assert lines[1].startswith(f"{first_id:>5}  2026-12-03  Баспасөз мәслихаты")


def test_export_json_reimported_gives_the_same_event(tmp_path: Path) -> None:
    db = tmp_path / "round.db"
    imported = controlroom("import", str(sample_path("press_conference")), "--db", str(db))
    event_id = imported.stdout.strip()
    exported = tmp_path / "out.json"
    result = controlroom(
        "export", event_id, "--format", "json", "-o", str(exported), "--db", str(db)
    )
    assert result.returncode == 0 and result.stdout == "", result.stderr
    again = controlroom("import", str(exported), "--db", str(db))
    assert again.returncode == 0, again.stderr
    to_stdout = controlroom("export", again.stdout.strip(), "--db", str(db))
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert json.loads(to_stdout.stdout) == json.loads(exported.read_text(encoding="utf-8"))
    original = json.loads(sample_path("press_conference").read_text(encoding="utf-8"))
    assert json.loads(to_stdout.stdout) == original


def test_export_csv_reimported_gives_the_same_items(tmp_path: Path) -> None:
    db = tmp_path / "csv.db"
    event_id = controlroom("import", str(sample_path("briefing")), "--db", str(db)).stdout.strip()
    exported = tmp_path / "items.csv"
    result = controlroom(
        "export", event_id, "--format", "csv", "-o", str(exported), "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    again = controlroom(
        "import",
        str(exported),
        "--start",
        "2026-12-01 10:00",
        "--title",
        "Апталық брифинг",
        "--db",
        str(db),
    )
    assert again.returncode == 0, again.stderr
    csv_again = controlroom("export", again.stdout.strip(), "--format", "csv", "--db", str(db))
    assert csv_again.stdout.replace("\r\n", "\n") == exported.read_text(encoding="utf-8").replace(
        "\r\n", "\n"
    )
    assert csv_again.stdout.splitlines()[0].startswith("position,title,speaker_name")


def test_import_csv_into_an_existing_event(tmp_path: Path) -> None:
    db = tmp_path / "into.db"
    event_id = controlroom("import", str(sample_path("briefing")), "--db", str(db)).stdout.strip()
    extra = tmp_path / "extra.csv"
    extra.write_text("title,planned_duration,kind\nҚосымша сұрақ,90s,qa\n", encoding="utf-8")
    result = controlroom("import", str(extra), "--into", event_id, "--db", str(db))
    assert result.returncode == 0 and result.stdout.strip() == event_id, result.stderr
    exported = json.loads(controlroom("export", event_id, "--db", str(db)).stdout)
    assert [i["title"] for i in exported["items"]][-1] == "Қосымша сұрақ"
    assert exported["items"][-1]["planned_duration"] == "1:30"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"format": "controlroom-show", "version": 9}',
            "bad.json: line 1: version: unknown format",
        ),
        (b"", "bad.json: the file is empty"),
        (b'{\n  "format": \n', "bad.json: line 3: invalid JSON"),
        (b"\xff\xfe{}", "bad.json: line 1: not UTF-8 text"),
    ],
)
def test_bad_import_fails_with_one_message_and_no_change(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    db = tmp_path / "bad.db"
    assert controlroom("import", str(sample_path("briefing")), "--db", str(db)).returncode == 0
    before = dump(db)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = controlroom("import", str(bad), "--db", str(db))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("controlroom import: ")
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert dump(db) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["import", "items.csv"], "give the event start"),
        (["import", "items.csv", "--start", "next tuesday"], "--start 'next tuesday'"),
        (["import", "missing.json"], "missing.json: no such file"),
        (["import", "items.csv", "--into", "99"], "no event with id 99"),
        (["export", "99"], "no event with id 99"),
    ],
)
def test_bad_arguments_fail_clearly(tmp_path: Path, args: list[str], expected: str) -> None:
    (tmp_path / "items.csv").write_text("title\nБір\n", encoding="utf-8")
    db = tmp_path / "args.db"
    result = controlroom(*args, "--db", str(db), cwd=tmp_path)
    assert result.returncode == 1
    assert expected in result.stderr
    assert result.stdout == ""


def test_export_to_an_unwritable_place_fails_and_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    event_id = controlroom("import", str(sample_path("briefing")), "--db", str(db)).stdout.strip()
    target = tmp_path / "no-such-folder" / "out.json"
    result = controlroom("export", event_id, "-o", str(target), "--db", str(db))
    assert result.returncode == 1 and "out.json" in result.stderr
    assert not target.parent.exists()


def test_wrong_usage_is_an_argparse_error(tmp_path: Path) -> None:
    result = controlroom("export", "not-a-number", "--db", str(tmp_path / "u.db"))
    assert result.returncode == 2
    assert "invalid int value" in result.stderr


def test_headless_commands_never_load_qt(tmp_path: Path) -> None:
    db = tmp_path / "qt.db"
    script = (
        "import sys\n"
        "from controlroom.cli import main\n"
        f"assert main(['import', {str(sample_path('briefing'))!r}, '--db', {str(db)!r}]) == 0\n"
        f"assert main(['events', '--db', {str(db)!r}]) == 0\n"
        f"assert main(['export', '1', '--format', 'csv', '--db', {str(db)!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "assert not loaded, loaded\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr


# Every command with the positional arguments it needs.
COMMANDS: dict[str, list[str]] = {
    "window": [],
    "check": [],
    "events": [],
    "import": ["show.json"],
    "export": ["7"],
    "report": ["7"],
    "runs": ["7"],
    "sim": [],
}


def test_every_registered_command_is_covered() -> None:
    from controlroom.cli import build_parser

    parser = build_parser()
    subparsers = next(
        action for action in parser._actions if action.dest == "command"  # noqa: SLF001
    )
    assert set(subparsers.choices) == set(COMMANDS)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_db_and_hall_count_before_or_after_the_command_name(command: str) -> None:
    from controlroom.cli import build_parser

    positional = COMMANDS[command]
    parser = build_parser()
    before = parser.parse_args(["--db", "a.db", "--hall", "a.toml", command, *positional])
    after = parser.parse_args([command, *positional, "--db", "b.db", "--hall", "b.toml"])
    both = parser.parse_args(["--db", "a.db", command, *positional, "--db", "b.db"])
    neither = parser.parse_args([command, *positional])
    assert (before.db, before.hall) == ("a.db", "a.toml")
    assert (after.db, after.hall) == ("b.db", "b.toml")
    assert both.db == "b.db"  # the one nearer the command's own options wins
    assert (neither.db, neither.hall) == (None, None)
    for args in (before, after, both, neither):
        assert args.command == command and callable(args.func)


@pytest.mark.parametrize("command", ["window", "check"])
def test_rehearsal_and_event_count_before_or_after_the_command_name(command: str) -> None:
    from controlroom.cli import build_parser

    parser = build_parser()
    before = parser.parse_args(["--rehearsal", "--event", "4", command])
    after = parser.parse_args([command, "--rehearsal", "--event", "5"])
    neither = parser.parse_args([command])
    no_command = parser.parse_args(["--rehearsal", "--event", "6"])
    assert (before.rehearsal, before.event) == (True, 4)
    assert (after.rehearsal, after.event) == (True, 5)
    assert (neither.rehearsal, neither.event) == (False, None)
    assert (no_command.rehearsal, no_command.event, no_command.command) == (True, 6, None)


def test_db_before_the_command_name_reaches_each_database_command(tmp_path: Path) -> None:
    db = tmp_path / "front.db"
    imported = controlroom("--db", str(db), "import", str(sample_path("briefing")))
    assert imported.returncode == 0, imported.stderr
    event_id = imported.stdout.strip()
    listing = controlroom("--db", str(db), "events")
    assert listing.returncode == 0 and listing.stdout.split()[0] == event_id
    exported = controlroom("--db", str(db), "export", event_id, "--format", "csv")
    assert exported.returncode == 0, exported.stderr
    report = controlroom("--db", str(db), "report", event_id)
    assert report.returncode == 0, report.stderr
    # Item titles in Kazakh reach standard output even with an ASCII locale.
    first_title = exported.stdout.splitlines()[1].split(",")[1]
    assert first_title and not first_title.isascii()
    assert report.stdout.splitlines()[1].split(",")[1] == first_title
    # The default database (in the private XDG data home) was never created.
    assert not list((tmp_path / "xdg-data").rglob("*.db"))


@pytest.mark.parametrize("where", ["before", "after"])
def test_hall_reaches_check_from_either_side(tmp_path: Path, where: str) -> None:
    hall = tmp_path / "no-such-hall.toml"
    args = ["--hall", str(hall), "check"] if where == "before" else ["check", "--hall", str(hall)]
    result = controlroom(*args)
    assert result.returncode == 2
    assert "no-such-hall.toml" in result.stderr


def test_a_reader_that_closes_the_pipe_gets_no_traceback(tmp_path: Path) -> None:
    """``controlroom events | head -0``: the reader is gone before anything is written."""
    db = tmp_path / "cli.db"
    imported = controlroom("import", str(sample_path("briefing")), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for args in (["events"], ["export", imported.stdout.strip(), "--format", "csv"]):
        read_end, write_end = os.pipe()
        os.close(read_end)  # a reader that closed at once
        try:
            child = subprocess.run(
                [sys.executable, "-m", "controlroom", *args, "--db", str(db)],
                stdout=write_end,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
                timeout=60,
            )
        finally:
            os.close(write_end)
        assert "Traceback" not in child.stderr and "BrokenPipe" not in child.stderr, child.stderr
        assert child.returncode == 141
