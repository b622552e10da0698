"""The device panels on their own, fed snapshots as the console feeds them (no devices)."""

from __future__ import annotations

import threading
import time

import pytest
from conftest_console import ConsoleWindow
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from controlroom.equipment import DeviceEvent
from devices.base import DeviceStatus, LinkState
from devices.microphones.driver import ChannelState, MicrophonesState
from devices.microphones.kind import MicrophonesConfig, SetMute
from devices.projector.driver import ProjectorState
from devices.projector.escvp21 import PowerState
from devices.projector.kind import ProjectorConfig
from devices.switcher.driver import SwitcherState
from devices.switcher.kind import Cut, SetPreview, SetProgram, SwitcherConfig
from ui.bridge import ConsoleBridge
from ui.panels.microphones import MicrophonesPanel
from ui.panels.projector import ProjectorPanel
from ui.panels.switcher import SwitcherPanel
from ui.show_bar import ShowBar, offset_words

pytestmark = pytest.mark.timeout(60)

SWITCHER = SwitcherConfig(
    id="switcher", host="127.0.0.1", port=3333, feedback_port=3334, prefix="/atem",
    input_count=4, inputs={1: "Cam 1", 2: "Cam 2", 3: "Cam 3", 4: "PC"},
)
PROJECTOR = ProjectorConfig(
    id="projector", port="loop://", model="EB", sources={"HDMI1": "30", "HDMI2": "A0"}
)
MICS = MicrophonesConfig(id="mics", port="loop://", channels={n: f"Ch {n}" for n in range(1, 9)})


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_status_light_reason_and_age_follow_the_clock(qtbot: QtBot) -> None:
    clock = FakeClock()
    panel = SwitcherPanel(SWITCHER, clock)
    qtbot.addWidget(panel)
    panel.set_status(DeviceStatus(LinkState.OK, "", last_heard=999.0))
    assert panel.light.ok and panel.light.reason_text() == ""
    panel.set_status(DeviceStatus(LinkState.OFFLINE, "no answer to 3 status requests", 990.0))
    assert not panel.light.ok
    assert panel.light.reason_label.text() == (
        "no answer to 3 status requests — last heard 10 s ago"
    )
    clock.now = 1075.0
    panel.light._refresh_reason()
    assert "last heard 1 min 25 s ago" in panel.light.reason_label.text()
    assert panel.light._age_timer.isActive() and panel.light._age_timer.interval() == 1000
    panel.set_status(DeviceStatus(LinkState.CONNECTING, ""))
    assert "never heard from" in panel.light.reason_text()


def test_switcher_tally_and_unconfirmed_ftb(qtbot: QtBot) -> None:
    panel = SwitcherPanel(SWITCHER, FakeClock())
    qtbot.addWidget(panel)
    panel.set_state(SwitcherState(program=3, preview=1))
    assert panel.tally() == (3, 1)
    assert panel.ftb_label.text() == ""
    panel.set_state(SwitcherState(program=2, preview=4, ftb=True, link_up=False))
    assert panel.tally() == (2, 4)
    assert "not confirmed" in panel.ftb_label.text()
    assert not panel.link_label.isHidden()
    requests = []
    panel.command_requested.connect(lambda *args: requests.append(args))
    panel.program_buttons[4].click()
    panel.preview_buttons[1].click()
    panel.cut_button.click()
    assert requests == [
        ("switcher", SetProgram(4)), ("switcher", SetPreview(1)), ("switcher", Cut())
    ]


def test_projector_progress_interlock_and_error_in_words(qtbot: QtBot) -> None:
    panel = ProjectorPanel(PROJECTOR, FakeClock())
    qtbot.addWidget(panel)
    panel.set_state(ProjectorState(power=PowerState.WARMING_UP, pending="source HDMI2",
                                   progress=0.4, lamp_hours=1200))
    assert panel.power_label.text() == "Warming up"
    assert not panel.progress.isHidden() and panel.progress.value() == 40
    assert "warming up" in panel.progress.format()
    assert "source HDMI2" in panel.pending_label.text() and not panel.pending_label.isHidden()
    assert panel.lamp_label.text() == "1200 hours"
    panel.set_state(ProjectorState(power=PowerState.ABNORMAL_STANDBY, error_code="06",
                                   error_text="lamp failure"))
    assert panel.progress.isHidden() and panel.pending_label.isHidden()
    assert panel.error_label.text() == "Error 06: lamp failure"
    panel.set_state(ProjectorState(power=PowerState.ON, source="HDMI1", blank=True))
    assert panel.source_combo.currentText() == "HDMI1"
    assert panel.blank_button.isChecked() and panel.error_label.isHidden()


