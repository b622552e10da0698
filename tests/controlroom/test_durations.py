"""Durations typed by people: the accepted forms, the rejected ones, and the round trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from controlroom.durations import MAX_DURATION_S, format_duration, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5:00", 300),
        ("0:45", 45),
        ("90:00", 5400),
        ("1:30:00", 5400),
        ("0:00:05", 5),
        ("90s", 90),
        ("45m", 2700),
        ("1h", 3600),
        ("1h30m", 5400),
        ("2m30s", 150),
        ("1h 5m 10s", 3910),
        ("45 min", 2700),
        ("300", 300),
        ("  5:00  ", 300),
        ("0", 0),
        ("45M", 2700),
    ],
)
def test_accepted_forms(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("-5:00", "negative"),
        ("-90s", "negative"),
        ("5:60", "not a duration"),
        ("5:5", "not a duration"),
        ("1:60:00", "not a duration"),
        ("1:2:3:4", "not a duration"),
        ("five minutes", "not a duration"),
        ("5m1h", "not a duration"),
        ("1.5m", "not a duration"),
        ("٥:٠٠", "not a duration"),  # Arabic-Indic digits are not accepted
        ("25h", "longer than 24 hours"),
    ],
)
def test_rejected_forms_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_duration(text)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (59, "0:59"),
        (300, "5:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (5410, "1:30:10"),
    ],
)
def test_format(seconds: int, text: str) -> None:
    assert format_duration(seconds) == text


def test_format_negative_has_sign() -> None:
    assert format_duration(-75) == "-1:15"


@given(st.integers(min_value=0, max_value=MAX_DURATION_S))
def test_format_then_parse_round_trips(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@given(st.text(max_size=20))
def test_only_value_error_escapes(text: str) -> None:
    try:
        result = parse_duration(text)
    except ValueError:
        return
    assert 0 <= result <= MAX_DURATION_S
