"""MastodonClient over real HTTP against the fake Mastodon server (tests/fake_mastodon.py)."""

from __future__ import annotations

import socket
import traceback
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

import pytest
from fake_mastodon import FakeMastodon, Fault

from mbdesk.platforms.base import (
    AuthExpired,
    MediaUpload,
    NotFound,
    OutcomeUnknown,
    PlatformError,
    PublishRequest,
    RateLimited,
    Rejected,
    ServerScheduleRefused,
    TemporaryFailure,
)
from mbdesk.platforms.mastodon import MastodonClient, ScheduleCapReached, html_to_text

STATUSES = "/api/v1/statuses"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def make_client(server: FakeMastodon, **kw) -> MastodonClient:
    kw.setdefault("read_timeout", 1.0)
    kw.setdefault("connect_timeout", 1.0)
    kw.setdefault("media_poll_interval", 0.01)
    return MastodonClient(server.url, kw.pop("token", server.token), **kw)


@pytest.fixture
def client(server: FakeMastodon) -> MastodonClient:
    return make_client(server)


def req(key: str = "outbox-1", text: str = "Fresh bread today", **kw) -> PublishRequest:
    return PublishRequest(idempotency_key=key, text=text, **kw)


def status_posts(server: FakeMastodon) -> list[dict]:
    return server.requests_to(STATUSES, "POST")


# --- identity, limits, stats ------------------------------------------------------------------


def test_identity_stats_and_rate_limit_state(server, client):
    server.add_followers(3)
    ident = client.identity()
    assert ident.remote_id == server.me_id and isinstance(ident.remote_id, str)
    assert ident.handle == "shop"
    stats = client.account_stats()
    assert (stats.followers, stats.following, stats.posts) == (3, 0, 0)
    rl = client.rate_limit
    assert rl.limit == 300 and rl.remaining is not None and rl.remaining < 300
    assert rl.reset is not None and rl.reset > utcnow()


def test_limits_from_v2_instance_and_v1_fallback(server, client):
    server.max_characters = 1000
    lim = client.limits()
    assert lim.max_characters == 1000
    assert lim.characters_reserved_per_url == 23
    assert lim.max_media == 4 and lim.description_limit == 1500
    assert lim.image_size_limit == 16_777_216
    assert lim.supports_server_scheduling
    server.v2_instance = False
    server.max_characters = 777
    assert client.limits().max_characters == 777
    assert server.requests_to("/api/v1/instance")


# --- publish ----------------------------------------------------------------------------------


def test_publish_sends_idempotency_key_and_fields(server, client):
    parent = server.add_status("Do you have rye?")
    result = client.publish(
        req(
            text="Yes, all day",
            spoiler_text="bread",
            visibility="unlisted",
            language="en",
            in_reply_to_remote_id=parent,
        )
    )
    assert result.remote_id and not result.server_scheduled_id
    assert result.published_at is not None
    sent = status_posts(server)[-1]
    assert sent["headers"]["idempotency-key"] == "outbox-1"
    form = dict(sent["form"])
    assert form["visibility"] == "unlisted" and form["language"] == "en"
    assert form["spoiler_text"] == "bread" and form["in_reply_to_id"] == parent
    assert "scheduled_at" not in form
    created = server.own_statuses()[-1]
    assert created["id"] == result.remote_id and created["in_reply_to_id"] == parent


def test_publish_with_media_waits_for_processing(server, client, tmp_path):
    server.media_processing_polls = 2  # 202 → 206 → 206 → 200
    img = tmp_path / "loaf.png"
    img.write_bytes(b"\x89PNG fake")
    result = client.publish(req(media=[MediaUpload(str(img), "image/png", "A rye loaf")]))
    media_id = next(iter(server.media))
    assert server.media[media_id]["description"] == "A rye loaf"
    assert server.media[media_id]["data"] == b"\x89PNG fake"
    assert len(server.requests_to(f"/api/v1/media/{media_id}", "GET")) == 3
    st = server.own_statuses()[-1]
    assert st["id"] == result.remote_id
    assert [m["id"] for m in st["media_attachments"]] == [media_id]


def test_media_processing_timeout_is_temporary(server, tmp_path):
    server.media_processing_polls = 1000
    client = make_client(server, media_wait_seconds=0.05)
    img = tmp_path / "a.png"
    img.write_bytes(b"x")
    with pytest.raises(TemporaryFailure):
        client.publish(req(media=[MediaUpload(str(img), "image/png")]))
    assert server.statuses == []


