"""Languages: which catalogue to load (Kazakh, Russian or English), and the View ▸ Language menu.

controlroom's catalogues live in ``resources/translations/controlroom_<code>.qm``
(``controlroom_kk.qm``, ``controlroom_ru.qm``; English is the source text); Qt's
own dialog buttons come from the ``qtbase_<code>.qm`` files shipped with PySide6.
A missing catalogue is not an error: the English source strings are shown.

The language is, first to last: the ``CONTROLROOM_LANG`` environment variable
(``kk``, ``ru`` or ``en``), the setting chosen in View ▸ Language (QSettings key
``ui/language``; applied on the next start), else the system locale.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.settings import app_settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"

#: The environment variable that overrides the setting (kk, ru or en).
LANGUAGE_VARIABLE = "CONTROLROOM_LANG"
#: The QSettings key of the chosen language ("system", "kk", "ru" or "en").
SETTINGS_KEY = "ui/language"
SYSTEM = "system"
#: The languages on offer, by code, with their own names (never translated).
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}

_LOCALES = {
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
    "ru": (QLocale.Language.Russian, QLocale.Country.Russia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

#: The translators this module installed last (replaced by the next install).
_installed: list[QTranslator] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def environment_language() -> str | None:
    """``CONTROLROOM_LANG`` if it names a language on offer, else None."""
    value = os.environ.get(LANGUAGE_VARIABLE, "").strip().lower()
    return value if value in LANGUAGE_NAMES else None


def saved_language() -> str:
    """The language chosen in the menu: a code of :data:`LANGUAGE_NAMES` or ``"system"``."""
    value = app_settings().value(SETTINGS_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGE_NAMES else SYSTEM


def save_language(code: str) -> None:
    """Remember ``code`` (``"system"`` or a language code) for the next start."""
    if code != SYSTEM and code not in LANGUAGE_NAMES:
        raise ValueError(f"unknown language {code!r}; expected system, {', '.join(LANGUAGE_NAMES)}")
    app_settings().setValue(SETTINGS_KEY, code)


def chosen_language() -> str:
    """The language to start in: the environment's, else the saved one, else ``"system"``."""
    return environment_language() or saved_language()


def locale_for(code: str) -> QLocale:
    """The QLocale for a language code (the system's for ``"system"``)."""
    if code in _LOCALES:
        language, territory = _LOCALES[code]
        return QLocale(language, territory)
    return QLocale.system()


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and controlroom's translators for ``locale`` (default: the chosen language).

    Replaces the translators a previous call installed, so tests can switch language.
    Returns the translators that loaded (parented to ``app``).
    """
    if locale is None:
        code = chosen_language()
        locale = locale_for(code)
        if code != SYSTEM:
            QLocale.setDefault(locale)
    directory = directory or TRANSLATIONS_DIR
    remove_translators(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    candidates = [] if english else [("qtbase", qt_dir), ("controlroom", str(directory))]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators :func:`install_translators` installed (back to English)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


class LanguageMenu:
    """View ▸ Language: System / Қазақша / Русский / English, saved, applied on restart."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        menu = window.menus["view"]
        menu.addSeparator()
        self.menu = menu.addMenu(_tr("Language"))
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self.menu)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        current = saved_language()
        for code, text in ((SYSTEM, _tr("System")), *LANGUAGE_NAMES.items()):
            action = QAction(text, self.menu)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.group.triggered.connect(self._chosen)
        self.last_message: QMessageBox | None = None

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == saved_language():
            return
        save_language(code)
        text = _tr("The language changes when controlroom is started again.")
        overridden = environment_language()
        if overridden is not None:
            text += "\n\n" + _tr("{0}={1} is set, and it comes first.").format(
                LANGUAGE_VARIABLE, overridden
            )
        parent = self.window if isinstance(self.window, QWidget) else None
        box = QMessageBox(
            QMessageBox.Icon.Information, _tr("Language"), text, QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("languageMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

