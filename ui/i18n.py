"""Translation loading: Qt's own strings and controlroom's, for the user's (or a chosen) locale.

controlroom's catalogues live in ``resources/translations/controlroom_<locale>.qm``
(for instance ``controlroom_kk.qm``, ``controlroom_ru.qm``); Qt's own dialog
buttons come from the ``qtbase_<locale>.qm`` files shipped with PySide6. A missing
catalogue is not an error: the English source strings are shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, directory: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and controlroom's translators for ``locale`` (default: the system's).

    Returns the translators that loaded (kept alive by the caller and by ``app``).
    """
    locale = locale or QLocale()
    directory = directory or TRANSLATIONS_DIR
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", "_", qt_dir), ("controlroom", "_", str(directory))]
    for name, prefix, folder in candidates:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
