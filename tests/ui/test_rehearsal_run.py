"""A whole rehearsal through the console: the sample press conference, GO (Space) on every item.

The app opens the sample press conference (resources/samples) on first start. Each
GO is a real Space key press on the run-sheet table. After each, the simulators must
have received exactly the commands the item's cues call for, in order, and the panels
must show the switcher tally, the microphones' mute state and the projector's state
that the item wanted — as reported back by the devices, through the bridge.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow
from cue_expectations import (
    expected_mics,
    expected_switcher,
    mic_sets,
    projector_sets,
    switcher_commands,
)
from PySide6.QtCore import Qt

from controlroom.cues import MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.engine import CUE_FAILED, ITEM_STARTED
from controlroom.model import ItemKind
from controlroom.showfile import read_show_file
from devices.microphones.kind import MicrophonesConfig
from devices.projector.kind import ProjectorConfig
from ui.panels.microphones import MicrophonesPanel
from ui.panels.projector import ProjectorPanel, power_words
from ui.panels.switcher import SwitcherPanel

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "press_conference.json"

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(120)]


def test_go_through_the_sample_press_conference(console_window: ConsoleWindow) -> None:
    cw = console_window
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    cw.wait_devices_ok()
    runsheet = window.runsheet
    assert runsheet is not None
    event = runsheet.event
    sample = read_show_file(SAMPLE)
    assert [item.title for item in event.items] == [item.title for item in sample.items]
    assert any(not item.cues.is_empty() for item in event.items)

    console.lockout_s = 0.0  # GOs here follow each other faster than a bounced key
    hall = console.hall
    assert hall is not None
    switcher, projector, mics = (cw.simulator(d) for d in ("switcher", "projector", "mics"))
    mics_cfg = hall.config.device("mics")
    projector_cfg = hall.config.device("projector")
    assert isinstance(mics_cfg, MicrophonesConfig) and isinstance(projector_cfg, ProjectorConfig)
    channels = sorted(mics_cfg.channels)
    switcher_panel = console.panels["switcher"]
    mics_panel = console.panels["mics"]
    projector_panel = console.panels["projector"]
    assert isinstance(switcher_panel, SwitcherPanel)
    assert isinstance(mics_panel, MicrophonesPanel)
    assert isinstance(projector_panel, ProjectorPanel)

    failures: list[object] = []
    console.bridge.engine_event.connect(
        lambda e: failures.append((e.index, e.device, e.reason)) if e.kind == CUE_FAILED else None
    )
    window.table_view.setFocus()
    seen = [len(switcher.received_messages()), len(mics.received_frames()),
            len(projector.received_frames())]

    for index, item in enumerate(event.items):
        where = f"item {index + 1} '{item.title}'"
        assert console.engine is not None and console.engine.standby_index == index, where
        with qtbot.waitSignal(
            console.bridge.engine_event,
            check_params_cb=lambda e, i=index: e.kind == ITEM_STARTED and e.index == i,
            timeout=5000,
        ):
            qtbot.keyClick(window.table_view, Qt.Key.Key_Space)
        run = console.engine.last_cue_run
        assert run is not None and run.wait(20.0), f"{where}: commands did not settle"
        assert run.failures == [], where

        got_switcher = switcher.received_messages()
        got_mics = mics.received_frames()
        got_projector = projector.received_frames()
        assert switcher_commands(got_switcher[seen[0]:]) == expected_switcher(
            item.cues.first(SwitcherCue)
        ), where
        assert mic_sets(got_mics[seen[1]:]) == expected_mics(item, channels), where
        sent_to_projector = projector_sets(got_projector[seen[2]:])
        seen = [len(got_switcher), len(got_mics), len(got_projector)]

        cues = item.cues
        # The panels show what the devices reported back.
        if cues.first(SwitcherCue) is not None and cues.first(SwitcherCue).program is not None:
            program = cues.first(SwitcherCue).program
            cw.wait_for(lambda p=program: switcher_panel.tally()[0] == p)
            assert switcher.program == program, where
        live = (
            set()
            if item.kind is ItemKind.BREAK
            else {n for c in cues.of_type(MicrophoneCue) for n in c.live}
        )
        if item.kind is ItemKind.BREAK or cues.of_type(MicrophoneCue):
            cw.wait_for(lambda want=live: mics_panel.live_channels() == want)
            assert {n for n, ch in mics.channels.items() if not ch.muted} == live, where
        pj = cues.first(ProjectorCue)
        if pj is not None and pj.power is True and index == 0:
            assert sent_to_projector[0] == "PWR ON", where
            cw.wait_for(lambda: projector_panel.power_label.text() == power_words("ON"))
        if pj is not None and pj.source is not None:
            source = pj.source
            assert projector.source_code == projector_cfg.sources[source], where
            cw.wait_for(lambda s=source: projector_panel.source_combo.currentText() == s)
        if pj is not None and pj.blank is not None:
            blank = pj.blank
            assert projector.muted == blank, where
            cw.wait_for(lambda b=blank: projector_panel.blank_button.isChecked() == b)
        # The show bar follows the playhead.
        assert console.show_bar.live_text.startswith(f"{index + 1}. "), where

    assert failures == []
    assert console.engine.standby_index is None
    assert console.show_bar.standby_text == ""
    assert runsheet.locked  # GO put the console in show mode
    # Every item's actual start is in the event log the log panel shows.
    started = [
        entry
        for entry in console.log.recent(source="engine")
        if entry.kind == "item" and entry.message.endswith("started")
    ]
    assert len(started) == len(event.items)
    cw.wait_for(lambda: console.log_panel.model.rowCount() > len(event.items))
