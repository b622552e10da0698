"""The show engine: the playhead, GO, back, jump and stop, and the event's actual times.

The engine walks a :class:`controlroom.runsheet.RunSheet`. Its playhead (the
*standby* item) is separate from any table selection. :meth:`ShowEngine.go`
starts the standby item: it records the item's actual start (and the previous
live item's actual end), hands the item's cues to the hall, and moves standby to
the next item. A second GO inside the lockout window is ignored and logged, so a
bounced key never double-cuts. GO never waits on a device: the hall queues the
commands on the drivers and follows their replies on the drivers' threads.

Timing: :attr:`ShowEngine.offset_s` is how far the event runs behind its plan
(negative when ahead), measured at the live item's projected end;
:attr:`ShowEngine.projected_end` is when the last item will end if every item
still to come keeps its planned duration and no item starts before its hard
start. Both are computed from the clock at each call, so they are live.

Runs: the first GO opens a *run* of the show (``live`` or ``rehearsal``, from the
hall) with its own actual times and log; :meth:`ShowEngine.end_run` (and
:meth:`ShowEngine.close`) ends it. A run that never ended (the app died) can be
taken up where it stood with :meth:`ShowEngine.resume`, which sends no cue until
the operator asks for :meth:`ShowEngine.resend_live_cues`. Every database write
goes through the database's writer thread, so GO never waits on the disk.

Listeners get :class:`EngineEvent` values on the thread that caused them (the
caller of ``go()`` and friends, or a driver thread for ``cue_failed``); a GUI
re-emits them as queued Qt signals.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any, Generic, Protocol, TypeVar

from controlroom.clock import Clock
from controlroom.cues import MicrophoneCue
from controlroom.db_guard import backup_database
from controlroom.equipment import CueFailure
from controlroom.eventlog import ENGINE, OPERATOR, EventLog
from controlroom.model import Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.storage import Database, RunHandle, RunSummary
from devices.base import Listeners
from devices.text import Text, mode_words

log = logging.getLogger("controlroom.engine")

V = TypeVar("V")

#: The kinds of :class:`EngineEvent`.
ITEM_STARTED = "item_started"
STANDBY_CHANGED = "standby_changed"
STOPPED = "stopped"
CUE_FAILED = "cue_failed"
GO_IGNORED = "go_ignored"
RESUMED = "resumed"


@dataclass(frozen=True)
class EngineEvent:
    """Something the engine did or saw.

    ``item_started``: ``index``, ``item``, ``next_item``. ``standby_changed``: ``index``
    (``None`` past the last item). ``stopped``: ``index`` of the item that was live.
    ``cue_failed``: ``index``, ``item``, ``device``, ``reason``. ``go_ignored``: ``reason``.
    """

    kind: str
    index: int | None = None
    item: Item | None = None
    next_item: Item | None = None
    device: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class ItemActual:
    """When an item really ran: wall times for people, monotonic times for durations."""

    start: datetime
    start_monotonic: float
    end: datetime | None = None
    end_monotonic: float | None = None

    @property
    def duration_s(self) -> float | None:
        if self.end_monotonic is None:
            return None
        return self.end_monotonic - self.start_monotonic


class CueRunner(Protocol):
    """What the engine needs from the hall: run an item's cues, report failures."""

    def execute(self, item: Item, on_failure: Callable[[CueFailure], Any]) -> Any:
        """Queue the item's cues; may return a handle on them (``equipment.CueRun``)."""
        ...


class PresenterTimerHooks(Protocol):
    """The presenter timer's side of the engine (``controlroom.timer.PresenterTimer``)."""

    def on_item_started(self, item: Item, next_item: Item | None) -> None: ...

    def on_standby_changed(self, item: Item | None) -> None:
        """Standby moved without a GO (back, jump, an edit): ``item`` is next, or none."""
        ...

    def on_show_stopped(self) -> None: ...


