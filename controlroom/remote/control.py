"""What the remote server may ask of the show, and how it reaches the show's thread.

The server never calls the engine from its own thread. It calls a
:class:`ShowControl` only through an injected ``run_on_show_thread`` (the GUI passes
one that runs on the GUI thread; headless code and tests pass :class:`ShowThread`,
one plain worker thread). The one exception is :meth:`ShowControl.panic`, which
every implementation must accept from any thread at any time, so PANIC never waits
behind other commands.

:class:`EngineShowControl` is the core implementation over a
:class:`~controlroom.engine.ShowEngine`, a
:class:`~controlroom.timer.PresenterTimer` and a hall. It applies the same rules
as the keyboard: GO goes through ``engine.go()`` (its lockout ignores a second GO
inside ``lockout_s``), and the first GO enters show mode (locks the run-sheet), as
``Console.go`` does in the GUI.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from controlroom.clock import Clock
from controlroom.engine import GO_IGNORED, EngineEvent, ShowEngine
from controlroom.eventlog import EventLog
from controlroom.remote.state import snapshot_state
from controlroom.timer import PresenterTimer

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Runs a callable on the show's thread and returns a future of its result.
RunOnShowThread = Callable[[Callable[[], Any]], "Future[Any]"]

#: The event-log source of every remote command.
REMOTE = "remote"


class CommandRefused(Exception):
    """The show would not take the command now (GO ignored, no event open...); says why."""


class ShowControl(Protocol):
    """The show as the remote server sees it. Every method but ``panic`` and the listener
    methods runs on the show thread (through ``run_on_show_thread``)."""

    def go(self) -> str:
        """GO under the keyboard's rules; returns what started, raises CommandRefused."""
        ...

    def stop(self) -> str: ...

    def move_standby(self, delta: int) -> str: ...

    def jump(self, index: int) -> str:
        """Put the item at 0-based ``index`` in standby; CommandRefused if there is none."""
        ...

    def panic(self) -> str:
        """Mute every microphone now. Must be safe from any thread and never block."""
        ...

    def set_message(self, text: str, flash: bool) -> str: ...

    def flash_message(self) -> str: ...

    def clear_message(self) -> str: ...

    def adjust_timer(self, seconds: float) -> str: ...

    def set_blackout(self, on: bool | None) -> str:
        """Blackout on/off; ``None`` toggles."""
        ...

    def snapshot(self) -> dict[str, Any]:
        """The state for remote clients (:func:`controlroom.remote.state.snapshot_state`)."""
        ...

    def add_change_listener(self, callback: Callable[[], Any]) -> None:
        """``callback()`` on any thread whenever the state changed (not on passing time)."""
        ...

    def remove_change_listener(self, callback: Callable[[], Any]) -> None: ...


