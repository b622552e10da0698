"""The application's settings: one QSettings factory for every part of the GUI.

Organisation and application are both "controlroom"; the format is
``QSettings.defaultFormat()`` (tests point it at an INI file in a temporary directory).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings


def app_settings() -> QSettings:
    """The application's settings (organisation and application "controlroom")."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, "controlroom", "controlroom"
    )
