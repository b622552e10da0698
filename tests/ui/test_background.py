"""ui.background: work off the GUI thread, its result (or error) delivered on the GUI thread."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.background import run_in_background


def test_the_result_comes_home_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, bool, int]] = []

    def work() -> int:
        return len(threading.current_thread().name)

    def done(future: Future[int]) -> None:
        on_gui = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        seen.append((threading.current_thread().name, on_gui, future.result()))

    run_in_background(work, done, name="worker-xyz")
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen[0][1] is True
    assert seen[0][0] == threading.main_thread().name
    assert seen[0][2] == len("worker-xyz")


def test_an_error_of_the_work_is_in_the_future(qtbot: QtBot) -> None:
    errors: list[BaseException | None] = []

    def work() -> None:
        raise OSError("disk full")

    run_in_background(work, lambda future: errors.append(future.exception()))
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], OSError) and str(errors[0]) == "disk full"


def test_nothing_is_delivered_to_a_deleted_guard(qtbot: QtBot) -> None:
    release = threading.Event()
    guard = QObject()
    delivered: list[int] = []
    future = run_in_background(
        lambda: release.wait(5) and 1, lambda done: delivered.append(done.result()), guard=guard
    )
    guard.deleteLater()
    qtbot.waitUntil(lambda: not _alive(guard), timeout=5000)
    release.set()
    assert future.result(timeout=5) == 1
    # A second delivery, unguarded, proves the queue was drained past the first.
    after: list[int] = []
    run_in_background(lambda: 2, lambda done: after.append(done.result()))
    qtbot.waitUntil(lambda: after == [2], timeout=5000)
    assert delivered == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """The courier lives on the GUI thread of the test application."""
