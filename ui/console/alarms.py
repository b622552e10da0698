"""The console's alarms: an :class:`controlroom.alarms.AlarmBoard` fed and shown.

:class:`ConsoleAlarms` owns the console's board and feeds it what the bridge
delivers: a failed cue is a one-off alarm ("Item 2: offline: no answer for 4 s");
a device going offline, failed or badly configured raises the alarm
``status:<device>``, cleared when the device is OK again; a kind's alarms in a
device's state (:meth:`devices.kind.DeviceKind.alarms`: OBS's stream dropped...)
raise ``kind:<device>:<alarm>``, cleared when the state no longer has it. Other
producers use :attr:`ConsoleAlarms.board` directly, from any thread.
Alarms stay in the show bar's :class:`ui.alarm_strip.AlarmStrip` until the
operator acknowledges them (its button, Ctrl+Shift+A, or the alarm list); the
next GO does not remove them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from controlroom.alarms import AlarmBoard
from controlroom.engine import CUE_FAILED, EngineEvent
from controlroom.equipment import offline_reason
from devices.base import DeviceStatus, LinkState
from devices.registry import kind_of
from ui.alarm_strip import AlarmList
from ui.core_text import tr_text

if TYPE_CHECKING:
    from ui.console.controller import Console

#: Link states that raise a device's alarm (CONNECTING does not: a device starting up).
ALARM_STATES = (LinkState.OFFLINE, LinkState.FAILED, LinkState.BAD_CONFIG)

ACKNOWLEDGE_KEY = "Ctrl+Shift+A"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alarms", text)


def status_key(device_id: str) -> str:
    return f"status:{device_id}"


class ConsoleAlarms(QObject):
    """The board, its feeds and its displays; see the module docstring."""

    changed = Signal()
    """The board changed (re-delivered on the GUI thread)."""

    def __init__(self, console: Console) -> None:
        super().__init__(console)
        self._console = console
        self.board = AlarmBoard(console.clock.wall)
        self.strip = console.show_bar.alarm_strip
        self.list: AlarmList | None = None
        self._kind_keys: dict[str, set[str]] = {}
        self.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.board.add_listener(lambda _board: self.changed.emit())
        self.strip.acknowledge_requested.connect(self.acknowledge_all)
        self.strip.list_requested.connect(self.show_list)
        self.acknowledge_action = QAction(_tr("Acknowledge alarms"), console.window)
        self.acknowledge_action.setObjectName("acknowledgeAlarms")
        self.acknowledge_action.setShortcut(QKeySequence(ACKNOWLEDGE_KEY))
        self.acknowledge_action.triggered.connect(lambda _checked=False: self.acknowledge_all())
        console.window.addAction(self.acknowledge_action)
        menu = console.window.menus.get("show")
        if menu is not None:
            menu.addAction(self.acknowledge_action)

    # -- feeds (GUI thread) ------------------------------------------------------------------

    def on_device_status(self, device_id: str, status: DeviceStatus) -> None:
        if status.state in ALARM_STATES:
            reason = offline_reason(status)
            self.board.raise_(status_key(device_id), device_id, reason or status.state.value)
        elif status.state is LinkState.OK:
            self.board.clear(status_key(device_id))

    def on_device_state(self, device_id: str, state: Any) -> None:
        """A kind's alarms in ``state`` (OBS: stream dropped...) raised, and cleared when gone."""
        config = self._console.hall_config
        device = next((c for c in config.devices if c.id == device_id), None) if config else None
        if device is None or state is None:
            return
        alarms = kind_of(device).alarms(device, state)
        now = {f"kind:{device_id}:{alarm}": alarm for alarm in alarms}
        for key, alarm in now.items():
            self.board.raise_(key, device_id, alarm)
        gone = self._kind_keys.get(device_id, set()) - set(now)
        for key in gone:
            self.board.clear(key)
        self._kind_keys[device_id] = set(now)

    def on_engine_event(self, event: EngineEvent) -> None:
        if event.kind != CUE_FAILED:
            return
        device = event.device or "?"
        if event.index is None:  # not an item's cue: the mute after a stop
            self.board.event(device, event.reason, key=f"cue:{device}")
            return
        text = _tr("Item {0}: {1}").format(event.index + 1, tr_text(event.reason))
        self.board.event(device, text, key=f"cue:{event.index}:{device}")

    # -- the operator ------------------------------------------------------------------------

    def acknowledge_all(self) -> None:
        self.board.acknowledge()

    def acknowledge(self, alarm_id: object) -> None:
        self.board.acknowledge(alarm_id if isinstance(alarm_id, int) else None)

    def show_list(self) -> AlarmList:
        if self.list is None:
            self.list = AlarmList(self._console.window)
            self.list.acknowledge_requested.connect(self.acknowledge)
        self.list.set_alarms(self.board.unacknowledged())
        self.list.show()
        self.list.raise_()
        return self.list

    def refresh(self) -> None:
        alarms = self.board.unacknowledged()
        self.strip.set_alarms(alarms)
        if self.list is not None:
            self.list.set_alarms(alarms)
