"""The show console: ``install(window, context)`` adds it to the main window (ui.app.INSTALLERS).

:class:`Console` joins the open run-sheet to the hall's equipment:

- the :class:`controlroom.hall.Hall` — simulators and drivers in REHEARSAL, the hall
  file's real ports in LIVE — is built and closed on a worker thread, never on the
  GUI thread; switching modes asks first and reconnects cleanly;
- one :class:`controlroom.engine.ShowEngine` per open run-sheet (following
  ``window.runsheet_changed``), driving the presenter timer if the presenter
  installer left one on the window (``window.presenter_timer``);
- the show bar (GO, live/standby, offset, projected end, show/edit mode, PANIC,
  the REHEARSAL/LIVE banner, the readiness check), the device panels, the rehearsal
  fault panel and the event log as docks, the item inspector in the side tabs;
- the keys: Space is GO unless a text field has the focus; Up/Down move standby
  unless the run-sheet table or a text field has the focus; Alt+Up/Alt+Down always;
  F12 is PANIC everywhere in the application.

Everything from the devices, the engine and the log arrives through one
:class:`ui.bridge.ConsoleBridge` as queued, coalesced Qt signals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QKeySequenceEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStyleOptionViewItem,
    QTextEdit,
    QToolBar,
    QWidget,
)

from controlroom.cues import ItemCues
from controlroom.engine import (
    CUE_FAILED,
    GO_IGNORED,
    ITEM_STARTED,
    EngineEvent,
    ShowEngine,
)
from controlroom.eventlog import OPERATOR, EventLog
from controlroom.hall import CueFailure, CueRun, Hall
from controlroom.model import ItemKind
from controlroom.runsheet import RunSheet, RunSheetLocked
from devices.base import ConfigError, DeviceStatus, LinkState
from devices.hall import (
    HallConfig,
    MicrophonesConfig,
    ProjectorConfig,
    SwitcherConfig,
    load_hall,
)
from ui.background import deliver_on_gui
from ui.bridge import ConsoleBridge, EquipmentHolder
from ui.delegates import RunSheetDelegate
from ui.inspector import Inspector, describe_change
from ui.main_window import MainWindow
from ui.panels.common import DevicePanel
from ui.panels.log import LogPanel
from ui.panels.microphones import MicrophonesPanel
from ui.panels.projector import ProjectorPanel
from ui.panels.rehearsal import RehearsalPanel
from ui.panels.switcher import SwitcherPanel
from ui.settings import app_settings
from ui.show_bar import ShowBar

log = logging.getLogger("ui.console")

#: Options for the in-app rehearsal's SimulatorHost (tests shorten the projector warm-up).
REHEARSAL_OPTIONS: dict[str, Any] = {}
#: Level-meter interval asked of every microphone device once connected (driver minimum).
METER_RATE_MS = 100
#: How long the readiness check waits for every device.
CHECK_TIMEOUT_S = 5.0
SETTINGS_CONFIRM_UNMUTE = "console/confirm_unplanned_unmute"

LIVE_ROW = QColor(215, 38, 30, 70)
LIVE_EDGE = QColor("#ff5c52")
STANDBY_EDGE = QColor("#3ccf5a")
FAILED_MARK = QColor("#ff6b6b")


def is_text_field(widget: QWidget | None) -> bool:
    """True if ``widget`` takes typed text (so Space and the arrows are its own)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox | QKeySequenceEdit)


