"""The projector as a device kind: its hall-file table, commands, cue and readiness.

Hall file: ``kind = "projector"``, ``port`` (a pyserial URL), ``sources`` (name =
"two-character code"), optional ``model`` and ``baudrate``.

Cue (show file key ``"projector"``, one per item): power on, then the source and
the blank, both held by the driver's interlock until the warm-up ends (the blank is
asked only once the power-on was taken, so a refused power-on does not also fail
the blank); or blank and power off. Blanking a projector that is off is skipped:
there is no image to blank. Power commands (and what waits behind a warm-up) get
the long watchdog :data:`POWER_WATCHDOG_S`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from devices import cue_json
from devices.kind import (
    Cue,
    CueChange,
    CueContext,
    CueProblem,
    DeviceCommand,
    DeviceConfig,
    DeviceKind,
    FaultFlag,
    RunningSimulator,
    SimulatorOptions,
)
from devices.projector import escvpnet

if TYPE_CHECKING:
    from devices.base import Driver
    from devices.hall_file import HallFileReader

#: Longest a power command (and a request held by the warm-up) may take before the
#: show calls it lost: PWR ON can take 40 s, 100 s on a lamp retry.
POWER_WATCHDOG_S = 130.0
#: Projector error codes that mean "no error".
NO_ERROR_CODES = {None, "", "00"}
#: Power states that count as "on" and "off" for the wanted state.
POWERED = {"ON", "WARMING_UP"}
UNPOWERED = {"STANDBY", "STANDBY_NETWORK_ON", "COOLING_DOWN", "AV_STANDBY", "ABNORMAL_STANDBY"}
_SOURCE_CODE_PATTERN = re.compile(r"^[0-9A-F]{2}$")


@dataclass(frozen=True)
class ProjectorConfig(DeviceConfig):
    """An Epson projector speaking ESC/VP21 on a serial port (a pyserial URL).

    ``sources`` maps source names to this model's two-character codes.
    """

    port: str = ""
    model: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    baudrate: int = 9600
    kind: ClassVar[str] = "projector"


# -- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PowerOn(DeviceCommand):
    """Power on; resolves once the projector took the command (the warm-up follows)."""


@dataclass(frozen=True)
class PowerOff(DeviceCommand):
    """Power off (cool-down follows)."""


@dataclass(frozen=True)
class SetSource(DeviceCommand):
    """Switch to the source of this name (from the hall file); held through a warm-up."""

    name: str


@dataclass(frozen=True)
class SetBlank(DeviceCommand):
    """Blank (mute) the picture, or show it again."""

    on: bool


@dataclass(frozen=True)
class QueryError(DeviceCommand):
    """Ask for the projector's own error code."""


# -- the cue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectorCue(Cue):
    """The projector's wanted power, source (by name from the hall file) and blank."""

    device: str = "projector"
    power: bool | None = None
    source: str | None = None
    blank: bool | None = None


def _power_name(state: Any) -> str:
    return str(getattr(getattr(state, "power", None), "name", "UNKNOWN"))


def _blank_word(blank: bool | None) -> str:
    return "unknown" if blank is None else ("blank" if blank else "showing")


