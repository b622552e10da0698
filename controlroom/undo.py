"""Undo and redo as small command objects, independent of Qt.

A :class:`Command` knows how to ``do`` itself, ``undo`` itself and ``redo``
itself (by default, doing it again) and carries a short English ``text``
("Change duration"); a GUI that speaks other languages reads a command's own
data instead (the run-sheet's commands carry an ``EditLabel``, reached through
``undo_command``/``redo_command``). An :class:`UndoStack` executes commands
and keeps the two histories. There is no merging of commands: every edit is its
own step.
"""

from __future__ import annotations

from collections.abc import Callable


class Command:
    """One undoable edit."""

    text: str = ""

    def do(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.do()


class FunctionCommand(Command):
    """A command from two callables, for edits too small to deserve a class."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        self.text = text
        self._do = do
        self._undo = undo

    def do(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class UndoStack:
    """Done and undone commands; ``push`` runs a command and makes it undoable.

    The histories move *before* a command runs, so anything the command calls
    (change listeners) already reads the new ``can_undo``/``can_redo`` and texts.
    A command whose ``do``/``undo``/``redo`` raises leaves the histories as they
    were (the command itself must leave things as they were). ``limit`` bounds
    the history; the oldest steps are forgotten first.
    """

    def __init__(self, limit: int = 1000) -> None:
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._limit = limit

    def push(self, command: Command) -> None:
        undone = self._undone
        self._done.append(command)
        self._undone = []
        try:
            command.do()
        except BaseException:
            self._done.pop()
            self._undone = undone
            raise
        if len(self._done) > self._limit:
            del self._done[0]

    def undo(self) -> bool:
        """Undo the last command; ``False`` if there was nothing to undo."""
        if not self._done:
            return False
        command = self._done.pop()
        self._undone.append(command)
        try:
            command.undo()
        except BaseException:
            self._undone.pop()
            self._done.append(command)
            raise
        return True

    def redo(self) -> bool:
        """Redo the last undone command; ``False`` if there was nothing to redo."""
        if not self._undone:
            return False
        command = self._undone.pop()
        self._done.append(command)
        try:
            command.redo()
        except BaseException:
            self._done.pop()
            self._undone.append(command)
            raise
        return True

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_command(self) -> Command | None:
        """The command ``undo`` would undo, or ``None``."""
        return self._done[-1] if self._done else None

    @property
    def redo_command(self) -> Command | None:
        """The command ``redo`` would redo, or ``None``."""
        return self._undone[-1] if self._undone else None

    @property
    def undo_text(self) -> str:
        """The text of the command ``undo`` would undo, or ``""``."""
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        """The text of the command ``redo`` would redo, or ``""``."""
        return self._undone[-1].text if self._undone else ""
