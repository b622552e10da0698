"""Show files: one event as JSON (with its items and cues), and an event's items as CSV.

Reading is all-or-nothing: the whole file is checked before anything is built,
and the first problem raises one :class:`ShowFileError` naming the file, the
line and the field (``press.json: line 14: items[3].planned_duration: ...``).
Files larger than :data:`MAX_FILE_BYTES` are refused before parsing. The
formats are documented in ``docs/formats.md``.

JSON (``"format": "controlroom-show"``, ``"version"`` 1 or 2; version 1 has no
cues) and CSV (header row :data:`CSV_COLUMNS`, any subset containing ``title``,
in any order; comma or semicolon separated). Durations are whole seconds or
text such as ``5:00``, ``90s``, ``1:30:00``, ``45m``.

Only regular files are read: a FIFO, device or socket is refused at once (it would
block or never end). Dates must lie within years 2000..2100
(:func:`controlroom.model.check_time_range`). CSV export guards against formula
injection: a cell that a spreadsheet would take for a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return, after any quotes) gets one
``'`` in front, and import takes exactly that quote off again, so a round trip
gives back the same text (:func:`escape_csv_cell`, :func:`unescape_csv_cell`).
"""

from __future__ import annotations

import csv
import io
import json
import json.decoder
import json.scanner
import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from controlroom.cues import CueError, ItemCues
from controlroom.durations import format_duration, parse_duration
from controlroom.model import (
    ITEM_FIELDS,
    Event,
    FieldType,
    Item,
    ItemField,
    ItemKind,
    check_time_range,
)
from controlroom.runsheet import validate_event_field, validate_item_field
from controlroom.schedule import hard_start_at
from controlroom.storage import ChangeSet, Database, item_values

FORMAT_NAME = "controlroom-show"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

#: Show files above this size are refused unread.
MAX_FILE_BYTES = 10 * 1024 * 1024

#: The item fields a CSV file carries, in the order written on export.
CSV_FIELDS: tuple[ItemField, ...] = tuple(spec for spec in ITEM_FIELDS if spec.in_csv)

_CSV_FIELDS_BY_NAME = {spec.name: spec for spec in CSV_FIELDS}

#: The CSV header, in the order written on export: the row's position, then the fields.
CSV_COLUMNS: tuple[str, ...] = ("position", *_CSV_FIELDS_BY_NAME)

EVENT_KEYS = ("title", "scheduled_start", "venue", "kind", "languages", "notes")

#: An item's keys in a JSON show file (version 1 has no cues).
ITEM_KEYS: tuple[str, ...] = tuple(spec.name for spec in ITEM_FIELDS)
_ITEM_KEYS_V1 = tuple(spec.name for spec in ITEM_FIELDS if spec.type is not FieldType.CUES)

#: The timer thresholds are read first and checked as a pair (``_check_thresholds``).
_THRESHOLDS = ("warning_at", "danger_at")

PathPart = str | int


class ShowFileError(ValueError):
    """A show file cannot be read; the message names the file, line and field."""

    def __init__(self, file: str, problem: str, line: int | None = None, field: str = "") -> None:
        where = [file]
        if line is not None:
            where.append(f"line {line}")
        if field:
            where.append(field)
        super().__init__(": ".join([*where, problem]))
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem


class _Problem(Exception):
    """A problem at a place inside the parsed document (turned into a ShowFileError)."""

    def __init__(self, path: Sequence[PathPart], problem: str) -> None:
        super().__init__(problem)
        self.path = tuple(path)
        self.problem = problem


# ------------------------------------------------------------------ reading bytes


