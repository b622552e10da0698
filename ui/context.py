"""How the desktop app was started: :class:`AppContext`, given to every feature of the window."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from controlroom.clock import Clock
from controlroom.storage import Database


@dataclass
class AppContext:
    """What the window's features may need: the database, the clock and how the app was started."""

    database: Database
    clock: Clock
    args: argparse.Namespace
    rehearsal: bool
    hall_path: Path | None
