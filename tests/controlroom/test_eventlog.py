"""The event log: stamping, in-memory filters and listeners, storage through the writer thread."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from controlroom.clock import ManualClock
from controlroom.eventlog import EventLog, filter_entries, severity_rank
from controlroom.model import Event
from controlroom.storage import Database, LogEntry
from devices.text import Text

START = datetime(2026, 11, 26, 10, 0, 0)


def test_entries_carry_both_clocks_and_reach_listeners() -> None:
    clock = ManualClock(start_wall=START, start_monotonic=500.0)
    log = EventLog(None, clock, event_id=7)
    heard: list[LogEntry] = []
    log.add_listener(heard.append)
    clock.advance(12.5)
    entry = log.info("switcher", "command", "program(3)")
    assert entry.monotonic == 512.5
    assert entry.wall == datetime(2026, 11, 26, 10, 0, 12, 500000)
    assert entry.event_id == 7
    assert heard == [entry]
    log.set_event(8)
    assert log.warning("mics", "status", "offline").event_id == 8


def test_filters_by_source_and_severity() -> None:
    log = EventLog(None, ManualClock())
    log.debug("mics", "reply", "set_mute(1, True): ok")
    log.info("mics", "command", "set_mute(1, True)")
    log.warning("projector", "status", "offline: no answer")
    log.error("projector", "reply", "set_source('HDMI1') failed: lamp")
    log.info("operator", "action", "GO")
    assert [e.message for e in log.recent(source="projector")] == [
        "offline: no answer",
        "set_source('HDMI1') failed: lamp",
    ]
    assert [e.source for e in log.recent(min_severity="warning")] == ["projector", "projector"]
    assert len(log.recent(source="mics", min_severity="info")) == 1
    assert len(log.recent()) == 5
    assert log.sources() == ["mics", "operator", "projector"]
    assert filter_entries(log.recent(), min_severity="error")[0].severity == "error"


def test_bad_severity_or_kind_is_refused() -> None:
    log = EventLog(None, ManualClock())
    with pytest.raises(ValueError, match="unknown severity 'loud'"):
        log.write("loud", "mics", "command", "x")
    with pytest.raises(ValueError, match="unknown log kind 'chatter'"):
        log.write("info", "mics", "chatter", "x")
    assert log.recent() == []
    assert severity_rank("debug") < severity_rank("error")


def test_memory_is_bounded() -> None:
    log = EventLog(None, ManualClock(), capacity=10)
    for n in range(25):
        log.info("engine", "item", f"entry {n}")
    assert [e.message for e in log.recent()][0] == "entry 15"


def test_entries_are_stored_in_order_from_many_threads(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "log.db")
    event_id = database.create_event(Event(title="Log test", scheduled_start=START))
    clock = ManualClock(start_wall=START)
    log = EventLog(database, clock, event_id)

    def burst(source: str) -> None:
        for n in range(200):
            log.info(source, "command", f"{source} {n}")

    threads = [threading.Thread(target=burst, args=(f"dev{k}",)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log.error("projector", "reply", "refused")
    assert log.flush(10.0)
    stored = database.log_entries(event_id)
    assert len(stored) == 801
    for k in range(4):
        mine = [e.message for e in stored if e.source == f"dev{k}"]
        assert mine == [f"dev{k} {n}" for n in range(200)]
    errors = database.log_entries(event_id, min_severity="error")
    assert [(e.source, e.message) for e in errors] == [("projector", "refused")]
    assert len(database.log_entries(event_id, source="dev2")) == 200
    assert log.store_failures == 0


def test_logging_after_the_database_closed_keeps_entries_in_memory(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "closed.db")
    log = EventLog(database, ManualClock())
    log.info("engine", "item", "stored")
    assert log.flush(5.0)
    database.close()
    log.info("operator", "action", "GO after shutdown")
    assert [e.message for e in log.recent()] == ["stored", "GO after shutdown"]
    assert log.store_failures == 1
    assert not log.flush(1.0)


def test_a_logged_text_comes_back_from_the_database_translatable(tmp_path: Path) -> None:
    """Migration 4: ``text_json`` keeps the template and values beside the English."""
    database = Database.open(tmp_path / "log.db")
    event_id = database.create_event(Event(title="Log test", scheduled_start=START))
    log = EventLog(database, ManualClock(start_wall=START), event_id)
    reason = Text("no answer within {seconds:g} s", seconds=3.0)
    log.error("mics", "reply", Text("{command} failed: {reason}", command="mute", reason=reason))
    log.info("engine", "status", "plain words")
    assert log.flush(10.0)
    raw = sqlite3.connect(tmp_path / "log.db")  # a row from another writer: broken JSON
    with raw:
        raw.execute(
            "INSERT INTO log_entries (event_id, monotonic, wall, severity, source, kind,"
            " message, text_json) VALUES (?, 0, ?, 'info', 'engine', 'status', 'odd', '{')",
            (event_id, START.isoformat(" ")),
        )
    raw.close()
    failed, plain, odd = database.log_entries(event_id)
    assert isinstance(failed, LogEntry) and isinstance(failed.message, Text)
    assert failed.message == "mute failed: no answer within 3 s"
    assert failed.message.template == "{command} failed: {reason}"
    assert failed.message.values["reason"].template == "no answer within {seconds:g} s"
    assert plain.message == "plain words" and not isinstance(plain.message, Text)
    assert odd.message == "odd" and not isinstance(odd.message, Text)
    database.close()
