"""Simulators for a whole hall: one per device, reachable exactly as a driver opens them.

:class:`SimulatorHost` starts a simulator for every device of a hall — the
projector and microphones on pseudo-terminals (or TCP with ``tcp=True``), the
switcher on UDP — and returns ``{device id: url}``. :meth:`SimulatorHost.rehearsal_hall`
gives a copy of the hall whose devices point at the simulators, so the app's
rehearsal mode builds its drivers from it unchanged. Each simulator is started by
its device's kind (:meth:`devices.kind.DeviceKind.start_simulator`).

The ``controlroom sim`` command line lives in :mod:`controlroom.commands.sim`.
"""

from __future__ import annotations

import logging
from typing import Any

from devices.hall_file import HallConfig
from devices.kind import DeviceConfig, SimulatorOptions
from devices.registry import kind_of

log = logging.getLogger("devices.simhost")


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

    def options(self) -> SimulatorOptions:
        """The options every kind's ``start_simulator`` gets."""
        return SimulatorOptions(
            tcp=self.tcp,
            baud_pacing=self.baud_pacing,
            free_feedback_ports=self.free_feedback_ports,
            projector_warmup_s=self.projector_warmup_s,
            projector_cooldown_s=self.projector_cooldown_s,
        )

    def _start_one(self, config: DeviceConfig) -> None:
        running = kind_of(config).start_simulator(config, self.options())
        self._simulators[config.id] = running.simulator
        self._urls[config.id] = running.url
        self._configs[config.id] = running.config
        log.info("simulating %s (%s) at %s", config.id, config.kind, running.url)

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
