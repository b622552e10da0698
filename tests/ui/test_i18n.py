"""Kazakh and Russian: complete catalogues, the language choice, and the window in each language."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from conftest_console import QT_LOG_IGNORE, ConsoleWindow, make_console_window
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from controlroom.equipment import CueChange
from controlroom.model import ITEM_FIELDS, Event, Item
from controlroom.runsheet import EditAction, EditLabel, RunSheet
from controlroom.storage import Database
from ui import i18n
from ui.inspector import describe_change
from ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore(QT_LOG_IGNORE), pytest.mark.timeout(120)]

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = {code: TRANSLATIONS / f"controlroom_{code}.ts" for code in ("kk", "ru")}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

sys.path.insert(0, str(TRANSLATIONS))
import update_catalogues  # noqa: E402  (a script next to the catalogues, not a package)


def messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


PLACEHOLDER = re.compile(r"\{\d*\}|%\d|%n|%p%")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


# -- the catalogues --------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(CATALOGUES))
def test_every_message_is_translated_with_the_same_placeholders(code: str) -> None:
    found = messages(CATALOGUES[code])
    assert len(found) > 300
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{CATALOGUES[code].name}: {context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
            continue
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"{where}: empty")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{where}: placeholders {placeholders(text)} in {text!r}")
            elif "\t" in source and text.split("\t", 1)[1] != source.split("\t", 1)[1]:
                problems.append(f"{where}: the shortcut after the tab changed in {text!r}")
            elif source.count("&&") != text.count("&&"):
                problems.append(f"{where}: '&&' (a literal ampersand) lost in {text!r}")
            elif (source.startswith(" "), source.endswith(" ")) != (
                text.startswith(" "), text.endswith(" ")
            ):
                problems.append(f"{where}: leading or trailing space differs in {text!r}")
    assert problems == []


@pytest.mark.parametrize("code", sorted(CATALOGUES))
def test_plural_forms_load_for_every_count(code: str, english_afterwards: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOGUES[code].with_suffix(".qm")))
    english_afterwards.installTranslator(translator)
    try:
        plural = [(c, m) for c, m in messages(CATALOGUES[code]) if m.get("numerus") == "yes"]
        assert plural
        for context, message in plural:
            source = message.findtext("source") or ""
            for count in (1, 2, 5, 21):
                text = QCoreApplication.translate(context, source, "", count)
                assert str(count) in text and text != source.replace("%n", str(count)), (
                    f"{code}: {context}: {source!r} for {count}: {text!r}"
                )
    finally:
        english_afterwards.removeTranslator(translator)


def test_kazakh_is_written_with_kazakh_letters() -> None:
    texts = [" ".join(translations_of(m)) for _c, m in messages(CATALOGUES["kk"])]
    with_letters = [t for t in texts if KAZAKH_LETTERS & set(t)]
    # Not every text needs one (Микрофон, Проектор, 5:00...), but Kazakh shows them often.
    assert len(with_letters) > len(texts) / 2


def test_the_catalogues_hold_every_text_of_the_source() -> None:
    """Fails when ui/ gained a text: run resources/translations/update_catalogues.py."""
    wanted = {(m.context, m.source, m.comment) for m in update_catalogues.extract()}
    assert len(wanted) > 300
    for code, path in CATALOGUES.items():
        held = {
            (context, m.findtext("source") or "", m.findtext("comment") or "")
            for context, m in messages(path)
        }
        assert sorted(wanted - held) == [], f"{code}: texts missing from {path.name}"
        assert sorted(held - wanted) == [], f"{code}: texts no longer in the source"


def test_the_released_catalogues_match_the_sources(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for path in CATALOGUES.values():
        fresh = tmp_path / path.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(path), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == path.with_suffix(".qm").read_bytes(), (
            f"{path.name} changed since its .qm was made: run update_catalogues.py"
        )


# -- choosing the language --------------------------------------------------------------------


@pytest.fixture
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The test may install any language; afterwards the app is back as the other tests expect."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    default_locale = QLocale()
    yield app
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    i18n.remove_translators(app)
    QLocale.setDefault(default_locale)
    i18n.install_translators(app, locale=default_locale)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_the_environment_comes_before_the_setting_which_comes_before_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_afterwards: QApplication
) -> None:
    from conftest_console import isolate_settings

    isolate_settings(tmp_path)
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    assert i18n.chosen_language() == i18n.SYSTEM
    i18n.save_language("ru")
    assert i18n.chosen_language() == "ru"
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "kk")
    assert i18n.chosen_language() == "kk"
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "klingon")
    assert i18n.chosen_language() == "ru"
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        i18n.save_language("xx")
    app = english_afterwards
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "kk")
    assert len(i18n.install_translators(app)) == 2  # qtbase_kk and controlroom_kk
    assert translate("ShowBar", "GO") != "GO"
    assert translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own buttons
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "en")
    assert i18n.install_translators(app) == []
    assert translate("ShowBar", "GO") == "GO"


@pytest.fixture
def window_in(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    english_afterwards: QApplication,
) -> Iterator[ConsoleWindow]:
    """The console window built the app's way with CONTROLROOM_LANG=<param>."""
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, request.param)
    i18n.install_translators(english_afterwards)
    windows = make_console_window(qtbot, tmp_path, monkeypatch)
    handle = next(windows)
    yield handle
    windows.close()


