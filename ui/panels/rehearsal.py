"""The rehearsal panel: the simulators' fault injection, so a technician can practise failures.

Per device: drop and restore the link, go silent, send garbage, answer slowly, send
partial frames; and the faults of the device's kind (from :mod:`ui.device_ui`): the
projector's lamp failure, a microphone channel's dead battery.
The simulator calls run on a worker thread (dropping a link closes a pseudo-terminal),
never on the GUI thread. In LIVE mode the panel is disabled and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controlroom.eventlog import EventLog
from devices.hall_file import HallConfig
from ui.device_ui import device_ui
from ui.panels.common import tr

#: Seconds a "slow" simulator waits before answering.
SLOW_REPLY_S = 2.0


def _tr(text: str) -> str:
    return tr("RehearsalPanel", text)


class RehearsalPanel(QWidget):
    """Fault buttons per device of a hall; ``set_hall(hall)`` with a rehearsal Equipment or None."""

    def __init__(self, log: EventLog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rehearsalPanel")
        self._log = log
        self._hall: Any = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rehearsal-faults")
        self.last_fault: Future[Any] | None = None
        """The latest fault call (tests wait on it)."""
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self.note = QLabel(self)
        self.note.setProperty("role", "hint")
        self.note.setWordWrap(True)
        self._layout.addWidget(self.note)
        self._groups = QHBoxLayout()
        self._layout.addLayout(self._groups)
        self._layout.addStretch(1)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        self._built_for: HallConfig | None = None
        self.set_hall(None)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def set_hall(self, hall: Any) -> None:
        """Reach ``hall``'s simulators (a rehearsal Equipment); None or a live hall disables."""
        rehearsal = hall is not None and bool(getattr(hall, "rehearsal_mode", False))
        self._hall = hall if rehearsal else None
        if rehearsal and hall.config is not self._built_for:
            self._build(hall.config)
        self.setEnabled(rehearsal)
        if rehearsal:
            self.note.setText(_tr("Faults act on the simulators only. Restore clears them."))
        elif hall is None:
            self.note.setText(_tr("Waiting for the devices…"))
        else:
            self.note.setText(_tr("LIVE: fault injection is only available in rehearsal."))

    def _build(self, config: HallConfig) -> None:
        while self._groups.count():
            item = self._groups.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        self._built_for = config
        for device in config.devices:
            box = QGroupBox(device.id, self)
            grid = QGridLayout(box)
            toggles = [
                ("silent", _tr("Silent"), "set_silent"),
                ("garbage", _tr("Garbage"), "set_garbage"),
                ("slow", _tr("Slow replies"), "set_reply_delay"),
                ("partial", _tr("Partial frames"), "set_partial_frames"),
            ]
            drop = QPushButton(_tr("Drop link"), box)
            drop.clicked.connect(lambda _c=False, d=device.id: self.inject(d, "drop_link"))
            restore = QPushButton(_tr("Restore"), box)
            restore.clicked.connect(lambda _c=False, d=device.id: self.restore(d))
            grid.addWidget(drop, 0, 0)
            grid.addWidget(restore, 0, 1)
            self.buttons[(device.id, "drop")] = drop
            self.buttons[(device.id, "restore")] = restore
            for position, (key, text, method) in enumerate(toggles):
                button = QPushButton(text, box)
                button.setCheckable(True)
                button.setObjectName(f"fault_{device.id}_{key}")
                button.toggled.connect(
                    lambda on, d=device.id, m=method: self.inject(
                        d, m, (SLOW_REPLY_S if on else 0.0) if m == "set_reply_delay" else on
                    )
                )
                grid.addWidget(button, 1 + position // 2, position % 2)
                self.buttons[(device.id, key)] = button
            entry = device_ui(device)
            if entry is not None and entry.fault_controls is not None:
                extra = entry.fault_controls(device, box, grid, 3, self.inject)
                self.buttons.update({(device.id, key): button for key, button in extra.items()})
            self._groups.addWidget(box)

    def restore(self, device_id: str) -> None:
        """Clear every fault toggle of ``device_id`` and bring its link back."""
        for key in ("silent", "garbage", "slow", "partial"):
            button = self.buttons.get((device_id, key))
            if button is not None and button.isChecked():
                button.setChecked(False)
        self.inject(device_id, "restore_link")

    def inject(self, device_id: str, method: str, *args: Any) -> Future[Any] | None:
        """Call ``simulator.method(*args)`` on the worker thread."""
        hall = self._hall
        if hall is None:
            return None
        call: Callable[[], Any] = lambda: getattr(hall.simulator(device_id), method)(*args)  # noqa: E731
        self.last_fault = self._executor.submit(call)
        log = self._log
        if log is not None:
            shown = ", ".join(repr(a) for a in args)
            message = f"rehearsal fault: {device_id}.{method}({shown})"
            log.write("info", "operator", "action", message)
        return self.last_fault
