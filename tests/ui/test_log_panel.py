"""The log panel follows the open event: its stored history first, then live entries, filtered."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow
from pytestqt.qtbot import QtBot

from controlroom.model import Event, Item
from controlroom.storage import Database, LogEntry
from ui.panels.log import LogPanel

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(90)]

START = datetime(2026, 11, 20, 10, 0, 0)


def entry(event_id: int | None, second: float, source: str, message: str,
          severity: str = "info", kind: str = "command") -> LogEntry:
    return LogEntry(
        event_id=event_id,
        monotonic=1000.0 + second,
        wall=START + timedelta(seconds=second),
        severity=severity,
        source=source,
        kind=kind,
        message=message,
    )


def two_events(database: Database) -> tuple[int, int]:
    first = database.create_event(
        Event(title="Briefing", scheduled_start=START, items=[Item(title="A", planned_duration=60)])
    )
    second = database.create_event(
        Event(title="Other", scheduled_start=START, items=[Item(title="B", planned_duration=60)])
    )
    return first, second


def shown(panel: LogPanel) -> list[str]:
    model = panel.model
    return [model.entry(row).message for row in range(model.rowCount())]


def load(qtbot: QtBot, panel: LogPanel, database: Database, event_id: int | None) -> None:
    panel.show_event(database, event_id)
    qtbot.waitUntil(lambda: not panel.history_loading, timeout=10_000)


def test_history_of_the_open_event_comes_first_then_live_entries(
    qtbot: QtBot, database: Database
) -> None:
    first, second = two_events(database)
    earlier = [
        entry(first, 0, "switcher", "program 1"),
        entry(first, 1, "projector", "power_on refused", severity="error", kind="reply"),
        entry(first, 2, "operator", "GO", kind="action"),
    ]
    database.append_log([*earlier, entry(second, 0.5, "mics", "another event's entry")])
    panel = LogPanel()
    qtbot.addWidget(panel)
    panel.set_filter(None, "debug")
    load(qtbot, panel, database, first)
    assert shown(panel) == [e.message for e in earlier]
    # Live entries follow; one already stored is not doubled; another event's is left out.
    panel.append([earlier[-1], entry(first, 3, "mics", "mute 3"),
                  entry(second, 3.5, "mics", "stray")])
    assert shown(panel) == ["program 1", "power_on refused", "GO", "mute 3"]
    # The filters apply to history and live entries alike.
    assert panel.source_combo.findData("projector") >= 0
    panel.set_filter("projector", "error")
    assert shown(panel) == ["power_on refused"]
    panel.set_filter("mics", None)
    assert shown(panel) == ["mute 3"]
    panel.set_filter(None, "warning")
    assert shown(panel) == ["power_on refused"]


def test_live_entries_that_came_before_the_history_are_kept_once_in_order(
    qtbot: QtBot, database: Database
) -> None:
    first, _second = two_events(database)
    stored_earlier = [entry(first, 0, "switcher", "yesterday 1"), entry(first, 1, "mics", "yd 2")]
    database.append_log(stored_earlier)
    panel = LogPanel()
    qtbot.addWidget(panel)
    panel.set_filter(None, "debug")
    # Entries of this session reach the panel while the history is being read; the
    # first of them is also already in the database.
    live = [entry(first, 10, "engine", "item 1 started", kind="item"),
            entry(first, 11, "switcher", "program 2")]
    database.append_log(live[:1])
    panel.show_event(database, first)
    panel.append(live)
    qtbot.waitUntil(lambda: not panel.history_loading, timeout=10_000)
    assert shown(panel) == ["yesterday 1", "yd 2", "item 1 started", "program 2"]
    assert panel.model.entries().count(live[0]) == 1


def test_switching_events_drops_the_old_event_and_loads_the_new(
    qtbot: QtBot, database: Database
) -> None:
    first, second = two_events(database)
    database.append_log([entry(first, 0, "switcher", "first's"),
                         entry(second, 0, "switcher", "second's")])
    panel = LogPanel()
    qtbot.addWidget(panel)
    panel.append([entry(None, -1, "mics", "before any event: connected", kind="status")])
    load(qtbot, panel, database, first)
    assert shown(panel) == ["first's", "before any event: connected"]
    load(qtbot, panel, database, second)
    assert shown(panel) == ["second's", "before any event: connected"]


def test_a_slow_older_load_never_overwrites_a_newer_one(qtbot: QtBot, database: Database) -> None:
    first, second = two_events(database)
    database.append_log([entry(first, 0, "switcher", "first's"),
                         entry(second, 0, "switcher", "second's")])
    panel = LogPanel()
    qtbot.addWidget(panel)
    arrived: list[int] = []
    panel.history_delivered.connect(arrived.append)
    panel.show_event(database, first)
    load(qtbot, panel, database, second)
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=10_000)  # the first load's result too
    assert shown(panel) == ["second's"]


def test_an_unreadable_history_is_said_and_live_entries_still_show(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "spoilt.db"
    db = Database.open(path)
    first, _second = two_events(db)
    db.close()
    for leftover in tmp_path.glob("spoilt.db-*"):
        leftover.unlink()
    path.write_bytes(b"this is not a database" * 512)  # reading now fails
    panel = LogPanel()
    qtbot.addWidget(panel)
    load(qtbot, panel, db, first)
    assert panel.history_error
    panel.append([entry(first, 1, "mics", "live one")])
    assert shown(panel) == ["live one"]


def test_reopening_an_event_in_the_console_shows_its_earlier_log(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    console, window, database = cw.console, cw.window, cw.database
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.event.id is not None
    first = runsheet.event.id
    console.log.info("operator", "action", "a note from the first session")
    cw.wait_for(lambda: "a note from the first session" in shown(console.log_panel))
    assert console.log.flush(5.0)
    other = database.create_event(
        Event(title="Other", scheduled_start=START, items=[Item(title="B", planned_duration=60)])
    )
    with cw.qtbot.waitSignal(console.engine_changed, timeout=10_000):
        window.open_event(other)
    cw.wait_for(lambda: not console.log_panel.history_loading)
    assert "a note from the first session" not in shown(console.log_panel)
    with cw.qtbot.waitSignal(console.engine_changed, timeout=10_000):
        window.open_event(first)
    console.log_panel.set_filter(None, "debug")
    cw.wait_for(lambda: not console.log_panel.history_loading)
    cw.wait_for(lambda: "a note from the first session" in shown(console.log_panel))
    assert shown(console.log_panel).count("a note from the first session") == 1
