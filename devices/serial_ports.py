"""Serial ports named by the USB adapter they are on, not by a path that can move.

On Windows a USB-serial adapter plugged into another socket (or re-enumerated after
a driver update) comes back as another ``COMn``; on Linux ``/dev/ttyUSB0`` and
``/dev/ttyUSB1`` swap with plug order. A hall file can instead name the adapter::

    port = "usb:serial=A1B2C3"                    # the adapter's USB serial number
    port = "usb:hwid=0403:6001"                   # vendor:product id (hex), if it is the only one
    port = "usb:hwid=0403:6001,serial=A1B2C3"     # both must match
    port = "usb:location=1-1.2"                   # the USB socket (adapters without a serial)

Keys (``key=value``, comma-separated, each at most once, all must match):

* ``serial``: ``ListPortInfo.serial_number``, compared without regard to case;
* ``hwid``: ``VVVV:PPPP``, the USB vendor and product id in hex (``ListPortInfo.vid`` /
  ``.pid``), as Device Manager and ``lsusb`` show them;
* ``location``: ``ListPortInfo.location`` (the hub/port path), exact.

The values are what ``python -m serial.tools.list_ports -v`` prints for the adapter.
Anything that does not start with ``usb:`` is a pyserial URL or path and is used as
it is (``/dev/ttyUSB0``, ``COM3``, ``socket://host:2202``).

:func:`resolve_port` turns a spec into the port's current path, asking
``serial.tools.list_ports.comports()`` each time it is called (the transport calls
it at every open, so a reconnect finds the adapter wherever it came back), and
raises :class:`~devices.base.DeviceOffline` saying what is present when no port
or more than one matches. :func:`port_spec_problem` checks a spec's syntax for
the hall-file reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from devices.base import DeviceOffline

PREFIX = "usb:"
_HWID = re.compile(r"([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})\Z")
KEYS = ("serial", "hwid", "location")


class PortInfo(Protocol):
    """What is read of a ``serial.tools.list_ports_common.ListPortInfo``."""

    device: str
    serial_number: str | None
    vid: int | None
    pid: int | None
    location: str | None


@dataclass(frozen=True)
class UsbPortSpec:
    """A parsed ``usb:`` spec; ``None`` fields are not checked."""

    text: str
    serial: str | None = None
    vid: int | None = None
    pid: int | None = None
    location: str | None = None

    def matches(self, port: PortInfo) -> bool:
        if self.serial is not None:
            number = port.serial_number
            if number is None or number.casefold() != self.serial.casefold():
                return False
        if self.vid is not None and (port.vid != self.vid or port.pid != self.pid):
            return False
        return self.location is None or port.location == self.location


def is_usb_spec(port: str) -> bool:
    return port.startswith(PREFIX)


def parse_port_spec(spec: str) -> UsbPortSpec:
    """A ``usb:…`` spec parsed; ValueError saying what is wrong with it."""
    if not is_usb_spec(spec):
        raise ValueError(f"{spec!r} is not a usb: port spec")
    body = spec[len(PREFIX) :]
    if not body.strip():
        raise ValueError(
            f"{spec!r}: name the adapter, e.g. usb:serial=A1B2C3 or usb:hwid=0403:6001"
        )
    values: dict[str, str] = {}
    for part in body.split(","):
        key, equals, value = part.strip().partition("=")
        key, value = key.strip(), value.strip()
        if not equals or not value:
            raise ValueError(f"{spec!r}: {part.strip()!r} is not key=value")
        if key not in KEYS:
            raise ValueError(f"{spec!r}: unknown key {key!r} (use {', '.join(KEYS)})")
        if key in values:
            raise ValueError(f"{spec!r}: {key} given twice")
        values[key] = value
    vid = pid = None
    if "hwid" in values:
        match = _HWID.match(values["hwid"])
        if match is None:
            raise ValueError(
                f"{spec!r}: hwid must be VVVV:PPPP in hex (e.g. 0403:6001), got {values['hwid']!r}"
            )
        vid, pid = int(match.group(1), 16), int(match.group(2), 16)
    return UsbPortSpec(spec, values.get("serial"), vid, pid, values.get("location"))


def port_spec_problem(port: str) -> str:
    """What is wrong with a port value's syntax (``""`` if nothing): for the hall-file check."""
    if not port.strip():
        return "missing"
    if not is_usb_spec(port):
        return ""
    try:
        parse_port_spec(port)
    except ValueError as error:
        return str(error)
    return ""


def _system_ports() -> list[Any]:
    from serial.tools import list_ports

    return list(list_ports.comports())


def describe(port: PortInfo) -> str:
    """``/dev/ttyUSB0 (0403:6001 serial A1B2C3 at 1-1.2)`` for messages."""
    details = []
    if port.vid is not None and port.pid is not None:
        details.append(f"{port.vid:04X}:{port.pid:04X}")
    if port.serial_number:
        details.append(f"serial {port.serial_number}")
    if port.location:
        details.append(f"at {port.location}")
    return f"{port.device} ({' '.join(details)})" if details else port.device


def resolve_port(port: str, list_ports: Callable[[], Iterable[PortInfo]] | None = None) -> str:
    """The path to open for ``port``: itself, or the one USB port its ``usb:`` spec matches.

    ``list_ports`` defaults to ``serial.tools.list_ports.comports`` (tests pass a list
    of look-alikes). :class:`DeviceOffline` when no port or several ports match, or
    the spec is malformed, naming the spec and the ports that are present.
    """
    if not is_usb_spec(port):
        return port
    try:
        spec = parse_port_spec(port)
    except ValueError as error:
        raise DeviceOffline(str(error)) from None
    present: Sequence[PortInfo] = list((list_ports or _system_ports)())
    found = [p for p in present if spec.matches(p)]
    if len(found) == 1:
        return found[0].device
    if not found:
        listed = "; ".join(describe(p) for p in present) or "none"
        raise DeviceOffline(f"no serial port matches {port} (ports present: {listed})")
    listed = "; ".join(describe(p) for p in found)
    raise DeviceOffline(
        f"{len(found)} serial ports match {port}: {listed}; add serial= or location= to pick one"
    )
