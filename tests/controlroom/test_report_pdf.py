"""The PDF report's pages, painted into an image exactly as into the PDF, and looked at."""

from __future__ import annotations

from pathlib import Path

from conftest_engine import PLAYED, played_event
from PySide6.QtGui import QColor

from controlroom.report import build_report
from controlroom.storage import Database

ROOT = Path(__file__).resolve().parents[2]


def dark_fraction(image) -> float:  # type: ignore[no-untyped-def]
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            if QColor(image.pixel(x, y)).lightness() < 128:
                dark += 1
    return dark / total


def test_first_page_renders_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.report_pdf import page_count, render_page, report_html, write_pdf

    db_path = tmp_path / "show.db"
    event_id = played_event(db_path)
    with Database.open(db_path) as database:
        report = build_report(database, event_id)
    html = report_html(report)
    for title, _planned, _real in PLAYED:
        assert title.replace("&", "&amp;") in html
    image = render_page(report, 0, dpi=100)
    artifacts = ROOT / "artifacts" / "report"
    artifacts.mkdir(parents=True, exist_ok=True)
    image.save(str(artifacts / "report-page1.png"))
    assert image.width() > image.height()  # A4 landscape
    assert 0.005 < dark_fraction(image) < 0.3  # text on a white page, not blank, not black
    pages = write_pdf(report, tmp_path / "report.pdf")
    assert pages == page_count(report) >= 1
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
