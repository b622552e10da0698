"""The remote web pages in a real browser: Debian's chromium, headless, driven by Selenium.

Each page is opened against the real server, engine, timer and rehearsal hall; GO
arrives over HTTP or OSC and the page must show it. Skipped, with the reason, when
chromium or chromedriver is not installed (``make test`` installs them as root).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from conftest_remote import CONTROL_TOKEN, VIEW_TOKEN, RemoteRig, http, make_rig, start_hall
from pythonosc.udp_client import SimpleUDPClient

from controlroom.clock import SystemClock
from controlroom.equipment import Equipment
from controlroom.eventlog import EventLog

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="chromium/chromedriver not installed: as root, `make test` installs them "
               "(apt-get install chromium chromium-driver)",
    ),
]

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

WAIT_S = 15.0


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                 "--window-size=1280,720"):
        options.add_argument(flag)
    service = Service(str(CHROMEDRIVER))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    started: list[psutil.Process] = []
    process = getattr(service, "process", None)
    if process is not None:
        started = [psutil.Process(process.pid)]
        started += started[0].children(recursive=True)
    try:
        yield driver
    finally:
        driver.quit()
        _gone, alive = psutil.wait_procs(started, timeout=10)
        for leftover in alive:  # only the processes this fixture started
            leftover.kill()
        psutil.wait_procs(alive, timeout=5)
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def hall() -> Iterator[Equipment]:
    hall = start_hall(EventLog(None, SystemClock()))
    try:
        yield hall
    finally:
        hall.close()


@pytest.fixture
def rig(hall: Equipment) -> Iterator[RemoteRig]:
    rig = make_rig(hall, clock=SystemClock(), control_token=CONTROL_TOKEN, view_token=VIEW_TOKEN)
    try:
        yield rig
    finally:
        rig.close()


def until(driver: Any, condition: Any, what: str) -> Any:
    return WebDriverWait(driver, WAIT_S, poll_frequency=0.05).until(
        lambda d: condition(d), message=what)


def text(driver: Any, element_id: str) -> str:
    return str(driver.find_element(By.ID, element_id).text)


def body(driver: Any, key: str) -> str:
    return str(driver.execute_script(f"return document.body.dataset.{key} || ''"))


def go(rig: RemoteRig) -> None:
    status, answer = http(rig, "POST", "/api/commands/go", token=CONTROL_TOKEN)
    assert status == 200, answer


def test_presenter_page_counts_and_follows_go(browser: Any, rig: RemoteRig) -> None:
    browser.get(f"{rig.base}/presenter?token={VIEW_TOKEN}&lang=en")
    until(browser, lambda d: body(d, "stale") == "0", "the page connected")
    assert text(browser, "figure") == "--:--"
    go(rig)
    until(browser, lambda d: text(d, "title") == "Ашылу", "GO arrived on the page")
    assert text(browser, "speaker") == "Әлия Қасымова"
    assert text(browser, "next") == "Next: Мәлімдеме"
    first = text(browser, "figure")
    assert first in ("5:00", "4:59")
    until(browser, lambda d: text(d, "figure") not in (first, "5:00"), "the timer counts")
    changes = browser.execute_script("return window.crFigureChanges.map(c => c.text)")
    assert changes[-1] in ("4:59", "4:58") and changes[-2] in ("5:00", "4:59")
    assert "normal" in browser.find_element(By.ID, "figure").get_attribute("class")

    http(rig, "POST", "/api/commands/message", {"text": "Bir minut", "flash": True},
         token=CONTROL_TOKEN)
    until(browser, lambda d: text(d, "message") == "Bir minut", "the message shows")
    until(browser, lambda d: "flash" in d.find_element(By.ID, "message").get_attribute("class"),
          "the message flashes")
    until(browser, lambda d: body(d, "micLive") == "1", "MIC LIVE shows (channel 1 open)")
    assert browser.find_element(By.ID, "mic-live").is_displayed()

    # Four minutes off: 0:59 left is under warning_at (120 s), so amber.
    for _ in range(4):
        http(rig, "POST", "/api/commands/remove_minute", token=CONTROL_TOKEN)
    until(browser, lambda d: body(d, "phase") == "warning", "the warning colour")
    colour = browser.find_element(By.ID, "figure").value_of_css_property("color")
    assert colour in ("rgba(255, 176, 0, 1)", "rgb(255, 176, 0)")

    http(rig, "POST", "/api/commands/blackout", {"on": True}, token=CONTROL_TOKEN)
    until(browser, lambda d: d.find_element(By.ID, "blackout").is_displayed(), "blackout")
    http(rig, "POST", "/api/commands/blackout", {"on": False}, token=CONTROL_TOKEN)

    # The next GO from a control surface, over OSC (the first GO was seconds ago, well
    # past the engine's 250 ms lockout).
    with SimpleUDPClient("127.0.0.1", rig.server.osc_port or 0) as client:
        client.send_message("/controlroom/go", [CONTROL_TOKEN])
    until(browser, lambda d: text(d, "title") == "Мәлімдеме", "the OSC GO arrived")
    assert text(browser, "figure") in ("10:00", "9:59")


def test_presenter_page_says_stale_when_the_connection_stalls(
    browser: Any, rig: RemoteRig
) -> None:
    browser.get(f"{rig.base}/presenter?token={VIEW_TOKEN}&lang=ru")
    until(browser, lambda d: body(d, "stale") == "0", "the page connected")
    assert not browser.find_element(By.ID, "stale").is_displayed()
    rig.server.stop()
    until(browser, lambda d: d.find_element(By.ID, "stale").is_displayed(), "STALE shows")
    assert text(browser, "stale") == "УСТАРЕЛО — экран не обновляется"


def test_moderator_page_in_kazakh(browser: Any, rig: RemoteRig) -> None:
    browser.get(f"{rig.base}/moderator?token={VIEW_TOKEN}&lang=kk")
    until(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#rows tr")) == 4,
          "the run-sheet shows")
    assert browser.find_element(By.CSS_SELECTOR, "[data-t=remaining]").text == "Қалды"
    assert body(browser, "standby") == "1"
    go(rig)
    until(browser, lambda d: body(d, "live") == "1", "GO arrived")
    rows = browser.find_elements(By.CSS_SELECTOR, "#rows tr")
    assert [r.get_attribute("class") for r in rows] == ["live", "standby", "", ""]
    rig.server.set_moderator_message("Сұрақтарға 5 минут")
    until(browser, lambda d: text(d, "moderator-message") == "Сұрақтарға 5 минут",
          "the technician's message shows")
    assert text(browser, "live") == "1. Ашылу"


def test_status_page_in_russian(browser: Any, rig: RemoteRig) -> None:
    browser.get(f"{rig.base}/status?token={VIEW_TOKEN}&lang=ru")
    until(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".device")) == 5,
          "the devices show")
    assert text(browser, "mode") == "РЕПЕТИЦИЯ"
    assert text(browser, "show-mode") == "РЕЖИМ ПРАВКИ"
    go(rig)
    until(browser, lambda d: text(d, "live") == "1. Ашылу", "GO arrived")
    assert text(browser, "show-mode") == "РЕЖИМ ЭФИРА"
    rig.server.cut_off()
    until(browser, lambda d: d.find_element(By.ID, "remote-off").is_displayed(),
          "the cut-off shows")


@pytest.mark.parametrize("size", [(390, 844), (844, 390), (768, 1024), (1024, 768)])
@pytest.mark.parametrize("page", ["presenter", "moderator", "status"])
def test_pages_fit_phones_and_tablets(
    browser: Any, rig: RemoteRig, page: str, size: tuple[int, int]
) -> None:
    browser.set_window_size(*size)
    try:
        go(rig)
        browser.get(f"{rig.base}/{page}?token={VIEW_TOKEN}&lang=kk")
        until(browser, lambda d: body(d, "stale") == "0", "the page connected")
        until(browser, lambda d: body(d, "displayed") not in ("", "0"), "the timer shows")
        width = browser.execute_script("return window.innerWidth")
        scroll = browser.execute_script("return document.documentElement.scrollWidth")
        assert scroll <= width, f"{page} scrolls sideways at {size}"
        if page == "presenter":
            box = browser.execute_script(
                "const r = document.getElementById('figure').getBoundingClientRect();"
                "return [r.left, r.right, r.top, r.bottom, window.innerHeight];")
            assert box[0] >= 0 and box[1] <= width and box[2] >= 0 and box[3] <= box[4], box
    finally:
        browser.set_window_size(1280, 720)


def test_a_page_without_the_token_is_refused(browser: Any, rig: RemoteRig) -> None:
    assert http(rig, "GET", "/presenter")[0] == 401
    assert http(rig, "GET", f"/presenter?token={VIEW_TOKEN}")[0] == 200
    browser.get(f"{rig.base}/?lang=ru")
    until(browser, lambda d: text(d, "presenter") == "Таймер докладчика", "the index")


@pytest.mark.parametrize("size", [(390, 844), (844, 390)])
def test_a_long_overtime_figure_fits_and_is_red(
    browser: Any, rig: RemoteRig, size: tuple[int, int]
) -> None:
    browser.set_window_size(*size)
    try:
        go(rig)
        # A 5-minute item 10 minutes over: "+10:00" (on the show thread, not through the
        # API, whose rate limit would refuse fifteen quick -1 minutes).
        rig.show_thread(lambda: rig.timer.adjust(-900.0)).result(5)
        browser.get(f"{rig.base}/presenter?token={VIEW_TOKEN}&lang=en")
        until(browser, lambda d: text(d, "figure").startswith("+10:0"), "overtime shows")
        assert body(browser, "phase") == "overtime"
        box = browser.execute_script(
            "const r = document.getElementById('figure').getBoundingClientRect();"
            "return [r.left, r.right, window.innerWidth];")
        assert box[0] >= 0 and box[1] <= box[2], box
        until(browser, lambda d: "overtime-flash" not in d.find_element(
            By.ID, "presenter").get_attribute("class"), "the overtime flash is over")
        colour = browser.find_element(By.ID, "figure").value_of_css_property("color")
        assert colour in ("rgba(255, 48, 48, 1)", "rgb(255, 48, 48)")
    finally:
        browser.set_window_size(1280, 720)
