"""A hall with a PJLink display beside the Epson projector: registered, rehearsed, cued.

Real parts: the hall file parser, the registry, Equipment.rehearsal (SimulatorHost), the
PJLink driver and simulator over loopback TCP, and a run-sheet item's cue as JSON.
"""

from __future__ import annotations

import pytest
from conftest_engine import wait_for

from controlroom.cues import ItemCues
from controlroom.equipment import Equipment
from controlroom.model import Item
from devices.base import LinkState
from devices.hall_file import parse_hall

pytestmark = pytest.mark.timeout(60)

HALL = """
name = "Hall with a display"

[[devices]]
id = "display"
kind = "pjlink"
host = "192.0.2.31"
password = "JBMIAProjectorLink"

[devices.inputs]
HDMI1 = "31"
Laptop = "32"
"""


def test_a_pjlink_cue_powers_the_display_and_picks_its_input() -> None:
    config = parse_hall(HALL, "hall.toml")
    cues = ItemCues.from_dict(
        {"pjlink": {"device": "display", "power": True, "source": "Laptop", "blank": False}}
    )
    assert ItemCues.from_dict(cues.to_dict()) == cues  # the show-file form round-trips
    equipment = Equipment.rehearsal(config, projector_warmup_s=0.2, projector_cooldown_s=0.2)
    try:
        assert equipment.wait_until_ok(10)["display"].state is LinkState.OK
        simulator = equipment.simulator("display")
        run = equipment.execute(Item("Slides", 300, cues=cues), lambda failure: None)
        assert run.wait(20), "the cue's commands did not settle"
        assert run.failures == []
        assert wait_for(equipment, lambda: simulator.power_code == "1", 5)
        assert simulator.input_code == "32" and not simulator.video_muted
        changes = equipment.diff(Item("Off", 60, cues=ItemCues.from_dict(
            {"pjlink": {"device": "display", "power": False}})))
        assert [(c.device, c.what) for c in changes] == [("display", "power")]
    finally:
        equipment.close()
