"""The video switcher as a device kind: its hall-file table, commands, cue and readiness.

Hall file: ``kind = "switcher"``, ``host``, ``input_count``, optional ``port``,
``feedback_port``, ``prefix`` and ``inputs`` (number = "name").

Cue (show file key ``"switcher"``, one per item): the input to put on ``program``
(by a ``cut``, or by ``auto``: the input goes on preview, and once the switcher
confirms that the transition runs), then the wanted ``preview``. Input 0 is black
on every switcher.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

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
    RunningSimulator,
    SimulatorOptions,
)

if TYPE_CHECKING:
    from devices.base import Driver
    from devices.hall_file import HallFileReader

#: Switcher input 0 is black on every switcher, whatever the hall file lists.
BLACK_INPUT = 0
TRANSITIONS = ("cut", "auto")
_PREFIX_PATTERN = re.compile(r"^(/[A-Za-z0-9_.-]+)+$")


@dataclass(frozen=True)
class SwitcherConfig(DeviceConfig):
    """A video switcher reached over OSC (the atemOSC vocabulary) on UDP.

    Commands go to ``host:port``; the switcher sends feedback to our own
    ``feedback_port``, which listens on ``listen_host`` ("auto": the address of the
    interface that reaches the switcher) and hears only the switcher's address (and
    ``feedback_from_port`` when given). ``frame_rate`` converts transition times to
    the frames atemOSC expects. ``inputs`` maps input numbers (1..``input_count``)
    to names.
    """

    host: str = "127.0.0.1"
    port: int = 3333
    feedback_port: int = 3334
    prefix: str = "/atem"
    input_count: int = 6
    inputs: dict[int, str] = field(default_factory=dict)
    frame_rate: float = 25.0
    listen_host: str = "auto"
    feedback_from_port: int | None = None
    kind: ClassVar[str] = "switcher"

    def input_name(self, number: int) -> str:
        """The configured name of input ``number``, or a plain ``Input n``."""
        return self.inputs.get(number, f"Input {number}")


# -- commands ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetProgram(DeviceCommand):
    """Cut ``input`` to program; resolves once the switcher confirms it."""

    input: int
    log_name: ClassVar[str] = "program"


@dataclass(frozen=True)
class SetPreview(DeviceCommand):
    """Put ``input`` on preview; resolves once the switcher confirms it."""

    input: int
    log_name: ClassVar[str] = "preview"


@dataclass(frozen=True)
class Cut(DeviceCommand):
    """Swap preview and program at once."""


@dataclass(frozen=True)
class Auto(DeviceCommand):
    """Run the transition from program to preview."""


@dataclass(frozen=True)
class FadeToBlack(DeviceCommand):
    """Toggle fade to black."""


@dataclass(frozen=True)
class SetTransitionType(DeviceCommand):
    name: str
    log_name: ClassVar[str] = "transition_type"


@dataclass(frozen=True)
class SetTransitionRate(DeviceCommand):
    seconds: float
    log_name: ClassVar[str] = "transition_rate"


@dataclass(frozen=True)
class SetDskOnAir(DeviceCommand):
    keyer: int
    on: bool
    log_name: ClassVar[str] = "dsk_on_air"


@dataclass(frozen=True)
class RunMacro(DeviceCommand):
    index: int


@dataclass(frozen=True)
class RequestStatus(DeviceCommand):
    """Ask the switcher for its whole state."""


# -- the cue ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SwitcherCue(Cue):
    """Which input goes on program (and preview), and how."""

    device: str = "switcher"
    program: int | None = None
    preview: int | None = None
    transition: str = "cut"


def parse_osc_udp_url(url: str) -> tuple[str, int]:
    """``osc.udp://host:port`` as ``(host, port)``; ``ValueError`` if it is not one."""
    parts = urlsplit(url)
    if parts.scheme != "osc.udp" or not parts.hostname or parts.port is None:
        raise ValueError(f"{url!r} is not an osc.udp://host:port URL")
    return parts.hostname, parts.port


