"""The hall file: which devices the hall has and how to reach them (TOML, validated on load).

A hall file names the hall and lists its devices, each with an ``id``, a ``kind``
(one of the kinds in :mod:`devices.registry`), how to reach it, and the names of
its inputs, sources or channels. :func:`load_hall` reads and checks it; every
problem raises :class:`devices.base.ConfigError` naming the file, the key path
and what is wrong, for example ``hall.toml: devices[2].port: missing``.

This module knows the file's frame (name, ``[[devices]]``, ids) and the typed
values (:class:`HallFileReader`); each device's own table is read by its kind
(:meth:`devices.kind.DeviceKind.read_config`), found through the registry by the
``kind`` key. It imports no driver: building drivers is the kinds' business.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devices.base import ConfigError
from devices.kind import DeviceConfig
from devices.registry import KINDS, find_kind

#: Serial speeds a technician may write in a hall file.
STANDARD_BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]+$")


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
    except RecursionError:  # arrays or tables nested thousands deep
        raise ConfigError(f"{source}: invalid TOML: nested too deeply") from None
    return HallFileReader(source).read(document)


class HallFileReader:
    """Walks a parsed TOML document, checking each key and building the configs.

    The typed-value helpers (:meth:`check_keys`, :meth:`string`, :meth:`integer`,
    :meth:`port_number`, :meth:`baudrate`, :meth:`numbered_names`, :meth:`fail`) are
    what a kind's ``read_config`` uses on its device's table.
    """

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
        device_kind = find_kind(kind)
        if device_kind is None:
            names = [k.name for k in KINDS]
            expected = ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
            raise self.fail(f"{where}.kind", f"unknown kind {kind!r} (expected {expected})")
        return device_kind.read_config(self, table, where, device_id)

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
            # "²".isdigit() is True but int("²") fails: ASCII digits only.
            if not (raw_number.isascii() and raw_number.isdigit()) or int(raw_number) < 1:
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
