"""The readiness check: ask every device and check every cue, then say GO or NO-GO.

The check (:func:`controlroom.check.run_check`) runs on the console's worker thread;
the button says "Checking…" meanwhile, and the answer comes back to the GUI thread
as a message box, a log line and the console's ``check_finished`` signal.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from devices.text import Text
from ui.background import deliver_on_gui
from ui.core_text import tr_error, tr_text
from ui.plain_text import plain_message_box

if TYPE_CHECKING:
    from ui.console.controller import Console

#: How long the readiness check waits for every device.
CHECK_TIMEOUT_S = 5.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


class ReadinessCheck:
    """The readiness check of one console."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self.last_check: Future[Any] | None = None
        """The check started last (tests wait on it)."""

    def run(self) -> Future[Any] | None:
        """Ask every device and check every cue, off the GUI thread; then show go/no-go."""
        from controlroom.check import run_check

        console = self._console
        hall = console.holder.hall
        if hall is None:
            console.window.show_status_error(_tr("Readiness check: the devices are not "
                                                 "connected yet."))
            return None
        runsheet = console.runsheet
        event = runsheet.event if runsheet is not None else None
        console.show_bar.check_button.setEnabled(False)
        console.show_bar.check_button.setText(_tr("Checking…"))
        future = console.work_executor.submit(
            run_check, hall.config, event, hall=hall, timeout=CHECK_TIMEOUT_S
        )
        self.last_check = future
        deliver_on_gui(future, self._done)
        return future

    def _done(self, future: Future[Any]) -> None:
        console = self._console
        console.show_bar.check_button.setEnabled(True)
        console.show_bar.check_button.setText(_tr("Readiness check"))
        error = future.exception()
        if error is not None:
            console.window.show_error(_tr("Readiness check failed"), tr_error(error))
            return
        report = future.result()
        console.log.write("info" if report.go else "warning", "engine", "status",
                          Text("readiness check: GO") if report.go
                          else Text("readiness check: NO-GO"))
        box = plain_message_box(  # device names and reasons, shown as they are
            QMessageBox.Icon.Information if report.go else QMessageBox.Icon.Warning,
            _tr("Readiness: GO") if report.go else _tr("Readiness: NO-GO"),
            tr_text(report.text()),
            QMessageBox.StandardButton.Close,
            console.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        console.active_dialog = box
        box.open()
        console.check_finished.emit(report)
