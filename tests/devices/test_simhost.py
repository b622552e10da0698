"""SimulatorHost in-process; `controlroom sim` as a real subprocess (lines, a device, SIGINT)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from cli_runner import controlroom
from recorder import Recorder

from devices.base import DeviceStatus, LinkState
from devices.hall_file import default_hall_path, load_hall
from devices.microphones.kind import MicrophonesConfig
from devices.projector.kind import ProjectorConfig
from devices.registry import build_driver
from devices.simhost import SimulatorHost
from devices.switcher.driver import SwitcherDriver
from devices.switcher.kind import SwitcherConfig
from devices.udp_transport import free_udp_port

ROOT = Path(__file__).resolve().parents[2]


def wait_ok(driver: object, timeout: float = 8.0) -> DeviceStatus:
    statuses: Recorder[DeviceStatus] = Recorder()
    driver.add_status_listener(statuses)  # type: ignore[attr-defined]
    driver.start()  # type: ignore[attr-defined]
    if driver.status.state is LinkState.OK:  # type: ignore[attr-defined]
        return driver.status  # type: ignore[attr-defined]
    return statuses.wait_for(lambda s: s.state is LinkState.OK, timeout)


def pty_query(url: str, command: bytes, end: bytes) -> bytes:
    with serial.serial_for_url(url, baudrate=9600, timeout=3) as port:
        port.write(command)
        return bytes(port.read_until(end))


# -- in process ----------------------------------------------------------------------------------


@pytest.fixture
def host() -> Iterator[SimulatorHost]:
    with SimulatorHost(
        load_hall(default_hall_path()), projector_warmup_s=0.2, projector_cooldown_s=0.2
    ) as started:
        yield started


def test_every_device_gets_a_simulator_and_a_url(host: SimulatorHost) -> None:
    urls = host.urls
    assert list(urls) == ["switcher", "projector", "mics", "mics-audience", "stream"]
    assert urls["switcher"].startswith("osc.udp://127.0.0.1:")
    assert urls["projector"].startswith("/dev/pts/") and os.path.exists(urls["projector"])
    assert urls["mics"].startswith("/dev/pts/") and os.path.exists(urls["mics"])
    with pytest.raises(KeyError, match="lights"):
        host.simulator("lights")


def test_rehearsal_hall_points_every_driver_at_its_simulator(host: SimulatorHost) -> None:
    hall = host.rehearsal_hall()
    assert [d.id for d in hall.devices] == [
        "switcher", "projector", "mics", "mics-audience", "stream"
    ]
    switcher = hall.device("switcher")
    assert isinstance(switcher, SwitcherConfig)
    assert switcher.inputs[5] == "Presentation PC"
    assert f"osc.udp://{switcher.host}:{switcher.port}" == host.urls["switcher"]
    assert switcher.feedback_port == host.simulator("switcher").feedback_address[1]
    projector = hall.device("projector")
    assert isinstance(projector, ProjectorConfig) and projector.port == host.urls["projector"]
    mics = hall.device("mics")
    assert isinstance(mics, MicrophonesConfig) and mics.port == host.urls["mics"]

    drivers = [build_driver(config) for config in hall.devices]
    try:
        for driver in drivers:
            assert wait_ok(driver).state is LinkState.OK, driver.device_id
        switcher_driver = drivers[0]
        assert isinstance(switcher_driver, SwitcherDriver)
        assert switcher_driver.program(4).result(timeout=3) == 4
        assert host.simulator("switcher").program == 4
    finally:
        for driver in drivers:
            driver.stop()


def test_serial_devices_over_tcp() -> None:
    with SimulatorHost(load_hall(default_hall_path()), tcp=True) as host:
        assert host.urls["projector"].startswith("socket://127.0.0.1:")
        assert host.urls["mics"].startswith("socket://127.0.0.1:")
        mics = build_driver(host.rehearsal_hall().device("mics"))
        try:
            assert wait_ok(mics).state is LinkState.OK
        finally:
            mics.stop()


def test_faults_reach_the_simulators(host: SimulatorHost) -> None:
    host.simulator("projector").lamp_failure()
    assert pty_query(host.urls["projector"], b"PWR?\r", b":") == b"PWR=05\r:"


def test_two_hosts_can_run_at_once() -> None:
    hall = load_hall(default_hall_path())
    with SimulatorHost(hall) as first, SimulatorHost(hall) as second:
        assert first.urls["switcher"] != second.urls["switcher"]
        assert first.rehearsal_hall().device("switcher") != second.rehearsal_hall().device(
            "switcher"
        )


# -- controlroom sim as a subprocess ---------------------------------------------------------------


def hall_with_free_feedback_port(tmp_path: Path) -> tuple[Path, int]:
    """The default hall with a free switcher feedback port (3334 may be taken on this machine)."""
    port = free_udp_port()
    text = default_hall_path().read_text(encoding="utf-8")
    text = text.replace("feedback_port = 3334", f"feedback_port = {port}")
    path = tmp_path / "hall.toml"
    path.write_text(text, encoding="utf-8")
    return path, port


class SimProcess:
    """``python -m controlroom sim ...`` with its stdout lines read as they come."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "controlroom", "sim", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read_stdout, daemon=True).start()

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def read_lines(self, count: int, timeout: float = 20.0) -> list[str]:
        lines: list[str] = []
        while len(lines) < count:
            try:
                line = self._lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"only {lines} within {timeout} s") from None
            if line is None:
                raise AssertionError(f"stdout closed after {lines}")
            lines.append(line)
        return lines

    def rest_of_output(self) -> str:
        lines = []
        while (line := self._lines.get(timeout=5)) is not None:
            lines.append(line)
        return "\n".join(lines)

    def finish(
        self, sig: int | None = signal.SIGINT, timeout: float = 15.0
    ) -> tuple[int, str, str]:
        if sig is not None and self.process.poll() is None:
            self.process.send_signal(sig)
        assert self.process.stderr is not None
        self.process.wait(timeout=timeout)
        return self.process.returncode, self.rest_of_output(), self.process.stderr.read()


