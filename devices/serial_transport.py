"""Serial transport shared by the serial drivers: a pyserial port read on its own thread.

The port is opened by URL with ``serial.serial_for_url``, so one driver reaches a
real port (``/dev/ttyUSB0``, ``COM3``), a simulator's pseudo-terminal
(``/dev/pts/N``), a TCP bridge (``socket://host:port``) or ``rfc2217://host:port``
unchanged, and a USB-serial adapter by its USB serial number or hardware id
(``usb:serial=A1B2C3``, ``usb:hwid=0403:6001``; :mod:`devices.serial_ports`), looked
up afresh at every ``open()`` so a reconnect finds an adapter that came back as
another ``COMn``. Modem lines (DTR/RTS/CTS) are never required: a pseudo-terminal
refuses them with errno 25. A port is opened for exclusive use (an ``flock`` on
POSIX): a second opener gets :class:`~devices.base.DeviceOffline` naming the lock.

API (stable; the projector and microphone drivers build on it)::

    class MyProtocol:                       # anything with these three methods
        def connection_made(self, transport: SerialTransport) -> None: ...
        def data_received(self, data: bytes) -> None: ...      # on the reader thread
        def connection_lost(self, exc: BaseException | None) -> None: ...  # once

    transport = SerialTransport(url, protocol, baudrate=9600)
    transport.open()      # blocking open; raises DeviceOffline if the port cannot be opened;
                          # runs the optional ``handshake(port)`` (ESC/VP.net), then calls
                          # connection_made and starts the reader thread
    transport.write(b"PWR?\\r")   # thread-safe; raises DeviceOffline once the port is gone
    transport.close()     # stops the reader (bounded join); connection_lost(None) if still open

``connection_lost(exc)`` is called exactly once per successful ``open()``: with the
error when the port fails (USB adapter unplugged, pty closed, TCP peer gone), or
with ``None`` after ``close()``. The driver owns reconnecting (with
``devices.base.Backoff``) and status reporting; the transport never reopens itself.

:class:`Framer` splits a byte stream into frames on a terminator, keeping a
partial frame until the rest arrives and dropping runs that grow too long.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import serial

from devices.base import DeviceOffline, ProtocolError
from devices.serial_ports import PortInfo, resolve_port

log = logging.getLogger("devices.serial")

#: How long the reader blocks in one ``read`` before checking whether it should stop,
#: on transports that cannot cancel a read (``socket://``).
READ_POLL_S = 0.2


class SerialProtocol(Protocol):
    """What a :class:`SerialTransport` delivers to (pyserial's ``threaded.Protocol`` shape)."""

    def connection_made(self, transport: SerialTransport) -> None: ...

    def data_received(self, data: bytes) -> None: ...

    def connection_lost(self, exc: BaseException | None) -> None: ...


class SerialTransport:
    """One open serial connection with a reader thread feeding a protocol object."""

    def __init__(
        self,
        url: str,
        protocol: SerialProtocol,
        baudrate: int = 9600,
        bytesize: int = serial.EIGHTBITS,
        parity: str = serial.PARITY_NONE,
        stopbits: float = serial.STOPBITS_ONE,
        write_timeout: float | None = 2.0,
        name: str = "serial",
        handshake: Callable[[Any], None] | None = None,
        list_ports: Callable[[], Iterable[PortInfo]] | None = None,
    ) -> None:
        self.url = url
        self.handshake = handshake
        #: What ``url`` resolved to at the last open (differs for a ``usb:`` spec).
        self.device = url
        self._list_ports = list_ports
        self.protocol = protocol
        self.name = name
        self._settings: dict[str, Any] = {
            "baudrate": baudrate,
            "bytesize": bytesize,
            "parity": parity,
            "stopbits": stopbits,
            "xonxoff": False,
            "rtscts": False,
            "dsrdtr": False,
            "write_timeout": write_timeout,
            # One opener per port (flock on POSIX): a second program, or a driver left
            # reconnecting to a reused pseudo-terminal number, cannot share the line.
            "exclusive": True,
        }
        self._port: serial.SerialBase | None = None
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._alive = False
        self._lost_reported = False
        self._reader: threading.Thread | None = None

    @property
    def is_open(self) -> bool:
        return self._alive

    def open(self) -> None:
        """Open the port (blocking), call ``connection_made``, start the reader thread.

        Raises :class:`DeviceOffline` naming the URL when the port cannot be opened, or
        when a ``usb:`` spec matches no port or several.
        """
        device = resolve_port(self.url, self._list_ports)
        where = self.url if device == self.url else f"{self.url} ({device})"
        try:
            port = serial.serial_for_url(device, do_not_open=True, **self._settings)
            can_cancel = hasattr(port, "cancel_read")
            port.timeout = None if can_cancel else READ_POLL_S
            port.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise DeviceOffline(f"cannot open {where}: {exc}") from exc
        if self.handshake is not None:
            try:
                self.handshake(port)
            except (serial.SerialException, OSError, ProtocolError) as exc:
                port.close()
                raise DeviceOffline(f"{self.url}: {exc}") from exc
        self.device = device
        with self._state_lock:
            self._port = port
            self._alive = True
            self._lost_reported = False
        self.protocol.connection_made(self)
        reader = threading.Thread(target=self._read_loop, name=f"{self.name}-reader", daemon=True)
        self._reader = reader
        reader.start()

    def write(self, data: bytes) -> None:
        """Write all of ``data`` (thread-safe); :class:`DeviceOffline` if the port is gone."""
        port = self._port
        if port is None or not self._alive:
            raise DeviceOffline(f"{self.url} is not open")
        try:
            with self._write_lock:
                port.write(data)
        except (serial.SerialException, OSError) as exc:
            raise DeviceOffline(f"write to {self.url} failed: {exc}") from exc

    def close(self) -> None:
        """Stop the reader thread and close the port; bounded wait; safe to call twice."""
        with self._state_lock:
            was_alive = self._alive
            self._alive = False
            port = self._port
        if port is not None and hasattr(port, "cancel_read"):
            try:
                port.cancel_read()
            except (serial.SerialException, OSError):
                pass
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=2.0)
        if port is not None:
            with self._write_lock:
                try:
                    port.close()
                except (serial.SerialException, OSError):
                    pass
        if was_alive:
            self._report_lost(None)

    def _read_loop(self) -> None:
        port = self._port
        assert port is not None
        error: BaseException | None = None
        while self._alive:
            try:
                data = port.read(port.in_waiting or 1)
            except (serial.SerialException, OSError, TypeError, AttributeError) as exc:
                # TypeError/AttributeError: pyserial's posix read after a concurrent close.
                if self._alive:
                    error = exc
                break
            if data and self._alive:
                self.protocol.data_received(data)
        with self._state_lock:
            if not self._alive and error is None:
                return  # closed by close(), which reports the loss
            self._alive = False
        try:
            with self._write_lock:
                port.close()
        except (serial.SerialException, OSError):
            pass
        self._report_lost(error)

    def _report_lost(self, exc: BaseException | None) -> None:
        with self._state_lock:
            if self._lost_reported:
                return
            self._lost_reported = True
        self.protocol.connection_lost(exc)


