"""devices.text.Text: an English str that keeps its template and values."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from devices.text import Text, join


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