class _PerItem(Generic[V]):
    """Values attached to run-sheet items, found by the item object or its database id.

    Items keep their identity across edits either as the same object or, once stored,
    by their id; both are tried, so an id given by the database later still matches.
    Every lookup is O(1) (the console's delegate asks for each painted cell), apart from
    a glance at the few values whose item had no id when last looked at.
    """

    def __init__(self) -> None:
        self._by_object: dict[int, tuple[Item, V]] = {}
        self._by_id: dict[int, int] = {}
        """Database id -> key in ``_by_object``."""
        self._without_id: set[int] = set()
        """Keys whose item had no database id when last looked at (it may have one now)."""

    def _index_new_ids(self) -> None:
        for key in [key for key in self._without_id if self._by_object[key][0].id is not None]:
            self._without_id.discard(key)
            item_id = self._by_object[key][0].id
            assert item_id is not None
            self._by_id[item_id] = key

    def _find(self, item: Item) -> int | None:
        found = self._by_object.get(id(item))
        if found is not None and found[0] is item:
            return id(item)
        if item.id is None:
            return None
        # Rare: the same stored item as another object (reloaded).
        self._index_new_ids()
        key = self._by_id.get(item.id)
        if key is None:
            return None
        entry = self._by_object.get(key)
        if entry is None or entry[0].id != item.id:
            del self._by_id[item.id]
            return None
        return key

    def get(self, item: Item) -> V | None:
        key = self._find(item)
        return None if key is None else self._by_object[key][1]

    def set(self, item: Item, value: V) -> None:
        found = self._by_object.get(id(item))
        if found is None or found[0] is not item:
            self.pop(item)
        key = id(item)
        self._by_object[key] = (item, value)
        if item.id is None:
            self._without_id.add(key)
        else:
            self._by_id[item.id] = key

    def pop(self, item: Item) -> None:
        key = self._find(item)
        if key is None:
            return
        stored = self._by_object.pop(key)[0]
        self._without_id.discard(key)
        if stored.id is not None and self._by_id.get(stored.id) == key:
            del self._by_id[stored.id]


def _same(a: Item, b: Item) -> bool:
    return a is b or (a.id is not None and a.id == b.id)


class _TailSums:
    """When a walk through ``items[i:]`` from a given time ends, in O(log n) per question.

    Walking from ``at`` (``at = max(at, hard_start)``, then ``at += duration``) ends at
    ``max(at + S[i], max over hard starts k >= i of hard_start_k + S[k])``, where S[i] is
    the planned seconds of ``items[i:]``: a max then a sum, and sums distribute over max.
    Built in O(n) with plain integers (100,000 items in a few milliseconds).
    """

    def __init__(self, items: Sequence[Item]) -> None:
        durations = [item.planned_duration for item in items]
        # suffix[i]: seconds of items[i:] (suffix[len] == 0).
        suffix = list(accumulate(reversed(durations), initial=0))
        suffix.reverse()
        self._suffix = suffix
        hard = [(k, item.hard_start) for k, item in enumerate(items) if item.hard_start]
        self._hard_index = [k for k, _ in hard]
        # latest[j]: the latest end forced by the hard starts hard[j:].
        latest: list[datetime] = []
        running: datetime | None = None
        for k, start in reversed(hard):
            assert start is not None
            end = start + timedelta(seconds=suffix[k])
            running = end if running is None else max(running, end)
            latest.append(running)
        latest.reverse()
        self._latest = latest

    def end_from(self, index: int, at: datetime) -> datetime:
        """When the items from ``index`` on end if the first may start at ``at``."""
        end = at + timedelta(seconds=self._suffix[index])
        position = bisect_left(self._hard_index, index)
        if position < len(self._latest):
            return max(end, self._latest[position])
        return end


