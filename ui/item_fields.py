"""The inspector's item fields the run-sheet table has no column for.

:class:`ItemFieldsGroup` edits the current item's speaker role, the presenter
timer's warning and danger times and the row colour. Each finished edit leaves as
``field_edited(row, name, value)``; the console makes it one undoable
``RunSheet.set_item_field`` (which validates: the warning time not below the
danger time, a colour ``#rrggbb`` or none). A value that cannot be read or that the
run-sheet refuses is said in the group's message line, naming the field, and
nothing changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from controlroom.durations import format_duration, parse_duration
from controlroom.model import Item
from ui.core_text import tr_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemFields", text)


class ItemFieldsGroup(QGroupBox):
    """Speaker role, warning time, danger time and row colour of one item."""

    field_edited = Signal(int, str, object)
    """(row, Item field name, new value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Item"), parent)
        self.setObjectName("itemFields")
        self._row = -1
        self._item: Item | None = None
        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("speakerRoleEdit")
        self.role_edit.setPlaceholderText(_tr("e.g. Minister, moderator"))
        self.warning_edit = QLineEdit(self)
        self.warning_edit.setObjectName("warningEdit")
        self.warning_edit.setToolTip(_tr("Time left when the presenter timer turns amber (m:ss)"))
        self.danger_edit = QLineEdit(self)
        self.danger_edit.setObjectName("dangerEdit")
        self.danger_edit.setToolTip(_tr("Time left when the presenter timer turns red (m:ss)"))
        self.colour_edit = QLineEdit(self)
        self.colour_edit.setObjectName("colourEdit")
        self.colour_edit.setPlaceholderText(_tr("none (#rrggbb)"))
        self.colour_swatch = QLabel(self)
        self.colour_swatch.setFixedSize(18, 18)
        self.colour_button = QPushButton(_tr("Choose…"), self)
        self.colour_button.setObjectName("colourChoose")
        self.colour_button.clicked.connect(self._choose_colour)
        colour_row = QHBoxLayout()
        colour_row.setContentsMargins(0, 0, 0, 0)
        colour_row.addWidget(self.colour_swatch)
        colour_row.addWidget(self.colour_edit, 1)
        colour_row.addWidget(self.colour_button)
        self.message = QLabel(self)
        self.message.setObjectName("itemFieldsMessage")
        self.message.setProperty("role", "error")
        self.message.setStyleSheet("color: #ff6b6b; font-weight: 600;")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        form = QFormLayout(self)
        form.addRow(_tr("Speaker role"), self.role_edit)
        form.addRow(_tr("Warning at"), self.warning_edit)
        form.addRow(_tr("Danger at"), self.danger_edit)
        form.addRow(_tr("Row colour"), colour_row)
        form.addRow(self.message)
        self.role_edit.editingFinished.connect(
            lambda: self._edited("speaker_role", self.role_edit.text().strip())
        )
        self.warning_edit.editingFinished.connect(
            lambda: self._edited_seconds(
                "warning_at", self.warning_edit, _tr("The warning time '{0}' is not a time: {1}")
            )
        )
        self.danger_edit.editingFinished.connect(
            lambda: self._edited_seconds(
                "danger_at", self.danger_edit, _tr("The danger time '{0}' is not a time: {1}")
            )
        )
        self.colour_edit.editingFinished.connect(
            lambda: self._edited("colour", self.colour_edit.text().strip().lower())
        )
        self.load(-1, None)

    def load(self, row: int, item: Item | None) -> None:
        """Show ``item``'s fields (row ``row``); clears the message."""
        self._row = row if item is not None else -1
        self._item = item
        self.role_edit.setText(item.speaker_role if item is not None else "")
        self.warning_edit.setText(format_duration(item.warning_at) if item is not None else "")
        self.danger_edit.setText(format_duration(item.danger_at) if item is not None else "")
        colour = item.colour if item is not None else ""
        self.colour_edit.setText(colour)
        self._paint_swatch(colour)
        self.show_error("")

    def show_error(self, text: str) -> None:
        """Say why an edit was refused (empty: no message)."""
        self.message.setText(tr_text(text))
        self.message.setVisible(bool(text))

    def _edited(self, name: str, value: Any) -> None:
        item = self._item
        if item is None or self._row < 0 or getattr(item, name) == value:
            return
        self.field_edited.emit(self._row, name, value)

    def _edited_seconds(self, name: str, edit: QLineEdit, wrong: str) -> None:
        if self._item is None:
            return
        try:
            seconds = parse_duration(edit.text())
        except ValueError as error:
            self.show_error(wrong.format(edit.text(), tr_text(str(error))))
            return
        self._edited(name, seconds)

    def _paint_swatch(self, colour: str) -> None:
        fill = colour if QColor(colour).isValid() and colour else "transparent"
        self.colour_swatch.setStyleSheet(f"background: {fill}; border: 1px solid #5d656e;")

    def _choose_colour(self) -> None:
        current = QColor(self.colour_edit.text().strip())
        chosen = QColorDialog.getColor(current if current.isValid() else QColor("#ffffff"), self)
        if chosen.isValid():
            self.colour_edit.setText(chosen.name())
            self._edited("colour", chosen.name())
