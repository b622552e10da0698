"""The item inspector: what GO will change, and the cues of the selected item.

Top: "On GO" — for the item in standby, the difference between the equipment's
state now and what the item wants (``Hall.diff``), refreshed as devices report.
Below: the cue editor of the run-sheet's current row — switcher program, preview
and transition; per microphone device, which channels are live (with optional
gains); projector power, source and blank; a delay per cue. Every change is one
undoable ``RunSheet.set_item_field(row, "cues", ...)`` through the console, which
refuses in show mode and asks before changing the live item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.hall import CueChange
from controlroom.model import Item
from devices.hall import HallConfig, MicrophonesConfig, ProjectorConfig, SwitcherConfig
from ui.plain_text import make_plain, set_plain

#: The gain spin box's lowest value stands for "no gain in the cue".
NO_GAIN = -19.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _on_go_words() -> tuple[dict[str, str], dict[str, str]]:
    """The translated names of what GO changes and of the values (hall.py's English words)."""
    translate = QCoreApplication.translate
    what = {
        "program": translate("OnGo", "program"),
        "preview": translate("OnGo", "preview"),
        "power": translate("OnGo", "power"),
        "source": translate("OnGo", "source"),
        "blank": translate("OnGo", "blank", "what: the projector's picture muting"),
        "device": translate("OnGo", "device"),
    }
    values = {
        "unknown": translate("OnGo", "unknown"),
        "live": translate("OnGo", "live", "microphone open"),
        "muted": translate("OnGo", "muted"),
        "on": translate("OnGo", "on"),
        "off": translate("OnGo", "off"),
        "blank": translate("OnGo", "blank", "value: picture muted"),
        "showing": translate("OnGo", "showing"),
        "standby": translate("OnGo", "standby"),
        "warming up": translate("OnGo", "warming up"),
        "cooling down": translate("OnGo", "cooling down"),
        "standby network on": translate("OnGo", "standby network on"),
        "abnormal standby": translate("OnGo", "abnormal standby"),
        "av standby": translate("OnGo", "av standby"),
        "not in the hall": translate("OnGo", "not in the hall"),
        "switcher": translate("OnGo", "switcher"),
        "microphones": translate("OnGo", "microphones"),
        "projector": translate("OnGo", "projector"),
    }
    return what, values


def describe_change(change: CueChange) -> str:
    """One "On GO" line, e.g. ``mics · 3 Speaker 1: live → muted``, in the UI's language.

    ``what`` is a fixed word (program, power...) or, for microphones, the channel's
    label (its mute state) or the label followed by `` gain``; input, source and
    channel names come from the hall file and stay as they are.
    """
    what_words, value_words = _on_go_words()

    def value(text: str) -> str:
        if text.endswith(" dB"):
            return QCoreApplication.translate("OnGo", "{0} dB").format(text[:-3])
        return value_words.get(text, text)

    what = change.what
    if what in what_words:
        what = what_words[what]
    elif what.endswith(" gain"):
        what = QCoreApplication.translate("OnGo", "{0} gain").format(what[: -len(" gain")])
    return f"{change.device} · {what}: {value(change.current)} → {value(change.wanted)}"


def _delay_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, 600.0)
    box.setDecimals(1)
    box.setSuffix(_tr(" s"))
    box.setKeyboardTracking(False)
    box.setToolTip(_tr("Delay after GO"))
    return box


def _choice(combo: QComboBox) -> Any:
    return combo.currentData()


def _select(combo: QComboBox, value: Any) -> None:
    position = combo.findData(value)
    combo.setCurrentIndex(max(position, 0))


