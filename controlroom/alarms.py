"""The alarm board: alarms that stay on screen until the operator acknowledges them.

An alarm is something the operator must see now and must not miss because the
next GO came: a cue that failed, a device that went offline or failed, an
encoder that dropped its stream. Producers (the console feeding cue failures and
device statuses, a device kind's ``alarms(config, state)``) call
:meth:`AlarmBoard.raise_` with a *key* naming the condition (``"status:projector"``)
and :meth:`AlarmBoard.clear` when it is gone; a one-off event (a failed cue) is
:meth:`AlarmBoard.event`. An alarm leaves the unacknowledged list only when the
operator acknowledges it (cleared or not); it stays in :meth:`AlarmBoard.log`,
which keeps the latest :data:`LOG_LIMIT` (the event log on disk keeps every one):
a long show of flapping devices must not grow the console's memory for ever.

Qt-free and thread-safe: any thread may raise or clear. Listeners are called with
the board after every change, on the thread that made it (a GUI re-delivers the
call to its own thread).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from devices.base import Listeners

__all__ = ["LOG_LIMIT", "Alarm", "AlarmBoard"]

LOG_LIMIT = 500
"""Alarms kept in memory: past it, the oldest acknowledged and over go first, then the
oldest that are over (their unacknowledged list would be unreadable anyway); an alarm
whose condition still holds is never dropped."""


@dataclass(frozen=True)
class Alarm:
    """One alarm: ``active`` while its condition lasts; ``acknowledged`` once seen."""

    id: int
    key: str
    device: str
    text: str
    raised_at: datetime
    active: bool = True
    acknowledged: bool = False
    cleared_at: datetime | None = None


class AlarmBoard:
    """The console's alarms (see the module docstring); ``wall`` gives the time of day."""

    def __init__(self, wall: Callable[[], datetime] = datetime.now) -> None:
        self._wall = wall
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._alarms: list[Alarm] = []  # oldest first; the log
        self._listeners: Listeners[AlarmBoard] = Listeners()

    # -- listeners -------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[AlarmBoard], Any]) -> None:
        self._listeners.add(callback)

    def remove_listener(self, callback: Callable[[AlarmBoard], Any]) -> None:
        self._listeners.remove(callback)

    # -- producers ---------------------------------------------------------------------------

    def raise_(self, key: str, device: str, text: str) -> Alarm:
        """Raise the alarm ``key``; while it is still active, only its text follows.

        A condition that was cleared and comes back is a new alarm.
        """
        with self._lock:
            index = self._active_index(key)
            if index is not None:
                current = self._alarms[index]
                if current.text == text and current.device == device:
                    return current
                # A new reason for the same live condition (a reconnect attempt's new
                # words): the text follows, an acknowledgement stands (no nagging).
                alarm = replace(current, device=device, text=text)
                self._alarms[index] = alarm
            else:
                alarm = Alarm(next(self._ids), key, device, text, self._wall())
                self._alarms.append(alarm)
                self._trim()
        self._listeners.emit(self)
        return alarm

    def event(self, device: str, text: str, key: str = "event") -> Alarm:
        """A one-off alarm (a failed cue): raised and at once over, until acknowledged."""
        with self._lock:
            now = self._wall()
            alarm = Alarm(next(self._ids), key, device, text, now, active=False, cleared_at=now)
            self._alarms.append(alarm)
            self._trim()
        self._listeners.emit(self)
        return alarm

    def clear(self, key: str) -> bool:
        """The condition ``key`` is gone; its alarm stays listed until acknowledged."""
        with self._lock:
            index = self._active_index(key)
            if index is None:
                return False
            self._alarms[index] = replace(
                self._alarms[index], active=False, cleared_at=self._wall()
            )
        self._listeners.emit(self)
        return True

    # -- the operator -----------------------------------------------------------------------

    def acknowledge(self, alarm_id: int | None = None) -> int:
        """Acknowledge one alarm (by id) or all (``None``); returns how many were new."""
        count = 0
        with self._lock:
            for n, alarm in enumerate(self._alarms):
                if alarm.acknowledged or (alarm_id is not None and alarm.id != alarm_id):
                    continue
                self._alarms[n] = replace(alarm, acknowledged=True)
                count += 1
        if count:
            self._listeners.emit(self)
        return count

    # -- reading ----------------------------------------------------------------------------

    def unacknowledged(self) -> list[Alarm]:
        """The alarms the operator has not acknowledged yet, newest first."""
        with self._lock:
            return [alarm for alarm in reversed(self._alarms) if not alarm.acknowledged]

    def active(self) -> list[Alarm]:
        """The alarms whose condition still holds, newest first."""
        with self._lock:
            return [alarm for alarm in reversed(self._alarms) if alarm.active]

    def log(self) -> list[Alarm]:
        """Every alarm, acknowledged or not, oldest first."""
        with self._lock:
            return list(self._alarms)

    def _trim(self) -> None:
        """Keep at most :data:`LOG_LIMIT` alarms (lock held)."""
        excess = len(self._alarms) - LOG_LIMIT
        if excess <= 0:
            return
        for droppable in (
            lambda alarm: alarm.acknowledged and not alarm.active,
            lambda alarm: not alarm.active,
        ):
            drop: set[int] = set()
            for alarm in self._alarms:
                if len(drop) == excess:
                    break
                if droppable(alarm):
                    drop.add(alarm.id)
            self._alarms = [alarm for alarm in self._alarms if alarm.id not in drop]
            excess -= len(drop)
            if excess <= 0:
                return

    def _active_index(self, key: str) -> int | None:
        for n in range(len(self._alarms) - 1, -1, -1):
            alarm = self._alarms[n]
            if alarm.key == key and alarm.active:
                return n
        return None
