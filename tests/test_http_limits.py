"""HttpClient against a hostile server on 127.0.0.1: a total deadline per request (however the
bytes trickle), a size cap per answer (also after decompression), and a stop event that
abandons a request within a fraction of a second. Reads become TemporaryFailure; a request
that creates a post becomes OutcomeUnknown (looked up, never re-sent blindly)."""

from __future__ import annotations

import threading
import time

import pytest
from hostile_server import HostileServer

from mbdesk.platforms.base import OutcomeUnknown, TemporaryFailure
from mbdesk.platforms.http import Cancelled, HttpClient, StepOverdue, request_scope


def client(url: str, **kw) -> HttpClient:
    kw.setdefault("read_timeout", 10.0)
    kw.setdefault("deadline", 1.5)
    return HttpClient(url, token="secret-token-xyz", **kw)


def timed(fn) -> tuple[BaseException | None, float]:
    start = time.monotonic()
    try:
        fn()
    except Exception as exc:
        return exc, time.monotonic() - start
    return None, time.monotonic() - start


@pytest.mark.parametrize("mode", ["trickle", "trickle_headers"])
def test_a_trickling_answer_ends_at_the_deadline(mode):
    with HostileServer(mode, interval=0.3) as srv:
        exc, took = timed(lambda: client(srv.url).request("GET", "/api/v1/notifications"))
    assert isinstance(exc, TemporaryFailure) and not isinstance(exc, OutcomeUnknown)
    assert "did not finish answering within 2 s" in exc.message
    assert "secret-token-xyz" not in exc.message
    assert took < 5  # the deadline is 1.5 s; a per-read timeout alone never ends


def test_a_trickling_answer_to_a_post_is_an_unknown_outcome():
    with HostileServer("trickle", interval=0.3) as srv:
        exc, took = timed(lambda: client(srv.url).request(
            "POST", "/api/v1/statuses", data={"status": "hi"}, unsafe=True))
    assert isinstance(exc, OutcomeUnknown)
    assert "may or may not have been applied" in exc.message
    assert took < 5


@pytest.mark.parametrize("mode", ["huge", "huge_declared", "gzip_bomb"])
def test_an_answer_over_the_cap_is_not_read(mode):
    with HostileServer(mode, size=8 * 1024 * 1024) as srv:
        http = client(srv.url, deadline=60, max_answer_bytes=1024 * 1024)
        exc, _ = timed(lambda: http.request("GET", "/api/v1/timelines/home"))
        sent = srv.bytes_sent
    assert isinstance(exc, TemporaryFailure)
    assert "larger than 1 MB" in exc.message
    if mode != "gzip_bomb":  # reading stopped near the cap, not at the end of the body
        assert sent < 6 * 1024 * 1024


def test_an_answer_over_the_cap_to_a_post_is_an_unknown_outcome():
    with HostileServer("huge_declared", size=4 * 1024 * 1024) as srv:
        http = client(srv.url, deadline=60, max_answer_bytes=1024 * 1024)
        exc, _ = timed(lambda: http.request("POST", "/api/v1/statuses", data={"status": "x"},
                                            unsafe=True))
    assert isinstance(exc, OutcomeUnknown) and "larger than 1 MB" in exc.message


def test_an_answer_under_the_cap_reads_as_usual():
    with HostileServer("huge", size=2 * 1024 * 1024) as srv:
        resp = client(srv.url, deadline=60).request("GET", "/x")
    assert resp.status_code == 200 and len(resp.json()) == 1024 * 1024 + 1


def test_a_stop_abandons_a_stalled_request_within_a_second():
    stop = threading.Event()
    with HostileServer("trickle", interval=0.5) as srv:
        http = client(srv.url, deadline=60, stop_event=stop)
        srv_seen = srv.got_request
        threading.Timer(0.1, lambda: srv_seen.wait(5) and stop.set()).start()
        exc, took = timed(lambda: http.request("GET", "/api/v1/notifications"))
    assert isinstance(exc, Cancelled) and "mbdesk stopped" in exc.message
    assert took < 5


def test_a_stop_of_the_scope_abandons_a_post_as_unknown():
    stop = threading.Event()
    with HostileServer("trickle_headers", interval=0.5) as srv:
        http = client(srv.url, deadline=60)
        srv_seen = srv.got_request
        threading.Timer(0.1, lambda: srv_seen.wait(5) and stop.set()).start()
        with request_scope(stop):
            exc, took = timed(lambda: http.request("POST", "/api/v1/statuses",
                                                   data={"status": "x"}, unsafe=True))
            assert isinstance(exc, OutcomeUnknown) and took < 5
            # once stopped, nothing more is sent, even a post
            before = len(srv.requests)
            with pytest.raises(Cancelled):
                http.request("POST", "/api/v1/statuses", data={"status": "y"}, unsafe=True)
            assert len(srv.requests) == before


def test_no_request_starts_after_the_scope_deadline():
    with HostileServer("huge", size=10) as srv:
        http = client(srv.url)
        with request_scope(deadline_s=-1.0) as scope, pytest.raises(StepOverdue):  # past
            http.request("GET", "/api/v1/notifications")
        assert scope.overdue and srv.requests == []
