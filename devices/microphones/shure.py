"""The Shure command-string codec: bytes to typed frames and back (pure, no I/O).

Shure receivers and mixers share one ASCII grammar (``docs/devices-microphones.md``
has the full table)::

    < GET 1 AUDIO_MUTE >            ask channel 1 (0 = every channel; ``ALL`` = every value)
    < SET 1 AUDIO_GAIN 30 >         change
    < REP 1 AUDIO_GAIN 030 >        the device's report: a reply, or unsolicited on any change
    < REP 1 CHAN_NAME {Moderator} > text values in braces (may hold spaces)
    < REP ERR >                     the device refused the last command
    < SAMPLE 1 ALL AX 098 035 >     a receiver's metering of one channel (fields per family)
    < SAMPLE 087 120 000 >          a mixer's metering, one value per channel (dB = value - 120)

Frames end at ``>``; whatever sits between frames (CR, LF, CRLF, spaces) is
ignored, and a frame may arrive split over any number of reads
(:class:`FrameSplitter`). :func:`parse_frame` turns one frame into a typed
message and raises :class:`~devices.base.ProtocolError` for anything else.

Values on the wire and in Python:

* ``AUDIO_MUTE``: ``ON``/``OFF`` (and ``TOGGLE`` in a SET) <-> ``bool``.
* ``AUDIO_GAIN``: device units 0..60 <-> dB, ``dB = units - 18`` (-18..+42 dB).
* ``CHAN_NAME``: ``{text}``. Shure devices store ASCII: :func:`name_to_wire`
  transliterates Cyrillic (Russian and Kazakh letters) to Latin, replaces any other
  character outside printable ASCII, and the framing characters ``< > { }``, with
  ``?``, and cuts the name to :data:`NAME_MAX_LENGTH`. Names read back are decoded as
  UTF-8 and stripped of the padding spaces some models add inside the braces.
* ``BATT_BARS`` / ``TX_BATT_BARS`` (the name depends on the family, see
  ``models.py``): 0..5 bars, ``255`` = unknown (no transmitter) <-> ``int | None``.
* ``METER_RATE``: milliseconds between SAMPLE frames, ``0`` = metering off.
* ``SAMPLE`` comes in two shapes. Receivers send one frame per channel,
  ``< SAMPLE n ALL f1 f2 … >`` (:class:`ChannelSample`), whose fields differ by
  family; :func:`decode_meter` reads them with the family's profile from
  ``models.py`` into a :class:`Meter`. Mixers (SCM820) send one frame for all
  channels, ``< SAMPLE aaa bbb … >`` (:class:`Sample`): one 0..120 value per
  channel in channel order from 1, dBFS = ``value - METER_OFFSET_DB``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from devices.base import ProtocolError
from devices.microphones.models import (
    AD_QUADVERSITY_FIELDS,
    SAMPLE_FIELDS,
    ModelProfile,
    SampleForm,
)

AUDIO_MUTE = "AUDIO_MUTE"
AUDIO_GAIN = "AUDIO_GAIN"
CHAN_NAME = "CHAN_NAME"
BATT_BARS = "BATT_BARS"
TX_BATT_BARS = "TX_BATT_BARS"
BATTERY_PARAMETERS = (BATT_BARS, TX_BATT_BARS)
METER_RATE = "METER_RATE"
ALL = "ALL"

#: dB = device units - GAIN_OFFSET_DB.
GAIN_OFFSET_DB = 18
GAIN_UNITS_MAX = 60
#: 255 in BATT_BARS means the receiver does not know (no transmitter, or not reporting).
BATTERY_UNKNOWN = 255
BATTERY_BARS_MAX = 5
#: Longest CHAN_NAME any model reports (receivers pad to it; see models.py for what a SET takes).
NAME_MAX_LENGTH = 31
#: SAMPLE values 0..120 map to -120..0 dBFS.
METER_OFFSET_DB = 120
METER_MAX = 120
#: A frame longer than this without its closing ``>`` is garbage.
MAX_FRAME_LENGTH = 1024

_PARAMETER = re.compile(r"[A-Z][A-Z0-9_]*\Z")
_DIGITS = re.compile(r"[0-9]{1,5}\Z")
_FIELD = re.compile(r"[A-Z0-9]{1,5}\Z")
_ANTENNA = re.compile(r"[ABRX]{2}\Z|[ABRX]{4}\Z")

Value = bool | int | float | str | None


@dataclass(frozen=True)
class Get:
    """``< GET n PARAM >``: a question (sent by the driver, read by the simulator)."""

    channel: int
    parameter: str


@dataclass(frozen=True)
class Set:
    """``< SET n PARAM value >``; ``value`` is the text after the parameter, as sent."""

    channel: int
    parameter: str
    value: str


@dataclass(frozen=True)
class Report:
    """``< REP n PARAM value >``: the device says what a value is now.

    ``value`` is decoded for the parameters this project uses: ``bool`` for
    AUDIO_MUTE, ``float`` dB for AUDIO_GAIN, ``str`` for CHAN_NAME, ``int | None``
    for BATT_BARS, ``int`` ms for METER_RATE; other parameters keep their raw text.
    ``channel`` is ``None`` for device-wide values (``< REP MODEL {ULXD4Q} >``).
    """

    channel: int | None
    parameter: str
    value: Value


@dataclass(frozen=True)
class ReportError:
    """``< REP ERR >``: the device refused the last command (unknown channel or value)."""


@dataclass(frozen=True)
class Sample:
    """``< SAMPLE aaa bbb ... >``: meter values, index 0 is channel 1."""

    values: tuple[int, ...]

    def levels_db(self) -> tuple[float, ...]:
        """The meter values in dBFS (-120 .. 0)."""
        return tuple(float(value - METER_OFFSET_DB) for value in self.values)


@dataclass(frozen=True)
class ChannelSample:
    """``< SAMPLE n ALL f1 f2 … >``: a receiver's meter frame for channel ``n``, fields as sent.

    What the fields mean depends on the family; :func:`decode_meter` reads them.
    """

    channel: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Meter:
    """One channel's metering, decoded with its family's profile (``None``: not in this form).

    ``level_db`` is the audio level the meters show (RMS where the family sends both),
    in dBFS; ``rf_dbm`` the strongest antenna's RF level; ``antenna`` the diversity
    letters as sent (``AX``: antenna A active); ``quality`` AD's 0..5 (``None`` if unknown).
    """

    channel: int
    level_db: float
    peak_db: float | None = None
    rf_dbm: float | None = None
    antenna: str | None = None
    quality: int | None = None


Frame = Get | Set | Report | ReportError | Sample | ChannelSample


class FrameSplitter:
    """Cuts a byte stream into frames on ``>``, keeping partial frames across reads.

    ``feed`` returns the complete frames, each ending in ``>``. Junk before a
    frame's ``<`` comes out as a piece of its own (so :func:`parse_frame` rejects the
    junk and still reads the frame), and a run of more than ``max_length`` bytes
    without ``>`` comes out unterminated (rejected) rather than growing without bound.
    """

    def __init__(self, max_length: int = MAX_FRAME_LENGTH) -> None:
        self._buffer = bytearray()
        self._max_length = max_length

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        pieces: list[bytes] = []
        while True:
            end = self._buffer.find(b">")
            if end < 0:
                break
            chunk = bytes(self._buffer[: end + 1])
            del self._buffer[: end + 1]
            start = chunk.rfind(b"<")
            if start > 0 and chunk[:start].strip():
                pieces.append(chunk[:start])
                chunk = chunk[start:]
            pieces.append(chunk)
        if len(self._buffer) > self._max_length:
            pieces.append(bytes(self._buffer))
            self._buffer.clear()
        return pieces

    @property
    def pending(self) -> int:
        """Bytes held for a frame not yet complete."""
        return len(self._buffer)

    def clear(self) -> None:
        self._buffer.clear()


def parse_frame(frame: bytes) -> Frame:
    """One frame (surrounding whitespace allowed) -> a typed message, or ProtocolError."""
    try:
        text = frame.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(f"not UTF-8 text: {frame[:40]!r}") from exc
    text = text.strip(" \t\r\n")
    if any(ord(char) < 32 and char not in "\t\r\n" or ord(char) == 127 for char in text):
        raise ProtocolError(f"control character in frame: {frame[:40]!r}")
    if not text.startswith("<") or not text.endswith(">"):
        raise ProtocolError(f"not a <...> frame: {frame[:40]!r}")
    tokens = _tokenize(text[1:-1], frame)
    if not tokens:
        raise ProtocolError("empty frame")
    kind, rest = tokens[0], tokens[1:]
    if kind == "REP":
        if rest == ["ERR"]:
            return ReportError()
        return _parse_report(rest, frame)
    if kind == "GET":
        channel, parameter, value = _channel_parameter_value(rest, frame, need_channel=True)
        if value:
            raise ProtocolError(f"GET takes no value: {frame[:60]!r}")
        assert channel is not None
        return Get(channel, parameter)
    if kind == "SET":
        channel, parameter, value = _channel_parameter_value(rest, frame, need_channel=True)
        if not value:
            raise ProtocolError(f"SET without a value: {frame[:60]!r}")
        assert channel is not None
        return Set(channel, parameter, " ".join(value))
    if kind == "SAMPLE":
        if not rest:
            raise ProtocolError("SAMPLE without values")
        if len(rest) >= 2 and rest[1] == ALL:
            channel = _number(rest[0], 0, 99999, "SAMPLE channel")
            fields = tuple(rest[2:])
            if not fields:
                raise ProtocolError(f"SAMPLE {channel} ALL without fields")
            for token in fields:
                if not _FIELD.match(token):
                    raise ProtocolError(f"bad SAMPLE field {token[:20]!r} in {frame[:60]!r}")
            return ChannelSample(channel, fields)
        values = tuple(_number(token, 0, METER_MAX, "SAMPLE value") for token in rest)
        return Sample(values)
    raise ProtocolError(f"unknown frame kind {kind[:20]!r}")


def _tokenize(inner: str, frame: bytes) -> list[str]:
    """Split on whitespace, keeping a ``{...}`` (spaces and all) as one token."""
    tokens: list[str] = []
    index = 0
    length = len(inner)
    while index < length:
        char = inner[index]
        if char.isspace():
            index += 1
        elif char == "{":
            close = inner.find("}", index + 1)
            if close < 0:
                raise ProtocolError(f"unclosed '{{' in {frame[:60]!r}")
            tokens.append(inner[index : close + 1])
            index = close + 1
        else:
            start = index
            while index < length and not inner[index].isspace() and inner[index] != "{":
                index += 1
            token = inner[start:index]
            if any(c in token for c in "<>}"):
                raise ProtocolError(f"stray framing character in {frame[:60]!r}")
            tokens.append(token)
    return tokens


def _channel_parameter_value(
    tokens: list[str], frame: bytes, need_channel: bool
) -> tuple[int | None, str, list[str]]:
    channel: int | None = None
    if tokens and _DIGITS.match(tokens[0]):
        channel = int(tokens[0])
        tokens = tokens[1:]
    elif need_channel:
        raise ProtocolError(f"missing channel number in {frame[:60]!r}")
    if not tokens or not _PARAMETER.match(tokens[0]):
        raise ProtocolError(f"missing or bad parameter name in {frame[:60]!r}")
    return channel, tokens[0], tokens[1:]


def _parse_report(tokens: list[str], frame: bytes) -> Report:
    channel, parameter, value_tokens = _channel_parameter_value(tokens, frame, need_channel=False)
    if not value_tokens:
        raise ProtocolError(f"REP without a value: {frame[:60]!r}")
    return Report(channel, parameter, decode_value(parameter, value_tokens))


_PLAIN = (AUDIO_MUTE, AUDIO_GAIN, BATT_BARS, TX_BATT_BARS, METER_RATE)


def decode_meter(model: ModelProfile, sample: ChannelSample) -> Meter:
    """A receiver's ``< SAMPLE n ALL … >`` read with its family's field layout.

    ProtocolError when the frame does not have the family's shape (field count,
    antenna letters, value ranges) or the family meters in the mixer form.
    """
    form = model.sample_form
    if form is SampleForm.MIXER:
        raise ProtocolError(f"{model.name} meters with < SAMPLE aaa bbb … >, not per channel")
    names = SAMPLE_FIELDS[form]
    allowed = [len(names)]
    if form is SampleForm.AD:
        allowed.append(len(names) + len(AD_QUADVERSITY_FIELDS))
    if len(sample.fields) not in allowed:
        counts = " or ".join(str(n) for n in allowed)
        raise ProtocolError(
            f"{model.name} SAMPLE {sample.channel}: {len(sample.fields)} fields, expected {counts}"
        )
    fields = dict(zip(names + AD_QUADVERSITY_FIELDS, sample.fields, strict=False))
    where = f"{model.name} SAMPLE {sample.channel}"

    def audio(name: str) -> float:
        return model.level_db(_number(fields[name], 0, model.audio_max, f"{where} {name}"))

    def rf(name: str) -> float:
        return float(_number(fields[name], 0, model.rf_max, f"{where} {name}") - model.rf_offset)

    def antenna() -> str:
        letters = fields["antenna"]
        if not _ANTENNA.match(letters):
            raise ProtocolError(f"{where} antenna must be letters A/B/R/X, got {letters[:8]!r}")
        return letters

    if form is SampleForm.ULX:
        letters = antenna()  # the shape first: another family's numbers fail here
        return Meter(sample.channel, audio("audio"), rf_dbm=rf("rf"), antenna=letters)
    if form is SampleForm.SLX:
        return Meter(sample.channel, audio("audio_rms"), audio("audio_peak"), rf("rf"))
    quality = _number(fields["quality"], 0, BATTERY_UNKNOWN, f"{where} quality")
    if quality > 5 and quality != BATTERY_UNKNOWN:
        raise ProtocolError(f"{where} quality must be 0..5 or 255, got {quality}")
    _number(fields["audio_led"], 0, 255, f"{where} audio_led")
    letters = antenna()
    rf_names = ["rf_a", "rf_b"] + (["rf_c", "rf_d"] if "rf_c" in fields else [])
    if len(letters) != len(rf_names):
        raise ProtocolError(
            f"{where}: {len(letters)} antenna letters for {len(rf_names)} RF levels"
        )
    for bitmap in ("rf_bitmap_a", "rf_bitmap_b", "rf_bitmap_c", "rf_bitmap_d"):
        if bitmap in fields:
            _number(fields[bitmap], 0, 255, f"{where} {bitmap}")
    return Meter(
        sample.channel,
        audio("audio_rms"),
        audio("audio_peak"),
        max(rf(name) for name in rf_names),
        letters,
        None if quality == BATTERY_UNKNOWN else quality,
    )


def decode_value(parameter: str, tokens: list[str]) -> Value:
    """The typed value of a REP's value tokens; ProtocolError if they are not valid."""
    if parameter == CHAN_NAME:
        if len(tokens) != 1 or not tokens[0].startswith("{"):
            raise ProtocolError(f"CHAN_NAME needs one {{braced}} value, got {tokens!r:.60}")
        return tokens[0][1:-1].strip()
    if len(tokens) == 1 and tokens[0].startswith("{"):
        if parameter in _PLAIN:
            raise ProtocolError(f"{parameter} takes a plain value, got {tokens[0]!r:.60}")
        return tokens[0][1:-1].strip()
    if len(tokens) != 1:
        if parameter in _PLAIN:
            raise ProtocolError(f"{parameter} takes one value, got {tokens!r:.60}")
        return " ".join(tokens)
    token = tokens[0]
    if parameter == AUDIO_MUTE:
        if token == "ON":
            return True
        if token == "OFF":
            return False
        raise ProtocolError(f"AUDIO_MUTE must be ON or OFF, got {token[:20]!r}")
    if parameter == AUDIO_GAIN:
        return units_to_gain_db(_number(token, 0, GAIN_UNITS_MAX, "AUDIO_GAIN"))
    if parameter in BATTERY_PARAMETERS:
        bars = _number(token, 0, BATTERY_UNKNOWN, parameter)
        if bars == BATTERY_UNKNOWN:
            return None
        if bars > BATTERY_BARS_MAX:
            raise ProtocolError(f"{parameter} must be 0..5 or 255, got {bars}")
        return bars
    if parameter == METER_RATE:
        return _number(token, 0, 99999, "METER_RATE")
    return token


