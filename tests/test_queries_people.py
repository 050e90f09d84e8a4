"""Followers queries: one row per person, keyset pages, lost/new/tag/search filters, totals."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mbdesk.store.models import Account, FollowerEdge, Mention, Note, Person, PersonTag, Tag
from mbdesk.store.queries import people as q
from mbdesk.store.queries.people import PeopleFilter, handle_prefix_range

NOW = datetime(2026, 11, 23, 12, 0, 0)


@pytest.fixture
def world(db):
    """Two accounts; Ana follows both, Li is new, Bob left, Eva left one account only."""
    shop = Account.create(platform="mastodon", handle="shop", display_name="Shop", color="#e11d48")
    help_ = Account.create(platform="weibo", handle="help", display_name="客服", color="#0ea5e9")
    people = {}
    for key, name, handle in (("ana", "Ana", "ana@example.social"), ("li", "李雷", "lilei"),
                              ("bob", "Bob 100%", "bob@example.social"),
                              ("eva", "Eva", "eva@example.social")):
        people[key] = Person.create(platform="mastodon", remote_id=key, handle=handle,
                                    display_name=name, followers_count=len(name) * 100)
    FollowerEdge.create(account=shop, person=people["ana"], first_seen=NOW - timedelta(days=30))
    FollowerEdge.create(account=help_, person=people["ana"], first_seen=NOW - timedelta(days=2))
    FollowerEdge.create(account=help_, person=people["li"], first_seen=NOW - timedelta(days=1))
    FollowerEdge.create(account=shop, person=people["bob"], first_seen=NOW - timedelta(days=60),
                        lost_at=NOW - timedelta(days=3))
    FollowerEdge.create(account=shop, person=people["eva"], first_seen=NOW - timedelta(days=20),
                        lost_at=NOW - timedelta(days=1))
    FollowerEdge.create(account=help_, person=people["eva"], first_seen=NOW - timedelta(days=10))
    Person.create(platform="mastodon", remote_id="x", handle="stranger")  # follows nobody
    kol = Tag.create(name="KOL", kind="kol", color="#9333ea")
    customer = Tag.create(name="customer", kind="customer", color="#16a34a")
    PersonTag.create(person=people["ana"], tag=customer)
    PersonTag.create(person=people["li"], tag=kol)
    PersonTag.create(person=people["li"], tag=customer)
    Note.create(person=people["li"], body="Buys <b>mugs</b> every month")
    return shop, help_, people, kol, customer


def names(flt: PeopleFilter) -> list[str]:
    return [r.display_name for r in q.page(flt, now=NOW)]


def test_one_row_per_follower_newest_first(world) -> None:
    assert names(PeopleFilter()) == ["李雷", "Eva", "Ana", "Bob 100%"]
    rows = q.page(PeopleFilter(), now=NOW)
    ana = rows[2]
    assert ana.first_seen == NOW - timedelta(days=30)  # the earliest edge places the row
    assert [t.name for t in rows[0].tags] == ["KOL", "customer"]
    assert [r.lost for r in rows] == [False, False, False, True]  # Eva still follows 客服


def test_keyset_pages_cover_everyone_once(world) -> None:
    seen, after = [], None
    while True:
        rows = q.page(PeopleFilter(), after, limit=1, now=NOW)
        if not rows:
            break
        seen += [r.person_id for r in rows]
        after = rows[-1].key
    assert len(seen) == len(set(seen)) == 4


@pytest.mark.parametrize("sort_limit", [0, 10_000])
def test_filter_by_account_lost_new_and_tag(world, monkeypatch, sort_limit: int) -> None:
    monkeypatch.setattr(q, "SORT_LIMIT", sort_limit)  # both query plans, same rows
    shop, help_, _, kol, customer = world
    assert names(PeopleFilter(account_id=help_.id)) == ["李雷", "Ana", "Eva"]
    assert names(PeopleFilter(lost=True)) == ["Bob 100%"]
    assert names(PeopleFilter(account_id=shop.id, lost=True)) == ["Eva", "Bob 100%"]
    assert names(PeopleFilter(new_this_week=True)) == ["李雷"]
    assert names(PeopleFilter(account_id=help_.id, new_this_week=True)) == ["李雷", "Ana"]
    assert names(PeopleFilter(tag_id=customer.id)) == ["李雷", "Ana"]
    assert names(PeopleFilter(tag_id=kol.id, account_id=shop.id)) == []


@pytest.mark.parametrize("sort_limit", [0, 10_000])
def test_search_by_name_or_handle(world, monkeypatch, sort_limit: int) -> None:
    monkeypatch.setattr(q, "SORT_LIMIT", sort_limit)  # both query plans, same rows
    assert names(PeopleFilter(search="李")) == ["李雷"]
    assert names(PeopleFilter(search="example.social")) == ["Eva", "Ana", "Bob 100%"]
    assert names(PeopleFilter(search="@an")) == ["Ana"]  # handle prefix, index range
    assert names(PeopleFilter(search="@na")) == []  # a prefix, not a substring
    assert names(PeopleFilter(search="100%")) == ["Bob 100%"]
    assert names(PeopleFilter(search="%")) == ["Bob 100%"]  # literal, not a wildcard
    assert names(PeopleFilter(search="stranger")) == []  # known, but follows nobody


def test_handle_prefix_range() -> None:
    assert handle_prefix_range("@Ana") == ("ana", "anb")
    assert handle_prefix_range("ana") is None
    assert handle_prefix_range("@") is None
    assert handle_prefix_range("@a b") is None


def test_totals_count_edges(world) -> None:
    shop, help_, *_ = world
    assert q.totals(now=NOW) == q.FollowerTotals(followers_now=4, new_this_week=2,
                                                 lost_this_week=2)
    assert q.totals(shop.id, now=NOW) == q.FollowerTotals(1, 0, 2)
    assert q.totals(help_.id, now=NOW) == q.FollowerTotals(3, 2, 0)


def test_detail_has_follows_tags_notes_and_mentions(world) -> None:
    _, help_, people, *_ = world
    Mention.create(account=help_, remote_id="m1", author=people["eva"], text_plain="hola")
    eva = q.detail(people["eva"].id)
    assert eva is not None
    assert [(f.account_name, f.lost_at is not None) for f in eva.follows] == [
        ("Shop", True), ("客服", False)]
    assert eva.mentions_count == 1
    li = q.detail(people["li"].id)
    assert li.notes == ("Buys <b>mugs</b> every month",)
    assert [t.name for t in li.tags] == ["KOL", "customer"]
    assert q.detail(999_999) is None


def test_followers_already_there_at_the_first_look_are_not_new(world) -> None:
    """An account's first walk finds people who followed before mbdesk looked: they count as
    followers, never as "new this week" (nor on the growth chart's new-followers bars)."""
    from mbdesk.store.queries import analytics

    shop, *_ = world
    zoe = Person.create(platform="mastodon", remote_id="zoe", handle="zoe@example.social",
                        display_name="Zoe")
    FollowerEdge.create(account=shop, person=zoe, first_seen=NOW - timedelta(hours=2),
                        baseline=True)
    assert q.totals(shop.id, now=NOW) == q.FollowerTotals(followers_now=2, new_this_week=0,
                                                          lost_this_week=2)
    assert "Zoe" in names(PeopleFilter())
    assert "Zoe" not in names(PeopleFilter(new_this_week=True))
    zoe_row = next(r for r in q.page(PeopleFilter(), now=NOW) if r.display_name == "Zoe")
    assert zoe_row.baseline
    detail = q.detail(zoe.id)
    assert [(f.account_name, f.baseline) for f in detail.follows] == [("Shop", True)]
    new_by_day, _ = analytics.new_lost_by_day(shop.id)
    assert (NOW - timedelta(hours=2)).date() not in new_by_day
    assert all(c.handle != "zoe@example.social"
               for c in analytics.changes_on((NOW - timedelta(hours=2)).date(), shop.id))
