"""The PJLink panel shows a PJLink snapshot as the projector panel does, and sends its commands."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from devices.pjlink.driver import PJLinkState
from devices.pjlink.kind import PJLinkConfig, PowerOn, SetAvMute
from devices.pjlink.pjlink import PowerState
from ui.panels.pjlink import PJLinkPanel

DISPLAY = PJLinkConfig(id="display", host="10.0.0.31", inputs={"HDMI1": "31", "Laptop": "3A"})


def test_pjlink_state_in_the_projector_panel(qtbot: QtBot) -> None:
    panel = PJLinkPanel(DISPLAY, lambda: 0.0)
    qtbot.addWidget(panel)
    panel.set_state(
        PJLinkState(PowerState.WARMING_UP, pending="input Laptop", progress=0.25, lamp_hours=99)
    )
    assert panel.power_label.text() == "Warming up"
    assert not panel.progress.isHidden() and panel.progress.value() == 25
    assert "input Laptop" in panel.pending_label.text()
    assert panel.lamp_label.text() == "99 hours"
    panel.set_state(
        PJLinkState(
            PowerState.STANDBY,
            error_code="ERST",
            error_text="lamp: error",
            errors={"lamp": "error"},
        )
    )
    assert panel.power_label.text() == "Standby (off)"
    assert panel.error_label.text() == "Error ERST: lamp: error"
    panel.set_state(PJLinkState(PowerState.ON, source="Laptop", blank=True))
    assert panel.source_combo.currentText() == "Laptop"
    assert panel.blank_button.isChecked() and panel.error_label.isHidden()
    requests: list[tuple[object, ...]] = []
    panel.command_requested.connect(lambda *args: requests.append(args))
    panel.power_on_button.click()
    panel.blank_button.click()
    # The projector panel's buttons reach the PJLink driver as the PJLink kind's commands.
    assert requests == [("display", PowerOn()), ("display", SetAvMute(False))]