def test_scheduled_publish_returns_server_scheduled_id(server, client):
    when = utcnow() + timedelta(hours=2)
    result = client.publish(req(scheduled_at=when))
    assert result.remote_id == "" and result.server_scheduled_id
    [sch] = server.scheduled_statuses
    assert sch["id"] == result.server_scheduled_id
    assert abs(datetime.fromisoformat(sch["scheduled_at"][:-1]) - when) < timedelta(seconds=1)
    assert dict(status_posts(server)[-1]["form"])["scheduled_at"].endswith("Z")
    assert server.statuses == []


def test_schedule_too_close_is_refused_never_posted_early(server, client):
    with pytest.raises(ServerScheduleRefused) as exc:
        client.publish(req(scheduled_at=utcnow() + timedelta(minutes=2)))
    assert not exc.value.unsupported
    assert status_posts(server) == [] and server.own_statuses() == []


def test_schedule_daily_cap_raises_schedule_cap_reached(server, client):
    server.daily_schedule_cap = 2
    day = utcnow().replace(hour=12, minute=0, second=0, microsecond=0) + timedelta(days=2)
    client.publish(req("a", "one", scheduled_at=day))
    client.publish(req("b", "two", scheduled_at=day + timedelta(hours=1)))
    with pytest.raises(ScheduleCapReached) as exc:
        client.publish(req("c", "three", scheduled_at=day + timedelta(hours=2)))
    assert isinstance(exc.value, Rejected)
    assert "25" not in exc.value.message and "2 scheduled posts" in exc.value.message
    # another day is still fine
    client.publish(req("d", "four", scheduled_at=day + timedelta(days=1)))


def test_schedule_total_cap_raises_schedule_cap_reached(server, client):
    server.total_schedule_cap = 1
    client.publish(req("a", "one", scheduled_at=utcnow() + timedelta(days=1)))
    with pytest.raises(ScheduleCapReached):
        client.publish(req("b", "two", scheduled_at=utcnow() + timedelta(days=3)))


def test_cancel_and_reschedule(server, client):
    res = client.publish(req(scheduled_at=utcnow() + timedelta(hours=1)))
    later = utcnow().replace(microsecond=0) + timedelta(days=1)
    client.reschedule(res.server_scheduled_id, later)
    assert server.scheduled_statuses[0]["scheduled_at"].startswith(later.isoformat())
    with pytest.raises(Rejected):
        client.reschedule(res.server_scheduled_id, utcnow() + timedelta(minutes=1))
    client.cancel_scheduled(res.server_scheduled_id)
    assert server.scheduled_statuses == []
    with pytest.raises(NotFound):
        client.cancel_scheduled(res.server_scheduled_id)


# --- error mapping ----------------------------------------------------------------------------


def test_revoked_token_is_auth_expired(server, client):
    server.revoke_token()
    with pytest.raises(AuthExpired):
        client.identity()
    with pytest.raises(AuthExpired):
        client.publish(req())


def test_missing_scope_is_auth_expired_with_message(server):
    client = make_client(server, token=server.issue_token(scopes="read"))
    with pytest.raises(AuthExpired, match="scope"):
        client.publish(req())


def test_forbidden_without_scope_text_is_rejected(server, client):
    server.faults.append(
        Fault.http(403, path=STATUSES, json_body={"error": "Your login is currently disabled"})
    )
    with pytest.raises(Rejected, match="disabled"):
        client.publish(req())


def test_reply_to_missing_parent_is_not_found(server, client):
    parent = server.add_status("Soon gone")
    server.delete_status(parent)
    with pytest.raises(NotFound):
        client.publish(req(in_reply_to_remote_id=parent))
    assert server.own_statuses() == []


def test_too_long_is_rejected_with_server_text(server, client):
    with pytest.raises(Rejected, match="Text character limit of 500 exceeded") as exc:
        client.publish(req(text="x" * 501))
    assert not isinstance(exc.value, ScheduleCapReached)
    # URLs count 23 and graphemes count once: this fits
    client.publish(req("k2", text="👩‍👩‍👧" * 400 + " https://example.com/" + "p" * 200))


def test_rate_limited_until_iso_reset(server, client):
    server.faults.append(Fault.rate_limit(timedelta(minutes=3)))
    with pytest.raises(RateLimited) as exc:
        client.identity()
    wait = exc.value.until - utcnow()
    assert timedelta(minutes=2) < wait <= timedelta(minutes=3)
    assert client.rate_limit.remaining == 0