class _MicGroup(QGroupBox):
    """The cue of one microphone device: on/off, a live box and a gain per channel, a delay."""

    def __init__(self, config: MicrophonesConfig, parent: QWidget) -> None:
        super().__init__(_tr("Microphones: {0}").format(config.id), parent)
        self.config = config
        self.setCheckable(True)
        self.setToolTip(_tr("Unticked: the microphones are left as they are"))
        grid = QGridLayout(self)
        self.live: dict[int, QCheckBox] = {}
        self.gains: dict[int, QDoubleSpinBox] = {}
        for row, number in enumerate(sorted(config.channels)):
            box = QCheckBox(f"{number} {config.channels[number]}", self)
            box.setObjectName(f"cueLive_{config.id}_{number}")
            gain = QDoubleSpinBox(self)
            gain.setRange(NO_GAIN, 42.0)
            gain.setSpecialValueText(_tr("gain as is"))
            gain.setSuffix(_tr(" dB"))
            gain.setDecimals(1)
            gain.setKeyboardTracking(False)
            gain.setValue(NO_GAIN)
            grid.addWidget(box, row, 0)
            grid.addWidget(gain, row, 1)
            self.live[number] = box
            self.gains[number] = gain
        self.delay = _delay_box(self)
        grid.addWidget(QLabel(_tr("Delay"), self), len(config.channels), 0)
        grid.addWidget(self.delay, len(config.channels), 1)

    def load(self, cue: MicrophoneCue | None) -> None:
        self.setChecked(cue is not None)
        live = set(cue.live) if cue is not None else set()
        gains = dict(cue.gains_db) if cue is not None else {}
        for number, box in self.live.items():
            box.setChecked(number in live)
            self.gains[number].setValue(gains.get(number, NO_GAIN))
        self.delay.setValue(cue.delay if cue is not None else 0.0)

    def cue(self) -> MicrophoneCue | None:
        if not self.isChecked():
            return None
        live = tuple(n for n, box in self.live.items() if box.isChecked())
        gains = tuple(
            (n, round(spin.value(), 1)) for n, spin in self.gains.items() if spin.value() > NO_GAIN
        )
        return MicrophoneCue(self.config.id, live, gains, self.delay.value())


