"""The alarms on screen: the show bar's alarm strip and the list of unacknowledged alarms.

:class:`AlarmStrip` shows the newest unacknowledged alarm of a
:class:`controlroom.alarms.AlarmBoard` in red with how many there are, an
"Acknowledge" button and a button opening :class:`AlarmList` (every
unacknowledged alarm with its time, device and reason). Both only display and ask;
:class:`ui.console.alarms.ConsoleAlarms` feeds them and acknowledges on the board.
Alarm texts made below the GUI (``devices.text.Text``) are translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.alarms import Alarm
from ui.core_text import tr_text

STRIP_STYLE = """
QWidget#alarmStrip[alarm="yes"] { background: #5c1512; border-radius: 4px; }
QLabel#alarmText { color: #ffd6d2; font-weight: 700; }
QLabel#alarmCount { background: #d7261e; color: white; font-weight: 800; border-radius: 8px;
    padding: 0px 6px; }
QPushButton#alarmAcknowledge { background: #d7261e; color: white; font-weight: 700;
    padding: 0px 8px; max-height: 18px; }
QPushButton#alarmShowAll { padding: 0px 8px; max-height: 18px; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alarms", text)


def alarm_line(alarm: Alarm) -> str:
    """"10:02:13 projector: offline: no answer for 4 s", translated."""
    return _tr("{0} {1}: {2}").format(
        alarm.raised_at.strftime("%H:%M:%S"), alarm.device, tr_text(alarm.text)
    )


class AlarmStrip(QWidget):
    """The newest unacknowledged alarm, the count, Acknowledge and "All alarms…"."""

    acknowledge_requested = Signal()
    list_requested = Signal()
    showing_changed = Signal(bool)
    """The strip appeared (there are unacknowledged alarms) or went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarmStrip")
        self.setStyleSheet(STRIP_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.alarms: list[Alarm] = []
        self.text_label = QLabel(self)
        self.text_label.setObjectName("alarmText")
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("alarmCount")
        self.acknowledge_button = QPushButton(_tr("Acknowledge"), self)
        self.acknowledge_button.setObjectName("alarmAcknowledge")
        self.acknowledge_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.acknowledge_button.setToolTip(_tr("Acknowledge every alarm (Ctrl+Shift+A)"))
        self.acknowledge_button.clicked.connect(self.acknowledge_requested)
        self.list_button = QPushButton(_tr("All alarms…"), self)
        self.list_button.setObjectName("alarmShowAll")
        self.list_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list_button.clicked.connect(self.list_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.count_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.acknowledge_button)
        layout.addWidget(self.list_button)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.setMaximumHeight(22)
        self.set_alarms([])

    def set_alarms(self, alarms: list[Alarm]) -> None:
        """The unacknowledged alarms, newest first."""
        showing_before = bool(self.alarms)
        self.alarms = list(alarms)
        self.setVisible(bool(alarms))
        if showing_before != bool(alarms):
            self.showing_changed.emit(bool(alarms))
        self.setProperty("alarm", "yes" if alarms else "no")
        self.style().unpolish(self)
        self.style().polish(self)
        if not alarms:
            self.text_label.clear()
            self.count_label.clear()
            return
        newest = alarms[0]
        text = "⚠ " + alarm_line(newest)
        self.text_label.setText(text)
        self.text_label.setToolTip("\n".join(alarm_line(alarm) for alarm in alarms))
        self.count_label.setText(str(len(alarms)))
        self.count_label.setToolTip(_tr("{0} unacknowledged alarms").format(len(alarms)))


class AlarmList(QDialog):
    """Every unacknowledged alarm: time, device, reason, still active or over."""

    acknowledge_requested = Signal(object)
    """An alarm id, or ``None`` for all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarmList")
        self.setWindowTitle(_tr("Alarms"))
        self.alarms: list[Alarm] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("alarmTable")
        self.table.setHorizontalHeaderLabels(
            [_tr("Time"), _tr("Device"), _tr("Alarm"), _tr("Now")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(_tr("No unacknowledged alarms."), self)
        buttons = QDialogButtonBox(self)
        self.acknowledge_selected = buttons.addButton(
            _tr("Acknowledge selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.acknowledge_all = buttons.addButton(
            _tr("Acknowledge all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(_tr("Close"))
        close.clicked.connect(self.close)
        self.acknowledge_selected.clicked.connect(self._acknowledge_selected)
        self.acknowledge_all.clicked.connect(lambda: self.acknowledge_requested.emit(None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(640, 300)
        self.set_alarms([])

    def set_alarms(self, alarms: list[Alarm]) -> None:
        self.alarms = list(alarms)
        self.table.setRowCount(len(alarms))
        for row, alarm in enumerate(alarms):
            now = _tr("active") if alarm.active else _tr("over")
            cells = [alarm.raised_at.strftime("%H:%M:%S"), alarm.device, tr_text(alarm.text), now]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, alarm.id)
                self.table.setItem(row, column, cell)
        self.empty_label.setVisible(not alarms)
        self.acknowledge_all.setEnabled(bool(alarms))
        self.acknowledge_selected.setEnabled(bool(alarms))

    def _acknowledge_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in rows:
            if 0 <= row < len(self.alarms):
                self.acknowledge_requested.emit(self.alarms[row].id)
