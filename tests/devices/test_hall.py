"""The hall file: the default hall loads as the contract says; every kind of mistake is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from devices.base import ConfigError
from devices.hall_file import HallConfig, default_hall_path, load_hall
from devices.microphones.kind import MicrophonesConfig
from devices.projector.kind import ProjectorConfig
from devices.registry import with_url
from devices.switcher.kind import SwitcherConfig, parse_osc_udp_url

GOOD = """
name = "Test hall"

[[devices]]
id = "switcher"
kind = "switcher"
host = "10.0.0.5"
input_count = 4
[devices.inputs]
1 = "Wide"
3 = "Lectern"

[[devices]]
id = "projector"
kind = "projector"
port = "/dev/ttyUSB0"
model = "EB-L1500U"
[devices.sources]
HDMI1 = "30"
HDMI2 = "A0"

[[devices]]
id = "mics"
kind = "microphones"
model = "SCM820"
port = "socket://10.0.0.9:2202"
baudrate = 19200
[devices.channels]
1 = "Moderator"
2 = "Speaker"
"""


def write(tmp_path: Path, text: str, name: str = "hall.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_hall_matches_the_contract() -> None:
    hall = load_hall(default_hall_path())
    assert hall.name == "Press hall"
    assert [(d.id, d.kind) for d in hall.devices] == [
        ("switcher", "switcher"),
        ("projector", "projector"),
        ("mics", "microphones"),
        ("mics-audience", "microphones"),
        ("stream", "streaming"),
    ]
    switcher = hall.device("switcher")
    assert isinstance(switcher, SwitcherConfig)
    assert (switcher.port, switcher.feedback_port, switcher.prefix, switcher.input_count) == (
        3333,
        3334,
        "/atem",
        6,
    )
    assert switcher.inputs[5] == "Presentation PC"
    assert len(switcher.inputs) == 6
    projector = hall.device("projector")
    assert isinstance(projector, ProjectorConfig)
    assert projector.model == "EB-L1500U"
    assert projector.sources == {
        "Computer1": "10", "Computer2": "20", "HDMI1": "30", "HDMI2": "A0",
        "Video": "41", "USB": "52", "LAN": "53",
    }  # fmt: skip
    assert projector.baudrate == 9600
    mics = hall.device("mics")
    assert isinstance(mics, MicrophonesConfig)
    assert (mics.model, mics.port) == ("ULX-D", "socket://192.168.10.31:2202")
    assert mics.channels == {1: "Chair", 2: "Clerk", 3: "Spkr 1", 4: "Spkr 2"}
    audience = hall.device("mics-audience")
    assert isinstance(audience, MicrophonesConfig)
    assert (audience.model, audience.channels) == ("AD", {1: "Aud A", 2: "Aud B"})


def test_a_good_file_loads_with_defaults_filled_in(tmp_path: Path) -> None:
    hall = load_hall(write(tmp_path, GOOD))
    switcher = hall.device("switcher")
    assert isinstance(switcher, SwitcherConfig)
    assert (switcher.host, switcher.port, switcher.feedback_port, switcher.prefix) == (
        "10.0.0.5",
        3333,
        3334,
        "/atem",
    )
    assert switcher.inputs == {1: "Wide", 3: "Lectern"}
    assert switcher.input_name(2) == "Input 2"  # unnamed inputs still have a label
    mics = hall.device("mics")
    assert isinstance(mics, MicrophonesConfig) and mics.baudrate == 19200
    with pytest.raises(KeyError, match="lights"):
        hall.device("lights")


def test_url_overrides_where_a_device_is_reached() -> None:
    hall = load_hall(default_hall_path())
    switcher = with_url(hall.device("switcher"), "osc.udp://127.0.0.1:40000")
    assert isinstance(switcher, SwitcherConfig)
    assert (switcher.host, switcher.port, switcher.feedback_port) == ("127.0.0.1", 40000, 3334)
    projector = with_url(hall.device("projector"), "/dev/pts/7")
    assert isinstance(projector, ProjectorConfig) and projector.port == "/dev/pts/7"
    with pytest.raises(ValueError, match="osc.udp"):
        parse_osc_udp_url("udp://127.0.0.1:3")
    replaced = hall.replace_device(projector)
    assert isinstance(replaced, HallConfig)
    assert replaced.device("projector") == projector
    assert hall.device("projector") != projector  # the original is unchanged


def edited(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


MISTAKES = [
    # (edit of the good file, expected message after "hall.toml: ")
    (edited('2 = "Speaker"', '"²" = "Speaker"'),
     "devices[2].channels.²: must be a number from 1 up"),
    ("x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML: nested too deeply"),
    (edited("input_count = 4", "input_count = 4\nframe_rate = 26"),
     "devices[0].frame_rate: 26 is not a video frame rate"),
    (edited("input_count = 4", 'input_count = 4\nframe_rate = "25"'),
     "devices[0].frame_rate: must be a number"),
    (edited("input_count = 4", 'input_count = 4\nlisten_host = "eth0"'),
     "devices[0].listen_host: 'eth0' is not an IPv4 address of this computer"),
    (edited("input_count = 4", "input_count = 4\nfeedback_from_port = 70000"),
     "devices[0].feedback_from_port: 70000 is out of range 1..65535"),
    (edited('port = "/dev/ttyUSB0"\n', ""), "devices[1].port: missing"),
    (edited('name = "Test hall"\n', ""), "name: missing"),
    (edited('3 = "Lectern"', '7 = "Lectern"'),
     "devices[0].inputs.7: not an input of a 4-input switcher"),
    (edited('id = "mics"', 'id = "switcher"'),
     "devices[2].id: duplicate id 'switcher' (already used by devices[0])"),
    (edited('kind = "projector"', 'kind = "lights"'), "devices[1].kind: unknown kind 'lights'"),
    (edited("input_count = 4", 'input_count = "four"'),
     "devices[0].input_count: must be a whole number, not a string"),
    (edited("input_count = 4", "input_count = 0"), "devices[0].input_count: 0 is out of range"),
    (edited('host = "10.0.0.5"', "host = 10"), "devices[0].host: must be a string, not a number"),
    (edited('host = "10.0.0.5"', 'host = "10.0.0.5"\nport = 70000'),
     "devices[0].port: 70000 is out of range 1..65535"),
    (edited('host = "10.0.0.5"', 'host = "10.0.0.5"\nport = true'),
     "devices[0].port: must be a whole number, not true/false"),
    (edited('host = "10.0.0.5"', 'hots = "10.0.0.5"'), "devices[0].host: missing"),
    (edited('input_count = 4', 'input_count = 4\nhots = "x"'), "devices[0].hots: unknown key"),
    (edited('input_count = 4', 'input_count = 4\nprefix = "atem/"'), "devices[0].prefix:"),
    (edited('HDMI2 = "A0"', 'HDMI2 = "30"'),
     "devices[1].sources.HDMI2: code '30' is already used by 'HDMI1'"),
    (edited('HDMI2 = "A0"', 'HDMI2 = "hdmi"'), "devices[1].sources.HDMI2: source code 'hdmi'"),
    (edited('HDMI2 = "A0"', "HDMI2 = 30"),
     "devices[1].sources.HDMI2: source code must be a string"),
    (edited('[devices.sources]\nHDMI1 = "30"\nHDMI2 = "A0"\n', "sources = {}\n"),
     "devices[1].sources: must be a table"),
    (edited("baudrate = 19200", "baudrate = 12345"),
     "devices[2].baudrate: 12345 is not a standard"),
    (edited('2 = "Speaker"', 'x = "Speaker"'), "devices[2].channels.x: must be a number from 1 up"),
    (edited('2 = "Speaker"', '0 = "Speaker"'), "devices[2].channels.0: must be a number from 1 up"),
    (edited('2 = "Speaker"', '2 = "{Speaker}"'), "devices[2].channels.2: a channel name cannot"),
    (edited('2 = "Speaker"', '2 = ""'), "devices[2].channels.2: name must not be empty"),
    (edited('2 = "Speaker"', f'2 = "{"x" * 40}"'),
     "devices[2].channels.2: name 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' is 40 characters; "
     "SCM820 stores at most 31"),
    (edited('model = "SCM820"\n', ""), "devices[2].model: missing"),
    (edited('model = "SCM820"', 'model = "ULX-X"'), "devices[2].model: unknown model 'ULX-X'"),
    (edited('model = "SCM820"', 'model = "ULX-D"'),
     "devices[2].channels.1: name 'Moderator' is 9 characters; ULX-D stores at most 8"),
    (edited('model = "SCM820"', 'model = "SLX-D"').replace('1 = "Moderator"', '3 = "Mod"'),
     "devices[2].channels.3: SLX-D has channels 1..2"),
    (edited('port = "socket://10.0.0.9:2202"', 'port = "usb:serial="'), "devices[2].port:"),
    (edited('1 = "Wide"', "1 = 5"), "devices[0].inputs.1: name must be a string"),
    (edited('id = "projector"', 'id = "pro jector"'), "devices[1].id: 'pro jector': use only"),
    (edited('id = "projector"\n', ""), "devices[1].id: missing"),
    (GOOD.replace("[[devices]]", "[devices]", 1).split("[[devices]]")[0],
     "devices: must be a list of [[devices]] tables"),
    ('name = "x"\ndevices = []\ncolour = "red"\n', "colour: unknown key"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MISTAKES)
def test_every_mistake_is_named_by_file_and_key_path(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_hall(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert expected in message, message


def test_invalid_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'name = "Hall"\n\n[[devices]]\nid = "switcher\nkind = 1\n')
    with pytest.raises(ConfigError, match=r"invalid TOML: .*line 4") as caught:
        load_hall(path)
    assert str(caught.value).startswith(str(path))


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_hall(tmp_path / "nowhere.toml")


def test_a_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "hall.toml"
    path.write_bytes(b'name = "\xff\xfe"\n')
    with pytest.raises(ConfigError, match="cannot read"):
        load_hall(path)


def test_switcher_frame_rate_listener_and_sender_port_are_read() -> None:
    from devices.hall_file import parse_hall

    text = (
        'name = "Hall"\n[[devices]]\nid = "sw"\nkind = "switcher"\nhost = "10.0.0.5"\n'
        'input_count = 4\nframe_rate = 50\nlisten_host = "10.0.0.2"\nfeedback_from_port = 3333\n'
    )
    config = parse_hall(text).device("sw")
    assert (config.frame_rate, config.listen_host, config.feedback_from_port) == (  # type: ignore[attr-defined]
        50.0,
        "10.0.0.2",
        3333,
    )
    default = parse_hall(text.replace("frame_rate = 50\n", "").replace(
        'listen_host = "10.0.0.2"\nfeedback_from_port = 3333\n', "")).device("sw")
    assert (default.frame_rate, default.listen_host, default.feedback_from_port) == (  # type: ignore[attr-defined]
        25.0,
        "auto",
        None,
    )
