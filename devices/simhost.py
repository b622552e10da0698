"""Simulators for a whole hall: one per device, reachable exactly as a driver opens them.

:class:`SimulatorHost` starts a simulator for every device of a hall — the
projector and microphones on pseudo-terminals (or TCP with ``tcp=True``), the
switcher on UDP — and returns ``{device id: url}``. :meth:`SimulatorHost.rehearsal_hall`
gives a copy of the hall whose devices point at the simulators, so the app's
rehearsal mode builds its drivers from it unchanged.

:func:`main` is ``controlroom sim``: it prints one line per device,
``<device id> <kind> <url>``, applies the fault flags, and runs until SIGINT or
SIGTERM, then stops every simulator and exits 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from devices.base import ConfigError
from devices.hall import (
    DeviceConfig,
    HallConfig,
    MicrophonesConfig,
    ProjectorConfig,
    SwitcherConfig,
    default_hall_path,
    load_hall,
    with_url,
)
from devices.udp_transport import free_udp_port

log = logging.getLogger("devices.simhost")

#: Faults every simulator has, by CLI flag name -> simulator method.
COMMON_FAULTS = {"silent": "set_silent", "garbage": "set_garbage", "partial": "set_partial_frames",
                 "drop": "drop_link"}  # fmt: skip


class SimulatorHost:
    """Runs one simulator per device of ``hall``.

    ``free_feedback_ports``: the switcher simulator sends its feedback to a free
    local port chosen here (what :meth:`rehearsal_hall` tells the driver) rather
    than to the hall's configured ``feedback_port``. In-process rehearsal wants
    True (several apps or tests can run at once); ``controlroom sim`` uses the
    configured port, so a driver built from the same hall file hears it.
    ``baud_pacing`` makes serial simulators take true wire time at the device's
    configured baud rate.
    """

    def __init__(
        self,
        hall: HallConfig,
        *,
        tcp: bool = False,
        baud_pacing: bool = False,
        free_feedback_ports: bool = True,
        projector_warmup_s: float = 30.0,
        projector_cooldown_s: float = 30.0,
    ) -> None:
        self.hall = hall
        self.tcp = tcp
        self.baud_pacing = baud_pacing
        self.free_feedback_ports = free_feedback_ports
        self.projector_warmup_s = projector_warmup_s
        self.projector_cooldown_s = projector_cooldown_s
        self._simulators: dict[str, Any] = {}
        self._urls: dict[str, str] = {}
        self._configs: dict[str, DeviceConfig] = {}

    def start(self) -> dict[str, str]:
        """Start every simulator; ``{device id: url}`` in hall order. Stops all on failure."""
        try:
            for config in self.hall.devices:
                self._start_one(config)
        except BaseException:
            self.stop()
            raise
        return dict(self._urls)

    def _start_one(self, config: DeviceConfig) -> None:
        simulator: Any
        if isinstance(config, SwitcherConfig):
            from devices.switcher.simulator import SwitcherSimulator

            feedback_port = free_udp_port() if self.free_feedback_ports else config.feedback_port
            simulator = SwitcherSimulator(
                feedback_host="127.0.0.1",
                feedback_port=feedback_port,
                prefix=config.prefix,
                input_count=config.input_count,
            )
            url = simulator.start()
            rehearsal: DeviceConfig = dataclasses.replace(
                config, host="127.0.0.1", port=simulator.port, feedback_port=feedback_port
            )
        elif isinstance(config, ProjectorConfig):
            from devices.projector.simulator import ProjectorSimulator

            simulator = ProjectorSimulator(
                config.sources,
                warmup_s=self.projector_warmup_s,
                cooldown_s=self.projector_cooldown_s,
                baudrate=config.baudrate if self.baud_pacing else None,
            )
            url = self._start_serial(simulator)
            rehearsal = with_url(config, url)
        elif isinstance(config, MicrophonesConfig):
            from devices.microphones.simulator import MicrophoneSimulator

            simulator = MicrophoneSimulator(
                dict(config.channels),
                baudrate=config.baudrate if self.baud_pacing else None,
            )
            url = self._start_serial(simulator)
            rehearsal = with_url(config, url)
        else:
            raise TypeError(f"no simulator for {type(config).__name__}")
        self._simulators[config.id] = simulator
        self._urls[config.id] = url
        self._configs[config.id] = rehearsal
        log.info("simulating %s (%s) at %s", config.id, config.kind, url)

    def _start_serial(self, simulator: Any) -> str:
        url: str = simulator.start_tcp() if self.tcp else simulator.start_pty()
        return url

    def stop(self) -> None:
        """Stop every simulator that was started (idempotent)."""
        simulators, self._simulators = self._simulators, {}
        for device_id, simulator in reversed(list(simulators.items())):
            try:
                simulator.stop()
            except Exception:
                log.exception("stopping the %s simulator failed", device_id)

    @property
    def urls(self) -> dict[str, str]:
        return dict(self._urls)

    def simulator(self, device_id: str) -> Any:
        """The running simulator of ``device_id`` (for fault injection)."""
        try:
            return self._simulators[device_id]
        except KeyError:
            raise KeyError(f"no simulator running for device {device_id!r}") from None

    def rehearsal_hall(self) -> HallConfig:
        """A copy of the hall whose devices point at the running simulators."""
        if not self._configs:
            raise RuntimeError("SimulatorHost.rehearsal_hall() before start()")
        return HallConfig(self.hall.name, [self._configs[d.id] for d in self.hall.devices])

    def __enter__(self) -> SimulatorHost:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# -- controlroom sim ------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``controlroom sim`` options (also used by ``python -m devices.simhost``)."""
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
    faults.add_argument("--lamp-failure", metavar="DEVICE", nargs="?", const="*", action="append",
                        default=[], help="projector lamp failure (all if no DEVICE)")  # fmt: skip
    faults.add_argument("--battery-dead", metavar="[DEVICE:]CHANNEL", action="append", default=[],
                        help="a microphone battery is dead")  # fmt: skip