def _number(token: str, low: int, high: int, what: str) -> int:
    if not _DIGITS.match(token):
        raise ProtocolError(f"{what} must be a number, got {token[:20]!r}")
    value = int(token)
    if not low <= value <= high:
        raise ProtocolError(f"{what} must be {low}..{high}, got {value}")
    return value


# --- values to the wire ------------------------------------------------------------------


def units_to_gain_db(units: int) -> float:
    """Device gain units (0..60) -> dB."""
    return float(units - GAIN_OFFSET_DB)


def gain_db_to_units(db: float) -> int:
    """dB -> device gain units, rounded to the nearest dB; ValueError outside -18..+42 dB."""
    units = round(db) + GAIN_OFFSET_DB
    if not 0 <= units <= GAIN_UNITS_MAX:
        low, high = -GAIN_OFFSET_DB, GAIN_UNITS_MAX - GAIN_OFFSET_DB
        raise ValueError(f"gain {db} dB is outside {low}..+{high} dB")
    return units


def mute_to_wire(muted: bool) -> str:
    return "ON" if muted else "OFF"


_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh letters beyond the Russian alphabet (Latin alphabet of 2021, without diacritics).
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}  # fmt: skip


def to_device_text(text: str) -> str:
    """``text`` as a Shure device can store it: printable ASCII without ``< > { }``."""
    out: list[str] = []
    for char in text:
        lower = char.lower()
        if lower in _CYRILLIC_TO_LATIN:
            latin = _CYRILLIC_TO_LATIN[lower]
            out.append(latin.capitalize() if char != lower else latin)
        elif " " <= char <= "~" and char not in "<>{}":
            out.append(char)
        elif char.isspace():
            out.append(" ")
        else:
            out.append(_strip_accents(char))
    return "".join(out)


