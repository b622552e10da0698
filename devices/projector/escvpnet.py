"""ESC/VP.net: the 16-byte handshake that opens ESC/VP21 on TCP port 3629; pure codec plus URL.

Current Epson projectors take the same ESC/VP21 dialogue on the LAN as on RS-232,
after one handshake right after the TCP connect (Epson's ESC/VP.net guide; the
``epson-projector`` package, Home Assistant's client, sends the same bytes)::

    host -> projector   b"ESC/VP.net"  0x10  0x03  0x00 0x00  0x00  0x00     (16 bytes)
                         protocol id    ver   type  reserved   status headers
                                              3 = CONNECT      0 in a request
    projector -> host   b"ESC/VP.net"  0x10  0x03  0x00 0x00  0x20  0x00     (16 bytes)
                                                               status 0x20 = OK

Byte 14 of the reply is the status: 0x20 OK; 0x41 bad request; 0x43 forbidden
(a password is set: this handshake carries none, so set no "Web control" password
for ESC/VP.net or use RS-232); 0x53 service unavailable (another client holds the
session: one controller at a time); 0x55 protocol version not supported. Only after
an OK does the ``PWR?\\r`` / ``:`` dialogue of :mod:`devices.projector.escvp21` begin.

The hall file says "ESC/VP.net over TCP" with the URL scheme ``escvpnet://host:3629``
in the projector's ``port`` key (the port defaults to 3629); every other ``port``
value is a pyserial URL (``/dev/ttyUSB0``, ``COM3``, ``socket://`` for a plain
serial-to-TCP bridge that needs no handshake).
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlsplit

from devices.base import ProtocolError

#: The URL scheme of an ESC/VP.net projector in the hall file's ``port`` key.
SCHEME = "escvpnet"
#: Epson's ESC/VP.net port.
DEFAULT_PORT = 3629
PROTOCOL_ID = b"ESC/VP.net"
VERSION = 0x10
TYPE_CONNECT = 0x03
HEADER_LENGTH = 16
STATUS_OK = 0x20

#: What the status byte of a reply means.
STATUS_TEXT: dict[int, str] = {
    0x20: "OK",
    0x41: "bad request",
    0x43: "forbidden (the projector has a password; ESC/VP.net here carries none)",
    0x53: "service unavailable (another controller holds the connection)",
    0x55: "protocol version not supported",
}

#: The handshake a host sends right after connecting.
HELLO = PROTOCOL_ID + bytes((VERSION, TYPE_CONNECT, 0, 0, 0, 0))


def reply(status: int = STATUS_OK) -> bytes:
    """The projector's 16-byte answer to :data:`HELLO` with ``status`` (simulators)."""
    return PROTOCOL_ID + bytes((VERSION, TYPE_CONNECT, 0, 0, status & 0xFF, 0))


def parse_hello(data: bytes) -> None:
    """Check a host's 16-byte handshake; :class:`ProtocolError` if it is not a CONNECT."""
    if len(data) != HEADER_LENGTH or not data.startswith(PROTOCOL_ID):
        raise ProtocolError(f"not an ESC/VP.net handshake: {data[:HEADER_LENGTH]!r}")
    if data[11] != TYPE_CONNECT:
        raise ProtocolError(f"ESC/VP.net request type {data[11]:#04x} is not CONNECT (0x03)")


def parse_reply(data: bytes) -> int:
    """The status byte of the projector's 16-byte reply; :class:`ProtocolError` if malformed."""
    if len(data) != HEADER_LENGTH or not data.startswith(PROTOCOL_ID):
        raise ProtocolError(f"not an ESC/VP.net reply: {data!r}")
    return data[14]


def status_text(status: int) -> str:
    return STATUS_TEXT.get(status, f"unknown status {status:#04x}")


def is_escvpnet_url(url: str) -> bool:
    return url.lower().startswith(f"{SCHEME}://")


def socket_url(url: str) -> str:
    """``escvpnet://host[:port]`` -> ``socket://host:port`` (what pyserial opens).

    Raises ``ValueError`` with one clear line when the URL has no host or a bad port.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() != SCHEME:
        raise ValueError(f"{url!r} is not an {SCHEME}://host:port URL")
    try:
        port = parts.port if parts.port is not None else DEFAULT_PORT
    except ValueError:
        raise ValueError(f"{url!r}: the port must be a number 1..65535") from None
    if not parts.hostname:
        raise ValueError(f"{url!r}: no host (write {SCHEME}://192.168.0.20:{DEFAULT_PORT})")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"{url!r}: only {SCHEME}://host:port, nothing after the port")
    if not 1 <= port <= 65535:
        raise ValueError(f"{url!r}: the port must be a number 1..65535")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"socket://{host}:{port}"


def port_problem(url: str) -> str:
    """One line saying what is wrong with a projector ``port`` value, or "" if nothing."""
    if not url.strip():
        return "missing"
    if is_escvpnet_url(url):
        try:
            socket_url(url)
        except ValueError as exc:
            return str(exc)
    return ""


class HandshakeRefused(ProtocolError):
    """The projector answered the handshake with a status other than OK."""


def handshake(port: Any, timeout: float = 3.0) -> None:
    """Send :data:`HELLO` on an open pyserial ``socket://`` port and check the reply.

    The one blocking step of this module, run by the transport on the driver's I/O
    thread before the reader starts. Raises :class:`HandshakeRefused` naming the
    status, or :class:`ProtocolError` when the reply is short or not ESC/VP.net.
    """
    saved = port.timeout
    port.timeout = timeout
    try:
        port.write(HELLO)
        answer = b""
        deadline = time.monotonic() + timeout
        while len(answer) < HEADER_LENGTH and time.monotonic() < deadline:
            answer += port.read(HEADER_LENGTH - len(answer))
    finally:
        port.timeout = saved
    if len(answer) < HEADER_LENGTH:
        raise ProtocolError(
            f"no ESC/VP.net handshake reply within {timeout:g} s (got {len(answer)} of 16 bytes)"
        )
    status = parse_reply(answer)
    if status != STATUS_OK:
        raise HandshakeRefused(f"ESC/VP.net handshake refused: {status_text(status)}")
