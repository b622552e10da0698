"""The projector panel: power with warm-up/cool-down progress, held requests, source, blank,
lamp hours and the projector's error in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from devices.kind import Cue
from devices.projector.driver import ProjectorState
from devices.projector.kind import (
    PowerOff,
    PowerOn,
    ProjectorConfig,
    ProjectorCue,
    SetBlank,
    SetSource,
)
from ui.panels.common import CueGroup, DevicePanel, choice, delay_box, restyle, select, tr
from ui.plain_text import make_plain


def _tr(text: str) -> str:
    return tr("ProjectorPanel", text)


def power_words(name: str) -> str:
    words = {
        "STANDBY": _tr("Standby (off)"),
        "ON": _tr("On"),
        "WARMING_UP": _tr("Warming up"),
        "COOLING_DOWN": _tr("Cooling down"),
        "STANDBY_NETWORK_ON": _tr("Standby (network on)"),
        "ABNORMAL_STANDBY": _tr("Abnormal standby"),
        "AV_STANDBY": _tr("A/V standby"),
        "UNKNOWN": _tr("Unknown"),
    }
    return words.get(name, name)


class ProjectorPanel(DevicePanel):
    """Power, source, blank, lamp hours and error of one projector."""

    def __init__(
        self, config: ProjectorConfig, monotonic: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(config.id, _tr("Projector"), monotonic, parent)
        self.config = config
        # Power, source and blank first: the warm-up bar and held requests appear below
        # them, so they never push a control out of a short panel.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(_tr("Power"), self), 0, 0)
        self.power_label = QLabel(power_words("UNKNOWN"), self)
        self.power_label.setObjectName("projectorPower")
        grid.addWidget(self.power_label, 0, 1)
        power_buttons = QHBoxLayout()
        self.power_on_button = QPushButton(_tr("On"), self)
        self.power_on_button.setObjectName("projectorPowerOn")
        self.power_on_button.clicked.connect(lambda: self.request(PowerOn()))
        self.power_off_button = QPushButton(_tr("Off"), self)
        self.power_off_button.setObjectName("projectorPowerOff")
        self.power_off_button.clicked.connect(lambda: self.request(PowerOff()))
        power_buttons.addWidget(self.power_on_button)
        power_buttons.addWidget(self.power_off_button)
        grid.addLayout(power_buttons, 0, 2)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("projectorProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        grid.addWidget(self.progress, 2, 0, 1, 3)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("projectorPending")
        self.pending_label.setProperty("role", "warn")
        self.pending_label.setVisible(False)
        grid.addWidget(self.pending_label, 3, 0, 1, 3)
        grid.addWidget(QLabel(_tr("Source"), self), 1, 0)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("projectorSource")
        for name in config.sources:
            self.source_combo.addItem(name, name)
        self.source_combo.setCurrentIndex(-1)
        self.source_combo.activated.connect(
            lambda position: self.request(SetSource(self.source_combo.itemData(position)))
        )
        grid.addWidget(self.source_combo, 1, 1)
        self.blank_button = QPushButton(_tr("Blank"), self)
        self.blank_button.setObjectName("projectorBlank")
        self.blank_button.setCheckable(True)
        self.blank_button.setToolTip(_tr("Blank the picture (A/V mute)"))
        self.blank_button.clicked.connect(lambda checked: self.request(SetBlank(bool(checked))))
        grid.addWidget(self.blank_button, 1, 2)
        grid.addWidget(QLabel(_tr("Lamp"), self), 4, 0)
        self.lamp_label = QLabel("—", self)
        self.lamp_label.setObjectName("projectorLamp")
        grid.addWidget(self.lamp_label, 4, 1, 1, 2)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("projectorError")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        grid.addWidget(self.error_label, 5, 0, 1, 3)
        make_plain(self.pending_label, self.error_label)  # the projector's own words
        self.body.addLayout(grid)

    def set_state(self, state: object) -> None:
        super().set_state(state)
        if not isinstance(state, ProjectorState):
            return
        power = power_words(state.power.name)
        if self.stale:  # offline: never "warming up 99%" as if it were now
            power = _tr("{0} (last known)").format(power)
        self.power_label.setText(power)
        if state.progress is not None and not self.stale:
            self.progress.setVisible(True)
            self.progress.setValue(round(state.progress * 100))
            self.progress.setFormat(
                _tr("warming up %p%")
                if state.power.name == "WARMING_UP"
                else _tr("cooling down %p%")
            )
        else:
            self.progress.setVisible(False)
        self.pending_label.setVisible(bool(state.pending))
        self.pending_label.setText(
            _tr("Held until the projector is ready: {0}").format(state.pending or "")
        )
        position = self.source_combo.findData(state.source) if state.source else -1
        if not self.source_combo.view().isVisible():
            self.source_combo.setCurrentIndex(position)
        self.blank_button.setChecked(bool(state.blank))
        self.blank_button.setText(_tr("Blanked") if state.blank else _tr("Blank"))
        restyle(self.blank_button, "role", "on" if state.blank else "off")
        self.lamp_label.setText(
            _tr("{0} hours").format(state.lamp_hours) if state.lamp_hours is not None else "—"
        )
        has_error = state.error_code not in (None, "", "00")
        self.error_label.setVisible(has_error)
        if has_error:
            self.error_label.setText(
                _tr("Error {0}: {1}").format(state.error_code, state.error_text or _tr("unknown"))
            )


def _cue_tr(text: str) -> str:
    return tr("Inspector", text)


def _fault_tr(text: str) -> str:
    return tr("RehearsalPanel", text)


class ProjectorCueGroup(CueGroup):
    """The projector's cue in the inspector: power, source, blank, delay."""

    def __init__(self, config: ProjectorConfig, parent: QWidget | None = None) -> None:
        super().__init__(_cue_tr("Projector: {0}").format(config.id), config.id, parent)
        self.config = config
        self.power = QComboBox(self)
        self.power.setObjectName("cuePower")
        self.source = QComboBox(self)
        self.source.setObjectName("cueSource")
        self.blank = QComboBox(self)
        self.blank.setObjectName("cueBlank")
        self.delay = delay_box(self)
        form = QFormLayout(self)
        for text, value in (
            (_cue_tr("as is"), None), (_cue_tr("on"), True), (_cue_tr("off"), False)
        ):
            self.power.addItem(text, value)
        self.source.addItem(_cue_tr("as is"), None)
        for name in config.sources:
            self.source.addItem(name, name)
        for text, value in (
            (_cue_tr("as is"), None), (_cue_tr("blank"), True), (_cue_tr("show"), False)
        ):
            self.blank.addItem(text, value)
        form.addRow(_cue_tr("Power"), self.power)
        form.addRow(_cue_tr("Source"), self.source)
        form.addRow(_cue_tr("Blank"), self.blank)
        form.addRow(_cue_tr("Delay"), self.delay)
        for combo in (self.power, self.source, self.blank):
            combo.activated.connect(self._emit_changed)
        self.delay.valueChanged.connect(self._emit_changed)

    def load(self, cue: Cue | None) -> None:
        pj = cue if isinstance(cue, ProjectorCue) else None
        select(self.power, pj.power if pj else None)
        select(self.source, pj.source if pj else None)
        select(self.blank, pj.blank if pj else None)
        self.delay.setValue(pj.delay if pj else 0.0)

    def cue(self) -> ProjectorCue | None:
        power, source, blank = choice(self.power), choice(self.source), choice(self.blank)
        if power is None and source is None and blank is None:
            return None
        return ProjectorCue(
            device=self.config.id,
            power=power,
            source=source,
            blank=blank,
            delay=self.delay.value(),
        )


def add_fault_controls(
    config: ProjectorConfig,
    box: QWidget,
    grid: QGridLayout,
    row: int,
    inject: Callable[..., object],
) -> dict[str, QPushButton]:
    """The rehearsal panel's projector faults: a lamp failure."""
    lamp = QPushButton(_fault_tr("Lamp failure"), box)
    lamp.clicked.connect(lambda _c=False, d=config.id: inject(d, "lamp_failure"))
    grid.addWidget(lamp, row, 0, 1, 2)
    return {"lamp": lamp}