def test_rate_limited_without_reset_header_waits_five_minutes(server):
    client = make_client(server)
    server.faults.append(Fault.http(429, json_body={"error": "Too many requests"}))
    with pytest.raises(RateLimited) as exc:
        client.identity()
    wait = exc.value.until - utcnow()
    assert timedelta(minutes=4) < wait <= timedelta(minutes=5)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_html_on_get_is_temporary(server, client, status):
    server.faults.append(Fault.http(status, method="GET"))
    with pytest.raises(TemporaryFailure, match=str(status)) as exc:
        client.identity()
    assert "<html" not in exc.value.message


@pytest.mark.parametrize("status", [500, 502])
def test_5xx_on_status_post_is_outcome_unknown(server, client, status):
    server.faults.append(Fault.http(status, method="POST", path=STATUSES))
    with pytest.raises(OutcomeUnknown):
        client.publish(req())


def test_malformed_json_get_is_temporary(server, client):
    server.faults.append(Fault.malformed_json(method="GET"))
    with pytest.raises(TemporaryFailure):
        client.identity()


def test_read_timeout_get_is_temporary(server):
    client = make_client(server, read_timeout=0.2)
    server.faults.append(Fault.timeout(5, method="GET"))
    with pytest.raises(TemporaryFailure):
        client.identity()


def test_connection_reset_mid_response_get_is_temporary(server, client):
    server.faults.append(Fault.reset(method="GET"))
    with pytest.raises(TemporaryFailure):
        client.identity()


def test_connection_refused_is_temporary_even_for_publish():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = MastodonClient(f"http://127.0.0.1:{port}", "tok", connect_timeout=0.5)
    with pytest.raises(TemporaryFailure):
        client.publish(req())


# --- exactly once after an unknown outcome ----------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault.drop(apply=True, method="POST", path=STATUSES),
        Fault.reset(apply=True, method="POST", path=STATUSES),
        Fault.timeout(5, apply=True, method="POST", path=STATUSES),
        Fault.malformed_json(method="POST", path=STATUSES),
    ],
    ids=["drop", "reset", "timeout", "malformed"],
)
def test_applied_then_lost_is_outcome_unknown_and_resend_posts_once(server, fault):
    client = make_client(server, read_timeout=0.3)
    server.faults.append(fault)
    request = req()
    with pytest.raises(OutcomeUnknown):
        client.publish(request)
    assert len(server.own_statuses()) == 1  # it DID land
    first_id = server.own_statuses()[0]["id"]
    found = client.find_published(request)
    assert found is not None and found.remote_id == first_id
    assert len(status_posts(server)) == 1  # looked, never re-sent
    # Mastodon itself also honours the key: a plain second publish returns the first post
    assert client.publish(request).remote_id == first_id
    assert len(server.own_statuses()) == 1
    assert {p["headers"]["idempotency-key"] for p in status_posts(server)} == {"outbox-1"}


def test_lost_before_applying_is_not_found_and_nothing_is_sent(server):
    client = make_client(server, read_timeout=0.3)
    server.faults.append(Fault.drop(apply=False, method="POST", path=STATUSES))
    request = req()
    with pytest.raises(OutcomeUnknown):
        client.publish(request)
    assert server.own_statuses() == []
    assert client.find_published(request) is None
    assert server.own_statuses() == []  # looked, never re-sent


def test_find_published_in_a_new_process_looks_since_the_first_attempt(server):
    """A fresh client (after a crash) finds the post by looking; it never re-sends."""
    make_client(server).publish(req(text="Made it"))
    fresh = make_client(server)
    first_id = server.own_statuses()[0]["id"]
    posts = len(status_posts(server))
    for started in (utcnow() - timedelta(days=1), utcnow() - timedelta(minutes=10), None):
        found = fresh.find_published(req(text="Made it", first_attempt_at=started))
        assert found is not None and found.remote_id == first_id
    assert len(status_posts(server)) == posts
    # a post made before the first attempt is not this attempt's
    late = fresh.find_published(req(text="Made it", first_attempt_at=utcnow() + timedelta(hours=1)))
    assert late is None


def test_find_published_skips_posts_other_rows_own(server):
    client = make_client(server)
    first = client.publish(req("k-1", "Open today!")).remote_id
    assert client.find_published(req("k-2", "Open today!")).remote_id == first
    assert client.find_published(
        req("k-2", "Open today!", exclude_remote_ids=frozenset({first}))) is None


