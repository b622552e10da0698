"""The live stream in a whole rehearsal through the console (issue 12), against the default hall's
OBS simulator.

GO on the sample press conference's first item starts the stream and the recording at the
simulator; every later GO marks a record chapter named after the item; the show bar's and
the presenter screen's ON AIR follow the simulator's output; the stream dropping at the
simulator is alarmed in the show bar within 2 s, logged, and in the report as an outage
with its start, end and duration once the stream is back.
"""

from __future__ import annotations

import io
import time
from datetime import datetime

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from controlroom.clock import ManualClock
from controlroom.model import Item
from controlroom.report import build_report, write_csv
from controlroom.timer import PresenterTimer, TimerView
from devices.streaming.kind import StartStream
from ui.panels.streaming import OnAirIndicator, StreamingPanel
from ui.presenter import ON_AIR_BACKGROUND, REC_BACKGROUND, PresenterRenderer

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(120)]


def test_stream_goes_live_chapters_alarm_and_outage(console_window: ConsoleWindow) -> None:
    cw = console_window
    console = cw.console
    cw.wait_devices_ok()
    console.lockout_s = 0.0
    hall = console.hall
    assert hall is not None and console.runsheet is not None and console.engine is not None
    items = console.runsheet.items
    obs = cw.simulator("stream")
    timer = cw.features.presenter.timer
    assert isinstance(console.panels["stream"], StreamingPanel)
    indicator = console.show_bar.indicators.get("stream")
    assert isinstance(indicator, OnAirIndicator)
    assert not obs.stream.active and not obs.record.active
    assert not timer.snapshot().on_air

    # GO on item 1: the stream and the recording start, the scene is the item's.
    assert console.go()
    cw.wait_for(lambda: obs.stream.active and obs.record.active)
    assert obs.program_scene == "Speaker"
    cw.wait_for(lambda: indicator.on_air_lamp == "live" and indicator.rec_lamp == "live")
    cw.wait_for(lambda: timer.snapshot().on_air and timer.snapshot().recording)
    assert console.show_bar.alarm_label.isHidden()

    # Every later GO (while recording): a chapter named after the item.
    for index in range(1, 4):
        assert console.go()
        cw.wait_for(lambda index=index: len(obs.chapters_made) == index)
        assert obs.chapters_made[-1] == items[index].title

    # The stream drops at OBS: alarmed in the show bar within 2 s; ON AIR goes off.
    dropped_at = time.monotonic()
    obs.end_stream()
    cw.wait_for(lambda: not console.show_bar.alarm_label.isHidden(), timeout_ms=2000)
    assert time.monotonic() - dropped_at < 2.0
    assert "stream dropped" in console.show_bar.alarm_label.text()
    cw.wait_for(lambda: not timer.snapshot().on_air, timeout_ms=2000)
    assert timer.snapshot().recording  # the recording goes on
    assert indicator.on_air_lamp == "off"
    cw.wait_for(lambda: any(e.message == "alarm: stream dropped" and e.source == "stream"
                            for e in console.log.recent()))

    # The operator starts it again from the panel: the alarm clears, ON AIR is back.
    console.panels["stream"].request(StartStream())
    cw.wait_for(lambda: console.show_bar.alarm_label.isHidden())
    cw.wait_for(lambda: timer.snapshot().on_air)

    # The report has the outage, with start, end and duration.
    engine = console.engine
    engine.stop()
    event_id = console.runsheet.event.id
    assert event_id is not None

    def reported() -> bool:
        report = build_report(console.database, event_id)
        return any(o.what == "stream dropped" and o.end is not None for o in report.outages)

    cw.wait_for(reported)
    report = build_report(console.database, event_id, min_severity="warning")
    (outage,) = [o for o in report.outages if o.what == "stream dropped"]
    assert outage.device == "stream" and outage.end is not None and outage.end >= outage.start
    assert outage.duration_s is not None and 0 <= outage.duration_s < 30
    out = io.StringIO()
    write_csv(report, out)
    blocks = out.getvalue().split("\n\n")
    assert blocks[1].splitlines()[0] == "device,outage,start,end,duration_s"
    assert blocks[1].splitlines()[1].startswith("stream,stream dropped,")


def badge_colours(view: TimerView) -> set[str]:
    """The badge colours the presenter screen paints in its header's right half."""
    image = QImage(1280, 720, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    PresenterRenderer().paint(painter, QRectF(0, 0, 1280, 720), view, stale=False)
    painter.end()
    return {image.pixelColor(x, 40).name() for x in range(640, 1280, 4)}


def test_presenter_screen_paints_on_air_and_rec_only_when_so(qtbot: object) -> None:
    timer = PresenterTimer(ManualClock(start_wall=datetime(2026, 12, 3, 11, 0)))
    timer.on_item_started(Item(title="Opening", planned_duration=300), None)
    on_air, rec = ON_AIR_BACKGROUND.name(), REC_BACKGROUND.name()
    assert {on_air, rec}.isdisjoint(badge_colours(timer.snapshot()))
    timer.set_on_air(True, False)
    colours = badge_colours(timer.snapshot())
    assert on_air in colours and rec not in colours
    timer.set_on_air(False, True)  # reconnecting: recorded, not on air
    colours = badge_colours(timer.snapshot())
    assert rec in colours and on_air not in colours
