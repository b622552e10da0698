"""What a device kind declares: the one place the rest of the house learns about a kind.

A *device kind* (switcher, projector, microphones, ...) lives in one folder under
``devices/`` holding its codec, driver and simulator, plus a ``kind.py`` with one
:class:`DeviceKind` subclass instance. That declaration says, in one place:

- the hall file: its ``kind = "..."`` name, its config class, how to read its table
  (:meth:`DeviceKind.read_config`) and how to point it at another URL
  (:meth:`DeviceKind.with_url`, for simulators);
- the driver: how to build it and how a typed :class:`DeviceCommand` reaches it
  (:meth:`DeviceKind.dispatch`, a ``match`` over the kind's command classes);
- the simulator: how to start one for a config, and its fault flags;
- cues: the kind's :class:`Cue` class and its JSON form, how a cue becomes commands
  (:meth:`DeviceKind.execute_cue`, through a :class:`CueContext`), what GO would change
  (:meth:`DeviceKind.diff`), what a cue names that the hall lacks
  (:meth:`DeviceKind.check_cue`), what a break item and PANIC do to the kind;
- readiness: what the readiness check asks a connected device and what in its state
  is a problem;
- the show's optional extras: what to do at every GO (:meth:`DeviceKind.on_go`, OBS's
  record chapter), what in a state is an alarm (:meth:`DeviceKind.alarms`) and whether
  the device puts the show on air or records it (:meth:`DeviceKind.on_air`).

``devices.registry`` lists the kinds; the show layer (``controlroom/``) and the GUI
(``ui/``) look a kind up there instead of switching on config classes. This module
knows no kind: it only states the contract and the small value types it uses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

if TYPE_CHECKING:
    from devices.base import Driver


@dataclass(frozen=True)
class DeviceConfig:
    """What every device in the hall has: a unique id. A kind's subclass adds the rest."""

    id: str
    kind: ClassVar[str] = ""


class CueError(ValueError):
    """A cue is malformed; ``path`` says where (``switcher.program``...)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class DeviceCommand:
    """A typed operator or cue command for one kind's driver (a value, not a method name).

    Subclasses are frozen dataclasses defined in the kind's folder; :meth:`label`
    is the short text the event log shows (``set_mute(2, True)``): ``log_name``, or
    the class name in snake case, with the field values.
    """

    #: The name the event log shows; empty means the class name in snake case.
    log_name: ClassVar[str] = ""

    def label(self) -> str:
        fields = ", ".join(repr(value) for value in self.__dict__.values())
        name = self.log_name or _snake(type(self).__name__)
        return f"{name}({fields})"


@dataclass(frozen=True)
class Cue:
    """What one item wants from one device when it goes live; ``delay`` s after GO."""

    device: str
    delay: float = 0.0


@dataclass(frozen=True)
class CueChange:
    """A line of "what changes on GO": ``what`` on ``device`` goes ``current`` -> ``wanted``."""

    device: str
    what: str
    current: str
    wanted: str


@dataclass(frozen=True)
class CueProblem:
    """Something a cue names that the hall file does not have; ``where`` is a field path."""

    where: str
    reason: str


class CueContext(Protocol):
    """What a kind's cue plan may do, provided by the live equipment for one GO."""

    def send(
        self, command: DeviceCommand, *, watchdog_s: float | None = None
    ) -> Future[Any] | None:
        """Queue ``command`` on this cue's device; ``None`` when it could not be queued."""
        ...

    def then(self, future: Future[Any] | None, action: Callable[[], Any]) -> None:
        """Run ``action`` once ``future`` has succeeded (never if it failed or is None)."""
        ...

    def note(self, text: str) -> None:
        """Log an informational line for this device (a step skipped, and why)."""
        ...


@dataclass(frozen=True)
class SimulatorOptions:
    """How the hall's simulators are run (rehearsal, ``controlroom sim``, tests)."""

    tcp: bool = False
    baud_pacing: bool = False
    free_feedback_ports: bool = True
    projector_warmup_s: float = 30.0
    projector_cooldown_s: float = 30.0
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class RunningSimulator:
    """A started simulator: the object (for fault injection), its URL, the config to reach it."""

    simulator: Any
    url: str
    config: DeviceConfig

    def stop(self) -> None:
        self.simulator.stop()


@dataclass(frozen=True)
class FaultFlag:
    """A ``controlroom sim`` fault flag of a kind: ``--<name> DEVICE[:VALUE]``.

    ``value`` names the part after ``:`` (``"CHANNEL"``), empty when the flag takes
    none (``--<name> DEVICE``). ``device_optional``: the device may be left out, and
    the flag then acts on every device of the kind (``--lamp-failure``,
    ``--battery-dead 2``). ``check`` returns what is wrong with a value for one
    device's config (empty when fine), before ``apply`` runs.
    """

    name: str
    help: str
    apply: Callable[[Any, str | None], Any]
    """Called with the running simulator and the value after ``:`` (or None)."""
    value: str = ""
    device_optional: bool = False
    check: Callable[[DeviceConfig, str | None], str] | None = None

    @property
    def metavar(self) -> str:
        device = "[DEVICE:]" if self.device_optional else "DEVICE:"
        return f"{device}{self.value}" if self.value else "DEVICE"


