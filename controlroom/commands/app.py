"""``controlroom`` with no command (or ``controlroom window``): open the main window.

Qt is imported here lazily, so headless commands never load it.
"""

from __future__ import annotations

import argparse

from controlroom.cli import add_common_options, add_window_options


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("window", help="open the main window (the default)")
    add_common_options(parser, sub_command=True)
    add_window_options(parser, sub_command=True)
    parser.set_defaults(func=open_window)


def open_window(args: argparse.Namespace) -> int:
    """Open the main window; returns the Qt event loop's exit code."""
    from ui.app import run_app

    return run_app(args)
