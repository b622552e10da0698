"""``controlroom report EVENT_ID [--run RUN] [-o FILE]``: one run, planned against actual.

Each run of the show (rehearsal or live) keeps its own actual times and log; the
report is of one run: ``--run RUN`` (see ``controlroom runs EVENT_ID``), else the
last live run, else the latest run.

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
        "--run",
        type=int,
        metavar="RUN",
        default=None,
        help="the run to report (see: runs EVENT_ID); default: the last live run",
    )
    parser.add_argument(
        "--min-severity",
        choices=("debug", "info", "warning", "error"),
        default=None,
        help="leave out log entries below this severity",
    )
    add_common_options(parser, sub_command=True)
    parser.set_defaults(func=run)

    runs = subparsers.add_parser(
        "runs", help="the runs of an event's show (rehearsal or live): id, mode, start, end"
    )
    runs.add_argument("event_id", type=int, metavar="EVENT_ID", help="the event (see: events)")
    add_common_options(runs, sub_command=True)
    runs.set_defaults(func=list_runs)


def list_runs(args: argparse.Namespace) -> int:
    from controlroom.storage import Database, StorageError

    try:
        with Database.open(getattr(args, "db", None), writer=False) as database:
            database.load_event(args.event_id)
            runs = database.list_runs(args.event_id)
    except (StorageError, LookupError) as error:
        print(f"controlroom runs: {error}", file=sys.stderr)
        return 2
    lines = []
    for summary in runs:
        ended = "unfinished" if summary.ended is None else f"{summary.ended:%Y-%m-%d %H:%M:%S}"
        lines.append(
            f"{summary.id:>5}  {summary.mode:<9}  {summary.started:%Y-%m-%d %H:%M:%S}  "
            f"{ended:<19}  {summary.items_run} items"
        )
    write_utf8(sys.stdout, "".join(line + "\n" for line in lines))
    return 0


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
        database = Database.open(getattr(args, "db", None), writer=False)
    except StorageError as error:
        print(f"controlroom report: {error}", file=sys.stderr)
        return 2
    try:
        report = build_report(
            database, args.event_id, min_severity=args.min_severity, run_id=args.run
        )
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
