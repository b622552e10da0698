"""The show console in the main window: docks, keys, show mode, safety, panels, log, dialogs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from controlroom.cues import SwitcherCue
from controlroom.engine import CUE_FAILED, GO_IGNORED, ITEM_STARTED
from controlroom.model import ItemKind
from controlroom.runsheet import RunSheetLocked
from ui.panels.microphones import MicrophonesPanel
from ui.panels.projector import ProjectorPanel
from ui.panels.switcher import SwitcherPanel
from ui.runsheet_model import Column
from ui.shortcuts_dialog import ShortcutsDialog

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(90)]


def test_console_comes_up_in_rehearsal(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    assert set(console.panels) == {"switcher", "projector", "mics", "mics-audience", "stream"}
    assert console.show_bar.banner.text() == "REHEARSAL"
    assert cw.window.mode_label.text() == "REHEARSAL"
    assert console.engine is not None
    assert console.engine.standby_index == 0


def test_the_console_drives_the_presenter_it_was_given(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, presenter, window = cw.console, cw.features.presenter, cw.window
    # One tabbed bottom area: the event log beside the presenter timer's dock.
    assert presenter.dock in window.tabifiedDockWidgets(console.docks["log"])
    assert not presenter.timer.snapshot().loaded
    go_and_settle(cw, 0)
    runsheet = window.runsheet
    assert runsheet is not None
    view = presenter.timer.snapshot()
    assert view.loaded and view.title == runsheet.items[0].title


# -- helpers -------------------------------------------------------------------------------


def go_and_settle(cw: ConsoleWindow, index: int) -> None:
    """GO (Space on the table) and wait until item ``index`` is live and its cues settled."""
    console = cw.console
    console.lockout_s = 0.0
    with cw.qtbot.waitSignal(
        console.bridge.engine_event,
        check_params_cb=lambda e: e.kind == ITEM_STARTED and e.index == index,
        timeout=5000,
    ):
        cw.qtbot.keyClick(cw.window.table_view, Qt.Key.Key_Space)
    assert console.engine is not None
    run = console.engine.last_cue_run
    assert run is not None and run.wait(20.0)


def show_active(cw: ConsoleWindow) -> None:
    """Show the window and make it active, so that focus and shortcuts behave as for a user."""
    window = cw.window
    window.show()
    cw.qtbot.waitExposed(window)
    window.activateWindow()
    cw.qtbot.waitUntil(window.isActiveWindow)


def click_button(box: QWidget | None, text: str) -> None:
    assert isinstance(box, QMessageBox)
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


# -- keys ------------------------------------------------------------------------------------


def test_space_is_go_on_the_table_but_types_a_space_in_text_fields(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    engine = console.engine
    assert engine is not None and engine.standby_index == 0
    show_active(cw)
    # Edit mode: type a title with a space in the table's own editor.
    view = window.table_view
    index = window.model.index(3, Column.TITLE)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "Q")
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClicks(editor, "A")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.runsheet is not None
    qtbot.waitUntil(lambda: window.runsheet.items[3].title == "Q A")  # type: ignore[union-attr]
    assert engine.live_index is None  # no GO while typing
    # Any other text field of the window (the presenter's message field...) keeps Space too.
    field = next(
        w for w in window.findChildren(QLineEdit)
        if w.isVisible() and w.isEnabled() and not w.isReadOnly()
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    )
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    before = field.text()
    qtbot.keyClick(field, Qt.Key.Key_Space)
    assert field.text() == before + " "
    assert engine.live_index is None
    # On the table itself Space is GO.
    view.setFocus()
    go_and_settle(cw, 0)
    assert engine.live_index == 0 and engine.standby_index == 1


def test_up_down_move_standby_except_in_the_table(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_hall()
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    engine = console.engine
    assert engine is not None
    show_active(cw)
    view = window.table_view
    view.setCurrentIndex(window.model.index(0, Column.TITLE))
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    # In the table, Down is the table's own cursor movement.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    assert engine.standby_index == 0
    # Elsewhere (a panel button has the focus) Down and Up move standby.
    button = console.panels["switcher"].findChild(QPushButton, "switcherCut")
    assert button is not None
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    qtbot.keyClick(button, Qt.Key.Key_Down)
    qtbot.keyClick(button, Qt.Key.Key_Down)
    assert engine.standby_index == 2
    qtbot.keyClick(button, Qt.Key.Key_Up)
    assert engine.standby_index == 1
    # Alt+Down and Alt+Up are menu actions and work from anywhere.
    console.actions.standby_down.trigger()
    assert engine.standby_index == 2
    cw.wait_for(lambda: console.show_bar.standby_text.startswith("3. "))
    assert "Alt+Down" in [s.toString() for s in console.actions.standby_down.shortcuts()]
    # Jump: the selected row becomes standby.
    view.setCurrentIndex(window.model.index(5, Column.TITLE))
    console.actions.jump.trigger()
    assert engine.standby_index == 5
    cw.wait_for(lambda: console.show_bar.standby_text.startswith("6. "))


def test_a_bounced_go_is_ignored_within_the_lockout(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_hall()
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    console.lockout_s = 5.0
    ignored = []
    console.bridge.engine_event.connect(
        lambda e: ignored.append(e.reason) if e.kind == GO_IGNORED else None
    )
    qtbot.keyClick(window.table_view, Qt.Key.Key_Space)
    qtbot.keyClick(window.table_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(ignored) == 1)
    assert console.engine is not None and console.engine.live_index == 0
    assert "lockout" in ignored[0]


def test_f12_is_panic_and_mutes_every_microphone(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    mics = cw.simulator("mics")
    mics.press_mute(2)  # the receivers start with every channel open; close one
    panel = console.panels["mics"]
    assert isinstance(panel, MicrophonesPanel)
    cw.wait_for(lambda: panel.live_channels() == {1, 3, 4})
    assert [s.toString() for s in console.actions.panic.shortcuts()] == ["F12"]
    assert console.actions.panic.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut
    show_active(cw)
    qtbot.keyClick(window.table_view, Qt.Key.Key_F12)
    if console.last_panic is None:  # the offscreen platform may not activate the window
        console.actions.panic.trigger()
    assert console.last_panic is not None and console.last_panic.wait(10.0)
    cw.wait_for(lambda: panel.live_channels() == set())
    assert all(channel.muted for channel in mics.channels.values())
    assert any("PANIC" in e.message for e in console.log.recent(source="operator"))


# -- show mode and safety ----------------------------------------------------------------------


def test_show_mode_locks_and_edit_mode_unlocks_and_live_edits_are_flagged(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, window = cw.console, cw.window
    runsheet = window.runsheet
    assert runsheet is not None and not runsheet.locked
    go_and_settle(cw, 0)
    assert runsheet.locked and console.show_bar.mode_button.isChecked()
    assert not window.action_add_item.isEnabled()
    title_index = window.model.index(0, Column.TITLE)
    assert not window.model.flags(title_index) & Qt.ItemFlag.ItemIsEditable
    with pytest.raises(RunSheetLocked):
        runsheet.set_item_field(0, "title", "changed in show mode")
    # The inspector is read-only too.
    window.table_view.setCurrentIndex(window.model.index(1, Column.TITLE))
    assert not console.inspector.editor.groups["switcher"].program.isEnabled()
    console.show_bar.mode_button.click()  # back to edit mode
    assert not runsheet.locked and window.action_add_item.isEnabled()
    # Editing the live item is allowed in edit mode, but never silently.
    assert window.model.setData(title_index, "Ашылу (өзгертілген)")
    assert "live item 1" in window.last_status_error.lower()
    assert any("live item 1" in e.message for e in console.log.recent(min_severity="warning"))


def test_unmuting_an_unplanned_channel_asks_first(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    mics = cw.simulator("mics")
    panel = console.panels["mics"]
    assert isinstance(panel, MicrophonesPanel)
    go_and_settle(cw, 0)  # the opening plans channel 1 only
    cw.wait_for(lambda: panel.live_channels() == {1})
    panel.strips[3].mute_button.click()
    box = console.active_dialog
    assert isinstance(box, QMessageBox) and "channel 3" in box.text()
    click_button(box, "Cancel")
    assert not any(
        "AUDIO_MUTE OFF" in f.decode() and "SET 3" in f.decode() for f in mics.received_frames()
    )
    panel.strips[3].mute_button.click()
    click_button(console.active_dialog, "Open channel")
    cw.wait_for(lambda: panel.live_channels() == {1, 3})
    # A planned channel opens without a question; closing never asks.
    console.active_dialog = None
    panel.strips[3].mute_button.click()
    cw.wait_for(lambda: panel.live_channels() == {1})
    assert console.active_dialog is None
    # The setting turns the question off.
    console.actions.confirm_unmute.setChecked(False)
    panel.strips[4].mute_button.click()
    assert console.active_dialog is None
    cw.wait_for(lambda: panel.live_channels() == {1, 4})


def test_a_break_mutes_every_microphone(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, window = cw.console, cw.window
    runsheet = window.runsheet
    assert runsheet is not None
    break_index = next(i for i, it in enumerate(runsheet.items) if it.kind is ItemKind.BREAK)
    panel = console.panels["mics"]
    assert isinstance(panel, MicrophonesPanel)
    mics = cw.simulator("mics")
    mics.press_mute(4)
    cw.wait_for(lambda: panel.live_channels() == {1, 2, 3})
    assert console.engine is not None
    console.engine.jump(break_index)
    cw.wait_for(lambda: "break: every microphone is muted" in console.inspector.on_go_lines())
    assert any("live → muted" in line for line in console.inspector.on_go_lines())
    go_and_settle(cw, break_index)
    cw.wait_for(lambda: panel.live_channels() == set())


# -- failures ----------------------------------------------------------------------------------


def test_a_device_offline_at_go_marks_the_item_and_the_panel(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    rehearsal = console.rehearsal_panel
    assert rehearsal.isEnabled()
    rehearsal.buttons[("mics", "drop")].click()
    panel = console.panels["mics"]
    cw.wait_for(lambda: not panel.light.ok, timeout_ms=10_000)
    cw.wait_for(lambda: "last heard" in panel.light.reason_label.text())
    failed = []
    console.bridge.engine_event.connect(
        lambda e: failed.append(e) if e.kind == CUE_FAILED else None
    )
    go_and_settle(cw, 0)
    cw.wait_for(lambda: any(e.device == "mics" for e in failed))
    reasons = [e.reason for e in failed if e.device == "mics"]
    assert all("Offline" in r or "offline" in r for r in reasons), reasons
    assert console.failures.get(0)
    assert "mics" in console.show_bar.failure_label.text()
    # The switcher still cut: one device down does not stop the others.
    switcher_panel = console.panels["switcher"]
    assert isinstance(switcher_panel, SwitcherPanel)
    cw.wait_for(lambda: switcher_panel.tally()[0] == 3)
    rehearsal.buttons[("mics", "restore")].click()
    cw.wait_for(lambda: panel.light.ok, timeout_ms=15_000)


def test_a_refused_command_shows_the_devices_reason(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    console.rehearsal_panel.buttons[("projector", "lamp")].click()
    panel = console.panels["projector"]
    assert isinstance(panel, ProjectorPanel)
    cw.wait_for(lambda: panel.error_label.isVisible() or panel.error_label.text() != "",
                timeout_ms=10_000)
    failed = []
    console.bridge.engine_event.connect(
        lambda e: failed.append(e) if e.kind == CUE_FAILED else None
    )
    go_and_settle(cw, 0)  # the opening powers the projector on
    cw.wait_for(lambda: any(e.device == "projector" for e in failed))
    reason = next(e.reason for e in failed if e.device == "projector")
    assert "CommandRefused" in reason
    # The engine event is seen here on the emitting thread; the console's queued slots
    # update the labels and the log a moment later.
    cw.wait_for(lambda: "projector" in console.show_bar.failure_label.text())
    assert "Error" in panel.error_label.text()
    cw.wait_for(
        lambda: any(
            "power_on" in e.message
            for e in console.log.recent(source="projector", min_severity="error")
        )
    )
    errors = console.log.recent(source="projector", min_severity="error")
    # The log panel filters by device and severity.
    cw.wait_for(lambda: "projector" in console.log_panel.model.sources)
    console.log_panel.set_filter("projector", "error")
    model = console.log_panel.model
    assert model.rowCount() >= 1
    assert all(
        model.entry(r).source == "projector" and model.entry(r).severity == "error"
        for r in range(model.rowCount())
    )
    console.log_panel.set_filter(None, "debug")
    assert model.rowCount() > len(errors)


# -- readiness, report, inspector, shortcuts, modes ------------------------------------------


def test_readiness_check_go_then_no_go(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, qtbot = cw.console, cw.qtbot
    with qtbot.waitSignal(console.check_finished, timeout=20_000) as blocker:
        console.show_bar.check_button.click()
        assert not console.show_bar.check_button.isEnabled()  # the GUI did not wait
    report = blocker.args[0]
    assert report.go, report.text()
    assert "GO" in console.active_dialog.windowTitle()  # type: ignore[union-attr]
    console.rehearsal_panel.buttons[("projector", "lamp")].click()
    assert console.rehearsal_panel.last_fault is not None
    console.rehearsal_panel.last_fault.result(5.0)
    with qtbot.waitSignal(console.check_finished, timeout=20_000) as blocker:
        console.run_readiness_check()
    report = blocker.args[0]
    assert not report.go
    assert any("projector" in str(p) for p in report.problems)


def test_report_is_written_off_the_gui_thread(
    console_window: ConsoleWindow, tmp_path: Path
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    go_and_settle(cw, 0)
    path = tmp_path / "report.csv"
    with cw.qtbot.waitSignal(cw.console.report_written, timeout=20_000):
        cw.console.export_report(path)
    text = path.read_text(encoding="utf-8-sig")
    runsheet = cw.window.runsheet
    assert runsheet is not None
    assert runsheet.items[0].title in text


def test_inspector_edits_cues_and_lists_what_go_changes(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, window = cw.console, cw.window
    runsheet = window.runsheet
    assert runsheet is not None
    window.table_view.setCurrentIndex(window.model.index(2, Column.TITLE))
    editor = console.inspector.editor
    assert editor.row == 2
    position = editor.groups["switcher"].program.findData(6)
    editor.groups["switcher"].program.setCurrentIndex(position)
    editor.groups["switcher"].program.activated.emit(position)
    cues = runsheet.items[2].cues
    assert cues.first(SwitcherCue) is not None and cues.first(SwitcherCue).program == 6
    assert runsheet.can_undo
    runsheet.undo()
    assert runsheet.items[2].cues.first(SwitcherCue).program != 6  # type: ignore[union-attr]
    # "On GO" for the standby item (the first) against what the devices report.
    cw.wait_for(lambda: any("program" in line for line in console.inspector.on_go_lines()))
    assert console.inspector.on_go_title.text().startswith("On GO — item 1")


def test_shortcuts_dialog_lists_the_show_keys(console_window: ConsoleWindow) -> None:
    console_window.window.action_shortcuts.trigger()
    dialog = console_window.window.active_dialog
    assert isinstance(dialog, ShortcutsDialog)
    keys = {keys for keys, _text in dialog.rows()}
    assert {"Space", "F12", "Up / Down", "Alt+Up / Alt+Down"} <= keys
    assert any("Ctrl+J" in k for k in keys)
    dialog.close()


@pytest.mark.slow
def test_switching_to_live_and_back_reconnects_cleanly(console_window: ConsoleWindow) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    rehearsal_hall = console.hall
    box = console.request_mode_switch()
    assert box is not None and "LIVE" in box.text()
    with qtbot.waitSignal(console.hall_changed, check_params_cb=lambda h: h is not None,
                          timeout=20_000):
        click_button(box, "Switch to LIVE")
        assert console.show_bar.banner.text() == "SWITCHING…"
    assert console.hall is not None and not console.hall.rehearsal_mode
    assert console.show_bar.banner.text() == "LIVE" and window.mode_label.text() == "LIVE"
    assert not console.rehearsal_panel.isEnabled()
    assert rehearsal_hall is not None and rehearsal_hall._closed
    box = console.request_mode_switch()
    assert box is not None
    with qtbot.waitSignal(console.hall_changed, check_params_cb=lambda h: h is not None,
                          timeout=20_000):
        click_button(box, "Switch to rehearsal")
    assert console.hall is not None and console.hall.rehearsal_mode
    cw.wait_devices_ok()
    assert console.show_bar.banner.text() == "REHEARSAL"


def test_render_the_console(console_window: ConsoleWindow, tmp_path: Path) -> None:
    """The window with the console mid-show renders; CONTROLROOM_WRITE_DOCS_IMAGES=1 keeps it."""
    cw = console_window
    window = cw.window
    window.setWindowState(Qt.WindowState.WindowNoState)  # a first start opens maximised
    window.resize(1680, 1050)
    show_active(cw)
    cw.wait_devices_ok()
    go_and_settle(cw, 0)
    go_and_settle(cw, 1)
    cw.console.docks["log"].raise_()
    mics_panel = cw.console.panels["mics"]
    assert isinstance(mics_panel, MicrophonesPanel)
    cw.wait_for(lambda: mics_panel.live_channels() == {2})
    cw.wait_for(lambda: all(s.meter.level_db is not None for s in mics_panel.strips.values()))
    cw.qtbot.wait(300)
    image = window.grab().toImage()
    assert image.width() >= 1600 and not image.isNull()
    path = tmp_path / "console.png"
    assert image.save(str(path))
    if os.environ.get("CONTROLROOM_WRITE_DOCS_IMAGES") == "1":
        docs = Path(__file__).resolve().parents[2] / "docs" / "img" / "console.png"
        assert image.save(str(docs))


def test_opening_another_event_gives_it_a_fresh_engine(console_window: ConsoleWindow) -> None:
    from datetime import datetime

    from controlroom.cues import ItemCues, SwitcherCue
    from controlroom.model import Event, Item

    cw = console_window
    cw.wait_devices_ok()
    console, window, qtbot = cw.console, cw.window, cw.qtbot
    go_and_settle(cw, 0)
    first = window.runsheet
    assert first is not None and first.locked
    cw.wait_for(lambda: console.log_panel.model.rowCount() > 0)
    event_id = cw.database.create_event(
        Event(title="Briefing", scheduled_start=datetime(2026, 12, 1, 9, 0),
              items=[Item(title="Only", planned_duration=60,
                          cues=ItemCues((SwitcherCue(program=4),)))])
    )
    with qtbot.waitSignal(console.engine_changed, timeout=10_000):
        window.open_event(event_id)
    assert not first.locked  # the old run-sheet is not left locked
    engine = console.engine
    assert engine is not None and engine.runsheet is window.runsheet
    assert engine.standby_index == 0 and engine.live_index is None
    assert not console.show_mode
    assert console.log.event_id == event_id
    assert console.show_bar.standby_text == "1. Only"
    go_and_settle(cw, 0)
    panel = console.panels["switcher"]
    assert isinstance(panel, SwitcherPanel)
    cw.wait_for(lambda: panel.tally()[0] == 4)
