"""The after-show report: planned against actual for every item, and the event log.

:func:`build_report` reads an event and one *run* of its show (rehearsal or live):
that run's actual times and log. By default the last live run (else the latest
run); :func:`choose_run` says which. :func:`write_csv` writes it as CSV in two
blocks separated by one empty line: first the items (one row each, with a header
row), then the log (with its own header row). Times are ``YYYY-MM-DD HH:MM:SS``
local wall time; durations and differences are whole seconds (a difference is
positive when the item started later or ran longer than planned). When the run had
outages (a device's alarm: the stream dropped, reconnecting, congested, the recording
stopped...), a third block sits between the two: the outages, from the alarm starts and
ends the equipment logged (:func:`outages`), one row each with its start, end and
duration (end and duration empty while it had not ended). The PDF form is
drawn with Qt by ``ui/report_pdf.py``, reached from ``controlroom report`` through
a lazy import.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime
from typing import TextIO

from controlroom.durations import format_duration
from controlroom.equipment import ALARM_ENDED, ALARM_STARTED
from controlroom.model import Event
from controlroom.schedule import compute_schedule
from controlroom.showfile import escape_csv_cell
from controlroom.storage import Database, LogEntry, RunNotFound, RunSummary

ITEM_COLUMNS = (
    "position",
    "title",
    "speaker",
    "kind",
    "planned_start",
    "planned_end",
    "planned_duration_s",
    "actual_start",
    "actual_end",
    "actual_duration_s",
    "start_difference_s",
    "duration_difference_s",
)
OUTAGE_COLUMNS = ("device", "outage", "start", "end", "duration_s")
LOG_COLUMNS = ("wall", "monotonic", "severity", "source", "kind", "message")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class ReportRow:
    """One item, planned and actual."""

    position: int
    title: str
    speaker: str
    kind: str
    planned_start: datetime
    planned_end: datetime
    planned_duration_s: int
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def actual_duration_s(self) -> int | None:
        if self.actual_start is None or self.actual_end is None:
            return None
        return round((self.actual_end - self.actual_start).total_seconds())

    @property
    def start_difference_s(self) -> int | None:
        """Seconds the item started after its planned start (negative: early)."""
        if self.actual_start is None:
            return None
        return round((self.actual_start - self.planned_start).total_seconds())

    @property
    def duration_difference_s(self) -> int | None:
        """Seconds the item ran longer than planned (negative: shorter)."""
        actual = self.actual_duration_s
        return None if actual is None else actual - self.planned_duration_s


@dataclass(frozen=True)
class Outage:
    """One alarm of one device, from its start to its end (``None``: it had not ended)."""

    device: str
    what: str
    start: datetime
    end: datetime | None
    duration_s: int | None


def outages(log: list[LogEntry]) -> list[Outage]:
    """The alarms' starts and ends the equipment logged, paired per device and alarm."""
    found: list[Outage] = []
    open_: dict[tuple[str, str], LogEntry] = {}
    for entry in sorted(log, key=lambda e: e.monotonic):
        if entry.kind != "status":
            continue
        if entry.message.startswith(ALARM_ENDED):
            key = (entry.source, entry.message[len(ALARM_ENDED) :])
            started = open_.pop(key, None)
            if started is not None:
                found.append(
                    Outage(key[0], key[1], started.wall, entry.wall,
                           round(entry.monotonic - started.monotonic))
                )  # fmt: skip
        elif entry.message.startswith(ALARM_STARTED):
            open_.setdefault((entry.source, entry.message[len(ALARM_STARTED) :]), entry)
    found += [Outage(source, what, e.wall, None, None) for (source, what), e in open_.items()]
    return sorted(found, key=lambda outage: outage.start)


@dataclass(frozen=True)
class ShowReport:
    """Everything the report shows about one event."""

    event: Event
    rows: list[ReportRow]
    log: list[LogEntry]
    generated: datetime
    run: RunSummary | None = None
    """The run of the show reported (``None``: the event never ran)."""
    outages: list[Outage] = field(default_factory=list)
    """The run's outages (see :func:`outages`), whatever ``log``'s severity floor."""

    @property
    def planned_end(self) -> datetime | None:
        return self.rows[-1].planned_end if self.rows else None

    @property
    def actual_start(self) -> datetime | None:
        starts = [row.actual_start for row in self.rows if row.actual_start is not None]
        return min(starts) if starts else None

    @property
    def actual_end(self) -> datetime | None:
        ends = [row.actual_end for row in self.rows if row.actual_end is not None]
        return max(ends) if ends else None

    @property
    def items_run(self) -> int:
        return sum(1 for row in self.rows if row.actual_start is not None)


