"""The command-line entry: ``controlroom [options] [command]``.

This is the one module of :mod:`controlroom` that wires the rooms together. It
imports :mod:`ui` only lazily, inside the commands that need Qt, so headless
commands (``events``, ``import``, ``export``, ``sim``, ``check``...) never load Qt.

Each sub-command lives in a module under :mod:`controlroom.commands` that exposes
``register(subparsers)``; the module adds its parser and sets ``func`` on it,
a callable ``(args) -> int`` that returns the exit code.

Options shared by several commands (``--db``, ``--hall``, and ``--rehearsal``/
``--event`` of the window) are accepted before *and* after the command name:
``controlroom --db X events`` and ``controlroom events --db X`` mean the same. The
main parser gives them their defaults; a sub-command adds them through
:func:`add_common_options` / :func:`add_window_options` with ``sub_command=True``,
which leaves an option the sub-command's line does not give unset, so argparse
does not overwrite the value given before the command name.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from controlroom.report import ShowReport

#: Exit status when the reader of our output closed the pipe (128 + SIGPIPE, as shells say).
BROKEN_PIPE_EXIT = 141

# Modules under controlroom.commands, each with register(subparsers).
COMMAND_MODULES: list[str] = [
    "controlroom.commands.app",
    "controlroom.commands.check",
    "controlroom.commands.events",
    "controlroom.commands.io",
    "controlroom.commands.report",
    "controlroom.commands.sim",
]


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="controlroom",
        description="Control room for a multimedia press hall.",
    )
    add_common_options(parser)
    add_window_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def _default(value: object, sub_command: bool) -> object:
    # A sub-parser's default would overwrite the main parser's value: give none there.
    return argparse.SUPPRESS if sub_command else value


def add_common_options(
    parser: argparse.ArgumentParser,
    *,
    sub_command: bool = False,
    hall: bool = True,
) -> None:
    """``--db PATH`` and ``--hall PATH``, accepted by every command.

    ``sub_command=True`` on a command's own parser (see the module docstring);
    ``hall=False`` for a command whose parser already defines its own ``--hall``
    (it must then default to ``argparse.SUPPRESS`` too).
    """
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=_default(None, sub_command),
        help="SQLite database file (default: controlroom.db in the user data directory)",
    )
    if hall:
        parser.add_argument(
            "--hall",
            metavar="PATH",
            default=_default(None, sub_command),
            help="hall file (TOML; default: the press hall)",
        )


def add_window_options(
    parser: argparse.ArgumentParser,
    *,
    sub_command: bool = False,
    rehearsal_help: str = "run against the hall's simulators (REHEARSAL)",
    event_help: str = "the event to open",
) -> None:
    """``--rehearsal`` and ``--event ID``: the window's, also taken by ``check``."""
    parser.add_argument(
        "--rehearsal",
        action="store_true",
        default=_default(False, sub_command),
        help=rehearsal_help,
    )
    parser.add_argument(
        "--event",
        type=int,
        metavar="ID",
        default=_default(None, sub_command),
        help=event_help,
    )


def open_window(args: argparse.Namespace) -> int:
    """Open the main window (Qt is imported here, lazily); returns the event loop's exit code."""
    from ui.app import run_app

    return run_app(args)


def write_report_pdf(report: ShowReport, path: Path) -> None:
    """Render a show report to PDF with Qt (imported here, lazily)."""
    from ui.report_pdf import write_pdf

    write_pdf(report, path)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; no command opens the window."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        return open_window(args)
    try:
        result: int = func(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``controlroom check | head -1``): stop quietly, as `cat`
        # does, with the shell's status for a closed pipe; stdout goes to /dev/null so
        # the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE_EXIT
    return result


if __name__ == "__main__":
    sys.exit(main())
