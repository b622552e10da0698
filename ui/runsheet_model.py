"""The run-sheet as a Qt table: a ``QAbstractTableModel`` over ``controlroom.runsheet.RunSheet``.

There is no second copy of the data: every ``data()`` call reads the RunSheet's
items and its schedule. Edits go through ``RunSheet.set_item_field`` (which
validates, pushes an undo command and queues the SQLite write); the RunSheet's
change listener tells this model what changed, and the model forwards it to the
views as row insertions, removals, moves and ``dataChanged`` for the planned
times, which every edit can shift.

A big run-sheet reaches the views in chunks: :meth:`RunSheetTableModel.set_runsheet`
shows the first :attr:`~RunSheetTableModel.FIRST_ROWS` rows at once and inserts the
rest :attr:`~RunSheetTableModel.CHUNK_ROWS` at a time from the event loop, so opening
a 100,000-item event never holds the GUI thread for long (:attr:`loading_finished`
when every row is in; an edit meanwhile restarts the feed from the rows shown).

A rejected edit leaves the item as it was and emits :attr:`RunSheetTableModel.edit_rejected`
with the reason, for the window to show.

While a start or duration cell is being typed into, the delegate hands each text
to :meth:`RunSheetTableModel.preview_edit`: if it parses, the planned times shown
become those of ``RunSheet.preview_schedule`` (a preview; the run-sheet and the
database change only when the edit is committed). A text that does not parse
keeps the last valid preview. :meth:`RunSheetTableModel.clear_preview` (the
editor closed) or any change of the run-sheet goes back to the real schedule.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from controlroom.durations import format_duration, parse_duration
from controlroom.model import Item, ItemKind
from controlroom.runsheet import RunSheet, RunSheetChange, RunSheetLocked, RunSheetReadOnly
from controlroom.schedule import Schedule, hard_start_at
from ui import theme
from ui.plain_text import bounded, plain_tooltip

ROW_MIME_TYPE = "application/x-controlroom-item-rows"

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The table's columns, in order."""

    NUMBER = 0
    START = 1
    DURATION = 2
    END = 3
    TITLE = 4
    SPEAKER = 5
    KIND = 6
    NOTES = 7


# Which Item field an editable column writes.
EDITABLE_FIELDS: dict[Column, str] = {
    Column.START: "hard_start",
    Column.DURATION: "planned_duration",
    Column.TITLE: "title",
    Column.SPEAKER: "speaker_name",
    Column.KIND: "kind",
    Column.NOTES: "notes",
}

# Extra roles the delegates read.
GAP_ROLE = Qt.ItemDataRole.UserRole + 1
"""Seconds of gap before the row's item (int, 0 for none)."""
OVERLAP_ROLE = Qt.ItemDataRole.UserRole + 2
"""Seconds the row's item overlaps the previous one (int, 0 for none)."""
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3
"""The item's colour as a QColor, or None."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
"""The item's ItemKind."""


def column_title(column: Column) -> str:
    """The translated header of ``column``."""
    titles = {
        Column.NUMBER: QCoreApplication.translate("RunSheetTableModel", "#"),
        Column.START: QCoreApplication.translate("RunSheetTableModel", "Start"),
        Column.DURATION: QCoreApplication.translate("RunSheetTableModel", "Duration"),
        Column.END: QCoreApplication.translate("RunSheetTableModel", "End"),
        Column.TITLE: QCoreApplication.translate("RunSheetTableModel", "Title"),
        Column.SPEAKER: QCoreApplication.translate("RunSheetTableModel", "Speaker"),
        Column.KIND: QCoreApplication.translate("RunSheetTableModel", "Kind"),
        Column.NOTES: QCoreApplication.translate("RunSheetTableModel", "Notes"),
    }
    return titles[column]


