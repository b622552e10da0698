// The moderator view: the run-sheet with the live and standby items, the remaining time,
// how far the event runs behind or ahead, when it will end, and the technician's messages.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let tick = null;

  function minutes(seconds) {
    const m = Math.floor(seconds / 60);
    return `${m}:${String(seconds % 60).padStart(2, "0")}`;
  }

  function renderTimer() {
    const view = CR.timerView();
    const remaining = $("remaining");
    remaining.textContent = view.text;
    remaining.className = "big " + (view.loaded ? view.phase : "");
    document.body.dataset.displayed = String(view.displayed);
    clearTimeout(tick);
    tick = setTimeout(renderTimer, CR.untilNextSecond());
  }

  function renderState(state) {
    $("event").textContent = state.event ? state.event.title : CR.t("no_event");
    $("live").textContent = state.live ? `${state.live.number}. ${state.live.title}` : CR.t("nothing_live");
    $("offset").textContent = CR.offsetText(state.offset_s);
    $("projected").textContent = state.projected_end ? CR.t("projected_end", state.projected_end.slice(0, 5)) : "";
    $("moderator-note").hidden = !state.moderator_message;
    $("moderator-message").textContent = state.moderator_message;
    $("presenter-note").hidden = !state.timer.message;
    $("presenter-message").textContent = state.timer.message;
    const rows = $("rows");
    const fresh = document.createDocumentFragment();
    state.items.forEach((item) => {
      const row = document.createElement("tr");
      row.className = item.state;
      row.dataset.number = String(item.number);
      const num = document.createElement("td");
      num.className = "num";
      num.textContent = item.state === "live" ? `▶ ${item.number}` : item.state === "standby" ? `▷ ${item.number}` : String(item.number);
      const title = document.createElement("td");
      title.textContent = item.title;
      if (item.speaker) {
        const speaker = document.createElement("div");
        speaker.className = "speaker-line";
        speaker.textContent = item.speaker;
        title.appendChild(speaker);
      }
      const planned = document.createElement("td");
      planned.className = "time";
      planned.textContent = minutes(item.planned_duration);
      const started = document.createElement("td");
      started.className = "time";
      started.textContent = item.started ? item.started.slice(0, 5) : "";
      row.append(num, title, planned, started);
      fresh.appendChild(row);
    });
    rows.replaceChildren(fresh);
    document.body.dataset.live = state.live ? String(state.live.number) : "";
    document.body.dataset.standby = state.standby ? String(state.standby.number) : "";
    renderTimer();
  }

  CR.start({ title: "moderator", onState: renderState,
             onStale: (stale) => { $("stale").hidden = !stale; } });
})();
