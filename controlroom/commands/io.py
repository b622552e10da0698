"""``controlroom import FILE`` and ``controlroom export EVENT_ID``: show files on the command line.

``import`` reads a JSON show file (a new event) or a CSV of items (a new event
starting at ``--start``, or appended to ``--into EVENT_ID``) and prints the event
id. ``export`` writes an event as a JSON show file or its items as CSV, to
standard output or ``-o FILE``. Bad input: one message on standard error and
exit code 1; nothing is written. Headless: never imports Qt.

``import`` writes, so it takes the database's writer lock: while the window (or
another import) has the database open for writing it stops with one line naming
that process. ``export`` only reads and works alongside the window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from controlroom.cli import add_common_options
from controlroom.commands.events import write_utf8


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importer = subparsers.add_parser(
        "import", help="import a JSON show file or a CSV of items; prints the event id"
    )
    importer.add_argument("file", metavar="FILE", help="a .json show file or a .csv of items")
    importer.add_argument(
        "--into", type=int, metavar="EVENT_ID", default=None, help="append the items to this event"
    )
    importer.add_argument("--title", default=None, help="title of the new event")
    importer.add_argument(
        "--start",
        default=None,
        metavar="'YYYY-MM-DD HH:MM'",
        help="scheduled start of the new event (needed for CSV; moves a JSON event)",
    )
    importer.add_argument(
        "--format",
        choices=("json", "csv"),
        default=None,
        help="file format (default: by extension)",
    )
    add_common_options(importer, sub_command=True)
    importer.set_defaults(func=run_import)

    exporter = subparsers.add_parser(
        "export", help="export an event as a JSON show file, or its items as CSV"
    )
    exporter.add_argument("event_id", type=int, metavar="EVENT_ID", help="the event (see: events)")
    exporter.add_argument("--format", choices=("json", "csv"), default="json", help="default: json")
    exporter.add_argument(
        "-o", "--output", metavar="FILE", default=None, help="write to FILE instead of stdout"
    )
    add_common_options(exporter, sub_command=True)
    exporter.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    from controlroom.showfile import import_event_file
    from controlroom.storage import Database, StorageError

    try:
        start = _parse_start(args.start) if args.start else None
        with Database.open(getattr(args, "db", None)) as database:
            event_id = import_event_file(
                database,
                args.file,
                into=args.into,
                title=args.title,
                scheduled_start=start,
                file_format=args.format,
            )
    except (ValueError, StorageError) as error:  # ShowFileError is a ValueError
        print(f"controlroom import: {error}", file=sys.stderr)
        return 1
    print(event_id)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from controlroom.showfile import export_event
    from controlroom.storage import Database, StorageError

    try:
        with Database.open(getattr(args, "db", None), writer=False) as database:
            event = database.load_event(args.event_id)
    except StorageError as error:
        print(f"controlroom export: {error}", file=sys.stderr)
        return 1
    text = export_event(event, args.format)
    if args.output is None:
        write_utf8(sys.stdout, text)
        return 0
    try:
        _write_atomically(Path(args.output), text)
    except OSError as error:
        print(f"controlroom export: {args.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    return 0


def _parse_start(text: str) -> datetime:
    try:
        start = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--start {text!r}: not a date and time (YYYY-MM-DD HH:MM)") from None
    if start.tzinfo is not None:
        raise ValueError(f"--start {text!r}: give local time without a time zone")
    from controlroom.model import check_time_range

    return check_time_range(start, "--start")


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a failed export never leaves half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
