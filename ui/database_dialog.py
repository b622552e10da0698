"""Opening the database for the window: read-only beside another copy, a dialog when it is bad.

:func:`open_database_for_window` opens the file as its writer; when another
controlroom writes it, read-only (the window then says so and refuses edits).
A file that cannot be used (not a database, damaged, too new, a folder, a
read-only place) brings up :class:`BadDatabaseDialog`: open another database,
restore one of its automatic backups (:func:`controlroom.db_guard.list_backups`),
or quit. Nothing here ever ends in a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.db_guard import list_backups
from controlroom.storage import Database, DatabaseInUse, StorageError, restore_backup

log = logging.getLogger("controlroom.ui")

#: What the operator chose in the dialog.
OPEN_OTHER = "open"
RESTORE = "restore"
QUIT = "quit"


class BadDatabaseDialog(QDialog):
    """The database cannot be opened: say why; open another, restore a backup, or quit."""

    def __init__(
        self, path: Path, problem: str, backups: list[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("badDatabaseDialog")
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.choice = QUIT
        self.chosen_path: Path | None = None
        self.backups = backups
        self.message_label = QLabel(
            self.tr("controlroom cannot use the database {0}:\n{1}").format(path, problem), self
        )
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_list = QListWidget(self)
        for backup in backups:
            entry = QListWidgetItem(backup.name, self.backup_list)
            entry.setData(Qt.ItemDataRole.UserRole, str(backup))
        if backups:
            self.backup_list.setCurrentRow(0)
        backups_label = QLabel(
            self.tr("Automatic backups (newest first):")
            if backups
            else self.tr("There are no backups of this database."),
            self,
        )
        self.backup_list.setVisible(bool(backups))
        self.open_button = QPushButton(self.tr("&Open another database…"), self)
        self.restore_button = QPushButton(self.tr("&Restore the backup"), self)
        self.restore_button.setEnabled(bool(backups))
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.open_button.clicked.connect(self._open_other)
        self.restore_button.clicked.connect(self._restore)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(backups_label)
        layout.addWidget(self.backup_list)
        layout.addLayout(buttons)

    def _open_other(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a database"),
            "",
            self.tr("controlroom databases (*.db);;All files (*)"),
        )
        if chosen:
            self.choice, self.chosen_path = OPEN_OTHER, Path(chosen)
            self.accept()

    def _restore(self) -> None:
        entry = self.backup_list.currentItem()
        if entry is None:
            return
        self.choice = RESTORE
        self.chosen_path = Path(str(entry.data(Qt.ItemDataRole.UserRole)))
        self.accept()


def open_for_window(path: Path) -> Database:
    """The database as the window needs it: the writer, else read-only; checked readable."""
    try:
        database = Database.open(path)
    except DatabaseInUse as busy:
        database = Database.open(path, writer=False, holder=busy.holder)
    try:
        database.quick_check()
        database.list_events()
    except BaseException:
        database.close()
        raise
    return database


def open_database_for_window(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open ``path``, asking what to do while it cannot be used; ``None``: the operator quit."""
    while True:
        try:
            return open_for_window(path)
        except StorageError as error:
            problem = str(error)
        log.error("cannot open the database: %s", problem)
        while True:
            dialog = BadDatabaseDialog(path, problem, list_backups(path), parent)
            dialog.exec()
            if dialog.choice == QUIT or dialog.chosen_path is None:
                return None
            if dialog.choice == OPEN_OTHER:
                path = dialog.chosen_path
                break
            try:
                restore_backup(dialog.chosen_path, path)
                break
            except (OSError, StorageError) as error:
                problem = QCoreApplication.translate(
                    "BadDatabaseDialog", "The backup could not be restored: {0}"
                ).format(error)
