"""MastodonClient against a third-party fake: the PyPI package ``mastodon-mock`` (FastAPI + SQLite).

It is a second, independently written server, so it catches wire-format assumptions our own
fake shares with the client. What it does NOT model (checked in 0.6.1), so not tested here:
ISO ``X-RateLimit-Reset`` (it sends epoch seconds), 404 for a reply to an unknown parent (it
posts anyway), Mastodon's "Text character limit" wording, idempotency for scheduled posts,
the 25/300 scheduling caps, PKCE verification, and "apply, then lose the answer" faults.
Those are covered against tests/fake_mastodon.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
import requests

pytest.importorskip("mastodon_mock")
pytest.importorskip("uvicorn")

from mastodon_mock.config import (
    DatabaseConfig,
    MastodonMockConfig,
    RateLimitConfig,
    SeedAccount,
    SeedConfig,
    SeedFollow,
)
from mastodon_mock.testing.server import MockServer

from mbdesk.platforms.base import (
    AuthExpired,
    MediaUpload,
    OutcomeUnknown,
    PublishRequest,
    RateLimited,
    Rejected,
    TemporaryFailure,
)
from mbdesk.platforms.mastodon import MastodonClient, utcnow
from mbdesk.platforms.mastodon_auth import (
    LoopbackReceiver,
    exchange_code,
    make_pkce,
    make_state,
    register_app,
)

FANS = [f"fan{i}" for i in range(5)]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    seed = SeedConfig(
        accounts=[
            SeedAccount(username="shop", display_name="Shop", access_token="shop_token"),
            SeedAccount(username="bob", display_name="Bob", access_token="bob_token"),
            *(SeedAccount(username=f, access_token=f"{f}_token") for f in FANS),
        ],
        follows=[SeedFollow(follower=f, following="shop") for f in [*FANS, "bob"]],
    )
    config = MastodonMockConfig(
        database=DatabaseConfig(path=":memory:"),
        seed=seed,
        ratelimit=RateLimitConfig(enabled=True, limit=100_000, window_seconds=300),
    )
    with MockServer(config=config) as server:
        yield server


def add_fault(mock: MockServer, **rule) -> None:
    """Faults are one-shot (count=1) and consumed by the next matching request."""
    resp = requests.post(f"{mock.base_url}/api/v1/_mock/faults", json=rule, timeout=5)
    resp.raise_for_status()


@pytest.fixture
def shop(mock: MockServer) -> MastodonClient:
    return MastodonClient(mock.base_url, "shop_token", read_timeout=5, media_poll_interval=0.05)


def test_account_post_mention_reply_thread_followers(mock, shop, tmp_path):
    bob = MastodonClient(mock.base_url, "bob_token", read_timeout=5)
    me = shop.identity()
    assert me.handle == "shop" and isinstance(me.remote_id, str)
    limits = shop.limits()
    assert limits.max_characters == 500 and limits.supports_server_scheduling
    assert shop.rate_limit.limit == 100_000 and shop.rate_limit.reset is not None  # epoch form

    post = shop.publish(PublishRequest("i-1", "Fresh #sourdough today"))
    assert shop.publish(PublishRequest("i-1", "Fresh #sourdough today")).remote_id == (
        post.remote_id
    )
    before = shop.list_mentions(None)
    question = bob.publish(
        PublishRequest("b-1", "@shop is there rye?", in_reply_to_remote_id=post.remote_id)
    )
    page = shop.list_mentions(before.cursor or None)
    assert [m.status_remote_id for m in page.mentions] == [question.remote_id]
    assert page.mentions[0].author.handle == "bob"
    assert page.mentions[0].text_plain == "@shop is there rye?"
    assert shop.list_mentions(page.cursor).mentions == []

    img = tmp_path / "rye.png"
    img.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    reply = shop.publish(
        PublishRequest(
            "i-2",
            "@bob yes, until noon",
            in_reply_to_remote_id=question.remote_id,
            media=[MediaUpload(str(img), "image/png", "A rye loaf")],
        )
    )
    thread = shop.fetch_thread(question.remote_id)
    assert [t.remote_id for t in thread] == [post.remote_id, question.remote_id, reply.remote_id]

    people, cursor = [], None
    while True:
        fp = shop.list_followers(cursor)
        people += [p.handle for p in fp.people]
        if fp.next_cursor is None:
            break
        cursor = fp.next_cursor
    assert sorted(people) == sorted([*FANS, "bob"])
    assert shop.account_stats().followers == len(FANS) + 1

    [metrics] = shop.post_metrics([post.remote_id])
    assert metrics.replies == 1
    assert post.remote_id in [m.status_remote_id for m in shop.search("#sourdough").mentions]


def test_scheduled_post_reschedule_cancel(shop):
    res = shop.publish(PublishRequest("s-1", "Sale tomorrow", scheduled_at=utcnow() + timedelta(1)))
    assert res.remote_id == "" and res.server_scheduled_id
    shop.reschedule(res.server_scheduled_id, utcnow() + timedelta(days=2))
    found = shop.find_published(
        PublishRequest("s-1", "Sale tomorrow", first_attempt_at=utcnow() - timedelta(hours=3))
    )
    assert found is not None and found.server_scheduled_id == res.server_scheduled_id
    shop.cancel_scheduled(res.server_scheduled_id)


def test_faults_map_to_platform_errors(mock, shop):
    add_fault(
        mock,
        match={"methods": ["POST"], "path": "/api/v1/statuses"},
        effect={"type": "status", "status": 502},
        count=1,
    )
    request = PublishRequest("f-1", "Through a flaky proxy")
    with pytest.raises(OutcomeUnknown):
        shop.publish(request)
    assert shop.find_published(request) is None  # looked: the proxy failed before the post
    posted = shop.publish(request)
    again = shop.find_published(request)  # looks, never re-sends
    assert again is not None and again.remote_id == posted.remote_id

    add_fault(
        mock,
        match={"path": "/api/v1/accounts/verify_credentials"},
        effect={"type": "malformed"},
        count=1,
    )
    with pytest.raises(TemporaryFailure):
        shop.identity()

    add_fault(
        mock,
        match={"path": "/api/v1/accounts/verify_credentials"},
        effect={"type": "ratelimit"},
        count=1,
    )
    with pytest.raises(RateLimited) as exc:
        shop.identity()
    assert timedelta(minutes=4) < exc.value.until - utcnow() <= timedelta(minutes=5)

    with pytest.raises(Rejected):
        shop.publish(PublishRequest("f-2", "x" * 501))
    with pytest.raises(AuthExpired):
        MastodonClient(mock.base_url, "not-a-token").identity()


def test_oauth_loopback_flow(mock):
    app = register_app(mock.base_url)
    pkce, state = make_pkce(), make_state()
    with LoopbackReceiver(state, timeout=10) as receiver:
        # mastodon-mock shows an account picker; the user picks "shop"
        resp = requests.post(
            f"{mock.base_url}/oauth/authorize",
            data={"username": "shop", "redirect_uri": receiver.redirect_uri, "state": state},
            timeout=5,
        )
        assert resp.status_code == 200 and "close this tab" in resp.text
        code = receiver.wait()
    grant = exchange_code(app, code, receiver.redirect_uri, pkce.verifier)
    assert MastodonClient(mock.base_url, grant.access_token).identity().handle == "shop"