@pytest.fixture
def kill_leftovers() -> Iterator[list[SimProcess]]:
    started: list[SimProcess] = []
    yield started
    for sim in started:
        if sim.process.poll() is None:
            sim.process.kill()
            sim.process.wait(timeout=5)


def test_cli_prints_one_line_per_device_serves_and_stops_on_sigint(
    tmp_path: Path, kill_leftovers: list[SimProcess]
) -> None:
    hall_path, feedback_port = hall_with_free_feedback_port(tmp_path)
    sim = SimProcess("--hall", str(hall_path), "--warmup", "0.2")
    kill_leftovers.append(sim)
    lines = sim.read_lines(5)
    parsed = [line.split(" ") for line in lines]
    assert [(p[0], p[1]) for p in parsed] == [
        ("switcher", "switcher"),
        ("projector", "projector"),
        ("mics", "microphones"),
        ("mics-audience", "microphones"),
        ("stream", "streaming"),
    ]
    assert parsed[4][2].startswith("ws://127.0.0.1:")
    urls = {p[0]: p[2] for p in parsed}
    assert urls["projector"].startswith("/dev/pts/")

    # the projector answers on its pty; the switcher confirms a program change by feedback
    assert pty_query(urls["projector"], b"PWR?\r", b":").startswith(b"PWR=")
    driver = build_driver(load_hall(hall_path).device("switcher"), url=urls["switcher"])
    try:
        assert wait_ok(driver).state is LinkState.OK
        assert isinstance(driver, SwitcherDriver) and driver.feedback_port == feedback_port
        assert driver.program(3).result(timeout=3) == 3
    finally:
        driver.stop()

    code, out, err = sim.finish(signal.SIGINT)
    assert code == 0, err
    assert out == "", out  # nothing after the five lines
    assert "Traceback" not in err


def test_cli_stops_cleanly_on_sigterm(tmp_path: Path, kill_leftovers: list[SimProcess]) -> None:
    hall_path, _ = hall_with_free_feedback_port(tmp_path)
    sim = SimProcess("--hall", str(hall_path), "--tcp")
    kill_leftovers.append(sim)
    lines = sim.read_lines(4)
    assert lines[1].split(" ")[2].startswith("socket://127.0.0.1:")
    code, _out, err = sim.finish(signal.SIGTERM)
    assert code == 0, err


def test_cli_fault_flags(tmp_path: Path, kill_leftovers: list[SimProcess]) -> None:
    hall_path, _ = hall_with_free_feedback_port(tmp_path)
    sim = SimProcess(
        "--hall", str(hall_path), "--lamp-failure", "--battery-dead", "2", "--garbage", "switcher"
    )
    kill_leftovers.append(sim)
    urls = {line.split(" ")[0]: line.split(" ")[2] for line in sim.read_lines(3)}
    assert pty_query(urls["projector"], b"PWR?\r", b":") == b"PWR=05\r:"
    battery = pty_query(urls["mics"], b"< GET 2 BATT_BARS >", b">")
    assert b"REP 2 BATT_BARS 000" in battery or b"REP 2 BATT_BARS 0 " in battery, battery

    driver = build_driver(load_hall(hall_path).device("switcher"), url=urls["switcher"])
    errors = threading.Event()
    driver.add_status_listener(lambda s: errors.set() if driver.protocol_errors else None)
    try:
        driver.start()
        assert errors.wait(5) or driver.protocol_errors > 0
        assert driver.status.state is not LinkState.OK
    finally:
        driver.stop()
    code, _out, err = sim.finish()
    assert code == 0, err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--silent", "lights"], "--silent lights: no such device"),
        (["--slow", "switcher"], "--slow switcher: expected DEVICE:SECONDS"),
        (["--lamp-failure", "mics"], "--lamp-failure mics: not a projector"),
        (["--battery-dead", "9"], "'9' is not a channel of mics"),
    ],
)
def test_cli_refuses_bad_fault_flags(
    tmp_path: Path, kill_leftovers: list[SimProcess], args: list[str], message: str
) -> None:
    hall_path, _ = hall_with_free_feedback_port(tmp_path)
    sim = SimProcess("--hall", str(hall_path), *args)
    kill_leftovers.append(sim)
    code, out, err = sim.finish(None, timeout=20)
    assert code == 2
    assert message in err, err
    assert out == ""


def test_cli_refuses_a_bad_hall_file(tmp_path: Path, kill_leftovers: list[SimProcess]) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('name = "Hall"\n[[devices]]\nid = "x"\nkind = "projector"\n', encoding="utf-8")
    sim = SimProcess("--hall", str(path))
    kill_leftovers.append(sim)
    code, out, err = sim.finish(None, timeout=20)
    assert code == 2
    assert f"{path}: devices[0].port: missing" in err, err


def test_cli_takes_the_global_hall_option_too(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('name = "Hall"\ndevices = 3\n', encoding="utf-8")
    result = controlroom("--hall", str(path), "sim", timeout=30)
    assert result.returncode == 2
    assert f"{path}: devices: must be a list" in result.stderr
