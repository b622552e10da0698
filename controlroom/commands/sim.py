"""``controlroom sim``: run a simulator for every device of the hall until interrupted.

Prints one line per device, ``<device id> <kind> <url>``, applies the fault flags,
and runs until SIGINT or SIGTERM, then stops every simulator and exits 0. The
simulators themselves run in :class:`devices.simhost.SimulatorHost` (Qt-free).

Fault flags: every simulator can be ``--silent``, ``--garbage``, ``--partial``,
``--drop`` and ``--slow DEVICE:SECONDS``; each kind adds its own
(:attr:`devices.kind.DeviceKind.fault_flags`, e.g. ``--lamp-failure``,
``--battery-dead``).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from controlroom.cli import add_common_options

if TYPE_CHECKING:
    from devices.kind import DeviceKind, FaultFlag
    from devices.simhost import SimulatorHost

#: Faults every simulator has: CLI flag name -> simulator method (called with True).
COMMON_FAULTS = {"silent": "set_silent", "garbage": "set_garbage", "partial": "set_partial_frames",
                 "drop": "drop_link"}  # fmt: skip


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return run(args)


def _dest(flag: FaultFlag) -> str:
    return "fault_" + flag.name.replace("-", "_")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``controlroom sim`` options."""
    from devices.registry import KINDS

    parser.add_argument(
        "--hall",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="hall file (default: the press hall)",
    )
    parser.add_argument(
        "--tcp", action="store_true", help="serial devices on socket://127.0.0.1:PORT, not a pty"
    )
    parser.add_argument(
        "--baud-pacing", action="store_true", help="serial bytes take true wire time (8N1)"
    )
    parser.add_argument(
        "--warmup", metavar="SECONDS", type=float, default=30.0, help="projector warm-up (30)"
    )
    parser.add_argument(
        "--cooldown", metavar="SECONDS", type=float, default=30.0, help="projector cool-down (30)"
    )
    faults = parser.add_argument_group("faults (each may be repeated)")
    faults.add_argument("--silent", metavar="DEVICE", action="append", default=[],
                        help="the device receives but never answers")  # fmt: skip
    faults.add_argument("--garbage", metavar="DEVICE", action="append", default=[],
                        help="the device answers malformed bytes")  # fmt: skip
    faults.add_argument("--partial", metavar="DEVICE", action="append", default=[],
                        help="the device sends partial frames")  # fmt: skip
    faults.add_argument("--drop", metavar="DEVICE", action="append", default=[],
                        help="the device's link is down from the start")  # fmt: skip
    faults.add_argument("--slow", metavar="DEVICE:SECONDS", action="append", default=[],
                        help="the device answers SECONDS late")  # fmt: skip
    for kind in KINDS:
        for flag in kind.fault_flags:
            if flag.device_optional and not flag.value:
                faults.add_argument(f"--{flag.name}", dest=_dest(flag), metavar=flag.metavar,
                                    nargs="?", const="*", action="append", default=[],
                                    help=flag.help)  # fmt: skip
            else:
                faults.add_argument(f"--{flag.name}", dest=_dest(flag), metavar=flag.metavar,
                                    action="append", default=[], help=flag.help)  # fmt: skip


def apply_faults(host: SimulatorHost, args: argparse.Namespace) -> None:
    """Apply the fault flags to the running simulators; ``ValueError`` names a bad flag."""
    from devices.registry import KINDS

    ids = {d.id for d in host.hall.devices}

    def known(device_id: str, flag: str) -> str:
        if device_id not in ids:
            raise ValueError(
                f"--{flag} {device_id}: no such device (hall has {', '.join(sorted(ids))})"
            )
        return device_id

    for flag_name, method in COMMON_FAULTS.items():
        for device_id in getattr(args, flag_name):
            simulator = host.simulator(known(device_id, flag_name))
            if method == "drop_link":
                simulator.drop_link()
            else:
                getattr(simulator, method)(True)
    for spec in args.slow:
        device_id, _, seconds_text = spec.rpartition(":")
        try:
            seconds = float(seconds_text)
        except ValueError:
            raise ValueError(f"--slow {spec}: expected DEVICE:SECONDS, like switcher:0.5") from None
        if not device_id or seconds < 0:
            raise ValueError(f"--slow {spec}: expected DEVICE:SECONDS, like switcher:0.5")
        host.simulator(known(device_id, "slow")).set_reply_delay(seconds)
    for kind in KINDS:
        for flag in kind.fault_flags:
            for spec in getattr(args, _dest(flag), []):
                _apply_kind_fault(host, kind, flag, spec, known)


def _apply_kind_fault(
    host: SimulatorHost,
    kind: DeviceKind,
    flag: FaultFlag,
    spec: str,
    known: Callable[[str, str], str],
) -> None:
    """One ``--<flag> spec``: on the device named, or every device of ``kind``."""
    value: str | None = None
    if flag.value:
        device_id, _, value = spec.rpartition(":")
    else:
        device_id = "" if spec == "*" else spec
    if device_id:
        targets = [known(device_id, flag.name)]
    elif flag.device_optional:
        targets = [d.id for d in host.hall.devices if d.kind == kind.name]
    else:
        raise ValueError(f"--{flag.name} {spec}: expected {flag.metavar}")
    for target in targets:
        config = host.hall.device(target)
        if config.kind != kind.name:
            subject = "" if target == spec else f"{target} is "
            raise ValueError(f"--{flag.name} {spec}: {subject}not a {kind.title}")
        problem = flag.check(config, value) if flag.check is not None else ""
        if problem:
            raise ValueError(f"--{flag.name} {spec}: {problem}")
        flag.apply(host.simulator(target), value)


def run(args: argparse.Namespace) -> int:
    """Run ``controlroom sim`` with parsed ``args``; returns the exit code."""
    from devices.base import ConfigError
    from devices.hall_file import default_hall_path, load_hall
    from devices.simhost import SimulatorHost

    hall_path = Path(getattr(args, "hall", None) or default_hall_path())
    try:
        hall = load_hall(hall_path)
    except ConfigError as error:
        print(f"controlroom sim: {error}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    host = SimulatorHost(
        hall,
        tcp=args.tcp,
        baud_pacing=args.baud_pacing,
        free_feedback_ports=False,
        projector_warmup_s=args.warmup,
        projector_cooldown_s=args.cooldown,
    )
    try:
        try:
            urls = host.start()
        except OSError as error:
            print(f"controlroom sim: cannot start the simulators: {error}", file=sys.stderr)
            return 1
        try:
            apply_faults(host, args)
        except ValueError as error:
            print(f"controlroom sim: {error}", file=sys.stderr)
            return 2
        for config in hall.devices:
            print(f"{config.id} {config.kind} {urls[config.id]}", flush=True)
        while not stop.wait(0.5):
            pass
        return 0
    finally:
        host.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: Sequence[str] | None = None) -> int:
    """``controlroom sim [options]`` on its own parser (for embedding and tests)."""
    parser = argparse.ArgumentParser(
        prog="controlroom sim", description="Simulate every device of a hall until interrupted."
    )
    add_arguments(parser)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return run(parser.parse_args(argv))
