"""The show report: the open event's items, times and log as CSV or PDF.

The report is built on the database's writer thread (after the event log is
flushed), written to the file on the console's worker thread, and the outcome is
said in the status bar (or an error box) back on the GUI thread.
"""

from __future__ import annotations

import re
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ui.background import deliver_on_gui

if TYPE_CHECKING:
    from ui.console.controller import Console


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


#: Characters Windows (or any file system) refuses in a file name, and control characters.
_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def report_file_name(title: str, suffix: str = ".pdf") -> str:
    """A file name for the report of event ``title`` that every file system accepts.

    Characters Windows refuses (``: / \\ * ? " < > |``) become a space, runs of
    spaces one, and trailing dots or spaces go; an empty result is "report".
    """
    name = _UNSAFE_IN_FILE_NAMES.sub(" ", title)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    return f"{name or 'report'}{suffix}"


class ReportExport:
    """Show ▸ Show report of one console."""

    def __init__(self, console: Console) -> None:
        self._console = console

    def export(self, path: Path | None = None) -> Future[Any] | None:
        """Write the open event's report (CSV or PDF by extension), off the GUI thread."""
        console = self._console
        runsheet = console.runsheet
        if runsheet is None or runsheet.event.id is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                console.window, _tr("Show report"),
                str(Path.home() / report_file_name(runsheet.event.title)),
                _tr("PDF (*.pdf);;CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        event_id = runsheet.event.id
        database = console.database
        console.log.flush(0.0)

        def build() -> Any:
            from controlroom.report import build_report

            return build_report(database, event_id)

        built = database.writer.submit(build)
        written: Future[str] = Future()

        def write(done: Future[Any]) -> None:
            try:
                report = done.result()
                if path.suffix.lower() == ".pdf":
                    from ui.report_pdf import write_pdf

                    write_pdf(report, path)
                else:
                    from controlroom.report import write_csv

                    with path.open("w", encoding="utf-8-sig", newline="") as stream:
                        write_csv(report, stream)
                written.set_result(str(path))
            except Exception as error:  # shown to the operator below
                written.set_exception(error)

        built.add_done_callback(lambda done: console.work_executor.submit(write, done))
        deliver_on_gui(written, self._done)
        return written

    def _done(self, future: Future[str]) -> None:
        console = self._console
        error = future.exception()
        if error is not None:
            console.window.show_error(_tr("Could not write the report"), str(error))
            return
        console.window.statusBar().showMessage(
            _tr("Report written to {0}.").format(future.result()), 8000
        )
        console.report_written.emit(future.result())
