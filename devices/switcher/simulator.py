"""A simulated video switcher: a real UDP peer speaking atemOSC, with fault injection.

It listens on ``127.0.0.1:<free port>`` and, like atemOSC, sends its feedback to a
configured host and port (not back to the sender), always from its own fixed port
(the one it listens on): program and preview inputs, per-input tally after every
change, the T-bar handle during an auto transition (a handle position that rests at
one end and flips direction after each transition, not progress), and the link
LEDs. On ``/atem/send-status`` it sends its whole state as atemOSC does: the LEDs,
every input's short and long name and tallies, preview shortly before program, the
bar, and ``macro_count`` macros x 3 messages (is-valid, name, description), so a
status request costs what it costs on the real bridge. ``/atem/transition/rate``
is in frames, turned into time with ``frame_rate``. Fade to black is applied but,
as on the real box, never reported.

Faults: :meth:`drop_link` (LED red, then silence), :meth:`restore_link`,
:meth:`set_silent`, :meth:`set_garbage` (malformed datagrams instead of feedback),
:meth:`set_reply_delay`, :meth:`set_partial_frames` (truncated datagrams).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

from devices.base import ProtocolError
from devices.switcher import atemosc
from devices.switcher.atemosc import (
    Auto,
    Command,
    Cut,
    FadeToBlack,
    Feedback,
    InputName,
    LinkLed,
    PreviewInput,
    PreviewTally,
    ProgramInput,
    ProgramTally,
    RunMacro,
    SendStatus,
    SetDskOnAir,
    SetPreview,
    SetProgram,
    SetTransitionRate,
    SetTransitionType,
    TransitionBar,
)
from devices.udp_transport import UdpEndpoint

log = logging.getLogger("devices.switcher.simulator")

#: Malformed datagrams sent in garbage mode, in turn: not OSC, a truncated int,
#: a bad type tag, bytes that are not UTF-8.
GARBAGE_TEMPLATES = (
    b"\xff\xfeNOT OSC\r\n",
    b"{prefix}/program\x00\x00\x00,i\x00\x00\x00\x01",
    b"{prefix}/preview\x00\x00\x00i\x00\x00\x00\x00\x00\x00\x02",
    b"{prefix}/\xc3\x28bar\x00\x00\x00,f\x00\x00?\x00\x00\x00",
)


class SwitcherSimulator:
    """An atemOSC switcher on UDP; thread-safe; :meth:`start` returns its ``osc.udp://`` URL."""

    def __init__(
        self,
        feedback_host: str = "127.0.0.1",
        feedback_port: int = 3334,
        prefix: str = atemosc.DEFAULT_PREFIX,
        input_count: int = 6,
        listen_host: str = "127.0.0.1",
        listen_port: int = 0,
        status_gap_s: float = 0.002,
        transition_step_s: float = 0.02,
        frame_rate: float = 25.0,
        macro_count: int = 100,
        input_names: dict[int, tuple[str, str]] | None = None,
    ) -> None:
        self.feedback_address = (feedback_host, feedback_port)
        self.prefix = prefix
        self.input_count = input_count
        self._listen = (listen_host, listen_port)
        self._status_gap_s = status_gap_s
        self._transition_step_s = transition_step_s
        self.frame_rate = frame_rate
        self.macro_count = macro_count
        #: Input number -> (short name, long name), as the switcher labels its inputs.
        self.input_names: dict[int, tuple[str, str]] = {
            n: (f"CAM{n}", f"Camera {n}") for n in range(1, input_count + 1)
        }
        self.input_names.update(input_names or {})

        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)
        self._received_changed = threading.Condition(self._lock)
        self._schedule_heap: list[tuple[float, int, Callable[[], None]]] = []
        self._sequence = itertools.count()
        self._received: list[tuple[str, tuple]] = []
        self._endpoint: UdpEndpoint | None = None
        self._threads: list[threading.Thread] = []
        self._running = False

        # The switcher's state.
        self.program = 1
        self.preview = 2 if input_count >= 2 else 1
        self.ftb = False
        self.transition_type = "mix"
        self.transition_frames = 25
        self.in_transition = False
        #: Where the T-bar handle rests: 1.0 at first, the other end after each transition.
        self.bar_rest = 1.0
        #: Every datagram sent, counted (benchmarks: what the driver's requests cost).
        self.datagrams_sent = 0
        self.dsk_on_air: dict[int, bool] = {}
        self.macros_run: list[int] = []
        self.protocol_errors = 0
        #: Called on the receive thread with each raw datagram as it arrives (benchmarks).
        self.on_datagram_received: Callable[[bytes], None] | None = None

        # Faults.
        self._dropped = False
        self._silent = False
        self._garbage = False
        self._partial = False
        self._reply_delay = 0.0
        self._garbage_turn = itertools.count()

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> str:
        """Bind, start the threads, announce the link up; the URL the driver opens."""
        self._endpoint = UdpEndpoint(*self._listen)
        self._running = True
        for name, target in (("receive", self._receive_loop), ("send", self._schedule_loop)):
            thread = threading.Thread(target=target, name=f"switcher-sim-{name}", daemon=True)
            thread.start()
            self._threads.append(thread)
        self._emit_link()
        return self.url

    @property
    def url(self) -> str:
        if self._endpoint is None:
            raise RuntimeError("simulator not started")
        return f"osc.udp://{self._listen[0]}:{self._endpoint.port}"

    @property
    def port(self) -> int:
        if self._endpoint is None:
            raise RuntimeError("simulator not started")
        return self._endpoint.port

    def stop(self) -> None:
        """Stop both threads and close the socket (idempotent)."""
        with self._lock:
            if not self._running:
                return
            self._running = False
            self._wakeup.notify_all()
        if self._endpoint is not None:
            self._endpoint.wake()
        for thread in self._threads:
            thread.join(timeout=2.0)
        self._threads.clear()
        if self._endpoint is not None:
            self._endpoint.close()

    def received_messages(self) -> list[tuple[str, tuple]]:
        """Every ``(address, args)`` received so far, in order (a copy)."""
        with self._lock:
            return list(self._received)

    # -- faults --------------------------------------------------------------------------

    def drop_link(self) -> None:
        """The switcher link goes down: LED red, then no feedback and commands ignored."""
        self._emit_link(up=False)
        with self._lock:
            self._dropped = True

    def restore_link(self) -> None:
        """The link comes back: LED green and the full state."""
        with self._lock:
            self._dropped = False
        self._emit_link()
        self._schedule(0.0, self._send_status)

    def set_silent(self, silent: bool) -> None:
        """Silent: nothing goes out and commands are not taken (as if unplugged)."""
        with self._lock:
            self._silent = silent

    def set_garbage(self, garbage: bool) -> None:
        """Answer with malformed datagrams instead of feedback."""
        with self._lock:
            self._garbage = garbage

    def set_reply_delay(self, seconds: float) -> None:
        """Delay every datagram sent by ``seconds``."""
        with self._lock:
            self._reply_delay = max(0.0, seconds)

    def set_partial_frames(self, partial: bool) -> None:
        """Send every feedback datagram truncated (its last argument cut short)."""
        with self._lock:
            self._partial = partial

    # -- the front panel (state changes not caused by our driver) ------------------------

    def press_program(self, number: int) -> None:
        """An operator at the panel puts ``number`` on program."""
        self._schedule(0.0, lambda: self._apply(SetProgram(number), from_panel=True))

    def press_preview(self, number: int) -> None:
        """An operator at the panel puts ``number`` on preview."""
        self._schedule(0.0, lambda: self._apply(SetPreview(number), from_panel=True))

    # -- receiving -----------------------------------------------------------------------

    def _receive_loop(self) -> None:
        endpoint = self._endpoint
        assert endpoint is not None
        while self._running:
            for datagram, _sender in endpoint.receive(timeout=0.5):
                self._on_datagram(datagram)

    def _on_datagram(self, datagram: bytes) -> None:
        hook = self.on_datagram_received
        if hook is not None:
            hook(datagram)
        try:
            messages = atemosc.parse_messages(datagram)
            commands = atemosc.decode_commands(datagram, self.prefix)
        except ProtocolError as error:
            with self._lock:
                self.protocol_errors += 1
            log.debug("switcher simulator: %s", error)
            return
        with self._lock:
            ignoring = self._dropped or self._silent
        if not ignoring:
            for command in commands:
                self._apply(command)
        with self._lock:
            self._received.extend(messages)
            self._received_changed.notify_all()

    def wait_received(self, address: str, count: int = 1, timeout: float = 5.0) -> bool:
        """Wait until ``count`` messages to ``address`` have been received (and applied)."""

        def enough() -> bool:
            return sum(1 for a, _args in self._received if a == address) >= count

        with self._lock:
            return self._received_changed.wait_for(enough, timeout)

    def _valid_input(self, number: int) -> bool:
        return 1 <= number <= self.input_count or number in atemosc.SPECIAL_INPUTS

    def _apply(self, command: Command, from_panel: bool = False) -> None:
        """Change the state as the switcher would and send the feedback."""
        feedback: list[Feedback] = []
        with self._lock:
            if (self._dropped or self._silent) and not from_panel:
                return
            match command:
                case SetProgram(input=number) if self._valid_input(number):
                    if number != self.program:
                        feedback += self._program_change(number)
                case SetPreview(input=number) if self._valid_input(number):
                    if number != self.preview:
                        feedback += self._preview_change(number)
                case Cut() if not self.in_transition:
                    old_program, old_preview = self.program, self.preview
                    feedback += self._preview_change(old_program)
                    feedback += self._program_change(old_preview)
                case Auto() if not self.in_transition:
                    self._start_auto()
                case FadeToBlack():
                    self.ftb = not self.ftb
                case SetTransitionType(style=style):
                    self.transition_type = style
                case SetTransitionRate(frames=frames):
                    self.transition_frames = frames
                case SetDskOnAir(keyer=keyer, on=on):
                    self.dsk_on_air[keyer] = on
                case RunMacro(index=index):
                    self.macros_run.append(index)
                case SendStatus():
                    pass
        if isinstance(command, SendStatus):
            self._send_status()
        for event in feedback:
            self._emit(event)

    def _program_change(self, number: int) -> list[Feedback]:
        old = self.program
        self.program = number
        return [ProgramTally(old, False), ProgramTally(number, True), ProgramInput(number)]

    def _preview_change(self, number: int) -> list[Feedback]:
        old = self.preview
        self.preview = number
        return [PreviewTally(old, False), PreviewTally(number, True), PreviewInput(number)]

    @property
    def transition_rate(self) -> float:
        """The transition duration in seconds (``transition_frames`` at ``frame_rate``)."""
        return self.transition_frames / self.frame_rate

    def _start_auto(self) -> None:
        """Run the transition: the handle moves in steps to its other end, then program
        and preview swap and the handle rests there (its direction flips)."""
        self.in_transition = True
        seconds = self.transition_rate
        steps = max(1, round(seconds / self._transition_step_s))
        step_s = seconds / steps
        start = self.bar_rest
        for step in range(1, steps):
            progress = step / steps
            self._schedule_locked(step * step_s, self._bar_step(abs(start - progress)))
        self._schedule_locked(seconds, self._finish_auto)

    def _bar_step(self, position: float) -> Callable[[], None]:
        return lambda: self._emit(TransitionBar(position))

    def _finish_auto(self) -> None:
        with self._lock:
            old_program, old_preview = self.program, self.preview
            feedback = self._preview_change(old_program) + self._program_change(old_preview)
            self.in_transition = False
            self.bar_rest = 1.0 - self.bar_rest
            rest = self.bar_rest
        for event in [*feedback, TransitionBar(rest)]:
            self._emit(event)

    def _send_status(self) -> None:
        """Everything, as atemOSC answers ``send-status``: LEDs, input names, the bar, the
        macros (3 messages each), preview shortly before program."""
        with self._lock:
            preview, up, rest = self.preview, not self._dropped, self.bar_rest
            names = dict(self.input_names)
        self._emit(LinkLed(up=up, colour="green"))
        self._emit(LinkLed(up=up, colour="red"))
        for number in range(1, self.input_count + 1):
            short, long = names.get(number, ("", ""))
            self._emit(InputName(number, short, short=True))
            self._emit(InputName(number, long, short=False))
        self._emit(TransitionBar(rest))
        for index in range(self.macro_count):
            self._emit_raw(f"{self.prefix}/macros/{index}/is-valid", (1 if index < 3 else 0,))
            self._emit_raw(f"{self.prefix}/macros/{index}/name", (f"Macro {index + 1}",))
            self._emit_raw(f"{self.prefix}/macros/{index}/description", ("",))
        for number in range(1, self.input_count + 1):
            self._emit(PreviewTally(number, number == preview))
        self._emit(PreviewInput(preview))

        def send_program_part() -> None:
            with self._lock:
                program = self.program  # as it is now, not when the status was asked for
            for number in range(1, self.input_count + 1):
                self._emit(ProgramTally(number, number == program))
            self._emit(ProgramInput(program))

        self._schedule(self._status_gap_s, send_program_part)

    # -- sending -------------------------------------------------------------------------

    def _emit_link(self, up: bool = True) -> None:
        self._emit(LinkLed(up=up, colour="green"), force=True)
        self._emit(LinkLed(up=up, colour="red"), force=True)

    def send_datagram(self, datagram: bytes) -> None:
        """Send any bytes as feedback, from the switcher's own port (tests: what a bridge
        might send that this simulator would not, and malformed datagrams)."""
        self._schedule(0.0, lambda: self._send_now(datagram))

    def rename_input(self, number: int, short: str, long: str) -> None:
        """Relabel an input at the panel: the switcher announces both names."""
        with self._lock:
            self.input_names[number] = (short, long)
        self._emit(InputName(number, short, short=True))
        self._emit(InputName(number, long, short=False))

    def _emit(self, event: Feedback, force: bool = False) -> None:
        """Queue one feedback datagram, through the faults in force."""
        self._emit_datagram(atemosc.encode_feedback(event, self.prefix), force)

    def _emit_raw(self, address: str, args: tuple) -> None:
        """Queue feedback this codec does not model (macros), through the faults in force."""
        self._emit_datagram(atemosc.build_message(address, args), force=False)

    def _emit_datagram(self, datagram: bytes, force: bool) -> None:
        with self._lock:
            if not force and (self._dropped or self._silent):
                return
            if self._silent:
                return
            if self._garbage:
                template = GARBAGE_TEMPLATES[next(self._garbage_turn) % len(GARBAGE_TEMPLATES)]
                datagram = template.replace(b"{prefix}", self.prefix.encode())
            elif self._partial:
                datagram = datagram[: max(1, len(datagram) - 3)]
            delay = self._reply_delay
            self._schedule_locked(delay, lambda: self._send_now(datagram))

    def _send_now(self, datagram: bytes) -> None:
        endpoint = self._endpoint
        if endpoint is None or endpoint.closed:
            return
        try:
            endpoint.send_to(datagram, self.feedback_address)
            self.datagrams_sent += 1  # only the schedule thread sends
        except OSError as error:
            log.debug("switcher simulator cannot send feedback: %s", error)

    # -- the timed queue (one thread runs every action in order) -------------------------

    def _schedule(self, delay: float, action: Callable[[], None]) -> None:
        with self._lock:
            self._schedule_locked(delay, action)

    def _schedule_locked(self, delay: float, action: Callable[[], None]) -> None:
        due = time.monotonic() + delay
        heapq.heappush(self._schedule_heap, (due, next(self._sequence), action))
        self._wakeup.notify()

    def _schedule_loop(self) -> None:
        while True:
            with self._lock:
                while self._running:
                    if self._schedule_heap:
                        wait = self._schedule_heap[0][0] - time.monotonic()
                        if wait <= 0:
                            break
                        self._wakeup.wait(wait)
                    else:
                        self._wakeup.wait()
                if not self._running:
                    return
                _due, _seq, action = heapq.heappop(self._schedule_heap)
            action()
