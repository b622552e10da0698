"""The atemOSC codec against byte strings laid out by the OSC 1.0 spec, plus fuzzing."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.switcher import atemosc
from devices.switcher.atemosc import (
    Auto,
    Cut,
    FadeToBlack,
    InputName,
    LinkLed,
    OtherFeedback,
    PreviewInput,
    PreviewTally,
    ProgramInput,
    ProgramTally,
    RunMacro,
    SendStatus,
    SetDskOnAir,
    SetPreview,
    SetProgram,
    SetTransitionRate,
    SetTransitionType,
    TransitionBar,
)


def osc_string(text: str) -> bytes:
    """An OSC string: UTF-8, NUL-terminated, padded with NULs to a multiple of 4."""
    raw = text.encode() + b"\x00"
    return raw + b"\x00" * (-len(raw) % 4)


def osc(address: str, tags: str = "", *values: bytes) -> bytes:
    return osc_string(address) + osc_string("," + tags) + b"".join(values)


def i32(value: int) -> bytes:
    return struct.pack(">i", value)


def f32(value: float) -> bytes:
    return struct.pack(">f", value)


# -- commands, byte for byte -----------------------------------------------------------------

COMMAND_BYTES = [
    (SetProgram(3), b"/atem/program\x00\x00\x00,i\x00\x00\x00\x00\x00\x03"),
    (SetPreview(1000), osc("/atem/preview", "i", i32(1000))),
    (Cut(), osc("/atem/transition/cut")),
    (Auto(), osc("/atem/transition/auto")),
    (FadeToBlack(), osc("/atem/transition/ftb")),
    (SetTransitionType("wipe"), osc("/atem/transition/type", "s", osc_string("wipe"))),
    (SetTransitionRate(38), osc("/atem/transition/rate", "f", f32(38.0))),  # frames
    (SetDskOnAir(1, True), osc("/atem/dsk/1/on-air", "i", i32(1))),
    (SetDskOnAir(2, False), osc("/atem/dsk/2/on-air", "i", i32(0))),
    (RunMacro(4), osc("/atem/macros/4/run")),
    (SendStatus(), osc("/atem/send-status")),
]


@pytest.mark.parametrize(("command", "expected"), COMMAND_BYTES)
def test_commands_encode_byte_for_byte(command: atemosc.Command, expected: bytes) -> None:
    assert atemosc.encode_command(command) == expected


@pytest.mark.parametrize(("command", "datagram"), COMMAND_BYTES)
def test_commands_decode_back(command: atemosc.Command, datagram: bytes) -> None:
    assert atemosc.decode_commands(datagram) == [command]


def test_prefix_is_configurable() -> None:
    datagram = atemosc.encode_command(SetProgram(2), prefix="/sw2")
    assert datagram == osc("/sw2/program", "i", i32(2))
    assert atemosc.decode_commands(datagram, prefix="/sw2") == [SetProgram(2)]
    assert atemosc.decode_commands(datagram) == []  # not under /atem: not ours


def test_address_form_presses_and_releases() -> None:
    assert atemosc.decode_commands(osc("/atem/program/4")) == [SetProgram(4)]
    assert atemosc.decode_commands(osc("/atem/preview/2", "i", i32(1))) == [SetPreview(2)]
    # a float 0.0 is a control surface's button release: ignored
    assert atemosc.decode_commands(osc("/atem/program/4", "f", f32(0.0))) == []
    assert atemosc.decode_commands(osc("/atem/transition/cut", "f", f32(0.0))) == []


@pytest.mark.parametrize(
    "command",
    [
        SetTransitionType("fade"),
        SetTransitionRate(0),
        SetTransitionRate(300),
        SetTransitionRate(1.5),  # type: ignore[arg-type]
        SetProgram(-1),
        SetDskOnAir(0, True),
        RunMacro(-2),
    ],  # fmt: skip
)
def test_commands_the_switcher_cannot_take_are_refused(command: atemosc.Command) -> None:
    with pytest.raises(ValueError):
        atemosc.encode_command(command)


# -- feedback ----------------------------------------------------------------------------------

FEEDBACK_BYTES = [
    (b"/atem/program\x00\x00\x00,i\x00\x00\x00\x00\x00\x05", ProgramInput(5)),
    (osc("/atem/preview", "i", i32(2)), PreviewInput(2)),
    (b"/atem/program/3\x00,f\x00\x00?\x80\x00\x00", ProgramTally(3, True)),
    (osc("/atem/preview/6", "f", f32(0.0)), PreviewTally(6, False)),
    (osc("/atem/transition/bar", "f", f32(0.25)), TransitionBar(0.25)),
    (osc("/atem/led/green", "f", f32(1.0)), LinkLed(up=True, colour="green")),
    (osc("/atem/led/red", "f", f32(1.0)), LinkLed(up=False, colour="red")),
    (osc("/atem/led/red", "f", f32(0.0)), LinkLed(up=True, colour="red")),
]


@pytest.mark.parametrize(("datagram", "event"), FEEDBACK_BYTES)
def test_feedback_decodes(datagram: bytes, event: atemosc.Feedback) -> None:
    assert atemosc.decode_feedback(datagram) == [event]


@pytest.mark.parametrize(("datagram", "event"), FEEDBACK_BYTES[:6])
def test_feedback_encodes_byte_for_byte(datagram: bytes, event: atemosc.Feedback) -> None:
    assert atemosc.encode_feedback(event) == datagram


def test_bundle_of_feedback_decodes_every_message() -> None:
    first = osc("/atem/preview", "i", i32(2))
    second = osc("/atem/program", "i", i32(1))
    bundle = (
        osc_string("#bundle") + struct.pack(">Q", 1)
        + i32(len(first)) + first + i32(len(second)) + second
    )  # fmt: skip
    assert atemosc.decode_feedback(bundle) == [PreviewInput(2), ProgramInput(1)]


def test_feedback_the_driver_does_not_follow_is_passed_on_as_other() -> None:
    assert atemosc.decode_feedback(osc("/atem/audio/input/1/gain", "f", f32(0.5))) == [
        OtherFeedback("/atem/audio/input/1/gain")
    ]
    assert atemosc.decode_feedback(osc("/other/program", "i", i32(3))) == []


@pytest.mark.parametrize(
    "datagram",
    [
        b"",
        b"\xff\xfeNOT OSC",
        b"/atem/program\x00\x00\x00,i\x00\x00\x00\x00",  # int cut short
        b"/atem/program/3\x00,f\x00\x00?",  # float cut short (python-osc alone would pad it)
        b"/atem/\xc3\x28\x00\x00,i\x00\x00\x00\x00\x00\x01",  # address not UTF-8
        osc("/atem/program", "s", osc_string("three")),
        osc("/atem/program", "ii", i32(1), i32(2)),
        osc("/atem/program", "i", i32(-4)),
        osc("/atem/program/x", "f", f32(1.0)),
        osc("/atem/transition/bar", "f", f32(float("nan"))),
        osc("/atem/program", "xi", i32(3)),  # an unknown type tag (python-osc would skip it)
    ],
)
def test_malformed_feedback_is_a_protocol_error(datagram: bytes) -> None:
    with pytest.raises(ProtocolError):
        atemosc.decode_feedback(datagram)


def test_unknown_command_address_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="unknown address"):
        atemosc.decode_commands(osc("/atem/transition/spin"))


# -- fuzzing: only ProtocolError escapes -------------------------------------------------------

VALID_DATAGRAMS = [d for _c, d in COMMAND_BYTES] + [d for d, _e in FEEDBACK_BYTES]


@st.composite
def mutated_datagrams(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(VALID_DATAGRAMS)))
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.sampled_from(["flip", "cut", "insert", "append"]))
        if operation == "flip" and data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        elif operation == "cut":
            data = data[: draw(st.integers(0, len(data)))]
        elif operation == "insert":
            data.insert(draw(st.integers(0, len(data))), draw(st.integers(0, 255)))
        else:
            data += draw(st.binary(max_size=12))
    return bytes(data)


def only_protocol_errors(datagram: bytes) -> None:
    for decode in (atemosc.decode_feedback, atemosc.decode_commands):
        try:
            decode(datagram)
        except ProtocolError:
            pass


@settings(max_examples=600, deadline=None)
@given(st.binary(max_size=64))
def test_random_bytes_raise_only_protocol_error(datagram: bytes) -> None:
    only_protocol_errors(datagram)


@settings(max_examples=1500, deadline=None)
@given(mutated_datagrams())
def test_mutated_frames_raise_only_protocol_error(datagram: bytes) -> None:
    only_protocol_errors(datagram)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["/atem/program", "/atem/program/2", "/atem/transition/bar", "/atem/led/red",
                     "/atem/transition/type", "/atem/dsk/1/on-air", "/atem/macros/3/run"]),
    st.lists(st.one_of(st.integers(-(2**31), 2**31 - 1), st.floats(width=32),
                       st.text(max_size=8).filter(lambda t: "\x00" not in t)), max_size=3),
)  # fmt: skip
def test_well_formed_osc_with_any_arguments_raises_only_protocol_error(
    address: str, args: list[object]
) -> None:
    only_protocol_errors(atemosc.build_message(address, tuple(args)))


def test_a_string_with_a_nul_cannot_be_sent() -> None:
    with pytest.raises(ValueError, match="NUL"):
        atemosc.build_message("/atem/transition/type", ("mi\x00x",))


def test_malformed_input_is_refused_without_python_osc_logging(
    caplog: pytest.LogCaptureFixture,
) -> None:
    unknown_tag = osc("/atem/program", "xi", i32(3))
    bad_bundle = osc_string("#bundle") + struct.pack(">Q", 1) + i32(8) + b"\x00\x00\x00\x03junk"
    nested_unknown = (
        osc_string("#bundle") + struct.pack(">Q", 1) + i32(len(unknown_tag)) + unknown_tag
    )  # fmt: skip
    for datagram in (bad_bundle, nested_unknown, osc("/atem/preview", "Zi", i32(2))):
        with pytest.raises(ProtocolError):
            atemosc.decode_feedback(datagram)
    assert caplog.records == []


# -- bundles: built without recursion, any depth or damage is a protocol error ---------------


def bundle(elements: list[bytes]) -> bytes:
    body = b"".join(len(e).to_bytes(4, "big") + e for e in elements)
    return osc_string("#bundle") + struct.pack(">Q", 1) + body


#: Bundles of messages and bundles, nested up to a few hundred levels on their spine.
packets = st.recursive(
    st.sampled_from(
        [osc("/atem/program", "i", i32(2)), osc("/atem/transition/bar", "f", f32(0.5)),
         osc("/atem/input/3/long-name", "s", osc_string("Lectern")), b"\xff\xfe\x00\x00"]
    ),
    lambda children: st.lists(children, min_size=1, max_size=3).map(bundle),
    max_leaves=40,
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(packets, st.integers(min_value=0, max_value=500), st.integers(0, 64), st.binary(max_size=4))
def test_bundles_of_any_shape_depth_or_damage_raise_only_protocol_error(
    packet: bytes, spine: int, cut: int, junk: bytes
) -> None:
    for _ in range(spine):
        packet = bundle([packet])
    only_protocol_errors(packet)
    only_protocol_errors(packet[: max(1, len(packet) - cut)] + junk)


def test_a_bundle_nested_as_deep_as_allowed_parses_and_one_deeper_is_refused() -> None:
    message = osc("/atem/program", "i", i32(4))
    packet = message
    for _ in range(atemosc.MAX_BUNDLE_DEPTH):
        packet = bundle([packet])
    assert atemosc.decode_feedback(packet) == [ProgramInput(4)]
    with pytest.raises(ProtocolError, match="nested deeper"):
        atemosc.decode_feedback(bundle([packet]))


def test_a_7_kb_bundle_nested_350_levels_is_a_protocol_error_not_a_recursion_error() -> None:
    packet = osc("/atem/program", "i", i32(5))
    for _ in range(350):
        packet = bundle([packet])
    assert len(packet) > 7000
    with pytest.raises(ProtocolError):
        atemosc.decode_feedback(packet)


def test_messages_of_a_bundle_come_out_in_order() -> None:
    packet = bundle(
        [osc("/atem/preview", "i", i32(2)), bundle([osc("/atem/program", "i", i32(3))]),
         osc("/atem/input/2/short-name", "s", osc_string("CAM2"))]
    )  # fmt: skip
    assert atemosc.decode_feedback(packet) == [
        PreviewInput(2), ProgramInput(3), InputName(2, "CAM2", short=True)
    ]  # fmt: skip