EXPECTED = {
    "kk": {"menus": {"file": "&Файл", "edit": "&Түзету", "event": "&Іс-шара", "show": "&Эфир",
                     "view": "&Көрініс", "help": "&Анықтама"},
           "go": "БАСТАУ", "panic": "ТӨТЕНШЕ\nбәрін өшіру"},
    "ru": {"menus": {"file": "&Файл", "edit": "&Правка", "event": "&Мероприятие", "show": "&Эфир",
                     "view": "&Вид", "help": "&Справка"},
           "go": "ПУСК", "panic": "АВАРИЯ\nвыкл. все"},
}
ENGLISH_MENUS = {"file": "&File", "edit": "&Edit", "event": "E&vent", "show": "&Show",
                 "view": "&View", "help": "&Help"}


@pytest.mark.parametrize("window_in", ["kk", "ru"], indirect=True)
def test_menus_and_the_show_console_speak_the_chosen_language(
    window_in: ConsoleWindow,
) -> None:
    code = os.environ[i18n.LANGUAGE_VARIABLE]
    expected = EXPECTED[code]
    window, console = window_in.window, window_in.console
    titles = {key: menu.title() for key, menu in window.menus.items()}
    assert titles == expected["menus"]
    assert all(titles[key] != ENGLISH_MENUS[key] for key in ENGLISH_MENUS if key != "file")
    assert console.show_bar.go_button.text() == expected["go"]
    assert console.show_bar.panic_button.text() == expected["panic"]
    # Every action of the Show menu is translated (the console's GO, PANIC...).
    show_texts = [a.text() for a in window.menus["show"].actions() if not a.isSeparator()]
    assert show_texts
    assert not any(text.startswith(("GO", "PANIC", "Stop")) for text in show_texts)
    if code == "kk":
        joined = " ".join(show_texts)
        assert KAZAKH_LETTERS & set(joined)
    # The language menu is there, with the languages in their own names.
    menu = window_in.features.language_menu
    assert [a.text() for a in menu.menu.actions()][1:] == ["Қазақша", "Русский", "English"]
    # Plural forms too ("8 items" in the event line).
    summary = window.event_summary_label.text()
    assert summary and " items" not in summary


@pytest.mark.parametrize("window_in", ["kk"], indirect=True)
def test_choosing_a_language_is_saved_and_applies_on_restart(window_in: ConsoleWindow) -> None:
    menu = window_in.features.language_menu
    assert i18n.saved_language() == i18n.SYSTEM
    menu.actions["ru"].trigger()
    assert i18n.saved_language() == "ru"
    box = menu.last_message
    assert isinstance(box, QMessageBox)
    assert "controlroom" in box.text()
    assert "CONTROLROOM_LANG=kk" in box.text()  # the environment still wins
    box.close()


@pytest.mark.parametrize("window_in", ["kk", "ru"], indirect=True)
def test_render_the_console(window_in: ConsoleWindow, tmp_path: Path) -> None:
    """The console in Kazakh or Russian (buttons fit their texts).

    CONTROLROOM_WRITE_DOCS_IMAGES=1 keeps docs/img/console-kk.png.
    """
    code = os.environ[i18n.LANGUAGE_VARIABLE]
    cw = window_in
    window = cw.window
    window.resize(1680, 1050)
    window.show()
    cw.qtbot.waitExposed(window)
    cw.wait_devices_ok()
    cw.console.docks["log"].raise_()
    go = cw.console.show_bar.go_button
    # The button texts fit their buttons.
    for button in (go, cw.console.show_bar.panic_button, cw.console.show_bar.mode_button):
        needed = max(button.fontMetrics().horizontalAdvance(line)
                     for line in button.text().split("\n"))
        assert needed <= button.width(), button.text()
    cw.console.log.flush(5.0)
    cw.wait_for(lambda: cw.console.log_panel.model.rowCount() > 0)
    cw.qtbot.wait(300)
    image = window.grab().toImage()
    assert not image.isNull()
    assert image.save(str(tmp_path / f"console-{code}.png"))
    if os.environ.get("CONTROLROOM_KEEP_RENDERS"):
        assert image.save(str(Path(os.environ["CONTROLROOM_KEEP_RENDERS"]) / f"console-{code}.png"))
    if code == "kk" and os.environ.get("CONTROLROOM_WRITE_DOCS_IMAGES") == "1":
        assert image.save(str(ROOT / "docs" / "img" / "console-kk.png"))


