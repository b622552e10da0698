"""The crash rule of every driver's I/O thread, against the real simulators.

A bug in a receive path (here: the codec's parse function raising ``RuntimeError``
once, injected with monkeypatch because no real peer can make our own code fail)
must not leave a dead thread behind a panel that says "ok": the driver turns
FAILED with the reason, the command waiting for an answer fails at once (long
before its own timeout), and the thread comes back after the backoff and the
device is OK and usable again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from conftest_microphones import mic_rig
from conftest_projector import projector_rig
from conftest_switcher import switcher_rig

from devices.base import Backoff, DeviceError, IoThreadFailed, LinkState
from devices.microphones import shure
from devices.projector import escvp21
from devices.switcher import atemosc

#: Each command's own timeout is far longer than this: failing "at once" means sooner.
AT_ONCE_S = 1.0


def raise_once(real: Callable[..., Any]) -> tuple[Callable[..., Any], list[int]]:
    """A stand-in for ``real`` that raises RuntimeError on the driver's first call, then
    delegates (the simulators share the codec: their threads are left alone)."""
    calls: list[int] = []

    def fake(*args: Any, **kwargs: Any) -> Any:
        if "sim" in threading.current_thread().name:
            return real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("injected parser bug")
        return real(*args, **kwargs)

    return fake, calls


def test_switcher_thread_failure_is_failed_fails_commands_and_recovers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with switcher_rig(command_timeout=5.0) as rig:
        target = 5 if rig.sim.program != 5 else 4
        fake, calls = raise_once(atemosc.decode_feedback)
        monkeypatch.setattr(atemosc, "decode_feedback", fake)
        mark = rig.statuses.mark()
        started = time.monotonic()
        pending = rig.driver.program(target)  # its confirmation is what the bug eats
        with pytest.raises(IoThreadFailed, match="RuntimeError"):
            pending.result(timeout=AT_ONCE_S)
        assert time.monotonic() - started < AT_ONCE_S
        failed = rig.wait_status(LinkState.FAILED, since=mark)
        assert "RuntimeError: injected parser bug" in failed.reason
        assert rig.driver.io_failures == 1
        assert rig.driver.state.program is None  # what it told us may be stale now
        rig.wait_status(LinkState.OK, since=rig.statuses.mark())
        rig.wait_state(lambda s: s.program == target and s.preview is not None)
        other = 2 if target != 2 else 3
        assert rig.driver.program(other).result(timeout=3) == other
        assert len(calls) > 1


def test_projector_thread_failure_is_failed_fails_commands_and_recovers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No polling: the only reply on the line is the one to our query.
    with projector_rig(poll_interval=30.0, backoff=Backoff(initial=0.05, cap=0.2)) as rig:
        fake, calls = raise_once(escvp21.parse_reply)
        monkeypatch.setattr(escvp21, "parse_reply", fake)
        started = time.monotonic()
        pending = rig.driver.query("LAMP")
        with pytest.raises(IoThreadFailed, match="RuntimeError"):
            pending.result(timeout=AT_ONCE_S)
        assert time.monotonic() - started < AT_ONCE_S
        rig.watch.until(lambda: rig.driver.io_failures == 1)
        failed = [s for s in rig.watch.statuses if s.state is LinkState.FAILED]
        assert failed and "RuntimeError: injected parser bug" in failed[-1].reason
        rig.watch.until_link(LinkState.OK)
        assert int(rig.driver.query("LAMP").result(timeout=3)) >= 0
        assert len(calls) > 1


def test_microphones_thread_failure_is_failed_fails_commands_and_recovers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with mic_rig(
        poll_interval=60.0, command_timeout=5.0, backoff=Backoff(initial=0.05, cap=0.2)
    ) as rig:
        fake, calls = raise_once(shure.parse_frame)
        monkeypatch.setattr(shure, "parse_frame", fake)
        mark = rig.statuses.mark()
        started = time.monotonic()
        pending = rig.driver.set_mute(1, True)
        with pytest.raises(DeviceError, match="RuntimeError"):
            pending.result(timeout=AT_ONCE_S)
        assert time.monotonic() - started < AT_ONCE_S
        failed = rig.statuses.wait_for(lambda s: s.state is LinkState.FAILED, since=mark)
        assert "RuntimeError: injected parser bug" in failed.reason
        assert rig.driver.io_failures == 1
        rig.statuses.wait_for(lambda s: s.state is LinkState.OK, since=rig.statuses.mark())
        assert rig.driver.set_mute(1, True).result(timeout=3) is True
        assert len(calls) > 1
