"""Where the console sits in the main window: the show bar's toolbar and the docks.

- :func:`build_show_bar`: the show bar (GO, live/standby, offset, PANIC, the
  REHEARSAL/LIVE banner...) in its own top toolbar, wired to the console;
- :func:`build_device_panels`: one panel per device of the hall file, each in a dock
  on the right, its commands going to the console's panel-command path;
- :func:`build_bottom_docks`: the rehearsal fault panel and the event log, tabbed at
  the bottom together with the presenter timer's dock when there is one.

Every panel sits in a scroll area, so no panel forces the window wider than the screen.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QToolBar, QWidget

from ui.device_ui import device_ui
from ui.main_window import MainWindow
from ui.panels.log import LogPanel
from ui.panels.rehearsal import RehearsalPanel
from ui.show_bar import ShowBar

if TYPE_CHECKING:
    from ui.console.controller import Console


#: Room beside a device panel's minimum width: the scroll bar and the dock's frame.
DEVICE_COLUMN_ALLOWANCE = 24
#: The height of the bottom tabs (presenter timer, event log, rehearsal faults) at start.
BOTTOM_TABS_HEIGHT = 170


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


def _driver_monotonic() -> float:
    """The clock drivers stamp ``last_heard`` with (they run on time.monotonic)."""
    return time.monotonic()


def build_show_bar(console: Console) -> tuple[ShowBar, QToolBar]:
    """The show bar, wired to ``console``, in a top toolbar of its own."""
    show_bar = ShowBar(console.window)
    show_bar.go_requested.connect(console.go)
    show_bar.panic_requested.connect(console.panic)
    show_bar.show_mode_toggled.connect(console.set_show_mode)
    show_bar.switch_requested.connect(console.request_mode_switch)
    show_bar.check_requested.connect(console.run_readiness_check)
    show_bar.set_rehearsal(None)
    toolbar = QToolBar(_tr("Show"), console.window)
    toolbar.setObjectName("showToolbar")
    toolbar.setMovable(False)
    # Scrolls sideways rather than force a narrow window wider.
    holder = QScrollArea(toolbar)
    holder.setObjectName("showBarScroll")
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    holder.setWidget(show_bar)
    holder.setFixedHeight(show_bar.sizeHint().height())
    holder.setMinimumWidth(200)
    toolbar.addWidget(holder)
    console.window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    console.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return show_bar, toolbar


def add_scrolling_dock(
    window: MainWindow,
    docks: dict[str, QDockWidget],
    key: str,
    title: str,
    widget: QWidget,
    area: Qt.DockWidgetArea,
) -> QDockWidget:
    """Dock ``widget`` (in a scroll area) as ``{key}Dock``; remembered in ``docks[key]``."""
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{key}Dock")
    # In a scroll area, a panel never forces the window wider than the screen.
    scroll = QScrollArea(dock)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setMinimumSize(60, 16)
    dock.setWidget(scroll)
    window.add_dock(dock, area)
    docks[key] = dock
    return dock


def build_device_panels(console: Console) -> None:
    """One panel per device of the hall file (its kind's, from ``ui.device_ui``), on the right."""
    right = Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    monotonic = _driver_monotonic
    if console.hall_config is not None:
        for cfg in console.hall_config.devices:
            entry = device_ui(cfg)
            if entry is None:
                continue
            panel = entry.panel(cfg, monotonic)
            title = entry.title()
            panel.command_requested.connect(console.panel_commands.on_panel_command)
            console.panels[cfg.id] = panel
            dock = add_scrolling_dock(
                console.window,
                console.docks,
                cfg.id,
                f"{title} — {cfg.id}",
                panel,
                bottom if entry.bottom else right,
            )
            if entry.bottom and "log" in console.docks:  # a hall opened after start-up
                console.window.tabifyDockWidget(console.docks["log"], dock)


def build_bottom_docks(
    console: Console, presenter_dock: QDockWidget | None
) -> tuple[RehearsalPanel, LogPanel]:
    """The rehearsal faults and the event log, tabbed with the presenter timer's dock."""
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea
    window, docks = console.window, console.docks
    rehearsal_panel = RehearsalPanel(console.log)
    add_scrolling_dock(window, docks, "rehearsal", _tr("Rehearsal faults"), rehearsal_panel,
                       bottom)
    log_panel = LogPanel()
    add_scrolling_dock(window, docks, "log", _tr("Event log"), log_panel, bottom)
    window.tabifyDockWidget(docks["rehearsal"], docks["log"])
    for key in console.panels:  # device panels that live with the bottom tabs
        if window.dockWidgetArea(docks[key]) == bottom:
            window.tabifyDockWidget(docks["log"], docks[key])
    if presenter_dock is not None:
        # One tabbed bottom area: side by side they would force the window wider.
        window.tabifyDockWidget(docks["log"], presenter_dock)
        presenter_dock.raise_()
    else:
        docks["log"].raise_()
    arrange_docks(console, presenter_dock)
    return rehearsal_panel, log_panel


def arrange_docks(console: Console, presenter_dock: QDockWidget | None) -> None:
    """The compact live layout (it fits a 1366×768 screen without scrolling).

    The device column on the right runs the full height of the window (the bottom
    tabs sit under the run-sheet only), each device dock as tall as its panel needs
    and the column as wide as its widest panel; the bottom tabs stay low.
    """
    window = console.window
    right = Qt.DockWidgetArea.RightDockWidgetArea
    window.setCorner(Qt.Corner.BottomRightCorner, right)
    window.setCorner(Qt.Corner.TopRightCorner, right)
    column = {
        key: dock
        for key, dock in console.docks.items()
        if key in console.panels and window.dockWidgetArea(dock) == right
    }
    device_docks = list(column.values())
    for key, dock in console.docks.items():
        panel = console.panels.get(key)
        if panel is None:
            continue
        # The panel's own header (name, device id, status light) is the dock's title:
        # no second title row, so the column fits a 1366×768 screen. The View menu
        # still shows and hides each dock.
        panel.title_label.setText(dock.windowTitle())  # plain text, bold by its font
        dock.setTitleBarWidget(QWidget(dock))
    if device_docks:
        panels = [console.panels[key] for key in column]
        heights = [panel.sizeHint().height() for panel in panels]
        # As wide as the widest panel needs (plus a scroll bar); on a wider screen as wide
        # as the panels like, up to a third of it (the run-sheet keeps the rest).
        needed = max(panel.minimumSizeHint().width() for panel in panels)
        liked = max(panel.sizeHint().width() for panel in panels)
        screen = window.screen()
        third = screen.availableGeometry().width() // 3 if screen is not None else needed
        width = max(needed, min(liked, third)) + DEVICE_COLUMN_ALLOWANCE
        window.resizeDocks(device_docks, heights, Qt.Orientation.Vertical)
        window.resizeDocks(device_docks[:1], [width], Qt.Orientation.Horizontal)
    bottom = presenter_dock if presenter_dock is not None else console.docks.get("log")
    if bottom is not None:
        window.resizeDocks([bottom], [BOTTOM_TABS_HEIGHT], Qt.Orientation.Vertical)