def read_text(path: Path | str, display_name: str | None = None) -> str:
    """The text of a show file: size-capped, UTF-8 (a BOM is allowed), not empty."""
    path = Path(path)
    name = display_name or path.name
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise ShowFileError(name, "no such file") from None
    except IsADirectoryError:
        raise ShowFileError(name, "is a folder, not a file") from None
    except OSError as error:
        raise ShowFileError(name, f"cannot be read: {error.strerror or error}") from None
    try:
        mode = os.fstat(handle).st_mode
        if stat.S_ISDIR(mode):
            raise ShowFileError(name, "is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise ShowFileError(
                name, "is not a regular file (a pipe, device or socket); save it to a file first"
            )
        if os.fstat(handle).st_size > MAX_FILE_BYTES:
            limit_mb = MAX_FILE_BYTES // (1024 * 1024)
            raise ShowFileError(name, f"larger than {limit_mb} MB; not a show file")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ShowFileError(name, f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(handle)
    return decode_text(data, name)


def decode_text(data: bytes, name: str) -> str:
    """``data`` as text, with the same checks as :func:`read_text`."""
    if len(data) > MAX_FILE_BYTES:
        limit_mb = MAX_FILE_BYTES // (1024 * 1024)
        raise ShowFileError(name, f"larger than {limit_mb} MB; not a show file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start]
        raise ShowFileError(
            name, f"not UTF-8 text (byte 0x{byte:02x} at offset {error.start})", line
        ) from None
    if not text.strip():
        raise ShowFileError(name, "the file is empty")
    return text


def detect_format(path: Path | str, text: str | None = None) -> str:
    """``"json"`` or ``"csv"``, from the extension or else from the first character."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".txt"):
        return "csv"
    if text is not None and text.lstrip()[:1] in ("{", "["):
        return "json"
    return "csv"


# ------------------------------------------------------------------------- JSON


def read_show_file(path: Path | str) -> Event:
    """The event in a JSON show file; :class:`ShowFileError` if anything is wrong."""
    path = Path(path)
    return parse_show_json(read_text(path), path.name)


def parse_show_json(text: str, name: str = "<show file>") -> Event:
    """The event in JSON show-file text; :class:`ShowFileError` naming ``name``."""
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ShowFileError(
            name, f"invalid JSON: {error.msg} (column {error.colno})", error.lineno
        ) from None
    except _Problem as problem:
        raise ShowFileError(name, problem.problem) from None
    except RecursionError:
        raise ShowFileError(name, "invalid JSON: nested too deeply") from None
    try:
        return _event_from_document(document)
    except _Problem as problem:
        field = _path_text(problem.path)
        line = _locate(text, problem.path)
        raise ShowFileError(name, problem.problem, line, field) from None


def _reject_constant(value: str) -> Any:
    raise _Problem((), f"invalid JSON: {value} is not a number")


def _event_from_document(document: Any) -> Event:
    if not isinstance(document, dict):
        raise _Problem((), "a show file must be a JSON object")
    if document.get("format") != FORMAT_NAME:
        if "format" not in document:
            raise _Problem((), f'not a controlroom show file ("format": "{FORMAT_NAME}" missing)')
        raise _Problem(("format",), f'must be "{FORMAT_NAME}"')
    version = document.get("version")
    if "version" not in document:
        raise _Problem((), '"version" missing')
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        readable = " and ".join(str(v) for v in READABLE_VERSIONS)
        raise _Problem(
            ("version",), f"unknown format version {version!r} (this controlroom reads {readable})"
        )
    _reject_unknown(document, ("format", "version", "event", "items"), ())
    raw_event = document.get("event")
    if not isinstance(raw_event, dict):
        raise _Problem(("event",), "missing or not an object")
    _reject_unknown(raw_event, EVENT_KEYS, ("event",))
    fields: dict[str, Any] = {}
    for key in EVENT_KEYS:
        if key not in raw_event:
            if key in ("title", "scheduled_start"):
                raise _Problem(("event", key), "missing")
            continue
        value = raw_event[key]
        if key == "scheduled_start":
            value = _datetime(value, ("event", key))
        fields[key] = _checked(validate_event_field, ("event", key), key, value)
    event = Event(**fields)
    raw_items = document.get("items", [])
    if not isinstance(raw_items, list):
        raise _Problem(("items",), "must be a list")
    event.items = [
        _item_from_json(raw, index, version, event.scheduled_start)
        for index, raw in enumerate(raw_items)
    ]
    return event


def _item_from_json(raw: Any, index: int, version: int, event_start: datetime) -> Item:
    where: tuple[PathPart, ...] = ("items", index)
    if not isinstance(raw, dict):
        raise _Problem(where, "must be an object")
    allowed = ITEM_KEYS if version >= 2 else _ITEM_KEYS_V1
    if version < 2:
        for key in ITEM_KEYS:
            if key not in allowed and key in raw:
                raise _Problem((*where, key), f"{key} need format version 2")
    _reject_unknown(raw, allowed, where)
    if "title" not in raw:
        raise _Problem((*where, "title"), "missing")
    item = Item(title="-")
    for spec in ITEM_FIELDS:
        if spec.name not in allowed or spec.name not in raw:
            continue
        path = (*where, spec.name)
        value = _from_json(spec, raw[spec.name], event_start, path)
        _set_field(item, spec, value, path)
    _check_thresholds(item, where)
    return item


def _from_json(spec: ItemField, value: Any, event_start: datetime, path: Sequence[PathPart]) -> Any:
    """The value of ``spec`` as a JSON show file gives it, before validation."""
    if spec.type is FieldType.SECONDS:
        return _duration(value, path)
    if spec.type is FieldType.DATETIME:
        return None if value is None else _hard_start(value, event_start, path)
    if spec.type is FieldType.ITEM_KIND:
        return _kind(value, path)
    if spec.type is FieldType.CUES:
        return _cues(value, path)
    return value


def _set_field(item: Item, spec: ItemField, value: Any, path: Sequence[PathPart]) -> None:
    """Validate and set one field read from a file (the thresholds wait to be checked as a pair)."""
    if spec.name in _THRESHOLDS:
        setattr(item, spec.name, value)
        return
    setattr(item, spec.name, _checked(validate_item_field, path, item, spec.name, value))


def _check_thresholds(item: Item, where: tuple[PathPart, ...]) -> None:
    if item.danger_at > item.warning_at:
        raise _Problem(
            (*where, "danger_at"),
            f"danger time {format_duration(item.danger_at)} is after the warning time "
            f"{format_duration(item.warning_at)} (must not be more)",
        )


def event_to_document(event: Event) -> dict[str, Any]:
    """The JSON show-file form of ``event`` (format version 2)."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "event": {
            "title": event.title,
            "scheduled_start": event.scheduled_start.isoformat(timespec="seconds"),
            "venue": event.venue,
            "kind": event.kind.value,
            "languages": list(event.languages),
            "notes": event.notes,
        },
        "items": [
            {spec.name: _to_json(spec, getattr(item, spec.name)) for spec in ITEM_FIELDS}
            for item in event.items
        ],
    }


