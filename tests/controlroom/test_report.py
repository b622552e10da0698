"""``controlroom report``: planned against actual and the log, as CSV (stdout or file) and PDF."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from cli_runner import controlroom as run_controlroom
from conftest_engine import PLAYED, START, played_event

ROOT = Path(__file__).resolve().parents[2]


# A minimal environment on purpose: the report must not depend on the caller's.
controlroom = partial(
    run_controlroom,
    timeout=120,
    env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)},
)


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    db_path = tmp_path_factory.mktemp("report") / "show.db"
    return db_path, played_event(db_path)


def split_blocks(text: str) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    items_text, log_text = text.split("\n\n", 1)
    return (
        list(csv.DictReader(io.StringIO(items_text))),
        list(csv.DictReader(io.StringIO(log_text))),
    )


def stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def test_csv_on_stdout_has_planned_and_actual_for_every_item(played: tuple[Path, int]) -> None:
    db_path, event_id = played
    result = controlroom("report", str(event_id), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    items, log = split_blocks(result.stdout)
    assert [row["title"] for row in items] == [title for title, _p, _r in PLAYED]
    planned_start = START
    actual_start = START + timedelta(seconds=120)
    for row, (_title, planned, real) in zip(items, PLAYED, strict=True):
        assert row["planned_start"] == stamp(planned_start)
        assert row["planned_duration_s"] == str(planned)
        assert row["actual_start"] == stamp(actual_start)
        assert row["actual_end"] == stamp(actual_start + timedelta(seconds=real))
        assert row["actual_duration_s"] == str(real)
        assert row["start_difference_s"] == str(int((actual_start - planned_start).total_seconds()))
        assert row["duration_difference_s"] == str(real - planned)
        planned_start += timedelta(seconds=planned)
        actual_start += timedelta(seconds=real)
    assert items[1]["speaker"] == "Әлия Қасымова, хатшы"
    gos = [entry for entry in log if entry["source"] == "operator" and "GO" in entry["message"]]
    assert len(gos) == len(PLAYED)
    assert {"wall", "monotonic", "severity", "source", "kind", "message"} <= set(log[0])
    assert log[-1]["severity"] == "error" and "lamp failure" in log[-1]["message"]


def test_min_severity_filters_the_log(played: tuple[Path, int]) -> None:
    db_path, event_id = played
    result = controlroom("report", str(event_id), "--db", str(db_path), "--min-severity", "error")
    assert result.returncode == 0, result.stderr
    _items, log = split_blocks(result.stdout)
    assert [entry["source"] for entry in log] == ["projector"]


def test_csv_file(played: tuple[Path, int], tmp_path: Path) -> None:
    db_path, event_id = played
    out = tmp_path / "report.csv"
    result = controlroom("--db", str(db_path), "report", str(event_id), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    items, _log = split_blocks(text)
    assert len(items) == len(PLAYED)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8


def test_pdf_file(played: tuple[Path, int], tmp_path: Path) -> None:
    db_path, event_id = played
    out = tmp_path / "report.pdf"
    result = controlroom("report", str(event_id), "--db", str(db_path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 10_000  # embedded font and a page of tables, not an empty page
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1


def test_unknown_event_and_unknown_format_are_refused(
    played: tuple[Path, int], tmp_path: Path
) -> None:
    db_path, event_id = played
    result = controlroom("report", "999", "--db", str(db_path))
    assert result.returncode == 2
    assert "999" in result.stderr and result.stdout == ""
    out = tmp_path / "report.xlsx"
    result = controlroom("report", str(event_id), "--db", str(db_path), "-o", str(out))
    assert result.returncode == 2
    assert "report.xlsx" in result.stderr and ".csv or .pdf" in result.stderr
    assert not out.exists()


def test_formula_like_text_is_escaped_in_the_csv_report(tmp_path: Path) -> None:
    from controlroom.model import Event, Item
    from controlroom.report import build_report, write_csv
    from controlroom.storage import Database

    with Database.open(tmp_path / "show.db") as database:
        event_id = database.create_event(
            Event("Брифинг", START, items=[Item('=HYPERLINK("http://x","y")', 60)])
        )
        text = io.StringIO()
        write_csv(build_report(database, event_id), text)
    items, _log = split_blocks(text.getvalue())
    assert items[0]["title"] == "'=HYPERLINK(\"http://x\",\"y\")"
