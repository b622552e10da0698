"""The PJLink device kind: its hall-file section, typed commands, cue, simulator and readiness.

A hall file names a PJLink projector or display like this (``docs/devices-pjlink.md``)::

    [[devices]]
    id = "display"
    kind = "pjlink"
    host = "192.168.0.31"
    port = 4352                 # optional, 4352 is the PJLink port
    password = "JBMIAProjectorLink"   # optional: only if the device has one set
    [devices.inputs]
    HDMI1 = "31"                # class 1: type 1-5 then 1-9
    HDMI2 = "32"
    Laptop = "3A"               # class 2 only: numbers A-Z (and type 6, internal)

Its cue has the Epson projector cue's JSON shape (``power``, ``source`` by input
name, ``blank``, ``delay``), so a show item can drive either kind the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

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
from devices.pjlink import pjlink

if TYPE_CHECKING:
    from devices.base import Driver

#: Longest a power command (and what waits behind it) may take before the show calls it
#: lost; warm-ups of real lamps take up to a minute or two.
POWER_WATCHDOG_S = 130.0
#: Power state names that count as on and off for a cue's wanted power.
_POWERED = {"ON", "WARMING_UP"}
_UNPOWERED = {"STANDBY", "COOLING_DOWN"}
_MAX_PASSWORD = 32  # the specification's limit


@dataclass(frozen=True)
class PJLinkConfig(DeviceConfig):
    """A PJLink projector or display at ``host:port``; ``inputs`` maps names to codes."""

    host: str = ""
    port: int = pjlink.PORT
    password: str | None = None
    inputs: dict[str, str] = field(default_factory=dict)
    model: str = ""
    kind: ClassVar[str] = "pjlink"

    @property
    def sources(self) -> dict[str, str]:
        """The inputs under the Epson config's name, so projector-shaped panels can list them."""
        return self.inputs

    def problem(self) -> str:
        """One line saying what is wrong (the driver's bad-config reason), "" if nothing."""
        if not self.host.strip():
            return "host: missing"
        if not 1 <= self.port <= 65535:
            return f"port: {self.port} is out of range 1..65535"
        for name, code in self.inputs.items():
            if pjlink.input_class(code) is None:
                return f'inputs.{name}: {code!r} is not a PJLink input code (like "31")'
        return ""


# -- typed commands -------------------------------------------------------------------------


@dataclass(frozen=True)
class PowerOn(DeviceCommand):
    pass


@dataclass(frozen=True)
class PowerOff(DeviceCommand):
    pass


@dataclass(frozen=True)
class SetInput(DeviceCommand):
    name: str


@dataclass(frozen=True)
class SetAvMute(DeviceCommand):
    on: bool


@dataclass(frozen=True)
class PJLinkCue(Cue):
    """Wanted power, input (by name) and blank (A/V mute); ``None`` leaves it as is."""

    device: str = "display"
    power: bool | None = None
    source: str | None = None
    blank: bool | None = None


def _lamp_failure(simulator: Any, value: str | None) -> None:
    simulator.lamp_failure()


def _silent(simulator: Any, value: str | None) -> None:
    simulator.set_silent(value not in ("0", "off", "false"))


