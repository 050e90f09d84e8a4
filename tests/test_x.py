"""X end to end against the fake X API (real HTTP on 127.0.0.1): the CLI flow, token rotation,
exactly-once publishing through the engine, and what the lowest access level allows."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta

import pytest
import requests
from fake_x import FakeX, Fault
from PIL import Image

from mbdesk.app import main
from mbdesk.platforms.x import XClient, XTokens
from mbdesk.store import outbox
from mbdesk.store.accounts import options, set_options
from mbdesk.store.models import (
    Account,
    Mention,
    OutboxAttempt,
    OutboxItem,
    OutboxState,
    Platform,
    Post,
    PostMetricSnapshot,
    Stream,
)
from mbdesk.store.server_profiles import load_steps
from mbdesk.sync.engine import Job, SyncState

TWEETS = "/2/tweets"


@pytest.fixture
def server():
    with FakeX() as srv:
        yield srv


def add_x_account(server: FakeX, secrets) -> int:
    account = Account.create(platform=Platform.X, instance_url=server.url, handle="shop",
                             display_name="The Shop", remote_id=server.me_id)
    set_options(account.id, client_id=server.client_id, api_base=server.url)
    secrets.set_token(account.uid, XTokens(server.access_token, server.refresh_token).to_json())
    return account.id


@pytest.fixture
def account(server, ctx) -> int:
    return add_x_account(server, ctx.secrets)


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


def out_json(capsys, workspace, *argv: str):
    capsys.readouterr()
    assert run(workspace, *argv) == 0
    return json.loads(capsys.readouterr().out)


def own(server: FakeX) -> list[dict]:
    return server.own_tweets()


# --- the whole path from the command line ------------------------------------------------------


def test_cli_flow_add_post_image_mention_reply_followers_metrics(server, workspace, db, ctx,
                                                                 capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.StringIO(
        f"{server.access_token}\n{server.refresh_token}\n"))
    assert run(workspace, "accounts", "add", "x", "--client-id", server.client_id,
               "--api-base", server.url, "--token-stdin") == 0
    assert "Connected shop" in capsys.readouterr().out
    [acc] = out_json(capsys, workspace, "accounts", "list", "--json")
    assert acc["platform"] == "x" and acc["handle"] == "shop"
    account = Account.get_by_id(acc["id"])
    assert options(account.id)["access_level"] == "reads"
    stored = XTokens.from_json(ctx.secrets.get_token(account.uid))
    assert stored.access_token == server.access_token  # in the keyring, not in the database
    assert server.access_token not in json.dumps(acc)

    image = tmp_path / "bread.png"
    Image.new("RGB", (40, 30), "orange").save(image)
    assert run(workspace, "post", "--account", "shop", "--media", str(image), "--alt",
               "A loaf", "Fresh bread at https://shop.example.com/bread today") == 0
    assert run(workspace, "sync", "--once") == 0
    [mine] = own(server)
    assert mine["attachments"]["media_keys"] and "t.co" in mine["text"]
    assert next(iter(server.media.values()))["alt"] == "A loaf"
    [row] = out_json(capsys, workspace, "outbox", "list", "--json")
    assert row["state"] == "sent" and row["remote_id"] == mine["id"]

    server.add_user("2000", "ana", "Ana", followers=12)
    asked = server.add_tweet("2000", "@shop do you have rye bread tomorrow?")
    server.add_tweet("2000", "Looks great!", reply_to=mine["id"])
    server.follow("2000")
    assert run(workspace, "sync", "--once") == 0
    inbox = out_json(capsys, workspace, "inbox", "list", "--json")
    assert {m["author_handle"] for m in inbox} == {"ana"} and len(inbox) == 2
    question = next(m for m in inbox if m["status_remote_id"] == asked)
    assert run(workspace, "inbox", "reply", str(question["id"]), "Yes, from 8:00!") == 0
    assert run(workspace, "sync", "--once") == 0
    replies = [t for t in own(server) if t.get("referenced_tweets")]
    assert len(replies) == 1 and replies[0]["referenced_tweets"][0]["id"] == asked
    followers = out_json(capsys, workspace, "followers", "list", "--json")
    assert [f["handle"] for f in followers] == ["ana"]

    server.tweets[mine["id"]]["public_metrics"].update(like_count=7, retweet_count=2)
    assert run(workspace, "sync", "--once") == 0
    post = Post.get(Post.remote_id == mine["id"])
    latest = (PostMetricSnapshot.select().where(PostMetricSnapshot.post == post)
              .order_by(PostMetricSnapshot.id.desc()).first())
    assert latest is not None and latest.favourites == 7 and latest.reposts == 2
    assert any(m == "GET" and p == TWEETS and "ids" in q for m, p, q in server.requests_log)
    assert len(own(server)) == 2  # nothing twice


def test_cli_add_refuses_without_client_id_or_with_both_ways(server, workspace, db, capsys):
    assert run(workspace, "accounts", "add", "x", "--token-stdin") == 2
    assert "--client-id" in capsys.readouterr().err
    assert run(workspace, "accounts", "add", "x", "--client-id", "c", "--token-stdin",
               "--loopback") == 2
    assert Account.select().count() == 0


# --- tokens ------------------------------------------------------------------------------------


def test_expired_token_is_refreshed_once_and_the_new_pair_saved_first(server, account, engine,
                                                                      ctx):
    old_refresh = server.refresh_token
    server.expire_access()
    outbox.enqueue(account, Platform.X, "Open until six today")
    result = engine.run_account(account, Job.ALL | {Job.REFRESH})
    assert result.state == SyncState.OK, result.message
    assert server.refreshes == 1
    saved = XTokens.from_json(ctx.secrets.get_token(Account.get_by_id(account).uid))
    assert (saved.access_token, saved.refresh_token) == (server.access_token,
                                                         server.refresh_token)
    assert saved.refresh_token != old_refresh and saved.expires_at > 0
    assert len(own(server)) == 1
    # the rotated-out refresh token is dead on the server: only the saved pair works now
    resp = requests.post(server.url + "/2/oauth2/token", data={
        "grant_type": "refresh_token", "refresh_token": old_refresh,
        "client_id": server.client_id}, timeout=5)
    assert resp.status_code == 400 and resp.headers["Content-Type"] == "application/problem+json"


def test_refused_refresh_means_reauthorize(server, account, engine):
    server.expire_access()
    server.refresh[server.refresh_token] = False
    result = engine.run_account(account, {Job.MENTIONS})
    assert result.state == SyncState.NEEDS_REAUTH
    assert Account.get_by_id(account).status == "needs_reauth"


def test_token_near_its_end_is_renewed_before_the_call(server, ctx):
    saved: list[XTokens] = []
    client = XClient(XTokens(server.access_token, server.refresh_token, expires_at=1.0),
                     client_id=server.client_id, api_base=server.url, on_tokens=saved.append)
    assert client.identity().handle == "shop"
    assert server.refreshes == 1 and saved[0].access_token == client.tokens.access_token


# --- exactly once ------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", [
    Fault.drop(method="POST", path=TWEETS),
    Fault.http(503, method="POST", path=TWEETS, apply=True),
], ids=["lost-answer", "5xx-after-storing"])
def test_unknown_outcome_is_looked_up_and_published_once(server, account, engine, clock,
                                                         fault):
    server.faults.append(fault)
    item_id = outbox.enqueue(account, Platform.X, "Pan de muerto https://shop.example.com/pan "
                             "hoy 🍞")
    for _ in range(2):  # the engine looks at once or at its next run, never re-sends first
        engine.run_account(account, {Job.PUBLISH})
        clock.advance(timedelta(minutes=5))
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.SENT, row.last_error
    outcomes = [(a.action, a.outcome) for a in row.attempt_log.order_by(OutboxAttempt.id)]
    assert outcomes[0] == ("send", "unknown") and ("lookup", "found") in outcomes
    assert [t["id"] for t in own(server)] == [row.remote_id]
    assert server.create_calls == 1
    lookups = [q for m, p, q in server.requests_log if p.endswith(f"/{server.me_id}/tweets")]
    assert lookups and "start_time" in lookups[0]


def test_lost_reply_is_found_by_its_target(server, account, engine, clock):
    server.add_user("2000", "ana")
    parent = server.add_tweet("2000", "@shop open on Sunday?")
    server.faults.append(Fault.drop(method="POST", path=TWEETS))
    item_id = outbox.enqueue(account, Platform.X, "Yes, 9 to 2.", in_reply_to_remote_id=parent)
    engine.run_account(account, {Job.PUBLISH})
    clock.advance(timedelta(minutes=5))
    engine.run_account(account, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.SENT and server.create_calls == 1


def test_slow_answer_is_an_unknown_outcome_then_found(server, account, ctx, clock):
    from sync_helpers import make_engine

    engine = make_engine(ctx.secrets, ctx.workspace.root, clock, read_timeout=0.5)
    server.faults.append(Fault.slow(2.0, method="POST", path=TWEETS))
    item_id = outbox.enqueue(account, Platform.X, "Slow network, one post")
    for _ in range(2):
        engine.run_account(account, {Job.PUBLISH})
        clock.advance(timedelta(minutes=5))
    assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    assert server.create_calls == 1
    assert len(own(server)) == 1


def test_duplicate_answer_is_confirmed_by_looking(server, account, ctx):
    """X's 403 duplicate after an earlier attempt landed: the lookup finds it, nothing new."""
    client = XClient(XTokens(server.access_token, server.refresh_token),
                     client_id=server.client_id, api_base=server.url)
    from mbdesk.platforms.base import PublishRequest, Rejected

    first = client.publish(PublishRequest(idempotency_key="a", text="Same words"))
    again = client.publish(PublishRequest(idempotency_key="a", text="Same words"))
    assert again.remote_id == first.remote_id and len(own(server)) == 1
    # a duplicate of an older post (before this row's first attempt) is refused, not adopted
    from datetime import UTC, datetime

    later = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=1)
    with pytest.raises(Rejected, match="duplicate"):
        client.publish(PublishRequest(idempotency_key="b", text="Same words",
                                      first_attempt_at=later))


