// controlroom remote pages: the shared part. Connects the WebSocket (token and language
// from the page's address: ?token=...&lang=en|kk|ru), keeps the latest state, counts the
// presenter timer down locally from the last state (the server pushes on every change and
// once a second), and says STALE when nothing has arrived for STALE_AFTER_MS.
"use strict";

const CR = (function () {
  const STALE_AFTER_MS = 2500;
  const params = new URLSearchParams(window.location.search);
  const token = params.get("token") || "";
  const wanted = (params.get("lang") || navigator.language || "en").slice(0, 2).toLowerCase();
  const lang = ["en", "kk", "ru"].includes(wanted) ? wanted : "en";
  let strings = {};
  let socket = null;
  let retryMs = 500;
  let lastMessageAt = 0;
  let stale = true;
  let nextId = 1;
  const pending = new Map();
  const stateListeners = [];
  const staleListeners = [];
  const model = { state: null, seq: 0, anchorRemaining: 0, anchorAt: 0, running: false,
                  flashUntil: 0 };

  function t(key, arg) {
    const text = strings[key] || key;
    return arg === undefined ? text : text.replace("{0}", arg);
  }

  function formatSeconds(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    const ss = String(s).padStart(2, "0");
    return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
  }

  // The same rule as controlroom/timer.py: d = ceil(remaining); d > 0 counts down,
  // d <= 0 is overtime shown as +m:ss of -d.
  function formatDisplay(displayed) {
    return displayed > 0 ? formatSeconds(displayed) : "+" + formatSeconds(-displayed);
  }

  function phaseFor(displayed, warningAt, dangerAt) {
    if (displayed <= 0) return "overtime";
    if (displayed <= dangerAt) return "danger";
    if (displayed <= warningAt) return "warning";
    return "normal";
  }

  function remaining(now) {
    const at = now === undefined ? performance.now() : now;
    if (!model.running) return model.anchorRemaining;
    return model.anchorRemaining - (at - model.anchorAt) / 1000;
  }

  function timerView(now) {
    const state = model.state;
    const timer = state ? state.timer : null;
    if (!timer || !timer.loaded) {
      return { loaded: false, text: "--:--", phase: "normal", displayed: 0, remaining: 0 };
    }
    // A hair of tolerance so float noise never shows the next second early.
    const r = remaining(now);
    const displayed = Math.ceil(r - 1e-6);
    return { loaded: true, remaining: r, displayed: displayed, text: formatDisplay(displayed),
             phase: phaseFor(displayed, timer.warning_at, timer.danger_at) };
  }

  // Milliseconds until the displayed second next changes (or 1000 when paused).
  function untilNextSecond() {
    if (!model.running) return 1000;
    const r = remaining();
    return Math.max(1, (r - Math.ceil(r - 1e-6) + 1) * 1000 + 1);
  }

  // The app's monotonic clock mapped onto performance.now(): the quickest delivery of the
  // last DELAY_WINDOW states gives the offset, so a state that arrives late (a busy
  // network or server) does not make the countdown late; clock drift is forgotten
  // with the window.
  const DELAY_WINDOW = 30;
  const delays = [];
  function appInstantHere(computedAt, arrivedAt) {
    delays.push(arrivedAt - computedAt * 1000);
    if (delays.length > DELAY_WINDOW) delays.shift();
    return computedAt * 1000 + Math.min(...delays);
  }

  function onMessage(event) {
    lastMessageAt = performance.now();
    setStale(false);
    let data;
    try { data = JSON.parse(event.data); } catch (e) { return; }
    if (data.type === "state") {
      const timer = data.state.timer;
      model.state = data.state;
      model.seq = data.seq;
      model.anchorRemaining = timer.remaining_s;
      model.anchorAt = appInstantHere(timer.computed_at, lastMessageAt);
      model.running = timer.running;
      model.flashUntil = timer.message_flash_left_s > 0
        ? model.anchorAt + timer.message_flash_left_s * 1000 : 0;
      stateListeners.forEach((listener) => listener(data.state));
    } else if (data.type === "result" && pending.has(data.id)) {
      pending.get(data.id)(data);
      pending.delete(data.id);
    }
  }

  function setStale(value) {
    if (value === stale) return;
    stale = value;
    document.body.dataset.stale = value ? "1" : "0";
    staleListeners.forEach((listener) => listener(value));
  }

  function connect() {
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    const url = `${scheme}://${window.location.host}/api/ws?token=${encodeURIComponent(token)}`;
    socket = new WebSocket(url);
    socket.onopen = () => { retryMs = 500; };
    socket.onmessage = onMessage;
    socket.onclose = () => {
      setStale(true);
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }

  function send(command, args) {
    return new Promise((resolve) => {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        resolve({ ok: false, error: "not connected" });
        return;
      }
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id: id, command: command, args: args || {} }));
    });
  }

  function applyStrings(root) {
    (root || document).querySelectorAll("[data-t]").forEach((node) => {
      node.textContent = t(node.dataset.t);
    });
  }

  function pageLink(page) {
    const query = new URLSearchParams();
    if (token) query.set("token", token);
    query.set("lang", lang);
    return `/${page}?${query.toString()}`;
  }

  async function start(options) {
    document.documentElement.lang = lang;
    document.body.dataset.stale = "1";
    try {
      const response = await fetch(`/static/${lang}.json`);
      strings = await response.json();
    } catch (e) {
      strings = {};
    }
    applyStrings();
    if (options && options.title) document.title = `controlroom — ${t(options.title)}`;
    if (options && options.onState) stateListeners.push(options.onState);
    if (options && options.onStale) staleListeners.push(options.onStale);
    setInterval(() => {
      if (performance.now() - lastMessageAt > STALE_AFTER_MS) setStale(true);
    }, 250);
    connect();
  }

  function offsetText(seconds) {
    const whole = Math.round(Math.abs(seconds));
    if (whole < 30) return t("on_time");
    return t(seconds > 0 ? "behind" : "ahead", formatSeconds(whole));
  }

  return { t, start, send, timerView, untilNextSecond, model, formatDisplay, offsetText,
           pageLink, applyStrings, lang, isStale: () => stale,
           flashOn: (now) => model.flashUntil > now &&
             Math.floor((model.flashUntil - now) / 500) % 2 === 1 };
})();