class PJLinkKind(DeviceKind):
    """PJLink class 1 and 2 projectors and displays (any brand)."""

    name: ClassVar[str] = "pjlink"
    title: ClassVar[str] = "PJLink projector or display"
    config_class: ClassVar[type[DeviceConfig]] = PJLinkConfig
    cue_class: ClassVar[type[Cue]] = PJLinkCue
    fault_flags: ClassVar[tuple[FaultFlag, ...]] = (
        FaultFlag("pjlink-lamp-failure", "the PJLink device's lamp fails", _lamp_failure),
        FaultFlag("pjlink-silent", "the PJLink device stops answering", _silent),
    )

    # -- the hall file --------------------------------------------------------------------

    def read_config(
        self, reader: Any, table: Mapping[str, Any], where: str, device_id: str
    ) -> PJLinkConfig:
        reader.check_keys(
            table,
            where,
            required={"id", "kind", "host", "inputs"},
            optional={"port", "password", "model"},
        )
        host = reader.string(table, where, "host")
        if any(char.isspace() for char in host) or "/" in host:
            raise reader.fail(f"{where}.host", f"{host!r}: a host name or address, no URL")
        port = reader.port_number(table, where, "port", pjlink.PORT)
        password: str | None = None
        if "password" in table:
            password = reader.string(table, where, "password")
            if len(password) > _MAX_PASSWORD or not password.isascii():
                raise reader.fail(
                    f"{where}.password", f"at most {_MAX_PASSWORD} ASCII characters (PJLink)"
                )
        model = reader.string(table, where, "model", "")
        inputs_value = table["inputs"]
        if not isinstance(inputs_value, dict) or not inputs_value:
            raise reader.fail(f"{where}.inputs", 'must be a table of input name = "code"')
        inputs: dict[str, str] = {}
        names_by_code: dict[str, str] = {}
        for name, code in inputs_value.items():
            path = f"{where}.inputs.{name}"
            if not isinstance(code, str) or pjlink.input_class(code) is None:
                raise reader.fail(
                    path,
                    f"{code!r} is not a PJLink input code: two characters, type 1-5 "
                    '(6 in class 2) then 1-9 (A-Z in class 2), like "31"',
                )
            code = code.upper()
            if code in names_by_code:
                raise reader.fail(path, f"code {code!r} is already used by {names_by_code[code]!r}")
            names_by_code[code] = name
            inputs[name] = code
        return PJLinkConfig(
            id=device_id, host=host, port=port, password=password, inputs=inputs, model=model
        )

    def with_url(self, config: DeviceConfig, url: str) -> PJLinkConfig:
        """``pjlink://127.0.0.1:PORT`` (a simulator's URL) as host and port."""
        assert isinstance(config, PJLinkConfig)
        parts = urlsplit(url)
        if parts.scheme != "pjlink" or not parts.hostname or parts.port is None:
            raise ValueError(f"{url!r} is not a pjlink://host:port URL")
        return dataclasses.replace(config, host=parts.hostname, port=parts.port)

    # -- the driver -----------------------------------------------------------------------

    def build_driver(self, config: DeviceConfig, clock: Any = None) -> Driver:
        from devices.pjlink.driver import PJLinkDriver

        assert isinstance(config, PJLinkConfig)
        driver: Driver = PJLinkDriver(config, clock=clock)
        return driver

    def dispatch(self, driver: Any, command: DeviceCommand) -> Future[Any]:
        match command:
            case PowerOn():
                return driver.power_on()  # type: ignore[no-any-return]
            case PowerOff():
                return driver.power_off()  # type: ignore[no-any-return]
            case SetInput(name=name):
                return driver.set_source(name)  # type: ignore[no-any-return]
            case SetAvMute(on=on):
                return driver.set_blank(on)  # type: ignore[no-any-return]
        raise TypeError(f"{type(command).__name__} is not a PJLink command")

    # -- the simulator --------------------------------------------------------------------

    def start_simulator(self, config: DeviceConfig, options: SimulatorOptions) -> RunningSimulator:
        from devices.pjlink.simulator import PJLinkSimulator

        assert isinstance(config, PJLinkConfig)
        codes = list(config.inputs.values())
        needs_class2 = any(pjlink.input_class(code) == 2 for code in codes)
        simulator = PJLinkSimulator(
            codes,
            pjlink_class=int(options.extra.get("pjlink_class", 2 if needs_class2 else 1)),
            password=config.password,
            warmup_s=options.projector_warmup_s,
            cooldown_s=options.projector_cooldown_s,
        )
        url = simulator.start()
        return RunningSimulator(simulator, url, self.with_url(config, url))

    # -- cues -----------------------------------------------------------------------------

    def cue_from_dict(self, data: Any, path: str) -> PJLinkCue:
        if not isinstance(data, dict):
            raise CueError(path, "must be an object")
        unknown = sorted(set(data) - {"device", "power", "source", "blank", "delay"})
        if unknown:
            raise CueError(f"{path}.{unknown[0]}", "unknown key")
        device = data.get("device", "display")
        if not isinstance(device, str) or not device.strip():
            raise CueError(f"{path}.device", "must be a device id")
        source = data.get("source")
        if source is not None and (not isinstance(source, str) or not source.strip()):
            raise CueError(f"{path}.source", "must be an input name")
        delay = data.get("delay", 0)
        if isinstance(delay, bool) or not isinstance(delay, int | float) or delay < 0:
            raise CueError(f"{path}.delay", "must be a number of seconds, 0 or more")
        return PJLinkCue(
            device=device,
            power=_optional_bool(data.get("power"), f"{path}.power"),
            source=source,
            blank=_optional_bool(data.get("blank"), f"{path}.blank"),
            delay=float(delay),
        )

    def cue_to_dict(self, cue: Cue) -> dict[str, Any]:
        assert isinstance(cue, PJLinkCue)
        out = {
            "device": cue.device,
            "power": cue.power,
            "source": cue.source,
            "blank": cue.blank,
            "delay": cue.delay or None,
        }
        return {key: value for key, value in out.items() if value is not None}

    def execute_cue(self, cue: Cue, config: DeviceConfig, state: Any, ctx: CueContext) -> None:
        """Power off (blanking first if asked), or power on, then input, then blank."""
        assert isinstance(cue, PJLinkCue)
        power = _power_name(state)
        if cue.power is False:
            if cue.blank and power not in _UNPOWERED:
                ctx.send(SetAvMute(True))
            ctx.send(PowerOff(), watchdog_s=POWER_WATCHDOG_S)
            return
        powering = ctx.send(PowerOn(), watchdog_s=POWER_WATCHDOG_S) if cue.power else None
        if cue.source is not None:
            # held by the driver's interlock through a warm-up: may wait as long as power
            ctx.send(SetInput(cue.source), watchdog_s=POWER_WATCHDOG_S)
        if cue.blank is None:
            return
        if cue.blank and cue.power is None and power in _UNPOWERED:
            ctx.note("blank: left as is, the display is off")
            return
        if powering is not None:
            ctx.then(
                powering, lambda: ctx.send(SetAvMute(bool(cue.blank)), watchdog_s=POWER_WATCHDOG_S)
            )
        elif cue.power is None:
            ctx.send(SetAvMute(cue.blank), watchdog_s=POWER_WATCHDOG_S)

    def diff(self, cue: Cue, config: DeviceConfig, state: Any) -> list[CueChange]:
        assert isinstance(cue, PJLinkCue)
        power = _power_name(state)
        out: list[CueChange] = []
        if cue.power is not None and power not in (_POWERED if cue.power else _UNPOWERED):
            current = power.lower().replace("_", " ")
            out.append(CueChange(cue.device, "power", current, "on" if cue.power else "off"))
        if cue.power is not False:
            source = getattr(state, "source", None)
            if cue.source is not None and source != cue.source:
                out.append(CueChange(cue.device, "source", source or "unknown", cue.source))
            blank = getattr(state, "blank", None)
            skipped = cue.blank and cue.power is None and power in _UNPOWERED
            if cue.blank is not None and blank != cue.blank and not skipped:
                out.append(
                    CueChange(cue.device, "blank", _blank_word(blank), _blank_word(cue.blank))
                )
        return out

    def check_cue(self, cue: Cue, config: DeviceConfig, where: str) -> list[CueProblem]:
        assert isinstance(cue, PJLinkCue) and isinstance(config, PJLinkConfig)
        if cue.source is not None and cue.source not in config.inputs:
            known = ", ".join(config.inputs) or "none"
            return [
                CueProblem(
                    f"{where}.source",
                    f"{config.id} has no input {cue.source!r} (known: {known})",
                )
            ]
        return []

    # -- readiness ------------------------------------------------------------------------

    def readiness_question(self, driver: Any) -> Future[Any] | None:
        return driver.query("POWR")  # type: ignore[no-any-return]

    def state_problem(
        self, config: DeviceConfig, state: Any, cues: Sequence[Cue] | None
    ) -> str:
        errors = getattr(state, "errors", None) or {}
        bad = [part for part, level in errors.items() if level == "error"]
        if bad:
            return "the display reports an error: " + ", ".join(bad)
        return ""


def _optional_bool(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise CueError(path, "must be true, false or left out")


def _power_name(state: Any) -> str:
    return str(getattr(getattr(state, "power", None), "name", "UNKNOWN"))


def _blank_word(blank: bool | None) -> str:
    return "unknown" if blank is None else ("blank" if blank else "showing")


PJLINK = PJLinkKind()
