"""The hall: the set of devices the show drives, and how an item's cues become commands.

A :class:`Hall` owns one driver per device of a hall file. :meth:`Hall.live` builds
them against the hall file's real ports; :meth:`Hall.rehearsal` first starts the
hall's simulators (:class:`devices.simhost.SimulatorHost`) and connects to those.

:meth:`Hall.execute` turns an item's cues into driver commands, queued at once
(commands with a delay go through one scheduler thread), and follows every
command's ``Future``: a refusal, a timeout or an offline device is logged with the
device's reason and reported through ``on_failure`` on the thread that learnt it.

Cue rules: the switcher cue cuts its input to program (``cut``), or puts it on
preview and, once the switcher confirms that, runs the transition (``auto``); then
it sets the preview if one is given. A microphone cue first mutes every channel of
its device that is not in ``live``, then sets gains, then unmutes the live
channels. A *break* item mutes every channel of every microphone device whatever
its cues say (hot-mic safety). The projector cue powers on, then sets the source
and the blank, both held by the driver's interlock until the warm-up ends (the
blank is asked only once the power-on was taken, so a refused power-on does not
also fail the blank); or blanks and powers off. Blanking a projector that is off
is skipped: there is no image to blank.

:meth:`Hall.diff` lists what GO would change: the equipment's current state
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
from functools import partial
from typing import Any

from controlroom.clock import Clock, SystemClock
from controlroom.cues import MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.eventlog import EventLog
from controlroom.model import Item, ItemKind
from devices.base import DeviceStatus, LinkState, Listeners
from devices.hall import (
    DeviceConfig,
    HallConfig,
    MicrophonesConfig,
    ProjectorConfig,
    SwitcherConfig,
    build_driver,
)

log = logging.getLogger("controlroom.hall")

#: Longest we wait for any command's answer before calling it lost, beyond the
#: driver's own timeout (a safety net: drivers time out their commands themselves).
WATCHDOG_S = 15.0
#: The same for projector power commands (PWR ON can take 40 s, 100 s on a lamp retry).
POWER_WATCHDOG_S = 130.0

#: Projector power states that count as "on" and "off" for the wanted state.
_POWERED = {"ON", "WARMING_UP"}
_UNPOWERED = {"STANDBY", "STANDBY_NETWORK_ON", "COOLING_DOWN", "AV_STANDBY", "ABNORMAL_STANDBY"}


@dataclass(frozen=True)
class CueFailure:
    """A cue command that failed: which device, which command, and the device's reason."""

    device: str
    command: str
    reason: str


@dataclass(frozen=True)
class CueChange:
    """A line of "what changes on GO": ``what`` on ``device`` goes ``current`` -> ``wanted``."""

    device: str
    what: str
    current: str
    wanted: str


@dataclass(frozen=True)
class DeviceEvent:
    """A device's status or state changed (``kind`` "status" or "state"); ``value`` is new."""

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


