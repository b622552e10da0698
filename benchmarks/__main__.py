"""``python -m benchmarks``: run every ``benchmarks/bench_*.py`` and print its figures.

Each benchmark runs in its own Python process (``python -m benchmarks.bench_x``), so
threads, simulators or a QApplication left by one cannot disturb the next one's
figures. ``--quick`` is passed on (shorter runs); a name filter picks some:
``python -m benchmarks timer switcher``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    names = [arg for arg in argv if not arg.startswith("-")]
    folder = Path(__file__).resolve().parent
    modules = sorted(path.stem for path in folder.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if any(name in m for name in names)]
    failures = 0
    for module_name in modules:
        print(f"== {module_name}", flush=True)
        started = time.perf_counter()
        command = [sys.executable, "-m", f"benchmarks.{module_name}"]
        if quick:
            command.append("--quick")
        code = subprocess.run(command, cwd=folder.parent).returncode
        if code:
            print(f"{module_name} FAILED (exit code {code})", flush=True)
            failures += 1
        print(f"({module_name} took {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
