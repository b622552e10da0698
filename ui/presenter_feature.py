"""The presenter feature: :func:`add_presenter` adds the presenter timer to the main window.

It creates the one :class:`~controlroom.timer.PresenterTimer` of the application,
its :class:`~ui.presenter.PresenterFeed`, the :class:`~ui.presenter.PresenterWindow`
(hidden until asked for), a bottom dock with the operator's strip and the live
mirror, and a View ▸ Presenter menu: show/hide the presenter screen, and the list
of screens to put it on (remembered by name). It returns a :class:`PresenterFeature`
holding all of them; ui.app passes its timer to the show console, whose engine
drives it (``engine.attach_timer``), and its dock, which the console tabs its own
bottom docks with.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from controlroom.clock import Clock
from controlroom.timer import PresenterTimer
from ui.main_window import MainWindow
from ui.presenter import PresenterFeed, PresenterWindow
from ui.settings import app_settings
from ui.timer_strip import TimerPanel

DEFAULT_ASPECT = 16 / 9


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterMenu", text)


class PresenterMenu(QMenu):
    """View ▸ Presenter: show the presenter screen, and which screen it goes to."""

    def __init__(self, presenter: PresenterWindow, parent: QMainWindow | None = None) -> None:
        super().__init__(_tr("Presenter"), parent)
        self.setObjectName("presenterMenu")
        self.presenter = presenter
        self.show_action = QAction(_tr("Show presenter screen"), self)
        self.show_action.setObjectName("actionShowPresenter")
        self.show_action.setCheckable(True)
        self.show_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.show_action.setChecked(presenter.wanted)
        self.show_action.toggled.connect(self._on_show_toggled)
        presenter.shown_changed.connect(self._sync_shown)
        self.screen_group = QActionGroup(self)
        self.screen_group.setExclusive(True)
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def _on_show_toggled(self, checked: bool) -> None:
        if checked and not self.presenter.wanted:
            self.presenter.show_presenter()
        elif not checked and self.presenter.wanted:
            self.presenter.hide_presenter()

    def _sync_shown(self, shown: bool) -> None:
        if self.show_action.isChecked() != shown:
            self.show_action.setChecked(shown)

    def rebuild(self) -> None:
        """List the screens connected now; tick the remembered choice."""
        for action in self.screen_group.actions():
            self.screen_group.removeAction(action)
            self.removeAction(action)
            action.deleteLater()
        if not self.actions():
            self.addAction(self.show_action)
            self.addSection(_tr("Presenter screen goes to"))
        chosen = self.presenter.chosen_screen_name()
        automatic = QAction(_tr("Automatic (first screen that is not the operator's)"), self)
        automatic.setCheckable(True)
        automatic.setChecked(chosen is None)
        automatic.triggered.connect(lambda: self.presenter.choose_screen(None))
        self.screen_group.addAction(automatic)
        self.addAction(automatic)
        operator = self.presenter.operator_screen()
        names = []
        for screen in self.presenter.screens():
            size = screen.geometry().size()
            label = f"{screen.name()} ({size.width()}×{size.height()})"
            if screen is operator:
                label += " — " + _tr("operator's screen, as a window")
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(chosen == screen.name())
            action.setData(screen.name())
            action.triggered.connect(self._choose_from_action)
            self.screen_group.addAction(action)
            self.addAction(action)
            names.append(screen.name())
        if chosen is not None and chosen not in names:
            missing = QAction(_tr("%1 (not connected)").replace("%1", chosen), self)
            missing.setCheckable(True)
            missing.setChecked(True)
            missing.setEnabled(False)
            self.screen_group.addAction(missing)
            self.addAction(missing)

    def _choose_from_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.presenter.choose_screen(str(action.data()))


def _mirror_aspect(presenter: PresenterWindow) -> float:
    target = presenter.target_screen()
    if target is not None:
        size = target.geometry().size()
    elif presenter.isVisible():
        size = presenter.size()
    else:
        return DEFAULT_ASPECT
    return size.width() / max(size.height(), 1)


@dataclass(frozen=True)
class PresenterFeature:
    """The presenter timer of the application and the parts that show and drive it."""

    timer: PresenterTimer
    """The one presenter timer (the show engine drives it)."""
    feed: PresenterFeed
    window: PresenterWindow
    """The presenter screen (hidden until asked for)."""
    menu: PresenterMenu
    """View ▸ Presenter."""
    panel: TimerPanel
    """The operator's strip and the live mirror, in :attr:`dock`."""
    dock: QDockWidget

    def shutdown(self) -> None:
        """Stop the feed and close the presenter screen (the app does it on quit)."""
        self.feed.shutdown()
        self.window.close()


def add_presenter(window: MainWindow, clock: Clock) -> PresenterFeature:
    """Add the presenter timer's dock, menu and window to ``window``."""
    timer = PresenterTimer(clock)
    feed = PresenterFeed(timer, clock, parent=window)
    presenter = PresenterWindow(feed, app_settings(), operator_window=window)
    presenter.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    panel = TimerPanel(timer, feed)
    dock = QDockWidget(_tr("Presenter timer"), window)
    dock.setObjectName("presenterTimerDock")
    dock.setWidget(panel)
    window.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
    menu = PresenterMenu(presenter, window)
    window.menus["view"].addMenu(menu)

    def follow_placement(_placement: str) -> None:
        panel.mirror.set_aspect(_mirror_aspect(presenter))

    presenter.placement_changed.connect(follow_placement)
    follow_placement(presenter.placement)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(presenter.close)
        app.aboutToQuit.connect(feed.shutdown)
    window.destroyed.connect(presenter.deleteLater)
    return PresenterFeature(
        timer=timer, feed=feed, window=presenter, menu=menu, panel=panel, dock=dock
    )
