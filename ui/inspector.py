"""The item inspector: what GO will change, and the cues of the selected item.

Top: "On GO" — for the item in standby, the difference between the equipment's
state now and what the item wants (``Equipment.diff``), refreshed as devices report.
Below: the cue editor of the run-sheet's current row — one group per device, the
group its kind's entry in :mod:`ui.device_ui` gives (switcher program, preview and
transition; per microphone device, which channels are live, with optional gains;
projector power, source and blank; a delay per cue). A kind with one cue per item
gets a group for its first device only. Above the cues, the item's speaker role,
timer warning/danger times and row colour (:class:`ui.item_fields.ItemFieldsGroup`).
Every change is one
undoable ``RunSheet.set_item_field(row, "cues", ...)`` through the console, which
refuses in show mode and asks before changing the live item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from controlroom.cues import ItemCues
from controlroom.model import Item
from devices.hall_file import HallConfig
from devices.kind import Cue, CueChange, DeviceKind
from devices.registry import kind_of, kind_of_cue
from ui.device_ui import device_ui
from ui.item_fields import ItemFieldsGroup
from ui.panels.common import CueGroup
from ui.plain_text import make_plain, set_plain


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _on_go_words() -> tuple[dict[str, str], dict[str, str]]:
    """The translated names of what GO changes and of the values (the kinds' English words)."""
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
        #: The item's own fields the table has no column for (speaker role, timer, colour).
        self.item_fields = ItemFieldsGroup(self)
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
        layout.addWidget(self.item_fields)

        #: The cue editor group of each device, in hall order, with the device's kind.
        self.groups: dict[str, CueGroup] = {}
        self._group_kinds: dict[str, DeviceKind] = {}
        single_kinds_seen: set[str] = set()
        for config in hall.devices:
            entry = device_ui(config)
            if entry is None or entry.cue_group is None:
                continue
            kind = kind_of(config)
            if not kind.many_cues_per_item:
                if kind.name in single_kinds_seen:
                    continue  # one cue per item: the first device of the kind has the editor
                single_kinds_seen.add(kind.name)
            group = entry.cue_group(config, self)
            group.changed.connect(self._changed)
            layout.addWidget(group)
            self.groups[config.id] = group
            self._group_kinds[config.id] = kind
        layout.addStretch(1)
        self.load(-1, None, locked=False)

    def group(self, kind_name: str) -> CueGroup | None:
        """The first cue editor group of the kind called ``kind_name``."""
        return next(
            (self.groups[d] for d, k in self._group_kinds.items() if k.name == kind_name), None
        )

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
            self.item_fields.load(row, item)
            for device_id, group in self.groups.items():
                group.load(self._cue_for(device_id))
            for child in self.findChildren(QGroupBox):
                child.setEnabled(item is not None and not locked)
            self.lock_note.setVisible(locked and item is not None)
        finally:
            self._loading = False

    def _handles(self, device_id: str, cue: Cue) -> bool:
        """True when the group of ``device_id`` edits ``cue``."""
        kind = self._group_kinds[device_id]
        if kind_of_cue(cue) is not kind:
            return False
        return cue.device == device_id or not kind.many_cues_per_item

    def _cue_for(self, device_id: str) -> Cue | None:
        return next((c for c in self._item_cues if self._handles(device_id, c)), None)

    def cues(self) -> ItemCues:
        """The cues the widgets describe now (cues no group edits are kept as they are)."""
        kept = [
            cue
            for cue in self._item_cues
            if not any(self._handles(device_id, cue) for device_id in self.groups)
        ]
        for group in self.groups.values():
            cue = group.cue()
            if cue is not None:
                kept.append(cue)
        return ItemCues(tuple(kept))

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
