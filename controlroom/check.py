"""The readiness check: is the hall ready for this event? A go/no-go report with reasons.

Two halves. :func:`check_cues` (no devices needed) checks that every cue of the
event names a device of the hall of the right kind, and an input, channel or
source that the hall file defines. :func:`check_devices` asks every device for
its state, waits a few seconds for each to be OK, and reports the ones that are
not, with the device's reason (offline, a projector error, a switcher link down,
a flat microphone battery on a channel the event uses).

:func:`run_check` does both; it blocks for up to its timeout, so a GUI calls it
off the GUI thread. ``controlroom check`` prints its :meth:`CheckReport.text`.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from controlroom.hall import Hall
from controlroom.model import Event
from devices.base import DeviceError, LinkState
from devices.hall import (
    DeviceConfig,
    HallConfig,
    MicrophonesConfig,
    ProjectorConfig,
    SwitcherConfig,
)

#: Switcher input 0 is black on every switcher, whatever the hall file lists.
BLACK_INPUT = 0
#: Projector error codes that mean "no error".
NO_ERROR_CODES = {None, "", "00"}


@dataclass(frozen=True)
class Problem:
    """One reason for no-go: ``where`` names the device or the item and cue field."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class DeviceCheck:
    """How one device answered."""

    device: str
    kind: str
    state: str
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.state == LinkState.OK.value and not self.reason


