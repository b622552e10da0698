"""The after-show report as a PDF, drawn with Qt (``QTextDocument`` into a ``QPdfWriter``).

``controlroom report EVENT_ID -o report.pdf`` reaches :func:`write_pdf` through a
lazy import. The page is A4 landscape, black on white with thin rules and light
grey header rows, so it stays readable on a monochrome office printer; problems
(failed commands, errors) are set in bold rather than only in colour.
:func:`render_page` paints the same pages into an image, for previews and tests.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from controlroom.report import ShowReport, signed_duration
from controlroom.storage import LogEntry
from devices.text import CONTEXT

#: Printer resolution used for layout; 300 dpi keeps rules crisp when printed.
RESOLUTION_DPI = 300
MARGIN_MM = 12.0
BASE_POINT_SIZE = 9.0
#: The padding inside every table cell, in layout pixels.
CELL_PADDING_PX = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportPdf", text)


def _ensure_gui_application() -> None:
    """Text layout needs a QGuiApplication; the command line has none yet."""
    if QCoreApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QGuiApplication([])


_APP: QGuiApplication | None = None


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _time(value: object) -> str:
    return "" if value is None else f"{value:%H:%M:%S}"


def _duration(seconds: int | None) -> str:
    return "" if seconds is None else signed_duration(seconds).lstrip("+")


def _log_row(entry: LogEntry) -> str:
    severity = html.escape(entry.severity)
    strong = entry.severity in ("warning", "error")
    message = html.escape(entry.message)
    if strong:
        message = f"<b>{message}</b>"
        severity = f"<b>{severity.upper()}</b>"
    return (
        f"<tr><td>{entry.wall:%H:%M:%S}</td><td>{severity}</td>"
        f"<td>{html.escape(entry.source)}</td><td>{html.escape(entry.kind)}</td>"
        f"<td>{message}</td></tr>"
    )


def report_html(report: ShowReport) -> str:
    """The report as the HTML subset QTextDocument understands."""
    event = report.event
    e = html.escape
    parts = [
        "<html><body>",
        f"<h1>{e(event.title)}</h1>",
        "<p>",
        f"{e(tr('Scheduled start'))}: <b>{event.scheduled_start:%Y-%m-%d %H:%M}</b>",
    ]
    if event.venue:
        parts.append(f" &nbsp;·&nbsp; {e(tr('Venue'))}: {e(event.venue)}")
    planned_end, actual_start, actual_end = (
        report.planned_end,
        report.actual_start,
        report.actual_end,
    )
    parts.append("<br/>")
    parts.append(f"{e(tr('Planned end'))}: {_time(planned_end) or '—'}")
    parts.append(f" &nbsp;·&nbsp; {e(tr('Actual start'))}: {_time(actual_start) or '—'}")
    parts.append(f" &nbsp;·&nbsp; {e(tr('Actual end'))}: {_time(actual_end) or '—'}")
    if planned_end is not None and actual_end is not None:
        over = round((actual_end - planned_end).total_seconds())
        parts.append(f" &nbsp;·&nbsp; {e(tr('Finished'))}: <b>{e(signed_duration(over))}</b>")
    if report.run is not None:
        modes = {"live": tr("live"), "rehearsal": tr("rehearsal"), "unknown": tr("earlier run")}
        parts.append(
            f"<br/>{e(tr('Run'))}: <b>{e(modes.get(report.run.mode, report.run.mode))}</b>"
            f" #{report.run.id}, {report.run.started:%Y-%m-%d %H:%M}"
        )
    parts.append(
        f"<br/>{e(tr('Items run'))}: {report.items_run} / {len(report.rows)}"
        f" &nbsp;·&nbsp; {e(tr('Report made'))}: {report.generated:%Y-%m-%d %H:%M}</p>"
    )

    parts.append(f"<h2>{e(tr('Planned and actual'))}</h2>")
    headers = [
        tr("#"),
        tr("Item"),
        tr("Speaker"),
        tr("Planned start"),
        tr("Planned"),
        tr("Actual start"),
        tr("Actual end"),
        tr("Ran"),
        tr("Late by"),
        tr("Over by"),
    ]
    table_rows = []
    for row in report.rows:
        cells = [
            str(row.position),
            e(row.title),
            e(row.speaker),
            _time(row.planned_start),
            _duration(row.planned_duration_s),
            _time(row.actual_start) or "—",
            _time(row.actual_end) or "—",
            _duration(row.actual_duration_s),
            e(signed_duration(row.start_difference_s)),
            e(signed_duration(row.duration_difference_s)),
        ]
        table_rows.append(cells)
    # The text columns (item, speaker) share what the others leave: every other column
    # is exactly as wide as its longest word, so no header breaks inside a word
    # (Опоздание) and the table stays inside the page.
    widths: list[int | str | None] = []
    for column in range(len(headers)):
        words = headers[column].split() + [cells[column] for cells in table_rows]
        widths.append(None if column in (1, 2) else f"{_word_width(words)}")
    parts.append(_table_open(headers, widths))
    for cells in table_rows:
        parts.append(
            "<tr>"
            + "".join(
                f"<td>{cell}</td>" if n in (1, 2) else f"<td nowrap>{cell}</td>"
                for n, cell in enumerate(cells)
            )
            + "</tr>"
        )
    parts.append("</table>")

    if report.outages:
        parts.append(f"<h2>{e(tr('Outages'))}</h2>")
        parts.append(_table_open([tr("Device"), tr("Outage"), tr("Start"), tr("End"), tr("Lasted")],
                                 [14, 38, 16, 16, 16]))
        for outage in report.outages:
            # The alarms are core sentences without values: their English is the template.
            what = QCoreApplication.translate(CONTEXT, outage.what)
            cells = [e(outage.device), f"<b>{e(what)}</b>", _time(outage.start),
                     _time(outage.end) or e(tr("not over")), _duration(outage.duration_s)]
            parts.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        parts.append("</table>")

    parts.append(f"<h2>{e(tr('Event log'))}</h2>")
    if report.log:
        parts.append(
            _table_open(
                [tr("Time"), tr("Severity"), tr("Source"), tr("Kind"), tr("Message")],
                [8, 8, 10, 8, 66],
            )
        )
        parts.extend(_log_row(entry) for entry in report.log)
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(tr('The log of this event is empty.'))}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _word_width(words: list[str]) -> int:
    """The width (layout pixels) a column needs for the widest of ``words`` in bold."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BASE_POINT_SIZE)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(html.unescape(word)) for word in words), default=0)
    return int(widest + 2 * CELL_PADDING_PX + 4)


