"""The show's lifecycle in the window: quitting during a show, resuming after a crash, runs shown.

- :class:`QuitGuard`: closing the window (Ctrl+Q, File ▸ Quit, the title bar's close
  button, an application quit) while a show runs — show mode, a live item, or a run
  of the show open — asks first. The default button keeps the show running; ending
  the show and quitting is a deliberate second choice. In edit mode with no run the
  window closes as before. A clean quit ends the run (``engine.close()``).
- :class:`RunDisplay`: which run's actual times the run-sheet shows (the label above
  the table: "Actual times: live run #3, started 11:02"), read off the GUI thread
  when an event opens; and, if the event's latest run never ended (the app died:
  a crash, a power cut, kill -9), the question whether to resume it where it stood.
  Resuming turns show mode on and takes up the live item, standby and actual times
  (``engine.resume``) without sending any cue; re-sending the hall state of the live
  item is a second, explicit question. Declining ends that run at the moment it
  stopped, and the next GO starts a fresh one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QPushButton

from controlroom.engine import ITEM_STARTED, RESUMED, EngineEvent, ShowEngine
from controlroom.eventlog import OPERATOR
from controlroom.runsheet import RunSheet
from controlroom.storage import Database, RunHandle, RunSummary
from devices.text import Text, mode_words
from ui.background import run_in_background

if TYPE_CHECKING:
    from ui.console.controller import Console

log = logging.getLogger("ui.console")

Actuals = dict[int, tuple[datetime | None, datetime | None]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


def show_is_running(console: Console) -> bool:
    """Show mode, a live item, or a run of the show open: quitting needs a confirmation."""
    engine = console.engine
    if console.show_mode:
        return True
    return engine is not None and (engine.live_index is not None or engine.run is not None)


class QuitGuard(QObject):
    """Asks before the window closes during a show; see the module docstring."""

    def __init__(self, console: Console) -> None:
        super().__init__(console)
        self._console = console
        self._confirmed = False
        self.dialog: QMessageBox | None = None
        """The open "quit during the show?" question (None when none is open)."""

    def allows_close(self, event: QEvent) -> bool:
        """For the window's Close event: True lets it close; False ignores it and asks."""
        console = self._console
        if self._confirmed or not show_is_running(console):
            return True
        if isinstance(event, QCloseEvent):
            event.ignore()
        self.ask()
        return False

    def ask(self) -> QMessageBox:
        """The question (window-modal, non-blocking); the default keeps the show running."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.raise_()
            return self.dialog
        console = self._console
        engine = console.engine
        runsheet = console.runsheet
        mode = _tr("REHEARSAL") if console.rehearsal else _tr("LIVE")
        live = engine.live_index if engine is not None else None
        if live is not None and runsheet is not None and live < len(runsheet.items):
            what = _tr("Item {0} “{1}” is live.").format(live + 1, runsheet.items[live].title)
        else:
            what = _tr("No item is live, but the show is not over.")
        box = QMessageBox(console.window)
        box.setObjectName("quitDuringShowDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("The show is running"))
        box.setText(_tr("The show is running ({0}). {1}").format(mode, what))
        box.setInformativeText(
            _tr(
                "Quitting ends the show: the actual times stop here and the devices are let "
                "go (they keep their last state). Keep the show running unless it is over."
            )
        )
        keep = box.addButton(_tr("Keep the show running"), QMessageBox.ButtonRole.RejectRole)
        end = box.addButton(_tr("End the show and quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("keepShowButton")
        end.setObjectName("endShowButton")
        end.setAutoDefault(False)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(button is end))
        box.finished.connect(lambda _result: self._forget(box))
        self.dialog = box
        console.active_dialog = box
        box.open()
        keep.setFocus()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if self.dialog is box:
            self.dialog = None

    def _answered(self, end_show: bool) -> None:
        console = self._console
        if not end_show:
            console.log.info(OPERATOR, "action", Text("quit cancelled: the show keeps running"))
            return
        console.log.warning(OPERATOR, "action", Text("ended the show and quit"))
        self._confirmed = True
        console.end_show()
        console.window.close()


@dataclass(frozen=True)
class RunsOfEvent:
    """What :class:`RunDisplay` reads when an event opens (off the GUI thread)."""

    event_id: int
    runs: list[RunSummary]
    actuals: Actuals
    """The latest run's ``{item id: (start, end)}``."""
    stopped_at: datetime | None
    """An unfinished latest run's last sign of life (its last log line or actual time)."""


