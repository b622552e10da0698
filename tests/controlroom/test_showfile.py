"""Show files: JSON and CSV round trips, and one clear error for every kind of bad file.

Every failed import must leave the database exactly as it was (compared as an SQL dump).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_dump import dump

from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.model import Event, EventKind, Item, ItemKind
from controlroom.runsheet import validate_item
from controlroom.samples import ensure_sample_event, generate_event, load_sample
from controlroom.showfile import (
    CSV_COLUMNS,
    MAX_FILE_BYTES,
    ShowFileError,
    event_to_document,
    event_to_json,
    import_event_file,
    items_to_csv,
    load_event_file,
    parse_items_csv,
    parse_show_json,
)
from controlroom.storage import Database

START = datetime(2026, 11, 26, 23, 30)


def sample_event() -> Event:
    return Event(
        title="Түнгі брифинг",
        scheduled_start=START,
        venue="Астана",
        kind=EventKind.BRIEFING,
        languages=["kk", "ru"],
        notes="Ұзақ емес",
        items=[
            Item(
                "Ашылу сөзі",
                300,
                speaker_name="Әсел Қайратқызы",
                speaker_role="Модератор",
                cues=ItemCues(
                    (
                        SwitcherCue(program=3),
                        *(MicrophoneCue(live=(1,), gains_db=((1, 3.5),)),),
                        ProjectorCue(blank=True),
                    )
                ),
                colour="#203040",
                warning_at=60,
                danger_at=20,
            ),
            Item('Сұрақтар, "жауаптар"', 1500, kind=ItemKind.QA, notes="көп жол\nекінші"),
            Item("Жабылу", 90, hard_start=START + timedelta(minutes=40), kind=ItemKind.OTHER),
        ],
    )


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:  # not conftest's: this one holds a sample event
    database = Database.open(tmp_path / "show.db")
    database.create_event(sample_event())
    yield database
    database.close()


def line_of(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


# ------------------------------------------------------------------ round trips


def test_json_round_trip_keeps_everything() -> None:
    event = sample_event()
    assert parse_show_json(event_to_json(event)) == event


def test_json_is_readable_by_people() -> None:
    text = event_to_json(sample_event())
    assert "Түнгі брифинг" in text  # not \\u escapes
    document = json.loads(text)
    assert document["format"] == "controlroom-show" and document["version"] == 2
    assert document["items"][0]["planned_duration"] == "5:00"
    assert document["items"][2]["hard_start"] == "2026-11-27T00:10:00"


def test_version_1_files_import_without_cues() -> None:
    document = event_to_document(sample_event())
    document["version"] = 1
    for item in document["items"]:
        del item["cues"]
    event = parse_show_json(json.dumps(document))
    assert [item.cues for item in event.items] == [ItemCues()] * 3
    assert event.items[0].speaker_name == "Әсел Қайратқызы"


def test_durations_in_every_accepted_form() -> None:
    document = event_to_document(sample_event())
    forms = ["5:00", "90s", "1:30:00", "45m", 300]
    document["items"] = [{"title": f"t{n}", "planned_duration": f} for n, f in enumerate(forms)]
    event = parse_show_json(json.dumps(document))
    assert [item.planned_duration for item in event.items] == [300, 90, 5400, 2700, 300]


def test_hard_start_may_be_a_time_of_day() -> None:
    document = event_to_document(sample_event())
    document["items"] = [
        {"title": "a", "hard_start": "00:10"},
        {"title": "b", "hard_start": "23:20"},
    ]
    event = parse_show_json(json.dumps(document))
    assert event.items[0].hard_start == datetime(2026, 11, 27, 0, 10)
    assert event.items[1].hard_start == datetime(2026, 11, 26, 23, 20)


def test_csv_round_trip_keeps_items_but_not_cues() -> None:
    event = sample_event()
    text = items_to_csv(event.items)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    items = parse_items_csv(text, START)
    expected = [Item(**{**vars(item), "cues": ItemCues()}) for item in event.items]
    assert items == expected


# The export formats of record, byte for byte: files written by earlier versions and read by
# other tools (spreadsheets, scripts) must not change when the code that writes them does.
CSV_OF_RECORD = (
    "position,title,speaker_name,speaker_role,kind,planned_duration,hard_start,notes,"
    "warning_at,danger_at,colour\r\n"
    "1,Ашылу сөзі,Әсел Қайратқызы,Модератор,segment,5:00,,,1:00,0:20,#203040\r\n"
    '2,"Сұрақтар, ""жауаптар""",,,qa,25:00,,"көп жол\nекінші",2:00,0:30,\r\n'
    "3,Жабылу,,,other,1:30,2026-11-27 00:10:00,,2:00,0:30,\r\n"
)

