"""A logger for ``websockets`` that never writes frames: they carry secrets.

At DEBUG, ``websockets`` logs every frame it sends and receives. obs-websocket
frames carry the authentication answer (derived from the password) and, in
GetStreamServiceSettings, the stream key. Driver and simulator hand ``websockets``
:func:`wire_logger` instead of its own: it passes INFO and above (connection
trouble) and drops everything below, whatever level the application runs at.
"""

from __future__ import annotations

import logging


class _NoFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """Logs through ``logger`` at INFO and above only."""

    def isEnabledFor(self, level: int) -> bool:  # noqa: N802 - logging's own name
        return level >= logging.INFO and self.logger.isEnabledFor(level)


def wire_logger(name: str) -> logging.LoggerAdapter:  # type: ignore[type-arg]
    """The logger to give ``websockets`` (``connect(logger=...)``, ``serve(logger=...)``)."""
    return _NoFrames(logging.getLogger(name), {})
