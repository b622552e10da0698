"""Shared rig for the remote-server tests: the real engine, timer and a rehearsal hall.

:func:`make_rig` builds a :class:`RemoteRig`: a ShowEngine over a small run-sheet,
a PresenterTimer, an Equipment on its simulators, an EngineShowControl on a ShowThread, and
a RemoteServer on loopback with free ports. :func:`http` is a plain urllib client.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from controlroom.clock import Clock, ManualClock
from controlroom.cues import ItemCues, MicrophoneCue, SwitcherCue
from controlroom.engine import ShowEngine
from controlroom.equipment import Equipment
from controlroom.eventlog import EventLog
from controlroom.model import Event, Item
from controlroom.remote.control import EngineShowControl, ShowThread
from controlroom.remote.server import RemoteConfig, RemoteServer
from controlroom.runsheet import RunSheet
from controlroom.timer import PresenterTimer
from devices.hall_file import default_hall_path, load_hall

START = datetime(2026, 11, 26, 10, 0)
CONTROL_TOKEN = "control-token-0123456789abcdef"
VIEW_TOKEN = "view-token-0123456789abcdef"


def remote_event() -> Event:
    """Four items, each cutting the switcher to another input."""

    def item(title: str, program: int, seconds: int) -> Item:
        return Item(title=title, planned_duration=seconds, speaker_name="Әлия Қасымова",
                    cues=ItemCues((SwitcherCue(program=program), MicrophoneCue(live=(1,)))))

    return Event(title="Брифинг", scheduled_start=START, items=[
        item("Ашылу", 2, 300), item("Мәлімдеме", 3, 600), item("Сұрақтар", 4, 900),
        item("Жабылу", 1, 120),
    ])


def start_hall(log: EventLog) -> Equipment:
    hall = Equipment.rehearsal(load_hall(default_hall_path()), clock=None, log=log,
                          projector_warmup_s=0.3, projector_cooldown_s=0.3)
    hall.wait_until_ok(10.0)
    return hall


@dataclass
class RemoteRig:
    clock: Clock
    log: EventLog
    hall: Equipment | None
    engine: ShowEngine
    timer: PresenterTimer
    control: EngineShowControl
    show_thread: ShowThread
    server: RemoteServer

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.http_port}"

    def close(self) -> None:
        self.server.stop()
        self.show_thread.close()
        self.control.close()
        self.engine.close()


def make_rig(
    hall: Equipment | None, clock: Clock | None = None, log: EventLog | None = None, **config: Any
) -> RemoteRig:
    clock = clock or ManualClock(start_wall=START)
    log = log or EventLog(None, clock)
    engine = ShowEngine(RunSheet(remote_event()), hall, clock, log=log)
    timer = PresenterTimer(clock)
    engine.attach_timer(timer)
    control = EngineShowControl(engine, timer, hall, clock, rehearsal=True, log=log)
    show_thread = ShowThread()
    settings = replace(RemoteConfig(http_port=0, osc_port=0), **config)
    server = RemoteServer(control, show_thread, settings, log_to=log)
    server.start()
    return RemoteRig(clock, log, hall, engine, timer, control, show_thread, server)


def http(
    rig: RemoteRig,
    method: str,
    path: str,
    body: bytes | dict[str, Any] | None = None,
    token: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any]:
    """One request; returns (status, decoded JSON or text)."""
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    request = urllib.request.Request(rig.base + path, data=data, method=method)
    if token is not None:
        request.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, raw, kind = response.status, response.read(), response.headers
    except urllib.error.HTTPError as exc:
        status, raw, kind = exc.code, exc.read(), exc.headers
    if "json" in kind.get("Content-Type", ""):
        return status, json.loads(raw)
    return status, raw.decode("utf-8", "replace")
