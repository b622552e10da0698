"""The show report: the open event's items, times and log of one run, as CSV or PDF.

The report is of one run of the show (rehearsal or live): Show ▸ Show report first
lists the event's runs (read off the GUI thread) in :class:`RunChoiceDialog`, the
last live run chosen by default, then asks for the file. The report is built on
the database's writer thread (after the event log is flushed), written to the file
on the console's worker thread, and the outcome is said in the status bar (or an
error box) back on the GUI thread.
"""

from __future__ import annotations

import re
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.report import choose_run
from controlroom.storage import RunSummary
from ui.background import deliver_on_gui, run_in_background

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


def describe_run(run: RunSummary) -> str:
    """One line of the run list: number, mode, start and end, items run."""
    from ui.console.lifecycle import run_words

    day, start = run.started.strftime("%Y-%m-%d"), run.started.strftime("%H:%M")
    if run.ended is None:
        return _tr("#{0}  {1}  {2} from {3}, not ended  ({4} items run)").format(
            run.id, run_words(run.mode), day, start, run.items_run
        )
    return _tr("#{0}  {1}  {2} {3}–{4}  ({5} items run)").format(
        run.id, run_words(run.mode), day, start, run.ended.strftime("%H:%M"), run.items_run
    )


class RunChoiceDialog(QDialog):
    """Which run the report is of: the event's runs, the last live run chosen by default."""

    def __init__(self, runs: list[RunSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportRunDialog")
        self.setWindowTitle(_tr("Show report: which run?"))
        self.runs = runs
        label = QLabel(
            _tr("The report is of one run of the show (a rehearsal or the live show)."), self
        )
        label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reportRunList")
        default = choose_run(runs)
        for run in runs:
            entry = QListWidgetItem(describe_run(run), self.list)
            entry.setData(Qt.ItemDataRole.UserRole, run.id)
            if default is not None and run.id == default.id:
                self.list.setCurrentItem(entry)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 300)

    @property
    def chosen_run_id(self) -> int | None:
        entry = self.list.currentItem()
        return None if entry is None else int(entry.data(Qt.ItemDataRole.UserRole))


class ReportExport:
    """Show ▸ Show report of one console."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self.dialog: RunChoiceDialog | None = None

    def export(self, path: Path | None = None, run_id: int | None = None) -> Future[Any] | None:
        """Write the report of one run (CSV or PDF by extension), off the GUI thread.

        Without ``path`` the operator chooses the run (:meth:`choose`) and then the
        file. ``run_id=None``: the last live run (else the latest run).
        """
        console = self._console
        runsheet = console.runsheet
        if runsheet is None or runsheet.event.id is None:
            return None
        if path is None:
            self.choose()
            return None
        return self._write(path, runsheet.event.id, run_id)

    def choose(self) -> None:
        """List the event's runs (off the GUI thread), then ask which one, then the file."""
        console = self._console
        runsheet = console.runsheet
        if runsheet is None or runsheet.event.id is None:
            return
        event_id, title = runsheet.event.id, runsheet.event.title
        database = console.database
        console.log.flush(0.0)

        def listed(done: Future[list[RunSummary]]) -> None:
            error = done.exception()
            if error is not None:
                console.window.show_error(_tr("Could not read the runs"), str(error))
                return
            dialog = RunChoiceDialog(done.result(), console.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._ask_file(event_id, title, dialog.chosen_run_id))
            self.dialog = dialog
            console.active_dialog = dialog
            dialog.open()

        run_in_background(
            lambda: database.list_runs(event_id), listed, guard=console, name="report-runs"
        )

    def _ask_file(self, event_id: int, title: str, run_id: int | None) -> None:
        console = self._console
        suffix = f" run {run_id}" if run_id is not None else ""
        chosen, _filter = QFileDialog.getSaveFileName(
            console.window, _tr("Show report"),
            str(Path.home() / report_file_name(f"{title}{suffix}")),
            _tr("PDF (*.pdf);;CSV (*.csv)"),
        )
        if chosen:
            self._write(Path(chosen), event_id, run_id)

    def _write(self, path: Path, event_id: int, run_id: int | None) -> Future[str]:
        console = self._console
        database = console.database
        console.log.flush(0.0)

        def build() -> Any:
            from controlroom.report import build_report

            return build_report(database, event_id, run_id=run_id)

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
