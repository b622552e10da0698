"""The whole content of a SQLite file as SQL text, to prove that something changed nothing.

Importable as ``sqlite_dump`` because pytest puts ``tests/controlroom/`` on ``sys.path``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path) -> str:
    """Every table and row of the database at ``path``, as ``iterdump`` writes them."""
    raw = sqlite3.connect(path)
    try:
        return "\n".join(raw.iterdump())
    finally:
        raw.close()
