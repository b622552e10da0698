"""The readiness check: ask every device and check every cue, then say GO or NO-GO.

The check (:func:`controlroom.check.run_check`) runs on the console's worker thread,
with the engine's standby item (nothing in standby is NO-GO); the button says
"Checking…" meanwhile, and the answer comes back to the GUI thread as a
:class:`ReadinessPanel` (GO or NO-GO big at the top, then one row per device and
one per problem, every label translated), a log line and the console's
``check_finished`` signal.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.check import CheckReport, DeviceCheck
from devices.base import LinkState
from devices.text import Text
from ui.background import deliver_on_gui
from ui.core_text import tr_error, tr_text
from ui.panels.common import state_words

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
        standby = console.engine.standby_index if console.engine is not None else None
        console.show_bar.check_button.setEnabled(False)
        console.show_bar.check_button.setText(_tr("Checking…"))
        future = console.work_executor.submit(
            run_check, hall.config, event, hall=hall, timeout=CHECK_TIMEOUT_S, standby=standby
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
        panel = ReadinessPanel(report, console.window)
        panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        console.active_dialog = panel
        panel.open()
        console.check_finished.emit(report)


VERDICT_STYLE = """
QLabel#readinessVerdict { font-size: 28pt; font-weight: 900; padding: 6px 18px;
    border-radius: 6px; color: white; }
QLabel#readinessVerdict[go="yes"] { background: #1f9d46; }
QLabel#readinessVerdict[go="no"] { background: #b3261e; }
"""


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], fit: bool = False) -> None:
    """``rows`` into ``table``; with ``fit`` the table is exactly as tall as its rows."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            table.setItem(row, column, cell)
    table.resizeRowsToContents()
    if fit:
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)


def _status_words(state: str) -> str:
    try:
        return state_words(LinkState(state))
    except ValueError:
        return state


class ReadinessPanel(QDialog):
    """A readiness check's answer: GO / NO-GO big at the top, devices and problems below."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.setStyleSheet(VERDICT_STYLE)
        self.report = report
        self.setWindowTitle(_tr("Readiness: GO") if report.go else _tr("Readiness: NO-GO"))
        self.verdict = QLabel(_tr("GO") if report.go else _tr("NO-GO"), self)
        self.verdict.setObjectName("readinessVerdict")
        self.verdict.setProperty("go", "yes" if report.go else "no")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        count = len(report.problems)
        self.summary = QLabel(self)
        self.summary.setObjectName("readinessSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names as they are, never HTML
        self.summary.setText(self._summary(report, count))
        self.devices = _table(self, "readinessDevices",
                              [_tr("Device"), _tr("Kind"), _tr("Status"), _tr("Reason")])
        _fill(self.devices, [
            [device.device, device.kind, self._status(device), tr_text(device.reason)]
            for device in report.devices
        ], fit=True)
        self.problems_label = QLabel(
            _tr("Problems: {0}").format(count) if count else _tr("No problems."), self
        )
        self.problems = _table(self, "readinessProblems", [_tr("Where"), _tr("Problem")])
        _fill(self.problems, [
            [tr_text(problem.where), tr_text(problem.reason)] for problem in report.problems
        ])
        self.problems.setVisible(bool(count))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(_tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary)
        layout.addWidget(self.devices)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        if not count:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    @staticmethod
    def _status(device: DeviceCheck) -> str:
        if device.ok:
            return _tr("ok")
        if device.state == LinkState.OK.value:
            return _tr("not ready")  # connected, but its kind finds something wrong
        return _status_words(device.state)

    @staticmethod
    def _summary(report: CheckReport, count: int) -> str:
        mode = _tr("rehearsal") if report.mode == "rehearsal" else _tr("live")
        lines = [_tr("Hall: {0} ({1})").format(report.hall_name, mode)]
        if report.event_title is not None:
            lines.append(_tr("Event: {0} ({1} items)").format(
                report.event_title, report.items_checked))
            lines.append(
                _tr("Standby: item {0}").format(report.standby + 1)
                if report.standby is not None else _tr("Standby: nothing")
            )
        return "\n".join(lines)

    def device_rows(self) -> list[list[str]]:
        """The device table's cells (tests and screenshots read them)."""
        return _rows(self.devices)

    def problem_rows(self) -> list[list[str]]:
        return _rows(self.problems)


def _rows(table: QTableWidget) -> list[list[str]]:
    rows = []
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows
