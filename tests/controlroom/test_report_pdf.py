"""The PDF report's pages, painted into an image exactly as into the PDF, and looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_planned_table_breaks_no_word_and_fits_the_page(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, language: str
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QTextTable

    from ui.i18n import install_translators
    from ui.report_pdf import MARGIN_MM, laid_out, render_page

    db_path = tmp_path / "show.db"
    event_id = played_event(db_path)
    with Database.open(db_path) as database:
        report = build_report(database, event_id)
    translators = install_translators(qapp, QLocale(language))
    try:
        document = laid_out(report)
        image = render_page(report, 0, dpi=100)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    tables = [frame for frame in document.rootFrame().childFrames()
              if isinstance(frame, QTextTable)]
    planned = tables[0]
    broken = []
    for column in range(planned.columns()):
        for row in range(planned.rows()):
            block = planned.cellAt(row, column).firstCursorPosition().block()
            text, layout = block.text(), block.layout()
            for line in range(1, layout.lineCount()):
                start = layout.lineAt(line).textStart()
                if start > 0 and not text[start - 1].isspace():
                    broken.append(text)
    assert not broken  # e.g. "Опозда|ние", "Созыл|ды"
    # The page's right margin stays white above the footer: nothing runs to the edge.
    margin_px = round(MARGIN_MM / 25.4 * 100)
    edge = [
        (x, y)
        for x in range(image.width() - margin_px + 2, image.width())
        for y in range(0, image.height() - margin_px, 3)
        if QColor(image.pixel(x, y)).lightness() < 250
    ]
    assert not edge
