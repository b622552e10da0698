"""Switching REHEARSAL <-> LIVE: the question asked before the console switches.

:func:`ask_mode_switch` opens a window-modal question naming what changes (the real
equipment or the simulators) and, when an item is live, that the show keeps its place
but the new devices get no cues until the next GO. Confirmed, it calls
:meth:`ui.console.controller.Console.switch_mode`, which swaps the hall off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from ui.console.controller import Console


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


def ask_mode_switch(console: Console) -> QMessageBox | None:
    """Ask, then switch REHEARSAL <-> LIVE (the show keeps its place)."""
    if console.hall_config is None:
        return None
    to_live = console.rehearsal
    box = QMessageBox(console.window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Switch to LIVE") if to_live else _tr("Switch to rehearsal"))
    text = (
        _tr("Switch to LIVE? Commands will go to the hall's real equipment.")
        if to_live
        else _tr("Switch to REHEARSAL? The hall's equipment is let go and the "
                 "simulators take its place.")
    )
    if console.engine is not None and console.engine.live_index is not None:
        text += "\n\n" + _tr(
            "An item is live: the show keeps its place, but the new devices get "
            "no cues until the next GO."
        )
    box.setText(text)
    confirm = box.addButton(
        _tr("Switch to LIVE") if to_live else _tr("Switch to rehearsal"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(
        lambda button: console.switch_mode(not to_live) if button is confirm else None
    )
    console.active_dialog = box
    box.open()
    return box
