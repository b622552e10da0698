"""The show console's controller: the hall's lifecycle and one show engine per run-sheet.

:class:`Console` joins the open run-sheet to the hall's equipment:

- the :class:`controlroom.equipment.Equipment` — simulators and drivers in REHEARSAL, the hall
  file's real ports in LIVE — is built and closed on a worker thread, never on the
  GUI thread (:mod:`ui.console.equipment_life`); switching modes asks first and
  reconnects cleanly;
- one :class:`controlroom.engine.ShowEngine` per open run-sheet (following
  ``window.runsheet_changed``), driving the presenter timer it was given;
- the operator's show actions: GO, standby, stop, PANIC, show/edit mode.

The rest of the console lives next door, one room each: the show bar and the docks
(:mod:`ui.console.docks`), the Show menu (:mod:`ui.console.actions`), the keys
(:mod:`ui.console.keys`), the REHEARSAL/LIVE question (:mod:`ui.console.mode_switch`),
the playhead (:mod:`ui.console.playhead`), quitting during a show, resuming after a
crash and which run's actual times are shown (:mod:`ui.console.lifecycle`), a hall
file read or opened, and one that cannot be used (:mod:`ui.console.hall_files`,
:mod:`ui.console.hall_error`), the device
panels' commands and the unmute safety (:mod:`ui.console.panel_commands`), the
inspector (:mod:`ui.console.cue_editing`), what the bridge delivers
(:mod:`ui.console.show_status`), the readiness check (:mod:`ui.console.readiness`)
and the report (:mod:`ui.console.report_export`).

Everything from the devices, the engine and the log arrives through one
:class:`ui.bridge.ConsoleBridge` as queued, coalesced Qt signals.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMessageBox,
    QWidget,
)

from controlroom.engine import ShowEngine
from controlroom.equipment import CueFailure, CueRun, Equipment
from controlroom.eventlog import OPERATOR, EventLog
from controlroom.runsheet import RunSheet
from controlroom.timer import PresenterTimer
from devices.text import Text
from ui.bridge import ConsoleBridge, EquipmentHolder
from ui.console.actions import build_show_actions
from ui.console.alarms import ConsoleAlarms
from ui.console.cue_editing import CueEditing
from ui.console.docks import build_bottom_docks, build_device_panels, build_show_bar
from ui.console.equipment_life import EquipmentLife
from ui.console.hall_files import HallFiles
from ui.console.keys import ShowKeyFilter
from ui.console.lifecycle import QuitGuard, RunDisplay
from ui.console.mode_switch import ask_mode_switch
from ui.console.panel_commands import PanelCommands
from ui.console.playhead import ConsoleDelegate
from ui.console.readiness import ReadinessCheck
from ui.console.report_export import ReportExport
from ui.console.show_status import ShowStatus
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.panels.common import DevicePanel

log = logging.getLogger("ui.console")

#: Options for the in-app rehearsal's SimulatorHost (tests shorten the projector warm-up).
REHEARSAL_OPTIONS: dict[str, Any] = {}


class Console(QObject):
    """The show console of one main window; see the module docstring."""

    hall_changed = Signal(object)
    """The current Equipment (or None while switching / after a failed start), on the GUI thread."""
    hall_failed = Signal(str)
    """The hall could not be started; the reason."""
    check_finished = Signal(object)
    """A readiness check's ``CheckReport``."""
    report_written = Signal(str)
    """The path of a report just written."""
    engine_changed = Signal(object)
    """A new ShowEngine (or None) for the open run-sheet."""

    def __init__(
        self,
        window: MainWindow,
        context: AppContext,
        presenter_timer: PresenterTimer | None = None,
        presenter_dock: QDockWidget | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.clock = context.clock
        self.database = context.database
        self.presenter_timer = presenter_timer
        """The presenter timer each engine drives (None: no presenter feature)."""
        self.lockout_s = 0.25
        self.rehearsal = bool(context.rehearsal)
        self.log = EventLog(self.database, self.clock)
        self.bridge = ConsoleBridge(self)
        self.log.add_listener(self.bridge.on_log_entry)
        self.holder = EquipmentHolder()
        self.holder.add_listener(self.bridge.on_device_event)
        self.hall: Equipment | None = None
        self.engine: ShowEngine | None = None
        self.failures: dict[int, list[CueFailure]] = {}
        self.show_mode = False
        self.active_dialog: QWidget | None = None
        self.last_panic: CueRun | None = None
        self._closed = False
        self._runsheet: RunSheet | None = None
        self.equipment_life = EquipmentLife(self)
        self.work_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-work")
        """The console's worker thread (readiness checks, writing reports)."""
        self.hall_files = HallFiles(self)
        self.hall_config = self.hall_files.load_initial()
        self.panels: dict[str, DevicePanel] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.panel_commands = PanelCommands(self)
        self.readiness = ReadinessCheck(self)
        self.report = ReportExport(self)
        self.status = ShowStatus(self)
        self.show_bar, self.show_toolbar = build_show_bar(self)
        self.alarms = ConsoleAlarms(self)
        build_device_panels(self)
        self.rehearsal_panel, self.log_panel = build_bottom_docks(self, presenter_dock)
        self.cue_editing = CueEditing(self)
        self.inspector = self.cue_editing.inspector
        self.actions = build_show_actions(self)
        self.key_filter = ShowKeyFilter(self)
        self.quit_guard = QuitGuard(self)
        self.runs = RunDisplay(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        # Closing the main window ends the show: let the devices go (tests close windows too).
        window.installEventFilter(self)
        self.delegate = ConsoleDelegate(self, window.table_view)
        window.table_view.setItemDelegate(self.delegate)

        self.bridge.device_status.connect(self.status.on_device_status)
        self.bridge.device_state.connect(self.status.on_device_state)
        self.bridge.engine_event.connect(self.status.on_engine_event)
        self.bridge.device_status.connect(self.alarms.on_device_status)
        self.bridge.device_state.connect(self.alarms.on_device_state)
        self.bridge.engine_event.connect(self.alarms.on_engine_event)
        self.bridge.engine_event.connect(self.runs.on_engine_event)
        self.bridge.log_entries.connect(self.log_panel.append)
        self.bridge.failure.connect(self.status.on_command_failure)
        window.runsheet_changed.connect(self._on_runsheet)
        window.current_item_changed.connect(self.cue_editing.load)

        self.tick = QTimer(self)
        self.tick.setObjectName("consoleTick")
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.status.refresh_timing)
        self.tick.start()

        self._on_runsheet(window.runsheet)
        if self.hall_config is not None:
            self.start_hall(self.rehearsal)
        else:
            self.holder.set_hall(None, "the hall file cannot be used")
            self.hall_files.show_error()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self._closed:
            if not self.quit_guard.allows_close(event):
                return True  # the show runs on; the operator is asked
            self.shutdown()
        return False

    @property
    def closed(self) -> bool:
        """The console has shut down (the window closed)."""
        return self._closed

    @property
    def hall_usable(self) -> bool:
        """A hall file was read: the show can run (GO and the show actions work)."""
        return self.hall_config is not None

    @property
    def runsheet(self) -> RunSheet | None:
        """The run-sheet the console follows (the window's open one)."""
        return self._runsheet

    # -- the hall ------------------------------------------------------------------------

    def start_hall(self, rehearsal: bool) -> None:
        """Build the hall (simulators first in rehearsal) on the worker thread."""
        self.equipment_life.start(rehearsal)

    def request_mode_switch(self) -> QMessageBox | None:
        """Ask, then switch REHEARSAL <-> LIVE (see :mod:`ui.console.mode_switch`)."""
        return ask_mode_switch(self)

    def switch_mode(self, rehearsal: bool) -> None:
        """Let the current hall go and build the other one, both off the GUI thread."""
        self.equipment_life.switch(rehearsal)

    def shutdown(self) -> None:
        """Close the hall (and its simulators) and stop the workers. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.tick.stop()
        self.key_filter.detach()
        engine = self.engine
        if engine is not None:
            engine.close()  # a clean end of the run: it is not offered for resuming
        self.rehearsal_panel.shutdown()
        self.work_executor.shutdown(wait=False, cancel_futures=True)
        self.equipment_life.close()
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
            if self.presenter_timer is not None:
                engine.attach_timer(self.presenter_timer)
            runsheet.add_change_listener(self._on_runsheet_edit)
            self.engine = engine
        self.show_mode = False
        self.show_bar.set_show_mode(False)
        self.actions.show_mode.setChecked(False)
        self.engine_changed.emit(self.engine)
        self.status.refresh_show()
        self.runs.load(runsheet)
        self.cue_editing.load(self._current_row())

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
            self.log.warning(OPERATOR, "action", Text(
                "live item {number} '{title}' edited", number=live + 1, title=title
            ))
            self.window.show_status_error(message.format(live + 1, title))
        QTimer.singleShot(0, self._after_edit)

    def _after_edit(self) -> None:
        self.status.refresh_show()
        self.cue_editing.load(self._current_row())

    # -- operator actions -------------------------------------------------------------------

    def go(self) -> bool:
        """GO (enters show mode first if needed); never waits on a device."""
        engine = self.engine
        if engine is None:
            return False
        if not self.hall_usable:
            self.window.show_status_error(
                self.tr("GO is off: the hall file cannot be used (see above the run-sheet).")
            )
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
        """Stop the show: the live item ends and every microphone is muted (the engine's policy)."""
        if self.engine is not None:
            self.engine.stop()

    def end_show(self) -> None:
        """End the show for good (before quitting): stop, end the run, back to edit mode."""
        engine = self.engine
        if engine is not None:
            engine.stop()
            engine.end_run()
        self.set_show_mode(False)

    def panic(self) -> CueRun | None:
        """Mute every microphone now."""
        self.log.warning(OPERATOR, "action", Text("PANIC"))
        hall = self.holder.hall
        if hall is None:
            self.window.show_status_error(self.tr("PANIC: no devices connected."))
            return None
        self.last_panic = hall.panic_mute_all(on_failure=self.bridge.on_failure)
        self.window.statusBar().showMessage(self.tr("PANIC: every microphone muted."), 8000)
        return self.last_panic

    def set_show_mode(self, show_mode: bool) -> None:
        """Show mode locks the run-sheet; edit mode unlocks it (no show mode without a hall)."""
        if show_mode and not self.hall_usable:
            self.actions.show_mode.setChecked(False)
            self.show_bar.set_show_mode(False)
            return
        if show_mode == self.show_mode and self._runsheet is not None and (
            self._runsheet.locked == show_mode
        ):
            return
        self.show_mode = show_mode
        if self._runsheet is not None:
            self._runsheet.locked = show_mode
        self.show_bar.set_show_mode(show_mode)
        self.actions.show_mode.setChecked(show_mode)
        self.log.info(OPERATOR, "action", Text("show mode") if show_mode else Text("edit mode"))
        self.window.refresh_actions()
        self.cue_editing.load(self._current_row())

    def run_readiness_check(self) -> Future[Any] | None:
        """Show ▸ Readiness check (see :mod:`ui.console.readiness`)."""
        return self.readiness.run()

    def export_report(
        self, path: Path | None = None, run_id: int | None = None
    ) -> Future[Any] | None:
        """Show ▸ Show report of one run (see :mod:`ui.console.report_export`)."""
        return self.report.export(path, run_id)