class Framer:
    """Split a byte stream into frames ending with ``terminator``; tolerant of partial frames.

    ``feed(data)`` returns the complete frames found so far (terminator included);
    the unfinished tail waits for the next ``feed``. A run longer than ``max_length``
    without a terminator is discarded and counted in ``overflows`` so one noisy
    line cannot grow memory without bound.
    """

    def __init__(self, terminator: bytes, max_length: int = 4096) -> None:
        if not terminator:
            raise ValueError("a framer needs a non-empty terminator")
        self.terminator = terminator
        self.max_length = max_length
        self.overflows = 0
        self._buffer = bytearray()

    @property
    def pending(self) -> bytes:
        """Bytes received since the last complete frame."""
        return bytes(self._buffer)

    def clear(self) -> None:
        self._buffer.clear()

    def feed(self, data: bytes) -> list[bytes]:
        size = len(self.terminator)
        # only the new bytes (and a terminator split across feeds) can end a frame
        start = max(0, len(self._buffer) - size + 1)
        self._buffer.extend(data)
        frames: list[bytes] = []
        while True:
            index = self._buffer.find(self.terminator, start)
            if index < 0:
                break
            end = index + size
            if end > self.max_length:
                self.overflows += 1  # too long: dropped without being copied
            else:
                frames.append(bytes(self._buffer[:end]))
            del self._buffer[:end]
            start = 0
        if len(self._buffer) > self.max_length:
            self.overflows += 1
            self._buffer.clear()
        return frames
