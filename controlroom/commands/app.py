"""``controlroom`` with no command (or ``controlroom window``): open the main window.

Qt is loaded only by :func:`controlroom.cli.open_window`, lazily, so headless
commands never load it.
"""

from __future__ import annotations

import argparse

from controlroom.cli import add_common_options, add_window_options, open_window


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("window", help="open the main window (the default)")
    add_common_options(parser, sub_command=True)
    add_window_options(parser, sub_command=True)
    parser.set_defaults(func=open_window)