def test_microphone_strips_show_live_red_battery_and_gain(qtbot: QtBot) -> None:
    panel = MicrophonesPanel(MICS, FakeClock())
    qtbot.addWidget(panel)
    channels = {n: ChannelState(n, f"Ch {n}", muted=n != 2, gain_db=3.0, battery_bars=n % 6,
                                level_db=-20.0) for n in MICS.channels}
    panel.set_state(MicrophonesState(channels, 100))
    assert panel.live_channels() == {2}
    assert panel.strips[2].mute_button.text() == "LIVE"
    assert panel.strips[6].battery.property("role") == "error"  # 6 % 6 == 0 bars
    assert panel.strips[1].gain.value() == 3.0
    requests = []
    panel.command_requested.connect(lambda *args: requests.append(args))
    panel.strips[2].mute_button.click()  # live -> mute
    panel.strips[3].mute_button.click()  # muted -> open (the console may ask first)
    assert requests == [("mics", SetMute(2, True)), ("mics", SetMute(3, False))]


def test_meters_at_20_hz_on_8_channels_coalesce(qtbot: QtBot) -> None:
    """A flood of per-channel snapshots from another thread: one queued delivery at a time,
    only the latest state reaches the panel, and the meters repaint on their timer."""
    bridge = ConsoleBridge()
    panel = MicrophonesPanel(MICS, FakeClock())
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    bridge.device_state.connect(lambda _device, state: panel.set_state(state))
    stop = threading.Event()
    sent = [0]
    last: list[MicrophonesState] = []

    def produce() -> None:
        channels = {n: ChannelState(n, f"Ch {n}", False, 0.0, 4, -60.0) for n in MICS.channels}
        step = 0
        while not stop.is_set():
            step += 1
            for number in MICS.channels:
                channels = dict(channels)
                channels[number] = ChannelState(number, f"Ch {number}", False, 0.0, 4,
                                                float(-60 + (step * 3 + number) % 60))
                state = MicrophonesState(channels, 50)
                last[:] = [state]
                bridge.on_device_event(DeviceEvent("mics", "state", state))
                sent[0] += 1
            time.sleep(0.05)

    thread = threading.Thread(target=produce, daemon=True)
    thread.start()
    qtbot.wait(1500)
    stop.set()
    thread.join()
    qtbot.waitUntil(lambda: panel.state == last[0])
    QApplication.processEvents()
    assert sent[0] >= 160  # 1.5 s of 8 channels at 20 Hz, roughly
    assert bridge.wakes < sent[0] / 2  # coalesced: far fewer deliveries than snapshots
    assert panel.states_received <= bridge.wakes
    paints = sum(strip.meter.paints for strip in panel.strips.values())
    assert 0 < paints <= 8 * (1500 / 40 + 5)  # at most one repaint per meter per timer tick


def test_show_bar_offset_and_mode_texts(qtbot: QtBot) -> None:
    bar = ShowBar()
    qtbot.addWidget(bar)
    assert offset_words(0.4) == "on time"
    assert offset_words(65) == "1:05 behind"
    assert offset_words(-40) == "0:40 ahead"
    bar.set_timing(65, None)
    assert bar.offset_label.property("late") == "yes"
    bar.set_rehearsal(False)
    assert bar.banner.text() == "LIVE" and bar.switch_button.text() == "Switch to rehearsal…"
    bar.set_rehearsal(None)
    assert not bar.switch_button.isEnabled()
    with qtbot.waitSignal(bar.show_mode_toggled) as blocker:
        bar.mode_button.click()
    assert blocker.args == [True] and bar.mode_button.text() == "SHOW MODE"


def test_panel_headers_show_their_title_not_markup(console_window: ConsoleWindow) -> None:
    for device_id, panel in console_window.console.panels.items():
        text = panel.title_label.text()
        assert "<" not in text and device_id in text, text
        assert panel.title_label.font().bold()
