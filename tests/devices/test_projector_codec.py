"""ESC/VP21 codec: byte strings from the protocol reference, and fuzzing of the reply parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.projector import escvp21
from devices.projector.escvp21 import PowerState, Reply, ReplyKind

DEFAULT_SOURCES = {
    "Computer1": "10",
    "Computer2": "20",
    "HDMI1": "30",
    "HDMI2": "A0",
    "Video": "41",
    "USB": "52",
    "LAN": "53",
}


@pytest.mark.parametrize(
    ("encoded", "wire"),
    [
        (escvp21.power_command(True), b"PWR ON\r"),
        (escvp21.power_command(False), b"PWR OFF\r"),
        (escvp21.encode_query("PWR"), b"PWR?\r"),
        (escvp21.source_command("30"), b"SOURCE 30\r"),
        (escvp21.source_command("A0"), b"SOURCE A0\r"),
        (escvp21.encode_query("SOURCE"), b"SOURCE?\r"),
        (escvp21.mute_command(True), b"MUTE ON\r"),
        (escvp21.mute_command(False), b"MUTE OFF\r"),
        (escvp21.encode_query("LAMP"), b"LAMP?\r"),
        (escvp21.encode_query("ERR"), b"ERR?\r"),
        (escvp21.encode_command(""), b"\r"),
    ],
)
def test_commands_encode_to_the_documented_bytes(encoded: bytes, wire: bytes) -> None:
    assert encoded == wire


@pytest.mark.parametrize("bad", ["pwr on", "PWR\rON", "PWR:ON", "SOURCE 3\x00", "? PWR"])
def test_malformed_commands_never_reach_the_wire(bad: str) -> None:
    with pytest.raises(ValueError):
        escvp21.encode_command(bad)


@pytest.mark.parametrize("bad_code", ["3", "300", "a0", "G1", ""])
def test_source_codes_are_two_upper_case_hex_digits(bad_code: str) -> None:
    with pytest.raises(ValueError):
        escvp21.source_command(bad_code)


@pytest.mark.parametrize(
    ("frame", "reply"),
    [
        (b":", Reply(ReplyKind.ACK)),
        (b"PWR=01\r:", Reply(ReplyKind.VALUE, "PWR", "01")),
        (b"SOURCE=A0\r:", Reply(ReplyKind.VALUE, "SOURCE", "A0")),
        (b"MUTE=ON\r:", Reply(ReplyKind.VALUE, "MUTE", "ON")),
        (b"LAMP=1234\r:", Reply(ReplyKind.VALUE, "LAMP", "1234")),
        (b"ERR=06\r:", Reply(ReplyKind.VALUE, "ERR", "06")),
        (b"ERR\r:", Reply(ReplyKind.ERROR)),
        # tolerated variations seen on real units: stray line ends, no CR before the prompt
        (b"\r\nPWR=04\r:", Reply(ReplyKind.VALUE, "PWR", "04")),
        (b"PWR=00:", Reply(ReplyKind.VALUE, "PWR", "00")),
        (b"\r:", Reply(ReplyKind.ACK)),
    ],
)
def test_replies_parse(frame: bytes, reply: Reply) -> None:
    assert escvp21.parse_reply(frame) == reply


@pytest.mark.parametrize(
    "frame",
    [
        b"",
        b"PWR=01\r",
        b"\xffPWR=01\r:",
        b"PWR01\r:",
        b"pwr=01\r:",
        b"PWR=\r:",
        b"=01\r:",
        b"ERROR\r:",
        b"PWR=0\x001\r:",
        b"X" * 200 + b":",
    ],
)
def test_garbage_replies_raise_protocol_error(frame: bytes) -> None:
    with pytest.raises(ProtocolError):
        escvp21.parse_reply(frame)


@pytest.mark.parametrize(
    ("code", "state"),
    [
        ("00", PowerState.STANDBY),
        ("01", PowerState.ON),
        ("02", PowerState.WARMING_UP),
        ("03", PowerState.COOLING_DOWN),
        ("04", PowerState.STANDBY_NETWORK_ON),
        ("05", PowerState.ABNORMAL_STANDBY),
        ("09", PowerState.AV_STANDBY),
        ("07", PowerState.UNKNOWN),
    ],
)
def test_power_codes_decode(code: str, state: PowerState) -> None:
    assert escvp21.decode_power(code) is state


def test_error_codes_decode_to_words() -> None:
    assert escvp21.decode_error("00") == ("00", "no error")
    assert escvp21.decode_error("06") == ("06", "lamp error")
    assert escvp21.decode_error("03") == ("03", "lamp failed at power-on")
    assert escvp21.decode_error("0A") == ("0A", "auto iris error")
    assert escvp21.decode_error("2B") == ("2B", "unknown error 2B")


def test_values_decode() -> None:
    assert escvp21.decode_lamp_hours("0") == 0
    assert escvp21.decode_lamp_hours("12345") == 12345
    assert escvp21.decode_mute("ON") is True
    assert escvp21.decode_mute("OFF") is False
    assert escvp21.decode_source("30", DEFAULT_SOURCES) == "HDMI1"
    assert escvp21.decode_source("A0", DEFAULT_SOURCES) == "HDMI2"
    assert escvp21.decode_source("B1", DEFAULT_SOURCES) == "B1"


@pytest.mark.parametrize(
    ("decoder", "value"),
    [
        (escvp21.decode_power, "1"),
        (escvp21.decode_power, "ON"),
        (escvp21.decode_error, "x6"),
        (escvp21.decode_lamp_hours, "12h"),
        (escvp21.decode_lamp_hours, "-1"),
        (escvp21.decode_mute, "on"),
    ],
)
def test_bad_values_raise_protocol_error(decoder, value: str) -> None:
    with pytest.raises(ProtocolError):
        decoder(value)


VALID_FRAMES = [b":", b"PWR=01\r:", b"SOURCE=30\r:", b"MUTE=OFF\r:", b"LAMP=1500\r:", b"ERR\r:"]


def _decode_all(frame: bytes) -> None:
    reply = escvp21.parse_reply(frame)
    if reply.kind is ReplyKind.VALUE:
        assert reply.key is not None and reply.value is not None
        decoder = {
            "PWR": escvp21.decode_power,
            "ERR": escvp21.decode_error,
            "LAMP": escvp21.decode_lamp_hours,
            "MUTE": escvp21.decode_mute,
        }.get(reply.key)
        if decoder is not None:
            decoder(reply.value)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_only_ever_raise_protocol_error(frame: bytes) -> None:
    try:
        _decode_all(frame)
    except ProtocolError:
        pass


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(VALID_FRAMES),
    st.lists(st.tuples(st.integers(0, 20), st.integers(0, 255)), max_size=4),
    st.integers(0, 3),
)
def test_mutated_frames_only_ever_raise_protocol_error(
    frame: bytes, flips: list[tuple[int, int]], cut: int
) -> None:
    mutated = bytearray(frame)
    for position, byte in flips:
        if mutated:
            mutated[position % len(mutated)] = byte
    if cut and len(mutated) > cut:
        del mutated[:cut]
    try:
        _decode_all(bytes(mutated))
    except ProtocolError:
        pass
