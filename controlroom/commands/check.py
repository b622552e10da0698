"""``controlroom check``: is the hall ready for the event? Prints go/no-go; exit 0 only on go.

Exit codes: 0 go, 1 no-go, 2 the hall file, database or event could not be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from controlroom.cli import add_common_options, add_window_options


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="readiness check: ask every device, check the event's cues; exit 0 only on go",
        description=(
            "Ask every device of the hall for its state (waiting a few seconds for each) "
            "and check that every cue of the event names an input, channel or source of "
            "the hall file. Prints a go/no-go report with the reason for each problem."
        ),
    )
    add_common_options(parser, sub_command=True)
    add_window_options(
        parser,
        sub_command=True,
        rehearsal_help="check against the hall's simulators instead of the real equipment",
        event_help="the event whose cues to check",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how long to wait for the devices (default 5)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from controlroom.check import run_check
    from controlroom.storage import Database, StorageError
    from devices.base import ConfigError
    from devices.hall_file import default_hall_path, load_hall

    hall_path = Path(getattr(args, "hall", None) or default_hall_path())
    try:
        hall_config = load_hall(hall_path)
    except ConfigError as error:
        print(f"controlroom check: {error}", file=sys.stderr)
        return 2
    event = None
    event_id = getattr(args, "event", None)
    if event_id is not None:
        try:
            database = Database.open(getattr(args, "db", None), writer=False)
        except StorageError as error:
            print(f"controlroom check: {error}", file=sys.stderr)
            return 2
        try:
            event = database.load_event(event_id)
        except (StorageError, LookupError) as error:
            print(f"controlroom check: {error}", file=sys.stderr)
            return 2
        finally:
            database.close()
    report = run_check(
        hall_config,
        event,
        rehearsal=bool(getattr(args, "rehearsal", False)),
        timeout=args.timeout,
    )
    print(report.text(), flush=True)
    return 0 if report.go else 1
