"""Fixtures shared by the show-core tests: a real SQLite database in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from controlroom.storage import Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An empty database in a fresh file, closed after the test."""
    database = Database.open(tmp_path / "test.db")
    yield database
    database.close()
