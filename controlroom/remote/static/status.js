// The read-only status page: mode, show mode, live and standby, timing, device statuses.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  let tick = null;

  function renderTimer() {
    const view = CR.timerView();
    $("remaining").textContent = view.text;
    $("remaining").className = "big " + (view.loaded ? view.phase : "");
    document.body.dataset.displayed = String(view.displayed);
    clearTimeout(tick);
    tick = setTimeout(renderTimer, CR.untilNextSecond());
  }

  function describe(item, empty) {
    return item ? `${item.number}. ${item.title}` : empty;
  }

  function renderState(state) {
    $("event").textContent = state.event ? state.event.title : CR.t("no_event");
    const mode = $("mode");
    mode.textContent = CR.t(state.mode === "live" ? "live_mode" : "rehearsal");
    mode.className = "badge " + (state.mode === "live" ? "live-mode" : "rehearsal");
    $("show-mode").textContent = CR.t(state.show_mode ? "show_mode" : "edit_mode");
    $("on-air").hidden = !state.on_air;
    $("remote-off").hidden = state.remote_control;
    $("live").textContent = describe(state.live, CR.t("nothing_live"));
    $("standby").textContent = describe(state.standby, CR.t("end_of_runsheet"));
    $("offset").textContent = CR.offsetText(state.offset_s);
    $("projected").textContent = state.projected_end ? CR.t("projected_end", state.projected_end.slice(0, 5)) : "";
    const devices = document.createDocumentFragment();
    Object.entries(state.devices).forEach(([id, status]) => {
      const box = document.createElement("div");
      box.className = "device " + status.state.replace(/\s+/g, "-");
      box.dataset.device = id;
      box.textContent = `${id}: ${status.state}` + (status.reason ? ` — ${status.reason}` : "");
      devices.appendChild(box);
    });
    $("devices").replaceChildren(devices);
    document.body.dataset.live = state.live ? String(state.live.number) : "";
    renderTimer();
  }

  CR.start({ title: "status", onState: renderState,
             onStale: (stale) => { $("stale").hidden = !stale; } });
})();
