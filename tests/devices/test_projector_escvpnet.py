"""ESC/VP.net (TCP 3629) both ways, and the simulator against an independent client.

- Our driver against our simulator over a real loopback socket: the 16-byte
  handshake first, then the ESC/VP21 dialogue; a refused handshake names the status.
- Our simulator against ``epson-projector`` (Home Assistant's Epson client), over a
  real pty (its serial mode) and over TCP with its own ESC/VP.net handshake code.
  That package's TCP mode passes ``loop=`` to ``asyncio.open_connection``, which
  Python 3.10 removed (TypeError on 3.11); the test drops that one argument and
  runs the package's handshake and parsing unchanged.
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest
from conftest_projector import PATIENCE_S, Watch, projector_config, projector_rig
from epson_projector.projector_serial import ProjectorSerial
from epson_projector.projector_tcp import ProjectorTcp

from devices.base import LinkState, ProtocolError
from devices.projector import escvpnet
from devices.projector.driver import ProjectorDriver
from devices.projector.escvp21 import PowerState
from devices.projector.simulator import DEFAULT_SOURCES, ProjectorSimulator


def test_handshake_bytes_are_the_ones_epson_projector_sends() -> None:
    from epson_projector.const import ESCVPNET_HELLO_COMMAND

    assert escvpnet.HELLO == ESCVPNET_HELLO_COMMAND.encode()
    assert len(escvpnet.HELLO) == 16
    assert escvpnet.reply()[14] == 0x20 and escvpnet.parse_reply(escvpnet.reply()) == 0x20
    with pytest.raises(ProtocolError):
        escvpnet.parse_reply(b"ESC/VP.net\x10\x03")
    with pytest.raises(ProtocolError):
        escvpnet.parse_hello(b"HELLO/VP.net\x10\x03\x00\x00")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("escvpnet://192.168.0.20", "socket://192.168.0.20:3629"),
        ("escvpnet://projector.local:4000", "socket://projector.local:4000"),
        ("ESCVPNET://10.0.0.2:3629/", "socket://10.0.0.2:3629"),
    ],
)
def test_escvpnet_url_becomes_a_pyserial_socket_url(url: str, expected: str) -> None:
    assert escvpnet.socket_url(url) == expected
    assert escvpnet.port_problem(url) == ""


@pytest.mark.parametrize(
    ("url", "words"),
    [("escvpnet://", "no host"), ("escvpnet://h:99999", "port"), ("escvpnet://h:3629/x", "only")],
)
def test_a_bad_escvpnet_port_is_bad_config_in_one_line(url: str, words: str) -> None:
    driver = ProjectorDriver(projector_config(url))
    status = driver.status
    assert status.state is LinkState.BAD_CONFIG
    assert status.reason.startswith("port: ") and words in status.reason
    assert "\n" not in status.reason


def test_driver_performs_the_handshake_then_speaks_escvp21() -> None:
    with projector_rig(escvpnet=True, powered_on=True) as rig:
        assert rig.url.startswith("escvpnet://127.0.0.1:")
        assert rig.simulator.handshakes[0] == escvpnet.HELLO
        assert rig.driver.set_source("HDMI2").result(PATIENCE_S) is None
        assert rig.simulator.source_code == "A0"
        assert rig.driver.state.power is PowerState.ON
        # a dropped connection is reopened with a new handshake
        rig.simulator.drop_link()
        rig.watch.until_link(LinkState.OFFLINE)
        rig.simulator.restore_link()
        rig.watch.until_link(LinkState.OK)
        assert len(rig.simulator.handshakes) >= 2
        assert all(hello == escvpnet.HELLO for hello in rig.simulator.handshakes)


def test_a_refused_handshake_fails_the_connection_naming_the_status() -> None:
    sim = ProjectorSimulator(DEFAULT_SOURCES, escvpnet_status=0x43)
    url = sim.start_escvpnet()
    driver = ProjectorDriver(projector_config(url), poll_interval=0.2)
    watch = Watch(driver)
    try:
        driver.start()
        status = watch.until_link(LinkState.FAILED)
        assert "handshake refused" in status.reason and "forbidden" in status.reason
        assert sim.received_frames() == []  # no ESC/VP21 before an OK
    finally:
        driver.stop()
        sim.stop()


def test_simulator_answers_a_raw_client_only_after_the_handshake() -> None:
    sim = ProjectorSimulator(DEFAULT_SOURCES)
    url = sim.start_escvpnet()
    host, port = url.removeprefix("escvpnet://").split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=PATIENCE_S) as client:
            client.sendall(b"BOGUS/VP.net\x10\x03\x00\x00")  # 16 bytes, wrong id
            assert _recv_exactly(client, 16)[14] == 0x41
        with socket.create_connection((host, int(port)), timeout=PATIENCE_S) as client:
            client.sendall(escvpnet.HELLO + b"PWR?\r")  # dialogue right behind the hello
            assert _recv_exactly(client, 16) == escvpnet.reply(0x20)
            assert _recv_exactly(client, 8) == b"PWR=04\r:"
    finally:
        sim.stop()


def _recv_exactly(client: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = client.recv(size - len(data))
        assert chunk, f"connection closed after {data!r}"
        data += chunk
    return data


async def _epson_dialogue(connection: Any) -> dict[str, Any]:
    """What ``epson-projector``'s wire layer reads from the projector, command by command."""
    seen: dict[str, Any] = {}
    seen["power_before"] = await connection.get_property("PWR", 3)
    seen["power_on"] = await connection.send_command("PWR ON", 5)
    await asyncio.sleep(0.4)  # the simulator's scaled warm-up (0.2 s) is over
    seen["power_after"] = await connection.get_property("PWR", 3)
    seen["source_set"] = await connection.send_command("SOURCE A0", 5)
    seen["source"] = await connection.get_property("SOURCE", 3)
    seen["mute_set"] = await connection.send_command("MUTE ON", 3)
    seen["mute"] = await connection.get_property("MUTE", 3)
    seen["unknown"] = await connection.send_command("BOGUS 1", 3)
    connection.close()
    return seen


