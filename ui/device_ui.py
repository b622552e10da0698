"""The GUI's side of the device kinds: per kind name, its panel, cue editor and fault controls.

:data:`DEVICE_UIS` maps a kind's name (``devices.registry``) to a :class:`DeviceUi`:
the dock title, the device panel class, the inspector's cue editor group (a
:class:`ui.panels.common.CueGroup`), the rehearsal panel's extra fault controls, and
what to ask a device once it is connected (the microphones' level meters).
The console, the inspector and the rehearsal panel look a device's kind up here
instead of switching on config classes; a kind without an entry gets no panel.
Each kind's widgets live in its panel module under ``ui/panels/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from devices.kind import DeviceConfig
from ui.panels import microphones, pjlink, projector, streaming, switcher
from ui.panels.common import CueGroup, DevicePanel

#: ``(config, box, grid, first free row, inject)`` -> the fault buttons by key.
FaultControls = Callable[
    [Any, QWidget, QGridLayout, int, Callable[..., object]], dict[str, QPushButton]
]


@dataclass(frozen=True)
class DeviceUi:
    """How the GUI shows devices of one kind."""

    title: Callable[[], str]
    """The dock's title, translated (``Switcher``)."""
    panel: Callable[[Any, Callable[[], float]], DevicePanel]
    """``panel(config, monotonic)``: the device's panel."""
    cue_group: Callable[[Any, QWidget], CueGroup] | None = None
    """``cue_group(config, parent)``: the device's cue editor in the inspector."""
    fault_controls: FaultControls | None = None
    """The rehearsal panel's faults beyond the ones every simulator has."""
    on_connected: Callable[[Any], object] | None = None
    """``on_connected(driver)`` each time the device is OK (microphones: ask for meters)."""
    bottom: bool = False
    """Dock the panel with the bottom tabs rather than in the device column (a device whose
    live essentials are already in the show bar, like OBS's ON AIR / REC)."""
    indicator: Callable[[QWidget], Any] | None = None
    """``indicator(parent)``: a small widget for the show bar (OBS: ON AIR / REC), fed with
    ``set_state(state)`` and ``set_link_ok(bool)``."""


DEVICE_UIS: dict[str, DeviceUi] = {
    "switcher": DeviceUi(
        lambda: QCoreApplication.translate("Console", "Switcher"),
        switcher.SwitcherPanel,
        switcher.SwitcherCueGroup,
    ),
    "microphones": DeviceUi(
        lambda: QCoreApplication.translate("Console", "Microphones"),
        microphones.MicrophonesPanel,
        microphones.MicrophoneCueGroup,
        microphones.add_fault_controls,
        microphones.start_meters,
    ),
    "projector": DeviceUi(
        lambda: QCoreApplication.translate("Console", "Projector"),
        projector.ProjectorPanel,
        projector.ProjectorCueGroup,
        projector.add_fault_controls,
    ),
    "pjlink": DeviceUi(
        lambda: QCoreApplication.translate("Console", "Projector (PJLink)"),
        pjlink.PJLinkPanel,
    ),
    "streaming": DeviceUi(
        lambda: QCoreApplication.translate("Console", "Streaming (OBS)"),
        streaming.StreamingPanel,
        bottom=True,
        indicator=streaming.OnAirIndicator,
    ),
}


def device_ui(config: DeviceConfig) -> DeviceUi | None:
    """The GUI entry of ``config``'s kind, or None (no panel for that kind)."""
    return DEVICE_UIS.get(config.kind)
