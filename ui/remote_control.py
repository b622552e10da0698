"""The remote-control panel: turn the embedded server on and off, and see what it listens on.

Three parts for the integrator to wire in (``RemotePanel(ConsoleShowControl(console),
log=console.log)`` in a dock):

- :class:`GuiThreadRunner` is the ``run_on_show_thread`` the server gets: it runs a
  call on the GUI thread (a queued signal) and returns a future of its result, so the
  server never calls the show concurrently with the GUI.
- :class:`ConsoleShowControl` is the GUI's :class:`~controlroom.remote.control.ShowControl`:
  every command goes through the console's own methods (``go``, ``stop``,
  ``move_standby``), so a remote GO obeys the same lockout and show-mode rules as the
  Space key. PANIC goes straight to the hall from the server's thread (never queued
  behind the GUI), and the status bar is told afterwards.
- :class:`RemotePanel`: an on/off switch (off at every start: nothing listens until the
  operator turns it on), the address to listen on (this computer only, or a LAN
  address), the ports, the page addresses and tokens, and one "Cut off remote control"
  button that refuses every further remote command at once and stops the server.
  Tokens are made on first use and kept in QSettings; they never go to a log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from controlroom.engine import GO_IGNORED, EngineEvent, ShowEngine
from controlroom.eventlog import OPERATOR, EventLog
from controlroom.remote.control import (
    CommandRefused,
    RunOnShowThread,
    ShowControl,
    TimerCommands,
)
from controlroom.remote.security import generate_token, is_loopback
from controlroom.remote.state import snapshot_state
from ui.plain_text import make_plain

if TYPE_CHECKING:  # aiohttp (26 MiB) is imported only when the operator starts the server
    from controlroom.remote.server import RemoteConfig, RemoteServer

LOOPBACK = "127.0.0.1"
SETTINGS_PREFIX = "remote/"


class GuiThreadRunner(QObject):
    """``run_on_show_thread`` for the GUI: runs each call on this object's (GUI) thread."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, call: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._call.emit((call, future))
        return future

    def _run(self, job: tuple[Callable[[], Any], Future[Any]]) -> None:
        call, future = job
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(call())
        except BaseException as exc:  # handed to the server, which answers with it
            future.set_exception(exc)


class ConsoleLike(Protocol):
    """What :class:`ConsoleShowControl` uses of ``ui.console_install.Console``."""

    engine: ShowEngine | None
    show_mode: bool
    rehearsal: bool
    clock: Any
    log: EventLog
    holder: Any
    bridge: Any
    window: Any
    engine_changed: Any

    def go(self) -> bool: ...

    def stop(self) -> None: ...

    def move_standby(self, delta: int) -> None: ...


