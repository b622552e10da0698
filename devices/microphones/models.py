"""Shure model profiles: what each receiver family can do, in one table.

Shure wireless receivers share the command-string grammar (``shure.py``) but not
their parameters, channel counts or metering frames. :data:`MODELS` says, per
family, what the codec, the driver, the simulator and the hall-file check rely on:

========  ========  ====  ============  ====  =============================================
model     channels  mute  battery       name  ``< SAMPLE … >`` fields (after ``n ALL``)
========  ========  ====  ============  ====  =============================================
ULX-D     1..4      yes   BATT_BARS     8     antenna, rf, audio
QLX-D     1         no    BATT_BARS     8     antenna, rf, audio
SLX-D     1..2      no    TX_BATT_BARS  8     audio_peak, audio_rms, rf
AD        1..4      yes   TX_BATT_BARS  8     quality, audio_led, audio_peak, audio_rms,
                                              antenna, rf_bitmap_a, rf_a, rf_bitmap_b, rf_b
                                              (+ rf_bitmap_c, rf_c, rf_bitmap_d, rf_d when
                                              quadversity is on)
SCM820    1..8      yes   (none)        31    mixer form ``< SAMPLE aaa bbb … >``, one value
                                              per channel
========  ========  ====  ============  ====  =============================================

Channel 0 means "every channel" on all of them. The channel count is the largest
unit of the family (ULXD4Q, AD4Q, SLXD4D); a smaller unit (ULXD4, AD4D) simply
answers ``< REP ERR >`` for the channels it lacks.

Sources, and how sure each figure is:

* Shure's command-string references (pubs.shure.com/command-strings/ULXD, QLXD,
  SLXD, AD4; TCP port 2202). The SLX-D page says channels "1, 2"; the AD4 page
  "1 through 4", and that DEVICE_ID is reported padded to 31 characters while SET
  accepts 1..8. We take CHAN_NAME to behave alike on every receiver (8 settable;
  the Companion module's name field is 8 characters too); not checked on hardware.
* The Companion Shure-wireless module (bitfocus/companion-module-shure-wireless,
  ``src/internalAPI.js`` and ``src/setup.js``): its per-family SAMPLE parsers give
  the field order above and the scales: ULX-D/QLX-D audio ``000..050`` with
  dBFS = value − 50 and RF dBm = value − 128 (its own comment says −120; we follow
  its code); SLX-D and AD audio and RF ``000..120`` with value − 120; AD quality
  0..5 (255 unknown). Its model table gives the channel counts; its notes say
  AUDIO_MUTE exists on ULX-D and AD only, and that ULX-D/QLX-D report BATT_BARS
  while SLX-D and AD report TX_BATT_BARS.
* micboard (Shure's open-source dashboard) parses the same families the same way
  as far as remembered here; not re-checked.
* SCM820: the form this project used before the receiver profiles (one
  ``000..120`` value per channel, dBFS = value − 120, 31-character names); kept for
  mixers and not re-verified against an SCM820.

Unsure and flagged: whether a receiver answers ``SET 0 METER_RATE`` per channel
(``< REP n METER_RATE … >``, what the Companion module tracks) or device-wide
(``< REP METER_RATE … >``); the driver accepts both, the simulator sends the
per-channel form unless told otherwise.

:func:`validate_channels` and :func:`mute_problem` are the model-dependent checks
for the hall file and the readiness check, pure functions for the device kind to call.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

BATT_BARS = "BATT_BARS"
TX_BATT_BARS = "TX_BATT_BARS"

#: The model a driver or simulator speaks when none is named.
DEFAULT_MODEL = "ULX-D"


class SampleForm(enum.Enum):
    """The shape of a family's metering frame."""

    ULX = "ulx"  # < SAMPLE n ALL antenna rf audio >
    SLX = "slx"  # < SAMPLE n ALL audio_peak audio_rms rf >
    AD = "ad"  # < SAMPLE n ALL quality led peak rms antenna bmA rfA bmB rfB [bmC rfC bmD rfD] >
    MIXER = "mixer"  # < SAMPLE aaa bbb ccc … >, one value per channel


#: What each field of a per-channel SAMPLE means, in wire order (after ``n ALL``).
SAMPLE_FIELDS: dict[SampleForm, tuple[str, ...]] = {
    SampleForm.ULX: ("antenna", "rf", "audio"),
    SampleForm.SLX: ("audio_peak", "audio_rms", "rf"),
    SampleForm.AD: (
        "quality", "audio_led", "audio_peak", "audio_rms", "antenna",
        "rf_bitmap_a", "rf_a", "rf_bitmap_b", "rf_b",
    ),
    SampleForm.MIXER: (),
}  # fmt: skip
#: Axient Digital in quadversity mode adds antennas C and D.
AD_QUADVERSITY_FIELDS = ("rf_bitmap_c", "rf_c", "rf_bitmap_d", "rf_d")


