"""Shared test set-up: Qt headless, and the repository root importable."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
