"""The one road from the I/O threads to the GUI: driver, engine and log events as Qt signals.

Drivers, the hall, the show engine and the event log call plain-Python listeners on
their own threads. :class:`ConsoleBridge` is what they call: it only stores the news
under a lock and, if no delivery is pending yet, posts one queued wake-up to the GUI
thread. The GUI thread then drains everything at once and emits the Qt signals below.

So a storm of updates (eight level meters at 20 Hz, a chatty log) costs at most one
queued call at a time, and device states are coalesced to the latest snapshot per
device: panels never see a backlog. Engine events and log entries keep their order
and are delivered in batches. I/O threads never touch a widget.

:class:`EquipmentHolder` holds the hall's equipment for the show engine: the engine is
built once per run-sheet while the equipment comes and goes (built off the GUI thread,
swapped between rehearsal and live), so the holder forwards cues and device listeners
to whichever hall is current, and fails cues with a clear reason while there is none.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from controlroom.equipment import CueFailure, CueRun, DeviceEvent, Equipment
from controlroom.model import Item
from controlroom.storage import LogEntry
from devices.base import Listeners


class ConsoleBridge(QObject):
    """Thread-safe sink for device, engine and log news; re-emits them on the GUI thread."""

    device_status = Signal(str, object)
    """(device id, DeviceStatus) — the latest status, on the GUI thread."""
    device_state = Signal(str, object)
    """(device id, state snapshot) — the latest state (coalesced), on the GUI thread."""
    engine_event = Signal(object)
    """An ``EngineEvent``, in order."""
    log_entries = Signal(list)
    """A batch of ``LogEntry`` values, oldest first."""
    failure = Signal(object)
    """A ``CueFailure`` of an operator's panel command."""
    delivered = Signal()
    """After each drain (tests wait on it)."""

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._states: dict[str, Any] = {}
        self._statuses: dict[str, Any] = {}
        self._engine_events: list[Any] = []
        self._entries: list[LogEntry] = []
        self._failures: list[CueFailure] = []
        self._wake_pending = False
        self.wakes = 0
        """How many queued deliveries were posted (for tests and the benchmark)."""
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    # -- called on any thread ---------------------------------------------------------

    def on_device_event(self, event: DeviceEvent) -> None:
        """A hall listener: a device's status or state changed."""
        with self._lock:
            if event.kind == "status":
                self._statuses[event.device] = event.value
            elif event.kind == "state":
                self._states[event.device] = event.value
            else:  # "on_air": the presenter screen learns it through the engine
                return
            wake = self._arm()
        if wake:
            self._wake.emit()

    def on_engine_event(self, event: Any) -> None:
        """A show-engine listener."""
        with self._lock:
            self._engine_events.append(event)
            wake = self._arm()
        if wake:
            self._wake.emit()

    def on_log_entry(self, entry: LogEntry) -> None:
        """An event-log listener."""
        with self._lock:
            self._entries.append(entry)
            wake = self._arm()
        if wake:
            self._wake.emit()

    def on_failure(self, failure: CueFailure) -> None:
        """A panel command failed (from a driver or scheduler thread)."""
        with self._lock:
            self._failures.append(failure)
            wake = self._arm()
        if wake:
            self._wake.emit()

    def _arm(self) -> bool:
        """Lock held: True if the caller must post the (single) wake-up."""
        if self._wake_pending:
            return False
        self._wake_pending = True
        self.wakes += 1
        return True

    # -- the GUI thread ----------------------------------------------------------------

    def _drain(self) -> None:
        with self._lock:
            statuses, self._statuses = self._statuses, {}
            states, self._states = self._states, {}
            engine_events, self._engine_events = self._engine_events, []
            entries, self._entries = self._entries, []
            failures, self._failures = self._failures, []
            self._wake_pending = False
        for device, status in statuses.items():
            self.device_status.emit(device, status)
        for device, state in states.items():
            self.device_state.emit(device, state)
        for event in engine_events:
            self.engine_event.emit(event)
        for failure in failures:
            self.failure.emit(failure)
        if entries:
            self.log_entries.emit(entries)
        self.delivered.emit()


class EquipmentHolder:
    """The engine's equipment: forwards to the current :class:`Equipment`, which may change or be
    absent.

    Thread-safe. Device listeners added here stay subscribed across hall swaps.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._hall: Equipment | None = None
        self._why_none = "the devices are still connecting"
        self._listeners: Listeners[DeviceEvent] = Listeners()

    @property
    def hall(self) -> Equipment | None:
        with self._lock:
            return self._hall

    def set_hall(self, hall: Equipment | None, why_none: str = "") -> Equipment | None:
        """Make ``hall`` current; returns the previous one (the caller closes it)."""
        with self._lock:
            previous, self._hall = self._hall, hall
            if why_none:
                self._why_none = why_none
        if previous is not None:
            previous.remove_listener(self._listeners.emit)
        if hall is not None:
            hall.add_listener(self._listeners.emit)
        return previous

    def add_listener(self, callback: Callable[[DeviceEvent], Any]) -> None:
        self._listeners.add(callback)

    def remove_listener(self, callback: Callable[[DeviceEvent], Any]) -> None:
        self._listeners.remove(callback)

    def execute(self, item: Item, on_failure: Callable[[CueFailure], Any]) -> CueRun:
        """Run ``item``'s cues on the current hall, or fail them all if there is none."""
        hall = self.hall
        if hall is not None:
            return hall.execute(item, on_failure)
        run = CueRun()
        if not item.cues.is_empty():
            with self._lock:
                why = self._why_none
            failure = CueFailure("hall", "cues", f"not sent: {why}")
            run.failures.append(failure)
            on_failure(failure)
        return run

    def panic_mute_all(self, on_failure: Callable[[CueFailure], Any] | None = None) -> CueRun:
        """Mute every microphone of the current hall (none: nothing to mute, nothing fails)."""
        hall = self.hall
        if hall is not None:
            return hall.panic_mute_all(on_failure=on_failure)
        return CueRun()
