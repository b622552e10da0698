"""Shared serial peers and protocols for the transport tests: an echoing peer and a collector.

Importable as ``peers`` because pytest puts ``tests/devices/`` (where its ``conftest.py``
is) on ``sys.path``.
"""

from __future__ import annotations

import queue
import threading
import time

from devices.serial_peer import SerialPeer
from devices.serial_transport import Framer, SerialTransport


class EchoPeer(SerialPeer):
    """Answers every CR-terminated command with ``OK <command>``."""

    def handle_frame(self, frame: bytes) -> None:
        self.send(b"OK " + frame)


class Collector:
    """A protocol that frames on CR and keeps everything it sees, with arrival times.

    ``frames`` holds the frames, ``timed_frames`` the same as ``(monotonic time, frame)``;
    ``chunks`` / ``chunk_times`` the raw reads; ``made`` and ``lost`` the connection's life.
    """

    def __init__(self) -> None:
        self.framer = Framer(b"\r")
        self.frames: queue.Queue[bytes] = queue.Queue()
        self.timed_frames: queue.Queue[tuple[float, bytes]] = queue.Queue()
        self.chunks: list[bytes] = []
        self.chunk_times: list[float] = []
        self.made = threading.Event()
        self.lost: queue.Queue[BaseException | None] = queue.Queue()

    def connection_made(self, transport: SerialTransport) -> None:
        self.made.set()

    def data_received(self, data: bytes) -> None:
        now = time.monotonic()
        self.chunks.append(data)
        self.chunk_times.append(now)
        for frame in self.framer.feed(data):
            self.frames.put(frame)
            self.timed_frames.put((now, frame))

    def connection_lost(self, exc: BaseException | None) -> None:
        self.lost.put(exc)
