"""The model table (``models.py``): per-family SAMPLE decoding, hall-file checks, readiness.

The SAMPLE frames below are written in each family's documented form (the field order
the Companion Shure-wireless module parses; see ``models.py`` for the sources).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import ProtocolError
from devices.microphones import models, shure
from devices.microphones.models import MODELS, mute_problem, validate_channels
from devices.microphones.shure import ChannelSample, Meter, parse_frame

# --- SAMPLE frames, per family -----------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "wire", "meter"),
    [
        # ULX-D / QLX-D: antenna, RF (dBm = v - 128), audio (dBFS = v - 50).
        ("ULX-D", b"< SAMPLE 1 ALL AX 098 035 >", Meter(1, -15.0, None, -30.0, "AX")),
        ("ULX-D", b"< SAMPLE 4 ALL XX 000 000 >", Meter(4, -50.0, None, -128.0, "XX")),
        ("QLX-D", b"< SAMPLE 1 ALL XB 115 050 >", Meter(1, 0.0, None, -13.0, "XB")),
        # SLX-D: audio peak, audio RMS, RF; all value - 120.
        ("SLX-D", b"< SAMPLE 2 ALL 102 100 090 >", Meter(2, -20.0, -18.0, -30.0)),
        # AD: quality, audio LED bitmap, peak, RMS, antennas, then bitmap/RF per antenna.
        (
            "AD",
            b"< SAMPLE 3 ALL 005 015 110 100 AX 255 090 063 070 >",
            Meter(3, -20.0, -10.0, -30.0, "AX", 5),
        ),
        (
            "AD",
            b"< SAMPLE 1 ALL 255 000 000 000 XXXX 000 000 000 000 000 010 000 000 >",
            Meter(1, -120.0, -120.0, -110.0, "XXXX", None),
        ),
    ],
)
def test_each_family_sample_is_decoded(model: str, wire: bytes, meter: Meter) -> None:
    sample = parse_frame(wire)
    assert isinstance(sample, ChannelSample)
    assert shure.decode_meter(MODELS[model], sample) == meter


def test_sample_encodes_byte_for_byte() -> None:
    assert shure.encode_channel_sample(1, ["AX", "098", "035"]) == b"< SAMPLE 1 ALL AX 098 035 >"
    assert parse_frame(b"< SAMPLE 1 ALL AX 098 035 >") == ChannelSample(1, ("AX", "098", "035"))


@pytest.mark.parametrize(
    ("model", "wire", "complaint"),
    [
        ("ULX-D", b"< SAMPLE 1 ALL 102 100 090 >", "antenna"),  # SLX-D's fields on a ULX-D
        ("ULX-D", b"< SAMPLE 1 ALL AX 098 >", "2 fields, expected 3"),
        ("ULX-D", b"< SAMPLE 1 ALL AX 116 035 >", "rf must be 0..115"),
        ("ULX-D", b"< SAMPLE 1 ALL AX 098 051 >", "audio must be 0..50"),
        ("SLX-D", b"< SAMPLE 1 ALL AX 098 035 >", "audio_peak must be a number"),
        ("SLX-D", b"< SAMPLE 1 ALL 121 100 090 >", "audio_peak must be 0..120"),
        ("AD", b"< SAMPLE 1 ALL 102 100 090 >", "3 fields, expected 9 or 13"),
        ("AD", b"< SAMPLE 1 ALL 009 015 110 100 AX 255 090 063 070 >", "quality must be 0..5"),
        ("AD", b"< SAMPLE 1 ALL 005 015 110 100 AXXX 255 090 063 070 >", "4 antenna letters"),
        ("AD", b"< SAMPLE 1 ALL 005 015 110 100 AZ 255 090 063 070 >", "antenna must be"),
        ("SCM820", b"< SAMPLE 1 ALL AX 098 035 >", "not per channel"),
    ],
)
def test_a_sample_of_the_wrong_shape_is_a_protocol_error(
    model: str, wire: bytes, complaint: str
) -> None:
    sample = parse_frame(wire)
    assert isinstance(sample, ChannelSample)
    with pytest.raises(ProtocolError, match=complaint):
        shure.decode_meter(MODELS[model], sample)


@pytest.mark.parametrize(
    ("wire", "complaint"),
    [
        (b"< SAMPLE 1 ALL >", "without fields"),
        (b"< SAMPLE X ALL 001 >", "SAMPLE channel must be a number"),
        (b"< SAMPLE 1 ALL ax 001 002 >", "bad SAMPLE field"),
        (b"< SAMPLE 1 ALL {A} 001 002 >", "bad SAMPLE field"),
    ],
)
def test_malformed_channel_samples_are_refused(wire: bytes, complaint: str) -> None:
    with pytest.raises(ProtocolError, match=complaint):
        parse_frame(wire)


def test_tx_batt_bars_is_a_battery_like_batt_bars() -> None:
    assert parse_frame(b"< REP 1 TX_BATT_BARS 003 >") == shure.Report(1, "TX_BATT_BARS", 3)
    assert parse_frame(b"< REP 2 TX_BATT_BARS 255 >") == shure.Report(2, "TX_BATT_BARS", None)
    with pytest.raises(ProtocolError, match="TX_BATT_BARS must be 0..5 or 255"):
        parse_frame(b"< REP 1 TX_BATT_BARS 006 >")
    assert shure.report_text("TX_BATT_BARS", None) == "255"


def test_device_wide_meter_rate_parses() -> None:
    assert parse_frame(b"< REP METER_RATE 01000 >") == shure.Report(None, "METER_RATE", 1000)


@pytest.mark.parametrize("model", list(MODELS))
def test_simulated_levels_round_trip_through_each_family(model: str) -> None:
    profile = MODELS[model]
    for level in (-200.0, -40.0, -6.0, 0.0, 5.0):
        raw = profile.audio_raw(level)
        assert 0 <= raw <= profile.audio_max
        assert profile.level_db(raw) == max(profile.level_db(0), min(0.0, round(level)))


# --- hall-file validation and readiness ---------------------------------------------------


def test_channels_within_the_model_pass() -> None:
    assert validate_channels("ULX-D", {1: "Chair", 2: "Guest", 3: "Spkr 1", 4: "Spkr 2"}) == []
    assert validate_channels("SLX-D", {1: "Aud A", 2: "Aud B"}) == []
    assert validate_channels("QLX-D", {1: "Lectern"}) == []
    assert (
        validate_channels("SCM820", {n: "A name of thirty-one characters" for n in range(1, 9)})
        == []
    )


def test_six_mics_on_one_ulxd_are_refused_per_channel() -> None:
    six = {n: f"Mic {n}" for n in range(1, 7)}
    problems = validate_channels("ULX-D", six)
    assert [where for where, _ in problems] == ["channels.5", "channels.6"]
    assert "ULX-D has channels 1..4 (ULXD4, ULXD4D, ULXD4Q)" in problems[0][1]
    assert "another receiver entry" in problems[0][1]


def test_channel_limits_per_family() -> None:
    assert [w for w, _ in validate_channels("SLX-D", {1: "A", 3: "C"})] == ["channels.3"]
    assert [w for w, _ in validate_channels("QLX-D", {2: "B"})] == ["channels.2"]
    assert "only channel 1" in validate_channels("QLX-D", {2: "B"})[0][1]
    assert [w for w, _ in validate_channels("AD", {0: "All"})] == ["channels.0"]


def test_names_longer_than_the_model_stores_are_refused() -> None:
    problems = validate_channels("ULX-D", {1: "Moderator"})
    assert problems == [("channels.1", "name 'Moderator' is 9 characters; ULX-D stores at most 8")]
    assert validate_channels("SCM820", {1: "Moderator"}) == []


def test_unknown_model_and_no_channels() -> None:
    assert validate_channels("ULXD4Q", {1: "A"}) == [
        ("model", "unknown model 'ULXD4Q' (known: ULX-D, QLX-D, SLX-D, AD, SCM820)")
    ]
    assert validate_channels("AD", {}) == [("channels", "must name at least one channel")]
    with pytest.raises(ValueError, match="unknown microphone model 'X'"):
        models.profile("X")


def test_mute_problem_names_the_channels_and_points_to_the_mixer() -> None:
    assert mute_problem("ULX-D", [1, 2]) == ""
    assert mute_problem("AD", [3]) == ""
    assert mute_problem("SLX-D", []) == ""
    problem = mute_problem("SLX-D", [2, 1, 2])
    assert "SLX-D has no mute command" in problem
    assert "channel(s) 1, 2" in problem
    assert "PANIC" in problem and "mixer" in problem
    assert mute_problem("QLX-D", [1]).startswith("QLX-D has no mute command")


def test_resync_parameters_follow_the_model() -> None:
    assert MODELS["ULX-D"].resync_parameters() == (
        "CHAN_NAME",
        "AUDIO_GAIN",
        "AUDIO_MUTE",
        "BATT_BARS",
    )
    assert MODELS["SLX-D"].resync_parameters() == ("CHAN_NAME", "AUDIO_GAIN", "TX_BATT_BARS")
    assert MODELS["SCM820"].resync_parameters() == ("CHAN_NAME", "AUDIO_GAIN", "AUDIO_MUTE")


# --- fuzzing: only ProtocolError escapes, for every family --------------------------------

FIELD = st.one_of(
    st.from_regex(r"[0-9]{1,4}", fullmatch=True),
    st.from_regex(r"[ABRX]{1,5}", fullmatch=True),
    st.text(alphabet="0123456789ABXRZ{}<>_-. ", max_size=6),
)


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(list(MODELS)),
    st.integers(min_value=0, max_value=99999),
    st.lists(FIELD, max_size=15),
)
def test_any_sample_decodes_or_raises_protocol_error(
    model: str, channel: int, fields: list[str]
) -> None:
    frame = f"< SAMPLE {channel} ALL {' '.join(fields)} >".encode()
    try:
        sample = parse_frame(frame)
        if isinstance(sample, ChannelSample):
            meter = shure.decode_meter(MODELS[model], sample)
            assert meter.channel == channel
            assert MODELS[model].level_db(0) <= meter.level_db <= 0.0
    except ProtocolError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(MODELS)), st.binary(max_size=80))
def test_random_bytes_after_sample_raise_only_protocol_error(model: str, tail: bytes) -> None:
    try:
        sample = parse_frame(b"< SAMPLE 1 ALL " + tail + b" >")
        if isinstance(sample, ChannelSample):
            shure.decode_meter(MODELS[model], sample)
    except ProtocolError:
        pass
