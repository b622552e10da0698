"""Crash worker for the console tests: plays a show on a database, then waits to be killed.

Run as ``python show_crash_worker.py DB_PATH EVENT_ID``. The event's show starts at
10:01 (item 1), item 2 starts at 10:07, then the operator skips item 3 (standby on
item 4) at 10:07:30. Once all of it is on the disk the worker prints ``MID-SHOW``
and waits; the test kills it with SIGKILL, so the run never ends (as in a crash or
a power cut).
"""

from __future__ import annotations

import signal
import sys
from datetime import datetime

from controlroom.clock import ManualClock
from controlroom.engine import ShowEngine
from controlroom.eventlog import EventLog
from controlroom.runsheet import RunSheet
from controlroom.storage import Database

START = datetime(2026, 12, 3, 10, 0)


def main(argv: list[str]) -> int:
    path, event_id = argv[0], int(argv[1])
    database = Database.open(path)
    clock = ManualClock(start_wall=START)
    log = EventLog(database, clock, event_id)
    sheet = RunSheet(database.load_event(event_id), database)
    engine = ShowEngine(sheet, None, clock, lockout_s=0.0, log=log, database=database)
    clock.advance(60)
    engine.go()
    clock.advance(360)
    engine.go()
    clock.advance(30)
    engine.move_standby(1)
    assert log.flush(10.0)
    database.writer.submit(lambda: None).result(10.0)
    print("MID-SHOW", flush=True)
    while True:
        signal.pause()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