def _check_epson_dialogue(seen: dict[str, Any], sim: ProjectorSimulator) -> None:
    assert seen["power_before"] == "04"
    assert seen["power_on"] not in (False, None)
    assert seen["power_after"] == "01"
    assert seen["source"] == "A0" and sim.source_code == "A0"
    assert seen["mute"] == "ON" and sim.muted
    assert seen["unknown"] is False  # ERR, as the package reads it


def test_simulator_against_epson_projector_serial_over_a_pty() -> None:
    sim = ProjectorSimulator(DEFAULT_SOURCES, warmup_s=0.2)
    path = sim.start_pty()

    async def run() -> dict[str, Any]:
        connection = ProjectorSerial(path)
        assert await connection.async_init() is True  # its hello: a bare CR, answered ':'
        seen = await _epson_dialogue(connection)
        await asyncio.sleep(0)
        return seen

    try:
        seen = asyncio.run(asyncio.wait_for(run(), PATIENCE_S))
        _check_epson_dialogue(seen, sim)
        assert sim.received_frames()[0] == b"\r"
    finally:
        sim.stop()


def test_simulator_against_epson_projector_over_escvpnet(monkeypatch: pytest.MonkeyPatch) -> None:
    real_open_connection = asyncio.open_connection

    async def open_connection_without_loop(*args: Any, **kwargs: Any) -> Any:
        kwargs.pop("loop", None)  # removed in Python 3.10; the package still passes it
        return await real_open_connection(*args, **kwargs)

    monkeypatch.setattr(asyncio, "open_connection", open_connection_without_loop)
    sim = ProjectorSimulator(DEFAULT_SOURCES, warmup_s=0.2)
    url = sim.start_escvpnet()
    host, port = url.removeprefix("escvpnet://").split(":")

    async def run() -> tuple[bool, dict[str, Any]]:
        connection = ProjectorTcp(host, int(port))
        await connection.async_init()
        opened = connection._isOpen  # the package's own verdict on our handshake reply
        return opened, await _epson_dialogue(connection)

    try:
        opened, seen = asyncio.run(asyncio.wait_for(run(), PATIENCE_S))
        assert opened
        assert sim.handshakes == [escvpnet.HELLO]
        _check_epson_dialogue(seen, sim)
    finally:
        sim.stop()


@pytest.mark.parametrize(
    ("port", "problem"),
    [
        ("escvpnet://", "devices[0].port: 'escvpnet://': no host"),
        ("escvpnet://10.0.0.20:0", "devices[0].port: 'escvpnet://10.0.0.20:0': the port must"),
    ],
)
def test_a_hall_file_with_a_bad_escvpnet_port_is_one_line(port: str, problem: str) -> None:
    from devices.base import ConfigError
    from devices.hall_file import parse_hall

    text = f'name = "Hall"\n[[devices]]\nid = "p"\nkind = "projector"\nport = "{port}"\n'
    text += '[devices.sources]\nHDMI1 = "30"\n'
    with pytest.raises(ConfigError) as caught:
        parse_hall(text, "hall.toml")
    assert str(caught.value).startswith(f"hall.toml: {problem}")
    assert "\n" not in str(caught.value)
    good = parse_hall(text.replace(port, "escvpnet://10.0.0.20"), "hall.toml")
    assert good.devices[0].port == "escvpnet://10.0.0.20"  # type: ignore[attr-defined]
