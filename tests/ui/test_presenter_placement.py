"""Placement of the presenter window on Qt's offscreen platform set up with two screens.

The platform (and its screens) is fixed when the QApplication is created, and
pytest-qt makes one per session, so the scenarios run in a child process started
with ``QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screens.json``: this same
file run as a script. It prints one JSON object of observations, which the
tests below check. The offscreen platform cannot unplug a screen at run time,
so unplugging is driven through the window's screen-removed / screen-added
handlers with a screen list that leaves STAGE out (the path Qt's
``screenRemoved`` / ``screenAdded`` signals take).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENS_JSON = HERE / "screens.json"


def _observe(window: Any) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import Qt as QtNs

    QCoreApplication.processEvents()
    handle = window.windowHandle()
    geometry = window.geometry()
    return {
        "placement": window.placement,
        "visible": window.isVisible(),
        "full_screen": bool(window.windowState() & QtNs.WindowState.WindowFullScreen),
        "screen": handle.screen().name() if handle is not None else None,
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "cursor": window.cursor().shape().name,
    }


def run_scenarios(settings_path: str) -> dict[str, Any]:
    """Every placement scenario; returns what was observed."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow

    from controlroom.clock import SystemClock
    from controlroom.model import Item
    from controlroom.timer import PresenterTimer
    from ui.presenter import PresenterFeed, PresenterWindow
    from ui.presenter_feature import PresenterMenu

    app = QApplication.instance() or QApplication([])
    out: dict[str, Any] = {}
    screens = {screen.name(): screen for screen in QApplication.screens()}
    out["screens"] = {name: [s.geometry().x(), s.geometry().y(), s.geometry().width(),
                             s.geometry().height()] for name, s in screens.items()}
    operator = QMainWindow()
    operator.setScreen(screens["OPERATOR"])
    operator.setGeometry(100, 100, 1200, 800)
    operator.show()
    app.processEvents()
    clock = SystemClock()
    timer = PresenterTimer(clock)
    timer.on_item_started(Item(title="Opening", planned_duration=300), None)
    feed = PresenterFeed(timer, clock)
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    settings.clear()
    connected = list(QApplication.screens())
    available = list(connected)
    window = PresenterWindow(feed, settings, operator_window=operator,
                             screens=lambda: list(available))

    window.show_presenter()
    out["default"] = _observe(window)
    menu = PresenterMenu(window, operator)
    menu.rebuild()
    out["menu"] = [action.text() for action in menu.actions() if action.text()]
    out["menu_checked"] = [action.text() for action in menu.actions() if action.isChecked()]

    available[:] = [s for s in connected if s.name() != "STAGE"]
    window.on_screen_removed(screens["STAGE"])
    out["unplugged"] = _observe(window)
    available[:] = connected
    window.on_screen_added(screens["STAGE"])
    out["replugged"] = _observe(window)

    window.choose_screen("OPERATOR")
    out["chose_operator"] = _observe(window)
    out["remembered"] = QSettings(settings_path, QSettings.Format.IniFormat).value(
        "presenter/screen")
    window.choose_screen(None)
    out["chose_automatic"] = _observe(window)

    # A remembered STAGE that is not connected at start: wait at home, go when it comes.
    window.choose_screen("STAGE")
    window.hide_presenter()
    available[:] = [s for s in connected if s.name() != "STAGE"]
    second = PresenterWindow(feed, QSettings(settings_path, QSettings.Format.IniFormat),
                             operator_window=operator, screens=lambda: list(available))
    second.show_presenter()
    out["remembered_absent"] = _observe(second)
    available[:] = connected
    second.on_screen_added(screens["STAGE"])
    out["remembered_returns"] = _observe(second)
    second.hide_presenter()

    # One screen only: an ordinary resizable window.
    settings.clear()
    single = PresenterWindow(feed, settings, operator_window=operator,
                             screens=lambda: [screens["OPERATOR"]])
    single.show_presenter()
    out["single"] = _observe(single)
    single.resize(700, 400)
    out["single_resized"] = _observe(single)
    single.hide_presenter()

    # The operator works on STAGE: the presenter goes to the other screen.
    window.hide_presenter()
    operator.setScreen(screens["STAGE"])
    operator.setGeometry(screens["STAGE"].geometry().adjusted(50, 50, -50, -50))
    app.processEvents()
    window.show_presenter()
    out["operator_on_stage"] = _observe(window)
    window.hide_presenter()
    feed.shutdown()
    return out


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    settings_path = tmp_path_factory.mktemp("presenter") / "settings.ini"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS_JSON}"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run(
        [sys.executable, str(Path(__file__)), str(settings_path)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    last_line = result.stdout.strip().splitlines()[-1]
    data: dict[str, Any] = json.loads(last_line)
    return data


def test_two_screens_are_listed(observed: dict[str, Any]) -> None:
    assert observed["screens"] == {"OPERATOR": [0, 0, 1920, 1080], "STAGE": [1920, 0, 1280, 720]}


def test_lands_full_screen_on_stage(observed: dict[str, Any]) -> None:
    default = observed["default"]
    assert default["placement"] == "fullscreen:STAGE"
    assert default["full_screen"] and default["visible"]
    assert default["screen"] == "STAGE"
    assert default["geometry"] == observed["screens"]["STAGE"]
    assert default["cursor"] == "BlankCursor"  # no pointer in front of the speaker


def test_menu_lists_the_screens(observed: dict[str, Any]) -> None:
    menu = " | ".join(observed["menu"])
    assert "OPERATOR (1920×1080)" in menu and "STAGE (1280×720)" in menu
    assert any(text.startswith("Automatic") for text in observed["menu_checked"])


def inside(geometry: list[int], screen: list[int]) -> bool:
    x, y, w, h = geometry
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def test_unplugging_stage_brings_it_home(observed: dict[str, Any]) -> None:
    home = observed["unplugged"]
    assert home["placement"] == "window:OPERATOR"
    assert home["visible"] and not home["full_screen"]
    assert home["screen"] == "OPERATOR"
    assert inside(home["geometry"], observed["screens"]["OPERATOR"])
    assert home["cursor"] == "ArrowCursor"


def test_replugging_stage_sends_it_back(observed: dict[str, Any]) -> None:
    back = observed["replugged"]
    assert back["placement"] == "fullscreen:STAGE"
    assert back["full_screen"] and back["screen"] == "STAGE"
    assert back["geometry"] == observed["screens"]["STAGE"]


def test_choice_is_remembered_by_name(observed: dict[str, Any]) -> None:
    assert observed["remembered"] == "OPERATOR"
    assert observed["chose_operator"]["placement"] == "window:OPERATOR"
    assert not observed["chose_operator"]["full_screen"]
    assert observed["chose_automatic"]["placement"] == "fullscreen:STAGE"
    assert observed["remembered_absent"]["placement"] == "window:OPERATOR"
    assert observed["remembered_returns"]["placement"] == "fullscreen:STAGE"
    assert observed["remembered_returns"]["geometry"] == observed["screens"]["STAGE"]


def test_single_screen_is_an_ordinary_window(observed: dict[str, Any]) -> None:
    single = observed["single"]
    assert single["placement"] == "window:OPERATOR"
    assert single["visible"] and not single["full_screen"]
    assert observed["single_resized"]["geometry"][2:] == [700, 400]


def test_operator_on_stage_sends_presenter_to_the_other_screen(observed: dict[str, Any]) -> None:
    assert observed["operator_on_stage"]["placement"] == "fullscreen:OPERATOR"
    assert observed["operator_on_stage"]["geometry"] == observed["screens"]["OPERATOR"]


if __name__ == "__main__":
    print(json.dumps(run_scenarios(sys.argv[1])))
