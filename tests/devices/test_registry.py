"""The registry of device kinds: lookups, typed commands, and the hall file going through it."""

from __future__ import annotations

from concurrent.futures import Future

import pytest

from devices.base import ConfigError
from devices.hall_file import default_hall_path, load_hall, parse_hall
from devices.kind import DeviceKind
from devices.microphones.kind import MicrophoneCue, MuteAll, SetGainDb, SetMute
from devices.projector.kind import PowerOn, SetBlank, SetSource
from devices.registry import KINDS, find_kind, kind_named, kind_of, kind_of_cue
from devices.switcher.kind import Auto, SetPreview, SetProgram, SwitcherCue


def test_every_device_of_the_default_hall_has_its_kind() -> None:
    hall = load_hall(default_hall_path())
    assert [kind_of(d).name for d in hall.devices] == [d.kind for d in hall.devices]
    assert {kind.name for kind in KINDS} == {"switcher", "projector", "microphones", "pjlink",
                                               "streaming"}
    for kind in KINDS:
        assert kind_named(kind.name) is kind is find_kind(kind.name)
        assert kind.config_class.kind == kind.name
        assert kind_of_cue(kind.cue_class(device="x")) is kind
    assert find_kind("lights") is None
    with pytest.raises(KeyError, match="unknown device kind 'lights'"):
        kind_named("lights")


def test_an_unknown_kind_in_the_hall_file_lists_the_registry() -> None:
    text = 'name = "H"\n[[devices]]\nid = "x"\nkind = "lights"\n'
    with pytest.raises(ConfigError) as raised:
        parse_hall(text)
    message = str(raised.value)
    assert "devices[0].kind: unknown kind 'lights'" in message
    assert all(kind.name in message for kind in KINDS)


def test_fault_flag_names_are_unique_across_kinds() -> None:
    names = [flag.name for kind in KINDS for flag in kind.fault_flags]
    common = {"silent", "garbage", "partial", "drop", "slow"}
    assert len(names) == len(set(names)) and not common & set(names)


@pytest.mark.parametrize(
    ("command", "label"),
    [
        (SetProgram(3), "program(3)"),
        (SetPreview(1), "preview(1)"),
        (Auto(), "auto()"),
        (SetMute(2, True), "set_mute(2, True)"),
        (SetGainDb(2, 6.0), "set_gain_db(2, 6.0)"),
        (MuteAll(), "mute_all()"),
        (PowerOn(), "power_on()"),
        (SetSource("HDMI1"), "set_source('HDMI1')"),
        (SetBlank(False), "set_blank(False)"),
    ],
)
def test_commands_log_as_the_driver_calls_they_make(command: object, label: str) -> None:
    assert command.label() == label  # type: ignore[attr-defined]


class CallRecorder:
    """Records the driver method a command reaches (a driver needs a real peer to answer)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str) -> object:
        def call(*args: object) -> Future[None]:
            self.calls.append((name, args))
            return Future()

        return call


def test_dispatch_calls_the_drivers_method_and_refuses_another_kinds_command() -> None:
    mics = kind_named("microphones")
    driver = CallRecorder()
    mics.dispatch(driver, SetMute(3, False))
    mics.dispatch(driver, MuteAll())
    assert driver.calls == [("set_mute", (3, False)), ("mute_all", ())]
    with pytest.raises(TypeError, match="is not a microphones command"):
        mics.dispatch(driver, SetProgram(1))


def test_break_and_panic_belong_to_the_microphones_only() -> None:
    hall = load_hall(default_hall_path())
    forcing = {d.id: kind_of(d).break_cue(d) for d in hall.devices if kind_of(d).has_break_cue}
    assert forcing == {
        "mics": MicrophoneCue(device="mics", live=()),
        "mics-audience": MicrophoneCue(device="mics-audience", live=()),
    }
    panic = {d.id: list(kind_of(d).panic_commands(d)) for d in hall.devices}
    assert panic == {
        "switcher": [], "projector": [], "mics": [MuteAll()], "mics-audience": [MuteAll()],
        "stream": [],
    }


def test_every_kind_reads_back_its_own_cue_json() -> None:
    samples: dict[str, dict[str, object]] = {
        "switcher": {"device": "sw", "program": 2, "preview": 3, "transition": "auto", "delay": 1},
        "microphones": {"device": "m", "live": [1, 2], "gains_db": {"1": 6.0}},
        "projector": {"device": "p", "power": True, "source": "HDMI1", "blank": False},
        "pjlink": {"device": "d", "power": True, "source": "HDMI1", "blank": False},
        "streaming": {"device": "o", "scene": "Speaker", "stream": True, "record": False},
    }
    for kind in KINDS:
        cue = kind.cue_from_dict(samples[kind.name], kind.name)
        assert isinstance(cue, kind.cue_class)
        assert kind.cue_to_dict(cue) == samples[kind.name]
    assert isinstance(kind_named("switcher").cue_from_dict({}, "x"), SwitcherCue)
    assert all(isinstance(kind, DeviceKind) for kind in KINDS)