class ShowKeyFilter(QObject):
    """Space = GO, Up/Down = standby, in the console's window.

    Key presses go first to the focus widget, then up to its parents: so the filter
    watches the window, the run-sheet table and whichever widget has the focus (it
    follows ``QApplication.focusChanged``) rather than every event of the application.
    """

    def __init__(self, console: Console) -> None:
        super().__init__(console)
        self._console = console
        self._watched: QWidget | None = None
        window = console.window
        window.installEventFilter(self)
        window.table_view.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
            self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self._console.window
        if self._watched is not None and self._watched not in (window, window.table_view):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is window:
            new.installEventFilter(self)
            self._watched = new

    def detach(self) -> None:
        """Stop watching (the console is closing)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._follow_focus)
        self._follow_focus(None, None)
        self._console.window.removeEventFilter(self)
        self._console.window.table_view.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        window = self._console.window
        if watched.window() is not window:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        focus = QApplication.focusWidget()
        key = event.key()
        if key == Qt.Key.Key_Space:
            if is_text_field(focus):
                return False
            if not event.isAutoRepeat():
                self._console.go()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            table = window.table_view
            in_table = focus is not None and (focus is table or table.isAncestorOf(focus))
            if in_table or is_text_field(focus) or isinstance(focus, QComboBox | QCheckBox):
                return False
            self._console.move_standby(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False


class ConsoleDelegate(RunSheetDelegate):
    """The run-sheet's delegate plus the playhead: live row in red, standby outlined green."""

    def __init__(self, console: Console, parent: QWidget) -> None:
        super().__init__(parent)
        self._console = console

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        super().paint(painter, option, index)
        engine = self._console.engine
        if engine is None:
            return
        row = index.row()
        rect = option.rect  # type: ignore[attr-defined]
        first = index.column() == 0
        last = index.column() == index.model().columnCount() - 1
        if row == engine.live_index:
            painter.save()
            painter.fillRect(rect, LIVE_ROW)
            if first:
                painter.fillRect(rect.x(), rect.y(), 6, rect.height(), LIVE_EDGE)
            painter.restore()
        if row == engine.standby_index:
            painter.save()
            pen = QPen(STANDBY_EDGE)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            painter.drawLine(rect.left(), rect.bottom() - 1, rect.right(), rect.bottom() - 1)
            if first:
                painter.drawLine(rect.left() + 1, rect.top(), rect.left() + 1, rect.bottom())
            if last:
                painter.drawLine(rect.right() - 1, rect.top(), rect.right() - 1, rect.bottom())
            painter.restore()
        if first and self._console.failures.get(row):
            painter.save()
            painter.setPen(FAILED_MARK)
            painter.drawText(rect.adjusted(0, 0, -4, 0), int(Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter), "⚠")
            painter.restore()


