"""Help ▸ Keyboard shortcuts: the show keys (GO, standby, PANIC) and every menu shortcut.

The show keys that are not menu shortcuts (Space, Up, Down: handled by the console's
key filter so that text fields keep them) come first; the rest is read from the
window's actions, so the list never drifts from what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def show_keys() -> list[tuple[str, str]]:
    """(keys, what they do) handled outside menus by the show console."""
    return [
        (_tr("Space"), _tr("GO — start the item in standby (not while typing in a text field)")),
        (_tr("Up / Down"), _tr("Move standby up / down (when neither the run-sheet table nor a "
                               "text field has the focus; there they move the cursor)")),
        (_tr("Alt+Up / Alt+Down"), _tr("Move standby up / down, wherever the focus is")),
        (_tr("F12"), _tr("PANIC — mute every microphone (works in every window)")),
    ]


def action_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, action text) of every action of ``window`` that has a shortcut, sorted."""
    rows = set()
    for action in window.findChildren(QAction):
        shortcuts = action.shortcuts()
        if not shortcuts or not action.text():
            continue
        keys = ", ".join(
            shortcut.toString(QKeySequence.SequenceFormat.NativeText) for shortcut in shortcuts
        )
        rows.add((keys, action.text().replace("&", "").split("\t")[0]))
    return sorted(rows, key=lambda row: row[1].lower())


class ShortcutsDialog(QDialog):
    """A two-column table of keys and what they do."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        rows = show_keys() + action_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([_tr("Keys"), _tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, text) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            text_item = QTableWidgetItem(text)
            text_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, text_item)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        note = QLabel(_tr("The show keys are also listed in docs/show-console.md."), self)
        note.setProperty("role", "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            cell = self.table.item(row, column)
            return cell.text() if cell is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]
