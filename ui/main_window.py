"""The main window: the open event's run-sheet table, its menus, toolbar and status bar.

The window edits one :class:`controlroom.runsheet.RunSheet` at a time through
:class:`ui.runsheet_model.RunSheetTableModel`; the RunSheet and its Database are
the only copy of the data. Work that may take time (database queries, reading a
show file) runs off the GUI thread and comes back through :func:`ui.background.deliver_on_gui`;
settings come from :func:`ui.settings.app_settings`.

Extension points for the other panels (see interfaces.md): :attr:`MainWindow.menus`,
:attr:`MainWindow.main_toolbar`, :meth:`MainWindow.add_dock`, :attr:`MainWindow.side_tabs`,
:attr:`MainWindow.runsheet` with :attr:`MainWindow.runsheet_changed`,
:attr:`MainWindow.table_view`, :attr:`MainWindow.current_item_changed` and the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QRect, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from controlroom.durations import format_duration
from controlroom.model import Event, Item
from controlroom.runsheet import (
    EditAction,
    EditLabel,
    RunSheet,
    RunSheetLocked,
    RunSheetReadOnly,
    UnsavedEdit,
)
from controlroom.storage import Database, StorageError
from ui import theme
from ui.background import deliver_on_gui, prepare_gui_delivery, without_collector_pauses
from ui.delegates import RunSheetDelegate
from ui.event_dialogs import (
    DuplicateEventDialog,
    EventDetailsDialog,
    OpenEventDialog,
    event_kind_label,
    summary_sort_key,
)
from ui.frozen_table import FrozenColumnsTable
from ui.plain_text import bounded, make_plain, plain_message_box, plain_tooltip
from ui.runsheet_model import Column, RunSheetTableModel
from ui.settings import app_settings
from ui.shortcuts_dialog import ShortcutsDialog

T = TypeVar("T")

# The world's faults (bad files, missing events, a full disk): shown, not raised.
EXPECTED_ERRORS: tuple[type[Exception], ...] = (ValueError, LookupError, OSError, StorageError)

SETTINGS_NORMAL_RECT = "window/normal_rect"
SETTINGS_MAXIMIZED = "window/maximized"
SETTINGS_STATE = "window/state"
SETTINGS_LAST_EVENT = "editor/last_event_id"
SETTINGS_LAST_DIRECTORY = "editor/last_directory"
SETTINGS_SPLITTER = "window/splitter"

#: The first columns that stay in view when the table scrolls sideways: # and Start.
FROZEN_COLUMNS = Column.START + 1

DEFAULT_COLUMN_WIDTHS = {
    Column.NUMBER: 56,
    Column.START: 128,
    Column.DURATION: 104,
    Column.END: 128,
    Column.TITLE: 400,
    Column.SPEAKER: 330,
    Column.KIND: 160,
}


class _SaveBridge(QObject):
    """Re-emits the RunSheet's saved listener (writer thread) as a Qt signal (GUI thread)."""

    saved = Signal(object, object)
    """(runsheet, SaveState)"""


class _SavedRelay:
    """The saved listener of one RunSheet: called on the writer thread, emits the bridge."""

    def __init__(self, runsheet: RunSheet, bridge: _SaveBridge) -> None:
        self.runsheet = runsheet
        self._bridge = bridge

    def __call__(self, state: Any) -> None:
        self._bridge.saved.emit(self.runsheet, state)


class SideTabs(QTabWidget):
    """The tab area right of the run-sheet table; hidden while it has no tabs."""

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self.setVisible(True)

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self.setVisible(self.count() > 0)