class ConsoleShowControl(QObject, TimerCommands):
    """:class:`ShowControl` over the GUI's console; create it on the GUI thread."""

    _panicked = Signal(str)

    def __init__(self, console: ConsoleLike, timer: Any = None) -> None:
        super().__init__()
        self.console = console
        self.timer = timer if timer is not None else getattr(console, "presenter_timer", None)
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], Any]] = []
        self._ignored = threading.local()
        self._engine: ShowEngine | None = None
        self.last_panic: Any = None
        self._follow_engine(console.engine)
        console.engine_changed.connect(self._follow_engine)
        if self.timer is not None:
            self.timer.add_listener(self._notify)
        console.holder.add_listener(self._on_device_event)
        self._panicked.connect(self._show_panic)

    def close(self) -> None:
        self._follow_engine(None)
        if self.timer is not None:
            self.timer.remove_listener(self._notify)
        self.console.holder.remove_listener(self._on_device_event)

    # -- change notification ---------------------------------------------------------

    def add_change_listener(self, callback: Callable[[], Any]) -> None:
        with self._lock:
            self._callbacks.append(callback)

    def remove_change_listener(self, callback: Callable[[], Any]) -> None:
        with self._lock:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

    def _notify(self) -> None:
        with self._lock:
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback()

    def _follow_engine(self, engine: ShowEngine | None) -> None:
        if self._engine is not None:
            self._engine.remove_listener(self._on_engine_event)
        self._engine = engine
        if engine is not None:
            engine.add_listener(self._on_engine_event)
        self._notify()

    def _on_engine_event(self, event: EngineEvent) -> None:
        if event.kind == GO_IGNORED:
            self._ignored.reason = event.reason
        self._notify()

    def _on_device_event(self, event: Any) -> None:
        if getattr(event, "kind", None) == "status":
            self._notify()

    # -- commands (GUI thread, but panic) --------------------------------------------

    def _need_engine(self) -> ShowEngine:
        engine = self.console.engine
        if engine is None:
            raise CommandRefused("no event open")
        return engine

    def go(self) -> str:
        engine = self._need_engine()
        standby = engine.standby_index
        self._ignored.reason = ""
        if not self.console.go():
            raise CommandRefused(f"GO ignored: {self._ignored.reason or 'refused'}")
        return f"item {(standby or 0) + 1} started"

    def stop(self) -> str:
        live = self._need_engine().live_index
        self.console.stop()
        return "nothing was live" if live is None else f"item {live + 1} stopped"

    def move_standby(self, delta: int) -> str:
        engine = self._need_engine()
        self.console.move_standby(delta)
        index = engine.standby_index
        return "standby: end of the run-sheet" if index is None else f"standby: item {index + 1}"

    def jump(self, index: int) -> str:
        engine = self._need_engine()
        try:
            engine.jump(index)
        except IndexError as exc:
            raise CommandRefused(str(exc)) from None
        return f"standby: item {index + 1}"

    def panic(self) -> str:
        """From the server's thread: mute every microphone now, tell the GUI afterwards."""
        hall = self.console.holder.hall
        self.console.log.warning(OPERATOR, "action", "PANIC (remote)")
        if hall is None:
            self._panicked.emit("")
            raise CommandRefused("PANIC: no devices connected")
        self.last_panic = hall.panic_mute_all(on_failure=self.console.bridge.on_failure)
        self._panicked.emit("muted")
        return "every microphone muted"

    def _show_panic(self, what: str) -> None:
        bar = self.console.window.statusBar()
        if what:
            bar.showMessage(self.tr("PANIC (remote): every microphone muted."), 8000)
        else:
            bar.showMessage(self.tr("PANIC (remote): no devices connected."), 8000)

    def snapshot(self) -> dict[str, Any]:
        hall = self.console.holder.hall
        statuses = hall.statuses() if hall is not None else {}
        return snapshot_state(self.console.engine, self.timer, statuses, self.console.rehearsal,
                              self.console.show_mode, self.console.clock.wall())


#: Makes the server: ``(control, run_on_show_thread, config, log)``; RemoteServer itself fits.
ServerFactory = Callable[..., "RemoteServer"]


