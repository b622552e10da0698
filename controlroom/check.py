"""The readiness check: is the hall ready for this event? A go/no-go report with reasons.

Three parts. :func:`check_standby`: with an event, something must be in standby
(GO would start nothing otherwise: NO-GO). :func:`check_cues` (no devices needed)
checks that every cue of the event names a device of the hall of the right kind,
and asks the kind what the cue names that the hall file lacks (an input, channel
or source). :func:`check_devices`
asks every device for its state (the kind's readiness question), waits a few
seconds for each to be OK, and reports the ones that are not, with the device's
reason (offline, or what its kind finds wrong in its state: a projector error, a
switcher link down, a flat microphone battery on a channel the event uses).

:func:`run_check` does all three; it blocks for up to its timeout, so a GUI calls it
off the GUI thread. ``controlroom check`` prints its :meth:`CheckReport.text`.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Literal

from controlroom.equipment import Equipment
from controlroom.model import Event
from devices.base import DeviceError, LinkState, state_words
from devices.hall_file import HallConfig
from devices.kind import Cue, DeviceConfig, DeviceKind
from devices.registry import KINDS, kind_of
from devices.text import Text, join, mode_words, text_of

#: ``run_check(standby=FIRST_ITEM)``: no engine; GO would start the event's first item.
FIRST_ITEM: Literal["first"] = "first"


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
    standby: int | None = None
    """The index of the item GO would start (``None``: nothing in standby, or no event)."""

    @property
    def go(self) -> bool:
        return not self.problems

    def text(self) -> str:
        """The report as lines for a terminal or a message box: English as a ``str``, a
        ``Text`` the GUI translates line by line."""
        lines = [Text("Hall: {hall} ({mode})", hall=self.hall_name, mode=mode_words(self.mode))]
        if self.event_title is not None:
            lines.append(
                Text("Event: {title} (%n item(s))", title=self.event_title, n=self.items_checked)
            )
            lines.append(
                Text("Standby: item {number}", number=self.standby + 1)
                if self.standby is not None
                else Text("Standby: nothing")
            )
        for device in self.devices:
            status = Text("ok") if device.ok else _STATE_CAPITALS.get(device.state, device.state)
            line = Text(
                "  {device:<12} {kind:<12} {status}",
                device=device.device,
                kind=device.kind,
                status=status,
            )
            if device.reason:
                line = Text("{line} - {reason}", line=line, reason=device.reason)
            lines.append(line)
        if self.go:
            lines.append(Text("GO"))
        else:
            lines.append(Text("NO-GO: %n problem(s)", n=len(self.problems)))
            lines.extend(
                Text("  - {where}: {reason}", where=problem.where, reason=problem.reason)
                for problem in self.problems
            )
        return join(lines, "\n")


#: A link state as the report's device lines show it.
_STATE_CAPITALS = {
    "connecting": Text("CONNECTING"),
    "offline": Text("OFFLINE"),
    "failed": Text("FAILED"),
    "bad config": Text("BAD CONFIG"),
}


def _device_of(
    hall: HallConfig, device_id: str, kind: DeviceKind, where: str
) -> tuple[DeviceConfig | None, Problem | None]:
    for cfg in hall.devices:
        if cfg.id == device_id:
            if cfg.kind == kind.name:
                return cfg, None
            return None, Problem(
                where,
                Text(
                    "device '{device_id}' is a {kind}, not a {name}",
                    device_id=device_id,
                    kind=cfg.kind,
                    name=kind.name,
                ),
            )
    return None, Problem(
        where, Text("no device '{device_id}' in hall '{name}'", device_id=device_id, name=hall.name)
    )


def check_cues(event: Event, hall: HallConfig) -> list[Problem]:
    """Every cue of ``event`` that names something the hall file does not have."""
    problems: list[Problem] = []
    for index, item in enumerate(event.items):
        at = Text("item {number} '{title}' cues", number=index + 1, title=item.title)
        for kind in KINDS:
            for k, cue in enumerate(item.cues.of_kind(kind.name)):
                here = f"{at}.{kind.name}[{k}]" if kind.many_cues_per_item else f"{at}.{kind.name}"
                cfg, problem = _device_of(hall, cue.device, kind, f"{here}.device")
                if problem is not None:
                    problems.append(problem)
                elif cfg is not None:
                    problems += [
                        Problem(found.where, found.reason)
                        for found in kind.check_cue(cue, cfg, here)
                    ]
    return problems


def _device_cues(event: Event | None, device_id: str) -> list[Cue] | None:
    """The event's cues for ``device_id``; ``None`` when no event is checked."""
    if event is None:
        return None
    return [cue for item in event.items for cue in item.cues if cue.device == device_id]