def read_runs(database: Database, event_id: int) -> RunsOfEvent:
    """The event's runs, the latest run's actuals and, if it never ended, when it stopped."""
    runs = database.list_runs(event_id)
    if not runs:
        return RunsOfEvent(event_id, runs, {}, None)
    latest = runs[-1]
    actuals = database.item_actuals(event_id, latest.id)
    stopped_at: datetime | None = None
    if latest.unfinished:
        times = [t for pair in actuals.values() for t in pair if t is not None]
        entries = database.log_entries(event_id, run_id=latest.id)
        times.extend(entry.wall for entry in entries[-1:])
        stopped_at = max(times, default=latest.started)
    return RunsOfEvent(event_id, runs, actuals, stopped_at)


def run_words(mode: str) -> str:
    """"live run", "rehearsal run", "earlier run" (a run from before runs were kept)."""
    if mode == "live":
        return _tr("live run")
    if mode == "rehearsal":
        return _tr("rehearsal run")
    return _tr("earlier run")


def run_label_text(
    mode: str | None, run_id: int | None, started: datetime | None, unfinished: bool = False,
    running: bool = False,
) -> str:
    """The label above the run-sheet: whose actual times it shows."""
    if mode is None or started is None:
        return _tr("Actual times: none yet (the first GO starts a run)")
    words = run_words(mode)
    if run_id is not None:
        words = _tr("{0} #{1}").format(words, run_id)
    at = started.strftime("%H:%M")
    if running:
        return _tr("Actual times: {0}, started {1} — running now").format(words, at)
    if unfinished:
        return _tr("Actual times: {0}, started {1} — did not end").format(words, at)
    return _tr("Actual times: {0}, started {1}").format(words, at)


