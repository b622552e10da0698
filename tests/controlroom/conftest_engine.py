"""Shared test data for the engine area: an event played through the engine on a manual clock."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from controlroom.clock import ManualClock
from controlroom.engine import ShowEngine
from controlroom.equipment import Equipment
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item, ItemKind
from controlroom.runsheet import RunSheet
from controlroom.storage import Database
from devices.hall_file import HallConfig, default_hall_path, load_hall
from devices.microphones.kind import MicrophonesConfig
from devices.microphones.simulator import MicrophoneSimulator
from devices.projector.kind import ProjectorConfig
from devices.projector.simulator import ProjectorSimulator
from devices.registry import build_driver
from devices.switcher.kind import SwitcherConfig
from devices.switcher.simulator import SwitcherSimulator

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


# -- a hall of real simulators (pseudo-terminals and UDP on 127.0.0.1) ----------------------


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SimulatedHall:
    """The default hall's three simulators, with a :class:`Equipment` of real drivers on them.

    The projector warms up and cools down in a fraction of a second so that tests of
    power cues stay quick.
    """

    def __init__(self, clock: ManualClock | None = None, warmup_s: float = 0.3) -> None:
        config = load_hall(default_hall_path())
        switcher_cfg = config.device("switcher")
        projector_cfg = config.device("projector")
        mics_cfg = config.device("mics")
        assert isinstance(switcher_cfg, SwitcherConfig)
        assert isinstance(projector_cfg, ProjectorConfig)
        assert isinstance(mics_cfg, MicrophonesConfig)
        feedback_port = free_udp_port()
        switcher_cfg = dataclasses.replace(switcher_cfg, feedback_port=feedback_port)
        self.switcher = SwitcherSimulator("127.0.0.1", feedback_port, switcher_cfg.prefix, 6)
        self.projector = ProjectorSimulator(
            projector_cfg.sources, warmup_s=warmup_s, cooldown_s=warmup_s
        )
        self.mics = MicrophoneSimulator(dict(mics_cfg.channels))
        urls = {
            "switcher": self.switcher.start(),
            "projector": self.projector.start_pty(),
            "mics": self.mics.start_pty(),
        }
        self.config = HallConfig(config.name, [switcher_cfg, projector_cfg, mics_cfg])
        drivers = {cfg.id: build_driver(cfg, url=urls[cfg.id]) for cfg in self.config.devices}
        self.clock = clock or ManualClock(start_wall=START)
        self.log = EventLog(None, self.clock)
        self.hall = Equipment(self.config, drivers, clock=self.clock, log=self.log)
        self.hall.start()

    def close(self) -> None:
        self.hall.close()
        self.switcher.stop()
        self.projector.stop()
        self.mics.stop()

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        return wait_for(self.hall, predicate, timeout)


def wait_for(hall: Equipment, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Wait, woken by every device event of ``hall``, until ``predicate()`` holds."""
    changed = threading.Event()

    def listener(_event: object) -> None:
        changed.set()

    hall.add_listener(listener)
    deadline = time.monotonic() + timeout
    try:
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            changed.wait(min(remaining, 0.1))
            changed.clear()
        return True
    finally:
        hall.remove_listener(listener)

