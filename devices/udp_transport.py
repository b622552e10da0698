"""A UDP socket for drivers and simulators: send from any thread, receive in order on one.

The owner's I/O thread calls :meth:`UdpEndpoint.receive` with a timeout; it yields
every datagram waiting, in arrival order (no thread per datagram, so ordering is
kept — unlike python-osc's threading server). :meth:`wake` makes a waiting
:meth:`receive` return at once, so the thread can stop without polling.
"""

from __future__ import annotations

import ipaddress
import select
import socket
from collections.abc import Iterator

#: Larger than any OSC datagram we accept; the kernel truncates longer ones.
MAX_DATAGRAM = 65535


def is_ip_literal(host: str) -> bool:
    """True for ``127.0.0.1`` or ``::1``; false for names that need a DNS lookup."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def resolve_udp(host: str, port: int) -> tuple[str, int]:
    """``(address, port)`` for sending to ``host:port``; may block on DNS for names."""
    for family, _type, _proto, _name, address in socket.getaddrinfo(
        host, port, type=socket.SOCK_DGRAM
    ):
        if family == socket.AF_INET:
            return str(address[0]), int(address[1])
    raise OSError(f"{host} has no IPv4 address")


def local_address_for(host: str, port: int) -> str:
    """The local IPv4 address the system would send from to reach ``host:port``.

    A UDP ``connect`` only looks up the route: nothing is sent. ``127.0.0.1`` for a
    peer on this machine, the LAN interface's address for a switcher on the LAN.
    Raises ``OSError`` when there is no route.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect((host, port))
        address: str = probe.getsockname()[0]
        return address


def free_udp_port(host: str = "127.0.0.1") -> int:
    """A UDP port that was free a moment ago (for a simulator's feedback target)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


class UdpEndpoint:
    """One bound IPv4 UDP socket with a wake-up pipe for its reading thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, receive_buffer: int = 0) -> None:
        """Bind ``host:port``; ``receive_buffer`` asks the kernel for that many bytes of
        receive buffer (capped by ``net.core.rmem_max``), so a burst of feedback (a
        whole status dump) waits for the reading thread instead of being dropped."""
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            if receive_buffer:
                self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
            self._sock.bind((host, port))
        except OSError:
            self._sock.close()
            raise
        self._sock.setblocking(False)
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self.closed = False

    @property
    def port(self) -> int:
        """The local port (useful when bound to port 0)."""
        port: int = self._sock.getsockname()[1]
        return port

    def send_to(self, datagram: bytes, address: tuple[str, int]) -> None:
        """Send one datagram; thread-safe. Raises ``OSError`` if the system refuses."""
        self._sock.sendto(datagram, address)

    def receive(self, timeout: float | None) -> Iterator[tuple[bytes, tuple[str, int]]]:
        """Wait up to ``timeout`` seconds, then yield every waiting ``(datagram, sender)``.

        Datagrams are yielded in arrival order as they are read, so the first is
        handled before the socket is asked for the next.
        """
        if self.closed:
            return
        readable, _, _ = select.select([self._sock, self._wake_reader], [], [], timeout)
        if self._wake_reader in readable:
            try:
                while self._wake_reader.recv(4096):
                    pass
            except BlockingIOError:
                pass
        if self._sock not in readable:
            return
        while not self.closed:
            try:
                datagram, sender = self._sock.recvfrom(MAX_DATAGRAM)
            except (BlockingIOError, InterruptedError):
                return
            except ConnectionRefusedError:
                continue  # an ICMP error for an earlier send; not a datagram
            yield datagram, sender

    def wake(self) -> None:
        """Make a :meth:`receive` waiting on another thread return now."""
        try:
            self._wake_writer.send(b"\x00")
        except (BlockingIOError, OSError):
            pass

    def close(self) -> None:
        self.closed = True
        self.wake()
        self._sock.close()
        self._wake_reader.close()
        self._wake_writer.close()