class RunDisplay(QObject):
    """The run label, the actual times shown, and the resume question; see the module docstring."""

    def __init__(self, console: Console) -> None:
        super().__init__(console)
        self._console = console
        self.shown: RunSummary | None = None
        """The stored run whose actual times are shown (None: none, or the engine's own)."""
        self.actuals: Actuals = {}
        """Its ``{item id: (start, end)}`` (the engine's own run is read from the engine)."""
        self.resume_dialog: QMessageBox | None = None
        self.resend_dialog: QMessageBox | None = None
        self._loading: int | None = None

    # -- an event opens ------------------------------------------------------------------

    def load(self, runsheet: RunSheet | None) -> None:
        """Read the event's runs off the GUI thread, then label them (and offer a resume)."""
        self.shown = None
        self.actuals = {}
        event_id = runsheet.event.id if runsheet is not None else None
        self._loading = event_id
        if event_id is None:
            self._set_label("")
            return
        self._set_label(_tr("Actual times: reading…"))
        database = self._console.database
        run_in_background(
            lambda: read_runs(database, event_id),
            lambda done: self._loaded(done, event_id),
            guard=self,
            name="console-runs",
        )

    def _loaded(self, done: Any, event_id: int) -> None:
        console = self._console
        if self._loading != event_id or console.closed:
            return  # another event opened meanwhile, or the window closed
        self._loading = None
        try:
            found: RunsOfEvent = done.result()
        except Exception as error:  # a database fault: said, and the window carries on
            log.warning("could not read the runs of event %s: %s", event_id, error)
            self._set_label(_tr("Actual times: could not be read ({0})").format(error))
            return
        engine = console.engine
        if engine is not None and engine.run is not None:
            self.refresh()  # the operator pressed GO meanwhile: the engine's run is shown
            return
        latest = found.runs[-1] if found.runs else None
        self.shown = latest
        self.actuals = found.actuals
        self.refresh()
        if latest is not None and latest.unfinished and found.stopped_at is not None:
            self.ask_resume(latest, found.actuals, found.stopped_at)

    # -- what is shown -------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-label after GO (the engine's run) or a resume."""
        engine = self._console.engine
        run: RunHandle | None = engine.run if engine is not None else None
        if run is not None:
            text = run_label_text(run.mode, run.id, run.started, running=True)
        elif self.shown is not None:
            shown = self.shown
            text = run_label_text(shown.mode, shown.id, shown.started, shown.unfinished)
        else:
            text = run_label_text(None, None, None)
        self._set_label(text)
        self._console.window.table_view.repaint_cells()

    def on_engine_event(self, event: EngineEvent) -> None:
        if event.kind in (ITEM_STARTED, RESUMED):
            self.refresh()

    def actual_of(self, row: int) -> tuple[datetime | None, datetime | None] | None:
        """The actual (start, end) shown for the run-sheet row ``row``, if it ran."""
        console = self._console
        engine, runsheet = console.engine, console.runsheet
        if runsheet is None or not 0 <= row < len(runsheet.items):
            return None
        if engine is not None and engine.run is not None:
            actual = engine.actual_at(row)
            return None if actual is None else (actual.start, actual.end)
        item_id = runsheet.items[row].id
        return self.actuals.get(item_id) if item_id is not None else None

    def _set_label(self, text: str) -> None:
        window: Any = self._console.window
        setter = getattr(window, "set_run_label", None)
        if setter is not None:
            setter(text)

    # -- resuming after a crash -------------------------------------------------------------

    def ask_resume(self, run: RunSummary, actuals: Actuals, stopped_at: datetime) -> QMessageBox:
        """"The show stopped unexpectedly … Resume where it was?" (window-modal, non-blocking)."""
        console = self._console
        runsheet = console.runsheet
        title = runsheet.event.title if runsheet is not None else ""
        at = stopped_at.strftime("%H:%M:%S")
        live = self._live_item(run, runsheet)
        box = QMessageBox(console.window)
        box.setObjectName("resumeShowDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("The show stopped unexpectedly"))
        if live is not None:
            text = _tr(
                "The show of “{0}” stopped unexpectedly at {1} during item {2} “{3}”. "
                "Resume where it was?"
            ).format(title, at, live[0] + 1, live[1])
        else:
            text = _tr(
                "The show of “{0}” stopped unexpectedly at {1}, between items. "
                "Resume where it was?"
            ).format(title, at)
        box.setText(text)
        box.setInformativeText(
            _tr(
                "Resume: show mode, the live item, standby and the actual times come back "
                "as they were ({0} started {1}). Nothing is sent to the hall until you ask.\n"
                "Start fresh: that run is closed as it stood; the next GO starts a new run."
            ).format(run_words(run.mode), run.started.strftime("%H:%M"))
        )
        resume = box.addButton(_tr("Resume the show"), QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton(_tr("Start fresh"), QMessageBox.ButtonRole.RejectRole)
        resume.setObjectName("resumeButton")
        fresh.setObjectName("startFreshButton")
        box.setDefaultButton(resume)
        box.setEscapeButton(fresh)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        engine = console.engine
        box.buttonClicked.connect(
            lambda button: self._resume_answered(button is resume, engine, run, actuals,
                                                 stopped_at)
        )
        self.resume_dialog = box
        console.active_dialog = box
        box.open()
        return box

    @staticmethod
    def _live_item(run: RunSummary, runsheet: RunSheet | None) -> tuple[int, str] | None:
        """The position and title of the item that was live when the run stopped."""
        if runsheet is None:
            return None
        for index, item in enumerate(runsheet.items):
            if item.id is not None and item.id == run.live_item_id:
                return index, item.title
        return None

    def _resume_answered(
        self,
        resume: bool,
        engine: ShowEngine | None,
        run: RunSummary,
        actuals: Actuals,
        stopped_at: datetime,
    ) -> None:
        console = self._console
        self.resume_dialog = None
        if console.closed or engine is None or engine is not console.engine:
            return  # another event opened meanwhile: that run stays as it is
        if not resume:
            console.log.warning(
                OPERATOR, "action", Text(
                    "did not resume the unfinished {mode} run {run}",
                    mode=mode_words(run.mode), run=run.id,
                )
            )
            database = console.database
            database.writer.submit(lambda: database.end_run(run.id, stopped_at))
            self.shown = RunSummary(
                run.id, run.event_id, run.mode, run.started, stopped_at, run.live_item_id,
                run.standby_item_id, run.items_run,
            )
            self.refresh()
            return
        console.set_show_mode(True)
        engine.resume(run, actuals)
        self.shown = run
        self.refresh()
        console.status.refresh_show()
        if engine.live_index is not None:
            self.ask_resend()

    def ask_resend(self) -> QMessageBox | None:
        """The second, explicit question: re-send the live item's hall state?"""
        console = self._console
        engine, runsheet = console.engine, console.runsheet
        if engine is None or runsheet is None or engine.live_index is None:
            return None
        item = runsheet.items[engine.live_index]
        box = QMessageBox(console.window)
        box.setObjectName("resendHallStateDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Re-send the hall state?"))
        box.setText(
            _tr("Item {0} “{1}” is live again. The hall may have changed while the app was "
                "down.").format(engine.live_index + 1, item.title)
        )
        box.setInformativeText(
            _tr("Re-sending sets the switcher, projector and microphones to this item's cues "
                "again. Check the hall first if someone changed it by hand.")
        )
        resend = box.addButton(
            _tr("Re-send the hall state of the live item"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(_tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        resend.setObjectName("resendButton")
        later.setObjectName("notNowButton")
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._resend_answered(button is resend, engine)
        )
        self.resend_dialog = box
        console.active_dialog = box
        box.open()
        return box

    def _resend_answered(self, resend: bool, engine: ShowEngine) -> None:
        self.resend_dialog = None
        if resend and engine is self._console.engine:
            engine.resend_live_cues()


def button_named(box: QMessageBox, name: str) -> QPushButton:
    """The button of ``box`` with object name ``name`` (tests and automation answer with it)."""
    found = box.findChild(QPushButton, name)
    if found is None:
        raise LookupError(f"no button {name!r} in {box.objectName()}")
    return found
