"""The switcher panel shows the input labels the switcher reports beside the hall's names."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from devices.switcher.driver import SwitcherState
from devices.switcher.kind import SwitcherConfig
from ui.panels.switcher import SwitcherPanel

CONFIG = SwitcherConfig(
    id="switcher", host="127.0.0.1", port=3333, feedback_port=3334, prefix="/atem",
    input_count=3, inputs={1: "Wide", 2: "Lectern"},
)  # fmt: skip


def test_reported_long_names_appear_under_the_hall_names(qtbot: QtBot) -> None:
    panel = SwitcherPanel(CONFIG, lambda: 0.0)
    qtbot.addWidget(panel)
    assert panel.name_labels[1].text() == "Wide"
    panel.set_state(SwitcherState(program=1, preview=2, input_names={1: "CAM WIDE", 2: "Lectern"}))
    assert panel.name_labels[1].text() == "Wide\nCAM WIDE"
    assert panel.name_labels[2].text() == "Lectern"  # the same name is not shown twice
    assert panel.name_labels[3].text() == ""
    panel.set_state(SwitcherState(program=1, preview=2, input_names={3: "Slides"}))
    assert panel.name_labels[3].text() == "Slides"
    assert panel.name_labels[1].text() == "Wide"
