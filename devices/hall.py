"""The hall file: which devices the hall has and how to reach them (TOML, validated on load).

A hall file names the hall and lists its devices, each with an ``id``, a ``kind``
(``switcher``, ``projector``, ``microphones``), how to reach it, and the names of
its inputs, sources or channels. :func:`load_hall` reads and checks it; every
problem raises :class:`devices.base.ConfigError` naming the file, the key path
and what is wrong, for example ``hall.toml: devices[2].port: missing``.

:func:`build_driver` turns one device's configuration into its driver.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from devices.base import ConfigError

if TYPE_CHECKING:
    from devices.base import Driver

#: Serial speeds a technician may write in a hall file.
STANDARD_BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")
_SOURCE_CODE_PATTERN = re.compile(r"^[0-9A-F]{2}$")
_PREFIX_PATTERN = re.compile(r"^(/[A-Za-z0-9_.-]+)+$")
#: Shure receivers keep channel names short; longer names are cut by the device.
MAX_CHANNEL_NAME = 31


@dataclass(frozen=True)
class DeviceConfig:
    """What every device in the hall has: a unique id. Subclasses say the kind."""

    id: str
    kind: ClassVar[str] = ""


@dataclass(frozen=True)
class SwitcherConfig(DeviceConfig):
    """A video switcher reached over OSC (the atemOSC vocabulary) on UDP.

    Commands go to ``host:port``; the switcher sends feedback to our own
    ``feedback_port``. ``inputs`` maps input numbers (1..``input_count``) to names.
    """

    host: str = "127.0.0.1"
    port: int = 3333
    feedback_port: int = 3334
    prefix: str = "/atem"
    input_count: int = 6
    inputs: dict[int, str] = field(default_factory=dict)
    kind: ClassVar[str] = "switcher"

    def input_name(self, number: int) -> str:
        """The configured name of input ``number``, or a plain ``Input n``."""
        return self.inputs.get(number, f"Input {number}")


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


@dataclass(frozen=True)
class MicrophonesConfig(DeviceConfig):
    """A Shure receiver or mixer speaking command strings on a serial port (a pyserial URL)."""

    port: str = ""
    channels: dict[int, str] = field(default_factory=dict)
    baudrate: int = 9600
    kind: ClassVar[str] = "microphones"


@dataclass(frozen=True)
class HallConfig:
    """A hall: its name and its devices, in file order."""

    name: str
    devices: list[DeviceConfig]

    def device(self, device_id: str) -> DeviceConfig:
        """The device with this id; ``KeyError`` naming the id if there is none."""
        for device in self.devices:
            if device.id == device_id:
                return device
        raise KeyError(f"no device {device_id!r} in hall {self.name!r}")

    def replace_device(self, config: DeviceConfig) -> HallConfig:
        """A copy of this hall with the device of the same id replaced by ``config``."""
        devices = [config if d.id == config.id else d for d in self.devices]
        return HallConfig(self.name, devices)


def default_hall_path() -> Path:
    """``resources/halls/default.toml`` at the repository root (next to ``devices/``)."""
    return Path(__file__).resolve().parent.parent / "resources" / "halls" / "default.toml"


def load_hall(path: Path | str) -> HallConfig:
    """Read and validate a hall file; raises :class:`ConfigError` naming file, key and problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read: {error}") from None
    return parse_hall(text, str(path))


