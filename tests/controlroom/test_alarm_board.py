"""The alarm board: alarms stay until acknowledged; a cleared one stays listed, logged."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from controlroom.alarms import LOG_LIMIT, AlarmBoard


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 10, 0, 0)

    def __call__(self) -> datetime:
        return self.now


def test_an_alarm_stays_until_acknowledged_even_after_its_condition_clears() -> None:
    wall = Wall()
    board = AlarmBoard(wall)
    changes: list[int] = []
    board.add_listener(lambda b: changes.append(len(b.unacknowledged())))
    alarm = board.raise_("status:projector", "projector", "offline: no answer for 4 s")
    assert alarm.raised_at == wall.now and alarm.active
    wall.now += timedelta(seconds=5)
    assert board.clear("status:projector")
    [listed] = board.unacknowledged()
    assert listed.id == alarm.id and not listed.active and listed.cleared_at == wall.now
    assert board.acknowledge() == 1
    assert board.unacknowledged() == []
    assert [a.text for a in board.log()] == ["offline: no answer for 4 s"]
    assert board.log()[0].acknowledged
    assert changes == [1, 1, 0]


def test_raising_the_same_condition_twice_is_one_alarm_and_its_text_follows() -> None:
    board = AlarmBoard(Wall())
    first = board.raise_("status:mics", "mics", "offline: port gone")
    assert board.raise_("status:mics", "mics", "offline: port gone") == first
    assert [a.text for a in board.unacknowledged()] == ["offline: port gone"]
    again = board.raise_("status:mics", "mics", "failed: read error")
    assert again.id == first.id and again.text == "failed: read error"
    board.acknowledge(first.id)
    assert board.unacknowledged() == []
    # Once acknowledged, a reconnect attempt's new words do not nag the operator again.
    board.raise_("status:mics", "mics", "offline: port gone")
    assert board.unacknowledged() == []
    assert [a.text for a in board.active()] == ["offline: port gone"]
    assert len(board.log()) == 1


def test_a_condition_that_returns_after_clearing_is_a_new_alarm() -> None:
    board = AlarmBoard(Wall())
    first = board.raise_("status:switcher", "switcher", "offline")
    board.clear("status:switcher")
    second = board.raise_("status:switcher", "switcher", "offline")
    assert second.id != first.id
    assert [a.id for a in board.unacknowledged()] == [second.id, first.id]
    assert [a.id for a in board.active()] == [second.id]


def test_events_are_one_off_alarms_newest_first_and_acknowledged_one_at_a_time() -> None:
    board = AlarmBoard(Wall())
    a = board.event("projector", "Item 2: set_source('HDMI2') failed")
    b = board.event("switcher", "Item 3: cut failed")
    assert [x.id for x in board.unacknowledged()] == [b.id, a.id]
    assert not a.active
    assert board.acknowledge(a.id) == 1
    assert [x.id for x in board.unacknowledged()] == [b.id]
    assert board.acknowledge(a.id) == 0
    assert board.clear("no such key") is False


def test_raising_from_many_threads_loses_nothing() -> None:
    board = AlarmBoard(Wall())

    def raise_many(n: int) -> None:
        for k in range(50):
            board.raise_(f"t{n}:{k}", f"dev{n}", "down")

    threads = [threading.Thread(target=raise_many, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(board.unacknowledged()) == 200
    assert len({a.id for a in board.log()}) == 200


def test_a_long_show_of_flapping_devices_keeps_a_bounded_log() -> None:
    board = AlarmBoard(Wall())
    board.raise_("status:switcher", "switcher", "offline")  # still holds: never dropped
    for n in range(LOG_LIMIT * 3):
        board.raise_("status:projector", "projector", f"offline {n}")
        board.clear("status:projector")
        if n % 2:
            board.acknowledge()
        board.event("mics", f"cue {n} failed", key=f"cue:{n}:mics")
    log = board.log()
    assert len(log) == LOG_LIMIT
    assert any(a.key == "status:switcher" and a.active for a in log)
    # The newest are kept, oldest first as ever.
    assert log[-1].text == f"cue {LOG_LIMIT * 3 - 1} failed"
    assert [a.id for a in log] == sorted(a.id for a in log)
