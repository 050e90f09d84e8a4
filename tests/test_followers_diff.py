"""New and lost followers: the pure diff, the sync engine's walk in the database, daily counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mbdesk.domain.followers import daily_changes, diff_followers
from mbdesk.platforms.base import RemotePerson
from mbdesk.store.models import Account, FollowerEdge, Person
from mbdesk.store.queries.analytics import daily_followers, new_lost_by_day
from mbdesk.sync import ingest


def test_diff_names_new_lost_and_kept() -> None:
    diff = diff_followers(["a", "b", "c"], ["b", "c", "d", "e"])
    assert diff.new == {"d", "e"}
    assert diff.lost == {"a"}
    assert diff.kept == {"b", "c"}
    assert diff_followers([], ["x"]).new == {"x"}
    assert diff_followers(["x"], []).lost == {"x"}
    same = diff_followers(["x", "x"], ["x"])
    assert not same.new and not same.lost


def test_daily_changes_fill_every_day() -> None:
    start = date(2026, 3, 1)
    days = daily_changes(start, date(2026, 3, 4), {date(2026, 3, 2): 5}, {date(2026, 3, 4): 2},
                         {start: 100, date(2026, 3, 2): 105})
    assert [(d.day.day, d.followers, d.new, d.lost, d.net) for d in days] == [
        (1, 100, 0, 0, 0), (2, 105, 5, 0, 5), (3, None, 0, 0, 0), (4, None, 0, 2, -2)]


def walk(account: Account, ids: list[str], started: datetime) -> tuple[int, int]:
    """One complete follower walk as the engine does it: pages, then the end-of-walk diff."""
    people = [RemotePerson(i, f"user{i}") for i in ids]
    new = ingest.ingest_follower_page(account.id, "mastodon", people, started, started)
    lost = ingest.finish_follower_walk(account.id, started, started)
    return new, lost


def active(account: Account) -> set[str]:
    query = (Person.select(Person.remote_id).join(FollowerEdge)
             .where((FollowerEdge.account == account.id) & FollowerEdge.lost_at.is_null()))
    return {p.remote_id for p in query}


def test_the_engine_walk_agrees_with_the_pure_diff(db) -> None:
    shop = Account.create(platform="mastodon", handle="shop")
    day1 = datetime(2026, 3, 1, 9)
    day2 = day1 + timedelta(days=1)
    day3 = day2 + timedelta(days=1)
    assert walk(shop, ["a", "b", "c"], day1) == (3, 0)
    before = active(shop)
    assert walk(shop, ["b", "c", "d"], day2) == (1, 1)
    diff = diff_followers(before, active(shop))
    assert diff.new == {"d"} and diff.lost == {"a"}
    lost_edge = FollowerEdge.get(FollowerEdge.person == Person.get(Person.remote_id == "a"))
    assert lost_edge.lost_at == day2 and lost_edge.first_seen == day1
    # "a" comes back: no new edge (first_seen kept), lost mark cleared
    assert walk(shop, ["a", "b", "c", "d"], day3) == (0, 0)
    assert active(shop) == {"a", "b", "c", "d"}
    assert FollowerEdge.get_by_id(lost_edge.id).first_seen == day1
    new, lost = new_lost_by_day(shop.id)
    assert new == {day1.date(): 3, day2.date(): 1}
    assert lost == {}  # the day-2 departure was taken back on day 3


def test_daily_followers_per_account(db) -> None:
    shop = Account.create(platform="mastodon", handle="shop")
    other = Account.create(platform="mastodon", handle="other")
    today = date(2026, 3, 10)
    person = Person.create(platform="mastodon", remote_id="1", handle="p1")
    person2 = Person.create(platform="mastodon", remote_id="2", handle="p2")
    FollowerEdge.create(account=shop, person=person, first_seen=datetime(2026, 3, 9, 8),
                        lost_at=datetime(2026, 3, 10, 7))
    FollowerEdge.create(account=shop, person=person2, first_seen=datetime(2026, 3, 10, 1))
    FollowerEdge.create(account=other, person=person, first_seen=datetime(2026, 3, 10, 1))
    rows = daily_followers(shop.id, 3, today=today)
    assert [(r.day.day, r.new, r.lost) for r in rows] == [(8, 0, 0), (9, 1, 0), (10, 1, 1)]