def _table_open(headers: list[str], widths: list[int | str | None] | None = None) -> str:
    """The table's opening and header row.

    ``widths``: an int is a share of the width in percent, a string a width in
    layout pixels, None as the layout likes.
    """
    shares = widths or [None] * len(headers)

    def width(share: int | str | None) -> str:
        if share is None:
            return ""
        return f' width="{share}%"' if isinstance(share, int) else f' width="{share}"'

    head = "".join(
        f'<th align="left"{width(share)}>{html.escape(text)}</th>'
        for text, share in zip(headers, shares, strict=True)
    )
    return (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="{CELL_PADDING_PX}" '
        'style="border-collapse: collapse; border-color: #000000;">'
        f'<thead><tr style="background-color: #dddddd;">{head}</tr></thead>'
    )


def _document(report: ShowReport) -> tuple[QTextDocument, float]:
    """The report laid out in pages; returns it with the layout's dots per inch."""
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BASE_POINT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "body { color: #000000; } h1 { font-size: 16pt; } h2 { font-size: 12pt; }"
        " th { font-weight: bold; }"
    )
    document.setHtml(report_html(report))
    # QTextDocument lays text out at the screen's logical resolution; the page is
    # sized in those units, and painting scales it to the target's resolution.
    screen = QGuiApplication.primaryScreen()
    layout_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    paint = _page_layout().paintRect(QPageLayout.Unit.Inch)
    document.setPageSize(QSizeF(paint.width() * layout_dpi, paint.height() * layout_dpi))
    return document, layout_dpi


def _paint_page(
    painter: QPainter,
    document: QTextDocument,
    page: int,
    layout_dpi: float,
    device_dpi: float,
    footer: str,
) -> None:
    """Paint one page of ``document`` inside the page margins of a ``device_dpi`` device."""
    margins = _page_layout().margins(QPageLayout.Unit.Inch)
    page_height = document.pageSize().height()
    # The footer sits in the bottom margin: the report's title and "page n of m".
    painter.save()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BASE_POINT_SIZE - 1)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    scale = device_dpi / layout_dpi
    left = margins.left() * device_dpi
    top = margins.top() * device_dpi + page_height * scale
    width = document.pageSize().width() * scale
    text = tr("%1 — page %2 of %3").replace("%1", footer)
    text = text.replace("%2", str(page + 1)).replace("%3", str(document.pageCount()))
    painter.drawText(
        QRectF(left, top, width, margins.bottom() * device_dpi * 0.8),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        text,
    )
    painter.restore()
    painter.save()
    painter.translate(margins.left() * device_dpi, margins.top() * device_dpi)
    painter.scale(device_dpi / layout_dpi, device_dpi / layout_dpi)
    painter.translate(0, -page * page_height)
    document.drawContents(
        painter, QRectF(0, page * page_height, document.pageSize().width(), page_height)
    )
    painter.restore()


def _footer(report: ShowReport) -> str:
    event = report.event
    return f"{event.title}, {event.scheduled_start:%Y-%m-%d}"


def write_pdf(report: ShowReport, path: Path | str) -> int:
    """Write ``report`` as an A4 landscape PDF at ``path``; returns the page count.

    Raises ``OSError`` if the file cannot be written.
    """
    _ensure_gui_application()
    document, layout_dpi = _document(report)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(_page_layout())
    writer.setTitle(tr("Report: %1").replace("%1", report.event.title))
    writer.setCreator("controlroom")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot open for writing")
    try:
        for page in range(document.pageCount()):
            if page:
                writer.newPage()
            _paint_page(painter, document, page, layout_dpi, RESOLUTION_DPI, _footer(report))
    finally:
        painter.end()
    return document.pageCount()


def laid_out(report: ShowReport) -> QTextDocument:
    """The report's document, laid out in pages exactly as the PDF has it."""
    _ensure_gui_application()
    return _document(report)[0]


def page_count(report: ShowReport) -> int:
    """How many pages the report takes."""
    _ensure_gui_application()
    return _document(report)[0].pageCount()


def render_page(report: ShowReport, page: int = 0, dpi: int = 100) -> QImage:
    """Page ``page`` (from 0) of the report as an image at ``dpi``, painted as in the PDF."""
    _ensure_gui_application()
    document, layout_dpi = _document(report)
    full = _page_layout().fullRectPixels(dpi)
    image = QImage(full.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _paint_page(painter, document, page, layout_dpi, dpi, _footer(report))
    finally:
        painter.end()
    return image
