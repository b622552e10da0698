"""LinkMonitor: status changes told once and in order, liveness counting, backoff reset;
DriverBase: the crash rule for device threads."""

from __future__ import annotations

import logging
import threading
import time

from devices.base import (
    Backoff,
    DeviceError,
    DeviceStatus,
    IoThreadFailed,
    LinkState,
    ProtocolError,
)
from devices.driver_base import DriverBase, LinkMonitor


def monitor(missed_limit: int = 3) -> LinkMonitor:
    return LinkMonitor(
        "projector",
        logging.getLogger("test.driver_base"),
        threading.RLock(),
        state=LinkState.CONNECTING,
        reason="not started",
        missed_limit=missed_limit,
        backoff=Backoff(initial=0.25, cap=1.0),
    )


def test_publish_tells_only_changes_of_state_or_reason() -> None:
    link = monitor()
    told: list[DeviceStatus] = []
    link.listeners.add(told.append)
    link.publish()
    assert link.set(LinkState.FAILED, "cannot open /dev/ttyUSB0")
    assert not link.set(LinkState.FAILED, "cannot open /dev/ttyUSB0")
    link.publish()
    link.publish()
    link.heard(12.5, mark_ok=False)  # last heard alone is not news
    link.publish()
    assert [(s.state, s.reason) for s in told] == [
        (LinkState.CONNECTING, "not started"),
        (LinkState.FAILED, "cannot open /dev/ttyUSB0"),
    ]
    assert link.status.last_heard == 12.5


def test_unanswered_requests_make_the_link_quiet_until_heard() -> None:
    link = monitor(missed_limit=2)
    assert link.count_unanswered() == 1 and not link.quiet
    assert link.count_unanswered() == 2 and link.quiet
    assert link.heard(3.0) is True  # came back: the caller resyncs
    assert link.unanswered == 0 and not link.quiet
    assert link.state is LinkState.OK and link.ever_ok
    assert link.heard(4.0) is False


def test_backoff_grows_while_failing_and_resets_when_ok() -> None:
    link = monitor()
    delays = [link.retry_delay() for _ in range(4)]
    assert delays == sorted(delays) and delays[0] < delays[-1]
    link.set(LinkState.OK)
    assert link.retry_delay() == delays[0]


def test_protocol_errors_are_counted() -> None:
    link = monitor()
    for _ in range(3):
        link.protocol_error(ProtocolError("garbage"))
    assert link.protocol_errors == 3


def test_status_listeners_see_changes_in_order_from_many_threads() -> None:
    link = monitor()
    told: list[DeviceStatus] = []
    link.listeners.add(told.append)

    def flap(reason: str) -> None:
        for index in range(200):
            link.set(LinkState.OFFLINE, f"{reason} {index}")
            link.publish()

    threads = [threading.Thread(target=flap, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10.0)
    # The last status told is the status now: no older one overtook it.
    assert (told[-1].state, told[-1].reason) == (link.status.state, link.status.reason)
    # No status is told twice in a row.
    pairs = [(s.state, s.reason) for s in told]
    assert all(a != b for a, b in zip(pairs, pairs[1:], strict=False))


# -- the crash rule for device threads ---------------------------------------------------------


class Crashy(DriverBase[None]):
    """A driver whose loop raises ``failures`` times, then returns."""

    def __init__(self, failures: int) -> None:
        self._init_driver_base(
            "crashy",
            logging.getLogger("test.driver_base"),
            state=LinkState.OK,
            reason="",
            missed_limit=3,
            backoff=Backoff(initial=0.01, cap=0.02),
        )
        self.failures = failures
        self.runs = 0
        self.recovered: list[tuple[IoThreadFailed, float]] = []

    def loop(self) -> None:
        self.runs += 1
        if self.runs <= self.failures:
            raise RecursionError("maximum recursion depth exceeded")

    def recover(self, error: IoThreadFailed, delay: float) -> None:
        self.recovered.append((error, delay))


def test_a_crashing_loop_is_failed_recovered_and_run_again() -> None:
    driver = Crashy(failures=2)
    told: list[DeviceStatus] = []
    driver.add_status_listener(told.append)
    driver._run_io_loop(driver.loop, driver.recover)
    assert driver.runs == 3 and driver.io_failures == 2
    assert [type(error) for error, _delay in driver.recovered] == [IoThreadFailed] * 2
    assert all(isinstance(error, DeviceError) for error, _delay in driver.recovered)
    assert "RecursionError" in driver.recovered[0][0].reason
    delays = [delay for _error, delay in driver.recovered]
    assert delays == sorted(delays) and delays[0] > 0  # the usual backoff, growing
    assert told[0].state is LinkState.FAILED and "RecursionError" in told[0].reason


def test_the_backoff_after_a_crash_is_cut_short_by_wake() -> None:
    driver = Crashy(failures=1)
    driver._monitor.backoff = Backoff(initial=30.0, cap=30.0)
    started = time.monotonic()
    driver._run_io_loop(driver.loop, driver.recover, wake=lambda: True)
    assert time.monotonic() - started < 5.0
    assert driver.runs == 2


def test_a_failing_recover_still_leaves_the_driver_failed() -> None:
    driver = Crashy(failures=1)

    def broken(_error: IoThreadFailed, _delay: float) -> None:
        raise KeyError("oops")

    driver._run_io_loop(driver.loop, broken)
    assert driver.status.state is LinkState.FAILED
    assert driver.runs == 2


def test_a_guarded_step_that_raises_is_failed_not_fatal() -> None:
    driver = Crashy(failures=0)

    def step() -> None:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    driver._run_guarded(step, driver.recover)
    assert driver.status.state is LinkState.FAILED
    assert "UnicodeDecodeError" in driver.status.reason
    assert len(driver.recovered) == 1