def choose_run(runs: list[RunSummary], run_id: int | None = None) -> RunSummary | None:
    """The run to report: ``run_id``'s, else the last live run, else the latest run."""
    if run_id is not None:
        for run in runs:
            if run.id == run_id:
                return run
        raise RunNotFound(f"no run {run_id} of this event (runs: {_run_ids(runs)})")
    live = [run for run in runs if run.mode == "live"]
    if live:
        return live[-1]
    return runs[-1] if runs else None


def _run_ids(runs: list[RunSummary]) -> str:
    return ", ".join(str(run.id) for run in runs) or "none"


def build_report(
    database: Database,
    event_id: int,
    min_severity: str | None = None,
    generated: datetime | None = None,
    run_id: int | None = None,
) -> ShowReport:
    """The report of one run of ``event_id`` (see :func:`choose_run`).

    Raises ``storage.EventNotFound`` if there is no such event and
    ``storage.RunNotFound`` if ``run_id`` is not one of its runs.
    """
    event = database.load_event(event_id)
    run = choose_run(database.list_runs(event_id), run_id)
    schedule = compute_schedule(event.scheduled_start, event.items)
    actuals = {} if run is None else database.item_actuals(event_id, run.id)
    rows = []
    for index, (item, slot) in enumerate(zip(event.items, schedule.slots, strict=True)):
        start, end = actuals.get(item.id, (None, None)) if item.id is not None else (None, None)
        rows.append(
            ReportRow(
                position=index + 1,
                title=item.title,
                speaker=", ".join(p for p in (item.speaker_name, item.speaker_role) if p),
                kind=item.kind.value,
                planned_start=slot.start,
                planned_end=slot.end,
                planned_duration_s=item.planned_duration,
                actual_start=start,
                actual_end=end,
            )
        )
    log = (
        []
        if run is None
        else database.log_entries(event_id, min_severity=min_severity, run_id=run.id)
    )
    whole_log = (
        log
        if run is None or min_severity is None
        else database.log_entries(event_id, run_id=run.id)
    )
    return ShowReport(event, rows, log, generated or datetime.now(), run, outages(whole_log))


def _time(value: datetime | None) -> str:
    return "" if value is None else value.strftime(TIME_FORMAT)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def write_csv(report: ShowReport, stream: TextIO) -> None:
    """Write the report as CSV (items block, empty line, log block) to ``stream``.

    Text cells that a spreadsheet would take for a formula (a title starting with
    ``=``) get one ``'`` in front, as in the show file's CSV (``showfile.escape_csv_cell``).
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(ITEM_COLUMNS)
    for row in report.rows:
        writer.writerow(
            [
                row.position,
                escape_csv_cell(row.title),
                escape_csv_cell(row.speaker),
                row.kind,
                _time(row.planned_start),
                _time(row.planned_end),
                row.planned_duration_s,
                _time(row.actual_start),
                _time(row.actual_end),
                _number(row.actual_duration_s),
                _number(row.start_difference_s),
                _number(row.duration_difference_s),
            ]
        )
    if report.outages:
        writer.writerow([])
        writer.writerow(OUTAGE_COLUMNS)
        for outage in report.outages:
            writer.writerow(
                [escape_csv_cell(outage.device), escape_csv_cell(outage.what),
                 _time(outage.start), _time(outage.end),
                 _number(outage.duration_s)]
            )  # fmt: skip
    writer.writerow([])
    writer.writerow(LOG_COLUMNS)
    for entry in report.log:
        writer.writerow(
            [
                _time(entry.wall),
                f"{entry.monotonic:.3f}",
                entry.severity,
                escape_csv_cell(entry.source),
                entry.kind,
                escape_csv_cell(entry.message),
            ]
        )


def signed_duration(seconds: int | None) -> str:
    """``+1:05`` / ``-0:30`` / ``0:00`` for a difference; empty for none (for the PDF)."""
    if seconds is None:
        return ""
    if seconds == 0:
        return format_duration(0)
    sign = "+" if seconds > 0 else "-"
    return sign + format_duration(abs(seconds))