def _to_json(spec: ItemField, value: Any) -> Any:
    """The JSON show-file form of an item field's value."""
    if spec.type is FieldType.SECONDS:
        return format_duration(value)
    if spec.type is FieldType.DATETIME:
        return None if value is None else value.isoformat(timespec="seconds")
    if spec.type is FieldType.ITEM_KIND:
        return value.value
    if spec.type is FieldType.CUES:
        return value.to_dict()
    return value


def event_to_json(event: Event) -> str:
    """The JSON show file of ``event`` as text (UTF-8 friendly, indented)."""
    return json.dumps(event_to_document(event), ensure_ascii=False, indent=2) + "\n"


# -------------------------------------------------------------------------- CSV


def parse_items_csv(text: str, event_start: datetime, name: str = "<csv>") -> list[Item]:
    """The items in CSV text; :class:`ShowFileError` naming ``name``, the line and the column."""
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    items: list[tuple[int | None, Item]] = []
    position_lines: dict[int, int] = {}
    blank_position_line: int | None = None
    line_number = 1
    try:
        for record in reader:
            record_line, line_number = line_number, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = _csv_header(record, name, record_line)
                continue
            if len(record) != len(header):
                raise ShowFileError(
                    name, f"{len(record)} fields where the header has {len(header)}", record_line
                )
            record = [unescape_csv_cell(cell) for cell in record]
            try:
                position, item = _item_from_csv(dict(zip(header, record, strict=True)), event_start)
            except _Problem as problem:
                field = _path_text(problem.path)
                raise ShowFileError(name, problem.problem, record_line, field) from None
            if position is None:
                blank_position_line = blank_position_line or record_line
            elif position in position_lines:
                raise ShowFileError(
                    name,
                    f"position {position} appears twice (also line {position_lines[position]})",
                    record_line,
                    "position",
                )
            else:
                position_lines[position] = record_line
            items.append((position, item))
    except csv.Error as error:
        raise ShowFileError(name, f"not valid CSV: {error}", reader.line_num) from None
    if header is None:
        raise ShowFileError(name, "the file is empty")
    if position_lines and blank_position_line is not None:
        raise ShowFileError(
            name, "blank, but other rows have a position", blank_position_line, "position"
        )
    if position_lines:
        items.sort(key=lambda pair: pair[0] or 0)
    return [item for _, item in items]


