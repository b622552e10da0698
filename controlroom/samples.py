"""Sample events: the bundled show files, and generated run-sheets for benchmarks.

``resources/samples/`` (at the repository root, next to ``controlroom/``) holds a
press conference and a short briefing in Kazakh, with cues for the default hall.
:func:`ensure_sample_event` gives a fresh database the press conference, so
``make run`` opens on something real.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from controlroom.cues import ItemCues, MicrophoneCue, ProjectorCue, SwitcherCue
from controlroom.model import Event, EventKind, Item, ItemKind
from controlroom.showfile import read_show_file
from controlroom.storage import Database

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "samples"

#: The sample a new database starts with.
DEFAULT_SAMPLE = "press_conference"


def sample_path(name: str) -> Path:
    """The file of a sample: ``"press_conference"`` or ``"briefing"`` (``.json`` optional)."""
    file_name = name if name.endswith(".json") else f"{name}.json"
    path = SAMPLES_DIR / file_name
    if not path.is_file():
        available = ", ".join(sorted(p.stem for p in SAMPLES_DIR.glob("*.json")))
        raise FileNotFoundError(f"no sample {name!r} in {SAMPLES_DIR} (have: {available})")
    return path


def load_sample(name: str, on_date: date | None = None) -> Event:
    """Sample ``name`` as an event; with ``on_date`` moved to that day (same times)."""
    event = read_show_file(sample_path(name))
    if on_date is not None:
        move_to_date(event, on_date)
    return event


def move_to_date(event: Event, on_date: date) -> None:
    """Move ``event`` (and its hard starts) to ``on_date``, keeping the time of day."""
    shift = datetime.combine(on_date, event.scheduled_start.time()) - event.scheduled_start
    event.scheduled_start += shift
    for item in event.items:
        if item.hard_start is not None:
            item.hard_start += shift


def move_to_start(event: Event, start: datetime) -> None:
    """Move ``event`` (and its hard starts) so that it starts at ``start``."""
    shift = start - event.scheduled_start
    event.scheduled_start += shift
    for item in event.items:
        if item.hard_start is not None:
            item.hard_start += shift


def ensure_sample_event(
    database: Database, today: date | None = None, starts_at: datetime | None = None
) -> int:
    """The event to open: the press conference, stored (dated ``today``) if the database is empty.

    With ``starts_at`` the stored sample starts then instead (the app gives it the
    next whole hour, so a first start does not open on an event hours behind).
    A database that already has events is left alone; the one with the latest
    scheduled start is returned.
    """
    events = database.list_events()
    if events:
        latest = max(
            events, key=lambda summary: (summary.scheduled_start or datetime.min, summary.id)
        )
        return latest.id
    event = load_sample(DEFAULT_SAMPLE, on_date=today or date.today())
    if starts_at is not None:
        move_to_start(event, starts_at)
    return database.create_event(event)


def generate_event(n_items: int, seed: int = 1000) -> Event:
    """A deterministic run-sheet of ``n_items`` items for benchmarks and load tests.

    Durations from 30 s to 15 min, every kind of item, cues on most items, a
    hard start every 100 items (some leave a gap, some overlap), Kazakh titles.
    """
    rng = random.Random(seed)
    start = datetime(2026, 11, 26, 9, 0)
    kinds = [ItemKind.SEGMENT] * 5 + [ItemKind.QA, ItemKind.BREAK, ItemKind.VIDEO, ItemKind.OTHER]
    speakers = ["Әлия Қасымова", "Ерлан Төлеуов", "Гүлнұр Сейітова", "Нұрлан Ғабитов", ""]
    event = Event(
        title=f"Сынақ іс-шарасы ({n_items} тармақ)",
        scheduled_start=start,
        venue="Астана",
        kind=EventKind.PRESS_CONFERENCE,
        notes="Generated for benchmarks.",
    )
    cursor = start
    for number in range(1, n_items + 1):
        kind = rng.choice(kinds)
        duration = rng.randrange(30, 15 * 60 + 1, 15)
        hard_start = None
        if number % 100 == 0:
            hard_start = cursor + timedelta(minutes=rng.choice([-3, 0, 5]))
            cursor = hard_start
        speaker = rng.choice(speakers)
        cues = ItemCues()
        if number % 4:
            cues = ItemCues(
                (
                    SwitcherCue(program=rng.randint(1, 6)),
                    MicrophoneCue(live=(rng.randint(1, 6),)),
                    ProjectorCue(blank=kind is not ItemKind.VIDEO),
                )
            )
        event.items.append(
            Item(
                title=f"{number:04d}. Баяндама — {rng.choice(['Өңір', 'Қала', 'Ауыл', 'Үкімет'])}",
                planned_duration=duration,
                speaker_name=speaker,
                speaker_role="Спикер" if speaker else "",
                kind=kind,
                hard_start=hard_start,
                notes="" if number % 3 else "Ескерту: микрофонды тексеріңіз",
                warning_at=min(120, duration // 2),
                danger_at=min(30, duration // 4),
                colour="#1f3a5f" if kind is ItemKind.QA else "",
                cues=cues,
            )
        )
        cursor += timedelta(seconds=duration)
    return event
