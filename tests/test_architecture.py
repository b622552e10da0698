"""The house rules: arrows run downwards only (checked by import-linter and by a clean import)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_headless_commands_do_not_load_qt() -> None:
    code = (
        "import sys, controlroom.cli as c; c.build_parser();"
        "import devices, controlroom;"
        "assert not any(m.startswith('PySide6') for m in sys.modules), "
        "[m for m in sys.modules if m.startswith('PySide6')]"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _modules_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_hall_file_imports_no_driver_simulator_or_codec() -> None:
    """Reading a hall file needs the kinds' declarations, never their drivers (no cycle)."""
    loaded = _modules_after_import("devices.hall_file")
    heavy = sorted(
        m
        for m in loaded
        if m.startswith("devices.")
        and m.rsplit(".", 1)[-1] in {"driver", "simulator", "atemosc", "escvp21", "shure"}
    )
    assert heavy == [], heavy


def test_the_kinds_and_drivers_do_not_import_the_hall_file() -> None:
    """A kind gets the hall-file reader passed in; drivers know only their kind's config."""
    for module in (
        "devices.registry",
        "devices.switcher.driver",
        "devices.projector.driver",
        "devices.microphones.driver",
    ):
        assert "devices.hall_file" not in _modules_after_import(module), module