def _csv_header(record: list[str], name: str, line: int) -> list[str]:
    header = [cell.strip().lower() for cell in record]
    for column in header:
        if column not in CSV_COLUMNS:
            raise ShowFileError(
                name,
                f"unknown column {column!r} (columns: {', '.join(CSV_COLUMNS)})",
                line,
                "header",
            )
        if header.count(column) > 1:
            raise ShowFileError(name, f"column {column!r} appears twice", line, "header")
    if "title" not in header:
        raise ShowFileError(name, "no title column", line, "header")
    return header


def _item_from_csv(values: dict[str, str], event_start: datetime) -> tuple[int | None, Item]:
    item = Item(title="-")
    if not values.get("title", "").strip():
        raise _Problem(("title",), "missing")
    position: int | None = None
    for column, raw in values.items():  # in the file's order: its first problem is reported
        text = raw.strip()
        path = (column,)
        if column == "position":
            if text:
                if not text.isascii() or not text.isdigit() or int(text) < 1:
                    raise _Problem(path, f"{text!r} is not a positive whole number")
                position = int(text)
            continue
        if not text and column != "title":
            continue  # blank: the default
        spec = _CSV_FIELDS_BY_NAME[column]
        _set_field(item, spec, _from_csv(spec, raw, event_start, path), path)
    _check_thresholds(item, ())
    return position, item


def _from_csv(spec: ItemField, raw: str, event_start: datetime, path: Sequence[PathPart]) -> Any:
    """The value of ``spec`` in a CSV cell, before validation (free text is kept as typed)."""
    if spec.type is FieldType.TEXT:
        return raw
    text = raw.strip()
    if spec.type is FieldType.SECONDS:
        return _duration(text, path)
    if spec.type is FieldType.DATETIME:
        return _hard_start(text, event_start, path)
    if spec.type is FieldType.ITEM_KIND:
        return _kind(text, path)
    return text


def _to_csv(spec: ItemField, value: Any) -> str:
    """The CSV cell of an item field's value."""
    if spec.type is FieldType.SECONDS:
        return format_duration(value)
    if spec.type is FieldType.DATETIME:
        return "" if value is None else value.isoformat(sep=" ")
    if spec.type is FieldType.ITEM_KIND:
        return str(value.value)
    return str(value)


def items_to_csv(items: Sequence[Item]) -> str:
    """The CSV form of ``items`` with the full header (see :data:`CSV_COLUMNS`).

    Cells a spreadsheet would run as formulas are escaped (:func:`escape_csv_cell`).
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for position, item in enumerate(items, start=1):
        cells = (_to_csv(spec, getattr(item, spec.name)) for spec in CSV_FIELDS)
        writer.writerow([position, *(escape_csv_cell(cell) for cell in cells)])
    return out.getvalue()


#: A cell a spreadsheet would read as a formula: ``=``, ``+``, ``-``, ``@``, tab or CR first,
#: after any single quotes (so that a quote this escaping added can be told apart).
_FORMULA_CELL = re.compile(r"^'*[=+\-@\t\r]")


def escape_csv_cell(cell: str) -> str:
    """``cell`` with one ``'`` in front if a spreadsheet would take it for a formula."""
    return "'" + cell if _FORMULA_CELL.match(cell) else cell


def unescape_csv_cell(cell: str) -> str:
    """The inverse of :func:`escape_csv_cell`: one leading ``'`` before a formula start goes."""
    if cell.startswith("'") and _FORMULA_CELL.match(cell[1:]):
        return cell[1:]
    return cell


# ----------------------------------------------------------------- field parsers


def _checked(check: Callable[..., Any], path: Sequence[PathPart], *args: Any) -> Any:
    try:
        return check(*args)
    except ValueError as error:
        raise _Problem(path, str(error)) from None


