"""``controlroom sim``: run a simulator for every device of the hall until interrupted.

Prints one line per device, ``<device id> <kind> <url>``; the options and the
work live in :mod:`devices.simhost` (Qt-free, runnable alone as
``python -m devices.simhost``).
"""

from __future__ import annotations

import argparse
import logging
import sys

from controlroom.cli import add_common_options


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from devices.simhost import add_arguments

    parser = subparsers.add_parser(
        "sim",
        help="simulate the hall's devices (prints '<device id> <kind> <url>' per device)",
        description="Start a simulator for every device of the hall and print where each is; "
        "run until Ctrl+C.",
    )
    add_arguments(parser)  # includes its own --hall (default SUPPRESS)
    add_common_options(parser, sub_command=True, hall=False)
    parser.set_defaults(func=run_sim)


def run_sim(args: argparse.Namespace) -> int:
    from devices.simhost import run

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return run(args)
