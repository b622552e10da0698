"""The microphones as a device kind: a Shure receiver's hall-file table, commands and cue.

Hall file: ``kind = "microphones"``, ``port`` (a pyserial URL or
``socket://host:2202``), ``channels`` (number = "name"), optional ``baudrate``.

Cue (show file key ``"microphones"``, a list: one cue per microphone device): the
channels that are ``live``, with optional gains. GO first mutes every channel of the
device that is not live, then sets the gains, then unmutes the live channels. A
*break* item mutes every channel whatever its cues say (hot-mic safety), and PANIC
mutes all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from devices import cue_json
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
from devices.microphones import models
from devices.microphones.models import DEFAULT_MODEL
from devices.serial_ports import port_spec_problem
from devices.text import Text, join

if TYPE_CHECKING:
    from devices.base import Driver
    from devices.hall_file import HallFileReader

#: Shure receivers keep channel names short; longer names are cut by the device.
MAX_CHANNEL_NAME = 31
#: The gains a cue may ask for, in dB.
GAIN_RANGE_DB = (-18.0, 42.0)


@dataclass(frozen=True)
class MicrophonesConfig(DeviceConfig):
    """A Shure receiver or mixer speaking command strings on a serial port (a pyserial URL).

    ``model`` names the family (``ULX-D``, ``QLX-D``, ``SLX-D``, ``AD``, ``SCM820``):
    its channels, whether it can mute, its battery and meter forms
    (:mod:`devices.microphones.models`).
    """

    port: str = ""
    channels: dict[int, str] = field(default_factory=dict)
    baudrate: int = 9600
    model: str = DEFAULT_MODEL
    kind: ClassVar[str] = "microphones"


# -- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetMute(DeviceCommand):
    """Mute (``muted=True``) or open one channel."""

    channel: int
    muted: bool


@dataclass(frozen=True)
class SetGainDb(DeviceCommand):
    """Set one channel's gain in dB."""

    channel: int
    db: float


@dataclass(frozen=True)
class SetName(DeviceCommand):
    """Rename one channel on the receiver."""

    channel: int
    name: str


@dataclass(frozen=True)
class SetMeterRate(DeviceCommand):
    """Ask for level meters every ``ms`` milliseconds (0: off)."""

    ms: int


@dataclass(frozen=True)
class MuteAll(DeviceCommand):
    """Mute every channel (PANIC)."""


# -- the cue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MicrophoneCue(Cue):
    """Which channels of a microphone device are live; every other channel is muted."""

    device: str = "mics"
    live: tuple[int, ...] = ()
    gains_db: tuple[tuple[int, float], ...] = ()
    """Optional ``(channel, dB)`` pairs set with the cue."""


def _mute_word(muted: bool | None) -> str:
    return "unknown" if muted is None else ("muted" if muted else "live")


def _number_list(numbers: Any) -> str:
    return ", ".join(str(n) for n in sorted(numbers)) or "none"


def _check_battery_channel(config: DeviceConfig, value: str | None) -> str:
    assert isinstance(config, MicrophonesConfig)
    text = value or ""
    if not text.isdigit() or int(text) not in config.channels:
        return f"{text!r} is not a channel of {config.id} ({', '.join(map(str, config.channels))})"
    return ""


