"""The command-line entry: ``controlroom [options] [command]``.

This is the one module of :mod:`controlroom` that wires the rooms together. It
imports :mod:`ui` only lazily, inside the commands that need Qt, so headless
commands (``events``, ``import``, ``export``, ``sim``, ``check``...) never load Qt.

Each sub-command lives in a module under :mod:`controlroom.commands` that exposes
``register(subparsers)``; the module adds its parser and sets ``func`` on it,
a callable ``(args) -> int`` that returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

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
    parser.add_argument(
        "--rehearsal",
        action="store_true",
        help="open the window against the hall's simulators (REHEARSAL)",
    )
    parser.add_argument("--event", type=int, default=None, help="event id to open")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command accepts: the database and the hall file."""
    parser.add_argument("--db", metavar="PATH", default=None, help="SQLite database file")
    parser.add_argument("--hall", metavar="PATH", default=None, help="hall file (TOML)")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the chosen command; no command opens the window."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from controlroom.commands.app import open_window

        return open_window(args)
    result: int = func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
