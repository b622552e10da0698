"""The embedded remote server: HTTP + WebSocket (aiohttp) and OSC in, on its own thread.

:class:`RemoteServer` runs one asyncio loop on one thread. It reaches the show only
through a :class:`~controlroom.remote.control.ShowControl` called via the injected
``run_on_show_thread`` (PANIC excepted: it is called straight away, never queued and
never rate-limited). It learns about changes from the control's change listener and
pushes the new state to every WebSocket and OSC subscriber; once a second it pushes the
state anyway (remaining time, and a heartbeat that lets pages show STALE).

Nothing listens until :meth:`RemoteServer.start`. The default address is loopback; any
other needs a control token (see :mod:`controlroom.remote.security`). Every remote
command is written to the event log with its source; a wrong token is logged with the
sender's address; tokens never reach a log (aiohttp's access log is off, since it
would print query strings). :meth:`RemoteServer.cut_off` refuses every further command
at once, for the operator's one-click cut-off.

HTTP API (JSON; docs/remote.md has curl examples):

- ``GET /api/state``: the state snapshot (view token).
- ``POST /api/commands/<name>``: a command, optional JSON object body (control token).
- ``GET /api/ws``: WebSocket; the server sends ``{"type": "state", ...}``; a client may
  send ``{"id": 1, "command": "go", "args": {}}`` and gets ``{"type": "result", ...}``.
- ``GET /presenter``, ``/moderator``, ``/status``: the web pages (view token), ``?lang=``
  ``en``/``kk``/``ru``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from controlroom.eventlog import EventLog
from controlroom.remote import osc_in
from controlroom.remote.commands import BadCommand, Command, apply_command, parse_command
from controlroom.remote.control import REMOTE, CommandRefused, RunOnShowThread, ShowControl
from controlroom.remote.security import (
    CONTROL,
    Access,
    RateLimiter,
    host_is_loopback,
    is_loopback,
    origin_allowed,
)

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")
PAGES = ("presenter", "moderator", "status")
PUSH_CHUNK = 10
"""Viewers sent to at once; between chunks the loop serves other requests (a GO)."""
LANGUAGES = ("en", "kk", "ru")
_STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".json": "application/json",
                 ".html": "text/html"}


@dataclass(frozen=True)
class RemoteConfig:
    """Where the server listens and how it guards itself.

    ``http_port`` / ``osc_port`` 0 take any free port (tests); ``osc_port`` ``None``
    turns OSC off. ``rate`` commands per second per sender, ``burst`` at once.
    """

    host: str = "127.0.0.1"
    http_port: int = 8765
    osc_port: int | None = 9010
    control_token: str | None = None
    view_token: str | None = None
    rate: float = 5.0
    burst: int = 10
    max_body: int = 16 * 1024
    command_timeout_s: float = 5.0
    max_clients: int = 250
    tick_s: float = 1.0
    osc_subscribers: int = 32


class RemoteServer:
    """See the module docstring. ``start()`` and ``stop()`` from any one thread."""

    def __init__(
        self,
        control: ShowControl,
        run_on_show_thread: RunOnShowThread,
        config: RemoteConfig | None = None,
        log_to: EventLog | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.control = control
        self.config = config or RemoteConfig()
        self.access = Access(
            self.config.control_token, self.config.view_token,
            required=not is_loopback(self.config.host),
        )
        self._run = run_on_show_thread
        self._eventlog = log_to
        self._monotonic = monotonic
        self._limiter = RateLimiter(self.config.rate, self.config.burst, monotonic)
        self._refusal_log = RateLimiter(2.0, 10, monotonic)
        self._refusals_unlogged: dict[str, int] = {}
        self._control_enabled = True
        self._moderator_message = ""
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._osc_transport: asyncio.DatagramTransport | None = None
        self._stopping: asyncio.Event | None = None
        self._sockets: set[web.WebSocketResponse] = set()
        self._osc_subscribers: dict[tuple[str, int], float] = {}
        self._state: dict[str, Any] | None = None
        self._state_text = ""
        self._seq = 0
        self._refreshing = False
        self._dirty = False
        self.http_port: int | None = None
        self.osc_port: int | None = None
        self.pushes = 0
        """How many state pushes went out (tests, benchmarks)."""

    # -- life cycle -------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        """Bind and serve on a new thread; returns once listening, or raises OSError."""
        if self.running:
            return
        ready = threading.Event()
        failure: list[BaseException] = []

        def main() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(ready, failure))
            except BaseException as exc:  # reported to start(); a bug otherwise
                if not ready.is_set():
                    failure.append(exc)
                    ready.set()
                else:
                    log.exception("remote server stopped on an error")
            finally:
                loop.close()

        self._thread = threading.Thread(target=main, name="remote-server", daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise OSError("the remote server did not start in time")
        if failure:
            self._thread.join(timeout)
            self._thread = None
            exc = failure[0]
            if isinstance(exc, OSError):
                raise OSError(exc.errno, f"remote server: cannot listen on "
                              f"{self.config.host}: {exc.strerror or exc}") from None
            raise exc

    def stop(self, timeout: float = 10.0) -> None:
        """Close every connection and stop listening. Safe to call twice."""
        loop, thread, stopping = self._loop, self._thread, self._stopping
        if thread is None or loop is None or stopping is None:
            return
        if not loop.is_closed():
            loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout)
        self._thread = None
        self.control.remove_change_listener(self._on_change)
        self._write("info", f"remote server stopped ({self._where()})")

    def cut_off(self) -> None:
        """Refuse every further remote command, at once (the operator's one click)."""
        with self._lock:
            self._control_enabled = False
        self._write("warning", "remote control cut off by the operator")
        self._on_change()

    def restore_control(self) -> None:
        with self._lock:
            self._control_enabled = True
        self._write("info", "remote control restored by the operator")
        self._on_change()

    @property
    def control_enabled(self) -> bool:
        with self._lock:
            return self._control_enabled

    def set_moderator_message(self, text: str) -> None:
        """The technician's message on the moderator view (from the GUI; any thread)."""
        with self._lock:
            self._moderator_message = text.strip()[:500]
        self._on_change()

    def urls(self, host: str | None = None) -> dict[str, str]:
        """The page and API addresses (without tokens), by name."""
        shown = host or self.config.host
        if ":" in shown:
            shown = f"[{shown}]"
        base = f"http://{shown}:{self.http_port}"
        out = {page: f"{base}/{page}" for page in PAGES}
        out["api"] = f"{base}/api/state"
        out["websocket"] = f"ws://{shown}:{self.http_port}/api/ws"
        if self.osc_port is not None:
            out["osc"] = f"osc.udp://{shown}:{self.osc_port}{osc_in.PREFIX}/"
        return out

    def _where(self) -> str:
        osc = f", OSC udp {self.osc_port}" if self.osc_port is not None else ""
        return f"http {self.config.host}:{self.http_port}{osc}"

    # -- the loop ---------------------------------------------------------------------

    async def _serve(self, ready: threading.Event, failure: list[BaseException]) -> None:
        self._stopping = asyncio.Event()
        app = web.Application(client_max_size=self.config.max_body,
                              middlewares=[self._errors_as_json])
        app.router.add_get("/", self._index)
        for page in PAGES:
            app.router.add_get(f"/{page}", self._page)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/api/state", self._get_state)
        app.router.add_post("/api/commands/{name}", self._post_command)
        app.router.add_get("/api/ws", self._websocket)
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        self._runner = runner
        try:
            site = web.TCPSite(runner, self.config.host, self.config.http_port,
                               reuse_address=False)
            await site.start()
            server = site._server
            sockets = getattr(server, "sockets", None) or []
            self.http_port = sockets[0].getsockname()[1] if sockets else self.config.http_port
            if self.config.osc_port is not None:
                loop = asyncio.get_running_loop()
                transport, _protocol = await loop.create_datagram_endpoint(
                    lambda: _OscProtocol(self), local_addr=(self.config.host,
                                                             self.config.osc_port))
                self._osc_transport = transport
                self.osc_port = transport.get_extra_info("sockname")[1]
        except BaseException:
            await runner.cleanup()
            raise
        self.control.add_change_listener(self._on_change)
        self._write("info", f"remote server listening on {self._where()}")
        ready.set()
        tick = asyncio.create_task(self._tick())
        try:
            await self._stopping.wait()
        finally:
            # The tick ends on the stopping event; cancel() only as a fallback (3.11's
            # wait_for can swallow a cancel that lands as its future completes).
            await asyncio.wait({tick}, timeout=2.0)
            tick.cancel()
            for ws in list(self._sockets):
                await ws.close(code=1001, message=b"server stopping")
            if self._osc_transport is not None:
                self._osc_transport.close()
            await runner.cleanup()
            # Refreshes and OSC commands still under way end here, not as "destroyed".
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            if others:
                await asyncio.wait(others, timeout=2.0)

    async def _tick(self) -> None:
        """Once a second: a fresh state to everyone (remaining time; heartbeat)."""
        stopping = self._stopping
        assert stopping is not None
        while not stopping.is_set():
            await self._refresh(force=True)
            try:
                await asyncio.wait_for(stopping.wait(), self.config.tick_s)
            except TimeoutError:
                pass

    def _on_change(self) -> None:
        """Any thread: the show changed; refresh on the server's loop."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(self._schedule_refresh)
        except RuntimeError:  # the loop closed meanwhile
            pass

    def _schedule_refresh(self) -> None:
        asyncio.ensure_future(self._refresh())

    async def _refresh(self, force: bool = False) -> None:
        """Take a snapshot on the show thread and push it if it changed (coalesced)."""
        if self._refreshing:
            self._dirty = True
            return
        self._refreshing = True
        try:
            while True:
                self._dirty = False
                try:
                    state = await self._snapshot()
                except (TimeoutError, RuntimeError) as exc:
                    log.warning("remote: no state from the show thread (%s)",
                                type(exc).__name__)
                    return
                comparable = json.dumps(state, sort_keys=True, ensure_ascii=False)
                if force or comparable != self._state_text:
                    self._state_text = comparable
                    self._state = state
                    await self._push(state)
                force = False
                if not self._dirty:
                    return
        finally:
            self._refreshing = False

    async def _snapshot(self) -> dict[str, Any]:
        """A fresh state from the show thread, with the server's own fields."""
        state: dict[str, Any] = await asyncio.wait_for(
            asyncio.wrap_future(self._run(self.control.snapshot)), self.config.command_timeout_s)
        with self._lock:
            state["moderator_message"] = self._moderator_message
            state["remote_control"] = self._control_enabled
        return state

    async def _push(self, state: dict[str, Any]) -> None:
        self._seq += 1
        self.pushes += 1
        message = json.dumps({"type": "state", "seq": self._seq, "state": state},
                             ensure_ascii=False)
        sockets = list(self._sockets)
        for start in range(0, len(sockets), PUSH_CHUNK):
            if start:
                await asyncio.sleep(0)  # let a command that came in meanwhile go first
            await asyncio.gather(*(self._send(ws, message)
                                   for ws in sockets[start:start + PUSH_CHUNK]))
        transport = self._osc_transport
        if transport is not None and self._osc_subscribers:
            now = self._monotonic()
            datagrams = osc_in.feedback_messages(state)
            for address, seen in list(self._osc_subscribers.items()):
                if now - seen > 1800:  # 30 minutes without a word: forget the surface
                    del self._osc_subscribers[address]
                    continue
                for datagram in datagrams:
                    transport.sendto(datagram, address)

    async def _send(self, ws: web.WebSocketResponse, message: str) -> None:
        try:
            await asyncio.wait_for(ws.send_str(message), 2.0)
        except (ConnectionError, TimeoutError, RuntimeError):
            self._sockets.discard(ws)
            await ws.close()

    async def _current_state(self) -> dict[str, Any]:
        if self._state is None:
            await self._refresh(force=True)
        return self._state or {}

    # -- HTTP -------------------------------------------------------------------------

    @web.middleware
    async def _errors_as_json(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not self.access.required and not host_is_loopback(request.host):
            # Open on loopback: a page whose name was re-pointed at 127.0.0.1 (DNS
            # rebinding) would pass the Origin check; its Host header gives it away.
            return _error(403, "open without a token only as 127.0.0.1 or localhost")
        try:
            return await handler(request)
        except web.HTTPException as exc:
            if exc.content_type == "application/json" or exc.status < 400:
                raise
            reason = exc.reason
            if exc.status == 413:
                reason = f"request body too large (at most {self.config.max_body} bytes)"
            return _error(exc.status, reason)

    def _token(self, request: web.Request) -> str | None:
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            return header[7:].strip()
        return request.headers.get("X-Controlroom-Token") or request.query.get("token")

    def _sender(self, request: web.Request) -> str:
        return request.remote or "?"

    def _level(self, request: web.Request) -> str | None:
        level = self.access.level(self._token(request))
        if level is None:
            self._refused_token(f"http {self._sender(request)}", request.path)
        return level

    def _refused_token(self, source: str, what: str) -> None:
        # The presented token itself is never logged. A flood of refusals from one
        # sender is logged a few times a second at most, with a count of the rest.
        sender = source.rsplit(" ", 1)[-1].rsplit(":", 1)[0]
        allowed, _retry = self._refusal_log.allow(sender)
        if not allowed:
            self._refusals_unlogged[sender] = self._refusals_unlogged.get(sender, 0) + 1
            return
        skipped = self._refusals_unlogged.pop(sender, 0)
        more = f"; {skipped} more refused since" if skipped else ""
        message = f"remote: wrong or missing token from {source} ({what}{more})"
        log.warning(message)
        self._write("warning", message)

    def _origin_ok(self, request: web.Request) -> bool:
        if origin_allowed(request.headers.get("Origin"), request.host):
            return True
        origin = request.headers.get("Origin", "")[:100]
        message = f"remote: refused Origin {origin!r} from {self._sender(request)}"
        log.warning(message)
        self._write("warning", message)
        return False

    async def _index(self, request: web.Request) -> web.StreamResponse:
        return self._file("index.html")

    async def _page(self, request: web.Request) -> web.StreamResponse:
        if self._level(request) is None:
            return _error(401, "a valid token is needed: open the address the operator gave "
                          "(it ends in ?token=...)")
        return self._file(request.path.strip("/") + ".html")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        return self._file(request.match_info["name"])

    def _file(self, name: str) -> web.StreamResponse:
        path = STATIC / name
        suffix = path.suffix
        if "/" in name or name.startswith(".") or suffix not in _STATIC_TYPES or not path.is_file():
            return _error(404, f"no such file {name[:60]!r}")
        return web.Response(body=path.read_bytes(), content_type=_STATIC_TYPES[suffix],
                            charset="utf-8", headers={"Cache-Control": "no-cache"})

    async def _get_state(self, request: web.Request) -> web.StreamResponse:
        if self._level(request) is None:
            return _error(401, "wrong or missing token")
        try:
            state = await self._snapshot()
        except TimeoutError:
            return _error(504, "the show did not answer in time")
        return web.json_response(state,
                                 dumps=lambda o: json.dumps(o, ensure_ascii=False))

    async def _post_command(self, request: web.Request) -> web.StreamResponse:
        level = self._level(request)
        if level is None:
            return _error(401, "wrong or missing token")
        if not self._origin_ok(request):
            return _error(403, "this Origin may not send commands")
        if level != CONTROL:
            return _error(403, "this token may only view; commands need the control token")
        name = request.match_info["name"]
        args: Any = None
        body = await request.read()
        if body.strip():
            try:
                args = json.loads(body)
            except (ValueError, UnicodeDecodeError) as exc:
                return _error(400, f"malformed JSON body: {exc}")
        try:
            command = parse_command(name, args)
        except BadCommand as exc:
            return _error(exc.status, str(exc))
        status, answer = await self.execute(command, f"http {self._sender(request)}",
                                            self._sender(request))
        return web.json_response(answer, status=status,
                                 dumps=lambda o: json.dumps(o, ensure_ascii=False))

    # -- WebSocket --------------------------------------------------------------------

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        level = self._level(request)
        if level is None:
            return _error(401, "wrong or missing token")
        if not self._origin_ok(request):
            return _error(403, "this Origin may not connect")
        if len(self._sockets) >= self.config.max_clients:
            return _error(503, f"too many clients (at most {self.config.max_clients})")
        # No per-message deflate: compressing the same state once per viewer costs more
        # CPU than the few hundred bytes it saves on a LAN.
        ws = web.WebSocketResponse(heartbeat=10.0, max_msg_size=self.config.max_body,
                                   compress=False)
        await ws.prepare(request)
        self._sockets.add(ws)
        sender = self._sender(request)
        try:
            state = await self._current_state()
            await ws.send_str(json.dumps({"type": "state", "seq": self._seq, "state": state},
                                         ensure_ascii=False))
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    reply = await self._ws_command(message.data, level, sender)
                    await ws.send_str(json.dumps(reply, ensure_ascii=False))
                elif message.type == WSMsgType.ERROR:
                    break
                else:
                    await ws.send_str(json.dumps(
                        {"type": "result", "ok": False, "error": "send JSON text frames"}))
        finally:
            self._sockets.discard(ws)
        return ws

    async def _ws_command(self, text: str, level: str, sender: str) -> dict[str, Any]:
        try:
            data = json.loads(text)
        except ValueError as exc:
            return {"type": "result", "ok": False, "error": f"malformed JSON: {exc}"}
        if not isinstance(data, dict):
            return {"type": "result", "ok": False, "error": "send a JSON object"}
        ident = data.get("id")
        if data.get("type") == "ping":
            return {"type": "pong", "id": ident}
        name = data.get("command")
        if not isinstance(name, str):
            return {"type": "result", "id": ident, "ok": False,
                    "error": "a message needs \"command\": a command name"}
        if level != CONTROL:
            return {"type": "result", "id": ident, "ok": False,
                    "error": "this token may only view; commands need the control token"}
        try:
            command = parse_command(name, data.get("args"))
        except BadCommand as exc:
            return {"type": "result", "id": ident, "ok": False, "error": str(exc)}
        _status, answer = await self.execute(command, f"websocket {sender}", sender)
        return {"type": "result", "id": ident, **answer}

    # -- commands ---------------------------------------------------------------------

    async def execute(
        self, command: Command, source: str, sender: str
    ) -> tuple[int, dict[str, Any]]:
        """Run one validated command from ``source``; returns (HTTP status, answer)."""
        name = command.name
        if not self.control_enabled:
            self._write("warning", f"remote {name} from {source} refused: control is cut off")
            return 403, {"ok": False, "command": name,
                         "error": "remote control is cut off by the operator"}
        if name != "panic":  # PANIC is never rate-limited
            allowed, retry = self._limiter.allow(sender)
            if not allowed:
                log.warning("remote: %s from %s rate-limited", name, source)
                return 429, {"ok": False, "command": name,
                             "error": f"too many commands; retry in {retry:.1f} s",
                             "retry_after_s": round(retry, 2)}
        self._write("info", f"remote {name}{_describe_args(command)} from {source}")
        try:
            if name == "panic":
                detail = self.control.panic()  # here and now: never behind other commands
            elif name == "moderator_message":
                self.set_moderator_message(str(command.args["text"]))
                detail = "moderator message set"
            else:
                future = self._run(lambda: apply_command(self.control, command))
                detail = await asyncio.wait_for(asyncio.wrap_future(future),
                                                self.config.command_timeout_s)
        except CommandRefused as exc:
            self._write("warning", f"remote {name} from {source}: {exc}")
            return 409, {"ok": False, "command": name, "error": str(exc)}
        except TimeoutError:
            self._write("error", f"remote {name} from {source}: the show did not answer")
            return 504, {"ok": False, "command": name,
                         "error": "the show did not answer in time"}
        self._on_change()
        return 200, {"ok": True, "command": name, "result": detail}

    # -- OSC --------------------------------------------------------------------------

    def _osc_datagram(self, data: bytes, address: tuple[str, int]) -> None:
        transport = self._osc_transport
        source = f"osc {address[0]}:{address[1]}"
        try:
            messages = osc_in.parse_datagram(data)
        except osc_in.OscError as exc:
            log.warning("remote: %s from %s", exc, source)
            return
        for osc_address, args in messages:
            token, rest = osc_in.split_token(args, self.access.required)
            if self.access.level(token) != CONTROL:
                self._refused_token(source, osc_address[:60])
                if transport is not None:
                    transport.sendto(osc_in.ack(osc_address, False, "wrong or missing token"),
                                     address)
                continue
            if osc_address == osc_in.PREFIX + "/subscribe":
                self._subscribe(address, rest)
                continue
            try:
                command = osc_in.to_command(osc_address, rest)
            except osc_in.OscError as exc:
                if transport is not None:
                    transport.sendto(osc_in.ack(osc_address, False, str(exc)), address)
                continue
            if command is osc_in.RELEASE or not isinstance(command, Command):
                continue
            self._note_subscriber(address)
            asyncio.ensure_future(self._osc_command(command, source, address))

    def _subscribe(self, address: tuple[str, int], args: list[Any]) -> None:
        target = address
        if args and isinstance(args[0], int) and 0 < args[0] < 65536:
            target = (address[0], args[0])
        self._note_subscriber(target)
        if self._state is not None:
            asyncio.ensure_future(self._push(self._state))

    def _note_subscriber(self, address: tuple[str, int]) -> None:
        subscribers = self._osc_subscribers
        if address not in subscribers and len(subscribers) >= self.config.osc_subscribers:
            oldest = min(subscribers, key=lambda a: subscribers[a])
            del subscribers[oldest]
        subscribers[address] = self._monotonic()

    async def _osc_command(self, command: Command, source: str, address: tuple[str, int]) -> None:
        status, answer = await self.execute(command, source, address[0])
        transport = self._osc_transport
        if transport is not None:
            detail = answer.get("result") or answer.get("error") or ""
            transport.sendto(osc_in.ack(command.name, status == 200, str(detail)), address)

    # -- log --------------------------------------------------------------------------

    def _write(self, severity: str, message: str) -> None:
        if severity in ("info", "debug"):
            log.info(message)
        if self._eventlog is not None:
            self._eventlog.write(severity, REMOTE, "action", message)


class _OscProtocol(asyncio.DatagramProtocol):
    """Hands every OSC datagram to the server (on its loop)."""

    def __init__(self, server: RemoteServer) -> None:
        self.server = server

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        self.server._osc_datagram(data, addr)

    def error_received(self, exc: Exception) -> None:
        log.warning("remote OSC: %s", exc)


def _describe_args(command: Command) -> str:
    """The arguments for the log (texts by length only: the log is not a transcript)."""
    parts = []
    for key, value in command.args.items():
        parts.append(f"{key}={len(value)} chars" if isinstance(value, str) else f"{key}={value}")
    return f" ({', '.join(parts)})" if parts else ""


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status)
