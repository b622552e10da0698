"""A table view whose first columns stay put while the others scroll sideways.

:class:`FrozenColumnsTable` is Qt's "frozen column" example: a second, borderless
table view over the same model and selection model lies over the main view's
left edge and shows only the first ``frozen`` columns. Its rows scroll with the
main view, its column widths and row heights follow the main view's, and the
main view's delegate is used by both, so a frozen cell looks like any other.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ScrollHint = QAbstractItemView.ScrollHint


class _ForwardingDelegate(QStyledItemDelegate):
    """The frozen view's own delegate: paints and edits through the main view's."""

    def __init__(self, target: QAbstractItemDelegate, parent: QObject) -> None:
        super().__init__(parent)
        self.target = target

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.target.paint(painter, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.target.sizeHint(option, index)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        return self.target.createEditor(parent, option, index)

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        self.target.destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        self.target.setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        self.target.setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        self.target.updateEditorGeometry(editor, option, index)


class FrozenColumnsTable(QTableView):
    """A QTableView whose first ``frozen`` columns never scroll away."""

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = frozen
        self.frozen_view = QTableView(self)
        self.frozen_view.setObjectName("frozenColumns")
        self.frozen_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen_view.verticalHeader().setVisible(False)
        self.frozen_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen_view.setStyleSheet("QTableView#frozenColumns { border: none; }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen_view)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        self.verticalHeader().sectionCountChanged.connect(lambda _old, _new: self._sync_rows())
        self.frozen_view.verticalScrollBar().valueChanged.connect(
            self.verticalScrollBar().setValue
        )
        self.verticalScrollBar().valueChanged.connect(
            self.frozen_view.verticalScrollBar().setValue
        )
        # A click in a frozen cell works the main view (keys, focus, selection).
        self.frozen_view.pressed.connect(lambda _index: self.setFocus())

    # -- mirroring the main view ------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.frozen_view.setModel(model)
        self.frozen_view.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._sync_columns)
            model.columnsInserted.connect(lambda *_args: self._sync_columns())
            model.rowsInserted.connect(lambda *_args: self._sync_rows())
        self._sync_columns()

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        super().setItemDelegate(delegate)
        # A delegate must not serve two views (each view takes its commitData for its
        # own editors): the frozen view gets a stand-in that forwards to this one.
        old = self.frozen_view.itemDelegate()
        self.frozen_view.setItemDelegate(_ForwardingDelegate(delegate, self.frozen_view))
        if isinstance(old, _ForwardingDelegate):
            old.deleteLater()

    def mirror_settings(self) -> None:
        """Copy the main view's look and behaviour to the frozen columns (after set-up)."""
        frozen = self.frozen_view
        frozen.setFont(self.font())
        frozen.setSelectionBehavior(self.selectionBehavior())
        frozen.setSelectionMode(self.selectionMode())
        frozen.setAlternatingRowColors(self.alternatingRowColors())
        frozen.setWordWrap(self.wordWrap())
        frozen.setTextElideMode(self.textElideMode())
        frozen.setShowGrid(self.showGrid())
        frozen.setEditTriggers(self.editTriggers())
        frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        frozen.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        frozen.horizontalHeader().setHighlightSections(False)
        frozen.horizontalHeader().setFont(self.horizontalHeader().font())
        self._sync_columns()

    def _sync_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            hidden = column >= self.frozen or self.isColumnHidden(column)
            self.frozen_view.setColumnHidden(column, hidden)
            if not hidden:
                self.frozen_view.setColumnWidth(column, self.columnWidth(column))
        self._sync_rows()
        self._place_frozen()

    def _sync_rows(self) -> None:
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            height = self.rowHeight(row)
            if self.frozen_view.rowHeight(row) != height:
                self.frozen_view.setRowHeight(row, height)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.frozen:
            self.frozen_view.setColumnWidth(column, new)
            self._place_frozen()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.frozen_view.setRowHeight(row, new)

    def frozen_width(self) -> int:
        """How wide the frozen columns are (they cover that much of the viewport's left)."""
        return sum(
            self.columnWidth(column)
            for column in range(self.frozen)
            if not self.isColumnHidden(column)
        )

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen_view.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            self.frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )
        self.frozen_view.verticalScrollBar().setValue(self.verticalScrollBar().value())

    # -- keeping cells out from under the frozen columns ------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_frozen()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._place_frozen()

    def scrollTo(self, index: AnyIndex, hint: ScrollHint = ScrollHint.EnsureVisible) -> None:
        """Scroll rows as usual; sideways only when the cell is wholly out of view.

        A frozen cell, or one already partly in view right of the frozen columns,
        keeps the sideways position (selecting a row never jolts the table sideways).
        """
        bar = self.horizontalScrollBar()
        sideways = bar.value()
        rect = self.visualRect(index) if index.isValid() else None
        keep = rect is not None and (
            index.column() < self.frozen
            or (rect.right() > self.frozen_width() and rect.left() < self.viewport().width())
        )
        super().scrollTo(index, hint)
        if keep:
            bar.setValue(sideways)
            return
        if rect is not None:
            left = self.visualRect(index).left()
            covered = self.frozen_width()
            if left < covered:
                bar.setValue(bar.value() - (covered - left))

    def repaint_cells(self) -> None:
        """Repaint every visible cell, frozen or not (the live band or standby moved).

        Model changes reach both views by themselves; this is for what the delegate
        paints from elsewhere. (Repainting the frozen view from the main viewport's
        paint events instead would loop: the frozen view lies over that viewport.)
        """
        self.viewport().update()
        self.frozen_view.viewport().update()
