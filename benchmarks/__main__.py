"""``python -m benchmarks``: run every ``benchmarks/bench_*.py`` in turn and print its figures.

Each benchmark module has a ``main(argv)`` returning 0. ``--quick`` is passed on to
those that support a shorter run; a name filter picks some: ``python -m benchmarks timer``.
"""

from __future__ import annotations

import importlib
import inspect
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
        module = importlib.import_module(f"benchmarks.{module_name}")
        params = inspect.signature(module.main).parameters
        bench_args = ["--quick"] if quick else []
        try:
            code = module.main(bench_args) if params else module.main()
        except Exception as exc:  # a broken benchmark must not hide the others' figures
            print(f"{module_name} FAILED: {exc!r}", flush=True)
            failures += 1
            continue
        if code:
            failures += 1
        print(f"({module_name} took {time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