def check_devices(
    hall: Equipment, timeout: float = 5.0, event: Event | None = None
) -> tuple[list[DeviceCheck], list[Problem]]:
    """Ask every device for its state; wait up to ``timeout`` s for all to be OK."""
    deadline = time.monotonic() + timeout
    statuses = hall.wait_until_ok(timeout)
    asked: dict[str, Future[Any]] = {}
    for cfg in hall.config.devices:
        if statuses[cfg.id].state is not LinkState.OK:
            continue
        try:
            question = kind_of(cfg).readiness_question(hall.drivers[cfg.id])
        except DeviceError:
            question = None
        if question is not None:
            asked[cfg.id] = question
    answers: dict[str, str] = {}
    for device_id, future in asked.items():
        try:
            future.result(max(0.5, deadline - time.monotonic()))
        except FutureTimeout:
            answers[device_id] = Text("did not answer a status request")
        except DeviceError as error:
            answers[device_id] = Text("status request failed: {error}", error=text_of(error))
    checks: list[DeviceCheck] = []
    problems: list[Problem] = []
    for cfg in hall.config.devices:
        status = hall.drivers[cfg.id].status
        reason = answers.get(cfg.id, "")
        if status.state is not LinkState.OK:
            reason = status.reason or Text("not connected")
            heard = status.last_heard
            if heard is not None:
                reason = Text(
                    "{reason} (last heard {seconds:.0f} s ago)",
                    reason=reason,
                    seconds=hall.clock.monotonic() - heard,
                )
        else:
            state = hall.drivers[cfg.id].state
            reason = reason or kind_of(cfg).state_problem(cfg, state, _device_cues(event, cfg.id))
        checks.append(DeviceCheck(cfg.id, cfg.kind, status.state.value, reason))
        if reason:
            problems.append(
                Problem(
                    f"device '{cfg.id}'",
                    Text("{state}: {reason}", state=state_words(status.state), reason=reason),
                )
            )
    return checks, problems


def check_standby(event: Event, standby: int | None | Literal["first"]) -> tuple[
    int | None, list[Problem]
]:
    """Which item GO would start, and a problem when none would: NO-GO with nothing in standby.

    ``standby`` is the engine's standby index, or :data:`FIRST_ITEM` without an engine
    (the command line): then GO would start item 1, if the event has any.
    """
    if standby == FIRST_ITEM:
        standby = 0 if event.items else None
    if isinstance(standby, int) and not 0 <= standby < len(event.items):
        standby = None
    if standby is not None:
        return standby, []
    if not event.items:
        reason = Text("the event has no items: GO would start nothing")
    else:
        reason = Text("nothing is in standby: GO would start nothing")
    return None, [Problem(Text("standby"), reason)]


def run_check(
    hall_config: HallConfig,
    event: Event | None = None,
    *,
    rehearsal: bool = False,
    hall: Equipment | None = None,
    timeout: float = 5.0,
    standby: int | None | Literal["first"] = FIRST_ITEM,
) -> CheckReport:
    """Check the cues, the standby item and the devices; uses ``hall`` if given, else builds
    (and closes) one.

    ``standby`` is the index of the item GO would start (a console passes its engine's,
    ``None`` when nothing is in standby); by default the event's first item. With an
    event, nothing in standby is NO-GO. Blocks up to about ``timeout`` seconds: call it
    off the GUI thread.
    """
    problems: list[Problem] = []
    standby_index: int | None = None
    if event is not None:
        standby_index, problems = check_standby(event, standby)
        problems += check_cues(event, hall_config)
    own_hall = hall is None
    if hall is None:
        hall = Equipment.rehearsal(hall_config) if rehearsal else Equipment.live(hall_config)
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
        standby=standby_index,
    )
