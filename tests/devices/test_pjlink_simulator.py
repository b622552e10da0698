"""The PJLink simulator against an independent client (``pypjlink2``) over real TCP sockets.

pypjlink2 speaks class 1 only (it asserts a ``%1`` on every reply), so class 2
commands are checked with a raw socket below.
"""

from __future__ import annotations

import socket
import time

import pytest
from pypjlink import Projector
from pypjlink.projector import ProjectorError

from devices.pjlink import pjlink
from devices.pjlink.simulator import PJLinkSimulator

PATIENCE_S = 15.0


def _until(predicate: object, timeout: float = PATIENCE_S) -> None:
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)  # polling a real device's state over the wire


@pytest.mark.parametrize("password", [None, "JBMIAProjectorLink"])
def test_pypjlink_drives_the_simulator(password: str | None) -> None:
    with PJLinkSimulator(password=password, warmup_s=0.3, cooldown_s=0.3) as sim:
        sim.start()
        with Projector.from_address(sim.host, sim.port, timeout=PATIENCE_S) as client:
            assert client.authenticate(password) is (None if password is None else True)
            assert client.get_power() == "off"
            assert client.get_errors()["lamp"] == "ok"
            assert client.get_lamps() == [(1200, False)]
            with pytest.raises(ProjectorError, match="unavailable time"):
                client.set_input("DIGITAL", 1)  # off: ERR3
            client.set_power("on")
            assert client.get_power() == "warm-up"
            with pytest.raises(ProjectorError, match="unavailable time"):
                client.set_power("off")  # warming up: ERR3
            _until(lambda: client.get_power() == "on")
            client.set_input("DIGITAL", 2)
            assert client.get_input() == ("DIGITAL", 2) and sim.input_code == "32"
            with pytest.raises(ProjectorError, match="out of parameter"):
                client.set_input("STORAGE", 1)  # not an input this projector has
            client.set_mute(3, True)
            assert client.get_mute() == (True, True) and sim.video_muted
            assert ("RGB", 1) in client.get_inputs()
            assert client.get_name() == "Hall projector"
        if password is not None:
            lines = sim.received_lines()
            digest_line = lines[0]
            assert len(digest_line) == 32 + len(b"%1POWR ?\r")  # the digest once, in front
            assert all(line.startswith(b"%") for line in lines[1:])


def test_pypjlink_with_a_wrong_password_gets_erra_and_the_connection_closes() -> None:
    with PJLinkSimulator(password="secret") as sim:
        sim.start()
        with Projector.from_address(sim.host, sim.port, timeout=PATIENCE_S) as client:
            assert client.authenticate("wrong") is False
        with Projector.from_address(sim.host, sim.port, timeout=PATIENCE_S) as client:
            with pytest.raises(RuntimeError, match="needs a password"):
                client.authenticate(None)


def test_lamp_failure_is_reported_in_erst_and_power_on_is_refused() -> None:
    with PJLinkSimulator() as sim:
        sim.start()
        sim.lamp_failure()
        with Projector.from_address(sim.host, sim.port, timeout=PATIENCE_S) as client:
            client.authenticate()
            assert client.get_errors()["lamp"] == "error"
            with pytest.raises(ProjectorError, match="projector failure"):
                client.set_power("on")


def _exchange(sock: socket.socket, line: bytes) -> bytes:
    sock.sendall(line)
    data = b""
    while not data.endswith(b"\r"):
        chunk = sock.recv(256)
        assert chunk, "connection closed"
        data += chunk
    return data


@pytest.mark.parametrize("pjlink_class", [1, 2])
def test_class_2_commands_only_on_a_class_2_device(pjlink_class: int) -> None:
    inputs = ("11", "31", "3A") if pjlink_class == 2 else ("11", "31")
    with PJLinkSimulator(inputs, pjlink_class=pjlink_class, powered_on=True) as sim:
        sim.start()
        with socket.create_connection((sim.host, sim.port), timeout=PATIENCE_S) as sock:
            assert _exchange(sock, b"") == b"PJLINK 0\r"
            assert _exchange(sock, b"%1CLSS ?\r") == f"%1CLSS={pjlink_class}\r".encode()
            answer = _exchange(sock, b"%2INPT 3A\r")
            if pjlink_class == 2:
                assert answer == b"%2INPT=OK\r" and sim.input_code == "3A"
                assert _exchange(sock, b"%2INNM ?3A\r") == b"%2INNM=Input 3A\r"
                assert _exchange(sock, b"%1INPT 3A\r") == b"%1INPT=ERR2\r"  # not class 1
            else:
                assert answer == b"%2INPT=ERR1\r"
            assert _exchange(sock, b"%1XXXX ?\r") == b"%1XXXX=ERR1\r"


def test_an_idle_connection_is_closed_by_the_device() -> None:
    with PJLinkSimulator(idle_close_s=0.3) as sim:
        sim.start()
        with socket.create_connection((sim.host, sim.port), timeout=PATIENCE_S) as sock:
            assert sock.recv(64) == pjlink.greeting(None)
            assert sock.recv(64) == b""  # closed after 0.3 s without a command
