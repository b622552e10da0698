"""The switcher panel: program and preview buttons per input with tally, CUT, AUTO, FTB.

Tally comes only from the switcher's feedback (the driver's state): program red,
preview green. Fade to black is tracked from our own command only — atemOSC does not
confirm it — so the panel says so. Under each input: the hall file's name, and the
switcher's own label (its long name) when it reports a different one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from devices.kind import Cue
from devices.switcher.driver import SwitcherState
from devices.switcher.kind import (
    Auto,
    Cut,
    FadeToBlack,
    SetPreview,
    SetProgram,
    SwitcherConfig,
    SwitcherCue,
)
from ui.elide import ElidingLabel
from ui.panels.common import CueGroup, DevicePanel, choice, delay_box, restyle, select, tr
from ui.plain_text import plain_tooltip


def _tr(text: str) -> str:
    return tr("SwitcherPanel", text)


class SwitcherPanel(DevicePanel):
    """Buttons per input of ``config`` in a program row and a preview row."""

    def __init__(
        self, config: SwitcherConfig, monotonic: Callable[[], float], parent: QWidget | None = None
    ) -> None:
        super().__init__(config.id, _tr("Switcher"), monotonic, parent)
        self.config = config
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(_tr("Program"), self), 0, 0)
        grid.addWidget(QLabel(_tr("Preview"), self), 1, 0)
        self.program_buttons: dict[int, QPushButton] = {}
        self.preview_buttons: dict[int, QPushButton] = {}
        self.name_labels: dict[int, QLabel] = {}
        self._hall_names: dict[int, str] = {}
        numbers = sorted(set(config.inputs) | set(range(1, config.input_count + 1)))
        for column, number in enumerate(numbers, start=1):
            name = config.inputs.get(number, "")
            for row, (buttons, command) in enumerate(
                ((self.program_buttons, "program"), (self.preview_buttons, "preview"))
            ):
                button = QPushButton(str(number), self)
                button.setObjectName(f"{command}Input{number}")
                button.setToolTip(plain_tooltip(
                    (
                        _tr("Cut input {0} ({1}) to program")
                        if command == "program"
                        else _tr("Put input {0} ({1}) on preview")
                    ).format(number, name)
                ))
                button.setMinimumHeight(28)
                button.setMinimumWidth(40)
                font = button.font()
                font.setPointSizeF(font.pointSizeF() * 1.2)
                font.setBold(True)
                button.setFont(font)
                button.clicked.connect(
                    lambda _checked=False, c=command, n=number: self.request(
                        SetProgram(n) if c == "program" else SetPreview(n)
                    )
                )
                restyle(button, "tally", "none")
                buttons[number] = button
                grid.addWidget(button, row, column)
            # One line per name, ending in "…" when the column is narrow (full name
            # in the tooltip): long names never push CUT/AUTO/FTB off a small screen.
            # Plain text: names can come from the switcher itself.
            label = ElidingLabel(name, self)
            label.setObjectName(f"inputName{number}")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setProperty("role", "hint")
            self.name_labels[number] = label
            self._hall_names[number] = name
            grid.addWidget(label, 2, column)
            grid.setColumnStretch(column, 1)
        self.body.addLayout(grid)

        actions = QHBoxLayout()
        self.cut_button = QPushButton(_tr("CUT"), self)
        self.cut_button.setObjectName("switcherCut")
        self.cut_button.clicked.connect(lambda: self.request(Cut()))
        self.auto_button = QPushButton(_tr("AUTO"), self)
        self.auto_button.setObjectName("switcherAuto")
        self.auto_button.clicked.connect(lambda: self.request(Auto()))
        self.ftb_button = QPushButton(_tr("FTB"), self)
        self.ftb_button.setObjectName("switcherFtb")
        self.ftb_button.setToolTip(_tr("Fade to black (the switcher does not confirm it)"))
        self.ftb_button.clicked.connect(lambda: self.request(FadeToBlack()))
        for button in (self.cut_button, self.auto_button, self.ftb_button):
            button.setMinimumHeight(28)
            actions.addWidget(button)
        self.ftb_label = QLabel(self)
        self.ftb_label.setObjectName("switcherFtbState")
        self.ftb_label.setProperty("role", "warn")
        actions.addWidget(self.ftb_label, 1)
        self.body.addLayout(actions)
        self.link_label = QLabel(self)
        self.link_label.setProperty("role", "error")
        self.link_label.setVisible(False)
        self.body.addWidget(self.link_label)

    def set_state(self, state: object) -> None:
        super().set_state(state)
        if not isinstance(state, SwitcherState):
            return
        program = set(state.program_tally) or ({state.program} if state.program else set())
        preview = set(state.preview_tally) or ({state.preview} if state.preview else set())
        for number, button in self.program_buttons.items():
            restyle(button, "tally", "program" if number in program else "none")
        for number, button in self.preview_buttons.items():
            restyle(button, "tally", "preview" if number in preview else "none")
        self.ftb_label.setText(_tr("FTB sent — not confirmed by the switcher") if state.ftb else "")
        for number, label in self.name_labels.items():
            hall = self._hall_names[number]
            reported = state.input_names.get(number, "")
            shown = hall if not reported or reported == hall else f"{hall}\n{reported}".strip()
            if label.text() != shown:
                label.setText(shown)
        self.link_label.setVisible(state.link_up is False)
        self.link_label.setText(_tr("The switcher reports its link to the mixer is down."))

    def tally(self) -> tuple[int | None, int | None]:
        """(program, preview) as the buttons show them now (for tests)."""
        program = [n for n, b in self.program_buttons.items() if b.property("tally") == "program"]
        preview = [n for n, b in self.preview_buttons.items() if b.property("tally") == "preview"]
        return (program[0] if program else None, preview[0] if preview else None)


def _cue_tr(text: str) -> str:
    return tr("Inspector", text)


class SwitcherCueGroup(CueGroup):
    """The switcher's cue in the inspector: program, transition, preview, delay."""

    def __init__(self, config: SwitcherConfig, parent: QWidget | None = None) -> None:
        super().__init__(_cue_tr("Switcher: {0}").format(config.id), config.id, parent)
        self.config = config
        self.program = QComboBox(self)
        self.program.setObjectName("cueProgram")
        self.preview = QComboBox(self)
        self.preview.setObjectName("cuePreview")
        self.transition = QComboBox(self)
        self.transition.setObjectName("cueTransition")
        self.transition.addItem(_cue_tr("cut"), "cut")
        self.transition.addItem(_cue_tr("auto (mix)"), "auto")
        self.delay = delay_box(self)
        form = QFormLayout(self)
        for combo in (self.program, self.preview):
            combo.addItem(_cue_tr("as is"), None)
            for number, name in sorted(config.inputs.items()):
                combo.addItem(f"{number} {name}", number)
        form.addRow(_cue_tr("Program"), self.program)
        form.addRow(_cue_tr("Transition"), self.transition)
        form.addRow(_cue_tr("Preview"), self.preview)
        form.addRow(_cue_tr("Delay"), self.delay)
        for combo in (self.program, self.preview, self.transition):
            combo.activated.connect(self._emit_changed)
        self.delay.valueChanged.connect(self._emit_changed)

    def load(self, cue: Cue | None) -> None:
        sw = cue if isinstance(cue, SwitcherCue) else None
        select(self.program, sw.program if sw else None)
        select(self.preview, sw.preview if sw else None)
        select(self.transition, sw.transition if sw else "cut")
        self.delay.setValue(sw.delay if sw else 0.0)

    def cue(self) -> SwitcherCue | None:
        program, preview = choice(self.program), choice(self.preview)
        if program is None and preview is None:
            return None
        return SwitcherCue(
            device=self.config.id,
            program=program,
            preview=preview,
            transition=choice(self.transition),
            delay=self.delay.value(),
        )