@dataclass(frozen=True)
class ModelProfile:
    """One family's limits and wire habits (see the module docstring's table)."""

    name: str
    units: str  #: the receivers of the family, for messages
    channels: int  #: channels 1..channels exist (0 addresses all of them)
    has_mute: bool  #: AUDIO_MUTE exists
    battery_parameter: str | None  #: BATT_BARS, TX_BATT_BARS or None (no transmitter)
    name_length: int  #: longest CHAN_NAME a SET takes
    sample_form: SampleForm
    #: How SET 0 METER_RATE is answered: "channel" (one REP per channel) or "zero"
    #: (one ``< REP 0 METER_RATE … >``); the driver also takes a device-wide REP.
    meter_rate_report: str = "channel"
    #: Audio meter: raw value of full scale (0 dBFS) and the largest raw value.
    audio_offset: int = 120
    audio_max: int = 120
    #: RF meter: dBm = raw − rf_offset; the largest raw value.
    rf_offset: int = 120
    rf_max: int = 120

    @property
    def channel_text(self) -> str:
        """``channels 1..4`` or ``only channel 1``, for messages."""
        return f"channels 1..{self.channels}" if self.channels > 1 else "only channel 1"

    @property
    def channel_numbers(self) -> range:
        return range(1, self.channels + 1)

    def resync_parameters(self) -> tuple[str, ...]:
        """The per-channel values ``< GET 0 ALL >`` must bring back on this model."""
        parameters = ["CHAN_NAME", "AUDIO_GAIN"]
        if self.has_mute:
            parameters.append("AUDIO_MUTE")
        if self.battery_parameter is not None:
            parameters.append(self.battery_parameter)
        return tuple(parameters)

    def level_db(self, raw: int) -> float:
        """An audio meter value in dBFS."""
        return float(raw - self.audio_offset)

    def audio_raw(self, level_db: float) -> int:
        """dBFS -> the audio meter value, clamped to the model's range."""
        return max(0, min(self.audio_max, round(level_db) + self.audio_offset))


MODELS: dict[str, ModelProfile] = {
    profile.name: profile
    for profile in (
        ModelProfile(
            "ULX-D", "ULXD4, ULXD4D, ULXD4Q", 4, True, BATT_BARS, 8, SampleForm.ULX,
            audio_offset=50, audio_max=50, rf_offset=128, rf_max=115,
        ),
        ModelProfile(
            "QLX-D", "QLXD4", 1, False, BATT_BARS, 8, SampleForm.ULX,
            audio_offset=50, audio_max=50, rf_offset=128, rf_max=115,
        ),
        ModelProfile("SLX-D", "SLXD4, SLXD4D", 2, False, TX_BATT_BARS, 8, SampleForm.SLX),
        ModelProfile("AD", "AD4D, AD4Q (Axient Digital)", 4, True, TX_BATT_BARS, 8, SampleForm.AD),
        ModelProfile(
            "SCM820", "SCM820 mixer", 8, True, None, 31, SampleForm.MIXER,
            meter_rate_report="zero",
        ),
    )
}  # fmt: skip


def known_models() -> str:
    return ", ".join(MODELS)


def profile(model: str) -> ModelProfile:
    """The profile of ``model`` (exact name, e.g. ``"ULX-D"``); ValueError naming the known ones."""
    found = MODELS.get(model)
    if found is None:
        raise ValueError(f"unknown microphone model {model!r} (known: {known_models()})")
    return found


def validate_channels(model: str, channels: Mapping[int, str]) -> list[tuple[str, str]]:
    """What is wrong with ``channels`` on ``model``: ``(key path suffix, problem)`` pairs.

    The suffix is relative to the device's table (``"model"``, ``"channels"``,
    ``"channels.5"``), for the hall-file reader to prefix with ``devices[i]``. An
    empty list means the channels fit.
    """
    if model not in MODELS:
        return [("model", f"unknown model {model!r} (known: {known_models()})")]
    spec = MODELS[model]
    problems: list[tuple[str, str]] = []
    if not channels:
        problems.append(("channels", "must name at least one channel"))
    for number in sorted(channels):
        name = channels[number]
        if number not in spec.channel_numbers:
            problems.append(
                (
                    f"channels.{number}",
                    f"{model} has {spec.channel_text} ({spec.units}); "
                    "more microphones need another receiver entry",
                )
            )
        if len(name) > spec.name_length:
            problems.append(
                (
                    f"channels.{number}",
                    f"name {name!r} is {len(name)} characters; {model} stores at most "
                    f"{spec.name_length}",
                )
            )
    return problems


def mute_problem(model: str, used_channels: Iterable[int]) -> str:
    """Why the show cannot mute ``used_channels`` on ``model``, or ``""`` when it can.

    For the readiness check: on a family without AUDIO_MUTE (QLX-D, SLX-D) neither a
    cue nor PANIC can silence the microphone from here, so the operator must be told
    to mute it at the mixer instead of finding out from a timeout.
    """
    spec = profile(model)
    used = sorted(set(used_channels))
    if spec.has_mute or not used:
        return ""
    listed = ", ".join(str(n) for n in used)
    return (
        f"{model} has no mute command: channel(s) {listed} cannot be muted from here "
        "(PANIC cannot reach them either); mute them at the mixer"
    )
