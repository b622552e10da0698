"""Run the ``controlroom`` command line as a real child process, for the CLI tests.

One helper for every test that runs ``python -m controlroom``: what differs between
them (timeout, working directory, environment) is a parameter. Importable as
``cli_runner`` because pytest puts ``tests/`` (where its ``conftest.py`` is) on ``sys.path``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def controlroom(
    *args: str,
    cwd: Path | None = None,
    timeout: float = 60,
    env: Mapping[str, str] | None = None,
    extra_env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m controlroom *args`` run from ``cwd`` (the repository), output as UTF-8 text.

    ``env`` is the child's whole environment, used as given; without it the child gets
    this process's environment with the repository on ``PYTHONPATH``. ``extra_env`` is
    set on top of either.
    """
    environment = dict(env) if env is not None else {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "controlroom", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or ROOT,
        env=environment,
        timeout=timeout,
    )