def test_rate_limit_waits_until_the_reset(server, account, engine):
    server.faults.append(Fault.rate_limit(path=f"/2/users/{server.me_id}/mentions"))
    result = engine.run_account(account, {Job.MENTIONS})
    assert result.state == SyncState.RATE_LIMITED
    assert Account.get_by_id(account).rate_limited_until is not None


# --- the lowest access level -------------------------------------------------------------------


def test_low_access_level_posts_and_says_what_it_cannot_read(server, account, engine, clock):
    server.access_level = "free"
    item_id = outbox.enqueue(account, Platform.X, "Posting works on every level")
    result = engine.run_account(account, Job.ALL | {Job.REFRESH})
    assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    steps = load_steps(account)
    for step in ("mentions", "followers"):
        assert steps[step]["state"] == "absent"
        assert "not available with this app's access level" in steps[step]["error"].lower()
    assert steps["publish"]["state"] == "ok"
    assert result.state in (SyncState.OK, SyncState.PARTIAL)
    reads = len([p for _m, p, _q in server.requests_log if p.endswith("/mentions")])
    clock.advance(timedelta(minutes=10))
    engine.run_account(account, Job.ALL)
    assert len([p for _m, p, _q in server.requests_log if p.endswith("/mentions")]) == reads


def test_low_access_level_lost_answer_is_never_sent_again_blindly(server, account, engine,
                                                                   clock):
    server.access_level = "free"
    server.faults.append(Fault.drop(method="POST", path=TWEETS))
    item_id = outbox.enqueue(account, Platform.X, "Cannot be checked")
    engine.run_account(account, {Job.PUBLISH})
    for _ in range(2):
        clock.advance(timedelta(minutes=30))
        engine.run_account(account, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.UNKNOWN
    assert "access level" in row.last_error and "x.com" in row.last_error
    assert server.create_calls == 1 and len(own(server)) == 1


def test_cli_sync_output_names_the_access_level(server, workspace, db, ctx, capsys):
    server.access_level = "free"
    add_x_account(server, ctx.secrets)
    assert run(workspace, "sync", "--once") == 0
    out = capsys.readouterr().out
    assert "access level" in out


# --- browser sign-in ---------------------------------------------------------------------------


def test_loopback_sign_in_with_pkce(server, ctx):
    from mbdesk.services.x_connect import XLogin, connect_x

    def browser(url: str) -> None:  # the owner clicks "Authorize app"
        requests.get(url, timeout=5)

    done = connect_x(ctx.secrets, server.client_id, server.url,
                     login=XLogin(open_url=browser, port=0, timeout=10))
    assert done.created and done.handle == "shop"
    stored = XTokens.from_json(ctx.secrets.get_token(Account.get_by_id(done.account_id).uid))
    assert stored.refresh_token == server.refresh_token
    assert Mention.select().count() == 0


# --- reading, client level ---------------------------------------------------------------------


def x_client(server: FakeX) -> XClient:
    return XClient(XTokens(server.access_token, server.refresh_token),
                   client_id=server.client_id, api_base=server.url)


def test_mentions_page_through_since_id_and_carry_their_authors(server):
    server.add_user("2000", "ana", "Ana")
    first = server.add_tweet("2000", "@shop hello")
    client = x_client(server)
    page = client.list_mentions(None)
    assert [m.remote_id for m in page.mentions] == [first] and page.cursor == first
    newer = [server.add_tweet("2000", f"@shop question {i}") for i in range(150)]
    page = client.list_mentions(page.cursor)
    assert [m.remote_id for m in page.mentions] == newer  # oldest first, both pages
    assert page.cursor == newer[-1] and page.mentions[0].author.handle == "ana"
    calls = [q for m, p, q in server.requests_log if p.endswith("/mentions")]
    assert calls[-2]["since_id"] == first and "pagination_token" in calls[-1]
    assert calls[-1]["expansions"] == "author_id"
    assert client.list_mentions(page.cursor).mentions == []


def test_thread_walks_up_the_replies(server):
    server.add_user("2000", "ana")
    root = server.add_tweet(server.me_id, "New cups in the shop")
    question = server.add_tweet("2000", "Do they come in blue?", reply_to=root)
    answer = server.add_tweet(server.me_id, "Yes, and green.", reply_to=question)
    thread = x_client(server).fetch_thread(question)
    assert [p.remote_id for p in thread] == [root, question, answer]
    assert thread[1].text_plain.endswith("Do they come in blue?")


def test_mentions_wait_while_their_window_is_spent(server):
    client = x_client(server)
    server.window_limit = 1
    client.list_mentions(None)
    before = len(server.requests_log)
    assert client.list_mentions("5").mentions == []  # not asked: remaining 0 until the reset
    assert len(server.requests_log) == before


def test_keyword_watch_searches_recent_posts_drops_own_and_counts_hits(server, account,
                                                                         engine):
    from mbdesk.store import watches

    server.add_tweet(server.me_id, "Fresh sourdough from the shop today")  # our own post
    fan = server.add_user("7701", "bread_fan", "Bread Fan")["id"]
    server.add_tweet(fan, "Best sourdough in town, honestly")
    server.add_tweet(fan, "Nothing about bread here")
    watch = watches.add_watch(account, "sourdough")
    result = engine.run_account(account, {Job.WATCHES})
    assert result.watch_hits == 1, result
    hits = list(Mention.select().where(Mention.stream == Stream.WATCH))
    assert [(m.text_plain, m.author.handle, m.watch_id) for m in hits] == [
        ("Best sourdough in town, honestly", "bread_fan", watch)]
    assert load_steps(account)["watches"]["state"] == "ok"
    searches = [q for m, path, q in server.requests_log if path == "/2/tweets/search/recent"]
    assert searches[-1]["query"] == "sourdough" and "since_id" not in searches[-1]

    server.add_tweet(fan, "More sourdough on Saturday")
    result = engine.run_account(account, {Job.WATCHES})
    assert result.watch_hits == 1  # only the new one: the cursor is X's newest_id
    searches = [q for m, path, q in server.requests_log if path == "/2/tweets/search/recent"]
    assert searches[-1]["since_id"]
    [row] = [w for w in watches.list_watches(account) if w.id == watch]
    assert row.hits == 2
