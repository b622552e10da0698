"""Issue 10: the readiness result is a panel, GO/NO-GO big at the top; nothing in standby: NO-GO.

One row per device (status, reason) and one per problem (where, reason), in tables;
every label translated. The console's check passes its engine's standby.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest_console import ConsoleWindow
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from controlroom.check import CheckReport, DeviceCheck, Problem
from devices.text import Text
from ui import i18n
from ui.console.readiness import ReadinessPanel

pytestmark = pytest.mark.timeout(90)


def run_check(cw: ConsoleWindow) -> ReadinessPanel:
    console = cw.console
    with cw.qtbot.waitSignal(console.check_finished, timeout=20_000):
        console.show_bar.check_button.click()
    panel = console.active_dialog
    assert isinstance(panel, ReadinessPanel)
    return panel


def test_the_check_is_a_panel_and_no_go_with_nothing_in_standby(
    console_window: ConsoleWindow,
) -> None:
    cw = console_window
    cw.wait_devices_ok()
    console = cw.console
    engine = console.engine
    assert engine is not None and engine.standby_index == 0
    panel = run_check(cw)
    assert panel.report.go, panel.report.text()
    assert panel.verdict.text() == "GO" and panel.verdict.property("go") == "yes"
    assert panel.windowTitle() == "Readiness: GO"
    hall = console.holder.hall
    assert hall is not None
    assert [row[0] for row in panel.device_rows()] == [cfg.id for cfg in hall.config.devices]
    assert all(row[2] == "ok" and row[3] == "" for row in panel.device_rows())
    assert panel.problems.isHidden() and panel.problems_label.text() == "No problems."
    assert "Standby: item 1" in panel.summary.text()
    panel.close()
    runsheet = console.runsheet
    assert runsheet is not None
    engine.move_standby(len(runsheet.items))  # past the end: nothing in standby
    assert engine.standby_index is None
    panel = run_check(cw)
    assert not panel.report.go
    assert panel.verdict.text() == "NO-GO" and panel.verdict.property("go") == "no"
    assert panel.problem_rows() == [["standby", "nothing is in standby: GO would start nothing"]]
    assert panel.problems_label.text() == "Problems: 1"
    assert "Standby: nothing" in panel.summary.text()
    panel.close()


@pytest.fixture
def russian() -> Iterator[QApplication]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    default_locale = QLocale()
    i18n.remove_translators(app)
    i18n.install_translators(app, locale=QLocale("ru"))
    yield app
    i18n.remove_translators(app)
    QLocale.setDefault(default_locale)
    i18n.install_translators(app, locale=default_locale)


def test_every_label_of_the_panel_is_translated(qtbot: QtBot, russian: QApplication) -> None:
    report = CheckReport(
        hall_name="Press hall",
        mode="rehearsal",
        event_title="Брифинг",
        items_checked=2,
        devices=[
            DeviceCheck("switcher", "switcher", "ok"),
            DeviceCheck("projector", "projector", "offline", "no answer"),
        ],
        problems=[Problem(Text("standby"), Text("nothing is in standby: GO would start nothing"))],
        standby=None,
    )
    panel = ReadinessPanel(report)
    qtbot.addWidget(panel)
    # The core sentences ("standby", "nothing is in standby...") are Text: they go
    # through ui.core_text.tr_text and are translated once the catalogues hold the
    # Core context; the panel's own labels are checked here.
    english = {"NO-GO", "Readiness: NO-GO", "Device", "Kind", "Status", "Reason", "Where",
               "Problem", "offline", "ok", "Problems: 1"}
    shown = {panel.verdict.text(), panel.windowTitle(), panel.problems_label.text()}
    for table in (panel.devices, panel.problems):
        shown |= {table.horizontalHeaderItem(c).text() for c in range(table.columnCount())}
    shown.add(panel.device_rows()[0][2])
    shown.add(panel.device_rows()[1][2])
    assert not shown & english, shown & english
    assert "Standby: nothing" not in panel.summary.text()