def test_find_published_after_the_window_searches_and_never_posts(server):
    client = make_client(server)
    server.add_mention("@shop hi")  # noise from someone else
    mention_text = "Hello @alice@remote.example, your order is ready"
    client.publish(req("k-old", mention_text))
    server.advance(timedelta(hours=2))  # the server forgot the key
    posts_before = len(status_posts(server))
    started = utcnow() - timedelta(hours=2)
    found = client.find_published(req("k-old", mention_text, first_attempt_at=started))
    assert found is not None and found.remote_id == server.own_statuses()[0]["id"]
    missing = client.find_published(req("k-new", "never sent", first_attempt_at=started))
    assert missing is None
    assert len(status_posts(server)) == posts_before  # looked, never re-sent


def test_find_published_unknown_age_finds_scheduled(server):
    when = utcnow() + timedelta(days=1)
    make_client(server).publish(req("k-s", "Weekend sale", scheduled_at=when))
    found = make_client(server).find_published(req("k-s", "Weekend sale", scheduled_at=when))
    assert found is not None and found.server_scheduled_id == server.scheduled_statuses[0]["id"]
    assert len(server.scheduled_statuses) == 1


# --- mentions ---------------------------------------------------------------------------------


def test_mentions_oldest_first_with_cursor(server, client):
    ids = []
    for i in range(5):
        nid, _sid = server.add_mention(f"@shop@fake.example question {i}")
        server.add_notification("favourite", server.add_account(f"liker{i}", "x.example"))
        ids.append(nid)
    page = client.list_mentions(None)
    assert [m.remote_id for m in page.mentions] == ids
    assert page.cursor == ids[-1]
    assert page.mentions[0].text_plain == "@shop question 0"
    assert page.mentions[0].author.handle == "alice@remote.example"
    newer = [server.add_mention(f"@shop more {i}")[0] for i in range(3)]
    page2 = client.list_mentions(page.cursor)
    assert [m.remote_id for m in page2.mentions] == newer and page2.cursor == newer[-1]
    empty = client.list_mentions(page2.cursor)
    assert empty.mentions == [] and empty.cursor == page2.cursor


@pytest.mark.parametrize("drops", [False, True])
def test_mention_paging_keeps_types_filter(server, client, drops):
    server.link_drops_filters = drops
    since = server.add_mention("@shop old")[0]
    want = []
    for i in range(7):
        want.append(server.add_mention(f"@shop m{i}")[0])
        server.add_notification("follow", server.add_account(f"f{i}", "x.example"))
    page = client.list_mentions(since, limit=2)
    assert [m.remote_id for m in page.mentions] == want
    assert all(m.kind == "mention" for m in page.mentions)
    calls = server.requests_to("/api/v1/notifications", "GET")
    assert len(calls) >= 4  # it really paged
    for call in calls:
        assert ("types[]", "mention") in call["query"]


def test_initial_mentions_follow_next_links(server):
    client = make_client(server, initial_mention_pages=2)
    ids = [server.add_mention(f"@shop m{i}")[0] for i in range(5)]
    page = client.list_mentions(None, limit=2)
    assert [m.remote_id for m in page.mentions] == ids[-4:]
    assert page.cursor == ids[-1]


def test_filtered_mention_requests_included(server, client):
    server.add_mention("@shop normal")
    _nid, sid = server.add_mention(
        "@shop from a stranger", from_acct="bob@far.example", filtered=True
    )
    page = client.list_mentions(None)
    kinds = {m.kind: m for m in page.mentions}
    assert kinds["filtered_mention"].status_remote_id == sid
    assert kinds["filtered_mention"].remote_id.startswith("request:")
    server.supports_notification_requests = False
    page = client.list_mentions(None)
    assert [m.kind for m in page.mentions] == ["mention"]


def test_html_to_text():
    src = '<p>Hi <span class="h-card"><a href="x">@<span>bob</span></a></span> &amp; co</p>'
    src += '<p>line one<br />line two <a href="https://e.x/a"><span class="invisible">https://'
    src += '</span><span class="ellipsis">e.x/a</span></a></p>'
    assert html_to_text(src) == "Hi @bob & co\n\nline one\nline two https://e.x/a"
    assert html_to_text("") == ""


# --- threads, followers, metrics, search ------------------------------------------------------


def test_fetch_thread_in_reading_order(server, client):
    root = server.add_status("root")
    a = server.add_status("a", in_reply_to_id=root)
    b = server.add_status("b", in_reply_to_id=a)
    c = server.add_status("c", in_reply_to_id=b)
    d = server.add_status("d", in_reply_to_id=a)
    thread = client.fetch_thread(b)
    assert [p.remote_id for p in thread] == [root, a, b, c]
    assert thread[2].in_reply_to_remote_id == a and thread[0].text_plain == "root"
    assert d not in [p.remote_id for p in thread]
    with pytest.raises(NotFound):
        client.fetch_thread("999")