class SwitcherKind(DeviceKind):
    """The video switcher (atemOSC over UDP)."""

    name = "switcher"
    title = "video switcher"
    config_class = SwitcherConfig
    cue_class = SwitcherCue

    # -- the hall file ------------------------------------------------------------------

    def read_config(
        self, reader: HallFileReader, table: Mapping[str, Any], where: str, device_id: str
    ) -> SwitcherConfig:
        reader.check_keys(
            table,
            where,
            required={"id", "kind", "host", "input_count"},
            optional={
                "port",
                "feedback_port",
                "prefix",
                "inputs",
                "frame_rate",
                "listen_host",
                "feedback_from_port",
            },
        )
        host = reader.string(table, where, "host")
        port = reader.port_number(table, where, "port", 3333)
        feedback_port = reader.port_number(table, where, "feedback_port", 3334)
        prefix = reader.string(table, where, "prefix", "/atem")
        if not _PREFIX_PATTERN.match(prefix):
            raise reader.fail(
                f"{where}.prefix", f"{prefix!r}: must look like /atem (a slash, no trailing slash)"
            )
        input_count = reader.integer(table, where, "input_count", None, low=1, high=999)
        inputs: dict[int, str] = {}
        for number, name in reader.numbered_names(table, where, "inputs").items():
            if number > input_count:
                raise reader.fail(
                    f"{where}.inputs.{number}",
                    f"not an input of a {input_count}-input switcher",
                )
            inputs[number] = name
        frame_rate = table.get("frame_rate", 25.0)
        if isinstance(frame_rate, bool) or not isinstance(frame_rate, int | float):
            raise reader.fail(f"{where}.frame_rate", "must be a number")
        if not any(abs(frame_rate - rate) < 0.001 for rate in FRAME_RATES):
            rates = ", ".join(f"{rate:g}" for rate in FRAME_RATES)
            raise reader.fail(
                f"{where}.frame_rate", f"{frame_rate:g} is not a video frame rate (use {rates})"
            )
        listen_host = reader.string(table, where, "listen_host", "auto")
        if listen_host != "auto" and not _is_ipv4(listen_host):
            raise reader.fail(
                f"{where}.listen_host",
                f"{listen_host!r} is not an IPv4 address of this computer (or \"auto\")",
            )
        feedback_from_port = (
            reader.port_number(table, where, "feedback_from_port", 0)
            if "feedback_from_port" in table
            else None
        )
        return SwitcherConfig(
            id=device_id,
            host=host,
            port=port,
            feedback_port=feedback_port,
            prefix=prefix,
            input_count=input_count,
            inputs=inputs,
            frame_rate=float(frame_rate),
            listen_host=listen_host,
            feedback_from_port=feedback_from_port,
        )

    def with_url(self, config: DeviceConfig, url: str) -> SwitcherConfig:
        assert isinstance(config, SwitcherConfig)
        host, port = parse_osc_udp_url(url)
        return dataclasses.replace(config, host=host, port=port)

    # -- the driver -----------------------------------------------------------------------

    def build_driver(self, config: DeviceConfig, clock: Any = None) -> Driver:
        from devices.switcher.driver import SwitcherDriver

        assert isinstance(config, SwitcherConfig)
        return SwitcherDriver(config, clock=clock)

    def dispatch(self, driver: Any, command: DeviceCommand) -> Future[Any]:
        match command:
            case SetProgram(input=number):
                return driver.program(number)  # type: ignore[no-any-return]
            case SetPreview(input=number):
                return driver.preview(number)  # type: ignore[no-any-return]
            case Cut():
                return driver.cut()  # type: ignore[no-any-return]
            case Auto():
                return driver.auto()  # type: ignore[no-any-return]
            case FadeToBlack():
                return driver.fade_to_black()  # type: ignore[no-any-return]
            case SetTransitionType(name=name):
                return driver.transition_type(name)  # type: ignore[no-any-return]
            case SetTransitionRate(seconds=seconds):
                return driver.transition_rate(seconds)  # type: ignore[no-any-return]
            case SetDskOnAir(keyer=keyer, on=on):
                return driver.dsk_on_air(keyer, on)  # type: ignore[no-any-return]
            case RunMacro(index=index):
                return driver.run_macro(index)  # type: ignore[no-any-return]
            case RequestStatus():
                return driver.request_status()  # type: ignore[no-any-return]
        raise TypeError(f"{command.label()} is not a switcher command")

    # -- the simulator --------------------------------------------------------------------

    def start_simulator(self, config: DeviceConfig, options: SimulatorOptions) -> RunningSimulator:
        from devices.switcher.simulator import SwitcherSimulator
        from devices.udp_transport import free_udp_port

        assert isinstance(config, SwitcherConfig)
        feedback_port = free_udp_port() if options.free_feedback_ports else config.feedback_port
        simulator = SwitcherSimulator(
            feedback_host="127.0.0.1",
            feedback_port=feedback_port,
            prefix=config.prefix,
            input_count=config.input_count,
            frame_rate=config.frame_rate,
        )
        url = simulator.start()
        rehearsal = dataclasses.replace(
            config,
            host="127.0.0.1",
            port=simulator.port,
            feedback_port=feedback_port,
            listen_host="127.0.0.1",
            feedback_from_port=simulator.port,  # atemOSC, like it, sends from its own port
        )
        return RunningSimulator(simulator, url, rehearsal)

    # -- cues -----------------------------------------------------------------------------

    def cue_from_dict(self, data: Any, path: str) -> SwitcherCue:
        sw = cue_json.cue_object(
            data, {"device", "program", "preview", "transition", "delay"}, path
        )
        transition = sw.get("transition", "cut")
        if transition not in TRANSITIONS:
            raise CueError(f"{path}.transition", f"must be one of {', '.join(TRANSITIONS)}")
        return SwitcherCue(
            device=cue_json.string(sw.get("device", "switcher"), f"{path}.device"),
            program=cue_json.optional_input(sw.get("program"), f"{path}.program"),
            preview=cue_json.optional_input(sw.get("preview"), f"{path}.preview"),
            transition=transition,
            delay=cue_json.delay(sw.get("delay", 0), f"{path}.delay"),
        )

    def cue_to_dict(self, cue: Cue) -> dict[str, Any]:
        assert isinstance(cue, SwitcherCue)
        return cue_json.drop_none(
            {
                "device": cue.device,
                "program": cue.program,
                "preview": cue.preview,
                "transition": cue.transition,
                "delay": cue.delay or None,
            }
        )

    def execute_cue(self, cue: Cue, config: DeviceConfig, state: Any, ctx: CueContext) -> None:
        """Cut the program; or preview it, once confirmed run the auto; then the preview."""
        assert isinstance(cue, SwitcherCue)
        if cue.program is not None and cue.transition == "auto":
            # The switcher's auto takes whatever is on preview, and the driver follows the
            # auto by the preview it knows: so put the input on preview, wait for that to
            # be confirmed, run the auto, and only then set the wanted preview.
            preview_wanted = cue.preview

            def after_auto() -> None:
                if preview_wanted is not None:
                    ctx.send(SetPreview(preview_wanted))

            def after_preview() -> None:
                ctx.then(ctx.send(Auto()), after_auto)

            ctx.then(ctx.send(SetPreview(cue.program)), after_preview)
            return
        if cue.program is not None:
            ctx.send(SetProgram(cue.program))
        if cue.preview is not None:
            ctx.send(SetPreview(cue.preview))

    def diff(self, cue: Cue, config: DeviceConfig, state: Any) -> list[CueChange]:
        assert isinstance(cue, SwitcherCue) and isinstance(config, SwitcherConfig)

        def name(number: int | None) -> str:
            if number is None:
                return "unknown"
            label = config.inputs.get(number)
            return f"{number} {label}" if label else str(number)

        out = []
        if cue.program is not None and state.program != cue.program:
            out.append(CueChange(cue.device, "program", name(state.program), name(cue.program)))
        if cue.preview is not None and state.preview != cue.preview:
            out.append(CueChange(cue.device, "preview", name(state.preview), name(cue.preview)))
        return out

    def check_cue(self, cue: Cue, config: DeviceConfig, where: str) -> list[CueProblem]:
        assert isinstance(cue, SwitcherCue) and isinstance(config, SwitcherConfig)
        problems = []
        for field_name, number in (("program", cue.program), ("preview", cue.preview)):
            if number is not None and number != BLACK_INPUT and number not in config.inputs:
                problems.append(
                    CueProblem(
                        f"{where}.{field_name}",
                        f"input {number} is not an input of switcher '{config.id}' "
                        f"(inputs: {_number_list(config.inputs)})",
                    )
                )
        return problems

    # -- readiness ------------------------------------------------------------------------

    def readiness_question(self, driver: Any) -> Future[Any] | None:
        return driver.request_status()  # type: ignore[no-any-return]

    def state_problem(self, config: DeviceConfig, state: Any, cues: Sequence[Cue] | None) -> str:
        if getattr(state, "link_up", None) is False:
            return "the switcher reports its link to the mixer is down"
        return ""


def _number_list(numbers: Any) -> str:
    return ", ".join(str(n) for n in sorted(numbers)) or "none"


SWITCHER = SwitcherKind()


#: Frame rates a switcher runs at (1080i50 and PAL halls: 25).
FRAME_RATES = (23.976, 24.0, 25.0, 29.97, 30.0, 50.0, 59.94, 60.0)


def _is_ipv4(text: str) -> bool:
    try:
        ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True