def parse_hall(text: str, source: str = "hall.toml") -> HallConfig:
    """Validate hall-file text; ``source`` is the file name used in error messages."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: invalid TOML: {error}") from None
    return _HallReader(source).read(document)


class _HallReader:
    """Walks a parsed TOML document, checking each key and building the configs."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key_path: str, problem: str) -> ConfigError:
        where = f"{key_path}: " if key_path else ""
        return ConfigError(f"{self.source}: {where}{problem}")

    def read(self, document: dict[str, Any]) -> HallConfig:
        self.check_keys(document, "", required={"name", "devices"}, optional=set())
        name = self.string(document, "", "name")
        devices_value = document["devices"]
        if not isinstance(devices_value, list) or not all(
            isinstance(d, dict) for d in devices_value
        ):
            raise self.fail("devices", "must be a list of [[devices]] tables")
        devices: list[DeviceConfig] = []
        seen: dict[str, int] = {}
        for index, table in enumerate(devices_value):
            device = self.device(table, f"devices[{index}]")
            if device.id in seen:
                raise self.fail(
                    f"devices[{index}].id",
                    f"duplicate id {device.id!r} (already used by devices[{seen[device.id]}])",
                )
            seen[device.id] = index
            devices.append(device)
        return HallConfig(name=name, devices=devices)

    def device(self, table: dict[str, Any], where: str) -> DeviceConfig:
        if "kind" not in table:
            raise self.fail(f"{where}.kind", "missing")
        kind = self.string(table, where, "kind")
        if "id" not in table:
            raise self.fail(f"{where}.id", "missing")
        device_id = self.string(table, where, "id")
        if not _ID_PATTERN.match(device_id):
            raise self.fail(f"{where}.id", f"{device_id!r}: use only letters, digits, '-' and '_'")
        if kind == "switcher":
            return self.switcher(table, where, device_id)
        if kind == "projector":
            return self.projector(table, where, device_id)
        if kind == "microphones":
            return self.microphones(table, where, device_id)
        raise self.fail(
            f"{where}.kind", f"unknown kind {kind!r} (expected switcher, projector or microphones)"
        )

    def switcher(self, table: dict[str, Any], where: str, device_id: str) -> SwitcherConfig:
        self.check_keys(
            table,
            where,
            required={"id", "kind", "host", "input_count"},
            optional={"port", "feedback_port", "prefix", "inputs"},
        )
        host = self.string(table, where, "host")
        port = self.port_number(table, where, "port", 3333)
        feedback_port = self.port_number(table, where, "feedback_port", 3334)
        prefix = self.string(table, where, "prefix", "/atem")
        if not _PREFIX_PATTERN.match(prefix):
            raise self.fail(
                f"{where}.prefix", f"{prefix!r}: must look like /atem (a slash, no trailing slash)"
            )
        input_count = self.integer(table, where, "input_count", None, low=1, high=999)
        inputs: dict[int, str] = {}
        for number, name in self.numbered_names(table, where, "inputs").items():
            if number > input_count:
                raise self.fail(
                    f"{where}.inputs.{number}",
                    f"not an input of a {input_count}-input switcher",
                )
            inputs[number] = name
        return SwitcherConfig(
            id=device_id,
            host=host,
            port=port,
            feedback_port=feedback_port,
            prefix=prefix,
            input_count=input_count,
            inputs=inputs,
        )

    def projector(self, table: dict[str, Any], where: str, device_id: str) -> ProjectorConfig:
        self.check_keys(
            table, where, required={"id", "kind", "port", "sources"}, optional={"model", "baudrate"}
        )
        port = self.string(table, where, "port")
        from devices.projector.escvpnet import port_problem  # escvpnet://host:3629

        if port_problem(port):
            raise self.fail(f"{where}.port", port_problem(port))
        model = self.string(table, where, "model", "")
        baudrate = self.baudrate(table, where)
        sources_value = table["sources"]
        if not isinstance(sources_value, dict) or not sources_value:
            raise self.fail(
                f"{where}.sources", 'must be a table of source name = "code" (at least one)'
            )
        sources: dict[str, str] = {}
        names_by_code: dict[str, str] = {}
        for name, code in sources_value.items():
            key_path = f"{where}.sources.{name}"
            if not isinstance(code, str):
                raise self.fail(
                    key_path, f'source code must be a string such as "30", not {code!r}'
                )
            if not _SOURCE_CODE_PATTERN.match(code):
                raise self.fail(
                    key_path,
                    f'source code {code!r}: must be two characters 0-9/A-F, like "30" or "A0"',
                )
            if code in names_by_code:
                raise self.fail(
                    key_path, f"code {code!r} is already used by {names_by_code[code]!r}"
                )
            names_by_code[code] = name
            sources[name] = code
        return ProjectorConfig(
            id=device_id, port=port, model=model, sources=sources, baudrate=baudrate
        )

    def microphones(self, table: dict[str, Any], where: str, device_id: str) -> MicrophonesConfig:
        self.check_keys(
            table, where, required={"id", "kind", "port", "channels"}, optional={"baudrate"}
        )
        port = self.string(table, where, "port")
        baudrate = self.baudrate(table, where)
        channels = self.numbered_names(table, where, "channels")
        if not channels:
            raise self.fail(f"{where}.channels", "must name at least one channel")
        for number, name in channels.items():
            if "{" in name or "}" in name:
                raise self.fail(
                    f"{where}.channels.{number}", "a channel name cannot contain { or }"
                )
            if len(name) > MAX_CHANNEL_NAME:
                raise self.fail(
                    f"{where}.channels.{number}",
                    f"name too long ({len(name)} characters, at most {MAX_CHANNEL_NAME})",
                )
        return MicrophonesConfig(id=device_id, port=port, channels=channels, baudrate=baudrate)

    # -- typed values ---------------------------------------------------------------------

    def check_keys(
        self, table: Mapping[str, Any], where: str, required: set[str], optional: set[str]
    ) -> None:
        prefix = f"{where}." if where else ""
        for key in sorted(required):
            if key not in table:
                raise self.fail(f"{prefix}{key}", "missing")
        allowed = required | optional
        for key in table:
            if key not in allowed:
                raise self.fail(
                    f"{prefix}{key}", f"unknown key (expected one of: {', '.join(sorted(allowed))})"
                )

    def string(
        self, table: Mapping[str, Any], where: str, key: str, default: str | None = None
    ) -> str:
        key_path = f"{where}.{key}" if where else key
        if key not in table:
            if default is None:
                raise self.fail(key_path, "missing")
            return default
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(key_path, f"must be a string, not {_type_name(value)}")
        if not value.strip() and default is None:
            raise self.fail(key_path, "must not be empty")
        return value

    def integer(
        self,
        table: Mapping[str, Any],
        where: str,
        key: str,
        default: int | None,
        low: int,
        high: int,
    ) -> int:
        key_path = f"{where}.{key}"
        if key not in table:
            if default is None:
                raise self.fail(key_path, "missing")
            return default
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key_path, f"must be a whole number, not {_type_name(value)}")
        if not low <= value <= high:
            raise self.fail(key_path, f"{value} is out of range {low}..{high}")
        return value

    def port_number(self, table: Mapping[str, Any], where: str, key: str, default: int) -> int:
        return self.integer(table, where, key, default, low=1, high=65535)

    def baudrate(self, table: Mapping[str, Any], where: str) -> int:
        value = self.integer(table, where, "baudrate", 9600, low=1, high=10_000_000)
        if value not in STANDARD_BAUDRATES:
            raise self.fail(
                f"{where}.baudrate",
                f"{value} is not a standard speed ({', '.join(map(str, STANDARD_BAUDRATES))})",
            )
        return value

    def numbered_names(self, table: Mapping[str, Any], where: str, key: str) -> dict[int, str]:
        """A table like ``{"1": "Cam 1", "2": "Cam 2"}`` as ``{1: "Cam 1", 2: "Cam 2"}``."""
        if key not in table:
            return {}
        value = table[key]
        key_path = f"{where}.{key}"
        if not isinstance(value, dict):
            raise self.fail(
                key_path, f'must be a table of number = "name", not {_type_name(value)}'
            )
        names: dict[int, str] = {}
        for raw_number, name in value.items():
            item_path = f"{key_path}.{raw_number}"
            if not raw_number.isdigit() or int(raw_number) < 1:
                raise self.fail(item_path, "must be a number from 1 up")
            if not isinstance(name, str):
                raise self.fail(item_path, f"name must be a string, not {_type_name(name)}")
            if not name.strip():
                raise self.fail(item_path, "name must not be empty")
            number = int(raw_number)
            if number in names:
                raise self.fail(item_path, "given twice")
            names[number] = name
        return dict(sorted(names.items()))


