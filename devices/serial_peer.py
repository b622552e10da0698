"""Base for serial device simulators: a real peer on a pseudo-terminal or a TCP socket.

A simulator subclasses :class:`SerialPeer`, sets ``command_terminator`` and
overrides :meth:`SerialPeer.handle_frame` (or :meth:`SerialPeer.handle_bytes` for
its own framing), answering with :meth:`SerialPeer.send`. The driver opens the
URL that ``start_pty()`` / ``start_tcp()`` return, exactly as it opens a real port.

API (stable; the projector and microphone simulators build on it)::

    peer.start_pty() -> "/dev/pts/N"        # both ends raw; the peer keeps the slave fd open
    peer.start_tcp("127.0.0.1", 0) -> "socket://127.0.0.1:PORT"   # one client at a time
    peer.stop()                             # joins its threads (bounded), closes everything
    peer.url                                # what start_* returned (None before)
    peer.received / peer.received_frames()  # every complete command frame, in order
    peer.lock                               # RLock held around handle_* and on_tick: take it
                                            # in subclass methods that touch simulated state

    # subclass hooks, all called on the serving thread with ``peer.lock`` held
    handle_bytes(data)   # default: frame on command_terminator, record, handle_frame(frame)
    handle_frame(frame)  # one complete command (terminator included)
    on_tick()            # every ``tick_interval`` seconds if that is not None
    on_connect()         # a TCP client connected (reset per-connection state)

Faults (callable from any thread):

- ``drop_link()`` / ``restore_link()``: the link is cut: nothing is read or answered.
  On TCP the client socket is closed too and new connections are accepted and
  closed at once until ``restore_link()``, so the driver sees a real disconnect.
  On a pty the path cannot survive a close (a new pty gets a new number), so a
  dropped pty keeps its fds open and simply goes deaf and mute — what a pulled
  RS-232 cable looks like to the host.
- ``set_silent(True)``: commands are still received and acted on, but no reply leaves.
- ``set_garbage(True)``: every reply is replaced by junk of the same length, starting
  with a non-ASCII byte and ending with the reply's last byte (so it frames, and fails to parse).
- ``set_reply_delay(seconds)``: each reply leaves that long after it was produced.
- ``set_partial_frames(True, gap_s=0.005)``: replies leave in pieces of 1–3 bytes with gaps.
- ``set_pacing(baudrate)`` (or the ``baudrate`` constructor argument): bytes take
  10 bits of wire time each, both ways (8N1), so timings are true to a real line. ``None`` = off.
"""

from __future__ import annotations

import logging
import os
import queue
import random
import select
import socket
import threading
import time
import tty

from devices.serial_transport import Framer

log = logging.getLogger("devices.sim")

BITS_PER_BYTE = 10  # 8N1: start bit, 8 data bits, stop bit


