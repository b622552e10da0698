"""``controlroom report EVENT_ID [-o FILE]``: planned against actual, and the log (CSV or PDF).

The format follows the output file's extension: ``.csv`` or ``.pdf``; without
``-o`` the CSV goes to standard output. The PDF is drawn with Qt by
:mod:`ui.report_pdf`, reached through :func:`controlroom.cli.write_report_pdf` (the
one place that imports ``ui``, lazily) so the other commands never load Qt.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from controlroom.cli import add_common_options, write_report_pdf
from controlroom.commands.events import write_utf8

FORMATS = (".csv", ".pdf")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report",
        help="after-show report of an event: planned against actual, and the log (CSV or PDF)",
    )
    parser.add_argument("event_id", type=int, metavar="EVENT_ID", help="the event (see: events)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="write to FILE (.csv or .pdf); without it, CSV on standard output",
    )
    parser.add_argument(
        "--min-severity",
        choices=("debug", "info", "warning", "error"),
        default=None,
        help="leave out log entries below this severity",
    )
    add_common_options(parser, sub_command=True)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from controlroom.report import build_report, write_csv
    from controlroom.storage import Database, StorageError

    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() not in FORMATS:
        print(
            f"controlroom report: {output}: unknown format {output.suffix or '(none)'!r}; "
            "use a .csv or .pdf file",
            file=sys.stderr,
        )
        return 2
    try:
        database = Database.open(getattr(args, "db", None))
    except StorageError as error:
        print(f"controlroom report: {error}", file=sys.stderr)
        return 2
    try:
        report = build_report(database, args.event_id, min_severity=args.min_severity)
    except (StorageError, LookupError) as error:
        print(f"controlroom report: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    if output is None:
        # UTF-8 whatever the terminal's locale: Kazakh and Russian titles survive.
        text = io.StringIO()
        write_csv(report, text)
        write_utf8(sys.stdout, text.getvalue())
        return 0
    try:
        if output.suffix.lower() == ".pdf":
            write_report_pdf(report, output)
        else:
            # utf-8-sig: spreadsheet programs then read Kazakh and Russian text correctly.
            with output.open("w", encoding="utf-8-sig", newline="") as stream:
                write_csv(report, stream)
    except OSError as error:
        print(f"controlroom report: {output}: cannot write: {error}", file=sys.stderr)
        return 2
    print(f"report written to {output}")
    return 0
