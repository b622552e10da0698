"""A hall file that cannot be used: said where the operator looks, the show kept off.

When the hall file is wrong (bad TOML, an unknown kind, a missing key) nothing
starts (docs/hall-file.md): no device panel, no hall, GO and the show actions off.
:class:`HallErrorPanel` sits above the run-sheet and names the file, the line (or
the key, when the file is valid TOML with a wrong value), and what is wrong; it
offers **Open another hall file…** and **Use the rehearsal hall** (the default
hall, resources/halls/default.toml, on simulators). :func:`describe_hall_error`
turns a :class:`devices.base.ConfigError` message into those three parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PANEL_STYLE = """
QFrame#hallErrorPanel { background: #3a1412; border: 2px solid #d7261e; border-radius: 6px; }
QLabel#hallErrorTitle { color: #ffb4ab; font-size: 14pt; font-weight: 800; }
QLabel#hallErrorFile, QLabel#hallErrorWhere { color: #f2f2f2; font-size: 11pt; }
QLabel#hallErrorProblem { color: white; font-size: 12pt; font-weight: 700; }
QLabel#hallErrorHint { color: #c9c9c9; }
"""

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_END = re.compile(r"\s*\(at end of document\)\s*$")
_KEY_PATH = re.compile(r"^[A-Za-z_][\w-]*(\[\d+\])?(\.[\w-]+(\[\d+\])?)*$")
_DEVICE_INDEX = re.compile(r"^devices\[(\d+)\]$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


@dataclass(frozen=True)
class HallError:
    """Where a hall file is wrong and why (``line``/``key`` when known)."""

    path: str
    problem: str
    line: int | None = None
    column: int | None = None
    key: str | None = None


def describe_hall_error(path: Path | str, message: str, text: str | None = None) -> HallError:
    """Split a ConfigError ``message`` about ``path`` into file, line or key, and problem.

    ``text`` is the file's content, if it could be read: a key path
    (``devices[1].kind``) is then also found as a line of the file when it is there.
    """
    name = str(path)
    rest = message[len(name) + 2:] if message.startswith(name + ": ") else message
    if rest.startswith("invalid TOML: "):
        problem = rest[len("invalid TOML: "):]
        found = _TOML_POSITION.search(problem)
        if found is not None:
            return HallError(
                name, _tr("not valid TOML: {0}").format(problem[: found.start()]),
                line=int(found.group(1)), column=int(found.group(2)),
            )
        at_end = _TOML_END.search(problem)
        if at_end is not None:
            line = len(text.splitlines()) if text is not None else None
            return HallError(
                name, _tr("not valid TOML: {0} (at the end of the file)").format(
                    problem[: at_end.start()]
                ), line=line,
            )
        return HallError(name, _tr("not valid TOML: {0}").format(problem))
    key, _sep, problem = rest.partition(": ")
    if problem and _KEY_PATH.match(key):
        line = locate_key(text, key) if text is not None else None
        return HallError(name, problem, line=line, key=key)
    return HallError(name, rest)


def locate_key(text: str, key_path: str) -> int | None:
    """The 1-based line where ``key_path`` (``name``, ``devices[2].port``) is set, if it is."""
    parts = key_path.split(".")
    lines = text.splitlines()
    start, end = 0, len(lines)
    table = _DEVICE_INDEX.match(parts[0])
    if table is not None:
        wanted = int(table.group(1))
        headers = [n for n, line in enumerate(lines) if line.strip().startswith("[[devices]]")]
        if wanted >= len(headers):
            return None
        start = headers[wanted]
        end = headers[wanted + 1] if wanted + 1 < len(headers) else len(lines)
        parts = parts[1:]
        if not parts:
            return start + 1
    elif len(parts) == 1:
        # A top-level key: before the first table.
        tables = [n for n, line in enumerate(lines) if line.strip().startswith("[")]
        end = tables[0] if tables else len(lines)
    key = re.compile(rf"^\s*{re.escape(parts[-1])}\s*=")
    for number in range(start, end):
        if key.match(lines[number]):
            return number + 1
    return start + 1 if table is not None else None


class HallErrorPanel(QFrame):
    """The bad hall file, named; the two ways on. Sits above the run-sheet."""

    open_other_requested = Signal()
    rehearsal_hall_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hallErrorPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.title_label = QLabel(
            _tr("The hall file cannot be used: nothing is connected and GO is off."), self
        )
        self.title_label.setObjectName("hallErrorTitle")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("hallErrorFile")
        self.where_label = QLabel(self)
        self.where_label.setObjectName("hallErrorWhere")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("hallErrorProblem")
        for label in (self.title_label, self.file_label, self.where_label, self.problem_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(
            _tr("Correct the file and open it again, or run on the simulators meanwhile."), self
        )
        hint.setObjectName("hallErrorHint")
        self.open_button = QPushButton(_tr("Open another hall file…"), self)
        self.open_button.setObjectName("openHallButton")
        self.open_button.clicked.connect(self.open_other_requested)
        self.rehearsal_button = QPushButton(_tr("Use the rehearsal hall"), self)
        self.rehearsal_button.setObjectName("rehearsalHallButton")
        self.rehearsal_button.setToolTip(
            _tr("The default hall file, on simulators: nothing reaches the real equipment.")
        )
        self.rehearsal_button.clicked.connect(self.rehearsal_hall_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.rehearsal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.file_label)
        layout.addWidget(self.where_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(hint)
        layout.addLayout(buttons)

    def show_error(self, error: HallError) -> None:
        """Name the file, the line or key, and the problem."""
        self.file_label.setText(_tr("File: {0}").format(error.path))
        if error.line is not None and error.key is not None:
            where = _tr("Line {0}, key {1}").format(error.line, error.key)
        elif error.line is not None and error.column is not None:
            where = _tr("Line {0}, column {1}").format(error.line, error.column)
        elif error.line is not None:
            where = _tr("Line {0}").format(error.line)
        elif error.key is not None:
            where = _tr("Key {0}").format(error.key)
        else:
            where = ""
        self.where_label.setText(where)
        self.where_label.setVisible(bool(where))
        self.problem_label.setText(_tr("Problem: {0}").format(error.problem))

    @property
    def text(self) -> str:
        """Everything the panel says (for tests and the log)."""
        parts = (self.title_label, self.file_label, self.where_label, self.problem_label)
        return "\n".join(label.text() for label in parts if label.text())
