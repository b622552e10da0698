"""The equipment: the hall's live devices the show drives, and how an item's cues run.

An :class:`Equipment` owns one driver per device of a hall file.
:meth:`Equipment.live` builds them against the hall file's real ports;
:meth:`Equipment.rehearsal` first starts the hall's simulators
(:class:`devices.simhost.SimulatorHost`) and connects to those.

:meth:`Equipment.execute` hands each of an item's cues to its device's kind
(:meth:`devices.kind.DeviceKind.execute_cue`), which turns it into typed commands
through a :class:`devices.kind.CueContext`; the commands are queued at once (cues
with a delay go through one scheduler thread), and every command's ``Future`` is
followed: a refusal, a timeout or an offline device is logged with the device's
reason and reported through ``on_failure`` on the thread that learnt it. A command
for a device that is not OK at that moment (offline, failed, bad config, still or
again connecting) is not queued at all: it fails at once with the device's reason
(:func:`offline_reason`), so a cue to an offline projector is reported at GO, not
after a power watchdog of minutes. The
rules of each kind's cue are in its ``devices/<kind>/kind.py``. A *break* item
forces the break cue of every device whose kind has one (the microphones: every
channel muted, whatever the item's cues say: hot-mic safety).

At every GO each device's kind may also do its own thing (:meth:`DeviceKind.on_go`:
OBS marks a record chapter named after the item). The equipment watches every
device's state for its kind's alarms (:meth:`DeviceKind.alarms`: a stream dropped,
reconnecting or congested...) and logs each alarm's start (``alarm: ...``, a
warning) and end (``alarm over: ...``); :func:`controlroom.report.outages` reads them
back as outages. Whether a device is on air or recording (:meth:`DeviceKind.on_air`)
is announced as a ``DeviceEvent`` of kind ``"on_air"`` when it changes.

:meth:`Equipment.diff` lists what GO would change: the equipment's current state
against the item's wanted state, for the "what changes on GO" list.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from controlroom.clock import Clock, SystemClock
from controlroom.eventlog import EventLog
from controlroom.model import Item, ItemKind
from devices.base import DeviceStatus, LinkState, Listeners, state_words
from devices.hall_file import HallConfig
from devices.kind import Cue, CueChange, DeviceCommand, DeviceConfig, DeviceKind
from devices.registry import KINDS, build_driver, kind_of
from devices.text import Text, text_of

log = logging.getLogger("controlroom.equipment")

#: Longest we wait for any command's answer before calling it lost, beyond the
#: driver's own timeout (a safety net: drivers time out their commands themselves).
#: A kind asks for a longer one where a command may take longer (projector power).
WATCHDOG_S = 15.0

#: How the event log's English begins an alarm's start and end (``controlroom.report``
#: reads them back; the entries are ``Text("alarm: {alarm}")`` / ``Text("alarm over: {alarm}")``).
ALARM_STARTED = "alarm: "
ALARM_ENDED = "alarm over: "

__all__ = [
    "ALARM_ENDED", "ALARM_STARTED", "WATCHDOG_S", "CueChange", "CueFailure", "CueRun",
    "DeviceEvent", "Equipment", "offline_reason",
]


@dataclass(frozen=True)
class CueFailure:
    """A cue command that failed: which device, which command, and the device's reason."""

    device: str
    command: str
    reason: str


@dataclass(frozen=True)
class DeviceEvent:
    """A device's status or state changed (``kind`` "status" or "state"); ``value`` is new.

    ``kind`` "on_air": a broadcasting device's ``(on air, recording)`` changed
    (``(False, False)`` while it is not connected).
    """

    device: str
    kind: str
    value: Any


