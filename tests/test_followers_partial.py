"""A follower list the server shows only in part (Weibo): a walk of it never marks the people
it did not see as lost, and a walk that saw the whole (small) list still does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fake_weibo import FakeWeibo
from sync_helpers import Clock, make_engine

from mbdesk.platforms.weibo_auth import WeiboSecret
from mbdesk.store import server_profiles
from mbdesk.store.accounts import set_options
from mbdesk.store.models import Account, FollowerEdge, Person, Platform
from mbdesk.sync.engine import Job

LATER = timedelta(hours=7)  # past the engine's 6-hour follower walk interval


@pytest.fixture
def weibo():
    with FakeWeibo(followers_visible=30) as srv:
        yield srv


@pytest.fixture
def account(weibo, ctx) -> int:
    row = Account.create(platform=Platform.WEIBO, instance_url=weibo.url, handle="小面包店",
                         display_name="小面包店", remote_id=weibo.me)
    ctx.secrets.set_token(row.uid, WeiboSecret(weibo.token, "x").to_json())
    set_options(row.id, safe_domain="shop.example")
    return row.id


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def engine(ctx, clock):
    return make_engine(ctx.secrets, ctx.workspace.root, clock)


def following(account_id: int) -> set[str]:
    return {p.remote_id for p in Person.select(Person.remote_id).join(FollowerEdge).where(
        (FollowerEdge.account == account_id) & FollowerEdge.lost_at.is_null())}


def sync(engine, account_id: int):
    result = engine.run_account(account_id, Job.ALL | {Job.REFRESH})
    assert not result.step_errors, result
    return result


def test_a_partial_walk_never_marks_the_unseen_as_lost(weibo, account, engine, clock):
    weibo.add_followers(50)  # Weibo shows the newest 30
    sync(engine, account)
    assert server_profiles.capability(account, "followers_partial") is True
    first = following(account)
    assert first == set(weibo.followers[:30])

    # A sync right away does not walk again although 30 known != 50 counted.
    calls = len(weibo.calls("friendships/followers"))
    sync(engine, account)
    assert len(weibo.calls("friendships/followers")) == calls

    # Five new followers push five older ones out of the shown part, and one shown one
    # leaves: the walk cannot tell the leaver from the pushed-out, so nobody is lost.
    weibo.remove_follower(weibo.followers[3])
    new = weibo.add_followers(5)
    clock.advance(LATER)
    result = sync(engine, account)
    assert (result.new_followers, result.lost_followers) == (5, 0)
    assert following(account) == first | set(new)
    assert not FollowerEdge.select().where(FollowerEdge.lost_at.is_null(False)).exists()


def test_a_walk_that_saw_the_whole_small_list_finds_who_left(weibo, account, engine, clock):
    weibo.add_followers(10)  # fewer than Weibo shows: the walk sees everyone
    sync(engine, account)
    leaver = weibo.followers[4]
    weibo.remove_follower(leaver)
    clock.advance(LATER)
    result = sync(engine, account)
    assert (result.new_followers, result.lost_followers) == (0, 1)
    assert following(account) == set(weibo.followers)
    assert FollowerEdge.get(FollowerEdge.person == Person.get(
        Person.remote_id == leaver)).lost_at is not None
