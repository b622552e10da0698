"""devices.text.Text: an English str that keeps its template and values."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from devices.text import Text, join, mode_words, text_of


def test_a_text_is_its_english_sentence_and_keeps_what_made_it() -> None:
    text = Text("no answer within {seconds:g} s", seconds=3.0)
    assert text == "no answer within 3 s" and isinstance(text, str)
    assert text.template == "no answer within {seconds:g} s" and text.values == {"seconds": 3.0}
    nested = Text("{device}: {reason}", device="mics", reason=text)
    assert nested == "mics: no answer within 3 s"
    assert nested.values["reason"] is text


def test_joined_texts_keep_their_parts() -> None:
    joined = join([Text("battery empty on channel {n}", n=2), "ERR 04"])
    assert joined == "battery empty on channel 2; ERR 04"
    assert [part.template for part in joined.parts] == ["battery empty on channel {n}", "{text}"]


@given(st.text(), st.integers(), st.floats(allow_nan=False))
def test_json_and_pickle_round_trips(word: str, number: int, value: float) -> None:
    text = join(
        [Text("{a} and {b:g}", a=word, b=value), Text("{n} items", n=number), word], " / "
    )
    again = Text.from_json(text.to_json())
    assert again == text and again.to_json() == text.to_json()
    unpickled = pickle.loads(pickle.dumps(text))
    assert unpickled == text and unpickled.to_json() == text.to_json()


def test_a_count_is_a_numerus_message_with_english_plurals() -> None:
    one, many = Text("NO-GO: %n problem(s)", n=1), Text("NO-GO: %n problem(s)", n=3)
    assert (one, many) == ("NO-GO: 1 problem", "NO-GO: 3 problems")
    assert one.numerus and many.template == "NO-GO: %n problem(s)"
    mixed = Text("Event: {title} (%n item(s))", title="Брифинг", n=2)
    assert mixed == "Event: Брифинг (2 items)" and mixed.numerus
    assert not Text("battery empty on channel {n}", n=2).numerus  # no %n: a plain value
    again = Text.from_json(many.to_json())
    assert again == many and again.numerus


def test_text_of_gives_back_the_text_an_error_was_raised_with() -> None:
    reason = Text("{device}: not connected", device="mics")
    assert text_of(ValueError(reason)) is reason
    assert text_of(ValueError("plain")) == "plain"
    assert not isinstance(text_of(ValueError("a", "b")), Text)
    assert mode_words("live").template == "live" and mode_words("odd") == "odd"
