"""The presenter timer: what the speaker's countdown shows, computed from the clock. Qt-free.

:class:`PresenterTimer` holds the live item, whether the countdown runs, the
operator's message, blackout and the "mic live" flag. It never counts ticks:
every :meth:`PresenterTimer.snapshot` reads ``clock.monotonic()`` once and
derives everything from it, so a late or early refresh only changes *when* a
value is shown, never *which* value.

Rounding rule (documented in docs/presenter.md): with ``r`` the exact remaining
seconds, the displayed signed second is ``d = ceil(r)``.

- ``d > 0`` is shown as a countdown, ``m:ss`` (``h:mm:ss`` from an hour up);
  ``d`` is shown for ``r`` in ``(d - 1, d]``, so a full item of 5:00 shows
  ``5:00`` for its first second and ``0:01`` for its last.
- ``d <= 0`` is overtime, shown as ``+m:ss`` of ``-d``: ``+0:00`` for the first
  second after time runs out, then ``+0:01``...

``ceil`` is monotonic in ``r``, so as time runs every integer appears exactly
once, for exactly one second; there is one transition into overtime (at
``r == 0``), and the colour phase is derived from ``d`` too, so text and colour
always change together. :meth:`PresenterTimer.next_boundary_in` says how long
until anything visible next changes (the second, a flash half-period, or the
minute of the time of day) so the display can sleep until exactly then.
"""

from __future__ import annotations

import enum
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from controlroom.clock import Clock
from controlroom.model import Item

FLASH_SECONDS = 10.0
"""How long a flash (message or start of overtime) lasts."""
FLASH_HALF_PERIOD = 0.5
"""A flash alternates highlighted / plain every half second."""
MINUTE = 60.0


class Phase(enum.Enum):
    """The colour state of the countdown."""

    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class TimerView:
    """Everything the presenter screen shows at one instant; a frozen snapshot."""

    text: str
    """The big figure: ``"4:59"``, ``"1:02:03"``, ``"+0:12"``; ``"--:--"`` with no item."""
    phase: Phase
    remaining_s: float
    """Exact remaining seconds (negative in overtime); 0.0 with no item."""
    displayed_s: int
    """The signed second on display, ``ceil(remaining_s)``; <= 0 means overtime."""
    running: bool
    loaded: bool
    """False when no item is loaded (before GO, after the show stops)."""
    title: str
    speaker: str
    next_title: str
    time_of_day: str
    """Wall-clock ``HH:MM``."""
    message: str
    message_flash: bool
    """True while the message is in the highlighted half of its flash."""
    overtime_flash: bool
    """True while the figure is in the highlighted half of the start-of-overtime flash."""
    blackout: bool
    mic_live: bool
    computed_at: float
    """The monotonic instant this view was computed."""
    value_since: float | None
    """The monotonic instant the current ``displayed_s`` became true (None when paused/unloaded)."""
    on_air: bool = False
    """The live stream is reaching its server (a reconnecting stream is not on air)."""
    recording: bool = False

    def appearance(self) -> tuple[object, ...]:
        """Everything that decides the pixels; equal appearances paint identically."""
        return (self.text, self.phase, self.running, self.loaded, self.title, self.speaker,
                self.next_title, self.time_of_day, self.message, self.message_flash,
                self.overtime_flash, self.blackout, self.mic_live, self.on_air, self.recording)


