"""``controlroom events``: list the events in the database (id, date, title).

Reads only: it takes no writer lock, so it works while the window edits the
database. An event with an unreadable row is listed with the reason it cannot be
opened.

Headless: imports storage only, never Qt.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from controlroom.cli import add_common_options


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("events", help="list the events (id, date, title)")
    add_common_options(parser, sub_command=True)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from controlroom.storage import Database, StorageError

    try:
        with Database.open(getattr(args, "db", None), writer=False) as database:
            events = database.list_events()
    except StorageError as error:
        print(f"controlroom events: {error}", file=sys.stderr)
        return 1
    lines = [
        f"{summary.id:>5}  ????-??-??  {summary.title}  (cannot be opened: {summary.problem})"
        if summary.problem
        else f"{summary.id:>5}  {summary.date.isoformat()}  {summary.title}"
        for summary in events
    ]
    write_utf8(sys.stdout, "".join(line + "\n" for line in lines))
    if not events:
        print("controlroom events: no events in the database", file=sys.stderr)
    return 0


def write_utf8(stream: TextIO, text: str) -> None:
    """Write ``text`` as UTF-8 whatever the terminal's locale (Kazakh letters survive)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)