class MainWindow(QMainWindow):
    """The editor window around one open event."""

    runsheet_changed = Signal(object)
    """A RunSheet was opened (or None: no event open)."""
    current_item_changed = Signal(int)
    """The current row of the run-sheet table (-1 for none)."""
    save_state_changed = Signal(object)
    """A ``SaveState`` of the open RunSheet, on the GUI thread."""
    task_failed = Signal(str)
    """An event or file operation failed; the message (also shown to the operator)."""

    def __init__(
        self, database: Database, rehearsal: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        prepare_gui_delivery()  # on this, the GUI, thread
        self.database = database
        self.rehearsal = rehearsal
        self._runsheet: RunSheet | None = None
        self._saved_relay: _SavedRelay | None = None
        self._save_error: str | None = None
        self._file_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="editor-files")
        self._save_bridge = _SaveBridge()
        self._save_bridge.saved.connect(self._on_saved, Qt.ConnectionType.QueuedConnection)
        self.active_dialog: QWidget | None = None
        """The last dialog or message box the window opened (for tests and automation)."""

        self.setWindowTitle(self.tr("controlroom"))
        self.setObjectName("MainWindow")
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        self.model = RunSheetTableModel(parent=self)
        self.model.edit_rejected.connect(self._on_edit_rejected)
        self.model.event_changed.connect(self._update_header)
        self.model.preview_changed.connect(self._update_header)
        self.table_view = self._build_table()
        self.side_tabs = SideTabs(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.setVisible(False)

        self.event_title_label = QLabel(self)
        self.event_title_label.setObjectName("eventTitle")
        self.event_summary_label = QLabel(self)
        self.event_summary_label.setObjectName("eventSummary")
        self.run_label = QLabel(self)
        """Whose actual times the run-sheet shows (set by the show console; hidden if empty)."""
        self.run_label.setObjectName("runLabel")
        self.run_label.setStyleSheet("QLabel#runLabel { color: #7fd1ff; }")
        self.run_label.setVisible(False)
        make_plain(self.event_title_label, self.event_summary_label, self.run_label)
        for label in (self.event_title_label, self.event_summary_label, self.run_label):
            # Long titles are cut, not allowed to widen the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header = QWidget(self)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(12, 8, 12, 6)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.event_title_label)
        header_layout.addWidget(self.event_summary_label)
        header_layout.addWidget(self.run_label)
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("color: #ffb74d; font-weight: bold;")
        header_layout.addWidget(self.read_only_banner)
        self._show_read_only_banner()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table_view)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(header)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.menus: dict[str, QMenu] = {}
        self._build_actions()
        self._build_menus()
        self.main_toolbar = self._build_toolbar()
        self._build_status_bar()
        self._update_header()
        self._update_actions()

    # -- construction ----------------------------------------------------------------

    def _build_table(self) -> FrozenColumnsTable:
        # The # and Start columns never scroll away sideways.
        view = FrozenColumnsTable(FROZEN_COLUMNS, self)
        view.setObjectName("runSheetTable")
        view.setModel(self.model)
        view.setItemDelegate(RunSheetDelegate(view))
        view.setFont(theme.table_font(view.font()))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setShowGrid(False)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        view.verticalHeader().setVisible(False)
        row_height = int(view.fontMetrics().height() * 1.9)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(row_height)
        horizontal = view.horizontalHeader()
        horizontal.setStretchLastSection(True)
        horizontal.setHighlightSections(False)
        horizontal.setMinimumSectionSize(40)
        for column, width in DEFAULT_COLUMN_WIDTHS.items():
            horizontal.resizeSection(column, width)
        view.mirror_settings()
        view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_item_changed.emit(
                current.row() if current.isValid() else -1
            )
        )
        # A reset clears the current index without telling currentRowChanged.
        self.model.modelReset.connect(
            lambda: self.current_item_changed.emit(
                view.currentIndex().row() if view.currentIndex().isValid() else -1
            )
        )
        return view

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        standard = QKeySequence.StandardKey
        self.action_open_event = self._action(
            self.tr("&Open event…"), self.show_open_dialog, [key(standard.Open)],
            self.tr("Choose an event to open"),
        )
        self.action_new_event = self._action(
            self.tr("&New event…"), self.show_new_event_dialog, [key("Ctrl+Shift+N")],
            self.tr("Create an empty event"),
        )
        self.action_duplicate_event = self._action(
            self.tr("D&uplicate event as template…"), self.show_duplicate_event_dialog,
            [key("Ctrl+Shift+D")], self.tr("Copy this event with its items for a new date"),
        )
        self.action_event_details = self._action(
            self.tr("Event &details…"), self.show_event_details_dialog, [key("Ctrl+Shift+E")],
            self.tr("Title, kind, start, venue and languages of this event"),
        )
        self.action_delete_event = self._action(
            self.tr("De&lete event…"), self.confirm_delete_current_event, [],
            self.tr("Delete this event and its run-sheet"),
        )
        self.action_import = self._action(
            self.tr("&Import show file…"), self.show_import_dialog, [key("Ctrl+I")],
            self.tr("Import an event from a JSON or CSV show file"),
        )
        self.action_export = self._action(
            self.tr("&Export show file…"), self.show_export_dialog, [key("Ctrl+E")],
            self.tr("Export this event as JSON or CSV"),
        )
        # Ctrl+Q everywhere (some platform themes have no standard Quit key); closing
        # goes through the close event, so the show console can ask first.
        quit_keys = [key(standard.Quit)] if not key(standard.Quit).isEmpty() else []
        if key("Ctrl+Q") not in quit_keys:
            quit_keys.append(key("Ctrl+Q"))
        self.action_quit = self._action(self.tr("&Quit"), self.close, quit_keys)

        self.action_undo = self._action(
            self.tr("&Undo"), self.undo, [key("Ctrl+Z")], self.tr("Undo the last edit")
        )
        self.action_redo = self._action(
            self.tr("&Redo"), self.redo, [key("Ctrl+Shift+Z"), key("Ctrl+Y")],
            self.tr("Redo the edit just undone"),
        )
        self.action_add_item = self._action(
            self.tr("&Add item"), self.add_item, [key("Insert"), key("Ctrl+N")],
            self.tr("Add an item below the current one"),
        )
        self.action_duplicate_item = self._action(
            self.tr("D&uplicate item"), self.duplicate_item, [key("Ctrl+D")],
            self.tr("Copy the current item below it"),
        )
        self.action_delete_items = self._action(
            self.tr("&Delete items"), self.delete_selected_items, [key("Delete")],
            self.tr("Delete the selected items (undo brings them back)"),
        )
        self.action_move_up = self._action(
            self.tr("Move &up"), self.move_selection_up, [key("Ctrl+Up")],
            self.tr("Move the selected items up one row"),
        )
        self.action_move_down = self._action(
            self.tr("Move do&wn"), self.move_selection_down, [key("Ctrl+Down")],
            self.tr("Move the selected items down one row"),
        )
        self.action_shortcuts = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, [key(standard.HelpContents)]
        )
        self.action_about = self._action(self.tr("&About controlroom"), self.show_about)
        self._document_actions = [
            self.action_duplicate_event,
            self.action_event_details,
            self.action_delete_event,
            self.action_export,
            self.action_add_item,
        ]
        self._row_actions = [
            self.action_duplicate_item,
            self.action_delete_items,
            self.action_move_up,
            self.action_move_down,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "event": self.tr("E&vent"),
            "show": self.tr("&Show"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }
        for key, title in titles.items():
            self.menus[key] = bar.addMenu(title)
        file_menu = self.menus["file"]
        file_menu.addActions([self.action_open_event, self.action_new_event])
        file_menu.addSeparator()
        file_menu.addActions([self.action_import, self.action_export])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = self.menus["edit"]
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.action_add_item, self.action_duplicate_item, self.action_delete_items]
        )
        edit_menu.addSeparator()
        edit_menu.addActions([self.action_move_up, self.action_move_down])
        event_menu = self.menus["event"]
        event_menu.addActions([self.action_event_details, self.action_duplicate_event])
        event_menu.addSeparator()
        event_menu.addAction(self.action_delete_event)
        self.menus["help"].addActions([self.action_shortcuts, self.action_about])

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.action_add_item, self.action_duplicate_item])
        toolbar.addAction(self.action_delete_items)
        toolbar.addSeparator()
        toolbar.addActions([self.action_move_up, self.action_move_down])
        toolbar.addSeparator()
        toolbar.addActions([self.action_undo, self.action_redo])
        toolbar.addSeparator()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.menus["view"].addAction(toolbar.toggleViewAction())
        return toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.save_indicator = QLabel(self)
        self.save_indicator.setObjectName("saveIndicator")
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("modeLabel")
        status.addPermanentWidget(self.save_indicator)
        status.addPermanentWidget(self.mode_label)
        self.set_rehearsal(self.rehearsal)
        self._set_save_indicator("saved", "")

    def set_rehearsal(self, rehearsal: bool) -> None:
        """Show REHEARSAL (simulators) or LIVE (the real hall) in the status bar."""
        self.rehearsal = rehearsal
        self.mode_label.setText(self.tr("REHEARSAL") if rehearsal else self.tr("LIVE"))
        self.mode_label.setToolTip(
            self.tr("Devices are the simulators; nothing reaches the hall.")
            if rehearsal
            else self.tr("Commands go to the hall's real equipment.")
        )
        self._restyle(self.mode_label, "mode", "rehearsal" if rehearsal else "live")

    @staticmethod
    def _restyle(widget: QWidget, name: str, value: str) -> None:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def set_run_label(self, text: str) -> None:
        """Say above the table which run's actual times it shows ("" hides the line)."""
        self.run_label.setText(text)
        self.run_label.setVisible(bool(text))

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a dock panel and a toggle for it in the View menu."""
        if not dock.objectName():
            dock.setObjectName(dock.windowTitle() or f"dock{len(self.findChildren(QDockWidget))}")
        self.addDockWidget(area, dock)
        self.menus["view"].addAction(dock.toggleViewAction())

    # -- the open document -------------------------------------------------------------

    @property
    def runsheet(self) -> RunSheet | None:
        return self._runsheet

    def set_runsheet(self, runsheet: RunSheet | None) -> None:
        """Show ``runsheet`` (already loaded) in the window; None closes the event."""
        previous = self._runsheet
        if previous is not None:
            previous.remove_change_listener(self._on_runsheet_change)
            if self._saved_relay is not None:
                previous.remove_saved_listener(self._saved_relay)
        self._saved_relay = None
        self._save_error = None
        self._runsheet = runsheet
        self.model.set_runsheet(runsheet)
        if runsheet is not None:
            runsheet.add_change_listener(self._on_runsheet_change)
            self._saved_relay = _SavedRelay(runsheet, self._save_bridge)
            runsheet.add_saved_listener(self._saved_relay)
            if runsheet.event.id is not None:
                app_settings().setValue(SETTINGS_LAST_EVENT, runsheet.event.id)
            if self.model.rowCount():
                self.table_view.setCurrentIndex(self.model.index(0, Column.TITLE))
        self._set_save_indicator("saved", "")
        self._update_header()
        self._update_actions()
        self.runsheet_changed.emit(runsheet)

    def _on_runsheet_change(self, change: Any) -> None:
        if change.kind != "reset" and self._save_error is None:
            self._set_save_indicator("saving", "")
        self._update_header()
        # The undo stack has already moved when listeners run (even inside undo/redo).
        self._update_actions()

    def _show_read_only_banner(self) -> None:
        """Say so when another controlroom is the database's writer (edits are refused)."""
        database = self.database
        if not database.read_only:
            self.read_only_banner.setVisible(False)
            return
        self.read_only_banner.setText(
            self.tr(
                "Read-only: another controlroom (pid {0}) is editing this database. "
                "Edits are not possible here; close the other one and open this again to edit."
            ).format(database.read_only_holder or "?")
        )
        self.read_only_banner.setVisible(True)

    def read_only_message(self) -> str:
        """The message shown when an edit is refused on a read-only database."""
        return self.tr(
            "Read-only: another controlroom (pid {0}) is editing this database."
        ).format(self.database.read_only_holder or "?")

    def _on_saved(self, source: RunSheet, state: Any) -> None:
        if source is not self._runsheet:
            return
        if getattr(state, "needs_resync", False) and source.resync():
            # A write failed for good: the run-sheet now shows what is on the disk.
            lost = source.unsaved_edits
            self.show_status_error(
                self.tr(
                    "%n edit(s) could not be saved; the run-sheet now shows what is on the disk.",
                    "",
                    len(lost),
                )
            )
        if state.error or getattr(state, "unsaved", ()):
            # Sticky: a later successful write does not bring the lost edit back.
            self._save_error = str(state.error or state.unsaved[0].reason)
        if self._save_error is not None:
            self._set_save_indicator("error", self._save_error)
        elif source.pending_writes:
            # Not state.pending: this signal was queued, and an edit made since may be
            # waiting for the disk (the RunSheet counts it on this thread, at once).
            self._set_save_indicator("saving", "")
        else:
            self._set_save_indicator("saved", "")
        self.save_state_changed.emit(state)

    def _set_save_indicator(self, state: str, error: str) -> None:
        tooltip = ""
        if state == "error":
            text = self.tr("Not saved: {0}").format(error)
            tooltip = self.tr(
                "An edit could not be written to the database: {0}\n"
                "Edits shown here may be missing from the disk. "
                "Reopen the event (File ▸ Open event) to see what is saved."
            ).format(error)
            lost = self._runsheet.unsaved_edits if self._runsheet is not None else []
            if lost:
                tooltip = self.tr(
                    "These edits could not be written to the database; "
                    "the run-sheet shows what is on the disk:\n{0}"
                ).format(self.unsaved_edits_text(lost))
        elif state == "saving":
            text = self.tr("Saving…")
        elif self._runsheet is None:
            text = ""
        else:
            text = self.tr("Saved")
        self.save_indicator.setText(bounded(text, 200))
        self.save_indicator.setToolTip(plain_tooltip(tooltip))
        self._restyle(self.save_indicator, "state", state)

    def unsaved_edits_text(self, edits: list[UnsavedEdit]) -> str:
        """One line per edit that was not saved, in the operator's language."""
        lines = []
        for edit in edits:
            what = self._edit_label(edit.label) if edit.label else self.tr("Edit")
            if edit.direction == "undo":
                what = self.tr("Undo: {0}").format(what)
            elif edit.direction == "redo":
                what = self.tr("Redo: {0}").format(what)
            items = ", ".join(edit.items)
            lines.append(f"• {what} ({items}): {edit.reason}" if items else f"• {what}")
        return "\n".join(lines)

    @property
    def save_state(self) -> str:
        """"saved", "saving" or "error": what the status bar indicator shows."""
        return str(self.save_indicator.property("state"))

    def _update_header(self) -> None:
        runsheet = self._runsheet
        if runsheet is None:
            self.event_title_label.setText(self.tr("No event open"))
            self.event_summary_label.setText(
                self.tr("Open an event (Ctrl+O), create one (Ctrl+Shift+N) or import a show file.")
            )
            self.setWindowTitle(self.tr("controlroom"))
            return
        event = runsheet.event
        # While a start or duration is being typed: the planned end it would give.
        schedule = self.model.schedule or runsheet.schedule
        parts = [
            event_kind_label(event.kind),
            event.scheduled_start.strftime("%Y-%m-%d %H:%M"),
        ]
        if event.venue:
            parts.append(event.venue)
        count = len(runsheet.items)
        parts.append(
            self.tr("%n item", "", count) if count == 1 else self.tr("%n items", "", count)
        )
        parts.append(
            self.tr("planned end {0}").format(schedule.planned_end.strftime("%H:%M:%S"))
        )
        parts.append(self.tr("total {0}").format(format_duration(schedule.total_s)))
        overlaps = len(schedule.overlaps)
        if overlaps:
            parts.append(
                self.tr("⚠ %n overlap", "", overlaps)
                if overlaps == 1
                else self.tr("⚠ %n overlaps", "", overlaps)
            )
        self.event_title_label.setText(bounded(event.title))
        self.event_summary_label.setText(bounded("  ·  ".join(parts)))
        self.setWindowTitle(self.tr("{0} — controlroom").format(bounded(event.title, 200)))

    def _update_actions(self) -> None:
        runsheet = self._runsheet
        has_document = runsheet is not None
        editable = runsheet is not None and not runsheet.locked and not self.database.read_only
        for action in self._document_actions:
            action.setEnabled(has_document)
        self.action_add_item.setEnabled(editable)
        has_rows = editable and self.model.rowCount() > 0
        for action in self._row_actions:
            action.setEnabled(has_rows)
        can_undo = editable and runsheet is not None and runsheet.can_undo
        can_redo = editable and runsheet is not None and runsheet.can_redo
        self.action_undo.setEnabled(bool(can_undo))
        self.action_redo.setEnabled(bool(can_redo))
        undo_label = runsheet.undo_label if can_undo and runsheet else None
        redo_label = runsheet.redo_label if can_redo and runsheet else None
        self.action_undo.setText(
            self.tr("&Undo {0}").format(self._edit_label(undo_label))
            if undo_label
            else self.tr("&Undo")
        )
        self.action_redo.setText(
            self.tr("&Redo {0}").format(self._edit_label(redo_label))
            if redo_label
            else self.tr("&Redo")
        )

    def _edit_label(self, label: EditLabel) -> str:
        """The name of a run-sheet edit in the operator's language ("Change duration")."""
        count = label.count
        if label.action is EditAction.CHANGE:
            changes = {
                "title": self.tr("Change title"),
                "speaker_name": self.tr("Change speaker"),
                "speaker_role": self.tr("Change speaker role"),
                "kind": self.tr("Change kind"),
                "planned_duration": self.tr("Change duration"),
                "hard_start": self.tr("Change hard start"),
                "notes": self.tr("Change notes"),
                "warning_at": self.tr("Change warning time"),
                "danger_at": self.tr("Change danger time"),
                "colour": self.tr("Change colour"),
                "cues": self.tr("Change cues"),
            }
            return changes.get(label.field, label.text)
        if label.action is EditAction.INSERT:
            return self.tr("Insert item") if count == 1 else self.tr("Insert %n items", "", count)
        if label.action is EditAction.DELETE:
            return self.tr("Delete item") if count == 1 else self.tr("Delete %n items", "", count)
        if label.action is EditAction.MOVE:
            return self.tr("Move item") if count == 1 else self.tr("Move %n items", "", count)
        if label.action is EditAction.DUPLICATE:
            return self.tr("Duplicate item")
        if label.action is EditAction.EDIT_EVENT:
            return self.tr("Edit event")
        return label.text

    def refresh_actions(self) -> None:
        """Re-read whether editing is possible (e.g. after the show locks the run-sheet)."""
        self._update_actions()
        self.model.refresh_all()

    # -- item editing -------------------------------------------------------------------

    def _editing_a_cell(self) -> bool:
        """A cell editor is open: row commands (Delete, moves) must not pull the row away."""
        return self.table_view.state() == QAbstractItemView.State.EditingState

    def selected_rows(self) -> list[int]:
        """The selected rows, ascending (the current row if nothing is selected)."""
        rows = sorted({index.row() for index in self.table_view.selectionModel().selectedRows()})
        if not rows:
            current = self.table_view.currentIndex()
            rows = [current.row()] if current.isValid() else []
        return rows

    def select_rows(self, rows: list[int], column: int = Column.TITLE) -> None:
        """Select ``rows`` and make the first one current."""
        selection = self.table_view.selectionModel()
        selection.clearSelection()
        if not rows:
            return
        flags = selection.SelectionFlag
        self.table_view.setCurrentIndex(self.model.index(rows[0], column))
        for row in rows:
            selection.select(self.model.index(row, 0), flags.Select | flags.Rows)
        self.table_view.scrollTo(self.model.index(rows[0], column))

    def _run_edit(self, edit: Callable[[RunSheet], Any]) -> Any:
        runsheet = self._runsheet
        if runsheet is None:
            return None
        try:
            return edit(runsheet)
        except RunSheetReadOnly:
            self.show_status_error(self.read_only_message())
        except RunSheetLocked:
            self.show_status_error(self.tr("The run-sheet is locked while the show runs."))
        except ValueError as error:
            self.show_status_error(str(error))
        finally:
            self._update_actions()
        return None

    def add_item(self) -> None:
        """Insert a new item below the current row (or at the end) and edit its title."""
        if self._runsheet is None:
            return
        current = self.table_view.currentIndex()
        row = current.row() + 1 if current.isValid() else len(self._runsheet.items)
        item = Item(title=self.tr("New item"), planned_duration=300)
        self._run_edit(lambda runsheet: runsheet.insert_item(row, item))
        if self.model.rowCount() > row:
            self.select_rows([row])
            self.table_view.edit(self.model.index(row, Column.TITLE))

    def duplicate_item(self) -> None:
        if self._editing_a_cell():
            return
        rows = self.selected_rows()
        if rows:
            self._run_edit(lambda runsheet: runsheet.duplicate_item(rows[-1]))
            if self.model.rowCount() > rows[-1] + 1:
                self.select_rows([rows[-1] + 1])

    def delete_selected_items(self) -> None:
        if self._editing_a_cell():
            return
        rows = self.selected_rows()
        if rows:
            self._run_edit(lambda runsheet: runsheet.remove_items(rows))
            remaining = self.model.rowCount()
            if remaining:
                self.select_rows([min(rows[0], remaining - 1)])

    def move_selection_up(self) -> None:
        if self._editing_a_cell():
            return
        rows = self.selected_rows()
        if rows and rows[0] > 0:
            self._move_selection(rows, rows[0] - 1, -1)

    def move_selection_down(self) -> None:
        if self._editing_a_cell():
            return
        rows = self.selected_rows()
        if rows and rows[-1] < self.model.rowCount() - 1:
            self._move_selection(rows, rows[-1] + 2, +1)

    def _move_selection(self, rows: list[int], before_row: int, step: int) -> None:
        column = self.table_view.currentIndex().column()
        if self.model.move_rows(rows, before_row):
            if rows != list(range(rows[0], rows[-1] + 1)):
                # A scattered selection lands as one block.
                start = rows[0] + step if step < 0 else before_row - len(rows)
                self.select_rows(list(range(start, start + len(rows))), max(column, 0))

    def undo(self) -> None:
        self._run_edit(lambda runsheet: runsheet.undo() if runsheet.can_undo else None)

    def redo(self) -> None:
        self._run_edit(lambda runsheet: runsheet.redo() if runsheet.can_redo else None)

    def _on_edit_rejected(self, row: int, column: int, reason: str) -> None:
        message = self.tr("Row {0}: {1} — kept the previous value.").format(row + 1, reason)
        self.show_status_error(message)
        rect = self.table_view.visualRect(self.model.index(row, column))
        position = self.table_view.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(position, plain_tooltip(message), self.table_view, rect, 6000)

    def show_status_error(self, message: str) -> None:
        """A message in the status bar for a while (a refused edit, a locked sheet)."""
        self.last_status_error = message
        self.statusBar().showMessage(message, 8000)

    last_status_error: str = ""

    # -- events -------------------------------------------------------------------------

    def _on_database(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        failure_title: str,
    ) -> None:
        """Run ``work`` on the database's writer thread; ``on_done(result)`` on the GUI thread."""
        future: Future[T] = self.database.writer.submit(work)
        deliver_on_gui(future, lambda done: self._finish(done, on_done, failure_title))

    def _on_file_thread(
        self, work: Callable[[], T], on_done: Callable[[T], None], failure_title: str
    ) -> None:
        future: Future[T] = self._file_executor.submit(work)
        deliver_on_gui(future, lambda done: self._finish(done, on_done, failure_title))

    def _finish(
        self, future: Future[T], on_done: Callable[[T], None], failure_title: str
    ) -> None:
        error = future.exception()
        if error is None:
            on_done(future.result())
            return
        if isinstance(error, EXPECTED_ERRORS):
            self.show_error(failure_title, str(error))
        else:
            raise error

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A window-modal, non-blocking error box (kept in :attr:`active_dialog`)."""
        box = plain_message_box(QMessageBox.Icon.Critical, title, message,
                                QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = box
        box.open()
        self.task_failed.emit(message)
        return box

    def open_event(self, event_id: int) -> None:
        """Load event ``event_id`` off the GUI thread, then show it."""

        def loaded(runsheet: RunSheet) -> None:
            self.set_runsheet(runsheet)

        database = self.database
        # The RunSheet (its schedule) is built there too: 100,000 items take a while.
        self._on_database(
            lambda: without_collector_pauses(
                lambda: RunSheet(database.load_event(event_id), database)
            ),
            loaded,
            self.tr("Could not open the event"),
        )

    def show_open_dialog(self) -> OpenEventDialog:
        current = self._runsheet.event.id if self._runsheet is not None else None
        dialog = OpenEventDialog(self, current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.event_chosen.connect(self.open_event)
        dialog.delete_requested.connect(
            lambda event_id, title: self.confirm_delete_event(
                event_id, title, dialog, lambda: self._load_event_list(dialog)
            )
        )
        self.active_dialog = dialog
        self._load_event_list(dialog)
        dialog.open()
        return dialog

    def _load_event_list(self, dialog: OpenEventDialog) -> None:
        database = self.database
        future = database.writer.submit(database.list_events)

        def arrived(done: Future[Any]) -> None:
            if not shiboken6.isValid(dialog):  # closed meanwhile
                return
            try:
                summaries = done.result()
            except EXPECTED_ERRORS as error:
                dialog.show_error(str(error))
                return
            dialog.set_events(summaries)

        deliver_on_gui(future, arrived)

    def show_new_event_dialog(self) -> EventDetailsDialog:
        dialog = EventDetailsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.create_event(dialog.build_event()))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def create_event(self, event: Event) -> None:
        """Store a new event off the GUI thread, then open it."""
        database = self.database
        self._on_database(
            lambda: database.create_event(event), self.open_event,
            self.tr("Could not create the event"),
        )

    def show_event_details_dialog(self) -> EventDetailsDialog | None:
        if self._runsheet is None:
            return None
        runsheet = self._runsheet
        dialog = EventDetailsDialog(self, runsheet.event)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._run_edit(lambda sheet: sheet.update_event(**dialog.values()))
            if self._runsheet is runsheet
            else None
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def show_duplicate_event_dialog(self) -> DuplicateEventDialog | None:
        if self._runsheet is None or self._runsheet.event.id is None:
            return None
        source_id = self._runsheet.event.id
        dialog = DuplicateEventDialog(self, self._runsheet.event)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.duplicate_event(source_id, dialog.new_title(), dialog.new_start())
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def duplicate_event(self, event_id: int, title: str, scheduled_start: Any) -> None:
        """Copy an event with its items for a new date (off the GUI thread), then open the copy."""
        database = self.database
        self._on_database(
            lambda: database.duplicate_event(event_id, title, scheduled_start),
            self.open_event,
            self.tr("Could not duplicate the event"),
        )

    def confirm_delete_current_event(self) -> QMessageBox | None:
        if self._runsheet is None or self._runsheet.event.id is None:
            return None
        return self.confirm_delete_event(self._runsheet.event.id, self._runsheet.event.title)

    def confirm_delete_event(
        self,
        event_id: int,
        title: str = "",
        parent: QWidget | None = None,
        on_deleted: Callable[[], None] | None = None,
    ) -> QMessageBox:
        """Ask before deleting; the deletion runs when the operator presses Delete.

        ``parent`` is the window the question sits on (default: this one);
        ``on_deleted`` runs on the GUI thread once the event is gone.
        """
        if not title:
            title = self.tr("event {0}").format(event_id)
        box = plain_message_box(
            QMessageBox.Icon.Warning,
            self.tr("Delete event"),
            self.tr("Delete “{0}” and its whole run-sheet? This cannot be undone.").format(title),
            QMessageBox.StandardButton.NoButton,
            parent or self,
        )
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.delete_event(event_id, on_deleted)
            if button is delete_button
            else None
        )
        self.active_dialog = box
        box.open()
        return box

    def delete_event(self, event_id: int, on_deleted: Callable[[], None] | None = None) -> None:
        """Delete an event (off the GUI thread); if it was open, open another or none."""
        database = self.database

        def deleted(remaining: list[Any]) -> None:
            if on_deleted is not None:
                on_deleted()
            if self._runsheet is not None and self._runsheet.event.id == event_id:
                self.set_runsheet(None)
                if remaining:
                    newest = max(remaining, key=summary_sort_key)
                    self.open_event(newest.id)
            self.statusBar().showMessage(self.tr("Event deleted."), 5000)

        def work() -> list[Any]:
            database.delete_event(event_id)
            return list(database.list_events())

        self._on_database(work, deleted, self.tr("Could not delete the event"))

    # -- show files ---------------------------------------------------------------------

    def _last_directory(self) -> str:
        return str(app_settings().value(SETTINGS_LAST_DIRECTORY, str(Path.home())))

    def show_import_dialog(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import show file"),
            self._last_directory(),
            self.tr("Show files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)"),
        )
        if path:
            app_settings().setValue(SETTINGS_LAST_DIRECTORY, str(Path(path).parent))
            self.import_file(Path(path))

    def import_file(
        self,
        path: Path,
        title: str | None = None,
        scheduled_start: datetime | None = None,
    ) -> None:
        """Read and check ``path`` off the GUI thread, store it as a new event, then open it.

        A CSV file holds items only: without ``scheduled_start`` the operator is asked
        for the event's title and start first. A bad file is reported with the same
        message as ``controlroom import``, and the database is left as it was.
        """
        from controlroom import showfile

        if scheduled_start is None and showfile.detect_format(path) == "csv":
            self._ask_csv_event(path)
            return
        database = self.database
        failure_title = self.tr("Could not import {0}").format(path.name)
        self.statusBar().showMessage(self.tr("Importing {0}…").format(path.name))

        def parsed(event: Event) -> None:
            self._on_database(lambda: database.create_event(event), imported, failure_title)

        def imported(event_id: int) -> None:
            self.statusBar().showMessage(self.tr("Imported {0}.").format(path.name), 5000)
            self.open_event(event_id)

        self._on_file_thread(
            lambda: showfile.load_event_file(
                path, title=title, scheduled_start=scheduled_start
            ),
            parsed,
            failure_title,
        )

    def _ask_csv_event(self, path: Path) -> EventDetailsDialog:
        """Ask title and start for the event a CSV of items becomes, then import it."""
        dialog = EventDetailsDialog(self, Event(title=path.stem, scheduled_start=_next_hour()))
        dialog.setWindowTitle(self.tr("Import {0}").format(path.name))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            values = dialog.values()
            self.import_file(path, values["title"], values["scheduled_start"])

        dialog.accepted.connect(accepted)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def show_export_dialog(self) -> None:
        if self._runsheet is None:
            return
        json_filter = self.tr("JSON show file (*.json)")
        csv_filter = self.tr("CSV items (*.csv)")
        suggested = Path(self._last_directory()) / f"{self._runsheet.event.title}.json"
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export show file"),
            str(suggested),
            f"{json_filter};;{csv_filter}",
        )
        if path:
            app_settings().setValue(SETTINGS_LAST_DIRECTORY, str(Path(path).parent))
            file_format = "csv" if chosen == csv_filter or path.endswith(".csv") else "json"
            self.export_file(Path(path), file_format)

    def export_file(self, path: Path, file_format: str) -> None:
        """Write the open event to ``path`` as ``json`` or ``csv`` (off the GUI thread)."""
        from controlroom import showfile

        if self._runsheet is None:
            return
        text = showfile.export_event(self._runsheet.event, file_format)

        def write() -> Path:
            path.write_text(text, encoding="utf-8")
            return path

        self._on_file_thread(
            write,
            lambda written: self.statusBar().showMessage(
                self.tr("Exported to {0}.").format(written), 5000
            ),
            self.tr("Could not export to {0}").format(path.name),
        )

    # -- help ---------------------------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard shortcuts: the show keys and every action's shortcut."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About controlroom"),
            self.tr(
                "controlroom: the run-sheet, show control, hall equipment and presenter "
                "timer of a press hall."
            ),
        )

    # -- window state -------------------------------------------------------------------

    def restore_settings(self) -> None:
        """Restore placement and dock/toolbar state saved by the last session.

        The window always opens within the available area of the screen it lands on:
        a remembered rectangle that no longer fits (saved on a bigger screen) is
        clamped to it, and the first start fills the screen (maximised).
        """
        settings = app_settings()
        remembered = settings.value(SETTINGS_NORMAL_RECT)
        rect = remembered if isinstance(remembered, QRect) and remembered.isValid() else None
        maximized = _setting_flag(settings.value(SETTINGS_MAXIMIZED), default=rect is None)
        screen = screen_for(rect)
        available = screen.availableGeometry() if screen is not None else QRect()
        if rect is None:
            rect = available if available.isValid() else QRect(0, 0, 1280, 720)
        elif available.isValid():
            if rect.width() > available.width() or rect.height() > available.height():
                maximized = True
            rect = fit_rect(rect, available)
        self.setGeometry(rect)
        if maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_settings(self) -> None:
        settings = app_settings()
        settings.setValue(SETTINGS_NORMAL_RECT, self.normalGeometry())
        settings.setValue(SETTINGS_MAXIMIZED, self.isMaximized())
        settings.setValue(SETTINGS_STATE, self.saveState())
        settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        if self._runsheet is not None and self._runsheet.event.id is not None:
            settings.setValue(SETTINGS_LAST_EVENT, self._runsheet.event.id)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self._file_executor.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)


def _setting_flag(value: object, default: bool) -> bool:
    """A boolean QSettings value (INI files give it back as text)."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def screen_for(rect: QRect | None) -> QScreen | None:
    """The screen ``rect`` lands on (the one holding its centre), else the primary screen."""
    if rect is not None:
        screen = QGuiApplication.screenAt(rect.center())
        if screen is not None:
            return screen
    return QGuiApplication.primaryScreen()


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` shrunk to at most ``available``'s size and moved inside it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.x()), available.x() + available.width() - width)
    y = min(max(rect.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def _next_hour() -> datetime:
    return datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


def last_event_id() -> int | None:
    """The event open when the app last closed (QSettings), or None."""
    value = app_settings().value(SETTINGS_LAST_EVENT)
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None
