"""Issue 10: a device panel never shows a stale state as current.

While a device is not OK its panel greys its controls and says the values are the
last known ones, with their age; the projector never shows "warming up 99%" as
current while offline. Once the device is OK again the panel is current again.
"""

from __future__ import annotations

import pytest
from conftest_console import ConsoleWindow
from pytestqt.qtbot import QtBot

from devices.base import DeviceStatus, LinkState
from devices.projector.driver import ProjectorState
from devices.projector.escvp21 import PowerState
from devices.projector.kind import ProjectorConfig
from devices.switcher.kind import SwitcherConfig
from ui.panels.projector import ProjectorPanel
from ui.panels.switcher import SwitcherPanel

pytestmark = pytest.mark.timeout(90)

PROJECTOR = ProjectorConfig(
    id="projector", port="loop://", model="EB", sources={"HDMI1": "30", "HDMI2": "A0"}
)
SWITCHER = SwitcherConfig(
    id="switcher", host="127.0.0.1", port=3333, feedback_port=3334, prefix="/atem",
    input_count=4, inputs={1: "Cam 1", 2: "Cam 2", 3: "Cam 3", 4: "PC"},
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_offline_projector_is_not_warming_up_99_percent(qtbot: QtBot) -> None:
    clock = FakeClock()
    panel = ProjectorPanel(PROJECTOR, clock)
    qtbot.addWidget(panel)
    panel.set_status(DeviceStatus(LinkState.OK, "", last_heard=999.0))
    panel.set_state(ProjectorState(power=PowerState.WARMING_UP, progress=0.99))
    assert panel.power_label.text() == "Warming up"
    assert not panel.progress.isHidden() and panel.content.isEnabled()
    assert panel.stale_label.isHidden()
    panel.set_status(DeviceStatus(LinkState.OFFLINE, "no answer for 4 s", last_heard=988.0))
    assert panel.stale and not panel.content.isEnabled()
    assert not panel.power_on_button.isEnabled()
    assert panel.progress.isHidden()
    assert panel.power_label.text() == "Warming up (last known)"
    assert panel.stale_label.text() == "Last known values, 12 s ago — not current."
    clock.now = 1010.0
    panel.light._age_timer.timeout.emit()
    assert "22 s ago" in panel.stale_label.text()
    # A state arriving while offline is still shown as last known.
    panel.set_state(ProjectorState(power=PowerState.WARMING_UP, progress=0.995))
    assert panel.progress.isHidden() and "(last known)" in panel.power_label.text()
    panel.set_status(DeviceStatus(LinkState.OK, "", last_heard=1010.0))
    assert not panel.stale and panel.content.isEnabled() and panel.stale_label.isHidden()
    assert panel.power_label.text() == "Warming up" and not panel.progress.isHidden()


def test_a_panel_never_connected_says_it_has_no_values(qtbot: QtBot) -> None:
    panel = SwitcherPanel(SWITCHER, FakeClock())
    qtbot.addWidget(panel)
    panel.set_status(DeviceStatus(LinkState.CONNECTING, ""))
    assert not panel.content.isEnabled()
    assert panel.stale_label.text() == "No current values: the device is not connected."


def test_dropping_the_projector_link_marks_its_panel_stale_until_it_is_back(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    panel = console.panels["projector"]
    assert isinstance(panel, ProjectorPanel)
    assert not panel.stale and panel.content.isEnabled() and panel.stale_label.isHidden()
    console.rehearsal_panel.buttons[("projector", "drop")].click()
    cw.wait_for(lambda: panel.stale, timeout_ms=20_000)
    assert not panel.content.isEnabled() and not panel.power_on_button.isEnabled()
    assert "Last known values" in panel.stale_label.text()
    assert "(last known)" in panel.power_label.text()
    console.rehearsal_panel.buttons[("projector", "restore")].click()
    cw.wait_for(lambda: not panel.stale, timeout_ms=20_000)
    assert panel.content.isEnabled() and panel.stale_label.isHidden()
    assert "(last known)" not in panel.power_label.text()