def _reject_unknown(data: dict[str, Any], allowed: Sequence[str], path: Sequence[PathPart]) -> None:
    for key in data:
        if key not in allowed:
            raise _Problem((*path, key), f"unknown field (expected one of {', '.join(allowed)})")


def _duration(value: Any, path: Sequence[PathPart]) -> int:
    if isinstance(value, bool):
        raise _Problem(path, "must be a duration such as 5:00, 90s or 300")
    if isinstance(value, int):
        if value < 0:
            raise _Problem(path, f"{value} is negative")
        return value
    if isinstance(value, str):
        try:
            return parse_duration(value)
        except ValueError as error:
            raise _Problem(path, str(error)) from None
    raise _Problem(path, f"must be a duration such as 5:00, 90s or 300, not {_json_type(value)}")


_TIME_OF_DAY = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")


def _datetime(value: Any, path: Sequence[PathPart]) -> datetime:
    if not isinstance(value, str):
        raise _Problem(path, f"must be a date and time text, not {_json_type(value)}")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise _Problem(path, f"{value!r} is not a date and time (YYYY-MM-DD HH:MM)") from None
    if parsed.tzinfo is not None:
        raise _Problem(path, f"{value!r}: give local time without a time zone")
    try:
        return check_time_range(parsed, _path_text(path))
    except ValueError:
        raise _Problem(
            path, f"{value!r} is outside the years 2000..2100 this app accepts"
        ) from None


def _hard_start(value: Any, event_start: datetime, path: Sequence[PathPart]) -> datetime:
    if isinstance(value, str) and _TIME_OF_DAY.match(value.strip()):
        try:
            clock = time.fromisoformat(value.strip().zfill(5 if value.count(":") == 1 else 8))
        except ValueError:
            raise _Problem(path, f"{value!r} is not a time of day") from None
        return hard_start_at(event_start, clock)
    return _datetime(value, path)


def _kind(value: Any, path: Sequence[PathPart]) -> ItemKind:
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("q&a", "q & a"):
            text = "qa"
        for kind in ItemKind:
            if kind.value == text:
                return kind
    choices = ", ".join(kind.value for kind in ItemKind)
    raise _Problem(path, f"unknown kind {value!r} (one of {choices})")


def _cues(value: Any, path: Sequence[PathPart]) -> ItemCues:
    prefix = _path_text(path)
    try:
        return ItemCues.from_dict(value, path=prefix)
    except CueError as error:
        raise _Problem(_parse_path(error.path), error.problem) from None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


# -------------------------------------------------------- where in the file


def _path_text(path: Sequence[PathPart]) -> str:
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


_PATH_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parse_path(text: str) -> tuple[PathPart, ...]:
    parts: list[PathPart] = []
    for name, index in _PATH_TOKEN.findall(text):
        parts.append(int(index) if index else name)
    return tuple(parts)


@dataclass
class _Positions:
    """Start offsets of JSON values, per container (by ``id``)."""

    objects: dict[int, tuple[int, dict[str, int]]]
    arrays: dict[int, tuple[int, list[int]]]
    keep: list[Any]


def _locate(text: str, path: Sequence[PathPart]) -> int | None:
    """The line of the value at ``path`` (or of the nearest enclosing value), if found."""
    try:
        root, positions = _parse_with_positions(text)
    except (ValueError, RecursionError):
        return None
    offset = 0
    node: Any = root
    if isinstance(node, dict) and id(node) in positions.objects:
        offset = positions.objects[id(node)][0]
    for part in path:
        if isinstance(node, dict) and isinstance(part, str) and id(node) in positions.objects:
            starts = positions.objects[id(node)][1]
            if part not in node:
                break
            offset = starts.get(part, offset)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and id(node) in positions.arrays:
            starts_list = positions.arrays[id(node)][1]
            if not 0 <= part < len(node):
                break
            offset = starts_list[part]
            node = node[part]
        else:
            break
    return text.count("\n", 0, offset) + 1


