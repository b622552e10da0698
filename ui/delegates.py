"""Item delegates of the run-sheet table: editors per column and the gap / colour markers.

- Kind: a combo box of the item kinds, committed as soon as one is chosen.
- Every other editable column: a line edit holding the model's edit text; the
  model parses and validates it (a refusal keeps the old value and says why).
- Start and duration: each keystroke's text goes to the model as a preview, so
  the planned times of the later rows move as you type; closing the editor
  (committed or not) ends the preview.
- Painting: the item's colour as a strip at the left of the ``#`` cell, and a
  thin marker line across the top of a row that has a gap before it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from controlroom.model import ItemKind
from ui import theme
from ui.runsheet_model import COLOUR_ROLE, GAP_ROLE, Column, RunSheetTableModel, kind_label

AnyIndex = QModelIndex | QPersistentModelIndex

COLOUR_STRIP_WIDTH = 6
GAP_MARKER_WIDTH = 3


class RunSheetDelegate(QStyledItemDelegate):
    """Editors and markers for every column of the run-sheet table."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == Column.KIND:
            combo = QComboBox(parent)
            for kind in ItemKind:
                combo.addItem(kind_label(kind), kind.value)
            combo.activated.connect(lambda _position: self._commit_and_close(combo))
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() == Column.DURATION:
            editor.setPlaceholderText(self.tr("5:00"))
        elif index.column() == Column.START:
            editor.setPlaceholderText(self.tr("HH:MM (empty: follow on)"))
        if index.column() in RunSheetTableModel.PREVIEW_COLUMNS:
            cell = QPersistentModelIndex(index)
            # textEdited: typed by the operator, not set by setEditorData.
            editor.textEdited.connect(lambda text: self._preview(cell, text))
        return editor

    @staticmethod
    def _preview(cell: QPersistentModelIndex, text: str) -> None:
        model = cell.model()
        if cell.isValid() and isinstance(model, RunSheetTableModel):
            model.preview_edit(cell.row(), cell.column(), text)

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        model: QObject | None = index.model()
        super().destroyEditor(editor, index)
        if isinstance(model, RunSheetTableModel):
            model.clear_preview()

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QLineEdit):
            if editor.isModified():
                return  # the operator is typing: a repaint of the row must not undo it
            editor.setText("" if value is None else str(value))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            if editor.isModified() or editor.text() != str(
                index.data(Qt.ItemDataRole.EditRole) or ""
            ):
                model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        editor.setGeometry(option.rect)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        rect = option.rect  # type: ignore[attr-defined]
        if index.column() == Column.NUMBER:
            colour: Any = index.data(COLOUR_ROLE)
            if colour is not None:
                painter.save()
                painter.fillRect(
                    rect.x(), rect.y() + 1, COLOUR_STRIP_WIDTH, rect.height() - 2, colour
                )
                painter.restore()
        gap = index.data(GAP_ROLE)
        if gap:
            painter.save()
            pen = QPen(theme.GAP_MARKER)
            pen.setWidth(GAP_MARKER_WIDTH)
            if index.column() != Column.START:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = rect.top() + GAP_MARKER_WIDTH // 2
            painter.drawLine(rect.left(), y, rect.right(), y)
            painter.restore()
