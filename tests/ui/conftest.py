"""Fixtures shared by the ui tests: isolated settings, a database file, the console window.

- ``isolated_settings`` (autouse): every ui test keeps its QSettings in an INI file
  under tmp_path, never in the user's real settings;
- ``db_path`` / ``database``: a real SQLite file in tmp_path, closed afterwards;
- ``console_window``: the main window built the app's way with the show console in
  REHEARSAL (see conftest_console.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest_console import ConsoleWindow, isolate_settings, make_console_window
from pytestqt.qtbot import QtBot

from controlroom.storage import Database


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    isolate_settings(tmp_path)
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "controlroom.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def console_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ConsoleWindow]:
    yield from make_console_window(qtbot, tmp_path, monkeypatch)