JSON_ITEM_OF_RECORD = """    {
      "title": "Жабылу",
      "speaker_name": "",
      "speaker_role": "",
      "kind": "other",
      "planned_duration": "1:30",
      "hard_start": "2026-11-27T00:10:00",
      "notes": "",
      "warning_at": "2:00",
      "danger_at": "0:30",
      "colour": "",
      "cues": {}
    }
"""


def test_csv_export_is_the_format_of_record() -> None:
    assert items_to_csv(sample_event().items) == CSV_OF_RECORD
    assert parse_items_csv(CSV_OF_RECORD, START) == [
        Item(**{**vars(item), "cues": ItemCues()}) for item in sample_event().items
    ]


def test_json_export_is_the_format_of_record() -> None:
    text = event_to_json(sample_event())
    assert text.endswith(JSON_ITEM_OF_RECORD + "  ]\n}\n")  # the last item, whole
    assert list(json.loads(text)["items"][0]) == [
        "title", "speaker_name", "speaker_role", "kind", "planned_duration", "hard_start",
        "notes", "warning_at", "danger_at", "colour", "cues",
    ]


@pytest.mark.parametrize("name", ["briefing", "press_conference"])
def test_the_shipped_samples_are_written_back_byte_for_byte(name: str) -> None:
    path = Path(__file__).resolve().parents[2] / "resources" / "samples" / f"{name}.json"
    text = path.read_text(encoding="utf-8")
    assert event_to_json(parse_show_json(text, path.name)) == text


def test_csv_from_a_spreadsheet_semicolons_bom_and_subset_of_columns(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        "\ufeffTitle;Planned_Duration;Kind;Hard_Start\r\n"
        "Ашылу;5:00;segment;\r\n"
        ";;;\r\n"
        "Сұрақ-жауап;45m;Q&A;23:45\r\n".encode()
    )
    event = load_event_file(path, scheduled_start=START)
    assert event.title == "excel"
    assert [(i.title, i.planned_duration, i.kind) for i in event.items] == [
        ("Ашылу", 300, ItemKind.SEGMENT),
        ("Сұрақ-жауап", 2700, ItemKind.QA),
    ]
    assert event.items[1].hard_start == datetime(2026, 11, 26, 23, 45)


def test_csv_rows_are_ordered_by_position() -> None:
    text = "position,title\n2,second\n1,first\n3,third\n"
    assert [i.title for i in parse_items_csv(text, START)] == ["first", "second", "third"]


