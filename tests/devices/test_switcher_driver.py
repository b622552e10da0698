"""SwitcherDriver against SwitcherSimulator over real UDP sockets on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import time

import pytest
from conftest_switcher import INPUT_NAMES, Rig, switcher_config, switcher_rig
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from recorder import Recorder

from devices.base import CommandRefused, CommandTimeout, DeviceOffline, LinkState
from devices.registry import build_driver
from devices.switcher import atemosc
from devices.switcher.driver import POLL_INTERVAL_S, SwitcherDriver
from devices.switcher.simulator import SwitcherSimulator
from devices.udp_transport import UdpEndpoint, free_udp_port


@pytest.fixture
def rig() -> Rig:
    with switcher_rig() as started:
        yield started


# -- connecting ------------------------------------------------------------------------------


def test_connect_asks_for_status_and_builds_state(rig: Rig) -> None:
    assert rig.sent("/atem/send-status")
    state = rig.wait_state(lambda s: s.link_up is True and 1 in s.program_tally)
    assert (state.program, state.preview) == (rig.sim.program, rig.sim.preview)
    assert state.preview_tally == frozenset({rig.sim.preview})
    assert rig.driver.status.last_heard is not None
    assert rig.driver.protocol_errors == 0


def test_status_goes_connecting_then_ok(rig: Rig) -> None:
    kinds = [s.state for s in rig.statuses.values]
    assert kinds[:2] == [LinkState.CONNECTING, LinkState.OK]


def test_input_names_come_from_the_config(rig: Rig) -> None:
    assert rig.driver.inputs == INPUT_NAMES
    assert rig.driver.input_name(5) == "Presentation PC"
    assert rig.driver.input_name(1000) == "Colour bars"


def test_build_driver_points_a_config_at_a_url() -> None:
    config = switcher_config(3333, 3334)
    driver = build_driver(config, url="osc.udp://127.0.0.1:45678")
    assert isinstance(driver, SwitcherDriver)
    assert (driver.config.host, driver.config.port) == ("127.0.0.1", 45678)
    assert driver.status.state is LinkState.OFFLINE  # constructed, not started: nothing opened
    assert driver.feedback_port is None


# -- commands ----------------------------------------------------------------------------------


def test_program_resolves_when_feedback_confirms(rig: Rig) -> None:
    target = 4 if rig.sim.program != 4 else 3
    assert rig.driver.program(target).result(timeout=3) == target
    assert rig.sim.program == target
    assert rig.driver.state.program == target
    assert rig.sent("/atem/program")[-1] == (target,)
    state = rig.wait_state(lambda s: s.program_tally == frozenset({target}))
    assert state.program == target


def test_preview_resolves_when_feedback_confirms(rig: Rig) -> None:
    target = 5 if rig.sim.preview != 5 else 6
    assert rig.driver.preview(target).result(timeout=3) == target
    assert rig.sim.preview == target
    assert rig.wait_state(lambda s: s.preview_tally == frozenset({target})).preview == target


def test_program_of_the_current_input_is_confirmed_by_a_status_request(rig: Rig) -> None:
    current = rig.driver.state.program
    assert current is not None
    asked = len(rig.sent("/atem/send-status"))
    assert rig.driver.program(current).result(timeout=3) == current
    assert rig.sent("/atem/program")[-1] == (current,)
    assert len(rig.sent("/atem/send-status")) > asked  # no change means no feedback: ask


def test_program_of_the_current_input_with_no_answer_times_out() -> None:
    with switcher_rig(command_timeout=0.3, poll_interval=2.0) as rig:
        current = rig.driver.state.program
        assert current is not None
        rig.sim.set_silent(True)
        with pytest.raises(CommandTimeout):
            rig.driver.program(current).result(timeout=3)


def test_special_inputs_are_accepted(rig: Rig) -> None:
    assert rig.driver.program(1000).result(timeout=3) == 1000
    assert rig.sim.program == 1000


@pytest.mark.parametrize("bad", [7, -1, 999, True])
def test_input_outside_the_switcher_is_refused_without_sending(rig: Rig, bad: int) -> None:
    before = len(rig.sent("/atem/program"))
    with pytest.raises(CommandRefused, match="6-input switcher"):
        rig.driver.program(bad).result(timeout=1)
    assert len(rig.sent("/atem/program")) == before


def test_cut_swaps_program_and_preview(rig: Rig) -> None:
    program, preview = rig.sim.program, rig.sim.preview
    assert rig.driver.cut().result(timeout=3) == preview
    assert (rig.sim.program, rig.sim.preview) == (preview, program)
    state = rig.wait_state(lambda s: s.preview == program)
    assert state.program == preview


def test_auto_runs_the_transition_bar_then_swaps(rig: Rig) -> None:
    rig.driver.transition_rate(0.4).result(timeout=1)
    assert rig.sim.wait_received("/atem/transition/rate")
    program, preview = rig.sim.program, rig.sim.preview
    rest = rig.driver.state.bar_handle
    assert rest == 1.0  # the handle rests at 1.0 before the first transition
    mark = rig.states.mark()
    assert rig.driver.auto().result(timeout=3) == preview
    handles = [s.bar_handle for s in rig.states.values[mark:]]
    moving = [h for h in handles if h is not None and 0.0 < h < 1.0]
    assert moving and moving == sorted(moving, reverse=True), handles  # 1.0 -> 0.0 this time
    assert any(s.in_transition for s in rig.states.values[mark:])
    assert (rig.sim.program, rig.sim.preview) == (preview, program)
    after = rig.wait_state(lambda s: s.bar_handle == 0.0)  # rests at the other end now
    assert after.program == preview and not after.in_transition
    # The next transition moves the handle the other way: not progress, a handle.
    mark = rig.states.mark()
    assert rig.driver.auto().result(timeout=3) == program
    moving = [s.bar_handle for s in rig.states.values[mark:] if s.in_transition]
    assert moving and moving == sorted(moving), moving


def test_transition_rate_is_sent_in_frames_at_the_hall_frame_rate() -> None:
    with switcher_rig(frame_rate=50.0) as rig:
        rig.driver.transition_rate(0.5).result(timeout=1)
        assert rig.sim.wait_received("/atem/transition/rate")
        assert rig.sent("/atem/transition/rate") == [(25.0,)]  # 0.5 s at 50 fps
        assert rig.driver.state.transition_rate == 0.5


@pytest.mark.parametrize("seconds", [0.0, -1.0, float("nan"), 12.5])
def test_a_transition_rate_the_switcher_cannot_take_is_refused(rig: Rig, seconds: float) -> None:
    with pytest.raises(CommandRefused, match="transition rate"):
        rig.driver.transition_rate(seconds).result(timeout=1)
    assert not rig.sent("/atem/transition/rate")


def test_auto_waits_for_the_transition_it_set() -> None:
    # 2 s of transition, 0.3 s of command timeout: the rate is added to the timeout.
    with switcher_rig(command_timeout=0.3) as rig:
        rig.driver.transition_rate(2.0).result(timeout=1)
        assert rig.sim.wait_received("/atem/transition/rate")
        preview = rig.sim.preview
        assert rig.driver.auto().result(timeout=5) == preview


def test_fade_to_black_is_tracked_and_unconfirmed(rig: Rig) -> None:
    assert rig.driver.state.ftb is False
    rig.driver.fade_to_black().result(timeout=1)
    state = rig.driver.state
    assert (state.ftb, state.ftb_confirmed) == (True, False)
    assert rig.sim.wait_received("/atem/transition/ftb")
    assert rig.sim.ftb is True
    rig.driver.fade_to_black().result(timeout=1)
    assert rig.driver.state.ftb is False
    assert rig.sim.wait_received("/atem/transition/ftb", count=2)
    assert rig.sim.ftb is False


def test_transition_type_rate_dsk_and_macro_reach_the_switcher(rig: Rig) -> None:
    for future in (
        rig.driver.transition_type("wipe"),
        rig.driver.transition_rate(2.0),
        rig.driver.dsk_on_air(1, True),
        rig.driver.dsk_on_air(2, False),
        rig.driver.run_macro(3),
        rig.driver.request_status(),
    ):
        assert future.result(timeout=1) is None
    rig.driver.program(6 if rig.sim.program != 6 else 5).result(timeout=3)  # datagrams in order
    assert rig.sent("/atem/transition/type") == [("wipe",)]
    assert rig.sent("/atem/transition/rate") == [(50.0,)]  # frames at 25 fps
    assert rig.sent("/atem/dsk/1/on-air") == [(1,)]
    assert rig.sent("/atem/dsk/2/on-air") == [(0,)]
    assert rig.sent("/atem/macros/3/run") == [()]
    assert (rig.sim.transition_type, rig.sim.transition_frames) == ("wipe", 50)
    assert rig.sim.dsk_on_air == {1: True, 2: False}
    assert rig.sim.macros_run == [3]
    state = rig.driver.state
    assert (state.transition_type, state.transition_rate) == ("wipe", 2.0)


def test_bad_transition_type_is_refused(rig: Rig) -> None:
    with pytest.raises(CommandRefused, match="transition type"):
        rig.driver.transition_type("spin").result(timeout=1)


def test_changes_made_at_the_panel_reach_the_state(rig: Rig) -> None:
    target = 3 if rig.sim.program != 3 else 4
    rig.sim.press_program(target)
    assert rig.wait_state(lambda s: s.program == target).program_tally == frozenset({target})


def test_custom_prefix() -> None:
    with switcher_rig(prefix="/sw1") as rig:
        assert rig.driver.program(2).result(timeout=3) == 2
        assert rig.sent("/sw1/program") == [(2,)]


# -- faults ------------------------------------------------------------------------------------


def test_silent_switcher_goes_offline_then_reconnects_and_resyncs() -> None:
    # Offline comes after ~0.4 s of silence; the pending command's own timeout is far later.
    with switcher_rig(command_timeout=5.0) as rig:
        silent_switcher_goes_offline_then_reconnects_and_resyncs(rig)


def silent_switcher_goes_offline_then_reconnects_and_resyncs(rig: Rig) -> None:
    rig.sim.set_silent(True)
    pending = rig.driver.program(5 if rig.sim.program != 5 else 4)  # never confirmed
    offline = rig.wait_status(LinkState.OFFLINE, since=rig.statuses.mark())
    assert "2 status requests" in offline.reason
    with pytest.raises(DeviceOffline):
        pending.result(timeout=1)
    assert rig.driver.state.program is None  # stale state is dropped
    started = time.monotonic()
    with pytest.raises(DeviceOffline):
        rig.driver.program(2).result(timeout=1)
    assert time.monotonic() - started < 0.5  # failed at once, not after a timeout

    changed = 6 if rig.sim.program != 6 else 1
    rig.sim.press_program(changed)  # the switcher moves on while we cannot hear it
    mark = rig.statuses.mark()
    rig.sim.set_silent(False)
    rig.wait_status(LinkState.OK, since=mark)
    assert rig.wait_state(lambda s: s.program == changed and s.preview is not None)
    assert rig.driver.program(2).result(timeout=3) == 2


def test_offline_within_five_seconds_of_going_quiet_with_default_polling() -> None:
    with switcher_rig(poll_interval=POLL_INTERVAL_S) as rig:
        mark = rig.statuses.mark()
        rig.sim.set_silent(True)
        quiet = time.monotonic()
        rig.wait_status(LinkState.OFFLINE, timeout=8, since=mark)
        elapsed = time.monotonic() - quiet
        # two unanswered requests after 2.5 s of quiet, 1 s apart: 4.5 s, not one miss
        assert 3.0 < elapsed <= 5.0 + 0.3, elapsed


def test_reconnect_keeps_asking_with_backoff(rig: Rig) -> None:
    rig.sim.set_silent(True)
    rig.wait_status(LinkState.OFFLINE, since=rig.statuses.mark())
    asked = len(rig.sent("/atem/send-status"))
    assert rig.sim.wait_received("/atem/send-status", count=asked + 3, timeout=3)


def test_drop_link_is_offline_at_once_and_restore_resyncs(rig: Rig) -> None:
    mark = rig.statuses.mark()
    rig.sim.drop_link()
    offline = rig.wait_status(LinkState.OFFLINE, since=mark)
    assert "LED red" in offline.reason
    assert rig.driver.state.link_up is False
    with pytest.raises(DeviceOffline):
        rig.driver.cut().result(timeout=1)
    mark = rig.statuses.mark()
    rig.sim.restore_link()
    rig.wait_status(LinkState.OK, since=mark)
    state = rig.wait_state(lambda s: s.link_up is True and s.program == rig.sim.program)
    assert state.preview == rig.sim.preview


def test_garbage_is_counted_and_the_driver_keeps_running(rig: Rig) -> None:
    mark = rig.statuses.mark()
    rig.sim.set_garbage(True)
    offline = rig.wait_status(LinkState.OFFLINE, since=mark)
    assert "malformed" in offline.reason
    assert rig.driver.protocol_errors > 0
    mark = rig.statuses.mark()
    rig.sim.set_garbage(False)
    rig.wait_status(LinkState.OK, since=mark)
    target = 2 if rig.sim.program != 2 else 3
    assert rig.driver.program(target).result(timeout=3) == target


def test_partial_frames_are_protocol_errors_and_recovery_follows(rig: Rig) -> None:
    rig.sim.set_partial_frames(True)
    rig.driver.request_status()
    rig.wait_status(LinkState.OFFLINE, since=rig.statuses.mark())
    assert rig.driver.protocol_errors > 0
    mark = rig.statuses.mark()
    rig.sim.set_partial_frames(False)
    rig.wait_status(LinkState.OK, since=mark)
    assert rig.wait_state(lambda s: s.program == rig.sim.program).preview is not None


def test_slow_feedback_times_out_then_state_catches_up() -> None:
    with switcher_rig(command_timeout=0.3, poll_interval=0.5) as rig:
        rig.sim.set_reply_delay(0.6)
        target = 4 if rig.sim.program != 4 else 3
        started = time.monotonic()
        with pytest.raises(CommandTimeout, match=f"program input {target}"):
            rig.driver.program(target).result(timeout=3)
        assert time.monotonic() - started >= 0.25
        assert rig.wait_state(lambda s: s.program == target).program == target


def test_slow_feedback_within_the_timeout_resolves() -> None:
    with switcher_rig(command_timeout=1.0) as rig:
        rig.sim.set_reply_delay(0.2)
        target = 4 if rig.sim.program != 4 else 3
        assert rig.driver.program(target).result(timeout=3) == target


def test_feedback_port_in_use_is_a_failed_status() -> None:
    blocker = UdpEndpoint("127.0.0.1", 0)
    try:
        driver = SwitcherDriver(
            switcher_config(free_udp_port(), blocker.port), listen_host="127.0.0.1"
        )
        driver.start()
        assert driver.status.state is LinkState.FAILED
        assert str(blocker.port) in driver.status.reason
        with pytest.raises(DeviceOffline):
            driver.program(1).result(timeout=1)
        driver.stop()
    finally:
        blocker.close()


def test_stop_fails_pending_commands_and_later_ones(rig: Rig) -> None:
    rig.sim.set_silent(True)
    pending = rig.driver.preview(6 if rig.sim.preview != 6 else 5)
    rig.driver.stop()
    with pytest.raises(DeviceOffline, match="stopped"):
        pending.result(timeout=1)
    with pytest.raises(DeviceOffline, match="not started"):
        rig.driver.program(1).result(timeout=1)


def test_no_answer_at_all_goes_offline_from_connecting() -> None:
    driver = SwitcherDriver(
        switcher_config(free_udp_port(), free_udp_port()),
        poll_interval=0.1,
        listen_host="127.0.0.1",
    )
    statuses: Recorder = Recorder()
    driver.add_status_listener(statuses)
    driver.start()
    try:
        offline = statuses.wait_for(lambda s: s.state is LinkState.OFFLINE)
        assert "no answer" in offline.reason
    finally:
        driver.stop()


# -- a driver fed garbage keeps running ----------------------------------------------------------


@pytest.fixture(scope="module")
def shared_rig() -> Rig:
    with switcher_rig(poll_interval=0.5) as started:
        yield started


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.binary(min_size=1, max_size=48), min_size=1, max_size=5))
def test_driver_fed_random_datagrams_keeps_running(shared_rig: Rig, datagrams: list[bytes]) -> None:
    for datagram in datagrams:  # from the switcher's own port: parsed, not dropped
        shared_rig.sim.send_datagram(b"/atem/" + datagram)
    target = 1 if shared_rig.sim.program != 1 else 2
    assert shared_rig.driver.program(target).result(timeout=3) == target


def test_feedback_the_driver_does_not_follow_still_proves_the_switcher_alive(rig: Rig) -> None:
    rig.sim.set_silent(True)
    rig.wait_status(LinkState.OFFLINE, since=rig.statuses.mark())
    mark = rig.statuses.mark()
    rig.sim.send_datagram(atemosc.build_message("/atem/audio/input/1/gain", (0.5,)))
    rig.wait_status(LinkState.OK, since=mark)
    assert rig.driver.protocol_errors == 0


def test_a_host_name_is_resolved_on_the_driver_thread() -> None:
    feedback_port = free_udp_port()
    sim = SwitcherSimulator(feedback_port=feedback_port)
    sim.start()
    config = dataclasses.replace(switcher_config(sim.port, feedback_port), host="localhost")
    driver = SwitcherDriver(config, poll_interval=0.1, listen_host="127.0.0.1")
    statuses: Recorder = Recorder()
    driver.add_status_listener(statuses)
    try:
        driver.start()
        statuses.wait_for(lambda s: s.state is LinkState.OK)
        assert driver.program(3).result(timeout=3) == 3
    finally:
        driver.stop()
        sim.stop()


def test_an_unknown_host_name_is_offline_with_the_reason() -> None:
    config = dataclasses.replace(
        switcher_config(free_udp_port(), free_udp_port()), host="no-such-host.invalid"
    )
    driver = SwitcherDriver(config, listen_host="127.0.0.1")
    statuses: Recorder = Recorder()
    driver.add_status_listener(statuses)
    try:
        driver.start()
        offline = statuses.wait_for(lambda s: s.state is LinkState.OFFLINE, timeout=10)
        assert "cannot resolve no-such-host.invalid" in offline.reason
        with pytest.raises(DeviceOffline):
            driver.program(1).result(timeout=1)
    finally:
        driver.stop()
