"""The headless command line, run as a real subprocess: events, import, export.

Checks the exit codes, stdout/stderr, that an export re-imported gives the same
event (JSON, and CSV for the items), and that none of these commands loads Qt.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from controlroom.samples import sample_path

REPO = Path(__file__).resolve().parents[2]


def controlroom(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": "ascii"}
    return subprocess.run(
        [sys.executable, "-m", "controlroom", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or REPO,
        env=env,
        timeout=60,
    )


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the user's real default database."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def dump(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return "\n".join(raw.iterdump())
    finally:
        raw.close()


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
