"""Device tests leave nothing running: every thread a test started has ended after it.

Pseudo-terminal numbers are reused as soon as they are freed, so a driver left
reconnecting by one test can open the next test's simulator and steal its bytes.
This check makes such a leak fail the test that caused it, by name, instead of
some later test at random. Threads started by wider-scoped fixtures (set up before
the test) are not the test's own and are left alone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

#: How long a test's threads may take to wind down after it (drivers join in <= 5 s).
WIND_DOWN_S = 6.0


@pytest.fixture(autouse=True)
def no_threads_left_behind() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + WIND_DOWN_S
    while True:
        left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not left or time.monotonic() >= deadline:
            break
        left[0].join(timeout=0.05)
    if left:
        names = ", ".join(sorted(t.name for t in left))
        pytest.fail(f"threads still running {WIND_DOWN_S:g} s after the test: {names}")
