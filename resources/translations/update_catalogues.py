"""Update controlroom's Qt translation catalogues (.ts) from the source, then release them (.qm).

Why not only ``pyside6-lupdate``: it understands ``self.tr("...")`` and
``QCoreApplication.translate("Context", "...")`` written out in full, but not the
small wrappers the ui/ modules use (``_tr("...")`` bound to one context per module,
``tr("Context", "...")`` from ui.panels.common); it files those under an empty
context, so they would never be translated. This script reads every ui/**/*.py
with :mod:`ast` and finds all four spellings, keeps every existing translation,
adds new messages as ``unfinished``, drops the ones no longer in the source, and
writes each catalogue in lupdate's format. Then ``pyside6-lrelease`` makes the .qm
files.

It also reads controlroom/**/*.py and devices/**/*.py (and ui/) for the sentences
made as ``Text("literal template", ...)`` (``devices/text.py``), and
files each template in the ``Core`` context; a template with ``%n`` and a value
``n=`` is a numerus message (plural forms).

Run from the repository root::

    .venv/bin/python resources/translations/update_catalogues.py          # update + release
    .venv/bin/python resources/translations/update_catalogues.py --check  # list unfinished
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE_DIR = ROOT / "ui"
#: Where ``Text("...")`` sentences are made (the Qt-free rooms, and the GUI's own log
#: lines): they go to the ``Core`` context.
CORE_DIRS = (ROOT / "controlroom", ROOT / "devices", ROOT / "ui")
CORE_CONTEXT = "Core"  # devices.text.CONTEXT (this script does not import the project)
LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ"}
QT_TRANSLATE = "translate"  # QCoreApplication.translate(context, text[, disambiguation, n])


@dataclass
class Message:
    """One translatable text: where it is used and whether it has plural forms."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _wrapper_context(function: ast.FunctionDef) -> str | None:
    """The context of a one-argument wrapper ``def _tr(text): return translate("Ctx", text)``."""
    arguments = [a.arg for a in function.args.args]
    if len(arguments) != 1 or len(function.body) < 1:
        return None
    last = function.body[-1]
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Call):
        return None
    call = last.value
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name not in (QT_TRANSLATE, "tr") or len(call.args) != 2:
        return None
    context = _string(call.args[0])
    passes_text = isinstance(call.args[1], ast.Name) and call.args[1].id == arguments[0]
    return context if context is not None and passes_text else None


class _Finder(ast.NodeVisitor):
    """Collects the translatable calls of one module."""

    def __init__(self, path: Path, wrappers: dict[str, str]) -> None:
        self.path = path
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.found: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str, call: ast.Call, text_at: int) -> None:
        source = _string(call.args[text_at]) if len(call.args) > text_at else None
        if source is None:
            return
        rest = call.args[text_at + 1 :]
        comment = _string(rest[0]) if rest else None
        self.found.append(
            Message(context, source, comment or "", numerus=len(rest) >= 2,
                    locations=[(str(self.path), call.lineno)])
        )

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                self._add(self.classes[-1], node, 0)
        elif isinstance(func, ast.Attribute) and func.attr == QT_TRANSLATE:
            context = _string(node.args[0]) if node.args else None
            if context is not None:
                self._add(context, node, 1)
        elif isinstance(func, ast.Name):
            if func.id in self.wrappers:
                self._add(self.wrappers[func.id], node, 0)
            elif func.id in ("tr", QT_TRANSLATE) and len(node.args) >= 2:
                context = _string(node.args[0])
                if context is not None:
                    self._add(context, node, 1)
        self.generic_visit(node)


class _CoreFinder(ast.NodeVisitor):
    """Collects the ``Text("template", ...)`` calls of one core module."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[Message] = []

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        source = _string(node.args[0]) if node.args else None
        if name == "Text" and source is not None:
            numerus = "%n" in source and any(k.arg == "n" for k in node.keywords)
            self.found.append(
                Message(CORE_CONTEXT, source, numerus=numerus,
                        locations=[(str(self.path), node.lineno)])
            )
        self.generic_visit(node)


def _merge(merged: dict[tuple[str, str, str], Message], found: list[Message]) -> None:
    for message in found:
        key = (message.context, message.source, message.comment)
        if key in merged:
            merged[key].locations += message.locations
            merged[key].numerus |= message.numerus
        else:
            merged[key] = message


def extract_core(core_dirs: tuple[Path, ...] = CORE_DIRS) -> list[Message]:
    """Every ``Text("...")`` template of the core, in the ``Core`` context."""
    merged: dict[tuple[str, str, str], Message] = {}
    for directory in core_dirs:
        for path in sorted(directory.rglob("*.py")):
            finder = _CoreFinder(path)
            finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
            _merge(merged, finder.found)
    return list(merged.values())


def extract(source_dir: Path = SOURCE_DIR) -> list[Message]:
    """Every translatable message under ``source_dir``, merged by (context, source, comment)."""
    merged: dict[tuple[str, str, str], Message] = {}
    for path in sorted(source_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        wrappers = {
            node.name: context
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node))
        }
        finder = _Finder(path, wrappers)
        finder.visit(tree)
        _merge(merged, finder.found)
    if source_dir == SOURCE_DIR:
        _merge(merged, extract_core())
    return list(merged.values())


@dataclass
class Translation:
    forms: list[str]
    finished: bool


def read_catalogue(path: Path) -> dict[tuple[str, str, str], Translation]:
    """The translations of an existing .ts file (empty if there is none)."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str, str], Translation] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            known[key] = Translation(forms, translation.get("type") != "unfinished")
    return known


def write_catalogue(path: Path, language: str, messages: list[Message]) -> tuple[int, int]:
    """Write ``path`` for ``messages`` keeping known translations; (total, unfinished)."""
    known = read_catalogue(path)
    root = ElementTree.Element("TS", version="2.1", language=language)
    unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        for message in by_context[context_name]:
            element = ElementTree.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for filename, line in message.locations:
                relative = os.path.relpath(filename, path.parent)
                ElementTree.SubElement(element, "location", filename=relative, line=str(line))
            ElementTree.SubElement(element, "source").text = message.source
            if message.comment:
                ElementTree.SubElement(element, "comment").text = message.comment
            old = known.get((message.context, message.source, message.comment))
            translation = ElementTree.SubElement(element, "translation")
            if old is None or not old.finished or not any(old.forms):
                translation.set("type", "unfinished")
                unfinished += 1
            forms = old.forms if old is not None else [""]
            if message.numerus:
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ElementTree.indent(root, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE TS>\n" + body + "\n", encoding="utf-8"
    )
    return len(messages), unfinished


def release(paths: list[Path]) -> None:
    """Compile each .ts into the .qm next to it with pyside6-lrelease (from this venv)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for path in paths:
        subprocess.run(
            [str(lrelease), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list unfinished messages")
    parser.add_argument("--no-release", action="store_true", help="do not make the .qm files")
    args = parser.parse_args(argv)
    messages = extract()
    paths = [HERE / f"controlroom_{code}.ts" for code in LANGUAGES]
    if args.check:
        missing = 0
        for path in paths:
            known = read_catalogue(path)
            for m in messages:
                old = known.get((m.context, m.source, m.comment))
                if old is None or not old.finished:
                    missing += 1
                    print(f"{path.name}: {m.context}: {m.source!r}")
        return 1 if missing else 0
    for code, path in zip(LANGUAGES, paths, strict=True):
        total, unfinished = write_catalogue(path, LANGUAGES[code], messages)
        print(f"{path.name}: {total} messages, {unfinished} unfinished")
    if not args.no_release:
        release(paths)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