def _strip_accents(char: str) -> str:
    """``Ä`` -> ``A``; ``?`` for a character with no plain-ASCII base letter."""
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and all(" " <= c <= "~" and c not in "<>{}" for c in base):
        return base
    return "?"


def name_to_wire(name: str, max_length: int = NAME_MAX_LENGTH) -> str:
    """A channel name as the braced CHAN_NAME value (ASCII-safe, at most ``max_length``)."""
    return "{" + to_device_text(name).strip()[:max_length].rstrip() + "}"


def meter_value(level_db: float) -> int:
    """dBFS -> SAMPLE value (0..120), clamped."""
    return max(0, min(METER_MAX, round(level_db) + METER_OFFSET_DB))


# --- frames to the wire ------------------------------------------------------------------


def encode_get(channel: int, parameter: str) -> bytes:
    return f"< GET {channel} {parameter} >".encode("ascii")


def encode_set(channel: int, parameter: str, value: str) -> bytes:
    return f"< SET {channel} {parameter} {value} >".encode("ascii")


def encode_report(channel: int | None, parameter: str, value: str) -> bytes:
    """A REP frame; ``value`` is wire text (use the ``*_to_wire`` helpers). UTF-8 encoded."""
    where = "" if channel is None else f"{channel} "
    return f"< REP {where}{parameter} {value} >".encode()


