"""The one list of device kinds. Adding a kind is one line in :data:`KINDS`.

Everything that depends on a device's kind (the hall file's tables, drivers,
simulators, cues, the readiness check) looks the kind up here: by its hall-file
name (:func:`kind_named`), by a device's config (:func:`kind_of`) or by a cue
(:func:`kind_of_cue`). The order of :data:`KINDS` is the order in which an item's
cues are kept, run, compared and written (the show file's cue keys).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from devices.kind import Cue, DeviceConfig, DeviceKind
from devices.microphones.kind import MICROPHONES
from devices.pjlink.kind import PJLINK
from devices.projector.kind import PROJECTOR
from devices.streaming.kind import STREAMING
from devices.switcher.kind import SWITCHER

if TYPE_CHECKING:
    from devices.base import Driver

KINDS: tuple[DeviceKind, ...] = (
    SWITCHER,
    MICROPHONES,
    PROJECTOR,
    PJLINK,
    STREAMING,
)

_BY_NAME = {kind.name: kind for kind in KINDS}
_BY_CONFIG = {kind.config_class: kind for kind in KINDS}
_BY_CUE = {kind.cue_class: kind for kind in KINDS}


def find_kind(name: str) -> DeviceKind | None:
    """The kind called ``name`` in hall files (``"switcher"``...), or None."""
    return _BY_NAME.get(name)


def kind_named(name: str) -> DeviceKind:
    """The kind called ``name``; ``KeyError`` listing the known kinds if there is none."""
    kind = _BY_NAME.get(name)
    if kind is None:
        raise KeyError(f"unknown device kind {name!r} (known: {', '.join(_BY_NAME)})")
    return kind


def kind_of(config: DeviceConfig) -> DeviceKind:
    """The kind of a device config; ``TypeError`` for a config class no kind declares."""
    kind = _BY_CONFIG.get(type(config))
    if kind is None:
        raise TypeError(f"unknown device config {type(config).__name__}")
    return kind


def kind_of_cue(cue: Cue) -> DeviceKind:
    """The kind whose cue ``cue`` is; ``TypeError`` for a cue class no kind declares."""
    kind = _BY_CUE.get(type(cue))
    if kind is None:
        raise TypeError(f"unknown cue {type(cue).__name__}")
    return kind


def kind_index(kind: DeviceKind) -> int:
    """``kind``'s position in :data:`KINDS` (the order cues are kept in)."""
    return KINDS.index(kind)


def with_url(config: DeviceConfig, url: str) -> DeviceConfig:
    """A copy of ``config`` reached at ``url`` (a simulator's) instead of its configured port."""
    return kind_of(config).with_url(config, url)


def build_driver(config: DeviceConfig, url: str | None = None, clock: Any = None) -> Driver:
    """The driver for one device; ``url`` overrides where it is reached (e.g. a simulator)."""
    if url is not None:
        config = with_url(config, url)
    return kind_of(config).build_driver(config, clock=clock)
