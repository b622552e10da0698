"""ProjectorSimulator on its own, spoken to with bare pyserial over a real pty (and TCP)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import serial

from devices.projector.simulator import ProjectorSimulator


class Line:
    """A bare ESC/VP21 client: write a command, read through the ':' prompt."""

    def __init__(self, url: str) -> None:
        self.port = serial.serial_for_url(url, baudrate=9600, timeout=5)

    def ask(self, command: bytes) -> bytes:
        self.port.write(command + b"\r")
        reply = self.port.read_until(b":")
        assert reply.endswith(b":"), f"no prompt after {command!r}: {reply!r}"
        return reply

    def close(self) -> None:
        self.port.close()


@pytest.fixture
def projector() -> Iterator[tuple[ProjectorSimulator, Line]]:
    sim = ProjectorSimulator(warmup_s=0.4, cooldown_s=0.4, lamp_hours=100, lamp_hour_s=0.05)
    line = Line(sim.start_pty())
    yield sim, line
    line.close()
    sim.stop()


def _until_power(line: Line, code: bytes, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while line.ask(b"PWR?") != b"PWR=" + code + b"\r:":
        assert time.monotonic() < deadline, f"never reached PWR={code!r}"


def test_standby_answers_queries_and_refuses_picture_commands(projector) -> None:
    _, line = projector
    assert line.ask(b"") == b":"
    assert line.ask(b"PWR?") == b"PWR=04\r:"
    assert line.ask(b"LAMP?") == b"LAMP=100\r:"
    assert line.ask(b"ERR?") == b"ERR=00\r:"
    assert line.ask(b"SOURCE 30") == b"ERR\r:"
    assert line.ask(b"SOURCE?") == b"ERR\r:"
    assert line.ask(b"MUTE ON") == b"ERR\r:"
    assert line.ask(b"BOGUS 1") == b"ERR\r:"


def test_warm_up_then_on_then_cool_down_with_refusals_in_between(projector) -> None:
    sim, line = projector
    assert line.ask(b"PWR ON") == b":"
    assert line.ask(b"PWR?") == b"PWR=02\r:"
    assert line.ask(b"SOURCE A0") == b"ERR\r:"
    assert line.ask(b"PWR OFF") == b"ERR\r:"
    _until_power(line, b"01")
    assert line.ask(b"SOURCE A0") == b":"
    assert line.ask(b"SOURCE?") == b"SOURCE=A0\r:"
    assert line.ask(b"SOURCE 99") == b"ERR\r:"  # not in this model's table
    assert line.ask(b"MUTE ON") == b":"
    assert line.ask(b"MUTE?") == b"MUTE=ON\r:"
    assert line.ask(b"PWR ON") == b":"  # already on
    assert line.ask(b"PWR OFF") == b":"
    assert line.ask(b"PWR?") == b"PWR=03\r:"
    assert line.ask(b"PWR ON") == b"ERR\r:"
    _until_power(line, b"04")
    assert sim.received_frames()[:3] == [b"PWR ON\r", b"PWR?\r", b"SOURCE A0\r"]


def test_lamp_hours_grow_while_lit(projector) -> None:
    sim, line = projector
    line.ask(b"PWR ON")
    before = sim.lamp_hours
    deadline = time.monotonic() + 5
    while int(line.ask(b"LAMP?")[5:-2]) <= before:
        assert time.monotonic() < deadline, "lamp hours never grew"


def test_lamp_failure_is_abnormal_standby_and_refuses_power_on(projector) -> None:
    sim, line = projector
    line.ask(b"PWR ON")
    _until_power(line, b"01")
    sim.lamp_failure()
    assert line.ask(b"PWR?") == b"PWR=05\r:"
    assert line.ask(b"ERR?") == b"ERR=06\r:"
    assert line.ask(b"PWR ON") == b"ERR\r:"
    sim.repair()
    assert line.ask(b"ERR?") == b"ERR=00\r:"
    assert line.ask(b"PWR ON") == b":"


def test_lamp_failing_in_standby_reports_failure_at_power_on(projector) -> None:
    sim, line = projector
    sim.lamp_failure()
    assert line.ask(b"PWR ON") == b"ERR\r:"
    assert line.ask(b"ERR?") == b"ERR=03\r:"


def test_sources_come_from_the_configured_table_and_tcp_works() -> None:
    sim = ProjectorSimulator({"DVI": "A0", "HDMI": "30"}, powered_on=True, standby_code="00")
    line = Line(sim.start_tcp())
    try:
        assert line.ask(b"SOURCE 10") == b"ERR\r:"
        assert line.ask(b"SOURCE A0") == b":"
        assert line.ask(b"SOURCE?") == b"SOURCE=A0\r:"
        assert sim.received_frames() == [b"SOURCE 10\r", b"SOURCE A0\r", b"SOURCE?\r"]
    finally:
        line.close()
        sim.stop()
