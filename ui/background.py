"""Background work and the GUI thread: results of work done elsewhere come home here.

Work that may take time (the database, a file, building the hall, a readiness check)
runs on a worker thread and returns a :class:`concurrent.futures.Future`.
:func:`deliver_on_gui` calls a callback with that future on the GUI thread once it is
done, through one queued Qt signal: worker threads never touch a widget.

:func:`run_in_background` is the same for a one-off piece of work: it runs on a
thread of its own and the result is delivered the same way. Given a ``guard`` widget,
a delivery is dropped if the widget was deleted meanwhile.

:func:`without_collector_pauses` runs a loader that builds a very large number of objects
(a 100,000-item event) without Python's cycle collector stopping every thread to scan
them over and over meanwhile.

The courier behind it must be created on the GUI thread before the first delivery:
:func:`prepare_gui_delivery` does that (the main window calls it when it is built).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")


class _Courier(QObject):
    """Runs callbacks on the GUI thread; emitted from any thread (queued connection)."""

    delivered = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _run(callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


_courier: _Courier | None = None
_courier_lock = threading.Lock()


def deliver_on_gui(
    future: Future[T], callback: Callable[[Future[T]], None], guard: QObject | None = None
) -> None:
    """Call ``callback(future)`` on the GUI thread once ``future`` is done.

    With a ``guard``, the call is dropped if ``guard`` was deleted by then (a closed panel).
    The courier must first be created on the GUI thread (:func:`prepare_gui_delivery`).
    """
    courier = prepare_gui_delivery()
    if guard is not None:
        unguarded = callback

        def callback(done: Future[T]) -> None:
            if shiboken6.isValid(guard):
                unguarded(done)

    future.add_done_callback(lambda done: courier.delivered.emit(callback, done))


def run_in_background(
    work: Callable[[], T],
    on_done: Callable[[Future[T]], None],
    *,
    guard: QObject | None = None,
    name: str = "background",
) -> Future[T]:
    """Run ``work()`` on a daemon thread called ``name``; ``on_done(future)`` on the GUI thread.

    The future holds the result or the exception ``work`` raised.
    """
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as error:  # handed to on_done through the future
            future.set_exception(error)

    deliver_on_gui(future, on_done, guard)
    threading.Thread(target=run, name=name, daemon=True).start()
    return future


#: Loads that leave more objects than this behind are frozen (see without_collector_pauses).
FREEZE_ABOVE_OBJECTS = 200_000

_paused = 0
_paused_lock = threading.Lock()


def without_collector_pauses(work: Callable[[], T]) -> T:
    """``work()`` with the cycle collector off; a big result is then exempt from its scans.

    Every full collection scans every container object the process has and holds the
    interpreter meanwhile: loading a 100,000-item event triggered about ten, the last
    ones half a second each, and the GUI thread stood still for each. So the collector
    is off while ``work`` runs (on a worker thread), and if the process then holds over
    :data:`FREEZE_ABOVE_OBJECTS` more objects than before, they are moved out of the
    collector's reach (``gc.freeze``): later collections stay as short as before the
    load. Frozen objects are still freed by reference counting when dropped; only what
    just a cycle would keep (an old run-sheet's undo history) then stays until exit.
    """
    global _paused
    with _paused_lock:
        _paused += 1
        gc.disable()
        before = gc.get_count()[0]  # with the collector off: objects made minus freed
    try:
        return work()
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0:
                if gc.get_count()[0] - before > FREEZE_ABOVE_OBJECTS:
                    gc.freeze()
                gc.enable()


def prepare_gui_delivery() -> _Courier:
    """The courier of :func:`deliver_on_gui`, created on first call (call it on the GUI thread)."""
    global _courier
    with _courier_lock:
        if _courier is None:
            _courier = _Courier()
        return _courier
