"""The streaming panel and its ON AIR / REC indicator, fed snapshots as the console feeds them."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from devices.base import DeviceStatus, LinkState
from devices.streaming.driver import StreamingState
from devices.streaming.kind import (
    SetScene,
    StartRecord,
    StartStream,
    StopStream,
    StreamingConfig,
)
from ui.panels.streaming import OnAirIndicator, StreamingPanel

pytestmark = pytest.mark.timeout(60)

CONFIG = StreamingConfig(id="obs", password="secret", scenes=("Intro", "Speaker", "Slides"))
IDLE = StreamingState(
    obs_version="30.2.3", chapters_supported=True, scenes=("Intro", "Speaker", "Slides"),
    program_scene="Speaker", stream_service_configured=True, record_directory="/rec",
)  # fmt: skip
LIVE = dataclasses.replace(
    IDLE, streaming=True, stream_state="started", stream_duration_ms=754_000,
    stream_bytes=420 * 1024**2, congestion=0.12, recording=True, record_state="started",
    record_duration_ms=61_000, record_bytes=48 * 1024**2, record_path="/rec/show.mkv",
)  # fmt: skip


def clock() -> float:
    return 100.0


def ok_panel(qtbot: QtBot) -> StreamingPanel:
    panel = StreamingPanel(CONFIG, clock)
    qtbot.addWidget(panel)
    panel.set_status(DeviceStatus(LinkState.OK, "", 99.0))
    return panel


def test_indicator_on_air_rec_reconnecting_and_unknown(qtbot: QtBot) -> None:
    lamp = OnAirIndicator()
    qtbot.addWidget(lamp)
    assert (lamp.on_air_lamp, lamp.rec_lamp) == ("unknown", "unknown")
    lamp.set_state(LIVE)
    assert lamp.on_air_lamp == "unknown"  # no link yet: not a stale ON AIR
    lamp.set_link_ok(True)
    assert (lamp.on_air_lamp, lamp.rec_lamp) == ("live", "live")
    assert lamp.on_air_label.text() == "ON AIR" and lamp.rec_label.text() == "REC"
    lamp.set_state(dataclasses.replace(LIVE, reconnecting=True, stream_state="reconnecting"))
    assert lamp.on_air_lamp == "warn" and lamp.on_air_label.text() == "RECONNECTING"
    lamp.set_state(IDLE)
    assert (lamp.on_air_lamp, lamp.rec_lamp) == ("off", "off")
    assert lamp.on_air_label.text() == "OFF AIR"
    lamp.set_link_ok(False)
    assert lamp.on_air_label.text() == "ON AIR ?"


def test_panel_shows_scene_stats_and_emits_typed_commands(qtbot: QtBot) -> None:
    panel = ok_panel(qtbot)
    panel.set_state(IDLE)
    assert panel.scene_combo.currentData() == "Speaker"
    assert panel.start_stream_button.isEnabled() and not panel.stop_stream_button.isEnabled()
    wanted: list[tuple[str, object]] = []
    panel.command_requested.connect(lambda device, command: wanted.append((device, command)))
    panel.start_stream_button.click()
    panel.start_record_button.click()
    panel.scene_combo.activated.emit(2)
    assert wanted == [("obs", StartStream()), ("obs", StartRecord()), ("obs", SetScene("Slides"))]

    panel.set_state(LIVE)
    assert panel.stream_label.text() == "0:12:34 — 420.0 MB — congestion 12%"
    assert panel.record_label.text() == "0:01:01 — 48.0 MB"
    assert panel.stop_stream_button.isEnabled() and not panel.start_stream_button.isEnabled()
    assert panel.indicator.on_air_lamp == "live"
    assert panel.alarm_label.isHidden()
    panel.stop_stream_button.click()
    assert wanted[-1] == ("obs", StopStream())


def test_panel_shows_alarms_in_words(qtbot: QtBot) -> None:
    panel = ok_panel(qtbot)
    bad = dataclasses.replace(
        LIVE, congestion=0.8, frames_skipped_recently=5, skipped_frames=9, total_frames=900,
        record_stopped_unexpectedly=True, recording=False,
    )  # fmt: skip
    panel.set_state(bad)
    assert not panel.alarm_label.isHidden()
    text = panel.alarm_label.text()
    assert "congested" in text and "skipping frames" in text and "recording stopped" in text
    assert "9 of 900 frames skipped" in panel.stream_label.text()


def test_panel_offline_disables_controls_and_hints_old_obs(qtbot: QtBot) -> None:
    panel = ok_panel(qtbot)
    panel.set_state(dataclasses.replace(IDLE, obs_version="29.0.2", chapters_supported=False))
    assert "no chapter markers" in panel.hint_label.text()
    panel.set_status(DeviceStatus(LinkState.OFFLINE, "connection lost", 90.0))
    assert not panel.start_stream_button.isEnabled()
    assert not panel.scene_combo.isEnabled()
    assert panel.indicator.on_air_lamp == "unknown"
