"""The Shure codec against byte strings as the command-string documents print them; fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.microphones import shure
from devices.microphones.shure import (
    FrameSplitter,
    Get,
    Report,
    ReportError,
    Sample,
    Set,
    parse_frame,
)

# --- parsing documented frames -----------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        (b"< GET 1 AUDIO_MUTE >", Get(1, "AUDIO_MUTE")),
        (b"< GET 0 ALL >", Get(0, "ALL")),
        (b"< SET 2 AUDIO_GAIN 30 >", Set(2, "AUDIO_GAIN", "30")),
        (b"< SET 1 AUDIO_GAIN INC 3 >", Set(1, "AUDIO_GAIN", "INC 3")),
        (b"< SET 1 AUDIO_MUTE TOGGLE >", Set(1, "AUDIO_MUTE", "TOGGLE")),
        (b"< SET 3 CHAN_NAME {Speaker 1} >", Set(3, "CHAN_NAME", "{Speaker 1}")),
        (b"< SET 0 METER_RATE 01000 >", Set(0, "METER_RATE", "01000")),
        (b"< REP 1 AUDIO_MUTE ON >", Report(1, "AUDIO_MUTE", True)),
        (b"< REP 4 AUDIO_MUTE OFF >", Report(4, "AUDIO_MUTE", False)),
        (b"< REP 1 AUDIO_GAIN 030 >", Report(1, "AUDIO_GAIN", 12.0)),
        (b"< REP 1 AUDIO_GAIN 0 >", Report(1, "AUDIO_GAIN", -18.0)),
        (b"< REP 1 AUDIO_GAIN 060 >", Report(1, "AUDIO_GAIN", 42.0)),
        (b"< REP 2 CHAN_NAME {Secretary} >", Report(2, "CHAN_NAME", "Secretary")),
        (
            b"< REP 1 CHAN_NAME {Speaker 1                       } >",
            Report(1, "CHAN_NAME", "Speaker 1"),
        ),
        (b"< REP 1 CHAN_NAME {} >", Report(1, "CHAN_NAME", "")),
        (b"< REP 1 BATT_BARS 005 >", Report(1, "BATT_BARS", 5)),
        (b"< REP 1 BATT_BARS 000 >", Report(1, "BATT_BARS", 0)),
        (b"< REP 1 BATT_BARS 255 >", Report(1, "BATT_BARS", None)),
        (b"< REP 0 METER_RATE 00100 >", Report(0, "METER_RATE", 100)),
        (b"< REP MODEL {ULXD4Q          } >", Report(None, "MODEL", "ULXD4Q")),
        (b"< REP 1 FREQUENCY 578350 >", Report(1, "FREQUENCY", "578350")),
        (b"< REP ERR >", ReportError()),
        (b"< SAMPLE 087 120 000 >", Sample((87, 120, 0))),
        # Spacing and line endings vary between devices.
        (b"<REP 1 AUDIO_MUTE ON>", Report(1, "AUDIO_MUTE", True)),
        (b"\r\n  <  REP   1  AUDIO_MUTE   ON  >", Report(1, "AUDIO_MUTE", True)),
        (b"\n< REP ERR >", ReportError()),
    ],
)
def test_parses_documented_frames(wire: bytes, expected: shure.Frame) -> None:
    assert parse_frame(wire) == expected


def test_sample_levels_in_dbfs() -> None:
    sample = parse_frame(b"< SAMPLE 120 100 000 >")
    assert isinstance(sample, Sample)
    assert sample.levels_db() == (0.0, -20.0, -120.0)


@pytest.mark.parametrize(
    ("wire", "complaint"),
    [
        (b"REP 1 AUDIO_MUTE ON >", "not a <...> frame"),
        (b"< REP 1 AUDIO_MUTE ON", "not a <...> frame"),
        (b"< >", "empty frame"),
        (b"< HELLO 1 >", "unknown frame kind"),
        (b"< REP 1 AUDIO_MUTE MAYBE >", "AUDIO_MUTE must be ON or OFF"),
        (b"< REP 1 AUDIO_MUTE >", "REP without a value"),
        (b"< REP 1 AUDIO_GAIN 61 >", "AUDIO_GAIN must be 0..60"),
        (b"< REP 1 AUDIO_GAIN -3 >", "AUDIO_GAIN must be a number"),
        (b"< REP 1 AUDIO_GAIN {12} >", "takes a plain value"),
        (b"< REP 1 BATT_BARS 006 >", "BATT_BARS must be 0..5 or 255"),
        (b"< REP 1 CHAN_NAME Moderator >", "CHAN_NAME needs one {braced} value"),
        (b"< REP 1 CHAN_NAME {Moderator >", "unclosed '{'"),
        (b"< REP 1 audio_mute ON >", "bad parameter name"),
        (b"< GET AUDIO_MUTE >", "missing channel number"),
        (b"< GET 1 AUDIO_MUTE ON >", "GET takes no value"),
        (b"< SET 1 AUDIO_MUTE >", "SET without a value"),
        (b"< SAMPLE >", "SAMPLE without values"),
        (b"< SAMPLE 121 >", "SAMPLE value must be 0..120"),
        (b"< REP 1 AUDIO_MUTE \x00ON >", "control character"),
        (b"< REP 1 CHAN_NAME {\xff} >", "not UTF-8"),
    ],
)
def test_rejects_malformed_frames(wire: bytes, complaint: str) -> None:
    with pytest.raises(ProtocolError, match=complaint):
        parse_frame(wire)


# --- framing -----------------------------------------------------------------------------

STREAM = (
    b"< REP 1 AUDIO_MUTE ON >\r\n< REP 1 CHAN_NAME {Moderator} >\r"
    b"< SAMPLE 087 090 >\n< REP ERR >  < REP 2 BATT_BARS 255 >"
)
STREAM_FRAMES = [
    Report(1, "AUDIO_MUTE", True),
    Report(1, "CHAN_NAME", "Moderator"),
    Sample((87, 90)),
    ReportError(),
    Report(2, "BATT_BARS", None),
]


def test_splitter_reads_any_line_endings() -> None:
    frames = [parse_frame(piece) for piece in FrameSplitter().feed(STREAM)]
    assert frames == STREAM_FRAMES


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 13])
def test_splitter_keeps_partial_frames_across_reads(chunk: int) -> None:
    splitter = FrameSplitter()
    pieces: list[bytes] = []
    for start in range(0, len(STREAM), chunk):
        pieces += splitter.feed(STREAM[start : start + chunk])
    assert [parse_frame(piece) for piece in pieces] == STREAM_FRAMES
    assert splitter.pending == 0


def test_splitter_separates_junk_before_a_frame() -> None:
    pieces = FrameSplitter().feed(b"\x00\x7fnoise< REP 3 AUDIO_MUTE OFF >")
    assert len(pieces) == 2
    with pytest.raises(ProtocolError):
        parse_frame(pieces[0])
    assert parse_frame(pieces[1]) == Report(3, "AUDIO_MUTE", False)


def test_splitter_bounds_a_frame_that_never_closes() -> None:
    splitter = FrameSplitter(max_length=64)
    pieces = splitter.feed(b"<" + b"x" * 100)
    assert len(pieces) == 1 and splitter.pending == 0
    with pytest.raises(ProtocolError):
        parse_frame(pieces[0])
    # The stream recovers at the next frame.
    tail = splitter.feed(b"yy >< REP 1 AUDIO_MUTE ON >")
    assert parse_frame(tail[-1]) == Report(1, "AUDIO_MUTE", True)


# --- values and encoding -----------------------------------------------------------------


def test_encodes_commands_byte_for_byte() -> None:
    assert shure.encode_get(0, "ALL") == b"< GET 0 ALL >"
    assert shure.encode_set(1, "AUDIO_MUTE", "ON") == b"< SET 1 AUDIO_MUTE ON >"
    assert shure.encode_set(3, "CHAN_NAME", "{Speaker 1}") == b"< SET 3 CHAN_NAME {Speaker 1} >"
    assert shure.encode_report(2, "AUDIO_GAIN", "030") == b"< REP 2 AUDIO_GAIN 030 >"
    assert shure.encode_error() == b"< REP ERR >"
    assert shure.encode_sample([87, 5, 120]) == b"< SAMPLE 087 005 120 >"


@pytest.mark.parametrize(("db", "units"), [(-18, 0), (0, 18), (12, 30), (42, 60), (11.6, 30)])
def test_gain_db_to_device_units(db: float, units: int) -> None:
    assert shure.gain_db_to_units(db) == units


@pytest.mark.parametrize("db", [-19, 43, 100])
def test_gain_outside_device_range_is_refused(db: float) -> None:
    with pytest.raises(ValueError, match="outside -18..\\+42 dB"):
        shure.gain_db_to_units(db)


@given(st.integers(min_value=0, max_value=60))
def test_gain_units_round_trip(units: int) -> None:
    assert shure.gain_db_to_units(shure.units_to_gain_db(units)) == units


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("Moderator", "{Moderator}"),
        ("Speaker 1", "{Speaker 1}"),
        ("Модератор", "{Moderator}"),
        ("Секретарь", "{Sekretar}"),
        ("Қонақ Әлия", "{Qonaq Aliya}"),
        ("Жүргізуші", "{Zhurgizushi}"),
        ("Café <main>", "{Cafe ?main?}"),
        ("名前", "{??}"),
        ("  padded  ", "{padded}"),
        ("x" * 40, "{" + "x" * 31 + "}"),
    ],
)
def test_names_go_out_as_safe_ascii(name: str, wire: str) -> None:
    assert shure.name_to_wire(name) == wire
    assert wire.encode("ascii")  # never raises: ASCII only


@given(st.text(max_size=60))
def test_any_name_encodes_to_a_frame_that_parses_back(name: str) -> None:
    wire = shure.name_to_wire(name)
    frame = parse_frame(shure.encode_report(1, "CHAN_NAME", wire))
    assert isinstance(frame, Report)
    assert frame.value == wire[1:-1].strip()
    assert len(str(frame.value)) <= shure.NAME_MAX_LENGTH


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("AUDIO_MUTE", True),
        ("AUDIO_MUTE", False),
        ("AUDIO_GAIN", -18.0),
        ("AUDIO_GAIN", 7.0),
        ("CHAN_NAME", "Audience A"),
        ("BATT_BARS", 3),
        ("BATT_BARS", None),
        ("METER_RATE", 250),
    ],
)
def test_report_text_is_the_inverse_of_parsing(parameter: str, value: shure.Value) -> None:
    wire = shure.encode_report(5, parameter, shure.report_text(parameter, value))
    assert parse_frame(wire) == Report(5, parameter, value)


def test_meter_value_clamps_to_the_meter_range() -> None:
    levels = (-200.0, -120.0, -33.4, 0.0, 6.0)
    assert [shure.meter_value(db) for db in levels] == [0, 0, 87, 120, 120]


# --- fuzzing: only ProtocolError escapes -------------------------------------------------

VALID_FRAMES = [
    b"< REP 1 AUDIO_MUTE ON >",
    b"< REP 2 AUDIO_GAIN 030 >",
    b"< REP 3 CHAN_NAME {Speaker 1} >",
    b"< REP 4 BATT_BARS 255 >",
    b"< REP ERR >",
    b"< SAMPLE 087 120 000 >",
    b"< SAMPLE 1 ALL AX 098 035 >",
    b"< SAMPLE 3 ALL 005 015 110 100 AX 255 090 063 070 >",
    b"< REP 2 TX_BATT_BARS 004 >",
    b"< REP METER_RATE 01000 >",
    b"< SET 1 AUDIO_GAIN INC 3 >",
    b"< GET 0 ALL >",
]


def _parse_or_protocol_error(piece: bytes) -> None:
    try:
        parse_frame(piece)
    except ProtocolError:
        pass


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_protocol_error(data: bytes) -> None:
    _parse_or_protocol_error(data)
    for piece in FrameSplitter(max_length=128).feed(data):
        _parse_or_protocol_error(piece)


@st.composite
def mutated_frames(draw: st.DrawFn) -> bytes:
    frame = bytearray(draw(st.sampled_from(VALID_FRAMES)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        action = draw(st.sampled_from(["flip", "insert", "delete", "dup"]))
        position = draw(st.integers(min_value=0, max_value=max(len(frame) - 1, 0)))
        if action == "flip" and frame:
            frame[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "insert":
            frame[position:position] = draw(st.binary(min_size=1, max_size=4))
        elif action == "delete" and frame:
            del frame[position]
        elif action == "dup":
            frame[position:position] = frame[position : position + 5]
    return bytes(frame)


@settings(max_examples=600, deadline=None)
@given(mutated_frames())
def test_mutated_frames_raise_only_protocol_error(data: bytes) -> None:
    _parse_or_protocol_error(data)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VALID_FRAMES), min_size=1, max_size=8), st.data())
def test_valid_frames_survive_any_split(frames: list[bytes], data: st.DataObject) -> None:
    stream = b"\r\n".join(frames)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=6)))
    splitter = FrameSplitter()
    pieces: list[bytes] = []
    previous = 0
    for cut in [*cuts, len(stream)]:
        pieces += splitter.feed(stream[previous:cut])
        previous = cut
    assert [parse_frame(p) for p in pieces] == [parse_frame(f) for f in frames]
