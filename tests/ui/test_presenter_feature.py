"""The presenter feature added to the real main window, following GO from the engine."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenu
from pytestqt.qtbot import QtBot

from controlroom.clock import ManualClock
from controlroom.engine import ShowEngine
from controlroom.model import Event, Item
from controlroom.runsheet import RunSheet
from controlroom.storage import Database
from ui.main_window import MainWindow
from ui.presenter_feature import PresenterFeature, add_presenter

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start_wall=datetime(2026, 11, 26, 11, 0, 0))


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database, rehearsal=True)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def presenter(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> Iterator[PresenterFeature]:
    feature = add_presenter(window, clock)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield feature
    feature.window.hide_presenter()
    feature.shutdown()


def test_the_presenter_adds_dock_menu_and_timer(
    window: MainWindow, presenter: PresenterFeature
) -> None:
    docks = [dock for dock in window.findChildren(QDockWidget)
             if dock.objectName() == "presenterTimerDock"]
    assert len(docks) == 1
    assert docks[0].widget() is presenter.panel
    view_menu = window.menus["view"]
    submenus = [action.menu() for action in view_menu.actions() if action.menu() is not None]
    assert any(isinstance(menu, QMenu) and menu.objectName() == "presenterMenu"
               for menu in submenus)
    assert docks[0].toggleViewAction() in view_menu.actions()
    assert not presenter.window.isVisible()


def test_menu_shows_and_hides_the_presenter_screen(
    qtbot: QtBot, presenter: PresenterFeature
) -> None:
    menu = presenter.menu
    with qtbot.waitSignal(presenter.window.painted, timeout=3000):
        menu.show_action.trigger()
    assert presenter.window.isVisible()
    menu.show_action.trigger()
    assert not presenter.window.isVisible()
    presenter.window.show_presenter()
    assert menu.show_action.isChecked()


def test_timer_follows_go_from_the_engine(
    qtbot: QtBot, presenter: PresenterFeature, clock: ManualClock
) -> None:
    event = Event(title="Briefing", scheduled_start=datetime(2026, 11, 26, 11, 0), items=[
        Item(title="Opening", planned_duration=300, speaker_name="Moderator"),
        Item(title="Questions", planned_duration=900),
    ])
    runsheet = RunSheet(event, None)
    engine = ShowEngine(runsheet, None, clock, lockout_s=0.0)
    engine.attach_timer(presenter.timer)
    mirror = presenter.panel.mirror
    feed = presenter.feed

    with qtbot.waitSignal(feed.frame, timeout=3000,
                          check_params_cb=lambda view: view.title == "Opening"):
        engine.go()
    assert feed.view.text == "5:00"
    assert feed.view.next_title == "Questions"
    clock.advance(61.5)
    feed.refresh()
    assert feed.view.text == "3:59"
    with qtbot.waitSignal(feed.frame, timeout=3000,
                          check_params_cb=lambda view: view.title == "Questions"):
        engine.go()
    assert (feed.view.text, feed.view.running) == ("15:00", True)
    assert mirror.isVisible()
    strip = presenter.panel.strip
    qtbot.mouseClick(strip.plus_button, Qt.MouseButton.LeftButton)
    assert presenter.timer.snapshot().text == "16:00"
    with qtbot.waitSignal(feed.frame, timeout=3000, check_params_cb=lambda view: not view.loaded):
        engine.stop()