def test_import_creates_a_new_event(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "show.json"
    path.write_text(event_to_json(sample_event()), encoding="utf-8")
    new_id = import_event_file(db, path)
    stored = db.load_event(new_id)
    stored.id = None
    for item in stored.items:
        item.id = None
    assert stored == sample_event()


def test_import_csv_into_an_existing_event_appends(db: Database, tmp_path: Path) -> None:
    event_id = db.list_events()[0].id
    path = tmp_path / "more.csv"
    path.write_text("title,planned_duration\nҚосымша,2:00\n", encoding="utf-8")
    assert import_event_file(db, path, into=event_id) == event_id
    titles = [item.title for item in db.load_event(event_id).items]
    assert titles == ["Ашылу сөзі", 'Сұрақтар, "жауаптар"', "Жабылу", "Қосымша"]


# --------------------------------------------------------------------- failures


def good_json() -> str:
    return event_to_json(sample_event())


def replace_once(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


JSON_CASES: list[tuple[str, str, str, str]] = [
    # (id, file text, marker of the offending line or "", expected message part)
    (
        "invalid_json",
        replace_once(good_json(), '"venue": "Астана",', '"venue": "Астана"'),
        '"kind": "briefing"',
        "invalid JSON",
    ),
    (
        "wrong_type_title",
        replace_once(good_json(), '"title": "Жабылу"', '"title": 17'),
        '"title": 17',
        "items[2].title: the title must be text",
    ),
    (
        "wrong_type_duration",
        replace_once(good_json(), '"planned_duration": "1:30"', '"planned_duration": [90]'),
        '"planned_duration": [90]',
        "items[2].planned_duration: must be a duration",
    ),
    (
        "wrong_type_languages",
        replace_once(
            good_json(), '"languages": [\n      "kk",\n      "ru"\n    ]', '"languages": "kk"'
        ),
        '"languages": "kk"',
        "event.languages",
    ),
    (
        "negative_duration",
        replace_once(good_json(), '"planned_duration": "5:00"', '"planned_duration": "-5:00"'),
        '"-5:00"',
        "items[0].planned_duration: '-5:00': a duration cannot be negative",
    ),
    (
        "negative_integer_duration",
        replace_once(good_json(), '"planned_duration": "5:00"', '"planned_duration": -300'),
        "-300",
        "items[0].planned_duration: -300 is negative",
    ),
    (
        "unparseable_duration",
        replace_once(good_json(), '"planned_duration": "25:00"', '"planned_duration": "five-ish"'),
        "five-ish",
        "items[1].planned_duration: 'five-ish' is not a duration",
    ),
    (
        "unknown_kind",
        replace_once(good_json(), '"kind": "qa"', '"kind": "lunch"'),
        '"lunch"',
        "items[1].kind: unknown kind 'lunch'",
    ),
    (
        "missing_title",
        replace_once(good_json(), '"title": "Жабылу",\n      ', ""),
        '{\n      "speaker_name": ""',
        "items[2].title: missing",
    ),
    (
        "unknown_version",
        replace_once(good_json(), '"version": 2', '"version": 3'),
        '"version": 3',
        "version: unknown format version 3",
    ),
    (
        "version_as_text",
        replace_once(good_json(), '"version": 2', '"version": "2"'),
        '"version": "2"',
        "unknown format version '2'",
    ),
    ("not_a_show_file", '{\n  "title": "x"\n}\n', "", "not a controlroom show file"),
    ("not_an_object", "[1, 2, 3]\n", "", "must be a JSON object"),
    (
        "bad_cue",
        replace_once(good_json(), '"program": 3', '"program": "three"'),
        '"program": "three"',
        "items[0].cues.switcher.program: must be an input number",
    ),
    (
        "cues_in_version_1",
        replace_once(good_json(), '"version": 2', '"version": 1'),
        '"cues": {\n        "switcher"',
        "items[0].cues: cues need format version 2",
    ),
    (
        "unknown_item_field",
        replace_once(good_json(), '"notes": "көп', '"note": "көп'),
        '"note": "көп',
        "items[1].note: unknown field",
    ),
    (
        "thresholds_reversed",
        replace_once(good_json(), '"danger_at": "0:20"', '"danger_at": "5:00"'),
        '"danger_at": "5:00"',
        "items[0].danger_at: danger time 5:00 is after the warning time 1:00",
    ),
    (
        "bad_start",
        replace_once(
            good_json(), '"scheduled_start": "2026-11-26T23:30:00"', '"scheduled_start": "tomorrow"'
        ),
        '"tomorrow"',
        "event.scheduled_start: 'tomorrow' is not a date and time",
    ),
    (
        "nan",
        replace_once(good_json(), '"planned_duration": "5:00"', '"planned_duration": NaN'),
        "",
        "invalid JSON: NaN is not a number",
    ),
]


@pytest.mark.parametrize(
    ("text", "marker", "expected"), [c[1:] for c in JSON_CASES], ids=[c[0] for c in JSON_CASES]
)
def test_bad_json_gives_one_clear_error_and_changes_nothing(
    db: Database, tmp_path: Path, text: str, marker: str, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    before = dump(db.path)
    with pytest.raises(ShowFileError) as caught:
        import_event_file(db, path)
    message = str(caught.value)
    assert message.startswith("bad.json: ")
    assert expected in message
    if marker:
        assert caught.value.line == line_of(text, marker), message
        assert f"line {caught.value.line}: " in message
    assert dump(db.path) == before


CSV_HEADER = ",".join(CSV_COLUMNS) + "\n"
CSV_ROW = "1,Ашылу,Әсел,Модератор,segment,5:00,,,2:00,0:30,\n"
CSV_CASES: list[tuple[str, str, int | None, str]] = [
    (
        "bad_duration",
        CSV_HEADER + CSV_ROW + "2,Екі,,,qa,soon,,,,,\n",
        3,
        "planned_duration: 'soon' is not a duration",
    ),
    (
        "negative_duration",
        CSV_HEADER + CSV_ROW + "2,Екі,,,qa,-90s,,,,,\n",
        3,
        "planned_duration: '-90s': a duration cannot be negative",
    ),
    ("unknown_kind", CSV_HEADER + "1,Бір,,,keynote,5:00,,,,,\n", 2, "kind: unknown kind"),
    ("missing_title", CSV_HEADER + CSV_ROW + "2,  ,,,qa,5:00,,,,,\n", 3, "title: missing"),
    ("field_count", CSV_HEADER + CSV_ROW + "2,Екі,qa\n", 3, "3 fields where the header has 11"),
    ("unknown_column", "title,duration\nA,5:00\n", 1, "header: unknown column 'duration'"),
    ("no_title_column", "kind,planned_duration\nqa,5:00\n", 1, "no title column"),
    (
        "duplicate_position",
        CSV_HEADER + CSV_ROW + CSV_ROW.replace("Ашылу", "Екі"),
        3,
        "position: position 1 appears twice (also line 2)",
    ),
    (
        "blank_position",
        CSV_HEADER + CSV_ROW + ",Екі,,,qa,5:00,,,,,\n",
        3,
        "position: blank, but other rows have a position",
    ),
    (
        "bad_hard_start",
        CSV_HEADER + "1,Бір,,,qa,5:00,noon,,,,\n",
        2,
        "hard_start: 'noon' is not a date and time",
    ),
    ("bad_colour", CSV_HEADER + "1,Бір,,,qa,5:00,,,,,red\n", 2, "colour: colour 'red' must be"),
    ("bad_quotes", CSV_HEADER + '1,"Бір"x,,,qa,5:00,,,,,\n', 2, "not valid CSV"),
    (
        "multiline_notes_keep_line_numbers",
        CSV_HEADER + '1,Бір,,,qa,5:00,,"бірінші\nекінші",,,\n2,Екі,,,qa,oops,,,,,\n',
        4,
        "planned_duration: 'oops'",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "expected"), [c[1:] for c in CSV_CASES], ids=[c[0] for c in CSV_CASES]
)
def test_bad_csv_gives_one_clear_error_and_changes_nothing(
    db: Database, tmp_path: Path, text: str, line: int | None, expected: str
) -> None:
    path = tmp_path / "items.csv"
    path.write_text(text, encoding="utf-8")
    before = dump(db.path)
    with pytest.raises(ShowFileError) as caught:
        import_event_file(db, path, scheduled_start=START)
    message = str(caught.value)
    assert message.startswith(f"items.csv: line {line}: "), message
    assert expected in message
    assert dump(db.path) == before


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_bytes_that_are_not_utf8(db: Database, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"latin1{suffix}"
    text = good_json() if suffix == ".json" else CSV_HEADER + CSV_ROW
    data = text.encode("utf-8").replace("Ашылу".encode(), "Ашылу".encode("cp1251"), 1)
    path.write_bytes(data)
    before = dump(db.path)
    with pytest.raises(ShowFileError, match=r"not UTF-8 text \(byte 0x") as caught:
        import_event_file(db, path, scheduled_start=START)
    assert caught.value.line == line_of(text, "Ашылу")
    assert dump(db.path) == before


@pytest.mark.parametrize("suffix", [".json", ".csv", ".show"])
def test_a_50_mb_garbage_file_is_refused_unparsed(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"garbage{suffix}"
    chunk = bytes(range(256)) * 4096  # 1 MiB of every byte value
    with path.open("wb") as stream:
        for _ in range(50):
            stream.write(chunk)
    before = dump(db.path)
    with pytest.raises(ShowFileError, match=f"garbage{suffix}: larger than 10 MB"):
        import_event_file(db, path, scheduled_start=START)
    assert dump(db.path) == before


def test_just_under_the_cap_garbage_is_still_one_clear_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"[" * (MAX_FILE_BYTES - 1))
    before = dump(db.path)
    with pytest.raises(ShowFileError, match="big.json: .*invalid JSON"):
        import_event_file(db, path)
    assert dump(db.path) == before


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.json", b""), ("blank.csv", b" \n\r\n\t"), ("bom.json", b"\xef\xbb\xbf")],
)
def test_empty_files(db: Database, tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(db.path)
    with pytest.raises(ShowFileError, match=f"{name}: the file is empty"):
        import_event_file(db, path, scheduled_start=START)
    assert dump(db.path) == before


def test_missing_file_and_folder(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ShowFileError, match="nope.json: no such file"):
        import_event_file(db, tmp_path / "nope.json")
    with pytest.raises(ShowFileError, match="is a folder"):
        import_event_file(db, tmp_path)


def test_csv_needs_an_event_start(tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_text(CSV_HEADER + CSV_ROW, encoding="utf-8")
    with pytest.raises(ShowFileError, match="give the event start"):
        load_event_file(path)


# ---------------------------------------------------------------------- samples


def test_the_press_conference_sample_fits_the_default_hall() -> None:
    from devices.hall_file import default_hall_path, load_hall
    from devices.microphones.kind import MicrophonesConfig
    from devices.projector.kind import ProjectorConfig
    from devices.switcher.kind import SwitcherConfig

    hall = load_hall(default_hall_path())
    switcher = hall.device("switcher")
    projector = hall.device("projector")
    mics = hall.device("mics")
    assert isinstance(switcher, SwitcherConfig)
    assert isinstance(projector, ProjectorConfig)
    assert isinstance(mics, MicrophonesConfig)
    for name in ("press_conference", "briefing"):
        event = load_sample(name)
        assert event.items
        for item in event.items:
            cues = item.cues
            sw = cues.first(SwitcherCue)
            assert sw is not None and sw.device == "switcher"
            assert sw.program in switcher.inputs
            for mic in cues.of_type(MicrophoneCue):
                receiver = hall.device(mic.device)  # the table's ULX-D or the audience's AD
                assert isinstance(receiver, MicrophonesConfig)
                assert set(mic.live) <= set(receiver.channels)
            pj = cues.first(ProjectorCue)
            assert pj is not None and pj.device == "projector"
            assert pj.source in (None, *projector.sources)


def test_the_press_conference_sample_has_the_whole_programme() -> None:
    event = load_sample("press_conference")
    text = event_to_json(event)
    for letter in "ҚӘӨҮҰІҢҒ":
        assert letter in text.upper(), letter
    kinds = [item.kind for item in event.items]
    assert kinds.count(ItemKind.QA) == 1 and kinds.count(ItemKind.BREAK) == 1
    moderator = event.items[0].speaker_name
    assert event.items[0].speaker_role.startswith("Модератор")
    assert event.items[-1].speaker_name == moderator  # the moderator closes
    assert any("хатшы" in item.speaker_role.lower() for item in event.items)
    speakers = {item.speaker_name for item in event.items} - {moderator, ""}
    assert len(speakers) >= 3  # the secretary and two speakers
    def projector_cue(item: Item) -> ProjectorCue | None:
        return item.cues.first(ProjectorCue)

    slides = [i for i in event.items if (pj := projector_cue(i)) and pj.blank is False]
    assert len(slides) == 1
    assert slides[0].cues.first(ProjectorCue) is not None
    assert slides[0].cues.first(ProjectorCue).source == "HDMI1"
    first_switcher = slides[0].cues.first(SwitcherCue)
    assert first_switcher is not None and first_switcher.program == 5
    others = [i for i in event.items if i is not slides[0]]
    assert all((pj := projector_cue(i)) is not None and pj.blank for i in others)
    brk = event.items[kinds.index(ItemKind.BREAK)]
    # everything muted, on both receivers
    assert [mic.live for mic in brk.cues.of_type(MicrophoneCue)] == [(), ()]
    for item in event.items:
        if item.speaker_name and item.kind is ItemKind.SEGMENT:
            assert item.cues.of_type(MicrophoneCue)[0].live  # the speaker's microphone is live


def test_ensure_sample_event_fills_an_empty_database_once(tmp_path: Path) -> None:
    with Database.open(tmp_path / "fresh.db") as database:
        today = date(2027, 3, 8)
        event_id = ensure_sample_event(database, today=today)
        event = database.load_event(event_id)
        sample = load_sample("press_conference")
        assert event.title == sample.title
        assert event.scheduled_start == datetime.combine(today, sample.scheduled_start.time())
        qa = next(i for i in event.items if i.hard_start is not None)
        assert qa.hard_start is not None and qa.hard_start.date() == today
        later = database.create_event(Event("Кейін", datetime(2030, 1, 1, 9, 0)))
        assert ensure_sample_event(database, today=today) == later
        assert len(database.list_events()) == 2


def test_generated_events_are_valid_and_repeatable() -> None:
    first, second = generate_event(1000), generate_event(1000)
    assert first == second and len(first.items) == 1000
    for item in first.items:
        validate_item(item)
    assert parse_show_json(event_to_json(first)) == first


# ------------------------------------------------------------------------ fuzzing

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_an_event_or_a_show_file_error(text: str) -> None:
    for parse in (
        lambda: parse_show_json(text, "fuzz.json"),
        lambda: parse_items_csv(text, START, "fuzz.csv"),
    ):
        try:
            parse()
        except ShowFileError as error:
            assert str(error).startswith("fuzz.")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_valid_file_with_one_value_replaced_gives_an_event_or_a_show_file_error(
    data: st.DataObject,
) -> None:
    document = event_to_document(sample_event())
    # Pick a place in the document (a key of the event or of an item) and put anything there.
    target = data.draw(st.sampled_from(["event", "item", "top"]))
    if target == "event":
        container = document["event"]
    elif target == "item":
        container = document["items"][data.draw(st.integers(0, 2))]
    else:
        container = document
    key = data.draw(st.sampled_from(sorted(container)) | st.text(max_size=6))
    container[key] = data.draw(json_values)
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=True)
    try:
        event = parse_show_json(text, "mutated.json")
    except ShowFileError as error:
        assert str(error).startswith("mutated.json: ")
        if error.field and error.line is not None:
            assert 1 <= error.line <= text.count("\n") + 1
    else:
        for item in event.items:
            validate_item(item)