class SerialPeer:
    """A simulated serial device: serving thread, writer thread with faults and pacing."""

    #: Terminator of the commands this device receives (used by the default ``handle_bytes``).
    command_terminator: bytes = b"\r"
    #: Seconds between ``on_tick`` calls; ``None`` for no ticks.
    tick_interval: float | None = None

    def __init__(self, baudrate: float | None = None, name: str = "peer") -> None:
        self.name = name
        self.lock = threading.RLock()
        self.received: list[bytes] = []
        self.url: str | None = None
        self._framer = Framer(self.command_terminator)
        self._byte_time = BITS_PER_BYTE / baudrate if baudrate else 0.0
        self._stop = threading.Event()
        self._dropped = False
        self._silent = False
        self._garbage = False
        self._reply_delay = 0.0
        self._partial = False
        self._partial_gap = 0.005
        self._random = random.Random(0x5E21A1)
        self._outbox: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._master_fd: int | None = None
        self._slave_fd: int | None = None
        self._listener: socket.socket | None = None
        self._client: socket.socket | None = None
        self._client_lock = threading.Lock()
        self._rx_free_at = 0.0

    # ----------------------------------------------------------------- lifecycle

    def start_pty(self) -> str:
        """Serve on a new pseudo-terminal; return the slave path the driver opens."""
        self._check_not_started()
        master, slave = os.openpty()
        tty.setraw(master)
        tty.setraw(slave)
        os.set_blocking(master, False)
        self._master_fd, self._slave_fd = master, slave
        self.url = os.ttyname(slave)
        self._start_threads(self._serve_pty)
        return self.url

    def start_tcp(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve one TCP client at a time; return ``socket://HOST:PORT`` for pyserial."""
        self._check_not_started()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((host, port))
        listener.listen(4)
        self._listener = listener
        bound_host, bound_port = listener.getsockname()[:2]
        self.url = f"socket://{bound_host}:{bound_port}"
        self._start_threads(self._serve_tcp)
        return self.url

    def stop(self) -> None:
        """Stop serving, join the threads (bounded), close fds and sockets; idempotent."""
        self._stop.set()
        self._outbox.put(None)
        for thread in self._threads:
            thread.join(timeout=2.0)
        self._threads.clear()
        self._close_client()
        for sock in (self._listener,):
            if sock is not None:
                sock.close()
        self._listener = None
        for fd in (self._master_fd, self._slave_fd):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._master_fd = self._slave_fd = None

    def __enter__(self) -> SerialPeer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -------------------------------------------------------------------- faults

    @property
    def link_up(self) -> bool:
        return not self._dropped

    def drop_link(self) -> None:
        self._dropped = True
        self._close_client()

    def restore_link(self) -> None:
        self._dropped = False

    def set_silent(self, silent: bool) -> None:
        self._silent = silent

    def set_garbage(self, garbage: bool) -> None:
        self._garbage = garbage

    def set_reply_delay(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a reply delay cannot be negative")
        self._reply_delay = seconds

    def set_partial_frames(self, partial: bool, gap_s: float = 0.005) -> None:
        self._partial = partial
        self._partial_gap = gap_s

    def set_pacing(self, baudrate: float | None) -> None:
        self._byte_time = BITS_PER_BYTE / baudrate if baudrate else 0.0

    # ----------------------------------------------------------- subclass side

    def received_frames(self) -> list[bytes]:
        """A copy of every complete command frame received so far, in order."""
        with self.lock:
            return list(self.received)

    def handle_bytes(self, data: bytes) -> None:
        """Called with raw bytes from the driver; default frames them for ``handle_frame``."""
        for frame in self._framer.feed(data):
            self.received.append(frame)
            self.handle_frame(frame)

    def handle_frame(self, frame: bytes) -> None:
        """Called with each complete command frame (terminator included)."""

    def on_tick(self) -> None:
        """Called every ``tick_interval`` seconds on the serving thread."""

    def on_connect(self) -> None:
        """Called (lock held) when a TCP client connects, before any of its bytes."""

    def send(self, data: bytes) -> None:
        """Queue a reply to the driver, subject to the faults in force."""
        if not data or self._dropped or self._silent:
            return
        if self._garbage:
            data = self._garble(data)
        self._outbox.put((time.monotonic() + self._reply_delay, data))

    # ---------------------------------------------------------------- internals

    def _check_not_started(self) -> None:
        if self._threads:
            raise RuntimeError(f"{self.name} is already serving at {self.url}")

    def _start_threads(self, serve: object) -> None:
        assert callable(serve)
        self._threads = [
            threading.Thread(target=serve, name=f"{self.name}-serve", daemon=True),
            threading.Thread(target=self._write_loop, name=f"{self.name}-write", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _garble(self, data: bytes) -> bytes:
        middle = bytes(self._random.randrange(256) for _ in range(max(len(data) - 1, 1)))
        return b"\xff" + middle[1:] + data[-1:]

    def _select_timeout(self) -> float:
        return self.tick_interval if self.tick_interval is not None else 0.1

    def _deliver(self, data: bytes) -> None:
        """Account for inbound wire time under pacing, then hand the bytes to the subclass."""
        if self._byte_time:
            start = max(time.monotonic(), self._rx_free_at)
            self._rx_free_at = start + len(data) * self._byte_time
            _sleep_until(self._rx_free_at)
        with self.lock:
            self.handle_bytes(data)

    def _maybe_tick(self, next_tick: float) -> float:
        if self.tick_interval is None:
            return next_tick
        now = time.monotonic()
        if now >= next_tick:
            with self.lock:
                self.on_tick()
            return now + self.tick_interval
        return next_tick

    def _serve_pty(self) -> None:
        master = self._master_fd
        assert master is not None
        next_tick = time.monotonic()
        while not self._stop.is_set():
            ready, _, _ = select.select([master], [], [], self._select_timeout())
            if ready:
                try:
                    data = os.read(master, 4096)
                except (BlockingIOError, InterruptedError):
                    data = b""
                except OSError:
                    # EIO: nothing at the other end right now; never fatal for us
                    self._stop.wait(0.05)
                    data = b""
                if data and not self._dropped:
                    self._deliver(data)
            next_tick = self._maybe_tick(next_tick)

    def _serve_tcp(self) -> None:
        listener = self._listener
        assert listener is not None
        next_tick = time.monotonic()
        while not self._stop.is_set():
            client = self._client
            watched: list[socket.socket] = [listener] + ([client] if client is not None else [])
            try:
                ready, _, _ = select.select(watched, [], [], self._select_timeout())
            except (OSError, ValueError):
                ready = []  # the client was closed under us by drop_link()
            if listener in ready:
                incoming, _ = listener.accept()
                incoming.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                if self._dropped:
                    incoming.close()
                else:
                    self._close_client()
                    with self._client_lock:
                        self._client = incoming
                    with self.lock:
                        self._framer.clear()
                        self.on_connect()
            if client is not None and client in ready:
                try:
                    data = client.recv(4096)
                except OSError:
                    data = b""
                if not data:
                    self._close_client(client)
                elif not self._dropped:
                    self._deliver(data)
            next_tick = self._maybe_tick(next_tick)

    def _close_client(self, only: socket.socket | None = None) -> None:
        with self._client_lock:
            client = self._client
            if client is None or (only is not None and client is not only):
                return
            self._client = None
        try:
            client.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        client.close()

    def _write_loop(self) -> None:
        tx_free_at = 0.0
        while True:
            item = self._outbox.get()
            if item is None or self._stop.is_set():
                return
            not_before, data = item
            _sleep_until(not_before)
            pieces = self._split(data) if self._partial else [data]
            for number, piece in enumerate(pieces):
                if number and self._partial_gap:
                    time.sleep(self._partial_gap)
                if self._byte_time:
                    for byte in piece:
                        tx_free_at = max(time.monotonic(), tx_free_at) + self._byte_time
                        _sleep_until(tx_free_at)
                        self._write_raw(bytes((byte,)))
                else:
                    self._write_raw(piece)

    def _split(self, data: bytes) -> list[bytes]:
        pieces = []
        index = 0
        while index < len(data):
            size = self._random.randint(1, 3)
            pieces.append(data[index : index + size])
            index += size
        return pieces

    def _write_raw(self, data: bytes) -> None:
        if self._dropped:
            return
        if self._master_fd is not None:
            try:
                os.write(self._master_fd, data)
            except OSError:
                pass  # nobody reading and the pty buffer is full: the bytes are lost, as on a wire
            return
        with self._client_lock:
            client = self._client
            if client is None:
                return
            try:
                client.sendall(data)
            except OSError:
                pass


def _sleep_until(deadline: float) -> None:
    delay = deadline - time.monotonic()
    if delay > 0:
        time.sleep(delay)
