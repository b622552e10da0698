"""The state snapshot the remote server sends: one JSON-ready dict, built on the show thread.

:func:`snapshot_state` reads the engine, the run-sheet, the presenter timer and the
device statuses once and returns plain data (str, int, float, bool, None, lists and
dicts), so the server's thread never touches show objects. Times come from the clock at
the moment of the snapshot; a client counts the timer down locally from
``timer.remaining_s``, taken at the app's monotonic instant ``timer.computed_at``, and
corrects on every push (see ``static/common.js``: a late delivery does not make the page
late, as it maps the app's clock to its own by the quickest delivery seen).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from controlroom.engine import ShowEngine
from controlroom.model import Item
from controlroom.timer import FLASH_SECONDS, PresenterTimer

#: The keys of every snapshot (a test checks them; docs/remote.md describes them).
STATE_KEYS = (
    "event", "mode", "show_mode", "live", "standby", "items", "offset_s",
    "projected_end", "timer", "devices", "on_air", "moderator_message", "remote_control",
    "time_of_day",
)


def _item_brief(index: int | None, items: list[Item]) -> dict[str, Any] | None:
    if index is None or not 0 <= index < len(items):
        return None
    item = items[index]
    return {
        "index": index,
        "number": index + 1,
        "title": item.title,
        "speaker": ", ".join(p for p in (item.speaker_name, item.speaker_role) if p),
        "planned_duration": item.planned_duration,
        "kind": item.kind.value,
    }


def timer_state(timer: PresenterTimer | None) -> dict[str, Any]:
    """The presenter timer's part of the snapshot (what the web presenter page shows)."""
    if timer is None:
        return {"loaded": False, "running": False, "text": "--:--", "phase": "normal",
                "remaining_s": 0.0, "displayed_s": 0, "title": "", "speaker": "",
                "next_title": "", "message": "", "message_flash_left_s": 0.0,
                "blackout": False, "mic_live": False, "warning_at": 120, "danger_at": 30,
                "overtime_flash": False, "computed_at": 0.0}
    view = timer.snapshot()
    item = timer.live_item
    since = timer.message_flash_since
    flash_left = 0.0
    if since is not None and view.message:
        flash_left = max(0.0, FLASH_SECONDS - (view.computed_at - since))
    return {
        "loaded": view.loaded,
        "running": view.running,
        "text": view.text,
        "phase": view.phase.value,
        "remaining_s": round(view.remaining_s, 3),
        "displayed_s": view.displayed_s,
        "title": view.title,
        "speaker": view.speaker,
        "next_title": view.next_title,
        "message": view.message,
        "message_flash_left_s": round(flash_left, 3),
        "blackout": view.blackout,
        "mic_live": view.mic_live,
        "warning_at": item.warning_at if item is not None else 120,
        "danger_at": item.danger_at if item is not None else 30,
        "overtime_flash": timer.overtime_flash_enabled,
        "computed_at": round(view.computed_at, 4),
    }


def snapshot_state(
    engine: ShowEngine | None,
    timer: PresenterTimer | None,
    devices: Mapping[str, Any],
    rehearsal: bool,
    show_mode: bool,
    now: datetime,
) -> dict[str, Any]:
    """Everything a remote page shows, as plain data; call it on the show thread.

    ``devices`` maps device id to a ``DeviceStatus`` (``state`` a ``LinkState``,
    ``reason``). The server adds ``moderator_message`` and ``remote_control``.
    """
    items: list[Item] = list(engine.runsheet.items) if engine is not None else []
    live = engine.live_index if engine is not None else None
    standby = engine.standby_index if engine is not None else None
    actuals = engine.actuals if engine is not None else {}
    rows = []
    for index, item in enumerate(items):
        actual = actuals.get(index)
        if index == live:
            where = "live"
        elif index == standby:
            where = "standby"
        elif actual is not None and actual.end is not None:
            where = "done"
        else:
            where = ""
        rows.append({
            "number": index + 1,
            "title": item.title,
            "speaker": ", ".join(p for p in (item.speaker_name, item.speaker_role) if p),
            "planned_duration": item.planned_duration,
            "kind": item.kind.value,
            "state": where,
            "started": actual.start.strftime("%H:%M:%S") if actual is not None else None,
        })
    projected = engine.projected_end if engine is not None else None
    event = engine.runsheet.event if engine is not None else None
    return {
        "event": None if event is None else {
            "id": event.id, "title": event.title,
            "scheduled_start": event.scheduled_start.isoformat(timespec="minutes"),
            "venue": event.venue,
        },
        "mode": "rehearsal" if rehearsal else "live",
        "show_mode": show_mode,
        "live": _item_brief(live, items),
        "standby": _item_brief(standby, items),
        "items": rows,
        "offset_s": round(engine.offset_s, 1) if engine is not None else 0.0,
        "projected_end": projected.strftime("%H:%M:%S") if projected is not None else None,
        "timer": timer_state(timer),
        "devices": {
            device_id: {"state": getattr(status.state, "value", str(status.state)),
                        "reason": getattr(status, "reason", "")}
            for device_id, status in sorted(devices.items())
        },
        "on_air": None if timer is None else timer.snapshot().on_air,
        "moderator_message": "",
        "remote_control": True,
        "time_of_day": now.strftime("%H:%M:%S"),
    }
