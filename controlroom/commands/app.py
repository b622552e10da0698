"""``controlroom`` with no command (or ``controlroom window``): open the main window.

Qt is imported here lazily, so headless commands never load it.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("window", help="open the main window (the default)")
    parser.add_argument("--rehearsal", action="store_true", help="run against the simulators")
    parser.add_argument("--event", type=int, default=None, help="event id to open")
    parser.set_defaults(func=open_window)


def open_window(args: argparse.Namespace) -> int:
    """Open the main window; returns the Qt event loop's exit code."""
    from ui.app import run_app

    return run_app(args)