class CueRun:
    """The commands one GO queued: their failures, and a way to wait until all have settled.

    GO never waits on it; tests, the readiness check and benchmarks do.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = 0
        self._settled = threading.Event()
        self._settled.set()
        self.commands: list[str] = []
        self.failures: list[CueFailure] = []

    def hold(self) -> None:
        with self._lock:
            self._pending += 1
            self._settled.clear()

    def release(self) -> None:
        with self._lock:
            self._pending -= 1
            if self._pending <= 0:
                self._settled.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until every command (delayed ones too) has succeeded or failed."""
        return self._settled.wait(timeout)

    @property
    def done(self) -> bool:
        return self._settled.is_set()


class _Scheduler:
    """One thread that runs callbacks after a delay (cue delays, watchdogs)."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._queue: list[tuple[float, int, Callable[[], Any]]] = []
        self._counter = itertools.count()
        self._thread: threading.Thread | None = None
        self._closed = False

    def call_later(self, delay: float, callback: Callable[[], Any]) -> None:
        with self._condition:
            if self._closed:
                return
            due = time.monotonic() + delay
            earliest = not self._queue or due < self._queue[0][0]
            heapq.heappush(self._queue, (due, next(self._counter), callback))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="hall-cue-scheduler", daemon=True
                )
                self._thread.start()
            if earliest:  # otherwise the thread already wakes up in time
                self._condition.notify()

    def close(self) -> None:
        with self._condition:
            self._closed = True
            self._queue.clear()
            self._condition.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=2.0)

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._closed and (
                    not self._queue or self._queue[0][0] > time.monotonic()
                ):
                    timeout = self._queue[0][0] - time.monotonic() if self._queue else None
                    self._condition.wait(timeout)
                if self._closed:
                    return
                _due, _seq, callback = heapq.heappop(self._queue)
            try:
                callback()
            except Exception:
                # A bug in a cue callback: report it with its traceback, keep scheduling.
                log.exception("scheduled cue callback failed")


class _Context:
    """What one cue of one GO may do (a :class:`devices.kind.CueContext`)."""

    def __init__(
        self,
        equipment: Equipment,
        device_id: str,
        on_failure: Callable[[CueFailure], Any],
        run: CueRun,
    ) -> None:
        self._equipment = equipment
        self._device_id = device_id
        self._on_failure = on_failure
        self._run = run

    def send(
        self, command: DeviceCommand, *, watchdog_s: float | None = None
    ) -> Future[Any] | None:
        return self._equipment.send(
            self._device_id,
            command,
            on_failure=self._on_failure,
            watchdog_s=WATCHDOG_S if watchdog_s is None else watchdog_s,
            run=self._run,
        )

    def then(self, future: Future[Any] | None, action: Callable[[], Any]) -> None:
        self._equipment.then(future, self._run, action)

    def note(self, text: str) -> None:
        self._equipment.write("info", self._device_id, "action", text)


class Equipment:
    """The hall's drivers, built from a hall file; see the module docstring.

    Construct with :meth:`live` or :meth:`rehearsal`; or directly with ready drivers
    (``drivers`` maps device id to driver, not yet started). ``close()`` stops them.
    """

    def __init__(
        self,
        config: HallConfig,
        drivers: Mapping[str, Any],
        clock: Clock | None = None,
        log: EventLog | None = None,
        simulators: Any | None = None,
    ) -> None:
        self.config = config
        self.drivers: dict[str, Any] = dict(drivers)
        self.clock = clock or SystemClock()
        self._log = log
        self._simulators = simulators
        self._scheduler = _Scheduler()
        self._listeners: Listeners[DeviceEvent] = Listeners()
        self._closed = False
        self._configs: dict[str, DeviceConfig] = {cfg.id: cfg for cfg in config.devices}
        self._watch_lock = threading.Lock()
        self._alarms: dict[str, tuple[str, ...]] = {}
        self._on_air: dict[str, tuple[bool, bool]] = {}
        for device_id, driver in self.drivers.items():
            driver.add_status_listener(
                lambda status, device_id=device_id: self._on_status(device_id, status)
            )
            driver.add_state_listener(
                lambda state, device_id=device_id: self._on_state(device_id, state)
            )

    # -- construction -------------------------------------------------------------------

    @classmethod
    def live(
        cls, config: HallConfig, clock: Clock | None = None, log: EventLog | None = None
    ) -> Equipment:
        """Drivers on the hall file's real ports, started (they connect on their own threads)."""
        drivers = {cfg.id: build_driver(cfg, clock=clock) for cfg in config.devices}
        hall = cls(config, drivers, clock=clock, log=log)
        hall.start()
        return hall

    @classmethod
    def rehearsal(
        cls,
        config: HallConfig,
        clock: Clock | None = None,
        log: EventLog | None = None,
        **host_options: Any,
    ) -> Equipment:
        """Start the hall's simulators and drivers connected to them (REHEARSAL).

        ``host_options`` go to :class:`devices.simhost.SimulatorHost` (for example
        ``projector_warmup_s=2.0`` for a quick practice).
        """
        from devices.simhost import SimulatorHost

        host = SimulatorHost(config, **host_options)
        host.start()
        try:
            rehearsal_config = host.rehearsal_hall()
            drivers = {cfg.id: build_driver(cfg, clock=clock) for cfg in rehearsal_config.devices}
        except BaseException:
            host.stop()
            raise
        hall = cls(rehearsal_config, drivers, clock=clock, log=log, simulators=host)
        hall.start()
        return hall

    @property
    def rehearsal_mode(self) -> bool:
        """True when the drivers talk to simulators."""
        return self._simulators is not None

    def simulator(self, device_id: str) -> Any:
        """The simulator behind ``device_id`` (rehearsal only), for fault injection."""
        if self._simulators is None:
            raise RuntimeError("no simulators: the hall is live")
        return self._simulators.simulator(device_id)

    def start(self) -> None:
        for driver in self.drivers.values():
            driver.start()
        if self._log is not None:
            started = (
                Text("hall '{name}' started, rehearsal (simulators)", name=self.config.name)
                if self.rehearsal_mode
                else Text("hall '{name}' started, live", name=self.config.name)
            )
            self._log.info("engine", "status", started)

    def close(self) -> None:
        """Stop every driver, the scheduler and any simulators. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._scheduler.close()
        for driver in self.drivers.values():
            driver.stop()
        if self._simulators is not None:
            self._simulators.stop()

    # -- state --------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[DeviceEvent], Any]) -> None:
        """Status and state changes of every device, called on the drivers' threads."""
        self._listeners.add(callback)

    def remove_listener(self, callback: Callable[[DeviceEvent], Any]) -> None:
        self._listeners.remove(callback)

    def device_config(self, device_id: str) -> DeviceConfig | None:
        return self._configs.get(device_id)

    def statuses(self) -> dict[str, DeviceStatus]:
        return {device_id: driver.status for device_id, driver in self.drivers.items()}

    def wait_until_ok(self, timeout: float) -> dict[str, DeviceStatus]:
        """Wait up to ``timeout`` s for every device to be OK; returns the statuses then."""
        deadline = time.monotonic() + timeout
        changed = threading.Event()

        def on_event(event: DeviceEvent) -> None:
            if event.kind == "status":
                changed.set()

        self.add_listener(on_event)
        try:
            while True:
                changed.clear()
                statuses = self.statuses()
                remaining = deadline - time.monotonic()
                if remaining <= 0 or all(s.state is LinkState.OK for s in statuses.values()):
                    return statuses
                changed.wait(min(remaining, 0.25))
        finally:
            self.remove_listener(on_event)

    # -- commands -----------------------------------------------------------------------

    def send(
        self,
        device_id: str,
        command: DeviceCommand,
        *,
        on_failure: Callable[[CueFailure], Any] | None = None,
        watchdog_s: float = WATCHDOG_S,
        run: CueRun | None = None,
    ) -> Future[Any] | None:
        """Hand ``command`` to the device's driver (through its kind), log it, follow its reply.

        Returns the command's Future, or ``None`` if it could not even be queued (the
        failure is then already logged and reported).
        """
        run = run or CueRun()
        label = command.label()
        run.commands.append(f"{device_id}.{label}")
        driver = self.drivers.get(device_id)
        config = self._configs.get(device_id)
        if driver is None or config is None:
            failure = CueFailure(device_id, label, Text("no such device in the hall"))
            self._failed(failure, on_failure, run)
            return None
        self.write("info", device_id, "command", label)
        unreachable = offline_reason(driver.status)
        if unreachable is not None:
            # Not queued behind a watchdog: the operator must know at GO, not minutes later.
            self._failed(CueFailure(device_id, label, unreachable), on_failure, run)
            return None
        try:
            future: Future[Any] = kind_of(config).dispatch(driver, command)
        except (ValueError, KeyError, TypeError) as exc:
            # The driver rejected the arguments (an unknown source name...), or the
            # command is another kind's: a bad cue.
            self._failed(CueFailure(device_id, label, str(exc)), on_failure, run)
            return None
        run.hold()
        self._follow(device_id, label, future, on_failure, watchdog_s, run)
        return future

    def operator_command(
        self,
        device_id: str,
        command: DeviceCommand,
        *,
        on_failure: Callable[[CueFailure], Any] | None = None,
    ) -> Future[Any] | None:
        """A command from a device panel: logged as the operator's action, then :meth:`send`."""
        self.write(
            "info",
            "operator",
            "action",
            Text("{device_id}: {label}", device_id=device_id, label=command.label()),
        )
        return self.send(device_id, command, on_failure=on_failure)

    def _planned_cues(self, item: Item) -> list[tuple[DeviceKind, Cue, bool]]:
        """``item``'s cues in kind order, as (kind, cue, forced by a break)."""
        planned: list[tuple[DeviceKind, Cue, bool]] = []
        on_break = item.kind is ItemKind.BREAK
        for kind in KINDS:
            if on_break and kind.has_break_cue:
                for cfg in self.config.devices:
                    if cfg.kind == kind.name:
                        cue = kind.break_cue(cfg)
                        if cue is not None:
                            planned.append((kind, cue, True))
            else:
                planned += [(kind, cue, False) for cue in item.cues.of_kind(kind.name)]
        return planned

    def _config_for(self, kind: DeviceKind, cue: Cue) -> DeviceConfig | str:
        """The config of ``cue``'s device, or why there is none of ``kind``."""
        cfg = self._configs.get(cue.device)
        if cfg is None:
            return "no such device in the hall"
        if cfg.kind != kind.name:
            return f"device '{cue.device}' is a {cfg.kind}, not a {kind.name}"
        return cfg

    def execute(self, item: Item, on_failure: Callable[[CueFailure], Any]) -> CueRun:
        """Queue ``item``'s cues on the drivers now (delayed ones on the scheduler)."""
        run = CueRun()
        run.hold()
        try:
            for kind, cue, forced in self._planned_cues(item):
                if forced:
                    self.write(
                        "info",
                        cue.device,
                        "action",
                        Text("break: {break_note}", break_note=kind.break_note),
                    )
                    self._run_cue(kind, cue, on_failure, run)
                else:
                    self._at(cue.delay, run, self._run_cue, kind, cue, on_failure, run)
            self._on_go(item, on_failure, run)
        finally:
            run.release()
        return run

    def _run_cue(
        self, kind: DeviceKind, cue: Cue, on_failure: Callable[[CueFailure], Any], run: CueRun
    ) -> None:
        cfg = self._config_for(kind, cue)
        if isinstance(cfg, str):
            self._failed(CueFailure(cue.device, f"{kind.name} cue", cfg), on_failure, run)
            return
        context = _Context(self, cue.device, on_failure, run)
        kind.execute_cue(cue, cfg, self._state(cue.device), context)

    def _on_go(self, item: Item, on_failure: Callable[[CueFailure], Any], run: CueRun) -> None:
        """Every device's kind at GO (OBS: a record chapter), after the item's own cues."""
        for cfg in self.config.devices:
            driver = self.drivers.get(cfg.id)
            if driver is not None:
                context = _Context(self, cfg.id, on_failure, run)
                kind_of(cfg).on_go(driver, cfg, item.title, context)

    def panic_mute_all(self, on_failure: Callable[[CueFailure], Any] | None = None) -> CueRun:
        """PANIC: what each kind does on PANIC (every microphone muted), now."""
        run = CueRun()
        for cfg in self.config.devices:
            commands = kind_of(cfg).panic_commands(cfg)
            if not commands:
                continue
            labels = "; ".join(command.label() for command in commands)
            self.write("warning", cfg.id, "action", Text("PANIC: {labels}", labels=labels))
            for command in commands:
                self.send(cfg.id, command, on_failure=on_failure, run=run)
        return run

    def _at(self, delay: float, run: CueRun, action: Callable[..., Any], *args: Any) -> None:
        if delay <= 0:
            action(*args)
            return
        run.hold()

        def later() -> None:
            try:
                action(*args)
            finally:
                run.release()

        self._scheduler.call_later(delay, later)

    def then(self, future: Future[Any] | None, run: CueRun, action: Callable[[], Any]) -> None:
        """Run ``action`` once ``future`` has succeeded (on the thread that settles it)."""
        if future is None:
            return
        run.hold()

        def done(settled: Future[Any]) -> None:
            try:
                if not settled.cancelled() and settled.exception() is None:
                    action()
            finally:
                run.release()

        future.add_done_callback(done)

    # -- following replies ----------------------------------------------------------------

    def _follow(
        self,
        device_id: str,
        label: str,
        future: Future[Any],
        on_failure: Callable[[CueFailure], Any] | None,
        watchdog_s: float,
        run: CueRun,
    ) -> None:
        reported = threading.Event()
        report_lock = threading.Lock()

        def report_once(failure: CueFailure | None, reply: Any = None) -> None:
            with report_lock:
                if reported.is_set():
                    return
                reported.set()
            try:
                if failure is None:
                    self.write(
                        "debug",
                        device_id,
                        "reply",
                        Text("{label}: ok{reply_text}", label=label, reply_text=_reply_text(reply)),
                    )
                else:
                    self._failed(failure, on_failure, run)
            finally:
                run.release()

        def done(f: Future[Any]) -> None:
            if f.cancelled():
                report_once(CueFailure(device_id, label, Text("cancelled")))
                return
            exc = f.exception()
            if exc is None:
                report_once(None, f.result())
            else:
                report_once(CueFailure(device_id, label, _reason(exc)))

        def watchdog() -> None:
            if not future.done():
                report_once(
                    CueFailure(
                        device_id,
                        label,
                        Text("no answer within {watchdog_s:g} s", watchdog_s=watchdog_s),
                    )
                )

        self._scheduler.call_later(watchdog_s, watchdog)
        future.add_done_callback(done)

    def _failed(
        self,
        failure: CueFailure,
        on_failure: Callable[[CueFailure], Any] | None,
        run: CueRun | None = None,
    ) -> None:
        self.write(
            "error",
            failure.device,
            "reply",
            Text("{command} failed: {reason}", command=failure.command, reason=failure.reason),
        )
        if run is not None:
            run.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    def _on_status(self, device_id: str, status: DeviceStatus) -> None:
        severity = {LinkState.OK: "info", LinkState.CONNECTING: "info"}.get(status.state, "warning")
        words = state_words(status.state)
        text = (
            Text("{state}: {reason}", state=words, reason=status.reason) if status.reason else words
        )
        self.write(severity, device_id, "status", text)
        self._listeners.emit(DeviceEvent(device_id, "status", status))
        if status.state is not LinkState.OK:
            self._set_on_air(device_id, (False, False))

    def _on_state(self, device_id: str, state: Any) -> None:
        """A driver's new state: its alarms' starts and ends logged, on air announced."""
        self._listeners.emit(DeviceEvent(device_id, "state", state))
        config = self._configs.get(device_id)
        if config is None:
            return
        kind = kind_of(config)
        alarms = tuple(kind.alarms(config, state))
        with self._watch_lock:
            before = self._alarms.get(device_id, ())
            self._alarms[device_id] = alarms
        for alarm in alarms:
            if alarm not in before:
                self.write("warning", device_id, "status", Text("alarm: {alarm}", alarm=alarm))
        for alarm in before:
            if alarm not in alarms:
                self.write("info", device_id, "status", Text("alarm over: {alarm}", alarm=alarm))
        flags = kind.on_air(state)
        if flags is not None:
            driver = self.drivers.get(device_id)
            link_ok = driver is not None and driver.status.state is LinkState.OK
            self._set_on_air(device_id, flags if link_ok else (False, False))

    def _set_on_air(self, device_id: str, flags: tuple[bool, bool]) -> None:
        config = self._configs.get(device_id)
        if config is None or type(kind_of(config)).on_air is DeviceKind.on_air:
            return  # a kind that neither broadcasts nor records
        with self._watch_lock:
            if self._on_air.get(device_id) == flags:
                return
            self._on_air[device_id] = flags
        self._listeners.emit(DeviceEvent(device_id, "on_air", flags))

    def alarms(self) -> dict[str, tuple[str, ...]]:
        """Every device's alarms now (devices without any left out)."""
        with self._watch_lock:
            return {device: alarms for device, alarms in self._alarms.items() if alarms}

    def on_air(self) -> tuple[bool, bool] | None:
        """``(any device on air, any recording)``; None when no device broadcasts."""
        with self._watch_lock:
            if not self._on_air:
                return None
            flags = list(self._on_air.values())
        return (any(f[0] for f in flags), any(f[1] for f in flags))

    def write(self, severity: str, source: str, kind: str, message: str) -> None:
        if self._log is not None:
            self._log.write(severity, source, kind, message)

    # -- what changes on GO -----------------------------------------------------------------

    def diff(self, item: Item) -> list[CueChange]:
        """What GO on ``item`` would change, against the devices' current state."""
        changes: list[CueChange] = []
        for kind, cue, _forced in self._planned_cues(item):
            cfg = self._config_for(kind, cue)
            if isinstance(cfg, str):
                changes.append(CueChange(cue.device, "device", "not in the hall", kind.name))
                continue
            changes += kind.diff(cue, cfg, self._state(cue.device))
        return changes

    def _state(self, device_id: str) -> Any:
        driver = self.drivers.get(device_id)
        return None if driver is None else driver.state


def offline_reason(status: DeviceStatus) -> Text | None:
    """Why a command cannot reach a device in ``status`` now, or ``None`` when it is OK.

    OFFLINE, FAILED and BAD_CONFIG are reported at once; so is CONNECTING, whether the
    device was never OK or is reconnecting: a command queued until it comes back
    would be reported late, or run late, and the operator must know at GO.
    """
    if status.state is LinkState.OK:
        return None
    state = _STATE_WORDS[status.state]
    if status.reason:
        return Text("{state}: {reason}", state=state, reason=status.reason)
    return Text("{state}: the device is not connected", state=state)


_STATE_WORDS = {
    LinkState.OK: Text("ok"),
    LinkState.CONNECTING: Text("connecting"),
    LinkState.OFFLINE: Text("offline"),
    LinkState.FAILED: Text("failed"),
    LinkState.BAD_CONFIG: Text("bad config"),
}


def _reason(exc: BaseException) -> str:
    """The device's reason for a failure, in words."""
    text = text_of(exc)
    kind = type(exc).__name__
    return Text("{kind}: {text}", kind=kind, text=text) if text.strip() else kind


def _reply_text(reply: Any) -> str:
    if reply is None:
        return ""
    text = str(reply)
    return f" ({text[:80]})"