def _devices_of_kind(host: SimulatorHost, kind: str) -> list[str]:
    return [d.id for d in host.hall.devices if d.kind == kind]


def apply_faults(host: SimulatorHost, args: argparse.Namespace) -> None:
    """Apply the fault flags to the running simulators; ``ValueError`` names a bad flag."""
    ids = {d.id for d in host.hall.devices}

    def known(device_id: str, flag: str) -> str:
        if device_id not in ids:
            raise ValueError(
                f"--{flag} {device_id}: no such device (hall has {', '.join(sorted(ids))})"
            )
        return device_id

    for flag, method in COMMON_FAULTS.items():
        for device_id in getattr(args, flag):
            simulator = host.simulator(known(device_id, flag))
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
    for spec in args.lamp_failure:
        targets = (
            _devices_of_kind(host, "projector") if spec == "*" else [known(spec, "lamp-failure")]
        )
        for device_id in targets:
            if host.hall.device(device_id).kind != "projector":
                raise ValueError(f"--lamp-failure {device_id}: not a projector")
            host.simulator(device_id).lamp_failure()
    for spec in args.battery_dead:
        device_id, _, channel_text = spec.rpartition(":")
        targets = (
            [known(device_id, "battery-dead")]
            if device_id
            else _devices_of_kind(host, "microphones")
        )
        for target in targets:
            config = host.hall.device(target)
            if not isinstance(config, MicrophonesConfig):
                raise ValueError(f"--battery-dead {spec}: {target} is not a microphone receiver")
            if not channel_text.isdigit() or int(channel_text) not in config.channels:
                raise ValueError(
                    f"--battery-dead {spec}: {channel_text!r} is not a channel of {target} "
                    f"({', '.join(map(str, config.channels))})"
                )
            host.simulator(target).battery_dead(int(channel_text))


def run(args: argparse.Namespace) -> int:
    """Run ``controlroom sim`` with parsed ``args``; returns the exit code."""
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
    """``python -m devices.simhost [options]``: the same as ``controlroom sim``."""
    parser = argparse.ArgumentParser(
        prog="controlroom sim", description="Simulate every device of a hall until interrupted."
    )
    add_arguments(parser)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