def _parse_with_positions(text: str) -> tuple[Any, _Positions]:
    positions = _Positions(objects={}, arrays={}, keep=[])
    decoder = json.JSONDecoder()

    def parse_object(
        s_and_end: tuple[str, int],
        strict: bool,
        scan_once: Callable[[str, int], tuple[Any, int]],
        object_hook: Any,
        object_pairs_hook: Any,
        memo: dict[str, str] | None = None,
    ) -> tuple[Any, int]:
        starts: list[int] = []
        pairs_seen: list[list[tuple[str, Any]]] = []

        def recording(string: str, index: int) -> tuple[Any, int]:
            starts.append(index)
            return scan_once(string, index)

        def keep_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            pairs_seen.append(pairs)
            return dict(pairs)

        result, end = json.decoder.JSONObject(  # type: ignore[attr-defined]
            s_and_end, strict, recording, None, keep_pairs, memo
        )
        keys = {key: start for (key, _), start in zip(pairs_seen[0], starts, strict=False)}
        positions.objects[id(result)] = (s_and_end[1] - 1, keys)
        positions.keep.append(result)
        return result, end

    def parse_array(
        s_and_end: tuple[str, int], scan_once: Callable[[str, int], tuple[Any, int]]
    ) -> tuple[Any, int]:
        starts: list[int] = []

        def recording(string: str, index: int) -> tuple[Any, int]:
            starts.append(index)
            return scan_once(string, index)

        result, end = json.decoder.JSONArray(s_and_end, recording)  # type: ignore[attr-defined]
        positions.arrays[id(result)] = (s_and_end[1] - 1, starts)
        positions.keep.append(result)
        return result, end

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.parse_array = parse_array  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text), positions


# ------------------------------------------------------------ import and export


def load_event_file(
    path: Path | str,
    *,
    title: str | None = None,
    scheduled_start: datetime | None = None,
    file_format: str | None = None,
) -> Event:
    """An event from a JSON show file, or from a CSV of items (which needs ``scheduled_start``).

    A CSV event is titled ``title`` or the file's name. ``title``/``scheduled_start``
    given for a JSON file override the file's.
    """
    path = Path(path)
    text = read_text(path)
    kind = file_format or detect_format(path, text)
    if kind == "json":
        event = parse_show_json(text, path.name)
        if scheduled_start is not None:
            shift = scheduled_start - event.scheduled_start
            event.scheduled_start = scheduled_start
            for number, item in enumerate(event.items):
                if item.hard_start is not None:
                    try:
                        item.hard_start = check_time_range(
                            item.hard_start + shift, f"items[{number}].hard_start"
                        )
                    except (ValueError, OverflowError) as error:
                        raise ShowFileError(path.name, f"moved to the new start: {error}") from None
    else:
        if scheduled_start is None:
            raise ShowFileError(path.name, "a CSV file holds items only: give the event start")
        event = Event(title=path.stem, scheduled_start=scheduled_start)
        event.items = parse_items_csv(text, scheduled_start, path.name)
    if title is not None:
        event.title = validate_event_field("title", title)
    return event


def export_event(event: Event, file_format: str) -> str:
    """``event`` as ``"json"`` show-file text or ``"csv"`` items text."""
    if file_format == "json":
        return event_to_json(event)
    if file_format == "csv":
        return items_to_csv(event.items)
    raise ValueError(f"unknown export format {file_format!r} (json or csv)")


def import_event_file(
    database: Database,
    path: Path | str,
    *,
    into: int | None = None,
    title: str | None = None,
    scheduled_start: datetime | None = None,
    file_format: str | None = None,
) -> int:
    """Import a show file into ``database`` in one transaction; returns the event id.

    Without ``into`` a new event is created (a CSV needs ``scheduled_start``);
    with ``into`` the file's items are appended to that existing event. The
    whole file is checked first: on any error nothing is written.
    """
    if into is None:
        event = load_event_file(
            path, title=title, scheduled_start=scheduled_start, file_format=file_format
        )
        return database.create_event(event)
    existing = database.load_event(into)
    event = load_event_file(path, scheduled_start=existing.scheduled_start, file_format=file_format)
    first = len(existing.items)
    changes = ChangeSet(
        event_id=into,
        inserts=[
            (item, {**item_values(item), "position": first + offset})
            for offset, item in enumerate(event.items)
        ],
    )
    database.apply_changes(changes)
    return into
