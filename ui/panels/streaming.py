"""The streaming panel: OBS's ON AIR / REC state, program scene, stream and record controls.

:class:`OnAirIndicator` is a small widget of its own (ON AIR and REC lamps) so the show
bar and the presenter screen can carry it too: it is fed a
:class:`~devices.streaming.driver.StreamingState` and whether the link is up. A stream
that is reconnecting is *not* on air: the lamp turns amber and says so. With the
link down the lamps are grey and say "unknown" rather than showing a stale state.

:class:`StreamingPanel` shows the scene, the stream statistics (duration, data sent,
congestion, skipped frames), the recording, and the alarms the state carries. Its
buttons emit typed commands (:mod:`devices.streaming.kind`) on
the standard :attr:`DevicePanel.command_requested` ``(device id, DeviceCommand)``; the
console sends them through the hall, off the GUI thread's time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from devices.base import DeviceStatus, LinkState
from devices.kind import DeviceCommand
from devices.streaming.driver import StreamingAlarm, StreamingState
from devices.streaming.kind import (
    SetScene,
    StartRecord,
    StartStream,
    StopRecord,
    StopStream,
    StreamingConfig,
)
from ui.panels.common import PROGRAM_RED, DevicePanel, restyle, tr


def _tr(text: str) -> str:
    return tr("StreamingPanel", text)


INDICATOR_STYLE = f"""
QLabel[lamp="live"] {{ background: {PROGRAM_RED}; color: white; font-weight: 800;
    border-radius: 4px; padding: 2px 8px; }}
QLabel[lamp="warn"] {{ background: #f0b429; color: #1b1f24; font-weight: 800;
    border-radius: 4px; padding: 2px 8px; }}
QLabel[lamp="off"] {{ background: #2b3139; color: #7d8791; font-weight: 700;
    border-radius: 4px; padding: 2px 8px; }}
QLabel[lamp="unknown"] {{ background: #2b3139; color: #f0b429; font-weight: 700;
    border-radius: 4px; padding: 2px 8px; }}
"""


def alarm_words(alarm: StreamingAlarm) -> str:
    words = {
        StreamingAlarm.STREAM_DROPPED: _tr("The stream stopped by itself"),
        StreamingAlarm.STREAM_RECONNECTING: _tr("The stream is reconnecting (not on air)"),
        StreamingAlarm.CONGESTION: _tr("The stream is congested"),
        StreamingAlarm.FRAMES_SKIPPED: _tr("The encoder is skipping frames"),
        StreamingAlarm.RECORDING_STOPPED: _tr("The recording stopped by itself"),
    }
    return words.get(alarm, alarm.value)


def data_words(count: int) -> str:
    if count >= 1024**3:
        return _tr("{0:.2f} GB").format(count / 1024**3)
    if count >= 1024**2:
        return _tr("{0:.1f} MB").format(count / 1024**2)
    return _tr("{0} kB").format(count // 1024)


def duration_words(ms: int) -> str:
    seconds = max(0, ms // 1000)
    return f"{seconds // 3600:d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class OnAirIndicator(QWidget):
    """Two lamps, ON AIR and REC, for one OBS (panel, show bar, presenter screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(INDICATOR_STYLE)
        self.on_air_label = QLabel(_tr("ON AIR"), self)
        self.on_air_label.setObjectName("streamingOnAir")
        self.rec_label = QLabel(_tr("REC"), self)
        self.rec_label.setObjectName("streamingRec")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.on_air_label)
        layout.addWidget(self.rec_label)
        self._state: StreamingState | None = None
        self._link_ok = False
        self._paint()

    @property
    def on_air_lamp(self) -> str:
        """``live``, ``warn``, ``off`` or ``unknown`` (what the ON AIR lamp shows)."""
        return str(self.on_air_label.property("lamp"))

    @property
    def rec_lamp(self) -> str:
        return str(self.rec_label.property("lamp"))

    def set_state(self, state: StreamingState | None) -> None:
        self._state = state
        self._paint()

    def set_link_ok(self, ok: bool) -> None:
        self._link_ok = ok
        self._paint()

    def _paint(self) -> None:
        state = self._state
        if state is None or not self._link_ok:
            restyle(self.on_air_label, "lamp", "unknown")
            restyle(self.rec_label, "lamp", "unknown")
            self.on_air_label.setText(_tr("ON AIR ?"))
            self.rec_label.setText(_tr("REC ?"))
            tip = _tr("OBS is not connected: stream and recording unknown")
            self.on_air_label.setToolTip(tip)
            self.rec_label.setToolTip(tip)
            return
        if state.on_air:
            restyle(self.on_air_label, "lamp", "live")
            self.on_air_label.setText(_tr("ON AIR"))
            self.on_air_label.setToolTip(_tr("Streaming"))
        elif state.streaming:
            restyle(self.on_air_label, "lamp", "warn")
            self.on_air_label.setText(
                _tr("RECONNECTING") if state.reconnecting else _tr("STARTING")
            )
            self.on_air_label.setToolTip(_tr("The stream is not reaching the server"))
        else:
            restyle(self.on_air_label, "lamp", "off")
            self.on_air_label.setText(_tr("OFF AIR"))
            self.on_air_label.setToolTip(_tr("Not streaming"))
        restyle(self.rec_label, "lamp", "live" if state.recording else "off")
        self.rec_label.setText(_tr("REC") if state.recording else _tr("NOT REC"))
        self.rec_label.setToolTip(
            _tr("Recording to {0}").format(state.record_path or state.record_directory or "?")
            if state.recording
            else _tr("Not recording")
        )


