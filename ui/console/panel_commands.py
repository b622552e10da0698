"""The panel-command path and the unmute safety.

A device panel asks for a command (``command_requested``, a typed
:class:`devices.kind.DeviceCommand` of its kind); :class:`PanelCommands`
logs it as the operator's and sends it through the hall (:meth:`PanelCommands.send`).
Opening a microphone the live item does not plan first asks the operator
(:meth:`PanelCommands.confirm_unmute`), unless the operator switched that question off
(Show ▸ Ask before opening a microphone…, remembered in the settings).
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox

from controlroom.eventlog import OPERATOR
from devices.kind import DeviceCommand
from devices.microphones.kind import SetMute
from ui.plain_text import make_plain
from ui.settings import app_settings

if TYPE_CHECKING:
    from ui.console.controller import Console

SETTINGS_CONFIRM_UNMUTE = "console/confirm_unplanned_unmute"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


def confirm_unplanned_unmute() -> bool:
    """Whether to ask before opening a microphone the live item does not plan (default yes)."""
    value = app_settings().value(SETTINGS_CONFIRM_UNMUTE, True)
    return value not in (False, "false", "0", 0)


def remember_confirm_unplanned_unmute(on: bool) -> None:
    """Remember the operator's choice for :func:`confirm_unplanned_unmute`."""
    app_settings().setValue(SETTINGS_CONFIRM_UNMUTE, bool(on))


class PanelCommands:
    """The device panels' commands of one console; see the module docstring."""

    def __init__(self, console: Console) -> None:
        self._console = console

    def send(self, device_id: str, command: DeviceCommand) -> Future[Any] | None:
        """A panel command: logged as the operator's, sent through the hall, followed."""
        console = self._console
        hall = console.holder.hall
        if hall is None:
            console.log.info(
                OPERATOR, "action", f"{device_id}: {command.label()} (not connected)"
            )
            console.window.show_status_error(_tr("{0}: the devices are not connected.")
                                             .format(device_id))
            return None
        return hall.operator_command(device_id, command, on_failure=console.bridge.on_failure)

    def on_panel_command(self, device_id: str, command: DeviceCommand) -> None:
        """A panel's ``command_requested``: ask first for an unplanned unmute, else send."""
        if (
            isinstance(command, SetMute)
            and not command.muted
            and self.unplanned(device_id, command.channel)
        ):
            if confirm_unplanned_unmute():
                self.confirm_unmute(device_id, command.channel)
                return
        self.send(device_id, command)

    def unplanned(self, device_id: str, channel: int) -> bool:
        """True if an item is live and it does not plan ``channel`` open (or is a break)."""
        engine = self._console.engine
        if engine is None or engine.live_index is None:
            return False
        return (device_id, channel) not in engine.planned_live_channels()

    def confirm_unmute(self, device_id: str, channel: int) -> QMessageBox:
        """Ask before opening ``channel``; opens it if the operator says so."""
        console = self._console
        name = ""
        cfg = console.hall_config.device(device_id) if console.hall_config is not None else None
        if cfg is not None:
            name = getattr(cfg, "channels", {}).get(channel, "")
        box = QMessageBox(console.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Open a microphone"))
        make_plain(box)  # the channel's name comes from the hall file
        box.setText(
            _tr("The live item does not plan channel {0} {1} to be open. Open it anyway?")
            .format(channel, name)
        )
        box.setCheckBox(QCheckBox(_tr("Do not ask again"), box))
        open_button = box.addButton(_tr("Open channel"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            if button is not open_button:
                return
            if box.checkBox().isChecked():
                console.actions.confirm_unmute.setChecked(False)
            self.send(device_id, SetMute(channel, False))

        box.buttonClicked.connect(answered)
        console.active_dialog = box
        box.open()
        return box
