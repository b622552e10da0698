"""Dialogs about whole events: choose one to open, describe a new one, duplicate one as a template.

The dialogs never touch the database themselves: the main window loads the
event list off the GUI thread and hands it over with :meth:`OpenEventDialog.set_events`,
and reads the values back when a dialog is accepted. All are meant to be shown
with ``open()`` (window-modal, non-blocking), so tests can drive them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from controlroom.model import Event, EventKind
from ui.plain_text import make_plain

DATETIME_DISPLAY_FORMAT = "yyyy-MM-dd  HH:mm"


def event_kind_label(kind: EventKind | str) -> str:
    """The translated name of an event kind (accepts the enum or its value)."""
    try:
        kind = EventKind(kind) if not isinstance(kind, EventKind) else kind
    except ValueError:
        return str(kind)
    labels = {
        EventKind.BRIEFING: QCoreApplication.translate("EventKind", "Briefing"),
        EventKind.PRESS_CONFERENCE: QCoreApplication.translate("EventKind", "Press conference"),
        EventKind.MEETING: QCoreApplication.translate("EventKind", "Meeting"),
        EventKind.OTHER: QCoreApplication.translate("EventKind", "Other"),
    }
    return labels[kind]


def to_qdatetime(moment: datetime) -> QDateTime:
    """A naive local datetime as a QDateTime (whole seconds)."""
    return QDateTime.fromString(moment.strftime("%Y-%m-%dT%H:%M:%S"), Qt.DateFormat.ISODate)


def from_qdatetime(moment: QDateTime) -> datetime:
    """A QDateTime as a naive local datetime (whole seconds)."""
    return datetime.strptime(moment.toString(Qt.DateFormat.ISODate)[:19], "%Y-%m-%dT%H:%M:%S")


def _datetime_edit(parent: QWidget, moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(moment), parent)
    edit.setDisplayFormat(DATETIME_DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def summary_sort_key(summary: Any) -> tuple[str, int]:
    """Order event summaries by scheduled start (or date), then id."""
    start = getattr(summary, "scheduled_start", None)
    return (str(start if start is not None else summary.date), int(summary.id))


class EventDetailsDialog(QDialog):
    """Title, venue, kind, scheduled start, languages and notes of an event (new or existing)."""

    def __init__(self, parent: QWidget | None, event: Event | None = None) -> None:
        super().__init__(parent)
        creating = event is None
        self.setWindowTitle(self.tr("New event") if creating else self.tr("Event details"))
        default_start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(
            hours=1
        )
        self.title_edit = QLineEdit(event.title if event else "", self)
        self.venue_edit = QLineEdit(event.venue if event else "", self)
        self.kind_combo = QComboBox(self)
        for kind in EventKind:
            self.kind_combo.addItem(event_kind_label(kind), kind.value)
        current_kind = event.kind if event else EventKind.PRESS_CONFERENCE
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(current_kind.value))
        self.start_edit = _datetime_edit(self, event.scheduled_start if event else default_start)
        self.languages_edit = QLineEdit(
            ", ".join(event.languages if event else ["kk", "ru"]), self
        )
        self.languages_edit.setToolTip(self.tr("Language codes separated by commas, e.g. kk, ru"))
        self.notes_edit = QPlainTextEdit(event.notes if event else "", self)
        self.notes_edit.setFixedHeight(90)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("dialogError")
        make_plain(self.error_label)
        self.error_label.setStyleSheet("color: #ff6b6b;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Scheduled start"), self.start_edit)
        form.addRow(self.tr("Venue"), self.venue_edit)
        form.addRow(self.tr("Languages"), self.languages_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("The event needs a title."))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        """The fields as keyword arguments for ``RunSheet.update_event`` / ``Event``."""
        languages = [
            code.strip() for code in self.languages_edit.text().replace(";", ",").split(",")
        ]
        return {
            "title": self.title_edit.text().strip(),
            "venue": self.venue_edit.text().strip(),
            "kind": EventKind(self.kind_combo.currentData()),
            "scheduled_start": from_qdatetime(self.start_edit.dateTime()),
            "languages": [code for code in languages if code],
            "notes": self.notes_edit.toPlainText(),
        }

    def build_event(self) -> Event:
        """A new, empty event from the fields."""
        return Event(**self.values())


class DuplicateEventDialog(QDialog):
    """A new title and start for a copy of an event (the next briefing from this one)."""

    def __init__(self, parent: QWidget | None, event: Event) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate event as template"))
        next_start = event.scheduled_start + timedelta(days=7)
        self.title_edit = QLineEdit(event.title, self)
        self.start_edit = _datetime_edit(self, next_start)
        explanation = QLabel(
            self.tr("A copy of “{0}” with all its items, for a new date.").format(event.title),
            self,
        )
        make_plain(explanation)  # it quotes the event's title
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New title"), self.title_edit)
        form.addRow(self.tr("Scheduled start"), self.start_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        if not self.title_edit.text().strip():
            self.title_edit.setFocus()
            return
        super().accept()

    def new_title(self) -> str:
        return self.title_edit.text().strip()

    def new_start(self) -> datetime:
        return from_qdatetime(self.start_edit.dateTime())


class OpenEventDialog(QDialog):
    """The events in the database, newest first; pick one to open (or delete)."""

    event_chosen = Signal(int)
    """The id of the event to open."""
    delete_requested = Signal(int, str)
    """(id, title) of an event the operator wants deleted (the window confirms first)."""

    def __init__(self, parent: QWidget | None, current_event_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open event"))
        self._current_event_id = current_event_id
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Start"), self.tr("Title"), self.tr("Kind"), self.tr("Items")]
        )
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.accept())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.status_label = QLabel(self.tr("Loading events…"), self)
        make_plain(self.status_label)  # a database error's own words
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self._request_delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self._update_buttons()

    def set_events(self, summaries: Sequence[Any]) -> None:
        """Fill the list from ``EventSummary`` records (id, date, title, kind...), newest first."""
        self.tree.clear()
        ordered = sorted(summaries, key=summary_sort_key)
        current: QTreeWidgetItem | None = None
        for summary in reversed(ordered):
            start = getattr(summary, "scheduled_start", None)
            when = start.strftime("%Y-%m-%d  %H:%M") if start is not None else str(summary.date)
            count = getattr(summary, "item_count", None)
            row = QTreeWidgetItem(
                [
                    when,
                    summary.title,
                    event_kind_label(summary.kind),
                    "" if count is None else str(count),
                ]
            )
            row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setData(0, Qt.ItemDataRole.UserRole, summary.id)
            self.tree.addTopLevelItem(row)
            if summary.id == self._current_event_id:
                current = row
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        first = current or self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        count = len(summaries)
        if count == 0:
            self.status_label.setText(self.tr("No events yet."))
        elif count == 1:
            self.status_label.setText(self.tr("%n event", "", count))
        else:
            self.status_label.setText(self.tr("%n events", "", count))
        self._update_buttons()

    def show_error(self, message: str) -> None:
        self.status_label.setText(message)

    def selected_event_id(self) -> int | None:
        row = self.tree.currentItem()
        return None if row is None else int(row.data(0, Qt.ItemDataRole.UserRole))

    def select_event(self, event_id: int) -> bool:
        """Make ``event_id`` the current row; False if it is not listed."""
        for position in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(position)
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == event_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_event_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _request_delete(self) -> None:
        event_id = self.selected_event_id()
        row = self.tree.currentItem()
        if event_id is not None and row is not None:
            self.delete_requested.emit(event_id, row.text(1))

    def accept(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        super().accept()
        self.event_chosen.emit(event_id)
