"""Analytics queries: follower series per account and the summary tiles."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mbdesk.store.models import (
    Account,
    AccountSnapshot,
    Mention,
    Post,
    PostMetricSnapshot,
)
from mbdesk.store.queries import analytics as q

NOW = datetime(2026, 11, 23, 12, 0, 0)
TODAY = NOW.date()


def test_series_and_summaries(db) -> None:
    shop = Account.create(platform="mastodon", handle="shop", display_name="Shop", color="#e11d48")
    weibo = Account.create(platform="weibo", handle="weibo", color="#f59e0b")
    Account.create(platform="bluesky", handle="new.bsky.social", color="#0ea5e9")  # no history
    for i in range(100):
        AccountSnapshot.create(account=shop, day=TODAY - timedelta(days=99 - i), followers=1000 + i)
    AccountSnapshot.create(account=weibo, day=TODAY - timedelta(days=5), followers=50)
    AccountSnapshot.create(account=weibo, day=TODAY, followers=40)

    series = q.follower_series(q.range_start("30d", TODAY))
    assert [s.account.name for s in series] == ["Shop", "weibo", "new.bsky.social"]
    assert len(series[0].days) == 31 and series[0].days[-1] == TODAY
    assert series[0].followers[-1] == 1099
    assert series[2].days == ()
    assert len(q.follower_series()[0].days) == 100  # "all"
    assert q.range_start("all") is None
    assert q.range_start("1y", date(2026, 1, 1)) == date(2025, 1, 1)

    for i in range(3):
        Mention.create(account=shop, remote_id=str(i), created_at=NOW - timedelta(days=i * 20))
    for i, engagement in enumerate((1, 10, 4, 100)):
        post = Post.create(account=shop, remote_id=f"p{i}",
                           published_at=NOW - timedelta(days=i * 9))
        PostMetricSnapshot.create(post=post, taken_at=NOW - timedelta(days=1),
                                  replies=0, reposts=0, favourites=999)  # an older reading
        PostMetricSnapshot.create(post=post, taken_at=NOW, replies=engagement, reposts=0,
                                  favourites=0)
    tiles = {s.account.name: s for s in q.summaries(q.range_start("30d", TODAY), now=NOW)}
    shop_tile = tiles["Shop"]
    assert shop_tile.followers_now == 1099
    assert shop_tile.followers_change == 30
    assert shop_tile.mentions_30d == 2  # 0 and 20 days ago, not 40
    assert shop_tile.posts_30d == 4  # 0, 9, 18 and 27 days ago
    assert shop_tile.median_engagement == 7.0  # median of 1, 10, 4, 100 (latest readings)
    assert tiles["weibo"].followers_change == -10
    assert tiles["new.bsky.social"].followers_now is None
    assert tiles["new.bsky.social"].median_engagement is None


def test_every_figure_can_be_narrowed_to_one_account(db) -> None:
    """The screen's account filter: series, tiles, reply waits and the summary of one account."""
    shop = Account.create(platform="mastodon", handle="shop", color="#e11d48")
    other = Account.create(platform="x", handle="other", color="#111827")
    for account, followers in ((shop, 500), (other, 50_000)):
        AccountSnapshot.create(account=account, day=TODAY, followers=followers)
        Mention.create(account=account, remote_id=f"m{account.id}", created_at=NOW,
                       first_reply_at=NOW + timedelta(minutes=10 * account.id))
        post = Post.create(account=account, remote_id=f"p{account.id}", published_at=NOW)
        PostMetricSnapshot.create(post=post, taken_at=NOW, replies=1, reposts=0,
                                  favourites=account.id, clicks=5 * account.id)
    assert [s.account.id for s in q.follower_series(None, other.id)] == [other.id]
    assert [t.account.id for t in q.summaries(None, now=NOW, account_id=shop.id)] == [shop.id]
    assert q.reply_waits(7, NOW + timedelta(hours=1), other.id) == [timedelta(minutes=20)]
    assert len(q.reply_waits(7, NOW + timedelta(hours=1))) == 2
    one = q.reach_summary(None, other.id)
    assert (one.followers, one.mentions, one.posts, one.favourites) == (50_000, 1, 1, 2)
    assert one.clicks == 10  # X reports clicks
    both = q.reach_summary(None)
    assert both.followers == 50_500 and both.clicks == 10  # Mastodon's stray number not counted
    assert q.accounts(shop.id)[0].platform == "mastodon" and len(q.accounts()) == 2
