"""The remote server's parts on their own: command validation, tokens, Origin, rate limit, OSC."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from controlroom.remote import osc_in
from controlroom.remote.commands import COMMANDS, BadCommand, Command, parse_command
from controlroom.remote.security import (
    CONTROL,
    VIEW,
    Access,
    RateLimiter,
    generate_token,
    host_is_loopback,
    is_loopback,
    origin_allowed,
    redact,
)


def test_commands_validate_their_arguments() -> None:
    assert parse_command("message", {"text": "hi"}) == Command("message", {"text": "hi"})
    assert parse_command("go", None) == Command("go", {})
    with pytest.raises(BadCommand, match="unknown command 'fire'") as caught:
        parse_command("fire")
    assert caught.value.status == 404
    with pytest.raises(BadCommand, match="'on' must be bool, not a number"):
        parse_command("blackout", {"on": 1})
    with pytest.raises(BadCommand, match="must be int, not a boolean"):
        parse_command("standby_jump", {"number": True})
    with pytest.raises(BadCommand, match="1 or more"):
        parse_command("standby_jump", {"number": 0})
    assert "panic" in COMMANDS and "go" in COMMANDS


def test_tokens_and_access() -> None:
    token = generate_token()
    assert len(token) == 32 and token != generate_token()
    open_local = Access(None, None, required=False)
    assert open_local.level(None) == CONTROL
    guarded = Access("c" * 20, "v" * 20, required=True)
    assert guarded.level(None) is None
    assert guarded.level("c" * 20) == CONTROL
    assert guarded.level("v" * 20) == VIEW
    assert guarded.level("c" * 19) is None
    with pytest.raises(ValueError, match="required"):
        Access(None, None, required=True)
    with pytest.raises(ValueError, match="too short"):
        Access("short", None, required=True)
    assert redact(f"a {token} b", token, None) == "a *** b"


def test_loopback_and_origin() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("192.168.1.20") and not is_loopback("0.0.0.0")
    assert origin_allowed(None, "127.0.0.1:8765")
    assert origin_allowed("http://127.0.0.1:8765", "127.0.0.1:8765")
    assert not origin_allowed("http://127.0.0.1:9999", "127.0.0.1:8765")
    assert not origin_allowed("http://evil.example", "127.0.0.1:8765")
    assert not origin_allowed("null", "127.0.0.1:8765")
    assert host_is_loopback("127.0.0.1:8765") and host_is_loopback("[::1]:80")
    assert host_is_loopback("localhost:8765") and host_is_loopback("LOCALHOST")
    assert not host_is_loopback("evil.example:8765") and not host_is_loopback(None)
    assert not host_is_loopback("192.168.1.20:8765") and not host_is_loopback("[bad")


def test_rate_limiter_refills_from_the_clock() -> None:
    now = [100.0]
    limiter = RateLimiter(rate=2.0, burst=3, clock=lambda: now[0])
    assert [limiter.allow("a")[0] for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")[0], "each sender has its own bucket"
    allowed, retry = limiter.allow("a")
    assert not allowed and retry == pytest.approx(0.5)
    now[0] += 0.5
    assert limiter.allow("a")[0]
    assert not limiter.allow("a")[0]


def test_osc_addresses_become_commands() -> None:
    assert osc_in.to_command("/controlroom/go", []) == Command("go", {})
    assert osc_in.to_command("/controlroom/go", [1]) == Command("go", {})
    assert osc_in.to_command("/controlroom/go", [0.0]) is osc_in.RELEASE
    assert osc_in.to_command("/controlroom/standby/jump", [3]) == Command(
        "standby_jump", {"number": 3})
    assert osc_in.to_command("/controlroom/message", ["hi", 1]) == Command(
        "message", {"text": "hi", "flash": True})
    assert osc_in.to_command("/controlroom/blackout", []) == Command("blackout", {})
    assert osc_in.split_token(["tok", "x"], True) == ("tok", ["x"])
    assert osc_in.split_token(["x"], False) == (None, ["x"])
    for address, args, error in [
        ("/atem/program", [1], "unknown OSC address"),
        ("/controlroom/fire", [], "unknown OSC address"),
        ("/controlroom/go", ["x"], "takes no arguments"),
        ("/controlroom/standby/jump", [], "item number"),
        ("/controlroom/standby/jump", [0], "1 or more"),
        ("/controlroom/standby/jump", [float("nan")], "item number"),
        ("/controlroom/standby/jump", [float("inf")], "item number"),
        ("/controlroom/message", ["hi", "yes"], "optional 0/1"),
    ]:
        with pytest.raises(osc_in.OscError, match=error):
            osc_in.to_command(address, args)


def test_osc_round_trip() -> None:
    datagram = osc_in.build("/controlroom/message", "Сәлем", 1)
    assert osc_in.parse_datagram(datagram) == [("/controlroom/message", ["Сәлем", 1])]


@given(st.sampled_from(osc_in.ADDRESSES),
       st.lists(st.one_of(st.integers(-2**31, 2**31 - 1), st.floats(width=32), st.text(),
                          st.booleans(), st.binary(min_size=1, max_size=8)), max_size=3))
def test_any_arguments_give_a_command_or_an_osc_error(address: str, args: list[object]) -> None:
    datagram = osc_in.build(address, *args)
    [(parsed_address, parsed)] = osc_in.parse_datagram(datagram)
    try:
        osc_in.to_command(parsed_address, parsed)
    except osc_in.OscError:
        pass


@given(st.binary(max_size=300))
def test_any_datagram_gives_messages_or_an_osc_error(data: bytes) -> None:
    try:
        messages = osc_in.parse_datagram(data)
    except osc_in.OscError:
        return
    for address, args in messages:
        try:
            osc_in.to_command(address, args)
        except osc_in.OscError:
            pass


def test_a_nul_in_a_text_never_breaks_a_message() -> None:
    datagram = osc_in.build("/controlroom/ack", "go\x00", 1, "Ашылу\x00сөзі")
    assert osc_in.parse_datagram(datagram) == [("/controlroom/ack", ["go", 1, "Ашылусөзі"])]
