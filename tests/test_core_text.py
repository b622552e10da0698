"""No English sentence for the operator is built below the GUI without ``Text``.

Scans ``controlroom/`` and ``devices/`` with :mod:`ast` for string literals (plain,
f-strings, ``%``/``+``/``.format``/``"sep".join``) that reach a place the operator
reads: the message of a device or show error, a link status reason, an event-log
message, a readiness problem, a cue failure, a run-sheet validation error, a kind's
state problem. Each must be a ``devices.text.Text`` (or built from one), so the GUI
can translate it (``ui/core_text.tr_text``); this test lists every one that is not.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from devices.text import CONTEXT

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "translations"))
import update_catalogues  # noqa: E402  (a script next to the catalogues, not a package)

#: Calls whose argument at this position (or keyword) the operator reads.
SINKS: dict[str, tuple[int, str]] = {
    "DeviceError": (0, "message"),
    "CommandRefused": (0, "message"),
    "CommandTimeout": (0, "message"),
    "DeviceOffline": (0, "message"),
    "ConfigError": (0, "message"),
    "ShowFileError": (1, "problem"),
    "_Problem": (1, "problem"),
    "IoThreadFailed": (1, "reason"),
    "CueError": (1, "problem"),
    "CueFailure": (2, "reason"),
    "Problem": (1, "reason"),
    "CueProblem": (1, "reason"),
    "DeviceCheck": (3, "reason"),
    "_set_status": (1, "reason"),
    "_write_log": (3, "message"),
    "note": (0, "text"),
}
#: ``x.set(LinkState..., reason)`` (a LinkMonitor) and ``x.write(severity, source, kind, message)``.
LINK_SET = "set"
LOG_WRITE = "write"
#: ``log.info(source, kind, message)``... (a logger's call has a %-format string first).
LOG_LEVELS = {"debug", "info", "warning", "error"}
#: Modules whose ValueError/IndexError messages the editor shows as validation messages.
VALIDATION_MODULES = {
    "controlroom/runsheet.py",
    "controlroom/durations.py",
    "controlroom/model.py",
    "controlroom/cues.py",
}
#: Names and keywords that hold a reason or problem the operator reads.
REASON_NAMES = {"reason", "problem"}
#: Functions of the core taking a parameter of these names pass it to the operator:
#: every call of them is checked too (hall-file problems, ``fail``, are not yet Text;
#: logger methods take a format string for the developers' log).
PARAMETER_NAMES = REASON_NAMES | {"message", "why"}
NOT_DERIVED = {"fail", "warning", "info", "error", "debug", "__init__", "write", "encode"}
#: Functions whose returned string the operator reads (a kind's readiness problem).
RETURNS_TO_OPERATOR = {"state_problem"}


def _english(node: ast.AST | None) -> bool:
    """True when ``node`` builds an English sentence that is not a ``Text``."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
            for v in node.values
        ) or len(node.values) > 1
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_english(v) for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        receiver = node.func.value
        if node.func.attr in ("format", "join") and isinstance(receiver, ast.Constant):
            return True
    return False


def _argument(call: ast.Call, position: int, keyword: str) -> ast.AST | None:
    if len(call.args) > position and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_link_state(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "LinkState"


def derived_sinks(paths: list[Path]) -> dict[str, tuple[int, str]]:
    """The core's own functions that take a reason (``_lose_connection(state, reason)``)."""
    sinks: dict[str, tuple[int, str]] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.FunctionDef) or node.name in NOT_DERIVED:
                continue
            names = [a.arg for a in node.args.args]
            offset = 1 if names[:1] in (["self"], ["cls"]) else 0
            for position, name in enumerate(names[offset:]):
                if name in PARAMETER_NAMES:
                    sinks.setdefault(node.name, (position, name))
    return sinks


def _event_log_message(call: ast.Call, name: str) -> ast.AST | None:
    """The message of an event-log call (``write`` with 4 arguments, ``info``... with 3)."""
    if name == LOG_WRITE and len(call.args) == 4:
        return call.args[3]
    if name in LOG_LEVELS and len(call.args) == 3:
        first = call.args[0]
        if not (isinstance(first, ast.Constant) and "%" in str(first.value)):
            return call.args[2]
    return None


