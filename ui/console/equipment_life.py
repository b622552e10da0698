"""The console's equipment: built, swapped (REHEARSAL, LIVE) and closed off the GUI thread.

:class:`EquipmentLife` builds the :class:`controlroom.equipment.Equipment` of the
console's hall file on its own worker thread (simulators first in rehearsal), hands
it to the bridge and the panels on the GUI thread when it is up, and says so when it
cannot start. Switching modes lets the old hall go and builds the other one, both on
that worker; the console's :meth:`ui.console.controller.Console.shutdown` closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from controlroom.equipment import Equipment
from controlroom.eventlog import OPERATOR
from devices.base import DeviceStatus, LinkState
from devices.text import Text, mode_words, text_of
from ui.background import deliver_on_gui
from ui.core_text import tr_error

if TYPE_CHECKING:
    from ui.console.controller import Console

__all__ = ["EquipmentLife"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


class EquipmentLife:
    """The equipment of one console; see the module docstring."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-hall")
        self._pending: Future[Equipment] | None = None

    def _builder(self, rehearsal: bool, previous: Equipment | None) -> Callable[[], Equipment]:
        from ui.console import controller  # the options tests and benchmarks set

        config = self._console.hall_config
        assert config is not None
        log = self._console.log
        options = dict(controller.REHEARSAL_OPTIONS)

        def build() -> Equipment:
            if previous is not None:
                previous.close()
            if rehearsal:
                return Equipment.rehearsal(config, log=log, **options)
            return Equipment.live(config, log=log)

        return build

    def start(self, rehearsal: bool) -> None:
        """Build the hall (simulators first in rehearsal) on the worker thread."""
        console = self._console
        if console.hall_config is None or console.closed:
            return
        console.rehearsal = rehearsal
        console.show_bar.set_rehearsal(None)
        self._submit(self._builder(rehearsal, None), rehearsal)

    def switch(self, rehearsal: bool) -> None:
        """Let the current hall go and build the other one, both off the GUI thread."""
        console = self._console
        if console.hall_config is None or console.closed:
            return
        words = mode_words("rehearsal" if rehearsal else "live")
        console.log.warning(OPERATOR, "action", Text("switch to {mode}", mode=words))
        previous = console.holder.set_hall(None, Text("switching to {mode}", mode=words))
        console.hall = None
        console.rehearsal_panel.set_hall(None)
        for panel in console.panels.values():
            panel.set_status(DeviceStatus(LinkState.CONNECTING, f"switching to {words}"))
        console.rehearsal = rehearsal
        console.show_bar.set_rehearsal(None)
        build = self._builder(rehearsal, previous)
        console.hall_changed.emit(None)
        self._submit(build, rehearsal)

    def _submit(self, build: Callable[[], Equipment], rehearsal: bool) -> None:
        future = self._executor.submit(build)
        self._pending = future
        deliver_on_gui(future, lambda done: self._built(done, rehearsal))

    def _built(self, future: Future[Equipment], rehearsal: bool) -> None:
        console = self._console
        if console.closed:
            return
        error = future.exception()
        if error is not None:
            reason = _tr("The devices could not be started: {0}").format(tr_error(error))
            console.log.error(
                "engine", "status", Text("hall start failed: {error}", error=text_of(error))
            )
            console.holder.set_hall(
                None, Text("the devices could not be started: {error}", error=text_of(error))
            )
            console.show_bar.set_rehearsal(rehearsal)
            console.window.show_status_error(reason)
            console.hall_failed.emit(reason)
            return
        hall = future.result()
        self._pending = None
        console.holder.set_hall(hall)
        console.hall = hall
        console.rehearsal_panel.set_hall(hall)
        console.window.set_rehearsal(rehearsal)
        console.show_bar.set_rehearsal(rehearsal)
        for device_id, driver in hall.drivers.items():
            # What the bridge may have missed before it listened: panels, indicators, alarms.
            console.status.on_device_status(device_id, driver.status)
            console.status.on_device_state(device_id, driver.state)
            console.alarms.on_device_status(device_id, driver.status)
            console.alarms.on_device_state(device_id, driver.state)
        console.inspector.schedule_refresh()
        console.hall_changed.emit(hall)

    def close(self) -> None:
        """Wait for the worker; close a hall it built that nobody took."""
        self._executor.shutdown(wait=True)
        pending = self._pending
        if pending is not None and pending.done() and pending.exception() is None:
            pending.result().close()
