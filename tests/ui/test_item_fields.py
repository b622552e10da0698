"""Issue 10: speaker role, warning and danger times and row colour are edited in the window.

Through the inspector's widgets, as an operator types; each edit is one undoable
run-sheet edit; a wrong value is said next to the fields, naming the field, and
changes nothing.
"""

from __future__ import annotations

import pytest
from conftest_console import ConsoleWindow
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from controlroom.durations import format_duration
from ui.item_fields import ItemFieldsGroup
from ui.runsheet_model import Column

pytestmark = pytest.mark.timeout(60)


def type_into(cw: ConsoleWindow, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    cw.qtbot.keyClicks(edit, text)
    cw.qtbot.keyClick(edit, Qt.Key.Key_Return)


def fields_of_row(cw: ConsoleWindow, row: int) -> ItemFieldsGroup:
    window = cw.window
    window.show()
    cw.qtbot.waitExposed(window)
    window.table_view.setCurrentIndex(window.model.index(row, Column.TITLE))
    fields = cw.console.inspector.editor.item_fields
    cw.wait_for(lambda: fields.isEnabled() and fields._row == row)
    return fields


def test_item_fields_are_edited_in_the_inspector_and_undone(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    runsheet = cw.console.runsheet
    assert runsheet is not None
    fields = fields_of_row(cw, 1)
    item = runsheet.items[1]
    assert fields.role_edit.text() == item.speaker_role
    assert fields.warning_edit.text() == "2:00" and fields.danger_edit.text() == "0:30"
    type_into(cw, fields.role_edit, "Minister")
    cw.wait_for(lambda: runsheet.items[1].speaker_role == "Minister")
    type_into(cw, fields.warning_edit, "3:00")
    cw.wait_for(lambda: runsheet.items[1].warning_at == 180)
    type_into(cw, fields.danger_edit, "45")
    cw.wait_for(lambda: runsheet.items[1].danger_at == 45)
    type_into(cw, fields.colour_edit, "#12AB34")
    cw.wait_for(lambda: runsheet.items[1].colour == "#12ab34")
    assert fields.message.isHidden()
    runsheet.undo()
    assert runsheet.items[1].colour == item.colour
    runsheet.undo()
    runsheet.undo()
    runsheet.undo()
    assert runsheet.items[1].speaker_role == item.speaker_role
    assert (runsheet.items[1].warning_at, runsheet.items[1].danger_at) == (120, 30)


def test_wrong_values_are_said_and_change_nothing(console_window: ConsoleWindow) -> None:
    cw = console_window
    runsheet = cw.console.runsheet
    assert runsheet is not None
    fields = fields_of_row(cw, 0)
    before = runsheet.items[0]
    assert before.danger_at > 0
    type_into(cw, fields.warning_edit, str(before.danger_at - 1))  # below the danger time
    cw.wait_for(lambda: not fields.message.isHidden())
    assert "warning time must not be less than the danger time" in fields.message.text()
    # Reloaded from the run-sheet.
    assert fields.warning_edit.text() == format_duration(before.warning_at)
    type_into(cw, fields.danger_edit, "soon")
    cw.wait_for(lambda: "danger time 'soon' is not a time" in fields.message.text())
    type_into(cw, fields.colour_edit, "red")
    cw.wait_for(lambda: "#rrggbb" in fields.message.text())
    assert runsheet.items[0] == before