def encode_error() -> bytes:
    return b"< REP ERR >"


def encode_sample(values: tuple[int, ...] | list[int]) -> bytes:
    """The mixer form: one three-digit value per channel."""
    return ("< SAMPLE " + " ".join(f"{value:03d}" for value in values) + " >").encode("ascii")


def encode_channel_sample(channel: int, fields: tuple[str, ...] | list[str]) -> bytes:
    """A receiver's per-channel form ``< SAMPLE n ALL f1 f2 … >``, fields as wire text."""
    return f"< SAMPLE {channel} ALL {' '.join(fields)} >".encode("ascii")


def report_text(parameter: str, value: Value) -> str:
    """Wire text for a typed REP value, the inverse of :func:`decode_value`.

    Numbers are zero-padded to three digits as receivers send them (``030``),
    METER_RATE to five (``01000``).
    """
    if parameter == AUDIO_MUTE and isinstance(value, bool):
        return mute_to_wire(value)
    if parameter == AUDIO_GAIN and isinstance(value, int | float):
        return f"{gain_db_to_units(value):03d}"
    if parameter == CHAN_NAME and isinstance(value, str):
        return name_to_wire(value)
    if parameter in BATTERY_PARAMETERS:
        return f"{BATTERY_UNKNOWN if value is None else value:03d}"
    if parameter == METER_RATE and isinstance(value, int):
        return f"{value:05d}"
    if isinstance(value, str):
        return value
    raise ValueError(f"no wire form for {parameter}={value!r}")
