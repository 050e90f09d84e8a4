"""Competitor watch end to end through real HTTP to the fake servers: adding a rival by handle
(found, not found, another server, protected, an access level that does not allow it), the sync
engine's own step that fails alone, the stored figures and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from fake_bluesky import FakeBluesky
from fake_mastodon import Fault
from fake_x import FakeX
from sync_helpers import make_engine
from test_x import add_x_account

from mbdesk.app import main
from mbdesk.domain.rivals import common_start, engagement, indexed, posting_rhythm
from mbdesk.platforms.bluesky import create_session
from mbdesk.services.rivals import add_rival
from mbdesk.store import rivals as store
from mbdesk.store.models import Account, Platform, Rival, RivalPost, RivalSnapshot, utcnow
from mbdesk.store.server_profiles import load_steps
from mbdesk.sync.clients import AccountInfo, build_client
from mbdesk.sync.engine import Job
from mbdesk.sync.rivals import check_rivals


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


def add(ctx, account_id: int, handle: str):
    return add_rival(account_id, handle, secrets=ctx.secrets, workspace_root=ctx.workspace.root)


# --- pure figures ---------------------------------------------------------------------------


def test_rhythm_counts_in_the_owners_zone():
    shanghai = ZoneInfo("Asia/Shanghai")
    times = [datetime(2026, 3, 2, 1, 0), datetime(2026, 3, 2, 1, 30),  # Mon 09:00 local
             datetime(2026, 3, 7, 16, 0)]  # Sun 00:00 local (Sat in UTC)
    r = posting_rhythm(times, shanghai)
    assert r.by_weekday == (2, 0, 0, 0, 0, 0, 1)
    assert r.by_hour[9] == 2 and r.by_hour[0] == 1
    assert r.days == 6 and r.busiest_hours(2) == [9, 0]
    assert r.per_week == pytest.approx(3 * 7 / 6)
    assert posting_rhythm([], shanghai).total == 0


def test_indexed_curves_start_together():
    ours = [(date(2026, 1, 1), 0), (date(2026, 1, 2), 800), (date(2026, 1, 3), 880)]
    theirs = [(date(2026, 1, 1), 40000), (date(2026, 1, 2), 40000), (date(2026, 1, 3), 42000)]
    start = common_start(ours, theirs)
    assert start == date(2026, 1, 2)
    assert indexed(ours, start) == [(date(2026, 1, 2), 100.0), (date(2026, 1, 3), 110.0)]
    assert indexed(theirs, start)[-1] == (date(2026, 1, 3), 105.0)
    assert indexed([(date(2026, 1, 1), 0)]) == []
    assert engagement(1, 2, 3) == 9


# --- Mastodon -------------------------------------------------------------------------------


def test_mastodon_rival_found_posts_stored_and_private_ones_not_shown(server, ctx, account):
    rival = server.add_account("ovenworks", local=True, display_name="Oven Works")
    server.accounts[rival]["followers_count"] = 1200
    public = server.add_status("Croissants today", rival)
    server.add_status("Members only", rival, visibility="private")
    server.add_status("a reply", rival, in_reply_to_id=public)
    added = add(ctx, account, "@ovenworks")
    assert added.ok and added.created and added.handle == "ovenworks"
    [row] = store.list_rivals()
    assert (row.followers, row.posts_stored, row.state) == (1200, 1, "ok")
    assert [p.text for p in RivalPost.select()] == ["Croissants today"]
    again = add(ctx, account, "ovenworks")
    assert again.ok and not again.created and again.rival_id == added.rival_id
    lookups = server.requests_to("/api/v1/accounts/lookup")
    assert [r["query"] for r in lookups] == [[("acct", "ovenworks")], [("acct", "ovenworks")]]


def test_mastodon_not_found_and_another_server_resolved(server, ctx, account):
    missing = add(ctx, account, "nobody")
    assert not missing.ok and missing.code == "not_found"
    assert "nobody" in missing.message
    server.remote_directory["rival@far.example"] = {"followers_count": 5000}
    far = add(ctx, account, "rival@far.example")
    assert far.ok, far.message
    assert store.get(far.rival_id).followers == 5000
    assert Rival.select().count() == 1


def test_clients_public_reads_and_no_private_calls(server, ctx, account):
    """The competitor reader asks the clients' public methods (a client's private helpers may
    change shape under it); those send what the server expects."""
    import inspect

    from mbdesk.platforms import rivals as reader

    source = inspect.getsource(reader)
    assert not any(f"client.{name}(" in source for name in ("_get", "_call", "_page"))
    rival = server.add_account("ovenworks", local=True)
    server.add_status("Croissants today", rival)
    client = build_client(AccountInfo.load(account), ctx.secrets, ctx.workspace.root)
    assert client.lookup_account("ovenworks")["id"] == rival
    assert client.account_profile(rival)["acct"] == "ovenworks"
    assert [s["id"] for s in client.public_posts(rival, 500)] != []
    [page] = server.requests_to(f"/api/v1/accounts/{rival}/statuses")
    assert dict(page["query"]) == {"limit": "40", "exclude_replies": "true",
                                   "exclude_reblogs": "true"}  # 40: the API's most


def test_engine_step_reads_rivals_and_fails_alone(server, ctx, account, clock):
    rival = server.add_account("ovenworks", local=True)
    assert add(ctx, account, "ovenworks").ok
    engine = make_engine(ctx.secrets, ctx.workspace.root, clock)
    server.accounts[rival]["followers_count"] = 1300
    server.add_status("New rye", rival)
    clock.advance(timedelta(days=1), server)
    result = engine.run_account(account, {Job.RIVALS, Job.REFRESH})
    assert result.state == "ok", result.message
    days = list(RivalSnapshot.select().order_by(RivalSnapshot.day))
    assert [d.followers for d in days] == [0, 1300]
    assert RivalPost.select().count() == 1
    # not due again within hours: no request
    before = len(server.requests_to(f"/api/v1/accounts/{rival}"))
    engine.run_account(account, {Job.RIVALS})
    assert len(server.requests_to(f"/api/v1/accounts/{rival}")) == before
    # a server error on the rival: the rivals step fails alone, the snapshot still runs
    server.faults.append(Fault.http(status=502, method="GET", path=f"/api/v1/accounts/{rival}"))
    result = engine.run_account(account, {Job.RIVALS, Job.SNAPSHOT, Job.REFRESH})
    steps = load_steps(account)
    assert steps["rivals"]["state"] == "error" and "could not be read" in steps["rivals"]["error"]
    assert steps["snapshot"]["state"] == "ok" and result.state == "partial"
    assert store.list_rivals()[0].state == "error"
    server.faults.clear()
    # the rival is gone: recorded on the rival, not a failure of the step
    del server.accounts[rival]
    result = engine.run_account(account, {Job.RIVALS, Job.SNAPSHOT, Job.REFRESH})
    assert store.list_rivals()[0].state == "not_found"
    assert load_steps(account)["rivals"]["state"] == "ok"
    assert load_steps(account)["snapshot"]["state"] == "ok"


def test_cli_add_list_show_remove(server, ctx, account, workspace, capsys):
    rival = server.add_account("ovenworks", local=True)
    server.add_status("Bread at 8", rival)
    handle = Account.get_by_id(account).handle
    assert run(workspace, "competitors", "add", "mastodon", "ovenworks", "--via", handle) == 0
    assert "ovenworks" in capsys.readouterr().out
    assert run(workspace, "competitors", "list", "--json") == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["handle"] == "ovenworks" and listed["state"] == "ok"
    assert run(workspace, "competitors", "show", str(listed["id"]), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["best_posts"][0]["text"] == "Bread at 8"
    assert len(shown["rhythm"]["by_hour"]) == 24
    assert run(workspace, "competitors", "add", "mastodon", "ghost") == 2
    assert "No account ghost" in capsys.readouterr().err
    assert run(workspace, "competitors", "add", "bluesky", "x.bsky.social") == 2
    assert "No connected bluesky account" in capsys.readouterr().err
    assert run(workspace, "competitors", "add", "weibo", "某面包店") == 2
    assert "commercial" in capsys.readouterr().err
    assert run(workspace, "competitors", "remove", str(listed["id"])) == 0
    assert Rival.select().count() == 0


# --- Bluesky --------------------------------------------------------------------------------


@pytest.fixture
def bsky():
    with FakeBluesky() as srv:
        yield srv


def bluesky_account(bsky: FakeBluesky, secrets) -> int:
    session = create_session(bsky.url, bsky.handle, bsky.password)
    account = Account.create(platform=Platform.BLUESKY, instance_url=bsky.url,
                             handle=bsky.handle, remote_id=session.did)
    secrets.set_token(account.uid, session.to_json())
    return account.id


def test_bluesky_profile_and_author_feed(bsky, ctx):
    account = bluesky_account(bsky, ctx.secrets)
    bsky.add_actor("did:plc:rival", "rival.test", "Rival", followers=321)
    first = bsky.add_post("did:plc:rival", "Sourdough", likes=5, reposts=2,
                          at=datetime.now(UTC) - timedelta(hours=2))
    bsky.add_post("did:plc:rival", "a reply", reply_to=first)
    added = add(ctx, account, "rival.test")
    assert added.ok, added.message
    [post] = RivalPost.select()
    assert (post.text, post.favourites, post.reposts) == ("Sourdough", 5, 2)
    assert post.url.startswith("https://bsky.app/profile/rival.test/post/")
    assert store.get(added.rival_id).followers == 321
    gone = add(ctx, account, "nobody.test")
    assert gone.code == "not_found"


# --- X ----------------------------------------------------------------------------------------


@pytest.fixture
def xs():
    with FakeX() as srv:
        yield srv


def test_x_lookup_protected_and_low_access_level(xs, ctx):
    account = add_x_account(xs, ctx.secrets)
    xs.add_user("2000", "rivalshop", "Rival Shop", followers=900)
    xs.add_tweet("2000", "Cakes 2 for 1", likes=7)
    added = add(ctx, account, "@RivalShop")
    assert added.ok, added.message
    assert [p.text for p in RivalPost.select()] == ["Cakes 2 for 1"]
    assert add(ctx, account, "nobodyhere").code == "not_found"
    xs.add_user("3000", "secretshop", "Secret", followers=5)
    xs.users["3000"]["protected"] = True
    locked = add(ctx, account, "secretshop")
    assert locked.ok and locked.code == "private" and "protected" in locked.message
    assert store.get(locked.rival_id).state == "private"
    # the sync step reads the profile by id and the posts again
    xs.users["2000"]["public_metrics"]["followers_count"] = 950
    xs.add_tweet("2000", "Brioche Friday", likes=3)
    client = build_client(AccountInfo.load(account), ctx.secrets, ctx.workspace.root)
    assert check_rivals(account, client, utcnow(), last=None, refresh=True) is True
    assert store.get(added.rival_id).followers == 950
    assert {p.text for p in RivalPost.select().where(RivalPost.rival == added.rival_id)} == {
        "Cakes 2 for 1", "Brioche Friday"}
    xs.access_level = "free"
    low = add(ctx, account, "someoneelse")
    assert low.code == "not_allowed" and "access level" in low.message
    # at the lowest access level the step records it on each rival, and does not fail
    assert check_rivals(account, client, utcnow(), last=None, refresh=True) is True
    assert store.get(added.rival_id).state == "not_allowed"


def test_demo_sandbox_cannot_look_up(ctx):
    account = Account.create(platform="mastodon", handle="luna", instance_url="sandbox://luna")
    added = add(ctx, account.id, "anyone")
    assert added.code == "not_allowed" and "demo" in added.message


def test_rhythm_and_best_posts_queries(db):
    account = Account.create(platform="mastodon", handle="me")
    rival = Rival.create(account=account, platform="mastodon", handle="r", remote_id="1")
    now = utcnow()
    for i, (likes, boosts) in enumerate([(1, 0), (10, 5), (3, 0)]):
        RivalPost.create(rival=rival, remote_id=str(i), text=f"p{i}", favourites=likes,
                         reposts=boosts, published_at=now - timedelta(days=i))
    best = store.best_posts(rival.id, now - timedelta(days=30))
    assert [p.text for p in best] == ["p1", "p2", "p0"]
    assert store.rhythm(rival.id, UTC, now - timedelta(days=30)).total == 3
