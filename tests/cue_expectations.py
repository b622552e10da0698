"""What an item's cues must put on the wire, written out from the rules of ``controlroom/hall.py``.

Shared by the engine's rehearsal test (tests/controlroom) and the console's
(tests/ui): the rules are stated here once, independently of the hall's code, and
compared with what the simulators really received. Importable as
``cue_expectations`` because pytest puts ``tests/`` (where ``conftest.py`` is) on
``sys.path``.
"""

from __future__ import annotations

from typing import Any

from controlroom.cues import MicrophoneCue, SwitcherCue
from controlroom.model import Item, ItemKind
from devices.microphones import shure


def switcher_commands(messages: list[tuple[str, tuple[Any, ...]]]) -> list[tuple[str, Any]]:
    """Switcher commands as (address, first argument), status requests left out."""
    return [
        (address, args[0] if args else None)
        for address, args in messages
        if not address.endswith("send-status")
    ]


def mic_sets(frames: list[bytes]) -> list[str]:
    """The mute and gain SET commands among microphone frames, as text (polls and GETs left out)."""
    out = []
    for frame in frames:
        text = " ".join(frame.decode("ascii", "replace").split())
        if text.startswith("< SET") and ("AUDIO_MUTE" in text or "AUDIO_GAIN" in text):
            out.append(text)
    return out


def projector_sets(frames: list[bytes]) -> list[str]:
    """Projector commands that change something (queries and liveness checks left out)."""
    texts = [frame.decode("ascii", "replace").strip() for frame in frames]
    return [text for text in texts if text and "?" not in text]


def expected_switcher(cue: SwitcherCue | None) -> list[tuple[str, Any]]:
    """The switcher commands a cue calls for: cut to program, or preview + auto; then preview."""
    if cue is None:
        return []
    out: list[tuple[str, Any]] = []
    if cue.program is not None and cue.transition == "auto":
        out += [("/atem/preview", cue.program), ("/atem/transition/auto", None)]
    elif cue.program is not None:
        out.append(("/atem/program", cue.program))
    if cue.preview is not None:
        out.append(("/atem/preview", cue.preview))
    return out


def expected_mics(item: Item, channels: list[int], device: str = "mics") -> list[str]:
    """The SETs an item calls for on one receiver: close the others, set gains, open the live."""

    def text(frame: bytes) -> str:
        return " ".join(frame.decode("ascii").split())

    if item.kind is ItemKind.BREAK:
        return [text(shure.encode_set(n, "AUDIO_MUTE", "ON")) for n in channels]
    out = []
    for cue in item.cues.of_type(MicrophoneCue):
        if cue.device != device:
            continue
        out += [
            text(shure.encode_set(n, "AUDIO_MUTE", "ON")) for n in channels if n not in cue.live
        ]
        out += [
            text(shure.encode_set(n, "AUDIO_GAIN", str(shure.gain_db_to_units(db))))
            for n, db in cue.gains_db
        ]
        out += [text(shure.encode_set(n, "AUDIO_MUTE", "OFF")) for n in cue.live]
    return out
