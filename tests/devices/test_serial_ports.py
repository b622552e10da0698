"""Serial ports named by USB serial number or hardware id (``devices/serial_ports.py``).

No USB-serial adapter can be plugged in here, so the port list is injected: real
``serial.tools.list_ports_common.ListPortInfo`` objects filled in as pyserial fills
them for an FTDI or CH340 adapter, pointing (for the transport tests) at real
pseudo-terminals, which the transport then really opens.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from serial.tools.list_ports_common import ListPortInfo
from test_serial_transport import Collector, EchoPeer

from devices.base import DeviceOffline, LinkState
from devices.microphones.driver import MicrophoneDriver
from devices.microphones.kind import MicrophonesConfig
from devices.serial_ports import parse_port_spec, port_spec_problem, resolve_port
from devices.serial_transport import SerialTransport


def adapter(
    device: str,
    serial_number: str | None = None,
    vid: int | None = 0x0403,
    pid: int | None = 0x6001,
    location: str | None = None,
) -> ListPortInfo:
    """A port as ``serial.tools.list_ports.comports()`` lists a USB adapter."""
    info = ListPortInfo(device, skip_link_detection=True)
    info.serial_number = serial_number
    info.vid, info.pid = vid, pid
    info.location = location
    return info


PORTS = [
    adapter("COM3", "A1B2C3", location="1-1.2"),
    adapter("COM7", "FT9XYZ", location="1-1.3"),
    adapter("COM9", None, 0x1A86, 0x7523, "1-1.4"),  # a CH340: no serial number
    adapter("COM1", None, None, None),  # a motherboard port: no USB ids at all
]


def listed() -> list[ListPortInfo]:
    return PORTS


def never_asked() -> list[ListPortInfo]:
    raise AssertionError("a plain path must not look at the USB ports")


@pytest.mark.parametrize(
    ("spec", "device"),
    [
        ("usb:serial=A1B2C3", "COM3"),
        ("usb:serial=a1b2c3", "COM3"),  # serial numbers compared without case
        ("usb:hwid=1A86:7523", "COM9"),
        ("usb:hwid=1a86:7523", "COM9"),
        ("usb:hwid=0403:6001,serial=FT9XYZ", "COM7"),
        ("usb: serial = FT9XYZ , hwid = 0403:6001", "COM7"),
        ("usb:location=1-1.2", "COM3"),
    ],
)
def test_a_usb_spec_resolves_to_the_matching_port(spec: str, device: str) -> None:
    assert resolve_port(spec, listed) == device


@pytest.mark.parametrize("path", ["COM3", "/dev/ttyUSB0", "socket://127.0.0.1:2202", "loop://"])
def test_a_plain_path_is_used_as_it_is(path: str) -> None:
    assert resolve_port(path, never_asked) == path


def test_no_match_says_what_is_present() -> None:
    with pytest.raises(DeviceOffline) as caught:
        resolve_port("usb:serial=GONE42", listed)
    message = str(caught.value)
    assert "no serial port matches usb:serial=GONE42" in message
    assert "COM3 (0403:6001 serial A1B2C3 at 1-1.2)" in message
    assert "COM1" in message
    with pytest.raises(DeviceOffline, match="ports present: none"):
        resolve_port("usb:serial=GONE42", list)


def test_several_matches_are_refused_naming_them() -> None:
    with pytest.raises(DeviceOffline) as caught:
        resolve_port("usb:hwid=0403:6001", listed)
    message = str(caught.value)
    assert message.startswith("2 serial ports match usb:hwid=0403:6001: COM3")
    assert "COM7" in message and "add serial= or location= to pick one" in message


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("usb:", "name the adapter"),
        ("usb:serial", "'serial' is not key=value"),
        ("usb:serial=", "'serial=' is not key=value"),
        ("usb:vid=0403", "unknown key 'vid' (use serial, hwid, location)"),
        ("usb:hwid=403:6001", "hwid must be VVVV:PPPP in hex"),
        ("usb:hwid=0403-6001", "hwid must be VVVV:PPPP in hex"),
        ("usb:serial=A,serial=B", "serial given twice"),
    ],
)
def test_malformed_specs_are_named(spec: str, problem: str) -> None:
    assert problem in port_spec_problem(spec)
    with pytest.raises(ValueError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        parse_port_spec(spec)
    with pytest.raises(DeviceOffline, match="hwid|key|adapter|given twice"):
        resolve_port(spec, never_asked)


def test_good_specs_and_paths_have_no_problem() -> None:
    assert port_spec_problem("usb:serial=A1B2C3") == ""
    assert port_spec_problem("/dev/ttyUSB0") == ""
    assert port_spec_problem("  ") == "missing"


# --- the transport resolves at every open: the adapter may have moved --------------------


@pytest.fixture
def two_ptys() -> Iterator[tuple[EchoPeer, EchoPeer]]:
    first, second = EchoPeer(name="echo-a"), EchoPeer(name="echo-b")
    first.start_pty()
    second.start_pty()
    yield first, second
    first.stop()
    second.stop()


def test_transport_opens_the_adapter_wherever_it_came_back(
    two_ptys: tuple[EchoPeer, EchoPeer],
) -> None:
    before, after = two_ptys
    assert before.url is not None and after.url is not None
    ports = [adapter(before.url, "A1B2C3"), adapter(after.url, "OTHER1")]
    collector = Collector()
    transport = SerialTransport("usb:serial=A1B2C3", collector, list_ports=lambda: ports)
    transport.open()
    try:
        assert transport.device == before.url
        transport.write(b"PWR?\r")
        assert collector.frames.get(timeout=5) == b"OK PWR?\r"
        assert before.received_frames() == [b"PWR?\r"]
    finally:
        transport.close()
    # Unplugged and back as another port: the next open looks again.
    ports[:] = [adapter(before.url, "OTHER1"), adapter(after.url, "A1B2C3")]
    again = Collector()
    transport = SerialTransport("usb:serial=A1B2C3", again, list_ports=lambda: ports)
    transport.open()
    try:
        assert transport.device == after.url
        transport.write(b"LAMP?\r")
        assert again.frames.get(timeout=5) == b"OK LAMP?\r"
        assert after.received_frames() == [b"LAMP?\r"]
    finally:
        transport.close()


def test_transport_with_a_missing_adapter_fails_to_open_clearly() -> None:
    transport = SerialTransport("usb:serial=A1B2C3", Collector(), list_ports=list)
    with pytest.raises(DeviceOffline, match="no serial port matches usb:serial=A1B2C3"):
        transport.open()
    assert not transport.is_open


def test_transport_with_a_plain_pty_path_still_works(two_ptys: tuple[EchoPeer, EchoPeer]) -> None:
    peer, _ = two_ptys
    assert peer.url is not None
    collector = Collector()
    transport = SerialTransport(peer.url, collector, list_ports=never_asked)
    transport.open()
    try:
        transport.write(b"PWR?\r")
        assert collector.frames.get(timeout=5) == b"OK PWR?\r"
        assert transport.device == peer.url
    finally:
        transport.close()


def test_microphone_driver_refuses_a_malformed_usb_port() -> None:
    config = MicrophonesConfig(id="mics", port="usb:hwid=ftdi", channels={1: "Chair"})
    driver = MicrophoneDriver(config)
    assert driver.status.state is LinkState.BAD_CONFIG
    assert "devices.mics.port: 'usb:hwid=ftdi': hwid must be VVVV:PPPP" in driver.status.reason
