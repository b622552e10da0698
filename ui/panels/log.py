"""The event-log panel: every action, command, reply, status change and item time, filterable.

:class:`LogModel` is a table model fed by the bridge in batches (one
``beginInsertRows`` per batch, never one per entry); it keeps at most
``capacity`` entries and shows those passing the source and severity filters.

:meth:`LogPanel.show_event` makes the panel follow one event: entries of other
events are dropped, and the event's earlier history (earlier sessions, and this
one's entries already stored) is read from the database on a worker thread and
put before the live entries, without doubling the ones that are both.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from controlroom.eventlog import filter_entries, severity_rank
from controlroom.storage import SEVERITIES, Database, LogEntry
from ui.background import run_in_background
from ui.panels.common import tr
from ui.plain_text import bounded, plain_tooltip

log = logging.getLogger("ui.log_panel")

AnyIndex = QModelIndex | QPersistentModelIndex

SEVERITY_COLOURS = {
    "debug": QColor("#7d8791"),
    "warning": QColor("#ffcf5c"),
    "error": QColor("#ff6b6b"),
}


def _tr(text: str) -> str:
    return tr("LogPanel", text)


def severity_words() -> dict[str, str]:
    """The severities as the panel shows them."""
    return {
        "debug": _tr("debug"),
        "info": _tr("info"),
        "warning": _tr("warning"),
        "error": _tr("error"),
    }


def kind_words() -> dict[str, str]:
    """The kinds of entry as the panel shows them."""
    return {
        "action": _tr("action"),
        "command": _tr("command"),
        "reply": _tr("reply"),
        "status": _tr("status"),
        "item": _tr("item"),
    }


def source_words() -> dict[str, str]:
    """The sources that are not device ids (those stay as the hall file names them)."""
    return {"engine": _tr("engine"), "operator": _tr("operator")}


class LogModel(QAbstractTableModel):
    """Log entries (time, severity, source, kind, message), filtered, appended in batches."""

    COLUMNS = ("time", "severity", "source", "kind", "message")

    def __init__(self, capacity: int = 20_000, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: deque[LogEntry] = deque(maxlen=capacity)
        self._shown: list[LogEntry] = []
        self.source: str | None = None
        self.min_severity: str | None = None
        self.sources: set[str] = set()
        self._severities = severity_words()
        self._kinds = kind_words()
        self._sources = source_words()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (_tr("Time"), _tr("Severity"), _tr("Source"), _tr("Kind"), _tr("Message"))
            return titles[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        entry = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return entry.wall.strftime("%H:%M:%S.") + f"{entry.wall.microsecond // 1000:03d}"
            if column == 1:
                return self._severities.get(entry.severity, entry.severity)
            if column == 2:
                return self._sources.get(entry.source, entry.source)
            if column == 3:
                return self._kinds.get(entry.kind, entry.kind)
            return bounded(entry.message)  # a message quoting a megabyte title: one line
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = SEVERITY_COLOURS.get(entry.severity)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return plain_tooltip(entry.message)
        return None

    def entry(self, row: int) -> LogEntry:
        return self._shown[row]

    def _passes(self, entry: LogEntry) -> bool:
        if self.source is not None and entry.source != self.source:
            return False
        return self.min_severity is None or severity_rank(entry.severity) >= severity_rank(
            self.min_severity
        )

    def append(self, entries: Sequence[LogEntry]) -> None:
        """Add a batch (oldest first): one insert for the rows that pass the filters."""
        if not entries:
            return
        capacity = self._all.maxlen or len(entries)
        overflow = len(self._all) + len(entries) - capacity
        self._all.extend(entries)
        self.sources.update(entry.source for entry in entries)
        if overflow > 0:
            # Entries fell off the front: rebuild rather than track which were shown.
            self.beginResetModel()
            self._shown = filter_entries(self._all, self.source, self.min_severity)
            self.endResetModel()
            return
        shown = [entry for entry in entries if self._passes(entry)]
        if shown:
            first = len(self._shown)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self._shown.extend(shown)
            self.endInsertRows()

    def set_filter(self, source: str | None, min_severity: str | None) -> None:
        if min_severity is not None:
            severity_rank(min_severity)
        self.beginResetModel()
        self.source, self.min_severity = source, min_severity
        self._shown = filter_entries(self._all, source, min_severity)
        self.endResetModel()

    def clear(self) -> None:
        self.replace_all([])

    def replace_all(self, entries: Iterable[LogEntry]) -> None:
        """Show ``entries`` (oldest first) instead of what the model holds."""
        self.beginResetModel()
        self._all.clear()
        self._all.extend(entries)
        self.sources = {entry.source for entry in self._all}
        self._shown = filter_entries(self._all, self.source, self.min_severity)
        self.endResetModel()

    def entries(self) -> list[LogEntry]:
        """Every entry held (filtered or not), oldest first."""
        return list(self._all)


class LogPanel(QWidget):
    """The log table with a device (source) and a minimum-severity filter."""

    history_delivered = Signal(int)
    """(load number) a history read came back, even one a newer load made outdated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logPanel")
        self.model = LogModel(parent=self)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("logSource")
        self.source_combo.addItem(_tr("All sources"), None)
        self.severity_combo = QComboBox(self)
        self.severity_combo.setObjectName("logSeverity")
        severities = severity_words()
        for severity in SEVERITIES:
            self.severity_combo.addItem(
                _tr("{0} and above").format(severities[severity]), severity
            )
        self.severity_combo.setCurrentIndex(SEVERITIES.index("info"))
        self.source_combo.currentIndexChanged.connect(self._apply_filter)
        self.severity_combo.currentIndexChanged.connect(self._apply_filter)
        self.view = QTableView(self)
        self.view.setObjectName("logTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        # Wide enough for the longest word of each column in the UI's language.
        samples = (
            ["00:00:00.000"],
            list(severity_words().values()),
            ["projector", *source_words().values()],
            list(kind_words().values()),
        )
        for column, words in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(text) for text in [*words, title])
            header.resizeSection(column, widest + 24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Show"), self))
        top.addWidget(self.source_combo)
        top.addWidget(self.severity_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.model.rowsInserted.connect(self._follow_end)
        self._apply_filter()
        self._following = False
        self.event_id: int | None = None
        """The event whose log the panel shows (after :meth:`show_event`)."""
        self._load_number = 0
        self._stored: set[LogEntry] = set()
        self.history_loading = False
        """True from :meth:`show_event` until the event's stored history is shown."""

    def append(self, entries: Sequence[LogEntry]) -> None:
        if self._following:
            entries = [
                entry for entry in entries
                if entry.event_id in (None, self.event_id) and entry not in self._stored
            ]
        scrollbar = self.view.verticalScrollBar()
        self._at_end = scrollbar.value() >= scrollbar.maximum() - 2
        known = set(self.model.sources)
        self.model.append(entries)
        self._add_sources(self.model.sources - known)

    def _add_sources(self, sources: Iterable[str]) -> None:
        words = source_words()
        for source in sorted(sources):
            if self.source_combo.findData(source) < 0:
                self.source_combo.addItem(words.get(source, source), source)

    def show_event(self, database: Database | None, event_id: int | None) -> None:
        """Follow ``event_id``: drop other events' entries, load its stored history.

        The database is read on a worker thread; the result is put before the live
        entries when it arrives (a newer call wins over an older, slower one).
        """
        self._following = True
        self.event_id = event_id
        self._stored = set()
        self._load_number += 1
        kept = [entry for entry in self.model.entries() if entry.event_id in (None, event_id)]
        self.model.replace_all(kept)
        if database is None or event_id is None:
            self.history_loading = False
            return
        self.history_loading = True
        number = self._load_number

        def read() -> list[LogEntry] | BaseException:
            try:
                return database.log_entries(event_id)
            except Exception as error:  # shown in the panel's place, never lost
                log.exception("could not read the log of event %s", event_id)
                return error

        run_in_background(  # a panel closed meanwhile gets nothing
            read, lambda done: self._history_arrived(number, done.result()), guard=self,
            name="log-history",
        )

    def _history_arrived(self, number: int, history: list[LogEntry] | BaseException) -> None:
        self.history_delivered.emit(number)
        if number != self._load_number:
            return  # an older event's history
        self.history_loading = False
        if isinstance(history, BaseException):
            self.history_error = _tr("The earlier log could not be read: {0}").format(history)
            self.setToolTip(plain_tooltip(self.history_error))
            return
        self._stored = set(history)
        live = [entry for entry in self.model.entries() if entry not in self._stored]
        self.model.replace_all([*history, *live])
        self._add_sources(self.model.sources)
        self.view.scrollToBottom()

    history_error = ""
    """Why the event's earlier log could not be read (empty when it could)."""

    _at_end = True

    def _follow_end(self) -> None:
        if self._at_end:
            self.view.scrollToBottom()

    def _apply_filter(self) -> None:
        source = self.source_combo.currentData()
        severity = self.severity_combo.currentData()
        self.model.set_filter(source, severity)
        self.view.scrollToBottom()

    def set_filter(self, source: str | None, min_severity: str | None) -> None:
        """Choose the filters as the operator would (tests)."""
        position = self.source_combo.findData(source) if source is not None else 0
        self.source_combo.setCurrentIndex(max(position, 0))
        self.severity_combo.setCurrentIndex(
            SEVERITIES.index(min_severity) if min_severity is not None else 0
        )
