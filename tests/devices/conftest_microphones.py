"""Shared helpers for the microphone tests: a simulator + driver rig and a listener recorder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from recorder import Recorder

from devices.base import DeviceStatus, LinkState
from devices.microphones.driver import MicrophoneDriver, MicrophonesState
from devices.microphones.kind import MicrophonesConfig
from devices.microphones.simulator import MicrophoneSimulator

#: A ULX-D quad receiver's channels (the default model: 1..4, names of at most 8 characters).
CHANNELS = {1: "Chair", 2: "Secretar", 3: "Spkr 1", 4: "Spkr 2"}


class Rig:
    """A simulator and a driver connected to it, with recorders on both listener lists."""

    def __init__(self, simulator: MicrophoneSimulator, driver: MicrophoneDriver) -> None:
        self.sim = simulator
        self.driver = driver
        self.statuses: Recorder[DeviceStatus] = Recorder()
        self.states: Recorder[MicrophonesState] = Recorder()
        driver.add_status_listener(self.statuses)
        driver.add_state_listener(self.states)

    def wait_status(self, state: LinkState, timeout: float = 5.0) -> DeviceStatus:
        return self.statuses.wait_for(lambda s: s.state is state, timeout)

    def wait_state(
        self, predicate: Callable[[MicrophonesState], bool], timeout: float = 5.0
    ) -> MicrophonesState:
        if predicate(self.driver.state):
            return self.driver.state
        return self.states.wait_for(predicate, timeout)

    def sent_after(self, mark: int) -> list[bytes]:
        return self.sim.received_frames()[mark:]


@contextmanager
def mic_rig(
    transport: str = "pty",
    channels: dict[int, str] | None = None,
    driver_channels: dict[int, str] | None = None,
    wait_ok: bool = True,
    prepare: Callable[[MicrophoneSimulator], Any] | None = None,
    simulator_class: type[MicrophoneSimulator] = MicrophoneSimulator,
    model: str | None = None,
    meter_rate_report: str | None = None,
    **driver_options: Any,
) -> Iterator[Rig]:
    """Start a simulator (on a pty or TCP) and a driver on its URL; stop both afterwards.

    ``model`` goes to both (default: ULX-D); ``meter_rate_report`` to the simulator.
    """
    sim_channels = channels or CHANNELS
    simulator = simulator_class(sim_channels, model=model, meter_rate_report=meter_rate_report)
    if prepare is not None:
        prepare(simulator)
    url = simulator.start_pty() if transport == "pty" else simulator.start_tcp()
    try:
        config = MicrophonesConfig(id="mics", port=url, channels=driver_channels or sim_channels)
        driver = MicrophoneDriver(config, model=model, **driver_options)
    except BaseException:
        simulator.stop()
        raise
    rig = Rig(simulator, driver)
    try:
        driver.start()
        if wait_ok:
            rig.wait_status(LinkState.OK)
            # ...and the connect-time resync is over: every channel's values are known.
            has_mute = driver.profile.has_mute
            rig.wait_state(
                lambda s: all(
                    (c.muted is not None or not has_mute) and c.gain_db is not None
                    for n, c in s.channels.items()
                    if n in sim_channels
                )
            )
        yield rig
    finally:
        driver.stop()
        simulator.stop()