def format_seconds(seconds: int) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` from an hour up; ``seconds`` must be >= 0."""
    if seconds < 0:
        raise ValueError(f"format_seconds: negative value {seconds}")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_display(displayed_s: int) -> str:
    """The big figure for a signed displayed second: countdown, or ``+`` overtime."""
    if displayed_s > 0:
        return format_seconds(displayed_s)
    return "+" + format_seconds(-displayed_s)


def phase_for(displayed_s: int, warning_at: int, danger_at: int) -> Phase:
    """Colour state from the displayed second and the item's thresholds."""
    if displayed_s <= 0:
        return Phase.OVERTIME
    if displayed_s <= danger_at:
        return Phase.DANGER
    if displayed_s <= warning_at:
        return Phase.WARNING
    return Phase.NORMAL


def refresh_delay_ms(boundary_in_s: float, margin_ms: int = 1) -> int:
    """Milliseconds to sleep so a timer fires just after a boundary ``boundary_in_s`` away.

    Rounded up and a small margin added: firing a hair late is harmless (the
    value is computed from the clock), firing early would show the old second
    and need one more wake-up.
    """
    return max(1, math.ceil(boundary_in_s * 1000.0) + margin_ms)


def _half_periods_left(elapsed: float) -> float | None:
    """Seconds until the next flash toggle, or None once the flash is over."""
    if elapsed < 0 or elapsed >= FLASH_SECONDS:
        return None
    return FLASH_HALF_PERIOD - (elapsed % FLASH_HALF_PERIOD)


def _flash_on(elapsed: float) -> bool:
    return 0 <= elapsed < FLASH_SECONDS and int(elapsed / FLASH_HALF_PERIOD) % 2 == 0


class PresenterTimer:
    """The presenter's countdown and screen state; thread-safe, driven by an injected clock.

    Operations (``start``, ``pause``, ``add_minute``...) change state at once and
    call the change listeners; the passing of time calls nothing. A display
    asks :meth:`snapshot` whenever it refreshes and :meth:`next_boundary_in`
    for when to refresh next.
    """

    def __init__(self, clock: Clock, overtime_flash: bool = True) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self._listeners: list[Callable[[], None]] = []
        self.overtime_flash_enabled = overtime_flash
        self._item: Item | None = None
        self._next_item: Item | None = None
        self._remaining_at_anchor = 0.0
        self._anchor: float | None = None  # monotonic instant the countdown last (re)started
        self._message = ""
        self._message_flash_since: float | None = None
        self._blackout = False
        self._mic_live = False
        self._on_air = (False, False)

    # ---- listeners -------------------------------------------------------------------------

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every operation (not on the passing of time).

        Called on the thread that made the change; a Qt display re-emits it as a
        queued signal.
        """
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        self._listeners.remove(callback)

    def _changed(self) -> None:
        for callback in list(self._listeners):
            callback()

    # ---- the item --------------------------------------------------------------------------

    def load(self, item: Item, next_item: Item | None = None, start: bool = False) -> None:
        """Load ``item`` with its full planned duration, paused unless ``start``."""
        with self._lock:
            self._item = item
            self._next_item = next_item
            self._remaining_at_anchor = float(item.planned_duration)
            self._anchor = self._clock.monotonic() if start else None
        self._changed()

    def unload(self) -> None:
        """Forget the item: the screen shows ``--:--`` and no title."""
        with self._lock:
            self._item = None
            self._next_item = None
            self._remaining_at_anchor = 0.0
            self._anchor = None
        self._changed()

    def on_item_started(self, item: Item, next_item: Item | None) -> None:
        """The show engine's GO: load the new live item and start counting at once."""
        self.load(item, next_item, start=True)

    def on_standby_changed(self, item: Item | None) -> None:
        """The show engine moved standby (back, jump, an edit): announce ``item`` as next."""
        with self._lock:
            self._next_item = item
        self._changed()

    def on_show_stopped(self) -> None:
        """The show engine stopped: no live item any more."""
        self.unload()

    # ---- the countdown ---------------------------------------------------------------------

    def _remaining(self, now: float) -> float:
        if self._anchor is None:
            return self._remaining_at_anchor
        return self._remaining_at_anchor - (now - self._anchor)

    @property
    def live_item(self) -> Item | None:
        """The loaded item (None before GO and after the show stops)."""
        with self._lock:
            return self._item

    @property
    def running(self) -> bool:
        with self._lock:
            return self._anchor is not None

    @property
    def loaded(self) -> bool:
        with self._lock:
            return self._item is not None

    def start(self) -> None:
        """Start or resume counting (no effect if already running or nothing is loaded)."""
        with self._lock:
            if self._item is None or self._anchor is not None:
                return
            self._anchor = self._clock.monotonic()
        self._changed()

    resume = start

    def pause(self) -> None:
        """Hold the countdown where it is."""
        with self._lock:
            if self._anchor is None:
                return
            self._remaining_at_anchor = self._remaining(self._clock.monotonic())
            self._anchor = None
        self._changed()

    def toggle(self) -> None:
        """Start when paused, pause when running."""
        if self.running:
            self.pause()
        else:
            self.start()

    def adjust(self, seconds: float) -> None:
        """Give the speaker ``seconds`` more (negative: less); may cross into or out of overtime."""
        with self._lock:
            if self._item is None:
                return
            self._remaining_at_anchor += seconds
        self._changed()

    def add_minute(self) -> None:
        self.adjust(MINUTE)

    def remove_minute(self) -> None:
        self.adjust(-MINUTE)

    def reset(self) -> None:
        """Back to the item's full planned duration, paused; +/- minutes are forgotten."""
        with self._lock:
            if self._item is None:
                return
            self._remaining_at_anchor = float(self._item.planned_duration)
            self._anchor = None
        self._changed()

    # ---- the rest of the screen ------------------------------------------------------------

    def set_message(self, text: str, flash: bool = False) -> None:
        """Show ``text`` to the speaker; ``flash`` makes it blink for a few seconds."""
        with self._lock:
            self._message = text.strip()
            self._message_flash_since = (
                self._clock.monotonic() if flash and self._message else None
            )
        self._changed()

    def flash_message(self) -> None:
        """Blink the current message again (nothing if there is none)."""
        with self._lock:
            if not self._message:
                return
            self._message_flash_since = self._clock.monotonic()
        self._changed()

    def clear_message(self) -> None:
        self.set_message("")

    @property
    def message_flash_since(self) -> float | None:
        """The monotonic instant the message last started flashing (None: no flash).

        Remote displays flash the message themselves for what is left of
        :data:`FLASH_SECONDS` from this instant.
        """
        with self._lock:
            return self._message_flash_since

    @property
    def message(self) -> str:
        with self._lock:
            return self._message

    def set_blackout(self, on: bool) -> None:
        """Black the presenter screen (the countdown keeps running underneath)."""
        with self._lock:
            self._blackout = on
        self._changed()

    @property
    def blackout(self) -> bool:
        with self._lock:
            return self._blackout

    def set_mic_live(self, live: bool) -> None:
        """Set from outside: a microphone planned for the live item is open.

        The show engine calls this from the microphones' state (any thread).
        """
        with self._lock:
            if self._mic_live == live:
                return
            self._mic_live = live
        self._changed()

    def set_on_air(self, on_air: bool, recording: bool) -> None:
        """Set from outside: the stream is on air / the show is being recorded.

        The show engine calls this from the streaming devices' state (any thread).
        """
        with self._lock:
            if self._on_air == (on_air, recording):
                return
            self._on_air = (on_air, recording)
        self._changed()

    # ---- reading ---------------------------------------------------------------------------

    def snapshot(self, at: float | None = None) -> TimerView:
        """What the screen shows now (the clock is read once).

        ``at`` (a monotonic instant, usually the next boundary) predicts the view
        at that instant if nothing is operated before then: a display can prepare
        the next frame ahead of time.
        """
        with self._lock:
            now = self._clock.monotonic()
            wall = self._clock.wall()
            if at is not None:
                wall += timedelta(seconds=at - now)
                now = at
            item = self._item
            message_flash = False
            if self._message and self._message_flash_since is not None:
                message_flash = _flash_on(now - self._message_flash_since)
            if item is None:
                return TimerView(
                    text="--:--", phase=Phase.NORMAL, remaining_s=0.0, displayed_s=0,
                    running=False, loaded=False, title="", speaker="", next_title="",
                    time_of_day=wall.strftime("%H:%M"), message=self._message,
                    message_flash=message_flash, overtime_flash=False,
                    blackout=self._blackout, mic_live=self._mic_live, computed_at=now,
                    value_since=None, on_air=self._on_air[0], recording=self._on_air[1],
                )
            remaining = self._remaining(now)
            displayed = math.ceil(remaining)
            phase = phase_for(displayed, item.warning_at, item.danger_at)
            overtime_flash = self.overtime_flash_enabled and _flash_on(-remaining)
            value_since = None
            if self._anchor is not None:
                value_since = self._anchor + (self._remaining_at_anchor - displayed)
            speaker = ", ".join(part for part in (item.speaker_name, item.speaker_role) if part)
            return TimerView(
                text=format_display(displayed), phase=phase, remaining_s=remaining,
                displayed_s=displayed, running=self._anchor is not None, loaded=True,
                title=item.title, speaker=speaker,
                next_title=self._next_item.title if self._next_item is not None else "",
                time_of_day=wall.strftime("%H:%M"), message=self._message,
                message_flash=message_flash, overtime_flash=overtime_flash,
                blackout=self._blackout, mic_live=self._mic_live, computed_at=now,
                value_since=value_since, on_air=self._on_air[0], recording=self._on_air[1],
            )

    def next_boundary_in(self) -> float:
        """Seconds from now until anything on the screen next changes; always in ``(0, 60]``.

        The earliest of: the displayed second (while running), a flash toggle,
        and the minute of the time of day.
        """
        with self._lock:
            now = self._clock.monotonic()
            wall = self._clock.wall()
            candidates = [MINUTE - (wall.second + wall.microsecond / 1e6)]
            if self._message and self._message_flash_since is not None:
                toggle = _half_periods_left(now - self._message_flash_since)
                if toggle is not None:
                    candidates.append(toggle)
            if self._item is not None and self._anchor is not None:
                remaining = self._remaining(now)
                # ceil(r) == d holds for r in (d-1, d]; it changes when r drops to d-1.
                candidates.append(remaining - math.ceil(remaining) + 1.0)
                if self.overtime_flash_enabled and remaining <= 0:
                    toggle = _half_periods_left(-remaining)
                    if toggle is not None:
                        candidates.append(toggle)
            return max(min(candidates), 1e-6)
