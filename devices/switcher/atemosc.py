"""The atemOSC vocabulary as typed messages: commands to the switcher, feedback from it.

Pure functions, no I/O. Messages are built and parsed with python-osc
(``OscMessageBuilder``, ``OscMessage``); bundles are unpacked here, without recursion
and at most :data:`MAX_BUNDLE_DEPTH` deep (python-osc's own bundle parser recurses,
so a ~7 KB datagram nested a few hundred levels would raise ``RecursionError``).
Anything malformed that arrives raises :class:`devices.base.ProtocolError` and
nothing else. Addresses sit under a
configurable prefix (default ``/atem``); datagrams outside it are not ours and
decode to an empty list, as atemOSC ignores them too.

Commands (argument types: ``i`` int32, ``f`` float32, ``s`` string)::

    /atem/program i            /atem/program/<n>  (none or 1; float 0.0 = button release)
    /atem/preview i            /atem/preview/<n>
    /atem/transition/cut       /atem/transition/auto       /atem/transition/ftb
    /atem/transition/type s    (mix, dip, wipe, sting, dve)
    /atem/transition/rate f    (FRAMES, not seconds: atemOSC hands it to SetRate(frames))
    /atem/dsk/<i>/on-air i     (0/1)
    /atem/macros/<i>/run       /atem/send-status

Feedback (sent to our own port, not back to the sender)::

    /atem/program i   /atem/preview i              current inputs
    /atem/program/<n> f   /atem/preview/<n> f      per-input tally, 1.0 or 0.0
    /atem/transition/bar f                         the T-bar HANDLE position: 1.0 at rest,
                                                   and its direction flips after every
                                                   transition, so it is not progress
    /atem/input/<n>/short-name s, long-name s      input labels (on send-status, on rename)
    /atem/led/green f   /atem/led/red f            the switcher link up / down
    /atem/macros/<i>/is-valid i, name s, description s   (x every macro on send-status)
"""

from __future__ import annotations

import functools
import math
import struct
from dataclasses import dataclass
from typing import Any

from pythonosc.osc_message import OscMessage
from pythonosc.osc_message import ParseError as OscMessageParseError
from pythonosc.osc_message_builder import BuildError, OscMessageBuilder

from devices.base import ProtocolError

DEFAULT_PREFIX = "/atem"
TRANSITION_TYPES = ("mix", "dip", "wipe", "sting", "dve")
#: Inputs every switcher has besides 1..n: black, colour bars, two colours, two media players.
SPECIAL_INPUTS = {0: "Black", 1000: "Colour bars", 2001: "Colour 1", 2002: "Colour 2",
                  3010: "Media player 1", 3020: "Media player 2"}  # fmt: skip
INT32_MAX = 2**31 - 1

# -- commands --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetProgram:
    input: int


@dataclass(frozen=True)
class SetPreview:
    input: int


@dataclass(frozen=True)
class Cut:
    pass


@dataclass(frozen=True)
class Auto:
    pass


@dataclass(frozen=True)
class FadeToBlack:
    """Toggles fade to black (the switcher never reports which way it went)."""


@dataclass(frozen=True)
class SetTransitionType:
    style: str


@dataclass(frozen=True)
class SetTransitionRate:
    """The transition duration in video frames (convert seconds with the hall's frame rate)."""

    frames: int


@dataclass(frozen=True)
class SetDskOnAir:
    keyer: int
    on: bool


@dataclass(frozen=True)
class RunMacro:
    index: int


@dataclass(frozen=True)
class SendStatus:
    pass


Command = (
    SetProgram | SetPreview | Cut | Auto | FadeToBlack | SetTransitionType | SetTransitionRate
    | SetDskOnAir | RunMacro | SendStatus
)  # fmt: skip

# -- feedback --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgramInput:
    input: int


@dataclass(frozen=True)
class PreviewInput:
    input: int


@dataclass(frozen=True)
class ProgramTally:
    input: int
    on: bool


@dataclass(frozen=True)
class PreviewTally:
    input: int
    on: bool


@dataclass(frozen=True)
class TransitionBar:
    """Where the T-bar handle stands (0..1). Not transition progress: at rest it reads
    1.0 or 0.0 depending on which way the last transition moved it."""

    position: float


@dataclass(frozen=True)
class InputName:
    """``/atem/input/<n>/long-name`` (``short=False``) or ``short-name`` (``short=True``)."""

    input: int
    name: str
    short: bool = False


@dataclass(frozen=True)
class LinkLed:
    """``/atem/led/green`` or ``/atem/led/red``, read as: is the switcher link up."""

    up: bool
    colour: str = "green"


@dataclass(frozen=True)
class OtherFeedback:
    """Feedback under the prefix that this driver does not follow (audio, keyers, ...).

    It still shows the switcher is alive.
    """

    address: str


