"""PJLink codec: the specification's own example digest, replies, decoders; fuzzed parsers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.pjlink import pjlink
from devices.pjlink.pjlink import PowerState


def test_digest_is_the_specifications_example() -> None:
    # PJLink class 1 specification, authentication example
    assert pjlink.auth_digest("498e4a67", "JBMIAProjectorLink") == (
        "5d8409bc1c3fa39749434aa3a5c38682"
    )


def test_greetings() -> None:
    assert pjlink.parse_greeting(b"PJLINK 0\r") == pjlink.Greeting(auth=False)
    assert pjlink.parse_greeting(b"PJLINK 1 498e4a67\r") == pjlink.Greeting(True, "498e4a67")
    assert pjlink.parse_greeting(b"PJLINK ERRA\r").refused
    with pytest.raises(ProtocolError):
        pjlink.parse_greeting(b"PJLINK 2\r")
    assert pjlink.greeting(None) == b"PJLINK 0\r"
    assert pjlink.greeting("498e4a67") == b"PJLINK 1 498e4a67\r"


def test_commands() -> None:
    assert pjlink.power_command(True) == b"%1POWR 1\r"
    assert pjlink.power_command(False) == b"%1POWR 0\r"
    assert pjlink.input_command("31") == b"%1INPT 31\r"
    assert pjlink.input_command("3a") == b"%2INPT 3A\r"  # class 2 only
    assert pjlink.av_mute_command(True) == b"%1AVMT 31\r"
    assert pjlink.encode_query("ERST") == b"%1ERST ?\r"
    assert pjlink.encode_query("POWR", digest="ab" * 16) == b"ab" * 16 + b"%1POWR ?\r"
    for bad in ("71", "30", "3", "311"):
        with pytest.raises(ValueError):
            pjlink.input_command(bad)
    with pytest.raises(ValueError):
        pjlink.encode_command("POW", "1")


def test_replies_and_decoders() -> None:
    assert pjlink.parse_reply(b"%1POWR=OK\r") == pjlink.Reply(1, "POWR", "OK")
    assert pjlink.parse_reply(b"%1POWR=ERR3\r").error == "ERR3"
    assert pjlink.parse_reply(b"%2INPT=3A").value == "3A"
    assert pjlink.decode_power("3") is PowerState.WARMING_UP
    assert pjlink.decode_av_mute("31") == (True, True)
    assert pjlink.decode_av_mute("11") == (True, False)
    assert pjlink.decode_av_mute("30") == (False, False)
    assert pjlink.decode_lamps("1234 1 20 0") == [(1234, True), (20, False)]
    assert pjlink.decode_errors("021000") == {"lamp": "error", "temperature": "warning"}
    assert pjlink.decode_errors("000000") == {}
    for call, value in (
        (pjlink.decode_power, "4"),
        (pjlink.decode_av_mute, "41"),
        (pjlink.decode_lamps, "12 1 3"),
        (pjlink.decode_errors, "0000"),
        (pjlink.decode_input, "99"),
    ):
        with pytest.raises(ProtocolError):
            call(value)
    cmd = pjlink.parse_command(b"5d8409bc1c3fa39749434aa3a5c38682%1POWR ?\r")
    assert cmd.digest == "5d8409bc1c3fa39749434aa3a5c38682" and cmd.body == "POWR"


@given(st.binary(max_size=200))
def test_parsers_raise_only_protocol_error(data: bytes) -> None:
    for parse in (pjlink.parse_reply, pjlink.parse_greeting, pjlink.parse_command):
        try:
            parse(data)
        except ProtocolError:
            pass