class StreamingPanel(DevicePanel):
    """One OBS: lamps, program scene, stream and record controls, statistics and alarms."""

    def __init__(
        self, config: StreamingConfig, monotonic: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(config.id, _tr("Streaming (OBS)"), monotonic, parent)
        self.config = config
        self.indicator = OnAirIndicator(self)
        self.body.addWidget(self.indicator)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(_tr("Scene"), self), 0, 0)
        self.scene_combo = QComboBox(self)
        self.scene_combo.setObjectName("streamingScene")
        self.scene_combo.setToolTip(_tr("Put this scene on program in OBS"))
        for name in config.scenes:
            self.scene_combo.addItem(name, name)
        self.scene_combo.setCurrentIndex(-1)
        self.scene_combo.activated.connect(self._scene_chosen)
        grid.addWidget(self.scene_combo, 0, 1, 1, 2)

        grid.addWidget(QLabel(_tr("Stream"), self), 1, 0)
        self.stream_label = QLabel("—", self)
        self.stream_label.setObjectName("streamingStreamStats")
        grid.addWidget(self.stream_label, 1, 1)
        stream_buttons = QHBoxLayout()
        self.start_stream_button = QPushButton(_tr("Start"), self)
        self.start_stream_button.setObjectName("streamingStartStream")
        self.start_stream_button.setToolTip(_tr("Start streaming"))
        self.start_stream_button.clicked.connect(lambda: self._want(StartStream()))
        self.stop_stream_button = QPushButton(_tr("Stop"), self)
        self.stop_stream_button.setObjectName("streamingStopStream")
        self.stop_stream_button.setToolTip(_tr("Stop streaming"))
        self.stop_stream_button.clicked.connect(lambda: self._want(StopStream()))
        stream_buttons.addWidget(self.start_stream_button)
        stream_buttons.addWidget(self.stop_stream_button)
        grid.addLayout(stream_buttons, 1, 2)

        grid.addWidget(QLabel(_tr("Recording"), self), 2, 0)
        self.record_label = QLabel("—", self)
        self.record_label.setObjectName("streamingRecordStats")
        grid.addWidget(self.record_label, 2, 1)
        record_buttons = QHBoxLayout()
        self.start_record_button = QPushButton(_tr("Start"), self)
        self.start_record_button.setObjectName("streamingStartRecord")
        self.start_record_button.setToolTip(_tr("Start recording"))
        self.start_record_button.clicked.connect(lambda: self._want(StartRecord()))
        self.stop_record_button = QPushButton(_tr("Stop"), self)
        self.stop_record_button.setObjectName("streamingStopRecord")
        self.stop_record_button.setToolTip(_tr("Stop recording"))
        self.stop_record_button.clicked.connect(lambda: self._want(StopRecord()))
        record_buttons.addWidget(self.start_record_button)
        record_buttons.addWidget(self.stop_record_button)
        grid.addLayout(record_buttons, 2, 2)
        self.body.addLayout(grid)

        self.alarm_label = QLabel(self)
        self.alarm_label.setObjectName("streamingAlarms")
        self.alarm_label.setProperty("role", "error")
        self.alarm_label.setWordWrap(True)
        self.alarm_label.setVisible(False)
        self.body.addWidget(self.alarm_label)
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("streamingHint")
        self.hint_label.setProperty("role", "hint")
        self.hint_label.setWordWrap(True)
        self.body.addWidget(self.hint_label)
        self._set_enabled(False)

    # -- feeding ---------------------------------------------------------------------------

    def set_status(self, status: DeviceStatus) -> None:
        super().set_status(status)
        ok = status.state is LinkState.OK
        self.indicator.set_link_ok(ok)
        self._set_enabled(ok)

    def set_state(self, state: object) -> None:
        super().set_state(state)
        if not isinstance(state, StreamingState):
            return
        self.indicator.set_state(state)
        self._show_scenes(state)
        self.stream_label.setText(self._stream_words(state))
        self.record_label.setText(
            _tr("{0} — {1}").format(
                duration_words(state.record_duration_ms), data_words(state.record_bytes)
            )
            if state.recording
            else _tr("stopped")
        )
        self.start_stream_button.setEnabled(self.light.ok and not state.streaming)
        self.stop_stream_button.setEnabled(self.light.ok and state.streaming)
        self.start_record_button.setEnabled(self.light.ok and not state.recording)
        self.stop_record_button.setEnabled(self.light.ok and state.recording)
        alarms = state.alarms(self.config.congestion_alarm)
        self.alarm_label.setVisible(bool(alarms))
        self.alarm_label.setText("\n".join(alarm_words(a) for a in alarms))
        self.hint_label.setText(self._hints(state))

    # -- helpers ---------------------------------------------------------------------------

    def _stream_words(self, state: StreamingState) -> str:
        if not state.streaming:
            return _tr("stopped")
        parts = [duration_words(state.stream_duration_ms), data_words(state.stream_bytes)]
        parts.append(_tr("congestion {0}%").format(round(state.congestion * 100)))
        if state.skipped_frames:
            parts.append(
                _tr("{0} of {1} frames skipped").format(state.skipped_frames, state.total_frames)
            )
        return " — ".join(parts)

    def _hints(self, state: StreamingState) -> str:
        hints: list[str] = []
        if state.obs_version:
            hints.append(_tr("OBS {0}").format(state.obs_version))
        if state.chapters_supported is False:
            hints.append(_tr("no chapter markers (needs OBS 30.2)"))
        if state.stream_service_configured is False:
            hints.append(_tr("no stream service set in OBS"))
        return " · ".join(hints)

    def _show_scenes(self, state: StreamingState) -> None:
        names = list(state.scenes) or list(self.config.scenes)
        current = [self.scene_combo.itemData(i) for i in range(self.scene_combo.count())]
        if names != current and not self.scene_combo.view().isVisible():
            self.scene_combo.clear()
            for name in names:
                self.scene_combo.addItem(name, name)
        if not self.scene_combo.view().isVisible():
            position = (
                self.scene_combo.findData(state.program_scene) if state.program_scene else -1
            )
            self.scene_combo.setCurrentIndex(position)

    def _scene_chosen(self, position: int) -> None:
        name = self.scene_combo.itemData(position)
        if isinstance(name, str):
            self._want(SetScene(name))

    def _want(self, command: DeviceCommand) -> None:
        self.request(command)

    def _set_enabled(self, ok: bool) -> None:
        self.scene_combo.setEnabled(ok)
        state = self.state if isinstance(self.state, StreamingState) else None
        streaming = state.streaming if state is not None else False
        recording = state.recording if state is not None else False
        self.start_stream_button.setEnabled(ok and not streaming)
        self.stop_stream_button.setEnabled(ok and streaming)
        self.start_record_button.setEnabled(ok and not recording)
        self.stop_record_button.setEnabled(ok and recording)