def kind_label(kind: ItemKind) -> str:
    """The translated name of an item kind."""
    labels = {
        ItemKind.SEGMENT: QCoreApplication.translate("ItemKind", "Segment"),
        ItemKind.QA: QCoreApplication.translate("ItemKind", "Q&A"),
        ItemKind.BREAK: QCoreApplication.translate("ItemKind", "Break"),
        ItemKind.VIDEO: QCoreApplication.translate("ItemKind", "Video"),
        ItemKind.OTHER: QCoreApplication.translate("ItemKind", "Other"),
    }
    return labels[kind]


def format_clock(moment: datetime, event_start: datetime) -> str:
    """``HH:MM:SS``, plus ``+1`` (``-1``) on the day after (before) the event's start."""
    text = moment.strftime("%H:%M:%S")
    days = (moment.date() - event_start.date()).days
    if days:
        text += f" {days:+d}"
    return text


def parse_clock(text: str, event_start: datetime) -> datetime | None:
    """A wall-clock time typed as ``HH:MM`` or ``HH:MM:SS`` -> a datetime for this event.

    An empty text means "no hard start" (``None``). The day is the one within twelve
    hours of the event's start (:func:`controlroom.schedule.hard_start_at`), so an
    event crossing midnight works. Raises ``ValueError`` saying what is wrong.
    """
    stripped = text.strip()
    if not stripped:
        return None
    # The start column shows "+1" after times on the next day; accept it back.
    stripped = re.sub(r"\s*[+-]\d+$", "", stripped)
    parts = stripped.split(":")
    not_a_time = QCoreApplication.translate(
        "RunSheetTableModel", "“{0}” is not a time of day (use HH:MM or HH:MM:SS)"
    ).format(text.strip())
    if len(parts) not in (2, 3) or not all(part.strip().isdigit() for part in parts):
        raise ValueError(not_a_time)
    numbers = [int(part) for part in parts] + [0]
    hours, minutes, seconds = numbers[0], numbers[1], numbers[2]
    if hours > 23 or minutes > 59 or seconds > 59:
        raise ValueError(not_a_time)
    return hard_start_at(event_start, time(hours, minutes, seconds))


