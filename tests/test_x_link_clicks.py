"""Issue 16, "action": X's link clicks of the own posts, through real HTTP to the fake X.

X shows ``non_public_metrics.url_link_clicks`` only to a user-context token, only for the
account's own posts of the last 30 days; other posts asked for with it come back as Field
Authorization Errors. The client reads the clicks in its metrics step, the engine stores them per
post, and Analytics' action figures use them — or say why there are none.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import requests
from fake_x import FakeX, now

from mbdesk.domain.analytics import ClickState
from mbdesk.platforms.x import XClient, XTokens
from mbdesk.store import outbox
from mbdesk.store.models import Account, Platform, Post, PostMetricSnapshot
from mbdesk.store.queries import analytics as queries
from mbdesk.store.server_profiles import load_steps
from mbdesk.sync.engine import Job

TWEETS = "/2/tweets"


@pytest.fixture
def server():
    with FakeX() as srv:
        yield srv


@pytest.fixture
def x_account(server, ctx) -> int:
    from test_x import add_x_account

    return add_x_account(server, ctx.secrets)


def client(server: FakeX, token: str | None = None) -> XClient:
    return XClient(XTokens(token or server.access_token, server.refresh_token if not token
                           else ""), client_id=server.client_id, api_base=server.url)


def metric_requests(server: FakeX) -> list[dict]:
    return [q for m, p, q in server.requests_log if m == "GET" and p == TWEETS]


def test_the_fake_serves_private_metrics_only_to_the_author_for_30_days(server) -> None:
    """The fake is as strict as X: an app-only token, someone else's post and an old own post
    get a Field Authorization Error instead of the post."""
    server.add_user("2000", "ana", "Ana")
    recent = server.add_tweet(server.me_id, "New rye https://shop.example/rye")
    old = server.add_tweet(server.me_id, "Old news https://shop.example/old",
                           at=now() - timedelta(days=31))
    theirs = server.add_tweet("2000", "Mine https://ana.example")
    server.set_link_clicks(recent, 12)
    params = {"ids": f"{recent},{old},{theirs}",
              "tweet.fields": "public_metrics,non_public_metrics"}

    def ask(token: str) -> dict:
        resp = requests.get(server.url + TWEETS, params=params, timeout=5,
                            headers={"Authorization": f"Bearer {token}"})
        assert resp.status_code == 200
        return resp.json()

    body = ask(server.access_token)
    assert [t["id"] for t in body["data"]] == [recent]
    assert body["data"][0]["non_public_metrics"]["url_link_clicks"] == 12
    refused = {e["resource_id"]: e for e in body["errors"]}
    assert set(refused) == {old, theirs}
    assert all(e["title"] == "Field Authorization Error" for e in refused.values())
    assert all(e["type"].endswith("/not-authorized-for-field") for e in refused.values())
    app_only = ask(server.app_bearer())
    assert "data" not in app_only and len(app_only["errors"]) == 3
    public = requests.get(server.url + TWEETS, timeout=5, params={"ids": recent},
                          headers={"Authorization": f"Bearer {server.app_bearer()}"}).json()
    assert "non_public_metrics" not in public["data"][0]  # not asked for: not sent


def test_client_reads_clicks_of_recent_own_posts_and_public_counts_of_the_rest(server) -> None:
    server.add_user("2000", "ana", "Ana")
    linked = server.add_tweet(server.me_id, "Rye today https://shop.example/rye", likes=3)
    plain = server.add_tweet(server.me_id, "No link here", likes=1)
    old = server.add_tweet(server.me_id, "Old https://shop.example/old", likes=9,
                           at=now() - timedelta(days=40))
    server.set_link_clicks(linked, 12)
    server.set_link_clicks(old, 99)
    metrics = {m.remote_id: m for m in client(server).post_metrics([linked, plain, old])}
    assert metrics[linked].clicks == 12 and metrics[linked].favourites == 3
    assert metrics[plain].clicks == 0  # asked and answered: a post without a link
    assert metrics[old].clicks is None and metrics[old].favourites == 9  # public counts only
    asked = metric_requests(server)
    assert len(asked) == 2  # one batch, then only the refused post again
    assert "non_public_metrics" in asked[0]["tweet.fields"]
    assert asked[1] == {"ids": old, "tweet.fields": "public_metrics"}


def test_app_only_token_gets_public_counts_without_clicks(server) -> None:
    mine = server.add_tweet(server.me_id, "Rye https://shop.example/rye", likes=4)
    server.set_link_clicks(mine, 5)
    [m] = client(server, server.app_bearer()).post_metrics([mine])
    assert m.favourites == 4 and m.clicks is None


def test_sync_stores_clicks_and_analytics_counts_them(server, x_account, engine) -> None:
    outbox.enqueue(x_account, Platform.X, "Fresh rye https://shop.example/rye")
    engine.run_account(x_account, Job.ALL | {Job.REFRESH})
    [mine] = server.own_tweets()
    server.set_link_clicks(mine["id"], 21)
    mine["public_metrics"]["like_count"] = 6
    engine.run_account(x_account, Job.ALL | {Job.REFRESH})
    post = Post.get(Post.remote_id == mine["id"])
    latest = (PostMetricSnapshot.select().where(PostMetricSnapshot.post == post)
              .order_by(PostMetricSnapshot.id.desc()).first())
    assert latest.clicks == 21 and latest.favourites == 6

    # a later reading without clicks (the post turned 31 days old) keeps the count shown
    PostMetricSnapshot.create(post=post, taken_at=latest.taken_at + timedelta(days=31),
                              replies=0, reposts=0, favourites=7, clicks=None)
    [row] = queries.post_engagement(None, x_account)
    assert (row.clicks, row.favourites, row.click_state) == (21, 7, ClickState.REPORTED)
    reach = queries.reach_summary(None, x_account)
    assert reach.clicks == 21 and reach.click_posts == 1


def test_access_level_that_cannot_read_says_so(server, x_account, engine) -> None:
    server.access_level = "free"
    outbox.enqueue(x_account, Platform.X, "Posting works on every level")
    engine.run_account(x_account, Job.ALL | {Job.REFRESH})
    assert load_steps(x_account)["metrics"]["state"] == "absent"  # refused, not retried
    [row] = queries.post_engagement(None, x_account)
    assert row.clicks is None and row.click_state == ClickState.ACCESS_LEVEL
    assert queries.reach_summary(None, x_account).click_states == {ClickState.ACCESS_LEVEL}


def test_platforms_without_clicks_are_not_reported(db) -> None:
    for platform in (Platform.MASTODON, Platform.BLUESKY, Platform.WEIBO):
        account = Account.create(platform=platform, handle=f"shop-{platform}", color="#111111")
        post = Post.create(account=account, remote_id="1", text="hi")
        PostMetricSnapshot.create(post=post, replies=1, reposts=0, favourites=2, clicks=None)
    rows = queries.post_engagement()
    assert {r.click_state for r in rows} == {ClickState.NOT_REPORTED}
    assert queries.reach_summary().clicks is None
