"""Starting the desktop app: ``run_app(args)`` builds the QApplication, the context and the window.

Start-up order: QApplication (name and organisation "controlroom"), dark theme,
translators, the database (``--db`` or the default in the user data directory;
read-only when another controlroom writes it, a dialog offering another file, a
backup or quitting when it cannot be used: :mod:`ui.database_dialog`),
the sample press conference if the database has no events, the main window, then
its features (:func:`add_show_features`): the presenter timer, the show console
(given the presenter's timer and dock), View ▸ Language; then the saved window
state, then the event to open: ``--event``, else the one open last time
(QSettings), else the sample.

``CONTROLROOM_EXIT_AFTER_SHOW=1`` makes the app print ``first_window_shown_s=...``
(seconds since the process started) and ``rss_mib=...`` once the window has been
painted, and quit: the start-up benchmark uses it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from controlroom.clock import SystemClock
from controlroom.storage import Database, StorageError, default_database_path
from ui.console.controller import Console
from ui.console.docks import add_scrolling_dock
from ui.context import AppContext
from ui.database_dialog import open_database_for_window
from ui.event_dialogs import summary_sort_key
from ui.i18n import LanguageMenu, install_translators
from ui.main_window import MainWindow, last_event_id
from ui.plain_text import make_plain
from ui.presenter_feature import PresenterFeature, add_presenter
from ui.remote_control import ConsoleShowControl, RemotePanel
from ui.settings import app_settings
from ui.theme import apply_dark_theme

__all__ = ["AppContext", "AppWindow", "ShowFeatures", "add_show_features", "build_window",
           "run_app"]

log = logging.getLogger("controlroom.ui")

EXIT_AFTER_SHOW_VARIABLE = "CONTROLROOM_EXIT_AFTER_SHOW"


@dataclass(frozen=True)
class ShowFeatures:
    """What the app adds to the editor window, in the order it is built."""

    presenter: PresenterFeature
    console: Console
    language_menu: LanguageMenu
    remote: RemotePanel


def add_show_features(window: MainWindow, context: AppContext) -> ShowFeatures:
    """The presenter timer, the show console driving it, remote control, View ▸ Language."""
    presenter = add_presenter(window, context.clock)
    console = Console(
        window, context, presenter_timer=presenter.timer, presenter_dock=presenter.dock
    )
    remote = add_remote_control(window, console, presenter)
    language_menu = LanguageMenu(window)
    return ShowFeatures(
        presenter=presenter, console=console, language_menu=language_menu, remote=remote
    )


def add_remote_control(
    window: MainWindow, console: Console, presenter: PresenterFeature
) -> RemotePanel:
    """The remote-control switch, tabbed with the event log; off until the operator starts it."""
    control = ConsoleShowControl(console, presenter.timer)
    panel = RemotePanel(control, log=console.log, settings=app_settings())
    title = QCoreApplication.translate("App", "Remote control")
    dock = add_scrolling_dock(
        window, console.docks, "remote", title, panel, Qt.DockWidgetArea.BottomDockWidgetArea
    )
    window.tabifyDockWidget(console.docks["log"], dock)
    presenter.dock.raise_()  # the presenter timer stays the tab in front

    def stop() -> None:
        panel.shutdown()
        control.close()

    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop)
    return panel


#: Adds the features to a new window (tests pass their own: none, or one test dock).
FeatureBuilder = Callable[[MainWindow, AppContext], ShowFeatures | None]


@dataclass(frozen=True)
class AppWindow:
    """The main window and the features built on it."""

    window: MainWindow
    features: ShowFeatures | None
    """None when the builder added none (the editor alone)."""


def default_hall_path() -> Path:
    """The hall file used without ``--hall`` (resources/halls/default.toml)."""
    try:
        from devices.hall_file import default_hall_path as hall_default
    except ImportError:
        return Path(__file__).resolve().parents[1] / "resources" / "halls" / "default.toml"
    return hall_default()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the existing one), named, themed and translated."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("controlroom")
    app.setOrganizationName("controlroom")
    app.setApplicationDisplayName("controlroom")
    if not app.property("controlroom_ready"):
        apply_dark_theme(app)
        app._controlroom_translators = install_translators(app)  # type: ignore[attr-defined]
        app.setProperty("controlroom_ready", True)
    return app


def build_window(
    context: AppContext, add_features: FeatureBuilder = add_show_features
) -> AppWindow:
    """The main window with its features added and an event opened (not shown yet)."""
    window = MainWindow(context.database, rehearsal=context.rehearsal)
    features = add_features(window, context)
    window.restore_settings()  # after the features: restoring docks needs them to exist
    event_id = choose_event(context)
    if event_id is not None:
        open_event_now(window, event_id)
    return AppWindow(window=window, features=features)


def choose_event(context: AppContext) -> int | None:
    """``--event``, else the last open event if it still exists, else the sample (or newest)."""
    database = context.database
    sample_id = ensure_sample(database)
    requested = getattr(context.args, "event", None)
    if requested is not None:
        return int(requested)
    remembered = last_event_id()
    if remembered is not None and database.event_exists(remembered):
        return remembered
    if sample_id is not None:
        return sample_id
    events = database.list_events()
    return max(events, key=summary_sort_key).id if events else None


def ensure_sample(database: Database, now: datetime | None = None) -> int | None:
    """The sample press conference's id, stored first if the database has no events.

    A new sample starts at the next whole hour after ``now`` (default: the local
    time): the first impression is a show still to come, not one hours behind.
    """
    from controlroom.samples import ensure_sample_event

    if database.read_only:  # another controlroom writes it: store nothing, open what is there
        return None
    now = now or datetime.now()
    next_hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return ensure_sample_event(database, starts_at=next_hour)


def open_event_now(window: MainWindow, event_id: int) -> None:
    """Open ``event_id`` synchronously (start-up only; the window loads later ones off-thread)."""
    from controlroom.runsheet import RunSheet

    try:
        event = window.database.load_event(event_id)
    except (LookupError, StorageError) as error:  # gone, or a bad row: said, not fatal
        window.show_status_error(str(error))
        return
    window.set_runsheet(RunSheet(event, window.database))


class _FirstPaintReporter(QObject):
    """Prints the start-up figures once the table has painted, then quits (benchmark mode)."""

    def __init__(self, window: MainWindow, started: float) -> None:
        super().__init__(window)
        self._started = started
        self._done = False
        window.table_view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        shown_s = time.time() - self._started
        print(f"first_window_shown_s={shown_s:.3f}", flush=True)
        print(f"rss_mib={resident_mib():.1f}", flush=True)
        QApplication.quit()


def process_start_time() -> float:
    """The wall-clock time this process started (epoch seconds), from /proc when possible."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime_s = float(uptime_file.read().split()[0])
        ticks_per_s = os.sysconf("SC_CLK_TCK")
        return time.time() - uptime_s + start_ticks / ticks_per_s
    except (OSError, ValueError, IndexError):
        return time.time() - time.process_time()


