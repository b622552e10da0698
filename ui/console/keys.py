"""The show keys in the console's window: Space is GO, Up/Down move standby.

Space is GO unless a text field has the focus; Up/Down move standby unless the
run-sheet table, a text field, a combo box or a check box has the focus (there
they are the widget's own). Alt+Up/Alt+Down, Ctrl+J and F12 (PANIC) are ordinary
shortcuts of the console's actions (:mod:`ui.console.actions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from ui.console.controller import Console


def is_text_field(widget: QWidget | None) -> bool:
    """True if ``widget`` takes typed text (so Space and the arrows are its own)."""
    if widget is None:
        return False
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox | QKeySequenceEdit)


class ShowKeyFilter(QObject):
    """Space = GO, Up/Down = standby, in the console's window.

    Key presses go first to the focus widget, then up to its parents: so the filter
    watches the window, the run-sheet table and whichever widget has the focus (it
    follows ``QApplication.focusChanged``) rather than every event of the application.
    """

    def __init__(self, console: Console) -> None:
        super().__init__(console)
        self._console = console
        self._watched: QWidget | None = None
        window = console.window
        window.installEventFilter(self)
        window.table_view.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
            self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self._console.window
        if self._watched is not None and self._watched not in (window, window.table_view):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is window:
            new.installEventFilter(self)
            self._watched = new

    def detach(self) -> None:
        """Stop watching (the console is closing)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._follow_focus)
        self._follow_focus(None, None)
        self._console.window.removeEventFilter(self)
        self._console.window.table_view.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        window = self._console.window
        if watched.window() is not window:
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        focus = QApplication.focusWidget()
        key = event.key()
        if key == Qt.Key.Key_Space:
            if is_text_field(focus):
                return False
            if not event.isAutoRepeat():
                self._console.go()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            table = window.table_view
            in_table = focus is not None and (focus is table or table.isAncestorOf(focus))
            if in_table or is_text_field(focus) or isinstance(focus, QComboBox | QCheckBox):
                return False
            self._console.move_standby(-1 if key == Qt.Key.Key_Up else 1)
            return True
        return False