class CueEditor(QWidget):
    """The cue editor of one item (see the module docstring)."""

    def __init__(
        self,
        hall: HallConfig,
        apply: Callable[[int, ItemCues], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cueEditor")
        self._apply = apply
        self._row = -1
        self._loading = False
        self._item_cues = ItemCues()
        self.title = QLabel(self)
        make_plain(self.title)  # the item's title, as typed
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.title.setObjectName("cueEditorTitle")
        self.lock_note = QLabel(_tr("Show mode: the run-sheet is locked."), self)
        self.lock_note.setProperty("role", "warn")
        self.lock_note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.lock_note)

        self.switcher_config = next(
            (d for d in hall.devices if isinstance(d, SwitcherConfig)), None
        )
        self.projector_config = next(
            (d for d in hall.devices if isinstance(d, ProjectorConfig)), None
        )
        self.program = QComboBox(self)
        self.program.setObjectName("cueProgram")
        self.preview = QComboBox(self)
        self.preview.setObjectName("cuePreview")
        self.transition = QComboBox(self)
        self.transition.setObjectName("cueTransition")
        self.transition.addItem(_tr("cut"), "cut")
        self.transition.addItem(_tr("auto (mix)"), "auto")
        self.switcher_delay = _delay_box(self)
        if self.switcher_config is not None:
            group = QGroupBox(_tr("Switcher: {0}").format(self.switcher_config.id), self)
            form = QFormLayout(group)
            for combo in (self.program, self.preview):
                combo.addItem(_tr("as is"), None)
                for number, name in sorted(self.switcher_config.inputs.items()):
                    combo.addItem(f"{number} {name}", number)
            form.addRow(_tr("Program"), self.program)
            form.addRow(_tr("Transition"), self.transition)
            form.addRow(_tr("Preview"), self.preview)
            form.addRow(_tr("Delay"), self.switcher_delay)
            layout.addWidget(group)

        self.mic_groups = [
            _MicGroup(d, self) for d in hall.devices if isinstance(d, MicrophonesConfig)
        ]
        for mic_group in self.mic_groups:
            layout.addWidget(mic_group)

        self.power = QComboBox(self)
        self.power.setObjectName("cuePower")
        self.source = QComboBox(self)
        self.source.setObjectName("cueSource")
        self.blank = QComboBox(self)
        self.blank.setObjectName("cueBlank")
        self.projector_delay = _delay_box(self)
        if self.projector_config is not None:
            group = QGroupBox(_tr("Projector: {0}").format(self.projector_config.id), self)
            form = QFormLayout(group)
            for text, value in ((_tr("as is"), None), (_tr("on"), True), (_tr("off"), False)):
                self.power.addItem(text, value)
            self.source.addItem(_tr("as is"), None)
            for name in self.projector_config.sources:
                self.source.addItem(name, name)
            for text, value in ((_tr("as is"), None), (_tr("blank"), True), (_tr("show"), False)):
                self.blank.addItem(text, value)
            form.addRow(_tr("Power"), self.power)
            form.addRow(_tr("Source"), self.source)
            form.addRow(_tr("Blank"), self.blank)
            form.addRow(_tr("Delay"), self.projector_delay)
            layout.addWidget(group)
        layout.addStretch(1)

        for combo in (self.program, self.preview, self.transition, self.power, self.source,
                      self.blank):
            combo.activated.connect(self._changed)
        for spin in (self.switcher_delay, self.projector_delay):
            spin.valueChanged.connect(self._changed)
        for mic_group in self.mic_groups:
            mic_group.toggled.connect(self._changed)
            for box in mic_group.live.values():
                box.toggled.connect(self._changed)
            for spin in (*mic_group.gains.values(), mic_group.delay):
                spin.valueChanged.connect(self._changed)
        self.load(-1, None, locked=False)

    @property
    def row(self) -> int:
        return self._row

    def load(self, row: int, item: Item | None, locked: bool) -> None:
        """Show the cues of ``item`` (row ``row``); disabled when ``locked`` or no item."""
        self._loading = True
        try:
            self._row = row if item is not None else -1
            self._item_cues = item.cues if item is not None else ItemCues()
            if item is None:
                self.title.setText(_tr("No item selected."))
            else:
                set_plain(self.title, _tr("Cues of item {0}: {1}").format(row + 1, item.title))
            cues = self._item_cues
            sw = cues.switcher
            _select(self.program, sw.program if sw else None)
            _select(self.preview, sw.preview if sw else None)
            _select(self.transition, sw.transition if sw else "cut")
            self.switcher_delay.setValue(sw.delay if sw else 0.0)
            for group in self.mic_groups:
                group.load(next((m for m in cues.microphones if m.device == group.config.id), None))
            pj = cues.projector
            _select(self.power, pj.power if pj else None)
            _select(self.source, pj.source if pj else None)
            _select(self.blank, pj.blank if pj else None)
            self.projector_delay.setValue(pj.delay if pj else 0.0)
            for child in self.findChildren(QGroupBox):
                child.setEnabled(item is not None and not locked)
            self.lock_note.setVisible(locked and item is not None)
        finally:
            self._loading = False

    def cues(self) -> ItemCues:
        """The cues the widgets describe now."""
        switcher = None
        if self.switcher_config is not None:
            program, preview = _choice(self.program), _choice(self.preview)
            if program is not None or preview is not None:
                switcher = SwitcherCue(
                    self.switcher_config.id,
                    program,
                    preview,
                    _choice(self.transition),
                    self.switcher_delay.value(),
                )
        handled = {group.config.id for group in self.mic_groups}
        microphones = [m for m in self._item_cues.microphones if m.device not in handled]
        for group in self.mic_groups:
            cue = group.cue()
            if cue is not None:
                microphones.append(cue)
        projector = None
        if self.projector_config is not None:
            power, source, blank = _choice(self.power), _choice(self.source), _choice(self.blank)
            if power is not None or source is not None or blank is not None:
                projector = ProjectorCue(
                    self.projector_config.id, power, source, blank, self.projector_delay.value()
                )
        return ItemCues(switcher, tuple(microphones), projector)

    def _changed(self, *_args: Any) -> None:
        if self._loading or self._row < 0:
            return
        cues = self.cues()
        if cues != self._item_cues:
            self._apply(self._row, cues)


class Inspector(QWidget):
    """"On GO" for the standby item above the cue editor of the current row."""

    def __init__(
        self,
        hall: HallConfig,
        apply: Callable[[int, ItemCues], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        # Squeezed rather than forcing a small window taller or wider.
        self.setMinimumSize(60, 40)
        self.on_go_title = QLabel(self)
        self.on_go_title.setObjectName("onGoTitle")
        make_plain(self.on_go_title)
        self.on_go_title.setWordWrap(True)
        self.on_go_list = QListWidget(self)
        self.on_go_list.setObjectName("onGoList")
        self.on_go_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.on_go_list.setMinimumSize(40, 24)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 0)
        top_layout.addWidget(self.on_go_title)
        top_layout.addWidget(self.on_go_list)
        self.editor = CueEditor(hall, apply, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumSize(40, 40)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._diff_source: Callable[[], tuple[str, list[str]]] | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(100)
        self._refresh_timer.timeout.connect(self.refresh_on_go)
        self.set_on_go_source(None)

    def set_on_go_source(self, source: Callable[[], tuple[str, list[str]]] | None) -> None:
        """``source()`` -> (title, lines) of what GO changes; called on the GUI thread."""
        self._diff_source = source
        self.refresh_on_go()

    def schedule_refresh(self) -> None:
        """Refresh "On GO" soon (device news comes in bursts: at most ten times a second)."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_on_go(self) -> None:
        lines: list[str] = []
        if self._diff_source is None:
            title = _tr("On GO: nothing in standby.")
        else:
            title, lines = self._diff_source()
        self.on_go_title.setText(title)
        current = [self.on_go_list.item(i).text() for i in range(self.on_go_list.count())]
        if current != lines:
            self.on_go_list.clear()
            self.on_go_list.addItems(lines)

    def on_go_lines(self) -> list[str]:
        return [self.on_go_list.item(i).text() for i in range(self.on_go_list.count())]
