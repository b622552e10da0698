"""ItemCues over the registry: the same JSON as before the kinds, in the kinds' order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from controlroom.cues import CueError, ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def sample_cues() -> list[dict[str, object]]:
    cues = []
    for path in sorted(SAMPLES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        cues += [item["cues"] for item in data["items"] if item.get("cues")]
    return cues


def test_the_sample_shows_cues_come_back_as_the_same_json_in_the_same_key_order() -> None:
    cues = sample_cues()
    assert len(cues) > 5
    for raw in cues:
        written = ItemCues.from_dict(raw).to_dict()
        assert written == raw
        order = ("switcher", "microphones", "projector", "pjlink", "streaming")
        assert list(written) == [k for k in order if k in raw]


def test_cues_are_kept_in_kind_order_whatever_order_they_were_given() -> None:
    given = ItemCues(
        (ProjectorCue(blank=True), MicrophoneCue(device="b"), SwitcherCue(program=1),
         MicrophoneCue(device="a"))
    )  # fmt: skip
    assert [type(c).__name__ for c in given] == [
        "SwitcherCue", "MicrophoneCue", "MicrophoneCue", "ProjectorCue"
    ]  # fmt: skip
    assert [c.device for c in given.of_type(MicrophoneCue)] == ["b", "a"]
    assert given == ItemCues((SwitcherCue(program=1), *given.of_kind("microphones"),
                              ProjectorCue(blank=True)))  # fmt: skip
    assert given.to_dict() == {
        "switcher": {"device": "switcher", "program": 1, "transition": "cut"},
        "microphones": [{"device": "b", "live": []}, {"device": "a", "live": []}],
        "projector": {"device": "projector", "blank": True},
    }


def test_helpers_find_cues_by_kind_class_and_device() -> None:
    cues = ItemCues((SwitcherCue(program=2), MicrophoneCue(device="mics", live=(1,))))
    assert cues.first(SwitcherCue) == SwitcherCue(program=2)
    assert cues.first(ProjectorCue) is None
    assert cues.of_kind("projector") == ()
    assert cues.for_device("mics") == MicrophoneCue(device="mics", live=(1,))
    assert cues.for_device("projector") is None
    assert not cues.is_empty() and ItemCues().is_empty()
    replaced = cues.replacing("switcher", (SwitcherCue(program=5),))
    assert replaced.first(SwitcherCue) == SwitcherCue(program=5)
    assert replaced.of_type(MicrophoneCue) == cues.of_type(MicrophoneCue)


def test_a_kind_with_one_cue_per_item_refuses_a_second() -> None:
    with pytest.raises(ValueError, match="at most one switcher cue"):
        ItemCues((SwitcherCue(program=1), SwitcherCue(device="other", program=2)))


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"lights": {}}, "cues.lights"),
        ({"switcher": {"program": True}}, "cues.switcher.program"),
        ({"switcher": {"colour": 1}}, "cues.switcher.colour"),
        ({"microphones": {"device": "m"}}, "cues.microphones"),
        ({"microphones": [{"live": [1]}, {"live": ["x"]}]}, "cues.microphones[1].live[0]"),
        ({"microphones": [{"gains_db": {"2": 99}}]}, "cues.microphones[0].gains_db.2"),
        ({"projector": {"power": "on"}}, "cues.projector.power"),
        ({"projector": {"delay": 601}}, "cues.projector.delay"),
        ([], "cues"),
    ],
)
def test_bad_cues_name_the_field(data: object, path: str) -> None:
    with pytest.raises(CueError) as raised:
        ItemCues.from_dict(data)
    assert raised.value.path == path
