"""The PJLink panel: the projector panel, fed from a PJLink projector or display.

A PJLink device has what the projector panel shows (power with warm-up/cool-down
progress, held requests, input, blank, lamp hours, an error in words) under the same
names: :class:`~devices.pjlink.driver.PJLinkState` has the Epson state's fields and
power names, :class:`~devices.pjlink.kind.PJLinkConfig` lists its inputs as
``sources``. So this panel is the projector panel with two adapters: each PJLink
snapshot is shown as the projector state it corresponds to (ERST errors read
"Error ERST: lamp: error"), and each button's command becomes the PJLink kind's
own typed command. No text of its own to translate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from devices.kind import DeviceCommand
from devices.pjlink import kind as pjlink_kind
from devices.pjlink.driver import PJLinkState
from devices.pjlink.kind import PJLinkConfig
from devices.projector import kind as projector_kind
from devices.projector.driver import ProjectorState
from devices.projector.escvp21 import PowerState
from ui.panels.projector import ProjectorPanel


def as_projector_state(state: PJLinkState) -> ProjectorState:
    """The projector-panel view of a PJLink snapshot (same power names, same fields)."""
    return ProjectorState(
        power=PowerState[state.power.name],
        source=state.source,
        blank=state.blank,
        lamp_hours=state.lamp_hours,
        error_code=state.error_code,
        error_text=state.error_text,
        pending=state.pending,
        progress=state.progress,
    )


class PJLinkPanel(ProjectorPanel):
    """Power, input, blank, lamp hours and errors of one PJLink projector or display."""

    def __init__(
        self, config: PJLinkConfig, monotonic: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        # the projector panel reads only ``id`` and ``sources``, which PJLinkConfig has
        projector_shaped: Any = config
        super().__init__(projector_shaped, monotonic, parent)
        self.pjlink_config = config

    def set_state(self, state: object) -> None:
        if isinstance(state, PJLinkState):
            state = as_projector_state(state)
        super().set_state(state)

    def request(self, command: DeviceCommand) -> None:
        """The projector panel's buttons, as the PJLink kind's own typed commands."""
        super().request(as_pjlink_command(command))


def as_pjlink_command(command: DeviceCommand) -> DeviceCommand:
    """The PJLink command for a projector panel's command (the same four actions)."""
    match command:
        case projector_kind.PowerOn():
            return pjlink_kind.PowerOn()
        case projector_kind.PowerOff():
            return pjlink_kind.PowerOff()
        case projector_kind.SetSource(name=name):
            return pjlink_kind.SetInput(name)
        case projector_kind.SetBlank(on=on):
            return pjlink_kind.SetAvMute(on)
    return command
