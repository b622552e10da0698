"""The README and docs say true things: how to reach the command, what is translated,
and the screenshots they show exist."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_says_how_to_reach_the_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`controlroom" in readme  # it documents the command...
    # ...and says where it is: the project's virtual environment.
    assert ".venv/bin/controlroom" in readme
    assert ". .venv/bin/activate" in readme
    assert (ROOT / "pyproject.toml").read_text(encoding="utf-8").count(
        'controlroom = "controlroom.cli:main"'
    ) == 1


def test_docs_do_not_say_kazakh_is_untranslated() -> None:
    catalogue = ElementTree.parse(ROOT / "resources/translations/controlroom_kk.ts")
    unfinished = [
        message for message in catalogue.iter("translation")
        if message.get("type") == "unfinished"
    ]
    assert not unfinished  # Kazakh is translated...
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"Kazakh is not translated", text), path  # ...and docs say so


def test_readme_screenshots_exist_at_both_sizes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"\]\((docs/img/[^)]+\.png)\)", readme)
    for size in ("1366", "1920"):
        assert f"docs/img/console-{size}.png" in images
        assert f"docs/img/console-{size}-kk.png" in images
    missing = [image for image in images if not (ROOT / image).is_file()]
    assert not missing
