"""Background work and the GUI thread: results of work done elsewhere come home here.

Work that may take time (the database, a file, building the hall, a readiness check)
runs on a worker thread and returns a :class:`concurrent.futures.Future`.
:func:`deliver_on_gui` calls a callback with that future on the GUI thread once it is
done, through one queued Qt signal: worker threads never touch a widget.

The courier behind it must be created on the GUI thread before the first delivery:
:func:`prepare_gui_delivery` does that (the main window calls it when it is built).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

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


def deliver_on_gui(future: Future[T], callback: Callable[[Future[T]], None]) -> None:
    """Call ``callback(future)`` on the GUI thread once ``future`` is done.

    The courier must first be created on the GUI thread (:func:`prepare_gui_delivery`).
    """
    courier = prepare_gui_delivery()
    future.add_done_callback(lambda done: courier.delivered.emit(callback, done))


def prepare_gui_delivery() -> _Courier:
    """The courier of :func:`deliver_on_gui`, created on first call (call it on the GUI thread)."""
    global _courier
    with _courier_lock:
        if _courier is None:
            _courier = _Courier()
        return _courier