Feedback = (
    ProgramInput | PreviewInput | ProgramTally | PreviewTally | TransitionBar | LinkLed
    | InputName | OtherFeedback
)  # fmt: skip

#: Longest transition the switcher takes, in frames (9 s 29 frames at 30 fps; ATEM rates
#: are set as seconds:frames up to 9:29).
MAX_RATE_FRAMES = 299
#: Input labels are cut to this many characters (ATEM long names hold 20).
MAX_NAME_LENGTH = 64

# -- building --------------------------------------------------------------------------------


def build_message(address: str, args: tuple[Any, ...] = ()) -> bytes:
    """One OSC message datagram; ints as ``i``, floats as ``f``, strings as ``s``."""
    builder = OscMessageBuilder(address=address)
    for arg in args:
        if isinstance(arg, bool) or isinstance(arg, int):
            builder.add_arg(int(arg), OscMessageBuilder.ARG_TYPE_INT)
        elif isinstance(arg, float):
            builder.add_arg(arg, OscMessageBuilder.ARG_TYPE_FLOAT)
        elif isinstance(arg, str):
            if "\x00" in arg:
                raise ValueError(f"an OSC string cannot hold a NUL character: {arg!r}")
            builder.add_arg(arg, OscMessageBuilder.ARG_TYPE_STRING)
        else:
            raise TypeError(f"cannot send {arg!r} in an atemOSC message")
    try:
        return builder.build().dgram
    except (BuildError, struct.error, OscMessageParseError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot build {address} {args!r}: {error}") from None


def command_address_args(command: Command, prefix: str = DEFAULT_PREFIX) -> tuple[str, tuple]:
    """The address and arguments that carry ``command``."""
    match command:
        case SetProgram(input=number):
            return f"{prefix}/program", (_input_number(number),)
        case SetPreview(input=number):
            return f"{prefix}/preview", (_input_number(number),)
        case Cut():
            return f"{prefix}/transition/cut", ()
        case Auto():
            return f"{prefix}/transition/auto", ()
        case FadeToBlack():
            return f"{prefix}/transition/ftb", ()
        case SetTransitionType(style=style):
            if style not in TRANSITION_TYPES:
                raise ValueError(
                    f"unknown transition type {style!r} (expected {', '.join(TRANSITION_TYPES)})"
                )
            return f"{prefix}/transition/type", (style,)
        case SetTransitionRate(frames=frames):
            if (
                isinstance(frames, bool)
                or not isinstance(frames, int)
                or not 1 <= frames <= MAX_RATE_FRAMES
            ):
                raise ValueError(
                    f"transition rate {frames!r} frames is not within 1..{MAX_RATE_FRAMES}"
                )
            # atemOSC declares the argument a float and passes it to SetRate(frames).
            return f"{prefix}/transition/rate", (float(frames),)
        case SetDskOnAir(keyer=keyer, on=on):
            return f"{prefix}/dsk/{_positive(keyer, 'keyer')}/on-air", (1 if on else 0,)
        case RunMacro(index=index):
            return f"{prefix}/macros/{_positive(index, 'macro', low=0)}/run", ()
        case SendStatus():
            return f"{prefix}/send-status", ()
    raise TypeError(f"not an atemOSC command: {command!r}")


@functools.lru_cache(maxsize=1024)
def encode_command(command: Command, prefix: str = DEFAULT_PREFIX) -> bytes:
    """The datagram for ``command``; ``ValueError`` for an argument the switcher cannot take.

    Cached: a show sends the same few commands again and again.
    """
    return build_message(*command_address_args(command, prefix))


def encode_feedback(event: Feedback, prefix: str = DEFAULT_PREFIX) -> bytes:
    """The datagram a switcher sends for ``event`` (used by the simulator)."""
    match event:
        case ProgramInput(input=number):
            return build_message(f"{prefix}/program", (_input_number(number),))
        case PreviewInput(input=number):
            return build_message(f"{prefix}/preview", (_input_number(number),))
        case ProgramTally(input=number, on=on):
            return build_message(f"{prefix}/program/{_input_number(number)}", (1.0 if on else 0.0,))
        case PreviewTally(input=number, on=on):
            return build_message(f"{prefix}/preview/{_input_number(number)}", (1.0 if on else 0.0,))
        case TransitionBar(position=position):
            return build_message(f"{prefix}/transition/bar", (float(position),))
        case LinkLed(up=up, colour=colour):
            lit = up if colour == "green" else not up
            return build_message(f"{prefix}/led/{colour}", (1.0 if lit else 0.0,))
        case InputName(input=number, name=name, short=short):
            which = "short-name" if short else "long-name"
            return build_message(f"{prefix}/input/{_input_number(number)}/{which}", (name,))
        case OtherFeedback(address=address):
            return build_message(address, ())
    raise TypeError(f"not atemOSC feedback: {event!r}")


def _input_number(number: int) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= INT32_MAX:
        raise ValueError(f"input {number!r} is not an input number")
    return number


def _positive(number: int, what: str, low: int = 1) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not low <= number <= 9999:
        raise ValueError(f"{what} {number!r} is not a valid {what} number")
    return number


# -- parsing ---------------------------------------------------------------------------------


#: Bundles inside bundles deeper than this are refused (atemOSC never sends bundles at all).
MAX_BUNDLE_DEPTH = 8
_BUNDLE_HEADER = b"#bundle\x00"


def parse_messages(datagram: bytes) -> list[tuple[str, tuple[Any, ...]]]:
    """Every ``(address, args)`` in an OSC datagram (a message or a bundle), in order.

    Bundles are unpacked with an explicit stack (no recursion) and refused beyond
    :data:`MAX_BUNDLE_DEPTH`. Raises :class:`ProtocolError` for anything that is not
    valid OSC, and nothing else.
    """
    if not datagram:
        raise ProtocolError("empty datagram")
    messages: list[tuple[str, tuple[Any, ...]]] = []
    # (bundle bytes, index of its next element, depth); a message is parsed at once.
    stack: list[tuple[bytes, int, int]] = []
    element: bytes | None = datagram
    depth = 0
    while True:
        if element is not None:
            if element.startswith(_BUNDLE_HEADER):
                if depth >= MAX_BUNDLE_DEPTH:
                    raise ProtocolError(f"OSC bundles nested deeper than {MAX_BUNDLE_DEPTH}")
                if len(element) < 16:
                    raise ProtocolError("OSC bundle shorter than its header")
                stack.append((element, 16, depth + 1))
            elif element.startswith(b"/"):
                messages.append(_parse_message(element))
            else:
                raise ProtocolError("OSC packet is neither a message nor a bundle")
        if not stack:
            return messages
        bundle, index, depth = stack.pop()
        if index >= len(bundle):
            element = None  # this bundle is done: go on with its parent
            continue
        if index + 4 > len(bundle):
            raise ProtocolError("OSC bundle element size cut short")
        size = struct.unpack_from(">i", bundle, index)[0]
        element = bundle[index + 4 : index + 4 + size]
        if size <= 0 or size % 4 or len(element) != size:
            raise ProtocolError(f"OSC bundle element of bad size {size}")
        stack.append((bundle, index + 4 + size, depth))


def _parse_message(datagram: bytes) -> tuple[str, tuple[Any, ...]]:
    """One OSC message; python-osc parses it (arrays without recursion), we vet it first."""
    if len(datagram) % 4:
        # OSC pads everything to 4 bytes; python-osc would quietly pad a cut-off float.
        raise ProtocolError(f"truncated OSC message ({len(datagram)} bytes, not a multiple of 4)")
    _check_type_tags(datagram)
    try:
        message = OscMessage(datagram)
        return message.address, tuple(message.params)
    except (OscMessageParseError, UnicodeDecodeError) as error:
        raise ProtocolError(f"malformed OSC message ({type(error).__name__}: {error})") from None
    except Exception as error:  # noqa: BLE001 - bytes from the network: never a crash
        # python-osc may raise others (struct.error, IndexError, OverflowError, ...) on
        # bytes it does not expect; from a datagram they all mean "not valid OSC".
        raise ProtocolError(f"malformed OSC message ({type(error).__name__}: {error})") from None


#: Type tags python-osc parses; for others it logs a warning on the root logger (not
#: rate-limited) and drops the argument, so we refuse them first.
_KNOWN_TYPE_TAGS = frozenset(b"ifsbhdTFNrmt[]")


def _check_type_tags(datagram: bytes) -> None:
    """Refuse a message whose type tag string holds a tag python-osc does not know."""
    address_end = datagram.find(b"\x00")
    if address_end < 0:
        return  # python-osc reports the unterminated address
    tags_start = address_end + 4 - address_end % 4
    if tags_start >= len(datagram) or datagram[tags_start] != ord(","):
        return
    tags_end = datagram.find(b"\x00", tags_start)
    tags = datagram[tags_start + 1 : tags_end if tags_end >= 0 else len(datagram)]
    unknown = set(tags) - _KNOWN_TYPE_TAGS
    if unknown:
        shown = bytes(sorted(unknown)).decode("latin-1")
        raise ProtocolError(f"OSC type tags {shown!r} are not supported")


def _relative(address: str, prefix: str) -> str | None:
    """The address below ``prefix`` (``"program/3"``), or None if not under it."""
    if not address.startswith(prefix + "/"):
        return None
    return address[len(prefix) + 1 :]


def _one_number(address: str, args: tuple[Any, ...]) -> float:
    if len(args) != 1:
        raise ProtocolError(f"{address}: expected one number, got {len(args)} arguments")
    value = args[0]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ProtocolError(f"{address}: expected a number, got {value!r}")
    return float(value)


def _one_int(address: str, args: tuple[Any, ...]) -> int:
    value = _one_number(address, args)
    if value != int(value) or not 0 <= value <= INT32_MAX:
        raise ProtocolError(f"{address}: expected an input number, got {args[0]!r}")
    return int(value)


def _number_in_address(address: str, text: str) -> int:
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        raise ProtocolError(f"{address}: {text!r} is not a number")
    return int(text)


def decode_feedback(datagram: bytes, prefix: str = DEFAULT_PREFIX) -> list[Feedback]:
    """The feedback events in one datagram from the switcher.

    Addresses outside ``prefix`` are skipped; feedback this driver does not follow
    (audio, keyers, ...) comes back as :class:`OtherFeedback`. Malformed datagrams,
    or known addresses with wrong arguments, raise :class:`ProtocolError`.
    """
    events: list[Feedback] = []
    for address, args in parse_messages(datagram):
        relative = _relative(address, prefix)
        if relative is None:
            continue
        parts = relative.split("/")
        head = parts[0]
        if head in ("program", "preview") and len(parts) == 1:
            number = _one_int(address, args)
            events.append(ProgramInput(number) if head == "program" else PreviewInput(number))
        elif head in ("program", "preview") and len(parts) == 2:
            number = _number_in_address(address, parts[1])
            on = _one_number(address, args) >= 0.5
            events.append(
                ProgramTally(number, on) if head == "program" else PreviewTally(number, on)
            )
        elif parts == ["transition", "bar"]:
            position = _one_number(address, args)
            events.append(TransitionBar(min(1.0, max(0.0, position))))
        elif head == "input" and len(parts) == 3 and parts[2] in ("short-name", "long-name"):
            number = _number_in_address(address, parts[1])
            if len(args) != 1 or not isinstance(args[0], str):
                raise ProtocolError(f"{address}: expected one string, got {args!r}")
            name = "".join(c for c in args[0] if c.isprintable())[:MAX_NAME_LENGTH]
            events.append(InputName(number, name, short=parts[2] == "short-name"))
        elif head == "led" and len(parts) == 2 and parts[1] in ("green", "red"):
            lit = _one_number(address, args) >= 0.5 if args else True
            up = lit if parts[1] == "green" else not lit
            events.append(LinkLed(up=up, colour=parts[1]))
        else:
            events.append(OtherFeedback(address))
    return events


def decode_commands(datagram: bytes, prefix: str = DEFAULT_PREFIX) -> list[Command]:
    """The commands in one datagram sent to the switcher (what the simulator hears).

    Address-form presses with a float 0.0 (a button release) are skipped, as the
    switcher does; unknown addresses under the prefix raise :class:`ProtocolError`.
    """
    commands: list[Command] = []
    for address, args in parse_messages(datagram):
        relative = _relative(address, prefix)
        if relative is None:
            continue
        command = _decode_command(address, relative.split("/"), args)
        if command is not None:
            commands.append(command)
    return commands


def _decode_command(address: str, parts: list[str], args: tuple[Any, ...]) -> Command | None:
    head = parts[0]
    if head in ("program", "preview"):
        if len(parts) == 1:
            number = _one_int(address, args)
        elif len(parts) == 2:
            number = _number_in_address(address, parts[1])
            if args and _one_number(address, args) < 0.5:
                return None  # a button release
        else:
            raise ProtocolError(f"{address}: unknown address")
        return SetProgram(number) if head == "program" else SetPreview(number)
    if head == "transition" and len(parts) == 2:
        action = parts[1]
        if action in ("cut", "auto", "ftb"):
            if args and _one_number(address, args) < 0.5:
                return None
            if action == "cut":
                return Cut()
            return Auto() if action == "auto" else FadeToBlack()
        if action == "type":
            if len(args) != 1 or args[0] not in TRANSITION_TYPES:
                raise ProtocolError(f"{address}: expected one of {TRANSITION_TYPES}, got {args!r}")
            return SetTransitionType(args[0])
        if action == "rate":
            frames = _one_number(address, args)
            if frames != int(frames) or not 1 <= frames <= MAX_RATE_FRAMES:
                raise ProtocolError(f"{address}: rate {frames} frames out of range")
            return SetTransitionRate(int(frames))
    if head == "dsk" and len(parts) == 3 and parts[2] == "on-air":
        keyer = _number_in_address(address, parts[1])
        return SetDskOnAir(keyer, _one_number(address, args) >= 0.5)
    if head == "macros" and len(parts) == 3 and parts[2] == "run":
        return RunMacro(_number_in_address(address, parts[1]))
    if parts == ["send-status"]:
        return SendStatus()
    raise ProtocolError(f"{address}: unknown address")
