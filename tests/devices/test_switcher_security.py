"""Who the switcher driver listens to, and what nesting or labels in its feedback do.

Real UDP sockets on 127.0.0.1: a stranger's datagram (another port on this host,
standing in for another host on the LAN) is dropped and counted however valid it
is; the listener binds the interface on the route to the switcher; a bundle nested
hundreds of levels is a protocol error, not a dead thread; the switcher's input
labels reach the state.
"""

from __future__ import annotations

import socket

from conftest_switcher import Rig, switcher_config, switcher_rig
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.base import LinkState
from devices.switcher import atemosc
from devices.switcher.driver import SwitcherDriver
from devices.udp_transport import free_udp_port


def switcher_speaks_after(rig: Rig) -> None:
    """The switcher sends a change, and the driver has read it: everything sent to the
    port before it has been read too (one socket, read in order)."""
    new = next(n for n in (3, 4, 5) if n not in (rig.sim.preview, rig.sim.program))
    rig.sim.press_preview(new)
    rig.wait_state(lambda s: s.preview == new)


def from_stranger(rig: Rig, datagram: bytes) -> None:
    port = rig.driver.feedback_port
    assert port is not None
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as stranger:
        stranger.sendto(datagram, ("127.0.0.1", port))


def test_spoofed_program_and_led_from_a_stranger_are_dropped_and_counted() -> None:
    with switcher_rig() as rig:
        program = rig.driver.state.program
        spoof = 5 if program != 5 else 4
        before = rig.driver.foreign_datagrams
        from_stranger(rig, atemosc.encode_feedback(atemosc.ProgramInput(spoof)))
        from_stranger(rig, atemosc.encode_feedback(atemosc.LinkLed(up=False, colour="red")))
        switcher_speaks_after(rig)
        assert rig.driver.foreign_datagrams == before + 2
        assert rig.driver.state.program == program != spoof
        assert rig.driver.status.state is LinkState.OK


def test_a_stranger_cannot_confirm_a_cut_or_keep_a_silent_switcher_ok() -> None:
    with switcher_rig(command_timeout=0.5) as rig:
        rig.sim.set_silent(True)
        target = 6 if rig.sim.program != 6 else 5
        pending = rig.driver.program(target)
        from_stranger(rig, atemosc.encode_feedback(atemosc.ProgramInput(target)))
        assert pending.exception(timeout=3) is not None  # never confirmed by a stranger
        for _ in range(3):  # "keep-alives" from a stranger do not count as the switcher
            from_stranger(rig, atemosc.build_message("/atem/audio/input/1/gain", (0.5,)))
        rig.wait_status(LinkState.OFFLINE, since=0)
        rig.sim.set_silent(False)
        rig.wait_status(LinkState.OK, since=rig.statuses.mark())
        switcher_speaks_after(rig)
        assert rig.driver.foreign_datagrams >= 4


def test_the_right_host_but_the_wrong_port_is_dropped_when_the_port_is_fixed() -> None:
    with switcher_rig() as rig:
        assert rig.driver.feedback_from_port == rig.sim.port
        before = rig.driver.foreign_datagrams
        from_stranger(rig, atemosc.encode_feedback(atemosc.PreviewInput(6)))
        switcher_speaks_after(rig)
        assert rig.driver.foreign_datagrams == before + 1


def test_the_listener_binds_the_interface_that_reaches_the_switcher() -> None:
    driver = SwitcherDriver(switcher_config(free_udp_port(), free_udp_port()))
    assert driver.listen_host == "auto"
    driver.start()
    try:
        assert driver._endpoint is not None
        assert driver._endpoint._sock.getsockname()[0] == "127.0.0.1"  # loopback in rehearsal
    finally:
        driver.stop()


def test_a_deeply_nested_bundle_is_a_protocol_error_and_the_driver_keeps_running() -> None:
    with switcher_rig() as rig:
        inner = atemosc.encode_feedback(atemosc.ProgramInput(3))
        for _ in range(400):  # ~7 KB: python-osc's recursive parser would blow the stack
            inner = b"#bundle\x00" + bytes(8) + len(inner).to_bytes(4, "big") + inner
        errors = rig.driver.protocol_errors
        rig.sim.send_datagram(inner)
        rig.driver.request_status().result(timeout=1)
        rig.wait_status(LinkState.OK)
        target = 2 if rig.sim.program != 2 else 3
        assert rig.driver.program(target).result(timeout=3) == target
        assert rig.driver.protocol_errors == errors + 1
        assert rig.driver.io_failures == 0
        assert rig.driver.status.state is LinkState.OK


def test_input_labels_from_the_switcher_reach_the_state() -> None:
    with switcher_rig() as rig:
        state = rig.wait_state(lambda s: len(s.input_names) == 6)
        assert state.input_names[2] == "Camera 2" and state.input_short_names[2] == "CAM2"
        rig.sim.rename_input(2, "LECT", "Lectern")
        state = rig.wait_state(lambda s: s.input_names.get(2) == "Lectern")
        assert state.input_short_names[2] == "LECT"
        assert rig.driver.input_name(2) == "Cam 2 Speakers"  # the hall file's name stays


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=600), st.binary(max_size=24))
def test_nested_bundles_of_any_depth_parse_or_are_protocol_errors(depth: int, tail: bytes) -> None:
    packet = atemosc.build_message("/atem/program", (1,)) + tail
    for _ in range(depth):
        packet = b"#bundle\x00" + bytes(8) + len(packet).to_bytes(4, "big") + packet
    try:
        messages = atemosc.parse_messages(packet)
    except atemosc.ProtocolError:
        return
    assert depth <= atemosc.MAX_BUNDLE_DEPTH
    assert messages[0] == ("/atem/program", (1,))
