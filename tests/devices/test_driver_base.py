"""LinkMonitor: status changes told once and in order, liveness counting, backoff reset."""

from __future__ import annotations

import logging
import threading

from devices.base import Backoff, DeviceStatus, LinkState, ProtocolError
from devices.driver_base import LinkMonitor


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