class ShowEngine:
    """Runs the show over a run-sheet; see the module docstring.

    ``hall`` may be ``None`` (no equipment: the engine only keeps time).
    ``database`` stores the items' actual times (through its writer thread); when
    ``None`` they are kept in memory only. All methods are thread-safe.
    """

    def __init__(
        self,
        runsheet: RunSheet,
        hall: CueRunner | None,
        clock: Clock,
        lockout_s: float = 0.25,
        log: EventLog | None = None,
        database: Database | None = None,
        run_mode: str | None = None,
    ) -> None:
        if lockout_s < 0:
            raise ValueError("lockout_s must not be negative")
        self._runsheet = runsheet
        self._hall = hall
        self._clock = clock
        self.lockout_s = lockout_s
        self._log = log
        self._database = database
        self._lock = threading.RLock()
        self._listeners: Listeners[EngineEvent] = Listeners()
        self._timer: PresenterTimerHooks | None = None
        self._last_go: float | None = None
        self._live: Item | None = None
        self._live_index: int | None = None
        items = runsheet.items
        self._standby: Item | None = items[0] if items else None
        self._standby_index: int | None = 0 if items else None
        self._actuals: _PerItem[ItemActual] = _PerItem()
        self._failures: _PerItem[list[CueFailure]] = _PerItem()
        self._started = False
        self._final_offset_s: float | None = None
        self._final_end: datetime | None = None
        self._last_cue_run: Any = None
        self._watching_mics = False
        self._open_channels: dict[str, set[int]] = {}
        self._mic_live = False
        self._on_air: dict[str, tuple[bool, bool]] = {}
        self._holding_thread: int | None = None
        self._held_failures: list[EngineEvent] = []
        rehearsal = bool(getattr(hall, "rehearsal_mode", False))
        #: ``live`` or ``rehearsal``: the mode of the runs this engine opens.
        self.run_mode = run_mode or ("rehearsal" if rehearsal else "live")
        self._run: RunHandle | None = None
        # projected_end's tail sums, per schedule (each run-sheet change makes a new one).
        self._tails_for: object = None
        self._tails = _TailSums([])
        runsheet.add_change_listener(self._on_runsheet_change)

    def close(self) -> None:
        """End the run, stop following the run-sheet and the hall (before dropping the engine)."""
        self.end_run()
        self._runsheet.remove_change_listener(self._on_runsheet_change)
        with self._lock:
            watching, self._watching_mics = self._watching_mics, False
            self._timer = None
        if watching and self._hall is not None:
            self._hall.remove_listener(self._on_device_event)  # type: ignore[attr-defined]

    # -- listeners and hooks ---------------------------------------------------------

    def add_listener(self, callback: Callable[[EngineEvent], Any]) -> None:
        self._listeners.add(callback)

    def remove_listener(self, callback: Callable[[EngineEvent], Any]) -> None:
        self._listeners.remove(callback)

    def attach_timer(self, timer: PresenterTimerHooks | None) -> None:
        """Drive ``timer`` (or stop driving one, with ``None``) from GO, standby moves and stop.

        If the timer has ``set_mic_live(bool)`` and the hall reports device events,
        the timer also learns whether any microphone channel is open (MIC LIVE).
        """
        with self._lock:
            self._timer = timer
            subscribe = not self._watching_mics and hasattr(self._hall, "add_listener")
            self._watching_mics = self._watching_mics or subscribe
        if subscribe:
            self._hall.add_listener(self._on_device_event)  # type: ignore[union-attr]

    def _on_device_event(self, event: Any) -> None:
        """From a driver thread: note which microphone channels are open, and ON AIR / REC."""
        if getattr(event, "kind", None) == "on_air":
            self._update_on_air(event.device, event.value)
            return
        if getattr(event, "kind", None) != "state":
            return
        channels = getattr(event.value, "channels", None)
        if not isinstance(channels, dict):
            return
        open_now = {n for n, ch in channels.items() if getattr(ch, "muted", None) is False}
        with self._lock:
            if self._open_channels.get(event.device) == open_now:
                return
            self._open_channels[event.device] = open_now
        self._update_mic_live()

    def _update_mic_live(self, force: bool = False) -> None:
        """MIC LIVE on the presenter screen: a microphone planned for the live item is open."""
        with self._lock:
            planned = self.planned_live_channels()
            live = any(n in self._open_channels.get(device, ()) for device, n in planned)
            changed = live != self._mic_live
            self._mic_live = live
            timer = self._timer
        set_mic_live = getattr(timer, "set_mic_live", None)
        if (changed or force) and set_mic_live is not None:
            set_mic_live(live)

    def _update_on_air(self, device: str, flags: tuple[bool, bool]) -> None:
        """ON AIR / REC on the presenter screen: any broadcasting device on air / recording."""
        with self._lock:
            self._on_air[device] = flags
            on_air = any(f[0] for f in self._on_air.values())
            recording = any(f[1] for f in self._on_air.values())
            timer = self._timer
        set_on_air = getattr(timer, "set_on_air", None)
        if set_on_air is not None:
            set_on_air(on_air, recording)

    # -- state -----------------------------------------------------------------------

    @property
    def runsheet(self) -> RunSheet:
        return self._runsheet

    @property
    def standby_index(self) -> int | None:
        """The item GO will start; ``None`` past the last item."""
        with self._lock:
            return self._standby_index

    @property
    def live_index(self) -> int | None:
        """The item now running; ``None`` before the first GO and after stop."""
        with self._lock:
            return self._live_index

    @property
    def actuals(self) -> dict[int, ItemActual]:
        """Actual times of every item that has run, by its current position."""
        out: dict[int, ItemActual] = {}
        with self._lock:
            for index, item in enumerate(self._runsheet.items):
                found = self._actuals.get(item)
                if found is not None:
                    out[index] = found
        return out

    def actual_at(self, index: int) -> ItemActual | None:
        """The actual times of the item at position ``index``, if it has run (O(1))."""
        with self._lock:
            items = self._runsheet.items
            if not 0 <= index < len(items):
                return None
            return self._actuals.get(items[index])

    def planned_live_channels(self) -> set[tuple[str, int]]:
        """``(device, channel)`` pairs the live item's cues open (none on a break or when idle).

        The console asks before unmuting a channel not in this set (hot-mic safety).
        """
        with self._lock:
            item = self._live
        if item is None or item.kind is ItemKind.BREAK:
            return set()
        return {(cue.device, n) for cue in item.cues.of_type(MicrophoneCue) for n in cue.live}

    @property
    def last_cue_run(self) -> Any:
        """What the equipment returned for the latest GO (a ``CueRun``: wait on it in tests)."""
        with self._lock:
            return self._last_cue_run

    def cue_failures(self, index: int) -> list[CueFailure]:
        """The cue failures reported for the item at ``index`` (latest run)."""
        item = self._runsheet.items[index]
        with self._lock:
            return list(self._failures.get(item) or ())

    # -- operator actions --------------------------------------------------------------

    def go(self) -> bool:
        """Start the standby item; returns ``False`` if the GO was ignored. Never blocks."""
        now = self._clock.monotonic()
        with self._lock:
            item, index = self._standby, self._standby_index
            if self._last_go is not None and now - self._last_go < self.lockout_s:
                reason: str = Text(
                    'second GO within the {ms:.0f} ms lockout', ms=self.lockout_s * 1000
                )
            elif item is None or index is None:
                reason = Text('nothing in standby (end of the run-sheet)')
            else:
                reason = ""
                previous, next_item, next_index = self._start(item, index, now)
                timer = self._timer
        if reason or item is None or index is None:
            self._write_log(
                "warning", OPERATOR, "action",
                Text('GO ignored: {reason}', reason=reason),
            )
            self._listeners.emit(EngineEvent(GO_IGNORED, reason=reason))
            return False
        held: list[EngineEvent] = []
        if self._hall is not None:  # the cues first: the hall must not wait on bookkeeping
            with self._lock:
                # Failures found while queueing (an unknown device...) are announced
                # after item_started, so a console never sees them before the item.
                self._holding_thread = threading.get_ident()
            run: Any = None
            try:
                run = self._hall.execute(item, lambda failure: self._on_cue_failure(item, failure))
            finally:
                with self._lock:
                    self._holding_thread = None
                    held, self._held_failures = self._held_failures, []
                    self._last_cue_run = run
        self._open_run()
        self._write_log(
            "info", OPERATOR, "action",
            Text("GO: item {number} '{title}'", number=index + 1, title=item.title),
        )
        self._write_log(
            "info", ENGINE, "item",
            Text("item {number} '{title}' started", number=index + 1, title=item.title),
        )
        self._store_actual(item)
        if previous is not None:
            self._store_actual(previous)
        self._save_position()
        if timer is not None:
            timer.on_item_started(item, next_item)
            self._update_mic_live(force=True)
        self._listeners.emit(EngineEvent(ITEM_STARTED, index, item, next_item))
        self._listeners.emit(EngineEvent(STANDBY_CHANGED, next_index, next_item))
        for failed in held:
            self._listeners.emit(failed)
        return True

    def _start(
        self, item: Item, index: int, now: float
    ) -> tuple[Item | None, Item | None, int | None]:
        """Make ``item`` live (lock held); returns the previous live item and the new standby."""
        self._last_go = now
        wall = self._clock.wall()
        previous = self._live
        if previous is not None:
            self._end_live(wall, now)
        self._live, self._live_index = item, index
        self._started = True
        self._final_offset_s = self._final_end = None
        self._actuals.set(item, ItemActual(start=wall, start_monotonic=now))
        self._failures.pop(item)
        items = self._runsheet.items
        next_index = index + 1 if index + 1 < len(items) else None
        self._standby_index = next_index
        self._standby = items[next_index] if next_index is not None else None
        return previous, self._standby, next_index

    def back(self) -> None:
        """Move standby one item up (from past the end: to the last item)."""
        self.move_standby(-1)

    def move_standby(self, delta: int) -> None:
        """Move standby ``delta`` items down (negative: up), clamped to the run-sheet."""
        with self._lock:
            count = len(self._runsheet.items)
            if count == 0:
                return
            current = self._standby_index if self._standby_index is not None else count
            target = min(max(current + delta, 0), count - 1 if delta < 0 else count)
        self._set_standby(
            target if target < count else None, Text("standby moved by {delta}", delta=delta)
        )

    def jump(self, index: int) -> None:
        """Put the item at ``index`` in standby, so the next GO starts it."""
        count = len(self._runsheet.items)
        if not 0 <= index < count:
            raise IndexError(f"no item {index}: the run-sheet has {count} items")
        self._set_standby(index, Text("jump to item {number}", number=index + 1))

    def stop(self) -> None:
        """End the live item (recording its actual end) and mute every microphone.

        Standby stays where it is. Nothing is planned live after a stop, so every
        microphone is muted, as on a break item and with PANIC (the *stop policy*,
        docs/show-control.md): a speaker left talking into an open channel is never
        on air by accident. The mute is queued on the drivers; stop never waits.
        """
        now = self._clock.monotonic()
        with self._lock:
            item, index = self._live, self._live_index
            if item is None:
                return
            self._end_live(self._clock.wall(), now)
            timer = self._timer
        self._write_log("info", OPERATOR, "action", Text('stop'))
        self._write_log(
            "info", ENGINE, "item",
            Text("show stopped after item '{title}'", title=item.title),
        )
        self._mute_after_stop()
        self._store_actual(item)
        if timer is not None:
            timer.on_show_stopped()
            self._update_mic_live(force=True)
        self._listeners.emit(EngineEvent(STOPPED, index, item))

    def _mute_after_stop(self) -> None:
        """The stop policy: every microphone muted (if the hall can, see :meth:`stop`)."""
        mute_all = getattr(self._hall, "panic_mute_all", None)
        if mute_all is None:
            return
        self._write_log(
            "warning", ENGINE, "action", Text('stop: every microphone muted (nothing is live)')
        )
        mute_all(on_failure=lambda failure: self._on_stop_mute_failure(failure))

    def _on_stop_mute_failure(self, failure: CueFailure) -> None:
        """A microphone could not be muted after stop: said loudly (a channel may be open)."""
        self._write_log(
            "error", ENGINE, "action",
            Text(
                "stop: {device} could not be muted: {reason}",
                device=failure.device,
                reason=failure.reason,
            ),
        )
        self._listeners.emit(
            EngineEvent(CUE_FAILED, None, None, device=failure.device, reason=failure.reason)
        )

    # -- timing -------------------------------------------------------------------------

    @property
    def offset_s(self) -> float:
        """Seconds the event runs behind plan (negative: ahead), live."""
        with self._lock:
            if self._final_offset_s is not None and self._live is None:
                return self._final_offset_s
            slots = self._runsheet.schedule.slots
            if self._live is not None and self._live_index is not None:
                end = self._projected_live_end()
                assert end is not None
                return (end - slots[self._live_index].end).total_seconds()
            if not self._started and self._standby_index is not None:
                late = self._clock.wall() - slots[self._standby_index].start
                return max(0.0, late.total_seconds())
            return 0.0

    @property
    def projected_end(self) -> datetime | None:
        """When the event will end at this pace; ``None`` for an empty run-sheet."""
        with self._lock:
            items = self._runsheet.items
            if not items:
                return None
            now = self._clock.wall()
            live_end = self._projected_live_end()
            if self._standby_index is None:
                if live_end is not None:
                    return live_end
                return self._final_end or now
            if live_end is not None:
                at = live_end
            elif not self._started:
                at = max(now, self._runsheet.schedule.slots[self._standby_index].start)
            else:
                at = now
            return self._tail_sums().end_from(self._standby_index, at)

    def _tail_sums(self) -> _TailSums:
        """The run-sheet's tail sums for :attr:`projected_end`, built once per schedule (lock held).

        Each run-sheet change makes a new schedule, so the once-a-second projected end costs
        O(log hard starts), not a walk over every remaining item.
        """
        schedule = self._runsheet.schedule
        if self._tails_for is not schedule:
            self._tails = _TailSums(self._runsheet.items)
            self._tails_for = schedule
        return self._tails

    def _projected_live_end(self) -> datetime | None:
        if self._live is None:
            return None
        actual = self._actuals.get(self._live)
        assert actual is not None
        elapsed = self._clock.monotonic() - actual.start_monotonic
        return actual.start + timedelta(seconds=max(elapsed, self._live.planned_duration))

    # -- internals ----------------------------------------------------------------------

    def _end_live(self, wall: datetime, monotonic: float) -> None:
        """Close the live item's actual times (lock held)."""
        assert self._live is not None and self._live_index is not None
        actual = self._actuals.get(self._live)
        assert actual is not None
        self._actuals.set(
            self._live, ItemActual(actual.start, actual.start_monotonic, wall, monotonic)
        )
        slots = self._runsheet.schedule.slots
        if self._live_index < len(slots):
            self._final_offset_s = (wall - slots[self._live_index].end).total_seconds()
        self._final_end = wall
        self._live = self._live_index = None

    def _set_standby(self, index: int | None, why: str) -> None:
        with self._lock:
            items = self._runsheet.items
            self._standby_index = index
            self._standby = items[index] if index is not None else None
            item = self._standby
            timer = self._timer
        self._write_log("info", OPERATOR, "action", why)
        self._save_position()
        if timer is not None:
            timer.on_standby_changed(item)
        self._listeners.emit(EngineEvent(STANDBY_CHANGED, index, item))

    def _store_actual(self, item: Item) -> None:
        with self._lock:
            actual = self._actuals.get(item)
        assert actual is not None
        if self._log is not None and actual.end is not None:
            self._write_log(
                "info",
                ENGINE,
                "item",
                Text(
                    "item '{title}' ran {start}-{end} ({seconds:.1f} s, planned {planned} s)",
                    title=item.title,
                    start=f"{actual.start:%H:%M:%S}",
                    end=f"{actual.end:%H:%M:%S}",
                    seconds=actual.duration_s or 0.0,
                    planned=item.planned_duration,
                ),
            )
        with self._lock:
            run = self._run
        database, item_id = self._database, item.id
        if database is None or item_id is None or run is None:
            return

        def store() -> None:  # on the writer thread, after the run's creation
            if run.id is not None:
                database.record_item_actual(item_id, actual.start, actual.end, run_id=run.id)

        database.writer.submit(store)

    # -- runs -----------------------------------------------------------------------------

    @property
    def run(self) -> RunHandle | None:
        """The run of the show in progress (``None`` before the first GO and after its end)."""
        with self._lock:
            return self._run

    def _open_run(self) -> None:
        """At the first GO: open a run of the show (queued on the writer thread)."""
        event_id = self._runsheet.event.id
        with self._lock:
            if self._run is not None:
                return
            run = self._run = RunHandle(event_id or 0, self.run_mode, self._clock.wall())
        database = self._database
        if database is not None and event_id is not None:

            def create() -> None:
                # On the writer thread, before the run's first write: a copy to go back to.
                back_up_before_show(database, run.mode)
                try:
                    run.id = database.start_run(event_id, run.mode, run.started)
                finally:
                    run.settled = True

            # Queued before anything of the run is logged, so it is created first.
            database.writer.submit(create)
        else:
            run.settled = True
        if self._log is not None:
            self._log.set_run(run)
        self._write_log(
            "info", ENGINE, "status",
            Text('{mode} run started', mode=mode_words(run.mode)),
        )

    def end_run(self) -> None:
        """End the run in progress (a clean end: it will not be offered for resuming)."""
        with self._lock:
            run, self._run = self._run, None
        if run is None:
            return
        self._write_log(
            "info", ENGINE, "status",
            Text('{mode} run ended', mode=mode_words(run.mode)),
        )
        if self._log is not None:
            self._log.set_run(None)
        database, ended = self._database, self._clock.wall()
        if database is None:
            return

        def finish() -> None:
            if run.id is not None:
                database.end_run(run.id, ended)

        try:
            database.writer.submit(finish)
        except RuntimeError:
            pass  # the database is already closed: the run stays unfinished, resumable

    def _save_position(self) -> None:
        """Remember the live and standby items of the run (what a resume takes up)."""
        with self._lock:
            run, database = self._run, self._database
            live_id = None if self._live is None else self._live.id
            standby_id = None if self._standby is None else self._standby.id
        if run is None or database is None:
            return

        def save() -> None:
            if run.id is not None:
                database.set_run_position(run.id, live_id, standby_id)

        database.writer.submit(save)

    def resume(
        self,
        run: RunSummary,
        actuals: dict[int, tuple[datetime | None, datetime | None]],
    ) -> None:
        """Take up an unfinished ``run`` where it stood: its live item, standby, actual times.

        Sends nothing to the equipment: the operator confirms first, then
        :meth:`resend_live_cues`. ``actuals`` is the run's ``{item id: (start, end)}``.
        """
        now_wall, now_mono = self._clock.wall(), self._clock.monotonic()
        handle = RunHandle(run.event_id, run.mode, run.started, id=run.id)
        with self._lock:
            items = self._runsheet.items
            by_id = {item.id: (index, item) for index, item in enumerate(items)}
            for item_id, (start, end) in actuals.items():
                if item_id not in by_id or start is None:
                    continue
                start_mono = now_mono - (now_wall - start).total_seconds()
                end_mono = None if end is None else now_mono - (now_wall - end).total_seconds()
                self._actuals.set(by_id[item_id][1], ItemActual(start, start_mono, end, end_mono))
            live = by_id.get(run.live_item_id)
            if live is not None and (self._actuals.get(live[1]) or ItemActual(now_wall, 0)).end:
                live = None  # it had ended: nothing is live
            self._live_index, self._live = live if live is not None else (None, None)
            standby = by_id.get(run.standby_item_id)
            self._standby_index, self._standby = standby if standby is not None else (None, None)
            self._started = True
            self.run_mode = run.mode
            self._run = handle
            live_index, standby_index, standby_item = (
                self._live_index,
                self._standby_index,
                self._standby,
            )
        if self._log is not None:
            self._log.set_run(handle)
        self._write_log(
            "warning", OPERATOR, "action",
            Text('resumed the unfinished {mode} run', mode=mode_words(run.mode)),
        )
        self._listeners.emit(EngineEvent(RESUMED, live_index, self._live))
        self._listeners.emit(EngineEvent(STANDBY_CHANGED, standby_index, standby_item))

    def resend_live_cues(self) -> Any:
        """Send the live item's cues again (after a resume, once the operator confirms)."""
        with self._lock:
            item = self._live
        if item is None or self._hall is None:
            return None
        self._write_log(
            "info", OPERATOR, "action",
            Text("re-sent the cues of '{title}'", title=item.title),
        )
        return self._hall.execute(item, lambda failure: self._on_cue_failure(item, failure))

    def _on_cue_failure(self, item: Item, failure: CueFailure) -> None:
        """Called from a driver or scheduler thread when a cue command fails."""
        with self._lock:
            failures = self._failures.get(item)
            if failures is None:
                failures = []
                self._failures.set(item, failures)
            failures.append(failure)
            index = self._index_of(item)
            event = EngineEvent(
                CUE_FAILED, index, item, device=failure.device, reason=failure.reason
            )
            if self._holding_thread == threading.get_ident():
                self._held_failures.append(event)
                return
        self._listeners.emit(event)

    def _index_of(self, item: Item | None) -> int | None:
        if item is None:
            return None
        for index, candidate in enumerate(self._runsheet.items):
            if _same(candidate, item):
                return index
        return None

    def _on_runsheet_change(self, change: Any) -> None:
        """Keep the live and standby items pointing at the same items after an edit."""
        with self._lock:
            items: Sequence[Item] = self._runsheet.items
            old_standby, old_item = self._standby_index, self._standby
            self._live_index = self._index_of(self._live)
            if self._live is not None and self._live_index is not None:
                self._live = items[self._live_index]
            standby = self._index_of(self._standby)
            if standby is None and self._standby is not None and old_standby is not None:
                # The standby item went away: the item now in its place is standby.
                standby = old_standby if old_standby < len(items) else None
            if standby is None and self._standby is None and self._live_index is not None:
                standby = self._live_index + 1 if self._live_index + 1 < len(items) else None
            if standby is None and not self._started and items:
                # Before the show, standby is never empty: the first GO starts item 1
                # (a new event gets its first items after the engine was made).
                standby = 0
            self._standby_index = standby
            self._standby = items[standby] if standby is not None else None
            item = self._standby
            # Also a change when another item took the standby one's place (it was deleted).
            changed = standby != old_standby or item is not old_item
            timer = self._timer
        if changed:
            if timer is not None:
                timer.on_standby_changed(item)
            self._listeners.emit(EngineEvent(STANDBY_CHANGED, standby, item))

    def _write_log(self, severity: str, source: str, kind: str, message: str) -> None:
        if self._log is not None:
            self._log.write(severity, source, kind, message)


def back_up_before_show(database: Database, mode: str) -> None:
    """Copy the database aside (SQLite backup API; the newest 5 are kept) as a show starts.

    Runs on the writer thread, so the copy holds every edit made before GO. A
    read-only database is not backed up (its writer does that); a failed backup
    (a full disk) is logged and the show goes on.
    """
    if database.read_only:
        return
    try:
        backup_database(database.path, label=f"before-{mode}")
    except Exception as error:  # the show must start even if no backup can be made
        log.warning("%s: no backup before the show: %s", database.path, error)
