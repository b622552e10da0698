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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

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
#: Modules whose ValueError/IndexError messages the editor shows as validation messages.
VALIDATION_MODULES = {"controlroom/runsheet.py"}
#: Names and keywords that hold a reason or problem the operator reads.
REASON_NAMES = {"reason", "problem"}
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


def english_sentences(path: Path) -> list[str]:
    """``path:line: call`` for each English literal reaching the operator in ``path``."""
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), relative)
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{relative}:{getattr(node, 'lineno', 0)}: {what}: {ast.unparse(node)}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node)
            if name in SINKS:
                argument = _argument(node, *SINKS[name])
                if _english(argument):
                    report(argument, name)  # type: ignore[arg-type]
            elif name == LINK_SET and node.args and _is_link_state(node.args[0]):
                if _english(_argument(node, 1, "reason")):
                    report(node.args[1], "LinkMonitor.set")
            elif name == LOG_WRITE and len(node.args) == 4:
                if _english(node.args[3]):
                    report(node.args[3], "EventLog.write")
            elif relative in VALIDATION_MODULES and name in ("ValueError", "IndexError"):
                if _english(_argument(node, 0, "message")):
                    report(node.args[0], name)
            for keyword in node.keywords:
                if keyword.arg in REASON_NAMES and _english(keyword.value):
                    report(keyword.value, f"{keyword.arg}=")
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            named = any(isinstance(t, ast.Name) and t.id in REASON_NAMES for t in targets)
            if named and _english(node.value):
                report(node.value, "reason =")
        elif isinstance(node, ast.FunctionDef) and node.name in RETURNS_TO_OPERATOR:
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
        "DeviceError", "LinkMonitor.set", "EventLog.write", "Problem",
    ]


#: Not read in the window: the remote API answers web pages and OSC peers, which have
#: their own catalogues (controlroom/remote/static/*.json); simulators play devices.
NOT_FOR_THE_OPERATOR = ("controlroom/remote/", "simulator.py", "simhost.py")


def test_no_english_sentence_reaches_the_operator_without_text() -> None:
    found = [
        line
        for room in ("controlroom", "devices")
        for path in sorted((ROOT / room).rglob("*.py"))
        if not any(part in path.relative_to(ROOT).as_posix() for part in NOT_FOR_THE_OPERATOR)
        for line in english_sentences(path)
    ]
    assert found == [], "wrap these in devices.text.Text:\n" + "\n".join(found)