def resident_mib() -> float:
    """The process's resident memory in MiB (VmRSS)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status_file:
            for line in status_file:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def install_exception_hook(window: MainWindow) -> None:
    """Bugs that reach the event loop are logged and shown, never silently lost."""
    previous_hook = sys.excepthook

    def show_bug(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        previous_hook(kind, error, trace)
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "Unexpected error"),
            QCoreApplication.translate(
                "Application",
                "Something went wrong inside controlroom: {0}\n"
                "Your edits so far are saved. Please report this with the details.",
            ).format(error),
            QMessageBox.StandardButton.Close,
            window,
        )
        make_plain(box)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    sys.excepthook = show_bug


def run_app(args: argparse.Namespace) -> int:
    """Open the main window for ``args`` (from controlroom.cli) and run the event loop."""
    started = process_start_time()
    app = create_application()
    path = Path(args.db) if getattr(args, "db", None) else default_database_path()
    opened = open_database_for_window(path)
    if opened is None:  # the database could not be used and the operator chose to quit
        return 1
    database = opened
    hall = getattr(args, "hall", None)
    context = AppContext(
        database=database,
        clock=SystemClock(),
        args=args,
        rehearsal=bool(getattr(args, "rehearsal", False)),
        hall_path=Path(hall) if hall else default_hall_path(),
    )
    built = build_window(context)
    window = built.window
    install_exception_hook(window)
    if os.environ.get(EXIT_AFTER_SHOW_VARIABLE) == "1":
        _FirstPaintReporter(window, started)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