def _type_name(value: object) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


# -- drivers ---------------------------------------------------------------------------------


def parse_osc_udp_url(url: str) -> tuple[str, int]:
    """``osc.udp://host:port`` as ``(host, port)``; ``ValueError`` if it is not one."""
    parts = urlsplit(url)
    if parts.scheme != "osc.udp" or not parts.hostname or parts.port is None:
        raise ValueError(f"{url!r} is not an osc.udp://host:port URL")
    return parts.hostname, parts.port


def with_url(config: DeviceConfig, url: str) -> DeviceConfig:
    """A copy of ``config`` reached at ``url`` (a simulator's) instead of its configured port."""
    if isinstance(config, SwitcherConfig):
        host, port = parse_osc_udp_url(url)
        return dataclasses.replace(config, host=host, port=port)
    if isinstance(config, ProjectorConfig | MicrophonesConfig):
        return dataclasses.replace(config, port=url)
    raise TypeError(f"unknown device config {type(config).__name__}")


def build_driver(config: DeviceConfig, url: str | None = None, clock: Any = None) -> Driver:
    """The driver for one device; ``url`` overrides where it is reached (e.g. a simulator)."""
    if url is not None:
        config = with_url(config, url)
    if isinstance(config, SwitcherConfig):
        from devices.switcher.driver import SwitcherDriver

        return SwitcherDriver(config, clock=clock)
    if isinstance(config, ProjectorConfig):
        from devices.projector.driver import ProjectorDriver

        return ProjectorDriver(config, clock=clock)
    if isinstance(config, MicrophonesConfig):
        from devices.microphones.driver import MicrophoneDriver

        return MicrophoneDriver(config, clock=clock)
    raise TypeError(f"unknown device config {type(config).__name__}")
