"""Shared test data for the engine area: an event played through the engine on a manual clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from controlroom.clock import ManualClock
from controlroom.engine import ShowEngine
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.storage import Database

START = datetime(2026, 11, 26, 10, 0, 0)

#: (title, planned seconds, seconds it really runs)
PLAYED = [
    ("Ашылу сөзі — модератор", 300, 330),
    ("Партия хатшысының мәлімдемесі", 600, 540),
    ("Үзіліс", 600, 600),
    ("Журналистердің сұрақтары (Q&A)", 900, 1000),
]


def played_event(db_path: Path) -> int:
    """Store an event, play it through the engine (late start, overruns), stop; return its id."""
    database = Database.open(db_path)
    try:
        items = [
            Item(
                title=title,
                planned_duration=planned,
                speaker_name="Әлия Қасымова" if n == 1 else "",
                speaker_role="хатшы" if n == 1 else "",
                kind=ItemKind.BREAK if title == "Үзіліс" else ItemKind.SEGMENT,
            )
            for n, (title, planned, _real) in enumerate(PLAYED)
        ]
        event = Event(
            title="Баспасөз мәслихаты", scheduled_start=START, venue="Астана", items=items
        )
        event_id = database.create_event(event)
        clock = ManualClock(start_wall=START)
        log = EventLog(database, clock, event_id)
        engine = ShowEngine(
            RunSheet(database.load_event(event_id), database),
            None,
            clock,
            log=log,
            database=database,
        )
        clock.advance(120)  # a two-minute late start
        for _title, _planned, real in PLAYED:
            assert engine.go()
            clock.advance(real)
        engine.stop()
        log.error("projector", "reply", "set_source('HDMI1') failed: CommandRefused: lamp failure")
        assert log.flush(10.0)
        database.writer.submit(lambda: None).result(10.0)
        return event_id
    finally:
        database.close()