class MicrophonesKind(DeviceKind):
    """The microphones (a Shure receiver's command strings, serial or TCP)."""

    name = "microphones"
    title = "microphone receiver"
    config_class = MicrophonesConfig
    cue_class = MicrophoneCue
    many_cues_per_item = True
    break_note = Text("muting every channel")
    fault_flags = (
        FaultFlag(
            "battery-dead",
            "a microphone battery is dead",
            lambda simulator, value: simulator.battery_dead(int(value or 0)),
            value="CHANNEL",
            device_optional=True,
            check=_check_battery_channel,
        ),
    )

    # -- the hall file ------------------------------------------------------------------

    def read_config(
        self, reader: HallFileReader, table: Mapping[str, Any], where: str, device_id: str
    ) -> MicrophonesConfig:
        reader.check_keys(
            table,
            where,
            required={"id", "kind", "model", "port", "channels"},
            optional={"baudrate"},
        )
        model = reader.string(table, where, "model")
        port = reader.string(table, where, "port")
        problem = port_spec_problem(port)
        if problem:
            raise reader.fail(f"{where}.port", problem)
        baudrate = reader.baudrate(table, where)
        channels = reader.numbered_names(table, where, "channels")
        for number, name in channels.items():
            if "{" in name or "}" in name:
                raise reader.fail(
                    f"{where}.channels.{number}", "a channel name cannot contain { or }"
                )
        for suffix, problem in models.validate_channels(model, channels)[:1]:
            raise reader.fail(f"{where}.{suffix}", problem)
        return MicrophonesConfig(
            id=device_id, port=port, channels=channels, baudrate=baudrate, model=model
        )

    def with_url(self, config: DeviceConfig, url: str) -> MicrophonesConfig:
        assert isinstance(config, MicrophonesConfig)
        return dataclasses.replace(config, port=url)

    # -- the driver -----------------------------------------------------------------------

    def build_driver(self, config: DeviceConfig, clock: Any = None) -> Driver:
        from devices.microphones.driver import MicrophoneDriver

        assert isinstance(config, MicrophonesConfig)
        return MicrophoneDriver(config, clock=clock, model=config.model)

    def dispatch(self, driver: Any, command: DeviceCommand) -> Future[Any]:
        match command:
            case SetMute(channel=channel, muted=muted):
                return driver.set_mute(channel, muted)  # type: ignore[no-any-return]
            case SetGainDb(channel=channel, db=db):
                return driver.set_gain_db(channel, db)  # type: ignore[no-any-return]
            case SetName(channel=channel, name=name):
                return driver.set_name(channel, name)  # type: ignore[no-any-return]
            case SetMeterRate(ms=ms):
                return driver.set_meter_rate(ms)  # type: ignore[no-any-return]
            case MuteAll():
                return driver.mute_all()  # type: ignore[no-any-return]
        raise TypeError(f"{command.label()} is not a microphones command")

    # -- the simulator --------------------------------------------------------------------

    def start_simulator(self, config: DeviceConfig, options: SimulatorOptions) -> RunningSimulator:
        from devices.microphones.simulator import MicrophoneSimulator

        assert isinstance(config, MicrophonesConfig)
        simulator = MicrophoneSimulator(
            dict(config.channels),
            model=config.model,
            baudrate=config.baudrate if options.baud_pacing else None,
        )
        url: str = simulator.start_tcp() if options.tcp else simulator.start_pty()
        return RunningSimulator(simulator, url, self.with_url(config, url))

    # -- cues -----------------------------------------------------------------------------

    def cue_from_dict(self, data: Any, path: str) -> MicrophoneCue:
        mic = cue_json.cue_object(data, {"device", "live", "gains_db", "delay"}, path)
        live = mic.get("live", [])
        if not isinstance(live, list):
            raise CueError(f"{path}.live", Text("must be a list of channel numbers"))
        channels = tuple(cue_json.channel(ch, f"{path}.live[{i}]") for i, ch in enumerate(live))
        gains_raw = mic.get("gains_db") or {}
        if not isinstance(gains_raw, dict):
            raise CueError(f"{path}.gains_db", Text("must be an object of channel: dB"))
        low, high = GAIN_RANGE_DB
        gains: list[tuple[int, float]] = []
        for key, value in gains_raw.items():
            try:
                channel = int(key)
            except ValueError:
                raise CueError(f"{path}.gains_db.{key}", Text("not a channel number")) from None
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise CueError(f"{path}.gains_db.{key}", Text("must be a number of dB"))
            if not low <= float(value) <= high:
                raise CueError(f"{path}.gains_db.{key}", Text("must be between -18 and 42 dB"))
            gains.append((cue_json.channel(channel, f"{path}.gains_db.{key}"), float(value)))
        return MicrophoneCue(
            device=cue_json.string(mic.get("device", "mics"), f"{path}.device"),
            live=channels,
            gains_db=tuple(sorted(gains)),
            delay=cue_json.delay(mic.get("delay", 0), f"{path}.delay"),
        )

    def cue_to_dict(self, cue: Cue) -> dict[str, Any]:
        assert isinstance(cue, MicrophoneCue)
        return cue_json.drop_none(
            {
                "device": cue.device,
                "live": list(cue.live),
                "gains_db": {str(ch): db for ch, db in cue.gains_db} or None,
                "delay": cue.delay or None,
            }
        )

    def execute_cue(self, cue: Cue, config: DeviceConfig, state: Any, ctx: CueContext) -> None:
        """Mute the channels not live, set the gains, then open the live channels."""
        assert isinstance(cue, MicrophoneCue) and isinstance(config, MicrophonesConfig)
        live = set(cue.live)
        for channel in sorted(config.channels):
            if channel not in live:
                ctx.send(SetMute(channel, True))
        for channel, gain in cue.gains_db:
            ctx.send(SetGainDb(channel, gain))
        for channel in cue.live:
            ctx.send(SetMute(channel, False))

    def diff(self, cue: Cue, config: DeviceConfig, state: Any) -> list[CueChange]:
        assert isinstance(cue, MicrophoneCue) and isinstance(config, MicrophonesConfig)
        channels = state.channels
        gains = dict(cue.gains_db)
        out = []
        for number in sorted(config.channels):
            label = f"{number} {config.channels[number]}"
            channel = channels.get(number)
            muted = None if channel is None else channel.muted
            want_muted = number not in cue.live
            if muted is None or muted != want_muted:
                out.append(CueChange(cue.device, label, _mute_word(muted), _mute_word(want_muted)))
            if number in gains:
                gain = None if channel is None else channel.gain_db
                if gain is None or abs(gain - gains[number]) > 0.05:
                    out.append(
                        CueChange(
                            cue.device,
                            f"{label} gain",
                            "unknown" if gain is None else f"{gain:g} dB",
                            f"{gains[number]:g} dB",
                        )
                    )
        return out

    def check_cue(self, cue: Cue, config: DeviceConfig, where: str) -> list[CueProblem]:
        assert isinstance(cue, MicrophoneCue) and isinstance(config, MicrophonesConfig)
        channels = config.channels
        places = [(f"{where}.live", channel) for channel in cue.live]
        places += [(f"{where}.gains_db.{channel}", channel) for channel, _gain in cue.gains_db]
        return [
            CueProblem(
                place,
                Text(
                    "channel {channel} is not a channel of '{device}'"
                    " (channels: {number_list})",
                    channel=channel,
                    device=config.id,
                    number_list=_number_list(channels),
                ),
            )
            for place, channel in places
            if channel not in channels
        ]

    def break_cue(self, config: DeviceConfig) -> MicrophoneCue:
        return MicrophoneCue(device=config.id, live=())

    def panic_commands(self, config: DeviceConfig) -> Sequence[DeviceCommand]:
        return (MuteAll(),)

    # -- readiness ------------------------------------------------------------------------

    def state_problem(self, config: DeviceConfig, state: Any, cues: Sequence[Cue] | None) -> str:
        """A flat battery on a channel the event opens (every channel when no event)."""
        assert isinstance(config, MicrophonesConfig)
        used: set[int] | None = None
        if cues is not None:
            used = {n for cue in cues if isinstance(cue, MicrophoneCue) for n in cue.live}
        flat = [
            f"{number} {config.channels.get(number, '')}".strip()
            for number, channel in sorted(getattr(state, "channels", {}).items())
            if channel.battery_bars == 0 and (used is None or number in used)
        ]
        problems: list[str] = []
        if flat:
            problems.append(Text("battery empty on channel {channels}", channels=", ".join(flat)))
        if cues:  # a cue mutes every channel it does not open: this model cannot
            unmutable = models.mute_problem(config.model, sorted(config.channels))
            if unmutable:
                problems.append(unmutable)
        return join(problems) if problems else ""


MICROPHONES = MicrophonesKind()
