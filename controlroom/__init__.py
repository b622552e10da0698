"""controlroom: the show, without Qt.

Run-sheet model, schedule maths, storage, show engine, timer, hall and event log.
Nothing in this package imports PySide6; only :mod:`controlroom.cli` (the
command-line entry) reaches into :mod:`ui`, lazily, for commands that need Qt.
"""

__version__ = "0.1.0"