class RunSheetTableModel(QAbstractTableModel):
    """The open event's run-sheet as rows of a table (one row per item)."""

    edit_rejected = Signal(int, int, str)
    """(row, column, reason): a value was refused and the item kept its old one."""
    event_changed = Signal()
    """The event's own fields (title, start...) changed."""
    preview_changed = Signal()
    """The planned times shown switched to (or between, or back from) a typing preview."""

    loading_finished = Signal()
    """Every row of the run-sheet is in the model (emitted after each chunked load)."""

    PREVIEW_COLUMNS = (Column.START, Column.DURATION)
    """Columns whose typed text previews the planned times."""

    FIRST_ROWS = 2000
    """Rows shown at once when a run-sheet is set; the rest follow in chunks."""
    CHUNK_ROWS = 5000
    """Rows inserted per turn of the event loop while a big run-sheet is fed in."""

    def __init__(self, runsheet: RunSheet | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._runsheet: RunSheet | None = None
        self._row_count = 0
        self._tints: dict[str, QBrush] = {}
        self._preview: Schedule | None = None
        self._feeder = QTimer(self)
        self._feeder.setObjectName("runSheetFeeder")
        self._feeder.setInterval(0)
        self._feeder.timeout.connect(self._feed)
        if runsheet is not None:
            self.set_runsheet(runsheet)

    # -- the document -------------------------------------------------------------

    @property
    def runsheet(self) -> RunSheet | None:
        return self._runsheet

    def set_runsheet(self, runsheet: RunSheet | None) -> None:
        """Show ``runsheet`` (or nothing); one model reset."""
        if self._runsheet is not None:
            self._runsheet.remove_change_listener(self._on_change)
        self._feeder.stop()
        self.beginResetModel()
        self._runsheet = runsheet
        self._preview = None
        total = len(runsheet.items) if runsheet is not None else 0
        self._row_count = min(total, self.FIRST_ROWS)
        self.endResetModel()
        if runsheet is not None:
            runsheet.add_change_listener(self._on_change)
        self.event_changed.emit()
        self._continue_loading()

    @property
    def fully_loaded(self) -> bool:
        """Every item of the run-sheet has its row (no chunked load under way)."""
        runsheet = self._runsheet
        return runsheet is None or self._row_count == len(runsheet.items)

    def _continue_loading(self) -> None:
        if self.fully_loaded:
            self._feeder.stop()
            self.loading_finished.emit()
        elif not self._feeder.isActive():
            self._feeder.start()

    def _feed(self) -> None:
        """Insert the next chunk of rows (the feeder timer, between other events)."""
        runsheet = self._runsheet
        total = len(runsheet.items) if runsheet is not None else 0
        if self._row_count < total:
            last = min(total, self._row_count + self.CHUNK_ROWS) - 1
            self.beginInsertRows(QModelIndex(), self._row_count, last)
            self._row_count = last + 1
            self.endInsertRows()
        if self._row_count >= total:
            self._continue_loading()

    def finish_loading(self) -> None:
        """Put every remaining row in now (tests, and before anything needs them all)."""
        while not self.fully_loaded:
            self._feed()

    @property
    def schedule(self) -> Schedule | None:
        """The planned times shown: a typing preview while there is one, else the run-sheet's."""
        if self._preview is not None:
            return self._preview
        return self._runsheet.schedule if self._runsheet is not None else None

    @property
    def previewing(self) -> bool:
        return self._preview is not None

    def preview_edit(self, row: int, column: int, text: str) -> bool:
        """Show the planned times as if ``text`` were committed to (row, column).

        Only start and duration cells preview. A text that does not parse (or would
        be refused) keeps the last valid preview and says ``False``; nothing is
        reported as an error until the edit is committed.
        """
        runsheet = self._runsheet
        if runsheet is None or column not in self.PREVIEW_COLUMNS:
            return False
        if not 0 <= row < len(runsheet.items):
            return False
        field = EDITABLE_FIELDS[Column(column)]
        try:
            typed = self._typed_value(Column(column), text)
            preview = runsheet.preview_schedule(row, field, typed)
        except (ValueError, IndexError):
            return False
        self._preview = preview
        self._planned_times_changed()
        self.preview_changed.emit()
        return True

    def clear_preview(self) -> None:
        """Show the run-sheet's own planned times again (the editor closed)."""
        if self._preview is None:
            return
        self._preview = None
        self._planned_times_changed()
        self.preview_changed.emit()

    def item(self, row: int) -> Item | None:
        """The item shown in ``row``, or None."""
        if self._runsheet is None or not 0 <= row < len(self._runsheet.items):
            return None
        return self._runsheet.items[row]

    # -- change notifications from the RunSheet ------------------------------------

    def _on_change(self, change: RunSheetChange) -> None:
        runsheet = self._runsheet
        if runsheet is None:
            return
        had_preview = self._preview is not None
        self._preview = None  # it was computed from the items before this change
        new_count = len(runsheet.items)
        if self._feeder.isActive():
            # Rows are still being fed in: the change may touch rows not shown yet.
            self.beginResetModel()
            self._row_count = min(self._row_count, new_count)
            self.endResetModel()
            self.event_changed.emit()
            self._continue_loading()
            if had_preview:
                self.preview_changed.emit()
            return
        root = QModelIndex()
        kind = change.kind
        reset = False
        if kind == "inserted" and self._rows_valid(change.first, change.last, self._row_count + 1):
            self.beginInsertRows(root, change.first, change.last)
            self._row_count = new_count
            self.endInsertRows()
        elif kind == "removed" and self._rows_valid(change.first, change.last, self._row_count):
            self.beginRemoveRows(root, change.first, change.last)
            self._row_count = new_count
            self.endRemoveRows()
        elif kind == "moved" and self._move_rows(change):
            pass
        elif kind in ("updated", "event") and new_count == self._row_count:
            if kind == "updated" and self._rows_valid(change.first, change.last, new_count):
                self.dataChanged.emit(
                    self.index(change.first, 0), self.index(change.last, len(Column) - 1)
                )
            if kind == "event":
                self.event_changed.emit()
        else:
            self.beginResetModel()
            self._row_count = new_count
            self.endResetModel()
            self.event_changed.emit()
            reset = True
        if not reset:
            self._schedule_changed()
        if had_preview:
            self.preview_changed.emit()

    @staticmethod
    def _rows_valid(first: int, last: int, limit: int) -> bool:
        return 0 <= first <= last < limit

    def _move_rows(self, change: RunSheetChange) -> bool:
        """Forward a contiguous move; False if it cannot be told as one (then the caller resets)."""
        first, last, destination = change.first, change.last, change.destination
        if not self._rows_valid(first, last, self._row_count):
            return False
        if not 0 <= destination <= self._row_count:
            return False
        # Both RunSheet and Qt count the destination before the move.
        if not self.beginMoveRows(QModelIndex(), first, last, QModelIndex(), destination):
            return False
        self.endMoveRows()
        return True

    def refresh_all(self) -> None:
        """Repaint every cell (e.g. after the run-sheet was locked or unlocked)."""
        if self._row_count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._row_count - 1, len(Column) - 1)
            )

    def _schedule_changed(self) -> None:
        """Every planned time (and number) may have shifted: repaint those columns."""
        if self._row_count:
            self.dataChanged.emit(
                self.index(0, Column.NUMBER),
                self.index(self._row_count - 1, Column.END),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.BackgroundRole, GAP_ROLE, OVERLAP_ROLE],
            )

    # -- QAbstractTableModel ----------------------------------------------------

    def _planned_times_changed(self) -> None:
        """Repaint the start and end columns only: the cell being typed into keeps its text."""
        if self._row_count:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.BackgroundRole, GAP_ROLE, OVERLAP_ROLE]
            last = self._row_count - 1
            for column in (Column.START, Column.END):
                self.dataChanged.emit(self.index(0, column), self.index(last, column), roles)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(Column(section))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._alignment(Column(section))
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        locked = self._runsheet is not None and self._runsheet.locked
        if not locked and Column(index.column()) in EDITABLE_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        runsheet = self._runsheet
        if runsheet is None or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(runsheet.items):
            return None
        item = runsheet.items[row]
        column = Column(index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self._text(row, item, column, True)
        if role == Qt.ItemDataRole.DisplayRole:
            # Cut: a cell shows a line, and laying out megabytes on every paint would stall.
            text = self._text(row, item, column, False)
            return bounded(text) if isinstance(text, str) else text
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tooltips guess at HTML: a title like <img src=...> must show as typed.
            tooltip = self._tooltip(row, item, column)
            return plain_tooltip(tooltip) if tooltip else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == Column.START and self._overlap(row) > 0:
                return QBrush(theme.OVERLAP_BACKGROUND)
            return self._row_tint(item.colour) if item.colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.START and self._overlap(row) > 0:
                return QBrush(theme.OVERLAP_TEXT)
            if column == Column.START and item.hard_start is not None:
                return QBrush(theme.HARD_START_TEXT)
            if column in (Column.NOTES, Column.KIND):
                return QBrush(theme.MUTED_TEXT)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.START and item.hard_start is not None:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == GAP_ROLE:
            return self._gap(row)
        if role == OVERLAP_ROLE:
            return self._overlap(row)
        if role == COLOUR_ROLE:
            colour = QColor(item.colour) if item.colour else None
            return colour if colour is not None and colour.isValid() else None
        if role == KIND_ROLE:
            return item.kind
        return None

    def _row_tint(self, colour: str) -> QBrush | None:
        """The item's colour blended into the table background, so text stays readable."""
        brush = self._tints.get(colour)
        if brush is None:
            wanted = QColor(colour)
            if not wanted.isValid():
                return None
            base = theme.BASE
            share = theme.ROW_TINT_SHARE
            brush = QBrush(
                QColor(
                    round(base.red() + (wanted.red() - base.red()) * share),
                    round(base.green() + (wanted.green() - base.green()) * share),
                    round(base.blue() + (wanted.blue() - base.blue()) * share),
                )
            )
            self._tints[colour] = brush
        return brush

    @staticmethod
    def _alignment(column: Column) -> int:
        """Numbers and times right-aligned (digits line up), text left-aligned."""
        if column in (Column.NUMBER, Column.START, Column.DURATION, Column.END):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _slot(self, row: int) -> Any:
        schedule = self.schedule
        if schedule is None:
            return None
        slots = schedule.slots
        return slots[row] if 0 <= row < len(slots) else None

    def _gap(self, row: int) -> int:
        slot = self._slot(row)
        return int(slot.gap_before_s) if slot is not None else 0

    def _overlap(self, row: int) -> int:
        slot = self._slot(row)
        return int(slot.overlap_s) if slot is not None else 0

    def _text(self, row: int, item: Item, column: Column, editing: bool) -> Any:
        assert self._runsheet is not None
        event_start = self._runsheet.event.scheduled_start
        if column == Column.NUMBER:
            return str(row + 1)
        if column in (Column.START, Column.END):
            slot = self._slot(row)
            if slot is None:
                return ""
            moment = slot.start if column == Column.START else slot.end
            return format_clock(moment, event_start)
        if column == Column.DURATION:
            return format_duration(item.planned_duration)
        if column == Column.TITLE:
            return item.title
        if column == Column.SPEAKER:
            if editing or not item.speaker_role:
                return item.speaker_name
            return f"{item.speaker_name} · {item.speaker_role}" if item.speaker_name else ""
        if column == Column.KIND:
            return item.kind.value if editing else kind_label(item.kind)
        if column == Column.NOTES:
            return item.notes if editing else item.notes.replace("\n", " ")
        return None

    def _tooltip(self, row: int, item: Item, column: Column) -> str | None:
        translate = QCoreApplication.translate
        assert self._runsheet is not None
        if column == Column.START:
            lines = []
            overlap = self._overlap(row)
            gap = self._gap(row)
            if overlap > 0:
                lines.append(
                    translate("RunSheetTableModel", "Overlaps the previous item by {0}").format(
                        format_duration(overlap)
                    )
                )
            if gap > 0:
                lines.append(
                    translate("RunSheetTableModel", "Gap of {0} before this item").format(
                        format_duration(gap)
                    )
                )
            if item.hard_start is not None:
                lines.append(
                    translate("RunSheetTableModel", "Hard start at {0}").format(
                        format_clock(item.hard_start, self._runsheet.event.scheduled_start)
                    )
                )
            lines.append(
                translate(
                    "RunSheetTableModel",
                    "Type a time (HH:MM) to fix a hard start; clear it to follow on.",
                )
            )
            return "\n".join(lines)
        if column == Column.DURATION:
            return translate("RunSheetTableModel", "Duration, e.g. 5:00, 90s, 45m or 1:30:00")
        if column == Column.SPEAKER and item.speaker_role:
            return f"{item.speaker_name}\n{item.speaker_role}"
        if column in (Column.TITLE, Column.NOTES):
            text = item.title if column == Column.TITLE else item.notes
            return text or None
        return None

    # -- editing -----------------------------------------------------------------

    def setData(
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        runsheet = self._runsheet
        if runsheet is None or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        field = EDITABLE_FIELDS.get(column)
        row = index.row()
        item = self.item(row)
        if field is None or item is None:
            return False
        try:
            typed = self._typed_value(column, value)
            if typed == getattr(item, field):
                return True
            runsheet.set_item_field(row, field, typed)
        except RunSheetLocked as refused:
            self.edit_rejected.emit(row, int(column), _locked_message(refused))
            return False
        except ValueError as error:
            self.edit_rejected.emit(row, int(column), str(error))
            return False
        return True

    def _typed_value(self, column: Column, value: Any) -> Any:
        assert self._runsheet is not None
        if column == Column.START:
            if isinstance(value, datetime) or value is None:
                return value
            return parse_clock(str(value), self._runsheet.event.scheduled_start)
        if column == Column.DURATION:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            return parse_duration(str(value))
        if column == Column.KIND:
            if isinstance(value, ItemKind):
                return value
            try:
                return ItemKind(str(value))
            except ValueError:
                known = ", ".join(kind.value for kind in ItemKind)
                raise ValueError(f"unknown kind {value!r} (one of {known})") from None
        text = str(value)
        return text.strip() if column != Column.NOTES else text

    # -- drag and drop (internal moves only) ----------------------------------------

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Refused: after a drag ends in a move, the view would delete the dragged rows.

        ``dropMimeData`` has already moved them; deleting goes through ``RunSheet.remove_items``.
        """
        return False

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        payload = {"sheet": id(self._runsheet), "rows": rows}
        mime = QMimeData()
        mime.setData(ROW_MIME_TYPE, QByteArray(json.dumps(payload).encode("ascii")))
        return mime

    def _dragged_rows(self, data: QMimeData) -> list[int] | None:
        if self._runsheet is None or not data.hasFormat(ROW_MIME_TYPE):
            return None
        try:
            payload = json.loads(bytes(data.data(ROW_MIME_TYPE).data()).decode("ascii"))
            rows = [int(row) for row in payload["rows"]]
        except (ValueError, KeyError, TypeError):
            return None
        if payload.get("sheet") != id(self._runsheet):
            return None
        if not rows or not all(0 <= row < self._row_count for row in rows):
            return None
        return rows

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        locked = self._runsheet is None or self._runsheet.locked
        return not locked and self._dragged_rows(data) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Move the dragged rows so they land before ``row`` (or onto ``parent``'s row)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        rows = self._dragged_rows(data)
        if rows is None or self._runsheet is None:
            return False
        if row < 0:
            if parent.isValid():
                # Dropped onto a row: take that row's place.
                row = parent.row() + 1 if parent.row() > max(rows) else parent.row()
            else:
                row = self._row_count
        return self.move_rows(rows, row)

    def move_rows(self, rows: Sequence[int], before_row: int) -> bool:
        """Move ``rows`` so they sit, in order, where ``before_row`` was (Qt's convention).

        Returns False (and changes nothing) if that is no move at all or the sheet refuses.
        """
        runsheet = self._runsheet
        if runsheet is None:
            return False
        rows = sorted(set(rows))
        if not rows:
            return False
        before_row = max(0, min(before_row, self._row_count))
        contiguous = rows == list(range(rows[0], rows[-1] + 1))
        if contiguous and rows[0] <= before_row <= rows[-1] + 1:
            return False
        try:
            runsheet.move_items(rows, before_row)
        except RunSheetLocked as refused:
            self.edit_rejected.emit(rows[0], 0, _locked_message(refused))
            return False
        except (ValueError, IndexError) as error:
            self.edit_rejected.emit(rows[0], 0, str(error))
            return False
        return True


def _locked_message(refused: RunSheetLocked) -> str:
    """Why an edit was refused: the show runs, or another controlroom writes the database."""
    if isinstance(refused, RunSheetReadOnly):
        return QCoreApplication.translate(
            "RunSheetTableModel",
            "Read-only: another controlroom is editing this database; "
            "edits are not possible here.",
        )
    return QCoreApplication.translate(
        "RunSheetTableModel", "The run-sheet is locked while the show runs."
    )