class Hall:
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
        for device_id, driver in self.drivers.items():
            driver.add_status_listener(
                lambda status, device_id=device_id: self._on_status(device_id, status)
            )
            driver.add_state_listener(
                lambda state, device_id=device_id: self._listeners.emit(
                    DeviceEvent(device_id, "state", state)
                )
            )

    # -- construction -------------------------------------------------------------------

    @classmethod
    def live(
        cls, config: HallConfig, clock: Clock | None = None, log: EventLog | None = None
    ) -> Hall:
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
    ) -> Hall:
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
            mode = "rehearsal (simulators)" if self.rehearsal_mode else "live"
            self._log.info("engine", "status", f"hall '{self.config.name}' started, {mode}")

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
        command: str,
        *args: Any,
        on_failure: Callable[[CueFailure], Any] | None = None,
        watchdog_s: float = WATCHDOG_S,
        run: CueRun | None = None,
    ) -> Future[Any] | None:
        """Call ``driver.command(*args)``, log it, and follow its reply.

        Returns the command's Future, or ``None`` if it could not even be queued (the
        failure is then already logged and reported).
        """
        run = run or CueRun()
        label = f"{command}({', '.join(repr(a) for a in args)})"
        run.commands.append(f"{device_id}.{label}")
        driver = self.drivers.get(device_id)
        if driver is None:
            failure = CueFailure(device_id, label, "no such device in the hall")
            self._failed(failure, on_failure, run)
            return None
        self._write("info", device_id, "command", label)
        try:
            future: Future[Any] = getattr(driver, command)(*args)
        except (ValueError, KeyError, TypeError) as exc:
            # The driver rejected the arguments (an unknown source name...): a bad cue.
            self._failed(CueFailure(device_id, label, str(exc)), on_failure, run)
            return None
        run.hold()
        self._follow(device_id, label, future, on_failure, watchdog_s, run)
        return future

    def operator_command(
        self,
        device_id: str,
        command: str,
        *args: Any,
        on_failure: Callable[[CueFailure], Any] | None = None,
    ) -> Future[Any] | None:
        """A command from a device panel: logged as the operator's action, then :meth:`send`."""
        label = f"{command}({', '.join(repr(a) for a in args)})"
        self._write("info", "operator", "action", f"{device_id}: {label}")
        return self.send(device_id, command, *args, on_failure=on_failure)

    def execute(self, item: Item, on_failure: Callable[[CueFailure], Any]) -> CueRun:
        """Queue ``item``'s cues on the drivers now (delayed ones on the scheduler)."""
        run = CueRun()
        run.hold()
        try:
            cues = item.cues
            if cues.switcher is not None:
                self._at(cues.switcher.delay, run, self._switch, cues.switcher, on_failure, run)
            if item.kind is ItemKind.BREAK:
                for cfg in self.config.devices:
                    if isinstance(cfg, MicrophonesConfig):
                        self._write("info", cfg.id, "action", "break: muting every channel")
                        for channel in sorted(cfg.channels):
                            self.send(
                                cfg.id, "set_mute", channel, True, on_failure=on_failure, run=run
                            )
            else:
                for mic in cues.microphones:
                    self._at(mic.delay, run, self._mics, mic, on_failure, run)
            if cues.projector is not None:
                self._at(cues.projector.delay, run, self._project, cues.projector, on_failure, run)
        finally:
            run.release()
        return run

    def panic_mute_all(self, on_failure: Callable[[CueFailure], Any] | None = None) -> CueRun:
        """PANIC: mute every channel of every microphone device, now."""
        run = CueRun()
        for cfg in self.config.devices:
            if isinstance(cfg, MicrophonesConfig):
                self._write("warning", cfg.id, "action", "PANIC: mute all")
                self.send(cfg.id, "mute_all", on_failure=on_failure, run=run)
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

    def _switch(
        self, cue: SwitcherCue, on_failure: Callable[[CueFailure], Any], run: CueRun
    ) -> None:
        device = cue.device
        if cue.program is not None and cue.transition == "auto":
            # The switcher's auto takes whatever is on preview, and the driver follows the
            # auto by the preview it knows: so put the input on preview, wait for that to
            # be confirmed, run the auto, and only then set the wanted preview.
            preview_wanted = cue.preview

            def after_auto() -> None:
                if preview_wanted is not None:
                    self.send(device, "preview", preview_wanted, on_failure=on_failure, run=run)

            def after_preview() -> None:
                auto = self.send(device, "auto", on_failure=on_failure, run=run)
                self._then(auto, run, after_auto)

            first = self.send(device, "preview", cue.program, on_failure=on_failure, run=run)
            self._then(first, run, after_preview)
            return
        if cue.program is not None:
            self.send(device, "program", cue.program, on_failure=on_failure, run=run)
        if cue.preview is not None:
            self.send(device, "preview", cue.preview, on_failure=on_failure, run=run)

    def _then(self, future: Future[Any] | None, run: CueRun, action: Callable[[], Any]) -> None:
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

    def _mics(
        self, cue: MicrophoneCue, on_failure: Callable[[CueFailure], Any], run: CueRun
    ) -> None:
        cfg = self._configs.get(cue.device)
        if not isinstance(cfg, MicrophonesConfig):
            self._failed(
                CueFailure(cue.device, "microphone cue", "no such microphone device in the hall"),
                on_failure,
                run,
            )
            return
        live = set(cue.live)
        device = cue.device
        for channel in sorted(cfg.channels):
            if channel not in live:
                self.send(device, "set_mute", channel, True, on_failure=on_failure, run=run)
        for channel, gain in cue.gains_db:
            self.send(device, "set_gain_db", channel, gain, on_failure=on_failure, run=run)
        for channel in cue.live:
            self.send(device, "set_mute", channel, False, on_failure=on_failure, run=run)

    def _project(
        self, cue: ProjectorCue, on_failure: Callable[[CueFailure], Any], run: CueRun
    ) -> None:
        device = cue.device
        power_watchdog = POWER_WATCHDOG_S
        power = self._projector_power(device)
        if cue.power is False:
            if cue.blank and power not in _UNPOWERED:
                self.send(device, "set_blank", True, on_failure=on_failure, run=run)
            self.send(
                device, "power_off", on_failure=on_failure, watchdog_s=power_watchdog, run=run
            )
            return
        powering = None
        if cue.power is True:
            powering = self.send(
                device, "power_on", on_failure=on_failure, watchdog_s=power_watchdog, run=run
            )
        if cue.source is not None:
            # Held by the driver's interlock until a warm-up ends, so it may wait as long
            # as a power command.
            self.send(
                device,
                "set_source",
                cue.source,
                on_failure=on_failure,
                watchdog_s=power_watchdog,
                run=run,
            )
        if cue.blank is None:
            return
        if cue.blank and cue.power is None and power in _UNPOWERED:
            self._write("info", device, "action", "blank: left as is, the projector is off")
            return
        # The driver holds the blank through a warm-up (its interlock), so it may wait
        # as long as a power command.
        blank = partial(
            self.send,
            device,
            "set_blank",
            cue.blank,
            on_failure=on_failure,
            watchdog_s=power_watchdog,
            run=run,
        )
        if powering is not None:
            self._then(powering, run, blank)
        elif cue.power is None:
            blank()

    def _projector_power(self, device_id: str) -> str:
        driver = self.drivers.get(device_id)
        if driver is None:
            return "UNKNOWN"
        return str(getattr(driver.state.power, "name", "UNKNOWN"))

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
                    self._write("debug", device_id, "reply", f"{label}: ok{_reply_text(reply)}")
                else:
                    self._failed(failure, on_failure, run)
            finally:
                run.release()

        def done(f: Future[Any]) -> None:
            if f.cancelled():
                report_once(CueFailure(device_id, label, "cancelled"))
                return
            exc = f.exception()
            if exc is None:
                report_once(None, f.result())
            else:
                report_once(CueFailure(device_id, label, _reason(exc)))

        def watchdog() -> None:
            if not future.done():
                report_once(CueFailure(device_id, label, f"no answer within {watchdog_s:g} s"))

        self._scheduler.call_later(watchdog_s, watchdog)
        future.add_done_callback(done)

    def _failed(
        self,
        failure: CueFailure,
        on_failure: Callable[[CueFailure], Any] | None,
        run: CueRun | None = None,
    ) -> None:
        self._write("error", failure.device, "reply", f"{failure.command} failed: {failure.reason}")
        if run is not None:
            run.failures.append(failure)
        if on_failure is not None:
            on_failure(failure)

    def _on_status(self, device_id: str, status: DeviceStatus) -> None:
        severity = {LinkState.OK: "info", LinkState.CONNECTING: "info"}.get(status.state, "warning")
        text = status.state.value + (f": {status.reason}" if status.reason else "")
        self._write(severity, device_id, "status", text)
        self._listeners.emit(DeviceEvent(device_id, "status", status))

    def _write(self, severity: str, source: str, kind: str, message: str) -> None:
        if self._log is not None:
            self._log.write(severity, source, kind, message)

    # -- what changes on GO -----------------------------------------------------------------

    def diff(self, item: Item) -> list[CueChange]:
        """What GO on ``item`` would change, against the devices' current state."""
        changes: list[CueChange] = []
        cues = item.cues
        if cues.switcher is not None:
            changes += self._switcher_diff(cues.switcher)
        if item.kind is ItemKind.BREAK:
            mic_cues = [
                MicrophoneCue(device=cfg.id, live=())
                for cfg in self.config.devices
                if isinstance(cfg, MicrophonesConfig)
            ]
        else:
            mic_cues = list(cues.microphones)
        for mic in mic_cues:
            changes += self._mics_diff(mic)
        if cues.projector is not None:
            changes += self._projector_diff(cues.projector)
        return changes

    def _state(self, device_id: str) -> Any:
        driver = self.drivers.get(device_id)
        return None if driver is None else driver.state

    def _switcher_diff(self, cue: SwitcherCue) -> list[CueChange]:
        cfg = self._configs.get(cue.device)
        if not isinstance(cfg, SwitcherConfig):
            return [CueChange(cue.device, "device", "not in the hall", "switcher")]
        state = self._state(cue.device)

        def name(number: int | None) -> str:
            if number is None:
                return "unknown"
            label = cfg.inputs.get(number)
            return f"{number} {label}" if label else str(number)

        out = []
        if cue.program is not None and state.program != cue.program:
            out.append(CueChange(cue.device, "program", name(state.program), name(cue.program)))
        if cue.preview is not None and state.preview != cue.preview:
            out.append(CueChange(cue.device, "preview", name(state.preview), name(cue.preview)))
        return out

    def _mics_diff(self, cue: MicrophoneCue) -> list[CueChange]:
        cfg = self._configs.get(cue.device)
        if not isinstance(cfg, MicrophonesConfig):
            return [CueChange(cue.device, "device", "not in the hall", "microphones")]
        channels = self._state(cue.device).channels
        gains = dict(cue.gains_db)
        out = []
        for number in sorted(cfg.channels):
            label = f"{number} {cfg.channels[number]}"
            channel = channels.get(number)
            muted = None if channel is None else channel.muted
            want_muted = number not in cue.live
            if muted is None or muted != want_muted:
                out.append(CueChange(cue.device, label, _mute_word(muted), _mute_word(want_muted)))
            if number in gains:
                gain = None if channel is None else channel.gain_db
                if gain is None or abs(gain - gains[number]) > 0.05:
                    out.append(
                        CueChange(
                            cue.device,
                            f"{label} gain",
                            "unknown" if gain is None else f"{gain:g} dB",
                            f"{gains[number]:g} dB",
                        )
                    )
        return out

    def _projector_diff(self, cue: ProjectorCue) -> list[CueChange]:
        cfg = self._configs.get(cue.device)
        if not isinstance(cfg, ProjectorConfig):
            return [CueChange(cue.device, "device", "not in the hall", "projector")]
        state = self._state(cue.device)
        power = getattr(state.power, "name", "UNKNOWN")
        out = []
        if cue.power is not None:
            satisfied = power in (_POWERED if cue.power else _UNPOWERED)
            if not satisfied:
                current = power.lower().replace("_", " ")
                out.append(CueChange(cue.device, "power", current, "on" if cue.power else "off"))
        if cue.power is not False:
            if cue.source is not None and state.source != cue.source:
                out.append(CueChange(cue.device, "source", state.source or "unknown", cue.source))
            skipped = cue.blank and cue.power is None and power in _UNPOWERED
            if cue.blank is not None and state.blank != cue.blank and not skipped:
                out.append(
                    CueChange(cue.device, "blank", _blank_word(state.blank), _blank_word(cue.blank))
                )
        return out


def _mute_word(muted: bool | None) -> str:
    return "unknown" if muted is None else ("muted" if muted else "live")


def _blank_word(blank: bool | None) -> str:
    return "unknown" if blank is None else ("blank" if blank else "showing")


def _reason(exc: BaseException) -> str:
    """The device's reason for a failure, in words."""
    text = str(exc).strip()
    kind = type(exc).__name__
    return f"{kind}: {text}" if text else kind


def _reply_text(reply: Any) -> str:
    if reply is None:
        return ""
    text = str(reply)
    return f" ({text[:80]})"