class DeviceKind:
    """The declaration of one device kind; subclass it in the kind's folder (see module doc)."""

    #: The hall file's ``kind = "..."`` and the show file's cue key.
    name: ClassVar[str] = ""
    #: A noun for people ("video switcher"), English; the GUI translates it.
    title: ClassVar[str] = ""
    config_class: ClassVar[type[DeviceConfig]] = DeviceConfig
    cue_class: ClassVar[type[Cue]] = Cue
    #: True when an item may carry several cues of this kind (one per device), as a JSON list.
    many_cues_per_item: ClassVar[bool] = False
    #: What the event log says a *break* item does to a device of this kind.
    break_note: ClassVar[str] = "forcing its break state"
    fault_flags: ClassVar[tuple[FaultFlag, ...]] = ()

    # -- the hall file ------------------------------------------------------------------

    def read_config(
        self, reader: Any, table: Mapping[str, Any], where: str, device_id: str
    ) -> DeviceConfig:
        """Check the device's hall-file table with ``reader`` (a ``HallFileReader``)."""
        raise NotImplementedError

    def with_url(self, config: DeviceConfig, url: str) -> DeviceConfig:
        """A copy of ``config`` reached at ``url`` (a simulator's) instead of its own."""
        raise NotImplementedError

    # -- the driver -----------------------------------------------------------------------

    def build_driver(self, config: DeviceConfig, clock: Any = None) -> Driver:
        raise NotImplementedError

    def dispatch(self, driver: Any, command: DeviceCommand) -> Future[Any]:
        """Hand ``command`` to ``driver``; ``TypeError`` for a command of another kind."""
        raise NotImplementedError

    # -- the simulator --------------------------------------------------------------------

    def start_simulator(self, config: DeviceConfig, options: SimulatorOptions) -> RunningSimulator:
        raise NotImplementedError

    # -- cues -----------------------------------------------------------------------------

    def cue_from_dict(self, data: Any, path: str) -> Cue:
        """Build a cue from its JSON form; raises ``CueError`` naming ``path``."""
        raise NotImplementedError

    def cue_to_dict(self, cue: Cue) -> dict[str, Any]:
        raise NotImplementedError

    def execute_cue(self, cue: Cue, config: DeviceConfig, state: Any, ctx: CueContext) -> None:
        """Turn ``cue`` into commands on ``ctx`` (the device's current ``state`` given).

        Called once the cue's delay has passed, and only when the hall has the cue's
        device with a config of this kind (otherwise the show reports the cue failed).
        """
        raise NotImplementedError

    def diff(self, cue: Cue, config: DeviceConfig, state: Any) -> list[CueChange]:
        """What ``cue`` would change against ``state`` (empty when nothing); ``config`` is
        the cue's device's, of this kind."""
        raise NotImplementedError

    def check_cue(self, cue: Cue, config: DeviceConfig, where: str) -> list[CueProblem]:
        """What ``cue`` names that ``config`` does not have (inputs, channels, sources)."""
        return []

    def break_cue(self, config: DeviceConfig) -> Cue | None:
        """The cue a *break* item forces on this device whatever its cues say (hot-mic safety).

        A kind that overrides this has its item cues ignored on a break item.
        """
        return None

    @property
    def has_break_cue(self) -> bool:
        """True when the kind forces a cue on break items (it overrides :meth:`break_cue`)."""
        return type(self).break_cue is not DeviceKind.break_cue

    def panic_commands(self, config: DeviceConfig) -> Sequence[DeviceCommand]:
        """What PANIC sends to this device (microphones: mute all)."""
        return ()

    # -- readiness ------------------------------------------------------------------------

    def readiness_question(self, driver: Any) -> Future[Any] | None:
        """A request a connected device must answer for the readiness check, if any."""
        return None

    def state_problem(self, config: DeviceConfig, state: Any, cues: Sequence[Cue] | None) -> str:
        """What is wrong with a connected device's ``state`` for an event using ``cues``.

        ``cues`` are the event's cues for this device; ``None`` when no event is checked.
        """
        return ""

    # -- the show's extras (optional) -------------------------------------------------------

    def on_go(self, driver: Any, config: DeviceConfig, item_title: str, ctx: CueContext) -> None:
        """At every GO, after the item's cues were queued: anything the kind does on any GO
        (OBS: a record chapter named ``item_title``), through ``ctx``. Default: nothing."""

    def alarms(self, config: DeviceConfig, state: Any) -> tuple[str, ...]:
        """What in ``state`` is an alarm now, as sentences (``devices.text.Text``); empty
        when nothing is. The equipment logs each one's start and end."""
        return ()

    def on_air(self, state: Any) -> tuple[bool, bool] | None:
        """``(on air, recording)`` for a device that broadcasts or records the show; None
        for a kind that does neither (the default)."""
        return None


def _snake(name: str) -> str:
    out = []
    for index, char in enumerate(name):
        if char.isupper() and index:
            out.append("_")
        out.append(char.lower())
    return "".join(out)