# -- the names of edits in the Edit menu ------------------------------------------------------


def every_edit_label() -> list[EditLabel]:
    labels = [EditLabel(EditAction.CHANGE, field=spec.name) for spec in ITEM_FIELDS]
    labels += [EditLabel(EditAction.DUPLICATE), EditLabel(EditAction.EDIT_EVENT)]
    for action in (EditAction.INSERT, EditAction.DELETE, EditAction.MOVE):
        labels += [EditLabel(action, count=count) for count in (1, 2, 5, 21)]
    return labels


@pytest.fixture
def editor_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A main window (no console) on a one-item event in a real database."""
    from conftest_console import isolate_settings

    isolate_settings(tmp_path)
    database = Database.open(tmp_path / "editor.db")
    event = Event(title="Брифинг", scheduled_start=datetime(2026, 12, 3, 10, 0),
                  items=[Item(title="Ашылу", planned_duration=300)])
    database.create_event(event)
    window = MainWindow(database, rehearsal=True)
    qtbot.addWidget(window)
    window.set_runsheet(RunSheet(event, database))
    yield window
    runsheet = window.runsheet
    assert runsheet is not None and runsheet.wait_saved(5.0)
    window.close()
    database.close()


def test_every_edit_is_named_in_english_as_the_core_names_it(
    editor_window: MainWindow, english_afterwards: QApplication
) -> None:
    for label in every_edit_label():
        assert editor_window._edit_label(label) == label.text


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_every_edit_is_named_in_the_language(
    code: str,
    editor_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    english_afterwards: QApplication,
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, code)
    i18n.install_translators(english_afterwards)
    names = {label: editor_window._edit_label(label) for label in every_edit_label()}
    for label, name in names.items():
        assert name != label.text and not re.search(r"[A-Za-z]", name), (label, name)
        if label.count > 1:
            assert str(label.count) in name, (label, name)
    assert len(set(names.values())) == len(names)  # no two edits read alike
    # The Edit menu says it the moment the edit is made.
    runsheet = editor_window.runsheet
    assert runsheet is not None
    runsheet.set_item_field(0, "planned_duration", 600)
    duration = names[EditLabel(EditAction.CHANGE, field="planned_duration")]
    undo = editor_window.action_undo.text()
    assert duration in undo and undo != f"&Undo {duration}"
    if code == "kk":
        assert KAZAKH_LETTERS & set(duration)


# -- the On GO lines --------------------------------------------------------------------------


CHANGES = [
    CueChange("switcher", "program", "1 Cam 1 Wide", "2 Cam 2 Speakers"),
    CueChange("mics", "3 Speaker 1", "muted", "live"),
    CueChange("mics", "3 Speaker 1 gain", "unknown", "-3 dB"),
    CueChange("projector", "power", "standby network on", "on"),
    CueChange("projector", "blank", "showing", "blank"),
]


def test_on_go_lines_read_as_before_in_english(english_afterwards: QApplication) -> None:
    assert [describe_change(c) for c in CHANGES] == [
        f"{c.device} · {c.what}: {c.current} → {c.wanted}" for c in CHANGES
    ]


def test_on_go_lines_are_translated_but_names_from_the_hall_file_are_not(
    monkeypatch: pytest.MonkeyPatch, english_afterwards: QApplication
) -> None:
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "kk")
    i18n.install_translators(english_afterwards)
    lines = [describe_change(c) for c in CHANGES]
    program, mute, gain, power, blank = lines
    assert program.startswith("switcher · ") and "1 Cam 1 Wide → 2 Cam 2 Speakers" in program
    assert "program" not in program
    assert mute.startswith("mics · 3 Speaker 1: ") and "muted" not in mute and "live" not in mute
    assert "3 Speaker 1" in gain and "gain" not in gain and "-3" in gain and "dB" not in gain
    assert "standby" not in power and " on" not in power
    assert "blank" not in blank and "showing" not in blank
    assert all(KAZAKH_LETTERS & set(line) for line in (mute, power, blank))
