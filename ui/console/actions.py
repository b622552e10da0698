"""The console's actions: the Show menu, their shortcuts, and Readiness check on the toolbar.

:func:`build_show_actions` makes the eleven actions of the show (GO, standby up and
down, standby on the selected item, stop, PANIC, show mode, the unmute safety,
REHEARSAL/LIVE switch, readiness check, report) and returns them as
:class:`ShowActions`. PANIC (F12) works in every window of the application; the
others in the main window. Space and Up/Down are not shortcuts: :mod:`ui.console.keys`
handles them so that text fields keep them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.console.panel_commands import confirm_unplanned_unmute, remember_confirm_unplanned_unmute
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from ui.console.controller import Console


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


@dataclass(frozen=True)
class ShowActions:
    """The actions of the Show menu."""

    go: QAction
    standby_up: QAction
    standby_down: QAction
    jump: QAction
    stop: QAction
    panic: QAction
    show_mode: QAction
    """Checkable: show mode (the run-sheet locked) or edit mode."""
    confirm_unmute: QAction
    """Checkable: ask before opening a microphone the live item does not plan."""
    switch_mode: QAction
    check: QAction
    report: QAction


def _action(
    window: MainWindow, text: str, slot: Callable[[], Any], keys: list[str] | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(context)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_show_actions(console: Console) -> ShowActions:
    """The Show menu's actions, wired to ``console``, added to the menu and the toolbar."""
    window = console.window
    menu = window.menus["show"]
    go = _action(window, _tr("GO\tSpace"), console.go)
    standby_up = _action(
        window, _tr("Standby up"), lambda: console.move_standby(-1), ["Alt+Up"]
    )
    standby_down = _action(
        window, _tr("Standby down"), lambda: console.move_standby(1), ["Alt+Down"]
    )
    jump = _action(
        window, _tr("Standby on the selected item"), console.jump_to_selected, ["Ctrl+J"]
    )
    stop = _action(window, _tr("Stop the show"), console.stop, ["Ctrl+Shift+S"])
    panic = _action(
        window, _tr("PANIC: mute every microphone"), console.panic, ["F12"],
        Qt.ShortcutContext.ApplicationShortcut,
    )
    show_mode = _action(
        window, _tr("Show mode (lock the run-sheet)"), lambda: None, ["Ctrl+L"]
    )
    show_mode.setCheckable(True)
    show_mode.toggled.connect(console.set_show_mode)
    confirm_unmute = QAction(
        _tr("Ask before opening a microphone the live item does not plan"), window
    )
    confirm_unmute.setCheckable(True)
    confirm_unmute.setChecked(confirm_unplanned_unmute())
    confirm_unmute.toggled.connect(remember_confirm_unplanned_unmute)
    switch_mode = _action(
        window, _tr("Switch REHEARSAL / LIVE…"), console.request_mode_switch
    )
    check = _action(
        window, _tr("Readiness check"), console.run_readiness_check, ["Ctrl+Shift+R"]
    )
    report = _action(window, _tr("Show report (CSV or PDF)…"), console.export_report)
    for action in (go, standby_up, standby_down, jump, stop):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(panic)
    menu.addAction(confirm_unmute)
    menu.addSeparator()
    menu.addAction(show_mode)
    menu.addAction(switch_mode)
    menu.addAction(check)
    menu.addAction(report)
    window.main_toolbar.addAction(check)
    return ShowActions(
        go=go, standby_up=standby_up, standby_down=standby_down, jump=jump, stop=stop,
        panic=panic, show_mode=show_mode, confirm_unmute=confirm_unmute,
        switch_mode=switch_mode, check=check, report=report,
    )