class ProjectorKind(DeviceKind):
    """The projector (Epson ESC/VP21 on a serial port)."""

    name = "projector"
    title = "projector"
    config_class = ProjectorConfig
    cue_class = ProjectorCue
    fault_flags = (
        FaultFlag(
            "lamp-failure",
            "projector lamp failure (all if no DEVICE)",
            lambda simulator, _value: simulator.lamp_failure(),
            device_optional=True,
        ),
    )

    # -- the hall file ------------------------------------------------------------------

    def read_config(
        self, reader: HallFileReader, table: Mapping[str, Any], where: str, device_id: str
    ) -> ProjectorConfig:
        reader.check_keys(
            table, where, required={"id", "kind", "port", "sources"}, optional={"model", "baudrate"}
        )
        port = reader.string(table, where, "port")
        problem = escvpnet.port_problem(port)  # escvpnet://host[:3629]
        if problem:
            raise reader.fail(f"{where}.port", problem)
        model = reader.string(table, where, "model", "")
        baudrate = reader.baudrate(table, where)
        sources_value = table["sources"]
        if not isinstance(sources_value, dict) or not sources_value:
            raise reader.fail(
                f"{where}.sources", 'must be a table of source name = "code" (at least one)'
            )
        sources: dict[str, str] = {}
        names_by_code: dict[str, str] = {}
        for name, code in sources_value.items():
            key_path = f"{where}.sources.{name}"
            if not isinstance(code, str):
                raise reader.fail(
                    key_path, f'source code must be a string such as "30", not {code!r}'
                )
            if not _SOURCE_CODE_PATTERN.match(code):
                raise reader.fail(
                    key_path,
                    f'source code {code!r}: must be two characters 0-9/A-F, like "30" or "A0"',
                )
            if code in names_by_code:
                raise reader.fail(
                    key_path, f"code {code!r} is already used by {names_by_code[code]!r}"
                )
            names_by_code[code] = name
            sources[name] = code
        return ProjectorConfig(
            id=device_id, port=port, model=model, sources=sources, baudrate=baudrate
        )

    def with_url(self, config: DeviceConfig, url: str) -> ProjectorConfig:
        assert isinstance(config, ProjectorConfig)
        return dataclasses.replace(config, port=url)

    # -- the driver -----------------------------------------------------------------------

    def build_driver(self, config: DeviceConfig, clock: Any = None) -> Driver:
        from devices.projector.driver import ProjectorDriver

        assert isinstance(config, ProjectorConfig)
        return ProjectorDriver(config, clock=clock)

    def dispatch(self, driver: Any, command: DeviceCommand) -> Future[Any]:
        match command:
            case PowerOn():
                return driver.power_on()  # type: ignore[no-any-return]
            case PowerOff():
                return driver.power_off()  # type: ignore[no-any-return]
            case SetSource(name=name):
                return driver.set_source(name)  # type: ignore[no-any-return]
            case SetBlank(on=on):
                return driver.set_blank(on)  # type: ignore[no-any-return]
            case QueryError():
                return driver.query_error()  # type: ignore[no-any-return]
        raise TypeError(f"{command.label()} is not a projector command")

    # -- the simulator --------------------------------------------------------------------

    def start_simulator(self, config: DeviceConfig, options: SimulatorOptions) -> RunningSimulator:
        from devices.projector.simulator import ProjectorSimulator

        assert isinstance(config, ProjectorConfig)
        simulator = ProjectorSimulator(
            config.sources,
            warmup_s=options.projector_warmup_s,
            cooldown_s=options.projector_cooldown_s,
            baudrate=config.baudrate if options.baud_pacing else None,
        )
        url: str = simulator.start_tcp() if options.tcp else simulator.start_pty()
        return RunningSimulator(simulator, url, self.with_url(config, url))

    # -- cues -----------------------------------------------------------------------------

    def cue_from_dict(self, data: Any, path: str) -> ProjectorCue:
        pj = cue_json.cue_object(data, {"device", "power", "source", "blank", "delay"}, path)
        source = pj.get("source")
        return ProjectorCue(
            device=cue_json.string(pj.get("device", "projector"), f"{path}.device"),
            power=cue_json.optional_bool(pj.get("power"), f"{path}.power"),
            source=None if source is None else cue_json.string(source, f"{path}.source"),
            blank=cue_json.optional_bool(pj.get("blank"), f"{path}.blank"),
            delay=cue_json.delay(pj.get("delay", 0), f"{path}.delay"),
        )

    def cue_to_dict(self, cue: Cue) -> dict[str, Any]:
        assert isinstance(cue, ProjectorCue)
        return cue_json.drop_none(
            {
                "device": cue.device,
                "power": cue.power,
                "source": cue.source,
                "blank": cue.blank,
                "delay": cue.delay or None,
            }
        )

    def execute_cue(self, cue: Cue, config: DeviceConfig, state: Any, ctx: CueContext) -> None:
        """Power, source, blank in that order (see the module docstring)."""
        assert isinstance(cue, ProjectorCue)
        power = _power_name(state)
        if cue.power is False:
            if cue.blank and power not in UNPOWERED:
                ctx.send(SetBlank(True))
            ctx.send(PowerOff(), watchdog_s=POWER_WATCHDOG_S)
            return
        powering = None
        if cue.power is True:
            powering = ctx.send(PowerOn(), watchdog_s=POWER_WATCHDOG_S)
        if cue.source is not None:
            # Held by the driver's interlock until a warm-up ends, so it may wait as long
            # as a power command.
            ctx.send(SetSource(cue.source), watchdog_s=POWER_WATCHDOG_S)
        if cue.blank is None:
            return
        if cue.blank and cue.power is None and power in UNPOWERED:
            ctx.note("blank: left as is, the projector is off")
            return
        # The driver holds the blank through a warm-up (its interlock), so it may wait
        # as long as a power command.
        blank = partial(ctx.send, SetBlank(cue.blank), watchdog_s=POWER_WATCHDOG_S)
        if powering is not None:
            ctx.then(powering, blank)
        elif cue.power is None:
            blank()

    def diff(self, cue: Cue, config: DeviceConfig, state: Any) -> list[CueChange]:
        assert isinstance(cue, ProjectorCue)
        power = _power_name(state)
        out = []
        if cue.power is not None:
            satisfied = power in (POWERED if cue.power else UNPOWERED)
            if not satisfied:
                current = power.lower().replace("_", " ")
                out.append(CueChange(cue.device, "power", current, "on" if cue.power else "off"))
        if cue.power is not False:
            if cue.source is not None and state.source != cue.source:
                out.append(CueChange(cue.device, "source", state.source or "unknown", cue.source))
            skipped = cue.blank and cue.power is None and power in UNPOWERED
            if cue.blank is not None and state.blank != cue.blank and not skipped:
                out.append(
                    CueChange(cue.device, "blank", _blank_word(state.blank), _blank_word(cue.blank))
                )
        return out

    def check_cue(self, cue: Cue, config: DeviceConfig, where: str) -> list[CueProblem]:
        assert isinstance(cue, ProjectorCue) and isinstance(config, ProjectorConfig)
        if cue.source is not None and cue.source not in config.sources:
            return [
                CueProblem(
                    f"{where}.source",
                    f"'{cue.source}' is not a source of projector '{config.id}' "
                    f"(sources: {', '.join(config.sources) or 'none'})",
                )
            ]
        return []

    # -- readiness ------------------------------------------------------------------------

    def readiness_question(self, driver: Any) -> Future[Any] | None:
        return driver.query_error()  # type: ignore[no-any-return]

    def state_problem(self, config: DeviceConfig, state: Any, cues: Sequence[Cue] | None) -> str:
        code = getattr(state, "error_code", None)
        if code not in NO_ERROR_CODES:
            text = getattr(state, "error_text", None) or "unknown error"
            return f"projector error {code}: {text}"
        return ""


PROJECTOR = ProjectorKind()