@dataclass(frozen=True)
class CheckReport:
    """The result of a readiness check; ``go`` only when there is no problem."""

    hall_name: str
    mode: str
    event_title: str | None = None
    items_checked: int = 0
    devices: list[DeviceCheck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def go(self) -> bool:
        return not self.problems

    def text(self) -> str:
        """The report as plain lines for a terminal or a message box."""
        lines = [f"Hall: {self.hall_name} ({self.mode})"]
        if self.event_title is not None:
            lines.append(f"Event: {self.event_title} ({self.items_checked} items)")
        for device in self.devices:
            status = "ok" if device.ok else device.state.upper()
            detail = f" - {device.reason}" if device.reason else ""
            lines.append(f"  {device.device:<12} {device.kind:<12} {status}{detail}")
        if self.go:
            lines.append("GO")
        else:
            count = len(self.problems)
            lines.append(f"NO-GO: {count} problem{'s' if count != 1 else ''}")
            lines.extend(f"  - {problem}" for problem in self.problems)
        return "\n".join(lines)


def _device_of(
    hall: HallConfig, device_id: str, kind: type[DeviceConfig], where: str
) -> tuple[DeviceConfig | None, Problem | None]:
    for cfg in hall.devices:
        if cfg.id == device_id:
            if isinstance(cfg, kind):
                return cfg, None
            return None, Problem(where, f"device '{device_id}' is a {cfg.kind}, not a {kind.kind}")
    return None, Problem(where, f"no device '{device_id}' in hall '{hall.name}'")


def _number_list(numbers: Any) -> str:
    return ", ".join(str(n) for n in sorted(numbers)) or "none"


def check_cues(event: Event, hall: HallConfig) -> list[Problem]:
    """Every cue of ``event`` that names something the hall file does not have."""
    problems: list[Problem] = []
    for index, item in enumerate(event.items):
        at = f"item {index + 1} '{item.title}' cues"
        cues = item.cues
        if cues.switcher is not None:
            sw = cues.switcher
            cfg, problem = _device_of(hall, sw.device, SwitcherConfig, f"{at}.switcher.device")
            if problem:
                problems.append(problem)
            elif isinstance(cfg, SwitcherConfig):
                for name, number in (("program", sw.program), ("preview", sw.preview)):
                    if number is not None and number != BLACK_INPUT and number not in cfg.inputs:
                        problems.append(
                            Problem(
                                f"{at}.switcher.{name}",
                                f"input {number} is not an input of switcher '{cfg.id}' "
                                f"(inputs: {_number_list(cfg.inputs)})",
                            )
                        )
        for k, mic in enumerate(cues.microphones):
            here = f"{at}.microphones[{k}]"
            cfg, problem = _device_of(hall, mic.device, MicrophonesConfig, f"{here}.device")
            if problem:
                problems.append(problem)
                continue
            assert isinstance(cfg, MicrophonesConfig)
            channels = cfg.channels
            for channel in mic.live:
                if channel not in channels:
                    problems.append(
                        Problem(
                            f"{here}.live",
                            f"channel {channel} is not a channel of '{cfg.id}' "
                            f"(channels: {_number_list(channels)})",
                        )
                    )
            for channel, _gain in mic.gains_db:
                if channel not in channels:
                    problems.append(
                        Problem(
                            f"{here}.gains_db.{channel}",
                            f"channel {channel} is not a channel of '{cfg.id}' "
                            f"(channels: {_number_list(channels)})",
                        )
                    )
        if cues.projector is not None:
            pj = cues.projector
            cfg, problem = _device_of(hall, pj.device, ProjectorConfig, f"{at}.projector.device")
            if problem:
                problems.append(problem)
            elif isinstance(cfg, ProjectorConfig) and pj.source is not None:
                if pj.source not in cfg.sources:
                    problems.append(
                        Problem(
                            f"{at}.projector.source",
                            f"'{pj.source}' is not a source of projector '{cfg.id}' "
                            f"(sources: {', '.join(cfg.sources) or 'none'})",
                        )
                    )
    return problems


def _used_channels(event: Event | None, device_id: str) -> set[int] | None:
    """Channels of ``device_id`` that some item of the event opens; ``None`` means all."""
    if event is None:
        return None
    used: set[int] = set()
    for item in event.items:
        for mic in item.cues.microphones:
            if mic.device == device_id:
                used.update(mic.live)
    return used


def check_devices(
    hall: Hall, timeout: float = 5.0, event: Event | None = None
) -> tuple[list[DeviceCheck], list[Problem]]:
    """Ask every device for its state; wait up to ``timeout`` s for all to be OK."""
    deadline = time.monotonic() + timeout
    statuses = hall.wait_until_ok(timeout)
    asked: dict[str, Future[Any]] = {}
    for cfg in hall.config.devices:
        if statuses[cfg.id].state is not LinkState.OK:
            continue
        driver = hall.drivers[cfg.id]
        question = {"switcher": "request_status", "projector": "query_error"}.get(cfg.kind)
        if question is not None:
            try:
                asked[cfg.id] = getattr(driver, question)()
            except DeviceError:
                pass
    answers: dict[str, str] = {}
    for device_id, future in asked.items():
        try:
            future.result(max(0.5, deadline - time.monotonic()))
        except FutureTimeout:
            answers[device_id] = "did not answer a status request"
        except DeviceError as error:
            answers[device_id] = f"status request failed: {error}"
    checks: list[DeviceCheck] = []
    problems: list[Problem] = []
    for cfg in hall.config.devices:
        status = hall.drivers[cfg.id].status
        reason = answers.get(cfg.id, "")
        if status.state is not LinkState.OK:
            reason = status.reason or "not connected"
            heard = status.last_heard
            if heard is not None:
                reason += f" (last heard {hall.clock.monotonic() - heard:.0f} s ago)"
        else:
            reason = reason or _state_problem(cfg, hall.drivers[cfg.id].state, event)
        checks.append(DeviceCheck(cfg.id, cfg.kind, status.state.value, reason))
        if reason:
            problems.append(Problem(f"device '{cfg.id}'", f"{status.state.value}: {reason}"))
    return checks, problems


def _state_problem(cfg: DeviceConfig, state: Any, event: Event | None) -> str:
    """What is wrong with a connected device's state, in words; "" if nothing."""
    if isinstance(cfg, SwitcherConfig):
        if getattr(state, "link_up", None) is False:
            return "the switcher reports its link to the mixer is down"
    elif isinstance(cfg, ProjectorConfig):
        code = getattr(state, "error_code", None)
        if code not in NO_ERROR_CODES:
            text = getattr(state, "error_text", None) or "unknown error"
            return f"projector error {code}: {text}"
    elif isinstance(cfg, MicrophonesConfig):
        used = _used_channels(event, cfg.id)
        flat = [
            f"{number} {cfg.channels.get(number, '')}".strip()
            for number, channel in sorted(getattr(state, "channels", {}).items())
            if channel.battery_bars == 0 and (used is None or number in used)
        ]
        if flat:
            return "battery empty on channel " + ", ".join(flat)
    return ""


def run_check(
    hall_config: HallConfig,
    event: Event | None = None,
    *,
    rehearsal: bool = False,
    hall: Hall | None = None,
    timeout: float = 5.0,
) -> CheckReport:
    """Check the cues and the devices; uses ``hall`` if given, else builds (and closes) one.

    Blocks up to about ``timeout`` seconds: call it off the GUI thread.
    """
    problems = check_cues(event, hall_config) if event is not None else []
    own_hall = hall is None
    if hall is None:
        hall = Hall.rehearsal(hall_config) if rehearsal else Hall.live(hall_config)
    try:
        devices, device_problems = check_devices(hall, timeout, event)
        mode = "rehearsal" if hall.rehearsal_mode else "live"
    finally:
        if own_hall:
            hall.close()
    return CheckReport(
        hall_name=hall_config.name,
        mode=mode,
        event_title=event.title if event is not None else None,
        items_checked=len(event.items) if event is not None else 0,
        devices=devices,
        problems=device_problems + problems,
    )
