"""The streaming encoder as a device kind: OBS Studio reached over obs-websocket v5.

The declaration :data:`STREAMING` tells the house everything it needs about the kind:
its hall-file table (:class:`StreamingConfig`: host, port 4455, password, the scenes
the hall expects, the congestion alarm level), its typed commands (start/stop the
stream or the recording, switch the program scene, a record chapter marker), its
simulator and fault flags, its cue (:class:`StreamingCue`: a scene, stream on/off,
record on/off), what GO would change, and what the readiness check asks.

The password is kept out of every text the program writes: it is not in the
config's ``repr``, not in command labels, and the driver never logs it.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from devices.base import LinkState
from devices.kind import (
    Cue,
    CueChange,
    CueContext,
    CueError,
    CueProblem,
    DeviceCommand,
    DeviceConfig,
    DeviceKind,
    FaultFlag,
    RunningSimulator,
    SimulatorOptions,
)
from devices.streaming.obsws import DEFAULT_PORT
from devices.text import Text, join

if TYPE_CHECKING:
    from devices.base import Driver
    from devices.streaming.driver import StreamingDriver, StreamingState

log = logging.getLogger("devices.streaming")

#: What ``password_env`` may name.
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

#: Congestion (0..1, as OBS reports it) from which the stream is alarmed by default.
DEFAULT_CONGESTION_ALARM = 0.5


@dataclass(frozen=True)
class StreamingConfig(DeviceConfig):
    """OBS Studio's WebSocket server: ``ws://host:port``, with its password if one is set.

    ``scenes`` are the scene names the hall expects OBS to have (cues are checked
    against them when given); ``congestion_alarm`` the congestion (0..1) from which
    the stream is alarmed. The password is left out of ``repr``.
    """

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    password: str = field(default="", repr=False)
    scenes: tuple[str, ...] = ()
    congestion_alarm: float = DEFAULT_CONGESTION_ALARM
    kind: ClassVar[str] = "streaming"

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"


# -- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartStream(DeviceCommand):
    """Start streaming (OBS's own stream service settings)."""


@dataclass(frozen=True)
class StopStream(DeviceCommand):
    """Stop streaming."""


@dataclass(frozen=True)
class StartRecord(DeviceCommand):
    """Start recording (to OBS's record directory)."""


@dataclass(frozen=True)
class StopRecord(DeviceCommand):
    """Stop recording."""


@dataclass(frozen=True)
class SetScene(DeviceCommand):
    """Put scene ``name`` on program."""

    name: str


@dataclass(frozen=True)
class CreateRecordChapter(DeviceCommand):
    """Mark a chapter named ``name`` in the recording (OBS 30.2+)."""

    name: str


# -- the cue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StreamingCue(Cue):
    """What an item wants from OBS: a program scene, stream on/off, record on/off (None: leave)."""

    scene: str | None = None
    stream: bool | None = None
    record: bool | None = None


_CUE_KEYS = {"device", "scene", "stream", "record", "delay"}


def _on_off(value: bool | None) -> str:
    return "—" if value is None else ("on" if value else "off")


class StreamingKind(DeviceKind):
    """The declaration of the streaming-encoder kind (see the module docstring)."""

    name: ClassVar[str] = "streaming"
    title: ClassVar[str] = "streaming encoder"
    config_class: ClassVar[type[DeviceConfig]] = StreamingConfig
    cue_class: ClassVar[type[Cue]] = StreamingCue
    many_cues_per_item: ClassVar[bool] = True

    # -- the hall file ------------------------------------------------------------------

    def read_config(
        self, reader: Any, table: Mapping[str, Any], where: str, device_id: str
    ) -> StreamingConfig:
        reader.check_keys(
            table,
            where,
            required={"id", "kind", "host"},
            optional={"port", "password", "password_env", "scenes", "congestion_alarm"},
        )
        host = reader.string(table, where, "host")
        port = reader.port_number(table, where, "port", DEFAULT_PORT)
        password = reader.string(table, where, "password", "")
        variable = reader.string(table, where, "password_env", "")
        if variable and not _ENV_NAME.fullmatch(variable):
            raise reader.fail(
                f"{where}.password_env",
                f"{variable!r} is not an environment variable name (letters, digits, _)",
            )
        if variable and os.environ.get(variable):
            password = os.environ[variable]  # the variable wins over the file's password
        scenes: list[str] = []
        if "scenes" in table:
            value = table["scenes"]
            if not isinstance(value, list):
                raise reader.fail(f"{where}.scenes", 'must be a list of scene names ["A", "B"]')
            for index, name in enumerate(value):
                if not isinstance(name, str) or not name.strip():
                    raise reader.fail(f"{where}.scenes[{index}]", "must be a non-empty string")
                if name in scenes:
                    raise reader.fail(f"{where}.scenes[{index}]", f"{name!r} is given twice")
                scenes.append(name)
        congestion = DEFAULT_CONGESTION_ALARM
        if "congestion_alarm" in table:
            value = table["congestion_alarm"]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise reader.fail(f"{where}.congestion_alarm", "must be a number from 0 to 1")
            if not 0.0 < float(value) <= 1.0:
                raise reader.fail(
                    f"{where}.congestion_alarm", f"{value} is out of range (above 0, up to 1)"
                )
            congestion = float(value)
        return StreamingConfig(
            id=device_id,
            host=host,
            port=port,
            password=password,
            scenes=tuple(scenes),
            congestion_alarm=congestion,
        )

    def with_url(self, config: DeviceConfig, url: str) -> StreamingConfig:
        assert isinstance(config, StreamingConfig)
        parts = urlsplit(url)
        if parts.scheme != "ws" or not parts.hostname or parts.port is None:
            raise ValueError(f"{url!r} is not a ws://host:port URL")
        return dataclasses.replace(config, host=parts.hostname, port=parts.port)

    # -- the driver -----------------------------------------------------------------------

    def build_driver(self, config: DeviceConfig, clock: Any = None) -> Driver:
        from devices.streaming.driver import StreamingDriver

        assert isinstance(config, StreamingConfig)
        return StreamingDriver(config, clock=clock)

    def dispatch(self, driver: Any, command: DeviceCommand) -> Future[Any]:
        streaming: StreamingDriver = driver
        match command:
            case StartStream():
                return streaming.start_stream()
            case StopStream():
                return streaming.stop_stream()
            case StartRecord():
                return streaming.start_record()
            case StopRecord():
                return streaming.stop_record()
            case SetScene(name=name):
                return streaming.set_scene(name)
            case CreateRecordChapter(name=name):
                return streaming.create_record_chapter(name)
        raise TypeError(f"not a streaming command: {command!r}")

    # -- the simulator --------------------------------------------------------------------

    def start_simulator(
        self, config: DeviceConfig, options: SimulatorOptions
    ) -> RunningSimulator:
        from devices.streaming.simulator import DEFAULT_SCENES, StreamingSimulator

        assert isinstance(config, StreamingConfig)
        extra = options.extra.get("streaming", {}) if options.extra else {}
        simulator = StreamingSimulator(
            password=config.password,
            scenes=config.scenes or DEFAULT_SCENES,
            **extra,
        )
        url = simulator.start()
        return RunningSimulator(simulator, url, self.with_url(config, url))

    fault_flags: ClassVar[tuple[FaultFlag, ...]] = (
        FaultFlag(
            "obs-reconnecting",
            "OBS's stream is reconnecting (start the stream first, or it applies when it starts)",
            lambda sim, _value: sim.set_reconnecting(True),
        ),
        FaultFlag(
            "obs-congestion",
            "DEVICE:LEVEL stream congestion 0..1 (e.g. obs:0.8)",
            lambda sim, value: sim.set_congestion(float(value or "0.8")),
        ),
        FaultFlag(
            "obs-skip-frames",
            "DEVICE:COUNT the encoder skips frames",
            lambda sim, value: sim.skip_frames(int(value or "30")),
        ),
        FaultFlag(
            "obs-refuse",
            "DEVICE:REQUEST OBS refuses that request type (e.g. obs:StartStream)",
            lambda sim, value: sim.refuse(value or "StartStream"),
        ),
        FaultFlag(
            "obs-no-chapters",
            "OBS older than 30.2: no record chapter markers",
            lambda sim, _value: setattr(sim, "chapters", False),
        ),
    )

    # -- cues -----------------------------------------------------------------------------

    def cue_from_dict(self, data: Any, path: str) -> StreamingCue:
        if not isinstance(data, dict):
            raise CueError(path, "must be an object with device, scene, stream, record")
        unknown = sorted(set(data) - _CUE_KEYS)
        if unknown:
            raise CueError(
                f"{path}.{unknown[0]}", f"unknown field (expected {', '.join(sorted(_CUE_KEYS))})"
            )
        device = data.get("device")
        if not isinstance(device, str) or not device.strip():
            raise CueError(f"{path}.device", "must be the id of a streaming device")
        scene = data.get("scene")
        if scene is not None and (not isinstance(scene, str) or not scene.strip()):
            raise CueError(f"{path}.scene", "must be a scene name")
        flags: dict[str, bool | None] = {}
        for key in ("stream", "record"):
            value = data.get(key)
            if value is not None and not isinstance(value, bool):
                raise CueError(f"{path}.{key}", "must be true, false or absent")
            flags[key] = value
        delay = data.get("delay", 0.0)
        if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay <= 3600:
            raise CueError(f"{path}.delay", "must be seconds from 0 to 3600")
        if scene is None and flags["stream"] is None and flags["record"] is None:
            raise CueError(path, "asks for nothing (give scene, stream or record)")
        return StreamingCue(
            device=device,
            delay=float(delay),
            scene=scene,
            stream=flags["stream"],
            record=flags["record"],
        )

    def cue_to_dict(self, cue: Cue) -> dict[str, Any]:
        assert isinstance(cue, StreamingCue)
        out: dict[str, Any] = {"device": cue.device}
        if cue.scene is not None:
            out["scene"] = cue.scene
        if cue.stream is not None:
            out["stream"] = cue.stream
        if cue.record is not None:
            out["record"] = cue.record
        if cue.delay:
            out["delay"] = cue.delay
        return out

    def execute_cue(
        self, cue: Cue, config: DeviceConfig, state: Any, ctx: CueContext
    ) -> None:
        """The scene first (what the audience sees), then the outputs, only where they differ."""
        assert isinstance(cue, StreamingCue)
        current: StreamingState | None = state
        if cue.scene is not None and (current is None or current.program_scene != cue.scene):
            ctx.send(SetScene(cue.scene))
        if cue.stream is not None:
            if current is not None and current.streaming == cue.stream:
                ctx.note(Text("stream already on") if cue.stream else Text("stream already off"))
            else:
                ctx.send(StartStream() if cue.stream else StopStream())
        if cue.record is not None:
            if current is not None and current.recording == cue.record:
                ctx.note(
                    Text("recording already on") if cue.record else Text("recording already off")
                )
            else:
                ctx.send(StartRecord() if cue.record else StopRecord())

    def diff(self, cue: Cue, config: DeviceConfig, state: Any) -> list[CueChange]:
        assert isinstance(cue, StreamingCue)
        current: StreamingState | None = state
        changes: list[CueChange] = []
        if cue.scene is not None:
            now = current.program_scene if current is not None else None
            if now != cue.scene:
                changes.append(CueChange(cue.device, "scene", now or "?", cue.scene))
        for what, wanted, now_on in (
            ("stream", cue.stream, current.streaming if current is not None else None),
            ("record", cue.record, current.recording if current is not None else None),
        ):
            if wanted is not None and now_on != wanted:
                changes.append(
                    CueChange(cue.device, what, "?" if now_on is None else _on_off(now_on),
                              _on_off(wanted))
                )  # fmt: skip
        return changes

    def check_cue(self, cue: Cue, config: DeviceConfig, where: str) -> list[CueProblem]:
        """A scene the hall file's ``scenes`` list lacks (unchecked when the list is empty)."""
        assert isinstance(cue, StreamingCue) and isinstance(config, StreamingConfig)
        if cue.scene is not None and config.scenes and cue.scene not in config.scenes:
            return [
                CueProblem(
                    f"{where}.scene",
                    Text(
                        "{device} has no scene {scene} (the hall file lists {scenes})",
                        device=config.id, scene=repr(cue.scene), scenes=", ".join(config.scenes),
                    ),
                )
            ]
        return []

    # -- readiness ------------------------------------------------------------------------

    def readiness_question(self, driver: Any) -> Future[Any] | None:
        """Ask OBS again for its scenes, stream service and record directory."""
        streaming: StreamingDriver = driver
        return streaming.readiness()

    def state_problem(
        self, config: DeviceConfig, state: Any, cues: Sequence[Cue] | None
    ) -> str:
        """Scenes the cues name that OBS lacks; no stream service or record place when wanted."""
        current: StreamingState | None = state
        if current is None:
            return Text("no state from OBS yet")
        ours = [c for c in cues or () if isinstance(c, StreamingCue) and c.device == config.id]
        problems: list[Text] = []
        missing = sorted({c.scene for c in ours if c.scene and c.scene not in current.scenes})
        if missing:
            problems.append(
                Text(
                    "OBS has no scene {missing} (it has {scenes})",
                    missing=", ".join(repr(m) for m in missing),
                    scenes=", ".join(current.scenes) or Text("none"),
                )
            )
        if any(c.stream for c in ours) and not current.stream_service_configured:
            problems.append(Text("no stream service configured in OBS (Settings > Stream)"))
        if any(c.record for c in ours) and not current.record_directory:
            problems.append(Text("OBS has no recording path (Settings > Output > Recording)"))
        return join(problems) if problems else ""

    # -- alarms ---------------------------------------------------------------------------

    def alarms(self, config: DeviceConfig, state: Any) -> tuple[str, ...]:
        """The alarms of ``state`` as sentences (see :meth:`StreamingState.alarms`)."""
        assert isinstance(config, StreamingConfig)
        current: StreamingState = state
        return tuple(_ALARM_TEXTS[alarm.value] for alarm in current.alarms(config.congestion_alarm))

    def on_air(self, state: Any) -> tuple[bool, bool] | None:
        """``(on air, recording)``: a reconnecting stream is not on air."""
        current: StreamingState = state
        return (current.on_air, current.recording)

    # -- at every GO ------------------------------------------------------------------------

    def on_go(self, driver: Any, config: DeviceConfig, item_title: str, ctx: CueContext) -> None:
        """A record chapter named after the item going live, while OBS records.

        Where OBS cannot (older than 30.2) the log says so once, and the show goes on.
        """
        streaming: StreamingDriver = driver
        state = streaming.state
        if not state.recording or streaming.status.state is not LinkState.OK:
            return
        if state.chapters_supported is False:
            if streaming.chapters_note_due():
                ctx.note(
                    Text(
                        "OBS {version} cannot mark record chapters (they need OBS 30.2 or "
                        "later): going on without chapter markers",
                        version=state.obs_version or "?",
                    )
                )
            return
        ctx.send(CreateRecordChapter(item_title))


#: What the event log, the show bar and the report call each alarm (by its code).
_ALARM_TEXTS: dict[str, Text] = {
    "stream dropped": Text("stream dropped"),
    "stream reconnecting": Text("stream reconnecting"),
    "stream congested": Text("stream congested"),
    "frames skipped": Text("frames skipped"),
    "recording stopped": Text("recording stopped"),
}


STREAMING = StreamingKind()