class ChangeListeners:
    """Callbacks without arguments; thread-safe. A callback that raises is logged (a bug)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], Any]] = []

    def add(self, callback: Callable[[], Any]) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def remove(self, callback: Callable[[], Any]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def emit(self) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback()
            except Exception:
                log.exception("change listener %r failed", callback)


class ShowThread:
    """``run_on_show_thread`` for headless use and tests: one worker thread, in order."""

    def __init__(self, name: str = "show-thread") -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    def __call__(self, call: Callable[[], T]) -> Future[T]:
        return self._executor.submit(call)

    def close(self) -> None:
        self._executor.shutdown(wait=True)


class TimerCommands:
    """The presenter-timer commands every :class:`ShowControl` shares (``self.timer``)."""

    timer: Any

    def _need_timer(self) -> Any:
        if self.timer is None:
            raise CommandRefused("no presenter timer")
        return self.timer

    def set_message(self, text: str, flash: bool) -> str:
        self._need_timer().set_message(text, flash)
        return "message shown" if text.strip() else "message cleared"

    def flash_message(self) -> str:
        timer = self._need_timer()
        if not timer.message:
            raise CommandRefused("no message to flash")
        timer.flash_message()
        return "message flashing"

    def clear_message(self) -> str:
        self._need_timer().clear_message()
        return "message cleared"

    def adjust_timer(self, seconds: float) -> str:
        timer = self._need_timer()
        if not timer.loaded:
            raise CommandRefused("no item on the presenter timer")
        timer.adjust(seconds)
        return f"timer {seconds:+.0f} s"

    def set_blackout(self, on: bool | None) -> str:
        timer = self._need_timer()
        timer.set_blackout(not timer.blackout if on is None else on)
        return "blackout on" if timer.blackout else "blackout off"


class EngineShowControl(TimerCommands):
    """:class:`ShowControl` over the core objects (headless app, tests, benchmarks).

    ``hall`` needs ``statuses()`` and ``panic_mute_all()``; ``add_listener`` is used when
    present to follow device status changes. Not thread-safe except ``panic``: call it
    from one show thread.
    """

    def __init__(
        self,
        engine: ShowEngine,
        timer: PresenterTimer | None,
        hall: Any,
        clock: Clock,
        rehearsal: bool = True,
        log: EventLog | None = None,
    ) -> None:
        self.engine = engine
        self.timer = timer
        self.hall = hall
        self.clock = clock
        self.rehearsal = rehearsal
        self.log = log
        self.show_mode = engine.runsheet.locked
        self.last_panic: Any = None
        self._ignored = threading.local()
        self._listeners = ChangeListeners()
        engine.add_listener(self._on_engine_event)
        if timer is not None:
            timer.add_listener(self._notify)
        if hall is not None and hasattr(hall, "add_listener"):
            hall.add_listener(self._on_device_event)

    def close(self) -> None:
        self.engine.remove_listener(self._on_engine_event)
        if self.timer is not None:
            self.timer.remove_listener(self._notify)
        if self.hall is not None and hasattr(self.hall, "remove_listener"):
            self.hall.remove_listener(self._on_device_event)

    # -- change notification -----------------------------------------------------------

    def add_change_listener(self, callback: Callable[[], Any]) -> None:
        self._listeners.add(callback)

    def remove_change_listener(self, callback: Callable[[], Any]) -> None:
        self._listeners.remove(callback)

    def _notify(self) -> None:
        self._listeners.emit()

    def _on_engine_event(self, event: EngineEvent) -> None:
        if event.kind == GO_IGNORED:
            self._ignored.reason = event.reason
        self._notify()

    def _on_device_event(self, event: Any) -> None:
        if getattr(event, "kind", None) == "status":  # not state: meters change 10 times a second
            self._notify()

    # -- commands -------------------------------------------------------------------------

    def go(self) -> str:
        if not self.show_mode:
            self.show_mode = True
            self.engine.runsheet.locked = True
            if self.log is not None:
                self.log.info("operator", "action", "show mode")
        standby = self.engine.standby_index
        self._ignored.reason = ""
        if not self.engine.go():
            raise CommandRefused(f"GO ignored: {self._ignored.reason or 'refused'}")
        assert standby is not None
        return f"item {standby + 1} started"

    def stop(self) -> str:
        live = self.engine.live_index
        self.engine.stop()
        return "nothing was live" if live is None else f"item {live + 1} stopped"

    def move_standby(self, delta: int) -> str:
        self.engine.move_standby(delta)
        return _standby_text(self.engine.standby_index)

    def jump(self, index: int) -> str:
        try:
            self.engine.jump(index)
        except IndexError as exc:
            raise CommandRefused(str(exc)) from None
        return _standby_text(self.engine.standby_index)

    def panic(self) -> str:
        if self.hall is None:
            raise CommandRefused("PANIC: no devices connected")
        self.last_panic = self.hall.panic_mute_all()
        return "every microphone muted"

    def snapshot(self) -> dict[str, Any]:
        statuses = self.hall.statuses() if self.hall is not None else {}
        return snapshot_state(self.engine, self.timer, statuses, self.rehearsal,
                              self.show_mode, self.clock.wall())



def _standby_text(index: int | None) -> str:
    return "standby: end of the run-sheet" if index is None else f"standby: item {index + 1}"
