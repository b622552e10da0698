"""The operator's language for sentences made below the GUI (``devices.text.Text``).

:func:`tr_text` translates a :class:`~devices.text.Text` with Qt's translators in the
``Core`` context and fills in its values, each translated in turn when it is a
``Text``; a plain ``str`` comes back as it is (a name, a device's own words). Every
place in ``ui/`` that shows a device reason, a readiness line, a log message or an
error from ``controlroom/`` passes it through here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from devices.text import CONTEXT, Text


def tr_text(text: str) -> str:
    """``text`` in the language of the installed translators."""
    if not isinstance(text, Text):
        return text
    if text.parts:
        return text.separator.join(tr_text(part) for part in text.parts)
    template = QCoreApplication.translate(CONTEXT, text.template)
    if not text.values:
        return template
    values = {key: _value(value) for key, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a value wrongly must not hide the message.
        return text.template.format(**values)


def _value(value: Any) -> Any:
    return tr_text(value) if isinstance(value, Text) else value
