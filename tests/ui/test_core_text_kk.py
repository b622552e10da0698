"""A rehearsal in Kazakh (and Russian): what the core says (device reasons, cue failures,
the readiness report, the event log) reaches the operator translated, not in English.

The console runs with CONTROLROOM_LANG=kk (or ru), 1366 pixels wide, against the
hall's simulators. A device drops off, GO fails a cue on it, and a readiness check
runs; then every text the operator can read there (the device panel's reason, the
show bar's failure line, the readiness box, the log rows) is checked against the
English templates of the ``Core`` catalogue: none may show one of their English
words, and none may be cut off.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow, make_console_window
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from controlroom.engine import CUE_FAILED, ITEM_STARTED
from devices.text import Text
from ui import i18n
from ui.console.readiness import ReadinessPanel
from ui.core_text import tr_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "translations"))
import update_catalogues  # noqa: E402  (a script next to the catalogues, not a package)

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(120)]

#: A template's English must have this many letters outside its values to be looked for
#: (``"{device}: {reason}"`` has none; ``"ok"`` could be part of any word).
LETTERS_NEEDED = 6


def english_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each Core template as a pattern for its English with any values filled in."""
    patterns = []
    for message in update_catalogues.extract_core():
        pieces = re.split(r"\{[^{}]*\}|%n", message.source)
        if sum(c.isalpha() for piece in pieces for c in piece) < LETTERS_NEEDED:
            continue
        body = ".+?".join(re.escape(piece.replace("(s)", "")) for piece in pieces)
        patterns.append((message.source, re.compile(rf"(?<!\w){body}")))
    return patterns


def english_in(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        for source, pattern in english_patterns():
            if pattern.search(text):
                found.append(f"{text!r} shows the English of {source!r}")
    return found


def cut_off(label: QLabel) -> bool:
    """True when ``label`` cannot show its text: a word wider than a wrapping label, or a
    line wider than a single-line label that has no tooltip with the whole text."""
    text = label.text()
    if not label.isVisible() or not text:
        return False
    metrics = label.fontMetrics()
    if label.wordWrap():
        return any(metrics.horizontalAdvance(word) > label.width() for word in text.split())
    return metrics.horizontalAdvance(text) > label.width() and label.toolTip() != text


@pytest.fixture
def kazakh_console(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ConsoleWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    default_locale = QLocale()
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, getattr(request, "param", "kk"))
    i18n.install_translators(app)
    windows = make_console_window(qtbot, tmp_path, monkeypatch)
    try:
        yield next(windows)
        windows.close()
    finally:  # English again for the other tests (as tests/ui/test_i18n.py leaves it)
        monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
        i18n.remove_translators(app)
        QLocale.setDefault(default_locale)
        i18n.install_translators(app, locale=default_locale)


def test_the_patterns_find_english_and_pass_kazakh(kazakh_console: ConsoleWindow) -> None:
    """The check is not blind: an English core sentence is caught, its Kazakh passes."""
    sentence = Text("no answer within {watchdog_s:g} s", watchdog_s=3.0)
    assert english_in([f"mics: {sentence}"])
    translated = tr_text(sentence)
    assert translated != sentence and english_in([f"mics: {translated}"]) == []
    plural = Text("NO-GO: %n problem(s)", n=5)
    assert str(plural) == "NO-GO: 5 problems" and english_in([str(plural)])
    assert english_in([tr_text(plural)]) == [] and "5" in tr_text(plural)


@pytest.mark.parametrize("kazakh_console", ["kk", "ru"], indirect=True)
def test_a_failed_rehearsal_speaks_kazakh(kazakh_console: ConsoleWindow) -> None:
    cw = kazakh_console
    cw.wait_devices_ok()
    console, qtbot = cw.console, cw.qtbot
    code = os.environ[i18n.LANGUAGE_VARIABLE]
    go, no_go, go_line = {
        "kk": ("БАСТАУ", "ДАЙЫН ЕМЕС", "БАСТАУ: 1-тармақ"),
        "ru": ("ПУСК", "НЕ ГОТОВО", "ПУСК: пункт 1"),
    }[code]
    assert console.show_bar.go_button.text() == go  # the window speaks the language
    cw.window.resize(1366, 768)  # the smallest screen of the hall's laptops

    # A device fault: the microphones' receiver drops off the line.
    console.rehearsal_panel.buttons[("mics", "drop")].click()
    panel = console.panels["mics"]
    cw.wait_for(lambda: not panel.light.ok, timeout_ms=10_000)
    cw.wait_for(lambda: bool(panel.light.reason_label.text()))

    # A cue failure: GO sends the first item's cues, the microphones cannot take theirs.
    failed = []
    console.bridge.engine_event.connect(
        lambda e: failed.append(e) if e.kind == CUE_FAILED else None
    )
    console.lockout_s = 0.0
    with qtbot.waitSignal(
        console.bridge.engine_event,
        check_params_cb=lambda e: e.kind == ITEM_STARTED and e.index == 0,
        timeout=5000,
    ):
        qtbot.keyClick(cw.window.table_view, Qt.Key.Key_Space)
    cw.wait_for(lambda: any(e.device == "mics" for e in failed))
    cw.wait_for(lambda: bool(console.show_bar.failure_label.text()))

    # A readiness check: NO-GO, with the device's reason.
    with qtbot.waitSignal(console.check_finished, timeout=20_000) as blocker:
        console.run_readiness_check()
    report = blocker.args[0]
    assert not report.go
    panel_shown = console.active_dialog
    assert isinstance(panel_shown, ReadinessPanel)
    readiness_texts = [panel_shown.verdict.text(), panel_shown.summary.text()] + [
        table.item(row, column).text()
        for table in (panel_shown.devices, panel_shown.problems)
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        if table.item(row, column) is not None
    ]

    model = console.log_panel.model
    cw.wait_for(lambda: model.rowCount() > 0)
    log_rows = [str(model.data(model.index(row, 4))) for row in range(model.rowCount())]
    texts = [
        panel.light.reason_label.text(),
        console.show_bar.failure_label.text(),
        *readiness_texts,
        *log_rows,
    ]
    leaks = english_in(texts)
    assert not leaks, "\n".join(leaks)
    # ...and they are there in Kazakh: the report's verdict and the log's GO line.
    assert QCoreApplication.translate("Core", "NO-GO: %n problem(s)", None, 2) != (
        "NO-GO: 2 problem(s)"
    )
    assert no_go in tr_text(report.text())  # the report as the panel's language has it
    assert panel_shown.problems.rowCount() >= 1
    assert any(go_line in row for row in log_rows), log_rows
    # ...and nothing of it is cut off at 1366 pixels.
    shown = [panel.light.reason_label, console.show_bar.failure_label]
    assert [label.objectName() for label in shown if cut_off(label)] == []
    # The English is still what the core holds (the command line and the CSV show it).
    assert "NO-GO" in report.text() and any(
        str(e.reason) and not english_in([tr_text(e.reason)]) for e in failed
    )
