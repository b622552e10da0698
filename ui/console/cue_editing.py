"""The item inspector in the side tabs: the current item's cues, and what GO will do.

:class:`CueEditing` puts the :class:`ui.inspector.Inspector` in the window's side
tabs, loads the current item into it (read-only while the run-sheet is locked),
applies the operator's cue edits to the run-sheet (asking first when the item is
live: its new cues apply on its next GO), and feeds the "On GO" list: what the
hall would change if the standby item went now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from controlroom.cues import ItemCues
from controlroom.equipment import offline_reason
from controlroom.model import Item, ItemKind
from controlroom.runsheet import RunSheetLocked
from devices.hall_file import HallConfig
from ui.core_text import tr_error, tr_text
from ui.inspector import Inspector, describe_change

if TYPE_CHECKING:
    from ui.console.controller import Console


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


class CueEditing:
    """The inspector of one console and the cue edits made in it."""

    def __init__(self, console: Console) -> None:
        self._console = console
        config = console.hall_config or HallConfig("", [])
        self.inspector = Inspector(config, self.apply_cues)
        self.inspector.editor.item_fields.field_edited.connect(self.apply_field)
        console.window.side_tabs.addTab(self.inspector, _tr("Cues && On GO"))
        self.inspector.set_on_go_source(self.on_go_lines)

    def set_hall(self, config: HallConfig) -> None:
        """A hall file was opened after start-up: a new inspector with its devices' fields."""
        console = self._console
        tabs = console.window.side_tabs
        old = self.inspector
        position = max(tabs.indexOf(old), 0)
        self.inspector = Inspector(config, self.apply_cues)
        self.inspector.editor.item_fields.field_edited.connect(self.apply_field)
        tabs.insertTab(position, self.inspector, _tr("Cues && On GO"))
        tabs.removeTab(tabs.indexOf(old))
        old.deleteLater()
        console.inspector = self.inspector
        self.inspector.set_on_go_source(self.on_go_lines)
        self.load(console.window.table_view.currentIndex().row())

    def apply_cues(self, row: int, cues: ItemCues) -> None:
        """The inspector changed the cues of ``row``: ask first if it is the live item."""
        console = self._console
        runsheet = console.runsheet
        if runsheet is None or not 0 <= row < len(runsheet.items):
            return
        if runsheet.locked:
            console.window.show_status_error(_tr("The run-sheet is locked while the show runs."))
            self.load(row)
            return
        engine = console.engine
        if engine is not None and engine.live_index == row:
            box = QMessageBox(console.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(_tr("Change the live item"))
            box.setText(_tr("Item {0} is live. Its new cues are not sent now; they apply "
                            "on its next GO. Change them?").format(row + 1))
            change = box.addButton(_tr("Change cues"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.buttonClicked.connect(
                lambda button: self._set_cues(row, cues) if button is change
                else self.load(row)
            )
            console.active_dialog = box
            box.open()
            return
        self._set_cues(row, cues)

    def apply_field(self, row: int, name: str, value: object) -> None:
        """The inspector changed one item field of ``row``: one undoable edit, or why not."""
        runsheet = self._console.runsheet
        fields = self.inspector.editor.item_fields
        if runsheet is None or not 0 <= row < len(runsheet.items):
            return
        try:
            runsheet.set_item_field(row, name, value)
        except RunSheetLocked:
            self._console.window.show_status_error(
                _tr("The run-sheet is locked while the show runs."))
            self.load(row)
        except (ValueError, IndexError) as error:
            self.load(row)
            fields.show_error(str(error))
        else:
            fields.show_error("")

    def _set_cues(self, row: int, cues: ItemCues) -> None:
        runsheet = self._console.runsheet
        if runsheet is None:
            return
        try:
            runsheet.set_item_field(row, "cues", cues)
        except (RunSheetLocked, ValueError, IndexError) as error:
            self._console.window.show_status_error(tr_error(error))
            self.load(row)

    def on_go_lines(self) -> tuple[str, list[str]]:
        """The inspector's "On GO" title and lines for the standby item."""
        console = self._console
        engine, runsheet = console.engine, console.runsheet
        if engine is None or runsheet is None or engine.standby_index is None:
            return _tr("On GO: nothing in standby."), []
        index = engine.standby_index
        item = runsheet.items[index]
        title = _tr("On GO — item {0}: {1}").format(index + 1, item.title)
        hall = console.holder.hall
        if hall is None:
            return title, [_tr("(devices not connected)")]
        lines = []
        if item.kind is ItemKind.BREAK:
            lines.append(_tr("break: every microphone is muted"))
        for change in hall.diff(item):
            lines.append(describe_change(change))
        if not lines:
            lines.append(_tr("(nothing changes)"))
        lines += self._unreachable_lines(item, hall)
        live = engine.live_index
        if live is not None:
            for failure in console.failures.get(live, []):
                lines.append(_tr("⚠ item {0} failed: {1}: {2}").format(
                    live + 1, failure.device, tr_text(failure.reason)))
        return title, lines

    @staticmethod
    def _unreachable_lines(item: Item, hall: Any) -> list[str]:
        """A warning for each device of ``item``'s cues that is not OK: its cue will fail."""
        lines = []
        for device in dict.fromkeys(cue.device for cue in item.cues):
            driver = hall.drivers.get(device)
            reason = offline_reason(driver.status) if driver is not None else None
            if reason is not None:
                lines.append(_tr("⚠ {0} will fail: {1}").format(device, tr_text(reason)))
        return lines

    def load(self, row: int) -> None:
        """Show item ``row`` (or none) in the inspector, read-only if the sheet is locked."""
        runsheet = self._console.runsheet
        item = runsheet.items[row] if runsheet is not None and 0 <= row < len(runsheet.items) \
            else None
        locked = runsheet is not None and runsheet.locked
        self.inspector.editor.load(row, item, locked)
