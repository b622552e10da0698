"""User, file and device text on screen as plain text, never as Qt rich text.

A QLabel (or QMessageBox) left at ``Qt.AutoText`` renders its text as HTML when
``Qt.mightBeRichText`` says it looks like HTML: an imported title such as
``<img src="/dev/zero">`` then makes Qt read that file (gigabytes, or a FIFO that
never ends). Tooltips are always auto-detected. So everything that can carry a
title, a speaker, a note, a file name or a name a device sent goes through here:

- :func:`plain_label` / :func:`set_plain`: a QLabel fixed to ``Qt.PlainText``;
- :func:`plain_message_box`: a QMessageBox whose text is plain;
- :func:`plain_tooltip`: text for ``setToolTip`` / ``ToolTipRole``, escaped and
  wrapped so Qt shows exactly the characters given;
- :func:`bounded`: a long text cut to what a screen can show (a 5 MB title must
  not be laid out on every paint).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: More characters than any label or tooltip can show; the rest is cut (with "…").
MAX_SHOWN_CHARS = 2000


def bounded(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis marks the cut)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows ``text`` as typed: never as HTML, however it looks."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(bounded(text))
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` as plain text (fixes the label's format too)."""
    if label.textFormat() != Qt.TextFormat.PlainText:
        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(bounded(text))


def make_plain(*labels: QLabel | QMessageBox) -> None:
    """Fix ``labels`` (or message boxes) to plain text, for widgets built elsewhere."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """``text`` for a tooltip, shown literally (tooltips always guess at HTML).

    Empty stays empty (no tooltip). Otherwise the text is escaped and wrapped in
    ``<qt>`` so Qt takes it as rich text that contains nothing but these characters;
    line breaks stay line breaks.
    """
    if not text:
        return ""
    escaped = html.escape(bounded(text), quote=False).replace("\n", "<br/>")
    return f"<qt>{escaped}</qt>"


def plain_message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Any = QMessageBox.StandardButton.NoButton,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A QMessageBox whose ``text`` is shown as plain text."""
    box = QMessageBox(icon, bounded(title, 200), "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(bounded(text))
    return box
