"""The console on a 1366×768 laptop (a common hall PC), in English, Kazakh and Russian.

The screen is fixed when the QApplication is created, so each scenario runs in a
child process on Qt's offscreen platform with one 1366×768 screen
(``QT_QPA_PLATFORM=offscreen:configfile=tests/ui/screens_1366.json``): this same
file run as a script, printing one JSON object of observations.

- ``layout LANG``: the app's window, first start, devices (the rehearsal
  simulators) connected and one GO pressed; where every control a live show needs
  lies and whether its text fits;
- ``geometry``: a window whose remembered placement came from a bigger screen, and
  one remembered partly off the screen.
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
SCREENS_JSON = HERE / "screens_1366.json"
#: The same laptop as a maximised window sees it on a desktop: 768 less a 40 px
#: taskbar and a 28 px title bar.
TASKBAR_SCREENS_JSON = HERE / "screens_1366_taskbar.json"
LANGUAGES = ("en", "kk", "ru")
SCREEN = [0, 0, 1366, 768]


def _rect(rect: Any) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _wait(predicate: Any, timeout_s: float = 40.0) -> bool:
    import time

    from PySide6.QtTest import QTest

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        QTest.qWait(50)
    return bool(predicate())


def essential_widgets(console: Any) -> dict[str, Any]:
    """Every control a live show needs, by a readable name."""
    bar = console.show_bar
    widgets: dict[str, Any] = {
        "GO": bar.go_button,
        "PANIC": bar.panic_button,
        "live": bar.live_label,
        "standby": bar.standby_label,
        "offset": bar.offset_label,
        "banner": bar.banner,
    }
    for device_id, panel in console.panels.items():
        for number, button in getattr(panel, "program_buttons", {}).items():
            widgets[f"{device_id} program {number}"] = button
        for number, button in getattr(panel, "preview_buttons", {}).items():
            widgets[f"{device_id} preview {number}"] = button
        for name in ("cut_button", "auto_button", "ftb_button", "mute_all_button",
                     "power_label", "power_on_button", "power_off_button", "source_combo",
                     "blank_button"):
            if hasattr(panel, name):
                widgets[f"{device_id} {name}"] = getattr(panel, name)
        for number, strip in getattr(panel, "strips", {}).items():
            widgets[f"{device_id} mute {number}"] = strip.mute_button
    return widgets


def observe_layout(settings_dir: str) -> dict[str, Any]:
    """First start on the laptop screen, devices connected, one GO: where is everything."""
    import argparse

    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel, QPushButton

    from controlroom.clock import SystemClock
    from controlroom.storage import Database
    from devices.base import LinkState
    from ui.app import AppContext, build_window, create_application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = create_application([sys.argv[0]])
    database = Database.open(Path(settings_dir) / "console.db")
    args = argparse.Namespace(db=str(database.path), event=None, rehearsal=True, hall=None)
    context = AppContext(database=database, clock=SystemClock(), args=args, rehearsal=True,
                         hall_path=None)
    built = build_window(context)
    window, features = built.window, built.features
    assert features is not None
    console = features.console
    window.show()
    out: dict[str, Any] = {"offset_before_go": console.show_bar.offset_label.isVisible()}

    def devices_ok() -> bool:
        hall = console.hall
        return hall is not None and all(
            driver.status.state is LinkState.OK for driver in hall.drivers.values()
        ) and all(panel.light.ok for panel in console.panels.values()) and all(
            panel.state is not None for panel in console.panels.values()
        )

    out["devices_ok"] = _wait(devices_ok)
    console.go()
    out["offset_after_go"] = _wait(lambda: console.show_bar.offset_label.isVisible(), 10.0)
    app.processEvents()
    screen = QGuiApplication.primaryScreen()
    out["available"] = _rect(screen.availableGeometry())
    out["window"] = _rect(window.geometry())
    widgets: dict[str, Any] = {}
    for name, widget in essential_widgets(console).items():
        top_left = widget.mapTo(window, QPoint(0, 0))
        seen = widget.visibleRegion().boundingRect()
        entry = {
            "visible": widget.isVisible(),
            "in_window": [top_left.x(), top_left.y(), widget.width(), widget.height()],
            "seen": _rect(seen),
            "size": [widget.width(), widget.height()],
            "text": widget.text() if isinstance(widget, QPushButton | QLabel) else "",
        }
        if hasattr(widget, "shown_text"):  # an eliding label: whole, or ending in "…"
            shown = widget.shown_text()
            entry["text_fits"] = (
                widget.fontMetrics().horizontalAdvance(shown) <= widget.contentsRect().width()
                and (shown == widget.text() or shown.endswith("…"))
            )
        elif isinstance(widget, QLabel) and not widget.wordWrap():
            entry["text_fits"] = (
                widget.fontMetrics().horizontalAdvance(widget.text())
                <= widget.contentsRect().width()
            )
        if isinstance(widget, QPushButton) or name.endswith("power_label"):
            hint = widget.sizeHint()
            entry["hint"] = [hint.width(), hint.height()]
        widgets[name] = entry
    out["widgets"] = widgets
    console.shutdown()
    features.presenter.shutdown()
    window.close()
    database.close()
    return out


def observe_geometry(settings_dir: str) -> dict[str, Any]:
    """Remembered placements that do not fit the laptop screen, restored."""
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtCore import Qt as QtNs

    from controlroom.storage import Database
    from ui.app import create_application
    from ui.main_window import SETTINGS_MAXIMIZED, SETTINGS_NORMAL_RECT, MainWindow
    from ui.settings import app_settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = create_application([sys.argv[0]])
    database = Database.open(Path(settings_dir) / "editor.db")
    out: dict[str, Any] = {}
    cases = {
        "first_start": None,
        "from_big_screen": QRect(100, 80, 1800, 1000),
        "partly_off": QRect(900, 500, 800, 600),
    }
    for name, remembered in cases.items():
        settings = app_settings()
        settings.remove(SETTINGS_NORMAL_RECT)
        settings.remove(SETTINGS_MAXIMIZED)
        if remembered is not None:
            settings.setValue(SETTINGS_NORMAL_RECT, remembered)
            settings.setValue(SETTINGS_MAXIMIZED, False)
        settings.sync()
        window = MainWindow(database)
        window.restore_settings()
        window.show()
        app.processEvents()
        out[name] = {
            "geometry": _rect(window.geometry()),
            "maximized": bool(window.windowState() & QtNs.WindowState.WindowMaximized),
        }
        window.close()
        window.deleteLater()
        app.processEvents()
    database.close()
    return out


def _run_child(
    tmp_path: Path, *args: str, language: str = "en", screens: Path = SCREENS_JSON
) -> dict[str, Any]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["CONTROLROOM_LANG"] = language
    result = subprocess.run(
        [sys.executable, str(Path(__file__)), str(tmp_path), *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


@pytest.fixture(
    scope="module",
    params=[(language, screens) for screens in ("768", "700") for language in LANGUAGES],
    ids=lambda param: f"{param[0]}-1366x{param[1]}",
)
def layout(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> dict[str, Any]:
    language, height = request.param
    screens = SCREENS_JSON if height == "768" else TASKBAR_SCREENS_JSON
    return _run_child(tmp_path_factory.mktemp(f"layout-{language}-{height}"), "layout",
                      language=language, screens=screens)


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_window_fits_the_laptop_screen(layout: dict[str, Any]) -> None:
    assert layout["available"][2] == 1366 and layout["available"][3] in (700, 768)
    assert inside(layout["window"], layout["available"]), layout["window"]


def test_every_live_control_is_on_screen_unscrolled(layout: dict[str, Any]) -> None:
    assert layout["devices_ok"]
    window = [0, 0, layout["window"][2], layout["window"][3]]
    names = set(layout["widgets"])
    # The default hall: 6 switcher inputs, 6 microphones, one projector.
    assert sum(" mute " in name for name in names) == 6
    assert sum(" program " in name for name in names) == 6
    assert {"switcher cut_button", "switcher auto_button", "switcher ftb_button",
            "mics mute_all_button", "projector power_on_button", "projector source_combo",
            "projector blank_button"} <= names
    hidden, outside, clipped = [], [], []
    for name, widget in layout["widgets"].items():
        if not widget["visible"]:
            hidden.append(name)
        elif not inside(widget["in_window"], window):
            outside.append((name, widget["in_window"]))
        elif widget["seen"] != [0, 0, *widget["size"]]:  # partly scrolled or covered
            clipped.append((name, widget["seen"], widget["size"]))
    assert not hidden and not outside and not clipped, (hidden, outside, clipped)


def test_no_button_text_is_cut(layout: dict[str, Any]) -> None:
    cut = [
        (name, widget["text"], widget["size"], widget["hint"])
        for name, widget in layout["widgets"].items()
        if "hint" in widget and widget["size"][0] < widget["hint"][0]
    ]
    assert not cut


def test_no_label_text_is_cut_off(layout: dict[str, Any]) -> None:
    cut = [
        (name, widget["text"], widget["size"])
        for name, widget in layout["widgets"].items()
        if widget.get("text_fits") is False
    ]
    assert not cut
    assert layout["widgets"]["standby"].get("text_fits") is not None


def test_offset_shows_only_while_a_show_runs(layout: dict[str, Any]) -> None:
    assert layout["offset_before_go"] is False
    assert layout["offset_after_go"] is True


def test_remembered_geometry_is_clamped_to_the_screen(tmp_path: Path) -> None:
    seen = _run_child(tmp_path, "geometry")
    first = seen["first_start"]
    assert first["maximized"] and inside(first["geometry"], SCREEN)
    assert first["geometry"][2] >= 1300 and first["geometry"][3] >= 700
    big = seen["from_big_screen"]
    # Not Qt's 2/3-of-the-screen fallback (910×512): the whole screen, within it.
    assert inside(big["geometry"], SCREEN) and big["maximized"]
    assert big["geometry"][2] >= 1300 and big["geometry"][3] >= 700
    partly = seen["partly_off"]
    assert partly["geometry"][2:] == [800, 600] and inside(partly["geometry"], SCREEN)
    assert not partly["maximized"]


if __name__ == "__main__":
    directory, mode = sys.argv[1], sys.argv[2]
    result = observe_layout(directory) if mode == "layout" else observe_geometry(directory)
    print(json.dumps(result), flush=True)
