"""Issue 10: a cue to an offline device is reported at GO, and alarms stay until acknowledged.

The console in REHEARSAL on the real simulators: the projector's link is dropped
with the rehearsal panel's fault button, as an operator would practise it.
"""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from conftest_console import ConsoleWindow
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from controlroom.alarms import Alarm
from controlroom.engine import CUE_FAILED, ITEM_STARTED, EngineEvent
from devices.streaming.kind import StartStream
from ui.alarm_strip import AlarmList, AlarmStrip

pytestmark = pytest.mark.timeout(90)


def projector_item(cw: ConsoleWindow) -> int:
    runsheet = cw.console.runsheet
    assert runsheet is not None
    return next(
        n for n, item in enumerate(runsheet.items)
        if any(cue.device == "projector" for cue in item.cues)
    )


def test_a_cue_to_an_offline_projector_is_reported_at_go_and_stays_until_acknowledged(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    console.lockout_s = 0.0
    strip = console.show_bar.alarm_strip
    assert strip.isHidden() and strip.alarms == []
    console.rehearsal_panel.buttons[("projector", "drop")].click()
    panel = console.panels["projector"]
    cw.wait_for(lambda: not panel.light.ok, timeout_ms=20_000)
    # The device going offline is an alarm of its own.
    cw.wait_for(lambda: any(a.key == "status:projector" for a in strip.alarms))
    assert not strip.isHidden() and "projector" in strip.text_label.text()
    index = projector_item(cw)
    engine = console.engine
    assert engine is not None
    engine.lockout_s = 0.0
    engine.jump(index)
    # The On GO pane warns before GO that the projector's cue will fail.
    cw.wait_for(lambda: any(
        "projector will fail" in line for line in console.cue_editing.on_go_lines()[1]
    ))
    arrived: list[tuple[float, EngineEvent]] = []
    console.bridge.engine_event.connect(lambda e: arrived.append((time.monotonic(), e)))
    went = time.monotonic()
    assert engine.go()
    cw.wait_for(lambda: any(
        e.kind == CUE_FAILED and e.device == "projector" for _t, e in arrived
    ), timeout_ms=5_000)
    when = next(t for t, e in arrived if e.kind == CUE_FAILED and e.device == "projector")
    assert when - went < 1.5
    assert console.failures.get(index)
    assert f"Item {index + 1}: projector" in console.show_bar.failure_label.text()
    # The strip hears from the board through a queued signal: at once, but not synchronously.
    cw.wait_for(lambda: any(a.key.startswith(f"cue:{index}:") for a in strip.alarms),
                timeout_ms=1_000)
    cue_alarms = [a for a in strip.alarms if a.key.startswith(f"cue:{index}:")]
    assert "offline" in cue_alarms[0].text
    assert any(
        f"item {index + 1} failed: projector" in line
        for line in console.cue_editing.on_go_lines()[1]
    )
    # The next GO does not remove the alarms (the failure line of the show bar goes).
    count = len(strip.alarms)
    with cw.qtbot.waitSignal(
        console.bridge.engine_event,
        check_params_cb=lambda e: e.kind == ITEM_STARTED and e.index == index + 1,
    ):
        assert engine.go()
    cw.qtbot.wait(50)
    assert len(strip.alarms) >= count and strip.count_label.text() == str(len(strip.alarms))
    # Acknowledging empties the strip and keeps the log.
    strip.acknowledge_button.click()
    cw.wait_for(lambda: strip.alarms == [])
    assert strip.isHidden()
    assert any(a.key.startswith(f"cue:{index}:") for a in console.alarms.board.log())
    # The link comes back: the device alarm is over; dropping again is a new alarm.
    console.rehearsal_panel.buttons[("projector", "restore")].click()
    cw.wait_for(lambda: panel.light.ok, timeout_ms=20_000)
    assert console.alarms.board.active() == []


def test_the_acknowledge_key_and_the_alarm_list(console_window: ConsoleWindow) -> None:
    cw = console_window
    console = cw.console
    board = console.alarms.board
    board.raise_("stream:enc", "encoder", "stream dropped")
    board.event("mics", "Item 2: offline")
    strip = console.show_bar.alarm_strip
    cw.wait_for(lambda: len(strip.alarms) == 2)
    assert "Item 2: offline" in strip.text_label.text()  # the newest first
    dialog = console.alarms.show_list()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 1).text() == "encoder"
    assert dialog.table.item(1, 2).text() == "stream dropped"
    dialog.table.selectRow(0)
    dialog.acknowledge_selected.click()
    cw.wait_for(lambda: dialog.table.rowCount() == 1)
    assert [a.device for a in strip.alarms] == ["encoder"]
    dialog.close()
    window = cw.window
    window.show()
    cw.qtbot.waitExposed(window)
    window.activateWindow()
    cw.qtbot.waitUntil(window.isActiveWindow)
    cw.qtbot.keyClick(window.table_view, Qt.Key.Key_A,
                      Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    cw.wait_for(lambda: strip.alarms == [])
    assert dialog.table.rowCount() == 0 and not dialog.empty_label.isHidden()
    assert len(console.alarms.board.log()) == 2


def test_the_strip_shows_the_newest_alarm_with_the_count(qtbot: QtBot) -> None:
    strip = AlarmStrip()
    qtbot.addWidget(strip)
    at = datetime(2026, 12, 3, 10, 2, 13)
    alarms = [
        Alarm(2, "status:projector", "projector", "offline: no answer for 4 s", at),
        Alarm(1, "cue:0:mics", "mics", "Item 1: failed", at),
    ]
    strip.set_alarms(alarms)
    assert strip.text_label.text() == "⚠ 10:02:13 projector: offline: no answer for 4 s"
    assert strip.count_label.text() == "2"
    listing = AlarmList()
    qtbot.addWidget(listing)
    listing.set_alarms(alarms)
    assert [listing.table.item(r, 3).text() for r in range(2)] == ["active", "active"]


def test_a_dropped_stream_stays_in_the_alarms_until_acknowledged(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    console.lockout_s = 0.0
    obs = cw.simulator("stream")
    assert console.go()  # item 1 starts the stream
    cw.wait_for(lambda: obs.stream.active)
    strip = console.show_bar.alarm_strip
    strip_before = len(strip.alarms)
    obs.end_stream()
    cw.wait_for(lambda: any(a.key.startswith("kind:stream:") for a in strip.alarms))
    assert len(strip.alarms) > strip_before
    alarm = next(a for a in strip.alarms if a.key.startswith("kind:stream:"))
    assert "stream dropped" in alarm.text and alarm.active
    # Started again: the condition is over, but the operator has not seen it yet.
    obs_alarm_key = alarm.key
    console.panels["stream"].request(StartStream())
    cw.wait_for(lambda: all(a.key != obs_alarm_key for a in console.alarms.board.active()))
    assert any(a.key == obs_alarm_key and not a.active for a in strip.alarms)
    strip.acknowledge_button.click()
    cw.wait_for(lambda: strip.alarms == [])