def english_sentences(
    path: Path, sinks: dict[str, tuple[int, str]] | None = None, *, log_only: bool = False
) -> list[str]:
    """``path:line: call`` for each English literal reaching the operator in ``path``
    (with ``log_only``, only event-log messages: the GUI's own words go through tr)."""
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), relative)
    found: list[str] = []
    sinks = {**(sinks or {}), **SINKS}

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{relative}:{getattr(node, 'lineno', 0)}: {what}: {ast.unparse(node)}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and log_only:
            message = _event_log_message(node, _name(node))
            if _english(message):
                report(message, "EventLog")  # type: ignore[arg-type]
        elif isinstance(node, ast.Call):
            name = _name(node)
            message = _event_log_message(node, name)
            if _english(message):
                report(message, "EventLog")  # type: ignore[arg-type]
            elif name in sinks:
                argument = _argument(node, *sinks[name])
                if _english(argument):
                    report(argument, name)  # type: ignore[arg-type]
            elif name == LINK_SET and node.args and _is_link_state(node.args[0]):
                if _english(_argument(node, 1, "reason")):
                    report(node.args[1], "LinkMonitor.set")
            elif relative in VALIDATION_MODULES and name in ("ValueError", "IndexError"):
                if _english(_argument(node, 0, "message")):
                    report(node.args[0], name)
            for keyword in node.keywords:
                if keyword.arg in REASON_NAMES and _english(keyword.value):
                    report(keyword.value, f"{keyword.arg}=")
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign) and not log_only:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            named = any(isinstance(t, ast.Name) and t.id in REASON_NAMES for t in targets)
            if named and _english(node.value):
                report(node.value, "reason =")
        elif isinstance(node, ast.FunctionDef) and node.name in sinks and not log_only:
            arguments = node.args
            defaults = dict(
                zip([a.arg for a in arguments.args][-len(arguments.defaults):] if
                    arguments.defaults else [], arguments.defaults, strict=True)
            )
            default = defaults.get(sinks[node.name][1])
            if _english(default):
                report(default, f"default of {node.name}")  # type: ignore[arg-type]
        if isinstance(node, ast.FunctionDef) and node.name in RETURNS_TO_OPERATOR and not log_only:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and _english(inner.value):
                    assert inner.value is not None
                    report(inner.value, node.name)
    return found


def test_the_scan_finds_english_sentences(tmp_path: Path) -> None:
    """The scan is not blind: it finds each kind of English literal it looks for."""
    module = ROOT / "devices" / "_scan_probe.py"
    assert not module.exists()
    module.write_text(
        "raise DeviceError(f'no answer from {device}')\n"
        "monitor.set(LinkState.OFFLINE, 'port gone')\n"
        "log.write('info', 'engine', 'item', 'item ' + title + ' started')\n"
        "problems.append(Problem(where, 'off'))\n"
        "ok = Problem(where, Text('off'))\n"
        "logger.warning('%s: quiet', device)\n",
        encoding="utf-8",
    )
    try:
        found = english_sentences(module)
    finally:
        module.unlink()
    assert [line.split(": ")[1] for line in found] == [
        "DeviceError", "LinkMonitor.set", "EventLog", "Problem",
    ]


#: Not read in the window: the remote API answers web pages and OSC peers, which have
#: their own catalogues (controlroom/remote/static/*.json); simulators play devices.
NOT_FOR_THE_OPERATOR = ("controlroom/remote/", "simulator.py", "simhost.py")


def test_no_english_sentence_reaches_the_operator_without_text() -> None:
    paths = [
        path
        for room in ("controlroom", "devices")
        for path in sorted((ROOT / room).rglob("*.py"))
        if not any(part in path.relative_to(ROOT).as_posix() for part in NOT_FOR_THE_OPERATOR)
    ]
    sinks = derived_sinks(paths)
    assert {"_lose_connection", "_go_offline", "_set_standby"} <= set(sinks)
    found = [line for path in paths for line in english_sentences(path, sinks)]
    # The GUI writes to the event log too; the log panel translates what it stores.
    found += [
        line
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "remote_control.py"  # the remote's own log lines: see above
        for line in english_sentences(path, log_only=True)
    ]
    assert found == [], "wrap these in devices.text.Text:\n" + "\n".join(found)


# -- the catalogues ----------------------------------------------------------------------

CATALOGUES = {code: ROOT / "resources" / "translations" / f"controlroom_{code}.ts"
              for code in ("kk", "ru")}
#: Named values ("{device}", "{seconds:g}") and Qt's count ("%n") of a Core template.
NAMED = re.compile(r"\{[^{}]*\}|%n")


def _core_messages(path: Path) -> list[ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return [
        message
        for context in root.iter("context")
        if context.findtext("name") == CONTEXT
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("code", sorted(CATALOGUES))
def test_every_core_sentence_is_translated_with_the_same_values(code: str) -> None:
    """Every ``Text`` template the catalogue tool finds is in the catalogue, translated,
    with the same named values; a count has Russian's three or Kazakh's two forms."""
    messages = _core_messages(CATALOGUES[code])
    wanted = {m.source for m in update_catalogues.extract_core()}
    assert wanted and wanted <= {m.findtext("source") for m in messages}
    forms_wanted = {"ru": 3, "kk": 2}[code]
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None:
            problems.append(f"{source!r}: {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != forms_wanted:
                problems.append(f"{source!r}: {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{source!r}: empty")
            elif sorted(NAMED.findall(form)) != sorted(NAMED.findall(source)):
                problems.append(f"{source!r}: values differ in {form!r}")
    assert problems == []
