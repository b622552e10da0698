"""Security of the remote server: tokens, loopback detection, the Origin check, rate limits.

- Tokens are random url-safe strings made by :func:`generate_token`; they are compared
  in constant time and never written to a log (:func:`redact` hides one in a text).
- :class:`Access` decides what a presented token allows: ``control`` (commands and
  views), ``view`` (pages, state and the WebSocket, read-only) or nothing. On loopback
  with no token configured, everyone on this machine may control.
- :func:`origin_allowed` accepts a browser's ``Origin`` only if it is the server itself
  (same host and port as the ``Host`` header), so a page from elsewhere cannot drive
  the show through a viewer's browser.
- :class:`RateLimiter` is a token bucket per sender address for commands. PANIC never
  goes through it.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from urllib.parse import urlsplit

CONTROL = "control"
VIEW = "view"


def generate_token() -> str:
    """A new random token (32 url-safe characters, 192 bits)."""
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_is_loopback(host_header: str | None) -> bool:
    """True when a ``Host`` header names this machine: ``127.0.0.1:8765``, ``[::1]:8765``,
    ``localhost:8765``."""
    if not host_header:
        return False
    try:
        name = urlsplit(f"//{host_header}").hostname
    except ValueError:  # "[bad": not a host at all
        return False
    return name is not None and is_loopback(name)


def redact(text: str, *secrets_: str | None) -> str:
    """``text`` with every occurrence of each non-empty secret replaced by ``***``."""
    for secret in secrets_:
        if secret:
            text = text.replace(secret, "***")
    return text


def _same(presented: str, expected: str | None) -> bool:
    if not expected:
        return False
    return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


class Access:
    """What a presented token allows.

    ``required`` (always true off loopback) means a client must present a token; a
    ``view_token`` of ``None`` then means views need the control token too.
    """

    def __init__(
        self, control_token: str | None, view_token: str | None, required: bool
    ) -> None:
        if required and not control_token:
            raise ValueError("a control token is required when listening on a LAN address")
        for name, token in (("control", control_token), ("view", view_token)):
            if token is not None and len(token) < 16:
                raise ValueError(f"the {name} token is too short (16 characters at least)")
        self.control_token = control_token
        self.view_token = view_token
        self.required = required or bool(control_token)

    def level(self, presented: str | None) -> str | None:
        """``CONTROL``, ``VIEW`` or ``None`` (refused) for ``presented``."""
        if presented:
            if _same(presented, self.control_token):
                return CONTROL
            if _same(presented, self.view_token):
                return VIEW
            return None
        if not self.required:
            return CONTROL
        return None


def origin_allowed(origin: str | None, host_header: str | None) -> bool:
    """A missing Origin (not a browser) passes; a browser's must be this very server."""
    if origin is None:
        return True
    if not host_header:
        return False
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return False
    return parts.netloc.lower() == host_header.lower()


class RateLimiter:
    """A token bucket per key (the sender's address): ``rate`` per second, ``burst`` at once.

    Keeps at most ``max_keys`` senders (the oldest forgotten first). Thread-safe.
    """

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float], max_keys: int = 1024
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._max_keys = max_keys
        self._lock = threading.Lock()
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, key: str) -> tuple[bool, float]:
        """``(True, 0)`` if one more command from ``key`` may pass, else ``(False, retry_s)``."""
        now = self._clock()
        with self._lock:
            level, then = self._buckets.pop(key, (float(self.burst), now))
            level = min(float(self.burst), level + (now - then) * self.rate)
            if level >= 1.0:
                allowed, retry = True, 0.0
                level -= 1.0
            else:
                allowed, retry = False, (1.0 - level) / self.rate
            self._buckets[key] = (level, now)
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
        return allowed, retry
