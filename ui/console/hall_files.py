"""The console's hall file: read at start, another one opened, and what to show when it is wrong.

:class:`HallFiles` reads the hall file the app was started with (or the default
one), and later a file the operator opens (**Open another hall file…**, **Use the
rehearsal hall**) off the GUI thread. A good file becomes the console's
``hall_config``: the device panels are rebuilt and its hall is started. A bad one
leaves everything off and says where it is wrong (:mod:`ui.console.hall_error`):
the panel above the run-sheet, NO HALL FILE in the show bar, GO and the show
actions disabled.
"""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QBoxLayout, QFileDialog

from controlroom.eventlog import OPERATOR
from devices.base import ConfigError
from devices.hall_file import HallConfig, default_hall_path, load_hall
from devices.text import Text, mode_words, text_of
from ui.background import run_in_background
from ui.console.docks import build_device_panels
from ui.console.hall_error import HallError, HallErrorPanel, describe_hall_error
from ui.core_text import tr_error
from ui.panels.common import restyle

if TYPE_CHECKING:
    from ui.console.controller import Console

__all__ = ["HallFiles"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Console", text)


def _read_text(path: Path) -> str | None:
    """The hall file's text to find a key's line in (None if it cannot be read)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


class HallFiles:
    """The hall file of one console; see the module docstring."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self.failed_reason = ""
        """Why the hall file could not be used (empty when it could)."""
        self.error: HallError | None = None
        """Where the hall file is wrong (None when it could be used)."""
        self.panel: HallErrorPanel | None = None
        """The error panel above the run-sheet (made the first time a file is wrong)."""

    def load_initial(self) -> HallConfig | None:
        """The hall file given at start (or the default one), or None if it cannot be used."""
        console = self._console
        path = console.context.hall_path or default_hall_path()
        try:
            return load_hall(Path(path))
        except (ConfigError, OSError) as error:
            self._failed(Path(path), error)
            message = self.failed_reason
            QTimer.singleShot(0, lambda: console.window.show_status_error(message))
            return None

    def _failed(self, path: Path, error: BaseException) -> None:
        self._console.log.error("engine", "status", Text(
            "hall file {path}: {error}", path=str(path), error=text_of(error)
        ))
        self.failed_reason = _tr("The hall file cannot be used: {0}").format(tr_error(error))
        self.error = describe_hall_error(path, str(error), _read_text(path))

    def show_error(self) -> None:
        """The error above the run-sheet; the show bar says NO HALL; the show actions off."""
        error = self.error
        if error is None:
            return
        console = self._console
        panel = self.panel
        if panel is None:
            panel = HallErrorPanel(console.window)
            panel.open_other_requested.connect(self.choose_hall_file)
            panel.rehearsal_hall_requested.connect(self.use_rehearsal_hall)
            central = console.window.centralWidget()
            layout = central.layout() if central is not None else None
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(1, panel)  # under the event's title, above the table
            self.panel = panel
        panel.show_error(error)
        panel.setVisible(True)
        banner = console.show_bar.banner
        banner.setText(_tr("NO HALL FILE"))
        banner.setToolTip(self.failed_reason)
        restyle(banner, "mode", "live")
        self.enable_show(False)

    def enable_show(self, enabled: bool) -> None:
        """GO and the show actions work only with a hall (a failed hall file turns them off)."""
        console = self._console
        actions = console.actions
        for action in (
            actions.go, actions.standby_up, actions.standby_down, actions.jump, actions.stop,
            actions.show_mode, actions.switch_mode, actions.check,
        ):
            action.setEnabled(enabled)
        bar = console.show_bar
        for button in (bar.mode_button, bar.switch_button, bar.check_button):
            button.setEnabled(enabled)
        bar.switch_button.setVisible(enabled)  # "Switch to LIVE…" means nothing without a hall
        console.status.refresh_show()

    def choose_hall_file(self) -> None:
        """"Open another hall file…": the file chosen is read off the GUI thread."""
        console = self._console
        hall_path = console.context.hall_path
        start = str(hall_path.parent) if hall_path else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            console.window, _tr("Open a hall file"), start, _tr("Hall files (*.toml)")
        )
        if chosen:
            self.use_hall_file(Path(chosen), console.rehearsal)

    def use_rehearsal_hall(self) -> Future[HallConfig]:
        """"Use the rehearsal hall": the default hall file, on simulators."""
        return self.use_hall_file(default_hall_path(), rehearsal=True)

    def use_hall_file(self, path: Path, rehearsal: bool) -> Future[HallConfig]:
        """Read ``path`` off the GUI thread; if it is good, build its hall, else say why."""
        console = self._console
        words = mode_words("rehearsal" if rehearsal else "live")
        console.log.warning(
            OPERATOR, "action", Text("hall file {path} ({mode})", path=str(path), mode=words)
        )

        def done(future: Future[HallConfig]) -> None:
            if console.closed:
                return
            error = future.exception()
            if error is None:
                self._adopt(future.result(), path, rehearsal)
                return
            self._failed(path, error)
            self.show_error()

        return run_in_background(
            lambda: load_hall(path), done, guard=console, name="console-hall-file"
        )

    def _adopt(self, config: HallConfig, path: Path, rehearsal: bool) -> None:
        console = self._console
        console.hall_config = config
        self.error = None
        self.failed_reason = ""
        if self.panel is not None:
            self.panel.setVisible(False)
        build_device_panels(console)
        console.cue_editing.set_hall(config)
        self.enable_show(True)
        console.window.statusBar().showMessage(_tr("Hall file {0} opened.").format(path), 8000)
        console.start_hall(rehearsal)
