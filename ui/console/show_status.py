"""What the bridge delivers, on screen: device panels, cue failures, the show bar's items, timing.

:class:`ShowStatus` receives the :class:`ui.bridge.ConsoleBridge` signals on the GUI
thread: a device's status and state go to its panel (and once a device is connected,
its kind's GUI entry may ask it for something: a microphone device for level meters);
engine events update the failure marks, the show bar and the status bar; failed panel
commands are said in the status bar. A device whose kind has a show-bar indicator (OBS:
ON AIR / REC) gets it there on its first news, and its kind's alarms are the show bar's
red alarm line until they clear.
It also keeps the show bar's live/standby items and timing up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from controlroom.engine import CUE_FAILED, GO_IGNORED, ITEM_STARTED, EngineEvent
from controlroom.equipment import CueFailure
from devices.base import DeviceStatus, LinkState
from devices.registry import kind_of
from ui.core_text import tr_text
from ui.device_ui import device_ui

if TYPE_CHECKING:
    from ui.console.controller import Console

#: Cue failures remembered per item (the playhead marks an item that has any).
MAX_FAILURES_KEPT = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


class ShowStatus:
    """The news from the bridge of one console, shown; see the module docstring."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._alarms: dict[str, list[str]] = {}

    # -- news from the bridge ---------------------------------------------------------------

    def on_device_status(self, device_id: str, status: DeviceStatus) -> None:
        panel = self._console.panels.get(device_id)
        if panel is not None:
            panel.set_status(status)
        indicator = self._indicator(device_id)
        if indicator is not None:
            indicator.set_link_ok(status.state is LinkState.OK)
        self.device_connected(device_id, status)

    def device_connected(self, device_id: str, status: DeviceStatus) -> None:
        """Once a device is OK, its kind's GUI entry may ask it for something (mic meters)."""
        hall = self._console.holder.hall
        if hall is None or status.state is not LinkState.OK:
            return
        config = hall.device_config(device_id)
        entry = device_ui(config) if config is not None else None
        if entry is not None and entry.on_connected is not None:
            entry.on_connected(hall.drivers[device_id])

    def on_device_state(self, device_id: str, state: Any) -> None:
        panel = self._console.panels.get(device_id)
        if panel is not None:
            panel.set_state(state)
        indicator = self._indicator(device_id)
        if indicator is not None:
            indicator.set_state(state)
        self._show_alarms(device_id, state)
        self._console.inspector.schedule_refresh()

    def _indicator(self, device_id: str) -> Any:
        """The device's show-bar indicator (made on first news), or None if its kind has none."""
        show_bar = self._console.show_bar
        indicator = show_bar.indicators.get(device_id)
        config = self._console.hall_config
        if indicator is not None or config is None:
            return indicator
        device = next((cfg for cfg in config.devices if cfg.id == device_id), None)
        entry = device_ui(device) if device is not None else None
        if entry is None or entry.indicator is None:
            return None
        indicator = entry.indicator(show_bar)
        show_bar.add_indicator(device_id, indicator)
        return indicator

    def _show_alarms(self, device_id: str, state: Any) -> None:
        """The device's alarms (its kind's) in the show bar, at once, until they clear."""
        config = self._console.hall_config
        device = next((c for c in config.devices if c.id == device_id), None) if config else None
        if device is None or state is None:
            return
        self._alarms[device_id] = [tr_text(a) for a in kind_of(device).alarms(device, state)]
        lines = [
            _tr("{0}: {1}").format(device, ", ".join(alarms))
            for device, alarms in sorted(self._alarms.items())
            if alarms
        ]
        self._console.show_bar.set_alarms("⚠ " + "; ".join(lines) if lines else "")

    def on_engine_event(self, event: EngineEvent) -> None:
        console = self._console
        if event.kind == ITEM_STARTED and event.index is not None:
            console.failures.pop(event.index, None)
            console.show_bar.set_failure("")
        elif event.kind == CUE_FAILED:
            index = event.index if event.index is not None else -1
            failure = CueFailure(event.device or "?", "", event.reason)
            failures = console.failures.setdefault(index, [])
            failures.append(failure)
            # Index -1 (failures outside an item: PANIC, the mute after stop) is never
            # cleared by a GO: keep the latest only, or a long show grows it forever.
            del failures[:-MAX_FAILURES_KEPT]
            reason = tr_text(event.reason)
            if event.index is None:  # not an item's cue: the mute after stop
                text = _tr("{0}: {1}").format(event.device, reason)
            else:
                text = _tr("Item {0}: {1}: {2}").format(index + 1, event.device, reason)
            console.show_bar.set_failure("⚠ " + text)
            console.window.show_status_error(text)
        elif event.kind == GO_IGNORED:
            ignored = _tr("GO ignored: {0}").format(tr_text(event.reason))
            console.window.statusBar().showMessage(ignored, 4000)
        self.refresh_show()

    def on_command_failure(self, failure: CueFailure) -> None:
        text = _tr("{0}: {1} failed: {2}").format(failure.device, failure.command,
                                                  tr_text(failure.reason))
        self._console.window.show_status_error(text)

    # -- displays -----------------------------------------------------------------------------

    def refresh_show(self) -> None:
        """The show bar's live and standby items, GO's state, the timing, the playhead."""
        console = self._console
        engine, runsheet = console.engine, console.runsheet
        if engine is None or runsheet is None:
            console.show_bar.set_items("", _tr("no event open"))
            console.show_bar.set_timing(0.0, None, running=False)
            console.show_bar.go_button.setEnabled(False)
            console.inspector.set_on_go_source(None)
            return
        items = runsheet.items

        def describe(index: int | None) -> str:
            if index is None or not 0 <= index < len(items):
                return ""
            return f"{index + 1}. {items[index].title}"

        console.show_bar.set_items(describe(engine.live_index), describe(engine.standby_index))
        console.show_bar.go_button.setEnabled(
            engine.standby_index is not None and console.hall_usable
        )
        self.refresh_timing()
        console.window.table_view.repaint_cells()
        console.inspector.set_on_go_source(console.cue_editing.on_go_lines)

    def refresh_timing(self) -> None:
        """The show bar's offset and projected end (every second, and after each event)."""
        engine = self._console.engine
        if engine is None:
            return
        # Before the first GO (and after the show) there is no offset to speak of.
        self._console.show_bar.set_timing(
            engine.offset_s, engine.projected_end, running=engine.live_index is not None
        )