class Console(QObject):
    """The show console of one main window; see the module docstring."""

    hall_changed = Signal(object)
    """The current Hall (or None while switching / after a failed start), on the GUI thread."""
    hall_failed = Signal(str)
    """The hall could not be started; the reason."""
    check_finished = Signal(object)
    """A readiness check's ``CheckReport``."""
    report_written = Signal(str)
    """The path of a report just written."""
    engine_changed = Signal(object)
    """A new ShowEngine (or None) for the open run-sheet."""

    def __init__(self, window: MainWindow, context: Any) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.clock = context.clock
        self.database = context.database
        self.lockout_s = 0.25
        self.rehearsal = bool(context.rehearsal)
        self.log = EventLog(self.database, self.clock)
        self.bridge = ConsoleBridge(self)
        self.log.add_listener(self.bridge.on_log_entry)
        self.holder = EquipmentHolder()
        self.holder.add_listener(self.bridge.on_device_event)
        self.hall: Hall | None = None
        self.engine: ShowEngine | None = None
        self.failures: dict[int, list[CueFailure]] = {}
        self.show_mode = False
        self.active_dialog: QWidget | None = None
        self.last_panic: CueRun | None = None
        self.last_check: Future[Any] | None = None
        self._closed = False
        self._hall_future: Future[Hall] | None = None
        self._runsheet: RunSheet | None = None
        self._hall_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-hall")
        self._work_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-work")
        self.hall_failed_reason = ""
        """Why the hall file could not be used (empty when it could)."""

        self.hall_config = self._load_hall_config()
        self.panels: dict[str, DevicePanel] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._build_show_bar()
        self._build_panels()
        self._build_inspector()
        self._build_actions()
        self.key_filter = ShowKeyFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        # Closing the main window ends the show: let the devices go (tests close windows too).
        window.installEventFilter(self)
        self.delegate = ConsoleDelegate(self, window.table_view)
        window.table_view.setItemDelegate(self.delegate)

        self.bridge.device_status.connect(self._on_device_status)
        self.bridge.device_state.connect(self._on_device_state)
        self.bridge.engine_event.connect(self._on_engine_event)
        self.bridge.log_entries.connect(self.log_panel.append)
        self.bridge.failure.connect(self._on_command_failure)
        window.runsheet_changed.connect(self._on_runsheet)
        window.current_item_changed.connect(self._load_inspector)

        self.tick = QTimer(self)
        self.tick.setObjectName("consoleTick")
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._refresh_timing)
        self.tick.start()

        self._on_runsheet(window.runsheet)
        if self.hall_config is not None:
            self.start_hall(self.rehearsal)
        else:
            self.holder.set_hall(None, "the hall file cannot be used")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    # -- construction --------------------------------------------------------------------

    def _load_hall_config(self) -> HallConfig | None:
        path = self.context.hall_path
        if path is None:
            from devices.hall import default_hall_path

            path = default_hall_path()
        try:
            return load_hall(Path(path))
        except (ConfigError, OSError) as error:
            message = self.tr("The hall file cannot be used: {0}").format(error)
            self.log.error("engine", "status", f"hall file {path}: {error}")
            QTimer.singleShot(0, lambda: self.window.show_status_error(message))
            self.hall_failed_reason = message
            return None

    def _build_show_bar(self) -> None:
        self.show_bar = ShowBar(self.window)
        self.show_bar.go_requested.connect(self.go)
        self.show_bar.panic_requested.connect(self.panic)
        self.show_bar.show_mode_toggled.connect(self.set_show_mode)
        self.show_bar.switch_requested.connect(self.request_mode_switch)
        self.show_bar.check_requested.connect(self.run_readiness_check)
        self.show_bar.set_rehearsal(None)
        toolbar = QToolBar(self.tr("Show"), self.window)
        toolbar.setObjectName("showToolbar")
        toolbar.setMovable(False)
        # Scrolls sideways rather than force a narrow window wider.
        holder = QScrollArea(toolbar)
        holder.setObjectName("showBarScroll")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(self.show_bar)
        holder.setFixedHeight(self.show_bar.sizeHint().height())
        holder.setMinimumWidth(200)
        toolbar.addWidget(holder)
        self.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.show_toolbar = toolbar

    def _dock(self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"{key}Dock")
        # In a scroll area, a panel never forces the window wider than the screen.
        scroll = QScrollArea(dock)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        scroll.setMinimumSize(60, 16)
        dock.setWidget(scroll)
        self.window.add_dock(dock, area)
        self.docks[key] = dock
        return dock

    def _build_panels(self) -> None:
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        monotonic = _driver_monotonic
        if self.hall_config is not None:
            for cfg in self.hall_config.devices:
                panel: DevicePanel
                if isinstance(cfg, SwitcherConfig):
                    panel = SwitcherPanel(cfg, monotonic)
                    title = self.tr("Switcher")
                elif isinstance(cfg, MicrophonesConfig):
                    panel = MicrophonesPanel(cfg, monotonic)
                    title = self.tr("Microphones")
                elif isinstance(cfg, ProjectorConfig):
                    panel = ProjectorPanel(cfg, monotonic)
                    title = self.tr("Projector")
                else:
                    continue
                panel.command_requested.connect(self._on_panel_command)
                self.panels[cfg.id] = panel
                self._dock(cfg.id, f"{title} — {cfg.id}", panel, right)
        self.rehearsal_panel = RehearsalPanel(self.log)
        self._dock("rehearsal", self.tr("Rehearsal faults"), self.rehearsal_panel, bottom)
        self.log_panel = LogPanel()
        self._dock("log", self.tr("Event log"), self.log_panel, bottom)
        self.window.tabifyDockWidget(self.docks["rehearsal"], self.docks["log"])
        presenter = self.window.findChild(QDockWidget, "presenterTimerDock")
        if presenter is not None:
            # One tabbed bottom area: side by side they would force the window wider.
            self.window.tabifyDockWidget(self.docks["log"], presenter)
            presenter.raise_()
        else:
            self.docks["log"].raise_()

    def _build_inspector(self) -> None:
        config = self.hall_config or HallConfig("", [])
        self.inspector = Inspector(config, self.apply_cues)
        self.window.side_tabs.addTab(self.inspector, self.tr("Cues && On GO"))
        self.inspector.set_on_go_source(self._on_go_lines)

    def _action(
        self, text: str, slot: Callable[[], Any], keys: list[str] | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        menu = self.window.menus["show"]
        self.action_go = self._action(self.tr("GO\tSpace"), self.go)
        self.action_standby_up = self._action(
            self.tr("Standby up"), lambda: self.move_standby(-1), ["Alt+Up"]
        )
        self.action_standby_down = self._action(
            self.tr("Standby down"), lambda: self.move_standby(1), ["Alt+Down"]
        )
        self.action_jump = self._action(
            self.tr("Standby on the selected item"), self.jump_to_selected, ["Ctrl+J"]
        )
        self.action_stop = self._action(self.tr("Stop the show"), self.stop, ["Ctrl+Shift+S"])
        self.action_panic = self._action(
            self.tr("PANIC: mute every microphone"), self.panic, ["F12"],
            Qt.ShortcutContext.ApplicationShortcut,
        )
        self.action_show_mode = self._action(
            self.tr("Show mode (lock the run-sheet)"), lambda: None, ["Ctrl+L"]
        )
        self.action_show_mode.setCheckable(True)
        self.action_show_mode.toggled.connect(self.set_show_mode)
        self.action_confirm_unmute = QAction(
            self.tr("Ask before opening a microphone the live item does not plan"), self.window
        )
        self.action_confirm_unmute.setCheckable(True)
        self.action_confirm_unmute.setChecked(self.confirm_unplanned_unmute)
        self.action_confirm_unmute.toggled.connect(
            lambda on: app_settings().setValue(SETTINGS_CONFIRM_UNMUTE, bool(on))
        )
        self.action_switch_mode = self._action(
            self.tr("Switch REHEARSAL / LIVE…"), self.request_mode_switch
        )
        self.action_check = self._action(
            self.tr("Readiness check"), self.run_readiness_check, ["Ctrl+Shift+R"]
        )
        self.action_report = self._action(self.tr("Show report (CSV or PDF)…"), self.export_report)
        for action in (self.action_go, self.action_standby_up, self.action_standby_down,
                       self.action_jump, self.action_stop):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_panic)
        menu.addAction(self.action_confirm_unmute)
        menu.addSeparator()
        menu.addAction(self.action_show_mode)
        menu.addAction(self.action_switch_mode)
        menu.addAction(self.action_check)
        menu.addAction(self.action_report)
        self.window.main_toolbar.addAction(self.action_check)

    @property
    def confirm_unplanned_unmute(self) -> bool:
        value = app_settings().value(SETTINGS_CONFIRM_UNMUTE, True)
        return value not in (False, "false", "0", 0)

    # -- the hall ------------------------------------------------------------------------

    def start_hall(self, rehearsal: bool) -> None:
        """Build the hall (simulators first in rehearsal) on the worker thread."""
        config = self.hall_config
        if config is None or self._closed:
            return
        self.rehearsal = rehearsal
        self.show_bar.set_rehearsal(None)
        log_ = self.log
        options = dict(REHEARSAL_OPTIONS)

        def build() -> Hall:
            if rehearsal:
                return Hall.rehearsal(config, log=log_, **options)
            return Hall.live(config, log=log_)

        self._submit_hall(build, rehearsal)

    def _submit_hall(self, build: Callable[[], Hall], rehearsal: bool) -> None:
        future = self._hall_executor.submit(build)
        self._hall_future = future
        deliver_on_gui(future, lambda done: self._hall_built(done, rehearsal))

    def _hall_built(self, future: Future[Hall], rehearsal: bool) -> None:
        if self._closed:
            return
        error = future.exception()
        if error is not None:
            reason = self.tr("The devices could not be started: {0}").format(error)
            self.log.error("engine", "status", f"hall start failed: {error}")
            self.holder.set_hall(None, f"the devices could not be started: {error}")
            self.show_bar.set_rehearsal(rehearsal)
            self.window.show_status_error(reason)
            self.hall_failed.emit(reason)
            return
        hall = future.result()
        self._hall_future = None
        self.holder.set_hall(hall)
        self.hall = hall
        self.rehearsal_panel.set_hall(hall)
        self.window.set_rehearsal(rehearsal)
        self.show_bar.set_rehearsal(rehearsal)
        for device_id, driver in hall.drivers.items():
            panel = self.panels.get(device_id)
            if panel is not None:
                panel.set_status(driver.status)
                panel.set_state(driver.state)
            self._start_meters(device_id, driver.status)
        self.inspector.schedule_refresh()
        self.hall_changed.emit(hall)

    def request_mode_switch(self) -> QMessageBox | None:
        """Ask, then switch REHEARSAL <-> LIVE (the show keeps its place)."""
        if self.hall_config is None:
            return None
        to_live = self.rehearsal
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Switch to LIVE") if to_live else self.tr("Switch to rehearsal"))
        text = (
            self.tr("Switch to LIVE? Commands will go to the hall's real equipment.")
            if to_live
            else self.tr("Switch to REHEARSAL? The hall's equipment is let go and the "
                         "simulators take its place.")
        )
        if self.engine is not None and self.engine.live_index is not None:
            text += "\n\n" + self.tr(
                "An item is live: the show keeps its place, but the new devices get "
                "no cues until the next GO."
            )
        box.setText(text)
        confirm = box.addButton(
            self.tr("Switch to LIVE") if to_live else self.tr("Switch to rehearsal"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.switch_mode(not to_live) if button is confirm else None
        )
        self.active_dialog = box
        box.open()
        return box

    def switch_mode(self, rehearsal: bool) -> None:
        """Let the current hall go and build the other one, both off the GUI thread."""
        if self.hall_config is None or self._closed:
            return
        words = "rehearsal" if rehearsal else "live"
        self.log.warning(OPERATOR, "action", f"switch to {words}")
        previous = self.holder.set_hall(None, f"switching to {words}")
        self.hall = None
        self.rehearsal_panel.set_hall(None)
        for panel in self.panels.values():
            panel.set_status(DeviceStatus(LinkState.CONNECTING, f"switching to {words}"))
        self.rehearsal = rehearsal
        self.show_bar.set_rehearsal(None)
        config = self.hall_config
        log_ = self.log
        options = dict(REHEARSAL_OPTIONS)

        def swap() -> Hall:
            if previous is not None:
                previous.close()
            if rehearsal:
                return Hall.rehearsal(config, log=log_, **options)
            return Hall.live(config, log=log_)

        self.hall_changed.emit(None)
        self._submit_hall(swap, rehearsal)

    def shutdown(self) -> None:
        """Close the hall (and its simulators) and stop the workers. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.tick.stop()
        self.key_filter.detach()
        self.rehearsal_panel.shutdown()
        self._work_executor.shutdown(wait=False, cancel_futures=True)
        self._hall_executor.shutdown(wait=True)
        pending = self._hall_future
        if pending is not None and pending.done() and pending.exception() is None:
            pending.result().close()
        hall = self.holder.set_hall(None, "the console is closed")
        if hall is not None:
            hall.close()
        self.hall = None
        self.log.flush(2.0)

    # -- the run-sheet and the engine -------------------------------------------------------

    def _on_runsheet(self, runsheet: RunSheet | None) -> None:
        old = self.engine
        if old is not None:
            old.remove_listener(self.bridge.on_engine_event)
            old.close()
        if self._runsheet is not None:
            self._runsheet.remove_change_listener(self._on_runsheet_edit)
            self._runsheet.locked = False
        self._runsheet = runsheet
        self.failures = {}
        self.engine = None
        event_id = runsheet.event.id if runsheet is not None else None
        self.log.set_event(event_id)
        if event_id != self.log_panel.event_id or event_id is None:
            # The panel shows the open event's log: its earlier history, then live entries.
            self.log_panel.show_event(self.database, event_id)
        if runsheet is not None:
            engine = ShowEngine(
                runsheet,
                self.holder,
                self.clock,
                lockout_s=self.lockout_s,
                log=self.log,
                database=self.database if runsheet.event.id is not None else None,
            )
            engine.add_listener(self.bridge.on_engine_event)
            timer = getattr(self.window, "presenter_timer", None)
            if timer is not None:
                engine.attach_timer(timer)
            runsheet.add_change_listener(self._on_runsheet_edit)
            self.engine = engine
        self.show_mode = False
        self.show_bar.set_show_mode(False)
        self.action_show_mode.setChecked(False)
        self.engine_changed.emit(self.engine)
        self._refresh_show()
        self._load_inspector(self._current_row())

    def _current_row(self) -> int:
        index = self.window.table_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_runsheet_edit(self, change: Any) -> None:
        engine = self.engine
        live = engine.live_index if engine is not None else None
        if (
            change.kind == "updated"
            and live is not None
            and change.first is not None
            and change.first <= live <= (change.last if change.last is not None else change.first)
        ):
            item = self._runsheet.items[live] if self._runsheet is not None else None
            title = item.title if item is not None else ""
            message = self.tr("The live item {0} “{1}” was edited; cues apply on its next GO.")
            self.log.warning(OPERATOR, "action", f"live item {live + 1} '{title}' edited")
            self.window.show_status_error(message.format(live + 1, title))
        QTimer.singleShot(0, self._after_edit)

    def _after_edit(self) -> None:
        self._refresh_show()
        self._load_inspector(self._current_row())

    # -- operator actions -------------------------------------------------------------------

    def go(self) -> bool:
        """GO (enters show mode first if needed); never waits on a device."""
        engine = self.engine
        if engine is None:
            return False
        if not self.show_mode:
            self.set_show_mode(True)
        engine.lockout_s = self.lockout_s
        return engine.go()

    def move_standby(self, delta: int) -> None:
        if self.engine is not None:
            self.engine.move_standby(delta)

    def jump_to_selected(self) -> None:
        row = self._current_row()
        if self.engine is not None and row >= 0:
            self.engine.jump(row)

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def panic(self) -> CueRun | None:
        """Mute every microphone now."""
        self.log.warning(OPERATOR, "action", "PANIC")
        hall = self.holder.hall
        if hall is None:
            self.window.show_status_error(self.tr("PANIC: no devices connected."))
            return None
        self.last_panic = hall.panic_mute_all(on_failure=self.bridge.on_failure)
        self.window.statusBar().showMessage(self.tr("PANIC: every microphone muted."), 8000)
        return self.last_panic

    def set_show_mode(self, show_mode: bool) -> None:
        """Show mode locks the run-sheet; edit mode unlocks it."""
        if show_mode == self.show_mode and self._runsheet is not None and (
            self._runsheet.locked == show_mode
        ):
            return
        self.show_mode = show_mode
        if self._runsheet is not None:
            self._runsheet.locked = show_mode
        self.show_bar.set_show_mode(show_mode)
        self.action_show_mode.setChecked(show_mode)
        self.log.info(OPERATOR, "action", "show mode" if show_mode else "edit mode")
        self.window.refresh_actions()
        self._load_inspector(self._current_row())

    def send(self, device_id: str, command: str, *args: Any) -> Future[Any] | None:
        """A panel command: logged as the operator's, sent through the hall, followed."""
        hall = self.holder.hall
        if hall is None:
            shown = ", ".join(repr(a) for a in args)
            self.log.info(OPERATOR, "action", f"{device_id}: {command}({shown}) (not connected)")
            self.window.show_status_error(self.tr("{0}: the devices are not connected.")
                                          .format(device_id))
            return None
        return hall.operator_command(device_id, command, *args, on_failure=self.bridge.on_failure)

    def _on_panel_command(self, device_id: str, command: str, args: tuple[Any, ...]) -> None:
        if command == "set_mute" and args[1] is False and self._unplanned(device_id, args[0]):
            if self.confirm_unplanned_unmute:
                self._confirm_unmute(device_id, args[0])
                return
        self.send(device_id, command, *args)

    def _unplanned(self, device_id: str, channel: int) -> bool:
        """True if an item is live and it does not plan ``channel`` open (or is a break)."""
        engine = self.engine
        if engine is None or engine.live_index is None:
            return False
        return (device_id, channel) not in engine.planned_live_channels()

    def _confirm_unmute(self, device_id: str, channel: int) -> QMessageBox:
        name = ""
        cfg = self.hall_config.device(device_id) if self.hall_config is not None else None
        if isinstance(cfg, MicrophonesConfig):
            name = cfg.channels.get(channel, "")
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Open a microphone"))
        box.setText(
            self.tr("The live item does not plan channel {0} {1} to be open. Open it anyway?")
            .format(channel, name)
        )
        box.setCheckBox(QCheckBox(self.tr("Do not ask again"), box))
        open_button = box.addButton(self.tr("Open channel"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            if button is not open_button:
                return
            if box.checkBox().isChecked():
                self.action_confirm_unmute.setChecked(False)
            self.send(device_id, "set_mute", channel, False)

        box.buttonClicked.connect(answered)
        self.active_dialog = box
        box.open()
        return box

    def apply_cues(self, row: int, cues: ItemCues) -> None:
        """The inspector changed the cues of ``row``: ask first if it is the live item."""
        runsheet = self._runsheet
        if runsheet is None or not 0 <= row < len(runsheet.items):
            return
        if runsheet.locked:
            self.window.show_status_error(self.tr("The run-sheet is locked while the show runs."))
            self._load_inspector(row)
            return
        engine = self.engine
        if engine is not None and engine.live_index == row:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Change the live item"))
            box.setText(self.tr("Item {0} is live. Its new cues are not sent now; they apply "
                                "on its next GO. Change them?").format(row + 1))
            change = box.addButton(self.tr("Change cues"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.buttonClicked.connect(
                lambda button: self._set_cues(row, cues) if button is change
                else self._load_inspector(row)
            )
            self.active_dialog = box
            box.open()
            return
        self._set_cues(row, cues)

    def _set_cues(self, row: int, cues: ItemCues) -> None:
        runsheet = self._runsheet
        if runsheet is None:
            return
        try:
            runsheet.set_item_field(row, "cues", cues)
        except (RunSheetLocked, ValueError, IndexError) as error:
            self.window.show_status_error(str(error))
            self._load_inspector(row)

    # -- the readiness check and the report ------------------------------------------------

    def run_readiness_check(self) -> Future[Any] | None:
        """Ask every device and check every cue, off the GUI thread; then show go/no-go."""
        from controlroom.check import run_check

        hall = self.holder.hall
        if hall is None:
            self.window.show_status_error(self.tr("Readiness check: the devices are not "
                                                  "connected yet."))
            return None
        event = self._runsheet.event if self._runsheet is not None else None
        self.show_bar.check_button.setEnabled(False)
        self.show_bar.check_button.setText(self.tr("Checking…"))
        future = self._work_executor.submit(
            run_check, hall.config, event, hall=hall, timeout=CHECK_TIMEOUT_S
        )
        self.last_check = future
        deliver_on_gui(future, self._check_done)
        return future

    def _check_done(self, future: Future[Any]) -> None:
        self.show_bar.check_button.setEnabled(True)
        self.show_bar.check_button.setText(self.tr("Readiness check"))
        error = future.exception()
        if error is not None:
            self.window.show_error(self.tr("Readiness check failed"), str(error))
            return
        report = future.result()
        self.log.write("info" if report.go else "warning", "engine", "status",
                       "readiness check: " + ("GO" if report.go else "NO-GO"))
        box = QMessageBox(
            QMessageBox.Icon.Information if report.go else QMessageBox.Icon.Warning,
            self.tr("Readiness: GO") if report.go else self.tr("Readiness: NO-GO"),
            report.text(),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = box
        box.open()
        self.check_finished.emit(report)

    def export_report(self, path: Path | None = None) -> Future[Any] | None:
        """Write the open event's report (CSV or PDF by extension), off the GUI thread."""
        runsheet = self._runsheet
        if runsheet is None or runsheet.event.id is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Show report"),
                str(Path.home() / f"{runsheet.event.title}.pdf"),
                self.tr("PDF (*.pdf);;CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        event_id = runsheet.event.id
        database = self.database
        self.log.flush(0.0)

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

        built.add_done_callback(lambda done: self._work_executor.submit(write, done))
        deliver_on_gui(written, self._report_done)
        return written

    def _report_done(self, future: Future[str]) -> None:
        error = future.exception()
        if error is not None:
            self.window.show_error(self.tr("Could not write the report"), str(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Report written to {0}.").format(future.result()), 8000
        )
        self.report_written.emit(future.result())

    # -- news from the bridge ---------------------------------------------------------------

    def _on_device_status(self, device_id: str, status: DeviceStatus) -> None:
        panel = self.panels.get(device_id)
        if panel is not None:
            panel.set_status(status)
        self._start_meters(device_id, status)

    def _start_meters(self, device_id: str, status: DeviceStatus) -> None:
        """Ask a microphone device for level meters once it is connected (it keeps them)."""
        hall = self.holder.hall
        if hall is None or status.state is not LinkState.OK:
            return
        if not isinstance(hall.device_config(device_id), MicrophonesConfig):
            return
        driver = hall.drivers[device_id]
        if driver.state.meter_rate_ms != METER_RATE_MS:
            driver.set_meter_rate(METER_RATE_MS)

    def _on_device_state(self, device_id: str, state: Any) -> None:
        panel = self.panels.get(device_id)
        if panel is not None:
            panel.set_state(state)
        self.inspector.schedule_refresh()

    def _on_engine_event(self, event: EngineEvent) -> None:
        if event.kind == ITEM_STARTED and event.index is not None:
            self.failures.pop(event.index, None)
            self.show_bar.set_failure("")
        elif event.kind == CUE_FAILED:
            index = event.index if event.index is not None else -1
            failure = CueFailure(event.device or "?", "", event.reason)
            self.failures.setdefault(index, []).append(failure)
            text = self.tr("Item {0}: {1}: {2}").format(index + 1, event.device, event.reason)
            self.show_bar.set_failure("⚠ " + text)
            self.window.show_status_error(text)
        elif event.kind == GO_IGNORED:
            self.window.statusBar().showMessage(self.tr("GO ignored: {0}").format(event.reason),
                                                4000)
        self._refresh_show()

    def _on_command_failure(self, failure: CueFailure) -> None:
        text = self.tr("{0}: {1} failed: {2}").format(failure.device, failure.command,
                                                      failure.reason)
        self.window.show_status_error(text)

    # -- displays -----------------------------------------------------------------------------

    def _refresh_show(self) -> None:
        engine, runsheet = self.engine, self._runsheet
        if engine is None or runsheet is None:
            self.show_bar.set_items("", self.tr("no event open"))
            self.show_bar.set_timing(0.0, None)
            self.show_bar.go_button.setEnabled(False)
            self.inspector.set_on_go_source(None)
            return
        items = runsheet.items

        def describe(index: int | None) -> str:
            if index is None or not 0 <= index < len(items):
                return ""
            return f"{index + 1}. {items[index].title}"

        self.show_bar.set_items(describe(engine.live_index), describe(engine.standby_index))
        self.show_bar.go_button.setEnabled(engine.standby_index is not None)
        self._refresh_timing()
        self.window.table_view.viewport().update()
        self.inspector.set_on_go_source(self._on_go_lines)

    def _refresh_timing(self) -> None:
        engine = self.engine
        if engine is None:
            return
        self.show_bar.set_timing(engine.offset_s, engine.projected_end)

    def _on_go_lines(self) -> tuple[str, list[str]]:
        engine, runsheet = self.engine, self._runsheet
        if engine is None or runsheet is None or engine.standby_index is None:
            return self.tr("On GO: nothing in standby."), []
        index = engine.standby_index
        item = runsheet.items[index]
        title = self.tr("On GO — item {0}: {1}").format(index + 1, item.title)
        hall = self.holder.hall
        if hall is None:
            return title, [self.tr("(devices not connected)")]
        lines = []
        if item.kind is ItemKind.BREAK:
            lines.append(self.tr("break: every microphone is muted"))
        for change in hall.diff(item):
            lines.append(describe_change(change))
        if not lines:
            lines.append(self.tr("(nothing changes)"))
        return title, lines

    def _load_inspector(self, row: int) -> None:
        runsheet = self._runsheet
        item = runsheet.items[row] if runsheet is not None and 0 <= row < len(runsheet.items) \
            else None
        locked = runsheet is not None and runsheet.locked
        self.inspector.editor.load(row, item, locked)


def _driver_monotonic() -> float:
    """The clock drivers stamp ``last_heard`` with (they run on time.monotonic)."""
    return time.monotonic()


def install(window: MainWindow, context: Any) -> None:
    """Add the show console to ``window``; it is left on the window as ``window.console``."""
    window.console = Console(window, context)  # type: ignore[attr-defined]
