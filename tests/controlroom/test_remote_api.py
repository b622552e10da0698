"""The remote server against real clients: urllib for HTTP, aiohttp for the WebSocket,
python-osc for OSC, all on 127.0.0.1, driving the real engine and a rehearsal hall."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest
from conftest_engine import wait_for
from conftest_remote import CONTROL_TOKEN, VIEW_TOKEN, RemoteRig, http, make_rig, start_hall
from pythonosc.osc_message import OscMessage
from pythonosc.udp_client import SimpleUDPClient

from controlroom.clock import ManualClock
from controlroom.equipment import Equipment
from controlroom.eventlog import EventLog
from controlroom.remote.control import REMOTE
from controlroom.remote.server import RemoteConfig, RemoteServer
from controlroom.remote.state import STATE_KEYS

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def hall() -> Iterator[Equipment]:
    hall = start_hall(EventLog(None, ManualClock()))
    try:
        yield hall
    finally:
        hall.close()


@pytest.fixture
def rig(hall: Equipment) -> Iterator[RemoteRig]:
    rig = make_rig(hall)
    try:
        yield rig
    finally:
        rig.close()


@pytest.fixture
def guarded(hall: Equipment) -> Iterator[RemoteRig]:
    """Tokens configured (as on a LAN address), a small burst for the flood test."""
    rig = make_rig(hall, control_token=CONTROL_TOKEN, view_token=VIEW_TOKEN, burst=3, rate=0.5)
    try:
        yield rig
    finally:
        rig.close()


def program_cuts(hall: Equipment) -> list[tuple[str, tuple[Any, ...]]]:
    return [m for m in hall.simulator("switcher").received_messages()
            if m[0].startswith("/atem/program")]


def remote_log(rig: RemoteRig) -> list[str]:
    return [e.message for e in rig.log.recent(source=REMOTE)]


# -- HTTP ---------------------------------------------------------------------------


def test_http_go_starts_the_item_and_cuts_the_switcher(rig: RemoteRig, hall: Equipment) -> None:
    before = len(program_cuts(hall))
    status, answer = http(rig, "POST", "/api/commands/go")
    assert status == 200, answer
    assert answer == {"ok": True, "command": "go", "result": "item 1 started"}
    assert rig.engine.live_index == 0 and rig.engine.standby_index == 1
    assert rig.engine.runsheet.locked, "a remote GO enters show mode like the keyboard's"
    assert wait_for(hall, lambda: len(program_cuts(hall)) > before)
    assert program_cuts(hall)[-1][1] in ((2,), ())
    assert any(m.startswith("remote go from http 127.0.0.1") for m in remote_log(rig))


def test_second_go_inside_the_lockout_is_refused(rig: RemoteRig) -> None:
    assert http(rig, "POST", "/api/commands/go")[0] == 200
    status, answer = http(rig, "POST", "/api/commands/go")  # the manual clock has not moved
    assert status == 409
    assert "lockout" in answer["error"]
    assert rig.engine.live_index == 0 and rig.engine.standby_index == 1
    assert isinstance(rig.clock, ManualClock)
    rig.clock.advance(1.0)
    assert http(rig, "POST", "/api/commands/go")[0] == 200
    assert rig.engine.live_index == 1


def test_state_follows_the_clock(rig: RemoteRig) -> None:
    assert http(rig, "POST", "/api/commands/go")[0] == 200
    status, state = http(rig, "GET", "/api/state")
    assert status == 200
    assert set(STATE_KEYS) <= set(state)
    assert state["live"]["title"] == "Ашылу" and state["standby"]["number"] == 2
    assert state["timer"]["remaining_s"] == pytest.approx(300.0)
    assert [row["state"] for row in state["items"]] == ["live", "standby", "", ""]
    assert state["mode"] == "rehearsal" and state["show_mode"] is True
    assert set(state["devices"]) == {"switcher", "mics", "mics-audience", "projector", "stream"}
    assert isinstance(rig.clock, ManualClock)
    rig.clock.advance(42.0)
    remaining = http(rig, "GET", "/api/state")[1]["timer"]["remaining_s"]
    assert remaining == pytest.approx(258.0)


def test_presenter_commands_reach_the_timer(rig: RemoteRig) -> None:
    http(rig, "POST", "/api/commands/go")
    assert http(rig, "POST", "/api/commands/message", {"text": "Уақыт бітті", "flash": True})[0] \
        == 200
    assert rig.timer.message == "Уақыт бітті"
    assert rig.timer.message_flash_since is not None
    assert http(rig, "POST", "/api/commands/add_minute")[0] == 200
    assert rig.timer.snapshot().remaining_s == pytest.approx(360.0)
    assert http(rig, "POST", "/api/commands/remove_minute")[0] == 200
    assert http(rig, "POST", "/api/commands/remove_minute")[0] == 200
    assert rig.timer.snapshot().remaining_s == pytest.approx(240.0)
    assert http(rig, "POST", "/api/commands/blackout", {"on": True})[0] == 200
    assert rig.timer.blackout
    assert http(rig, "POST", "/api/commands/blackout")[1]["result"] == "blackout off"
    assert http(rig, "POST", "/api/commands/clear_message")[0] == 200
    assert rig.timer.message == ""
    assert http(rig, "POST", "/api/commands/flash")[0] == 409  # nothing to flash


def test_standby_moves(rig: RemoteRig) -> None:
    assert http(rig, "POST", "/api/commands/standby_jump", {"number": 3})[0] == 200
    assert rig.engine.standby_index == 2
    assert http(rig, "POST", "/api/commands/standby_previous")[0] == 200
    assert rig.engine.standby_index == 1
    assert http(rig, "POST", "/api/commands/standby_next")[0] == 200
    assert rig.engine.standby_index == 2
    status, answer = http(rig, "POST", "/api/commands/standby_jump", {"number": 9})
    assert status == 409 and "no item 8" in answer["error"]
    assert rig.engine.standby_index == 2
    http(rig, "POST", "/api/commands/go")
    assert http(rig, "POST", "/api/commands/stop")[1]["result"] == "item 3 stopped"
    assert rig.engine.live_index is None


def test_panic_mutes_every_microphone(rig: RemoteRig, hall: Equipment) -> None:
    mics = hall.simulator("mics")
    for channel in mics.channels.values():
        channel.muted = False
    status, answer = http(rig, "POST", "/api/commands/panic")
    assert status == 200 and answer["result"] == "every microphone muted"
    assert rig.control.last_panic.wait(10.0)
    assert all(ch.muted for ch in mics.snapshot().values())


# -- bad requests --------------------------------------------------------------------


def test_bad_requests_get_clear_errors_and_change_nothing(guarded: RemoteRig) -> None:
    rig = guarded
    cases: list[tuple[str, bytes | dict[str, Any] | None, str | None, int, str]] = [
        ("/api/commands/go", None, None, 401, "token"),
        ("/api/commands/go", None, "not-the-token-at-all-000", 401, "token"),
        ("/api/commands/go", None, VIEW_TOKEN, 403, "only view"),
        ("/api/commands/go", b"{not json", CONTROL_TOKEN, 400, "malformed JSON"),
        ("/api/commands/go", b"[1, 2]", CONTROL_TOKEN, 400, "JSON object"),
        ("/api/commands/launch", None, CONTROL_TOKEN, 404, "unknown command 'launch'"),
        ("/api/commands/go", {"force": True}, CONTROL_TOKEN, 400, "unknown argument 'force'"),
        ("/api/commands/standby_jump", {"number": "2"}, CONTROL_TOKEN, 400, "must be int"),
        ("/api/commands/standby_jump", {}, CONTROL_TOKEN, 400, "missing argument 'number'"),
        ("/api/commands/message", {"text": "x" * 501}, CONTROL_TOKEN, 400, "longer than 500"),
        ("/api/commands/message", b"x" * 20_000, CONTROL_TOKEN, 413, "too large"),
    ]
    for path, body, token, want_status, want_text in cases:
        status, answer = http(rig, "POST", path, body, token=token)
        assert status == want_status, (path, body, answer)
        assert want_text in answer["error"], (path, answer)
    assert rig.engine.live_index is None and rig.engine.standby_index == 0
    assert rig.timer.message == ""
    assert http(rig, "GET", "/api/state")[0] == 401
    assert http(rig, "GET", "/api/state", token=VIEW_TOKEN)[0] == 200
    refused = [m for m in remote_log(rig) if "wrong or missing token" in m]
    assert len(refused) >= 3 and all("127.0.0.1" in m for m in refused)


def test_a_flood_is_rate_limited_but_panic_always_passes(guarded: RemoteRig) -> None:
    rig = guarded
    statuses = [http(rig, "POST", "/api/commands/standby_next", token=CONTROL_TOKEN)[0]
                for _ in range(8)]
    assert statuses[:3] == [200, 200, 200]
    assert statuses[3:] == [429] * 5
    assert rig.engine.standby_index == 3
    status, answer = http(rig, "POST", "/api/commands/standby_next", token=CONTROL_TOKEN)
    assert status == 429 and answer["retry_after_s"] > 0
    for _ in range(5):
        assert http(rig, "POST", "/api/commands/panic", token=CONTROL_TOKEN)[0] == 200


def test_origin_is_checked(guarded: RemoteRig) -> None:
    rig = guarded
    status, answer = http(rig, "POST", "/api/commands/go", token=CONTROL_TOKEN,
                          headers={"Origin": "http://evil.example"})
    assert status == 403 and "Origin" in answer["error"]
    assert rig.engine.live_index is None

    async def connect(origin: str) -> int:
        async with aiohttp.ClientSession() as session:
            try:
                ws = await session.ws_connect(
                    f"{rig.base}/api/ws?token={VIEW_TOKEN}", headers={"Origin": origin})
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status
            await ws.close()
            return 101

    assert asyncio.run(connect("http://evil.example")) == 403
    assert asyncio.run(connect(rig.base)) == 101


def test_a_rebound_host_name_is_refused_on_open_loopback(rig: RemoteRig) -> None:
    # DNS rebinding: evil.example re-pointed at 127.0.0.1; its page is same-origin with
    # itself, so only the Host header tells.
    headers = {"Host": f"evil.example:{rig.server.http_port}",
               "Origin": f"http://evil.example:{rig.server.http_port}"}
    status, answer = http(rig, "POST", "/api/commands/go", headers=headers)
    assert status == 403 and "localhost" in answer["error"]
    assert http(rig, "GET", "/api/state", headers=headers)[0] == 403
    assert rig.engine.live_index is None
    assert http(rig, "GET", "/api/state", headers={"Host": "localhost"})[0] == 200


def test_cut_off_refuses_every_remote_command(rig: RemoteRig) -> None:
    rig.server.cut_off()
    for name in ("go", "panic", "standby_next"):
        status, answer = http(rig, "POST", f"/api/commands/{name}")
        assert status == 403 and "cut off" in answer["error"]
    assert rig.engine.live_index is None and rig.engine.standby_index == 0
    assert http(rig, "GET", "/api/state")[1]["remote_control"] is False
    rig.server.restore_control()
    assert http(rig, "POST", "/api/commands/go")[0] == 200


def test_a_lan_address_needs_a_token(rig: RemoteRig) -> None:
    with pytest.raises(ValueError, match="control token is required"):
        RemoteServer(rig.control, rig.show_thread, RemoteConfig(host="192.0.2.10"))


def test_tokens_never_reach_a_log(
    guarded: RemoteRig, caplog: pytest.LogCaptureFixture
) -> None:
    rig = guarded
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-token-that-must-not-be-logged"
    http(rig, "GET", f"/presenter?token={VIEW_TOKEN}")
    http(rig, "GET", f"/api/state?token={wrong}")
    http(rig, "POST", "/api/commands/go", token=CONTROL_TOKEN)
    http(rig, "POST", "/api/commands/go", token=wrong)
    with SimpleUDPClient("127.0.0.1", rig.server.osc_port or 0) as client:
        client.send_message("/controlroom/standby/next", [CONTROL_TOKEN])
        client.send_message("/controlroom/standby/next", [wrong])
        acks = [_osc_wait(client, "/controlroom/ack").params for _ in range(2)]
    assert sorted(a[1] for a in acks) == [0, 1]
    text = caplog.text + "\n".join(e.message for e in rig.log.recent())
    assert "wrong or missing token" in text
    for token in (CONTROL_TOKEN, VIEW_TOKEN, wrong):
        assert token not in text


# -- WebSocket -----------------------------------------------------------------------


async def _receive_until(ws: aiohttp.ClientWebSocketResponse, predicate: Any) -> dict[str, Any]:
    while True:
        message = await ws.receive_json(timeout=10)
        if predicate(message):
            return message


def test_websocket_pushes_state_changes(rig: RemoteRig) -> None:
    async def scenario() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{rig.base}/api/ws") as ws:
                first = await ws.receive_json(timeout=10)
                loop = asyncio.get_running_loop()
                # Another client fires GO; this one only listens.
                status = await loop.run_in_executor(
                    None, lambda: http(rig, "POST", "/api/commands/go")[0])
                assert status == 200
                pushed = await _receive_until(
                    ws, lambda m: m["type"] == "state" and m["state"]["live"] is not None)
                await ws.send_json({"id": 7, "command": "standby_next"})
                result = await _receive_until(ws, lambda m: m["type"] == "result")
                return first, pushed, result

    first, pushed, result = asyncio.run(scenario())
    assert first["type"] == "state" and first["state"]["live"] is None
    assert pushed["state"]["live"]["number"] == 1
    assert pushed["state"]["timer"]["running"] is True
    assert result == {"type": "result", "id": 7, "ok": True, "command": "standby_next",
                      "result": "standby: item 3"}
    assert rig.engine.standby_index == 2


def test_websocket_bad_messages_keep_the_connection(guarded: RemoteRig) -> None:
    rig = guarded

    async def scenario() -> list[dict[str, Any]]:
        replies = []
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{rig.base}/api/ws?token={VIEW_TOKEN}") as ws:
                await ws.receive_json(timeout=10)
                for text in ("{oops", "[]", json.dumps({"command": 5}),
                             json.dumps({"id": 1, "command": "go"})):
                    await ws.send_str(text)
                    replies.append(await _receive_until(ws, lambda m: m["type"] == "result"))
        return replies

    replies = asyncio.run(scenario())
    assert "malformed JSON" in replies[0]["error"]
    assert "JSON object" in replies[1]["error"]
    assert "command name" in replies[2]["error"]
    assert "only view" in replies[3]["error"]
    assert rig.engine.live_index is None


# -- OSC -----------------------------------------------------------------------------


def _osc_wait(client: SimpleUDPClient, address: str, timeout: float = 10.0) -> OscMessage:
    while True:
        message = OscMessage(client.receive(timeout))
        if message.address == address:
            return message


def test_osc_go_with_feedback_to_the_sender(rig: RemoteRig, hall: Equipment) -> None:
    before = len(program_cuts(hall))
    with SimpleUDPClient("127.0.0.1", rig.server.osc_port or 0) as client:
        client.send_message("/controlroom/go", [])
        ack = _osc_wait(client, "/controlroom/ack")
        assert ack.params == ["go", 1, "item 1 started"]
        live = _osc_wait(client, "/controlroom/live")
        while live.params != ["1. Ашылу"]:
            live = _osc_wait(client, "/controlroom/live")
        client.send_message("/controlroom/go", [0.0])  # a button release: ignored
        client.send_message("/controlroom/standby/jump", [4])
        ack = _osc_wait(client, "/controlroom/ack")
        assert ack.params == ["standby_jump", 1, "standby: item 4"]
    assert rig.engine.live_index == 0 and rig.engine.standby_index == 3
    assert wait_for(hall, lambda: len(program_cuts(hall)) > before)
    assert any(m.startswith("remote go from osc 127.0.0.1:") for m in remote_log(rig))


def test_osc_bad_datagrams_are_answered_and_change_nothing(guarded: RemoteRig) -> None:
    rig = guarded
    port = rig.server.osc_port or 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as raw:
        raw.sendto(b"\xff\xfenot osc at all", ("127.0.0.1", port))
    with SimpleUDPClient("127.0.0.1", port) as client:
        client.send_message("/controlroom/go", [])  # no token
        assert _osc_wait(client, "/controlroom/ack").params == [
            "/controlroom/go", 0, "wrong or missing token"]
        client.send_message("/controlroom/launch", [CONTROL_TOKEN])
        ack = _osc_wait(client, "/controlroom/ack")
        assert ack.params[1] == 0 and "unknown OSC address" in ack.params[2]
        client.send_message("/controlroom/standby/jump", [CONTROL_TOKEN, "two"])
        ack = _osc_wait(client, "/controlroom/ack")
        assert ack.params[1] == 0 and "item number" in ack.params[2]
        client.send_message("/controlroom/panic", [CONTROL_TOKEN])  # still serving
        assert _osc_wait(client, "/controlroom/ack").params[:2] == ["panic", 1]
    assert rig.engine.live_index is None and rig.engine.standby_index == 0


def test_osc_subscribe_gets_state_on_change(rig: RemoteRig) -> None:
    with SimpleUDPClient("127.0.0.1", rig.server.osc_port or 0) as client:
        client.send_message("/controlroom/subscribe", [])
        assert _osc_wait(client, "/controlroom/go/enabled").params == [1]
        http(rig, "POST", "/api/commands/blackout", {"on": True})
        message = _osc_wait(client, "/controlroom/blackout")
        while message.params != [1]:
            message = _osc_wait(client, "/controlroom/blackout")


def test_stop_lets_go_of_both_ports(rig: RemoteRig) -> None:
    http_port, osc_port = rig.server.http_port, rig.server.osc_port
    assert http(rig, "GET", "/api/state")[0] == 200
    started = time.monotonic()
    rig.server.stop()
    assert time.monotonic() - started < 5.0, "stop() must not wait out its join timeout"
    assert not rig.server.running
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
        assert tcp.connect_ex(("127.0.0.1", http_port or 0)) != 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.bind(("127.0.0.1", osc_port or 0))  # free again


def test_a_flood_of_wrong_tokens_does_not_flood_the_log(guarded: RemoteRig) -> None:
    rig = guarded
    with SimpleUDPClient("127.0.0.1", rig.server.osc_port or 0) as client:
        for _ in range(200):
            client.send_message("/controlroom/go", ["wrong-token-wrong-token"])
        client.send_message("/controlroom/panic", [CONTROL_TOKEN])
        while _osc_wait(client, "/controlroom/ack").params[0] != "panic":
            pass
    refused = [m for m in remote_log(rig) if "wrong or missing token" in m]
    assert 1 <= len(refused) <= 20, len(refused)
    assert all("osc 127.0.0.1:" in m for m in refused)
    assert rig.engine.live_index is None


def test_a_port_in_use_is_a_clear_error(rig: RemoteRig) -> None:
    taken = RemoteConfig(http_port=rig.server.http_port or 0, osc_port=0)
    second = RemoteServer(rig.control, rig.show_thread, taken)
    with pytest.raises(OSError, match="cannot listen on 127.0.0.1"):
        second.start()
    assert not second.running
    assert http(rig, "GET", "/api/state")[0] == 200  # the first one is untouched
