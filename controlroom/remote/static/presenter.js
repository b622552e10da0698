// The presenter timer page: the speaker's countdown on a tablet or phone, as on the
// presenter screen (same colours, warning and danger, overtime flash, message, MIC LIVE,
// STALE when the connection stalls). The figure is computed locally from the clock and
// the last state, and redrawn exactly when the displayed second (or a flash) changes.
"use strict";

(function () {
  const FLASH_SECONDS = 10;
  const $ = (id) => document.getElementById(id);
  const root = $("presenter");
  const figure = $("figure");
  let timer = null;
  // Every change of the big figure with its epoch time (ms), for tests and benchmarks.
  window.crFigureChanges = [];

  function flashing(elapsed) {
    return elapsed >= 0 && elapsed < FLASH_SECONDS && Math.floor(elapsed / 0.5) % 2 === 0;
  }

  function render() {
    const now = performance.now();
    const state = CR.model.state;
    const t = state ? state.timer : null;
    const view = CR.timerView(now);
    const stale = CR.isStale();
    if (figure.textContent !== view.text) {
      figure.textContent = view.text;
      window.crFigureChanges.push({ text: view.text, at: performance.timeOrigin + now });
      if (window.crFigureChanges.length > 2000) window.crFigureChanges.shift();
    }
    figure.className = "figure " + (!view.loaded ? "idle" : stale ? "dim" : view.phase) +
      (view.text.length >= 7 ? " len7" : view.text.length === 6 ? " len6" : "");
    document.body.dataset.phase = view.phase;
    document.body.dataset.displayed = String(view.displayed);
    const overtimeFlash = view.loaded && view.phase === "overtime" && t && t.overtime_flash &&
      flashing(-view.remaining);
    root.classList.toggle("overtime-flash", Boolean(overtimeFlash));
    $("title").textContent = t ? t.title : "";
    $("speaker").textContent = t ? t.speaker : "";
    $("next").textContent = t && t.next_title ? CR.t("next", t.next_title) : "";
    $("mic-live").hidden = !(t && t.mic_live);
    $("paused").hidden = !(view.loaded && t && !t.running);
    const message = $("message");
    message.hidden = !(t && t.message);
    message.textContent = t ? t.message : "";
    const flashLeft = (CR.model.flashUntil - now) / 1000;
    message.classList.toggle("flash", flashing(FLASH_SECONDS - flashLeft) && flashLeft > 0);
    $("blackout").hidden = !(t && t.blackout);
    $("stale").hidden = !stale;
    document.body.dataset.blackout = t && t.blackout ? "1" : "0";
    document.body.dataset.micLive = t && t.mic_live ? "1" : "0";
    const clock = state ? state.time_of_day.slice(0, 5) : "";
    $("clock").textContent = clock;
    schedule(now, view, flashLeft, overtimeFlash, t);
  }

  function schedule(now, view, flashLeft, overtimeFlash, t) {
    let delay = CR.untilNextSecond();
    if (flashLeft > 0) delay = Math.min(delay, 500 - ((FLASH_SECONDS - flashLeft) * 1000) % 500 + 1);
    if (view.loaded && view.phase === "overtime" && t && t.overtime_flash && -view.remaining < FLASH_SECONDS) {
      delay = Math.min(delay, 500 - (-view.remaining * 1000) % 500 + 1);
    }
    clearTimeout(timer);
    timer = setTimeout(render, Math.max(1, delay));
  }

  CR.start({ title: "presenter", onState: render, onStale: render });
  render();
})();