def test_followers_walk_with_link_cursor(server, client):
    fans = server.add_followers(170)
    seen, cursor, pages = [], None, 0
    while True:
        page = client.list_followers(cursor)
        pages += 1
        seen += [p.remote_id for p in page.people]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(fans) and len(seen) == len(set(seen))
    assert pages >= 3
    assert all(
        r["query"][0] == ("limit", "80")
        for r in server.requests_log
        if r["path"].endswith("/followers")
    )


def test_post_metrics_skips_deleted(server, client):
    a = client.publish(req("a", "one")).remote_id
    b = client.publish(req("b", "two")).remote_id
    server.set_counts(a, replies=2, reblogs=3, favourites=5)
    server.delete_status(b)
    [m] = client.post_metrics([a, b])
    assert (m.remote_id, m.replies, m.reposts, m.favourites) == (a, 2, 3, 5)


def test_search_hashtag_and_keyword(server, client):
    s1 = server.add_status("New #Sourdough batch")
    server.add_status("nothing here")
    s2 = server.add_status("more #sourdough")
    tag = client.search("#sourdough")
    assert [m.status_remote_id for m in tag.mentions] == [s1, s2] and tag.cursor == s2
    assert client.search("#sourdough", since=tag.cursor).mentions == []
    kw = client.search("batch")
    assert [m.status_remote_id for m in kw.mentions] == [s1]
    server.full_text_search = False
    assert client.search("batch").mentions == []


# --- secrets never leak -----------------------------------------------------------------------


def test_token_never_in_exception_text(server, tmp_path):
    client = make_client(server, read_timeout=0.2)
    token = server.token
    echo = {"error": f"token {token} is not welcome"}
    faults = [
        Fault.http(401, json_body=echo),
        Fault.http(422, json_body=echo),
        Fault.http(502),
        Fault.timeout(5),
        Fault.reset(),
        Fault.drop(path=STATUSES),
        Fault.malformed_json(),
        Fault.rate_limit(),
    ]
    errors: list[PlatformError] = []
    for fault in faults:
        server.faults.append(fault)
        try:
            if fault.path == STATUSES:
                client.publish(req())
            else:
                client.identity()
        except PlatformError as exc:
            errors.append(exc)
    assert len(errors) == len(faults)
    for exc in errors:
        text = "".join(traceback.format_exception(exc)) + repr(exc) + exc.message
        assert token not in text


def test_ids_are_opaque_strings_in_link_cursors(server, client):
    server.add_followers(90)
    page = client.list_followers(None)
    assert page.next_cursor and page.next_cursor.startswith(server.url)
    query = dict(parse_qsl(urlsplit(page.next_cursor).query))
    assert query["max_id"].isdigit() and len(query["max_id"]) >= 18


def test_find_published_unknown_age_ignores_old_identical_posts(server):
    server.add_status(
        "Open today!", server.me_id, created_at=utcnow() - timedelta(days=3)
    )  # same text, long ago
    fresh = make_client(server)
    assert fresh.find_published(req("k-today", "Open today!")) is None
    assert status_posts(server) == []


# --- transport classification (http helper) ---------------------------------------------------


def test_transport_errors_before_and_after_sending():
    from requests import exceptions as rexc
    from urllib3 import exceptions as u3exc

    from mbdesk.platforms.http import failed_before_sending

    connect_timeout = rexc.ConnectTimeout(u3exc.ConnectTimeoutError(None, "connect timed out"))
    refused = rexc.ConnectionError(
        u3exc.MaxRetryError(None, "/", u3exc.NewConnectionError(None, "refused"))
    )
    dns = rexc.ConnectionError(
        u3exc.MaxRetryError(None, "/", u3exc.NameResolutionError("x.invalid", None, OSError()))
    )
    read_timeout = rexc.ReadTimeout(u3exc.ReadTimeoutError(None, "/", "read timed out"))
    reset = rexc.ConnectionError(u3exc.ProtocolError("aborted", ConnectionResetError(104, "")))
    assert failed_before_sending(connect_timeout)
    assert failed_before_sending(refused)
    assert failed_before_sending(dns)
    assert not failed_before_sending(read_timeout)
    assert not failed_before_sending(reset)
    assert not failed_before_sending(rexc.ChunkedEncodingError("truncated"))
