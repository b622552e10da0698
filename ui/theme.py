"""The dark theme for a dim control room: Fusion style, a high-contrast palette, and dark.qss.

Colours the run-sheet table uses for its markers (gap, overlap, hard start) live
here too, so the model, the delegates and the stylesheet agree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

STYLE_PATH = Path(__file__).resolve().parents[1] / "resources" / "styles" / "dark.qss"

WINDOW = QColor("#16191d")
BASE = QColor("#1c2026")
ALTERNATE_BASE = QColor("#21262d")
TEXT = QColor("#eef1f4")
MUTED_TEXT = QColor("#9aa4ae")
CHROME = QColor("#262b32")
HIGHLIGHT = QColor("#2f6fdd")
HIGHLIGHTED_TEXT = QColor("#ffffff")

OVERLAP_BACKGROUND = QColor("#6b2020")
OVERLAP_TEXT = QColor("#ffd0c8")
GAP_MARKER = QColor("#3fb6c6")
HARD_START_TEXT = QColor("#ffcf5c")
ROW_TINT_SHARE = 0.32
"""How much of an item's own colour tints its row (the rest is the table background)."""
SAVED_OK = QColor("#7bd88f")
SAVE_ERROR = QColor("#ff6b6b")

TABLE_POINT_SIZE = 14


def dark_palette() -> QPalette:
    """A high-contrast dark palette with a clearly visible selection."""
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, WINDOW)
    palette.setColor(role.WindowText, TEXT)
    palette.setColor(role.Base, BASE)
    palette.setColor(role.AlternateBase, ALTERNATE_BASE)
    palette.setColor(role.ToolTipBase, CHROME)
    palette.setColor(role.ToolTipText, TEXT)
    palette.setColor(role.PlaceholderText, MUTED_TEXT)
    palette.setColor(role.Text, TEXT)
    palette.setColor(role.Button, CHROME)
    palette.setColor(role.ButtonText, TEXT)
    palette.setColor(role.BrightText, QColor("#ff5c5c"))
    palette.setColor(role.Link, QColor("#6ea8ff"))
    palette.setColor(role.Highlight, HIGHLIGHT)
    palette.setColor(role.HighlightedText, HIGHLIGHTED_TEXT)
    palette.setColor(role.Light, QColor("#3a414a"))
    palette.setColor(role.Midlight, QColor("#30363e"))
    palette.setColor(role.Mid, QColor("#262b32"))
    palette.setColor(role.Dark, QColor("#101215"))
    palette.setColor(role.Shadow, QColor("#000000"))
    disabled = QPalette.ColorGroup.Disabled
    for disabled_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, disabled_role, QColor("#5d656e"))
    palette.setColor(disabled, role.Highlight, QColor("#3a414a"))
    return palette


def table_font(base: QFont | None = None) -> QFont:
    """The large, readable font of the run-sheet table."""
    font = QFont(base) if base is not None else QFont()
    font.setPointSize(TABLE_POINT_SIZE)
    return font


def apply_dark_theme(app: QApplication) -> None:
    """Fusion style, the dark palette and the stylesheet from resources/styles/dark.qss."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    try:
        app.setStyleSheet(STYLE_PATH.read_text(encoding="utf-8"))
    except OSError:
        # A missing stylesheet leaves the palette, which is readable on its own.
        pass