def start_server_factory(*args: Any, **kwargs: Any) -> RemoteServer:
    """:class:`RemoteServer`, imported at the first start (it brings aiohttp)."""
    from controlroom.remote.server import RemoteServer

    return RemoteServer(*args, **kwargs)


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses other than loopback (read locally, nothing is sent)."""
    try:
        import psutil
    except ImportError:
        return []
    out = []
    for addresses in psutil.net_if_addrs().values():
        for address in addresses:
            if address.family.name == "AF_INET" and not is_loopback(address.address):
                out.append(address.address)
    return sorted(set(out))


class RemotePanel(QWidget):
    """The operator's switch for remote control; see the module docstring."""

    running_changed = Signal(bool)
    failed = Signal(str)
    _started = Signal(object)
    _stopped = Signal()

    def __init__(
        self,
        control: ShowControl,
        server_factory: ServerFactory = start_server_factory,
        log: EventLog | None = None,
        settings: QSettings | None = None,
        addresses: Sequence[str] | None = None,
        run_on_show_thread: RunOnShowThread | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remotePanel")
        self.control = control
        self.server_factory = server_factory
        self.log = log
        self.settings = settings if settings is not None else QSettings()
        self.runner = run_on_show_thread or GuiThreadRunner(self)
        self.server: RemoteServer | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="remote-panel")
        self._busy = False

        self.switch = QCheckBox(self.tr("Remote control server"))
        self.switch.setObjectName("remoteSwitch")
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.addItem(self.tr("This computer only ({0})").format(LOOPBACK), LOOPBACK)
        for address in (lan_addresses() if addresses is None else addresses):
            self.address.addItem(self.tr("LAN: {0}").format(address), address)
        saved = str(self.settings.value(SETTINGS_PREFIX + "address", LOOPBACK))
        found = self.address.findData(saved)
        self.address.setCurrentIndex(max(found, 0))
        self.http_port = self._port_box("http_port", 8765)
        self.osc_port = self._port_box("osc_port", 9010)
        self.control_token = QLineEdit()
        self.control_token.setReadOnly(True)
        self.view_token = QLineEdit()
        self.view_token.setReadOnly(True)
        self.new_tokens = QPushButton(self.tr("New tokens"))
        self.listening = QLabel(self.tr("Off: nothing listens."))
        self.listening.setObjectName("remoteListening")
        make_plain(self.listening)  # addresses and error messages
        self.listening.setWordWrap(True)
        self.listening.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cut_off_button = QPushButton(self.tr("Cut off remote control"))
        self.cut_off_button.setObjectName("remoteCutOff")
        self.cut_off_button.setStyleSheet(
            "QPushButton { background: #b00020; color: white; font-weight: bold; padding: 6px; }"
            "QPushButton:disabled { background: #5a5a5a; }")
        self.cut_off_button.setEnabled(False)
        self.moderator_text = QLineEdit()
        self.moderator_text.setPlaceholderText(self.tr("Message to the moderator's view"))
        self.moderator_send = QPushButton(self.tr("Send"))

        form = QFormLayout()
        form.addRow(self.switch)
        form.addRow(self.tr("Listen on"), self.address)
        ports = QHBoxLayout()
        ports.addWidget(QLabel(self.tr("HTTP")))
        ports.addWidget(self.http_port)
        ports.addWidget(QLabel(self.tr("OSC")))
        ports.addWidget(self.osc_port)
        form.addRow(self.tr("Ports"), ports)
        form.addRow(self.tr("Control token"), self.control_token)
        form.addRow(self.tr("View token"), self.view_token)
        form.addRow(self.new_tokens)
        moderator = QHBoxLayout()
        moderator.addWidget(self.moderator_text)
        moderator.addWidget(self.moderator_send)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.listening)
        layout.addLayout(moderator)
        layout.addWidget(self.cut_off_button)
        layout.addStretch(1)

        self._ensure_tokens(renew=False)
        self.switch.toggled.connect(self._on_switch)
        self.cut_off_button.clicked.connect(self.cut_off)
        self.new_tokens.clicked.connect(lambda: self._ensure_tokens(renew=True))
        self.moderator_send.clicked.connect(self._send_moderator)
        self._started.connect(self._on_started)
        self._stopped.connect(self._on_stopped)

    def _port_box(self, key: str, default: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 65535)
        box.setSpecialValueText(self.tr("any"))
        box.setValue(int(str(self.settings.value(SETTINGS_PREFIX + key, default))))
        return box

    def _ensure_tokens(self, renew: bool) -> None:
        for key, edit in (("control_token", self.control_token), ("view_token", self.view_token)):
            token = str(self.settings.value(SETTINGS_PREFIX + key, "") or "")
            if renew or len(token) < 16:
                token = generate_token()
                self.settings.setValue(SETTINGS_PREFIX + key, token)
            edit.setText(token)

    # -- on / off ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def config(self) -> RemoteConfig:
        """The server's settings from the panel (tokens only off loopback)."""
        from controlroom.remote.server import RemoteConfig

        host = self.address.currentData() or self.address.currentText().strip() or LOOPBACK
        local = is_loopback(str(host))
        return RemoteConfig(
            host=str(host),
            http_port=self.http_port.value(),
            osc_port=self.osc_port.value(),
            control_token=None if local else self.control_token.text(),
            view_token=None if local else self.view_token.text(),
        )

    def _on_switch(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        """Start listening (off the GUI thread); ``running_changed`` says when it is up."""
        if self.server is not None or self._busy:
            return
        try:
            config = self.config()
            server = self.server_factory(self.control, self.runner, config, self.log)
        except ValueError as exc:
            self._fail(str(exc))
            return
        for key, value in (("address", config.host), ("http_port", config.http_port),
                           ("osc_port", config.osc_port)):
            self.settings.setValue(SETTINGS_PREFIX + key, value)
        self._busy = True
        self._set_editable(False)
        self.listening.setText(self.tr("Starting…"))

        def start() -> None:
            try:
                server.start()
            except OSError as exc:
                self._started.emit(str(exc))
                return
            self._started.emit(server)

        self._worker.submit(start)

    def _on_started(self, result: Any) -> None:
        self._busy = False
        if isinstance(result, str):
            self._fail(result)
            return
        self.server = result
        self.cut_off_button.setEnabled(True)
        self._show_listening()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Stop listening (off the GUI thread: the server may be waiting on this thread)."""
        server, self.server = self.server, None
        self.cut_off_button.setEnabled(False)
        if server is None:
            self._on_stopped()
            return
        self.listening.setText(self.tr("Stopping…"))

        def stop() -> None:
            server.stop()
            self._stopped.emit()

        self._worker.submit(stop)

    def cut_off(self) -> None:
        """The one click: refuse every remote command now, then stop the server."""
        server = self.server
        if server is not None:
            server.cut_off()
        if self.log is not None:
            self.log.warning(OPERATOR, "action", "remote control cut off")
        self.switch.setChecked(False)  # stops the server
        if server is not None and self.server is server:
            self.stop()

    def _on_stopped(self) -> None:
        self._set_editable(True)
        self.switch.blockSignals(True)
        self.switch.setChecked(False)
        self.switch.blockSignals(False)
        self.listening.setText(self.tr("Off: nothing listens."))
        self.running_changed.emit(False)

    def _fail(self, reason: str) -> None:
        self._busy = False
        self.server = None
        self._on_stopped()
        self.listening.setText(self.tr("Could not start: {0}").format(reason))
        self.failed.emit(reason)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.address, self.http_port, self.osc_port, self.new_tokens):
            widget.setEnabled(editable)

    def _show_listening(self) -> None:
        server = self.server
        if server is None:
            return
        urls = server.urls()
        token = server.config.view_token
        suffix = f"?token={token}" if token else ""
        lines = [self.tr("Listening on {0}").format(server.config.host)]
        names = {"presenter": self.tr("Presenter timer"), "moderator": self.tr("Moderator"),
                 "status": self.tr("Status")}
        for page, name in names.items():
            lines.append(f"{name}: {urls[page]}{suffix}")
        lines.append(self.tr("API: {0}").format(urls["api"]))
        if server.osc_port is not None:
            lines.append(self.tr("OSC: UDP port {0}").format(server.osc_port))
        if server.config.control_token:
            lines.append(self.tr("Commands need the control token."))
        else:
            lines.append(self.tr("Only this computer can connect; no token needed."))
        self.listening.setText("\n".join(lines))

    def _send_moderator(self) -> None:
        if self.server is not None:
            self.server.set_moderator_message(self.moderator_text.text())

    def shutdown(self) -> None:
        """Stop the server and the worker (the application is quitting)."""
        server, self.server = self.server, None
        if server is not None:
            self._worker.submit(server.stop)
        self._worker.shutdown(wait=True)
