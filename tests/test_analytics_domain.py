"""Pure analytics: the weekday × hour grid in the owner's zone, best hours, medians, categories."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mbdesk.domain.analytics import (
    best_hours,
    engagement_grid,
    median_minutes,
    per_category,
    reliable_means,
)

MADRID = ZoneInfo("Europe/Madrid")


def test_grid_uses_the_local_weekday_and_hour() -> None:
    # 2026-03-02 is a Monday; 23:30 UTC is already Tuesday 00:30 in Madrid (UTC+1)
    grid = engagement_grid([(datetime(2026, 3, 2, 23, 30), 10)], MADRID)
    assert grid.posts[1][0] == 1 and grid.mean[1][0] == 10.0
    # summer time: 07:00 UTC on Monday 2026-07-06 is 09:00 in Madrid
    grid = engagement_grid([(datetime(2026, 7, 6, 7, 0), 4), (datetime(2026, 7, 13, 7, 0), 8)],
                           MADRID)
    assert grid.posts[0][9] == 2 and grid.mean[0][9] == 6.0


def test_best_hours_rank_cells_and_skip_lucky_single_posts() -> None:
    monday = datetime(2026, 3, 2)  # UTC zone for clarity
    posts = []
    for week in range(3):
        base = monday + timedelta(weeks=week)
        posts += [(base + timedelta(hours=9), 30), (base + timedelta(days=1, hours=18), 50),
                  (base + timedelta(days=4, hours=12), 10)]
    posts.append((monday + timedelta(days=6, hours=3), 999))  # one lucky post at Sunday 03:00
    assert best_hours(posts, top=2) == [(1, 18), (0, 9)]
    assert best_hours(posts, top=5, weekday=4) == [(4, 12)]
    assert best_hours(posts, top=1, min_posts=1) == [(6, 3)]
    grid = engagement_grid(posts)
    assert best_hours(grid, top=3) == [(1, 18), (0, 9), (4, 12)]
    assert reliable_means(grid)[6][3] == 0.0 and reliable_means(grid)[1][18] == 50.0
    assert best_hours([]) == []


def test_median_minutes_and_categories() -> None:
    waits = [timedelta(minutes=10), timedelta(hours=2), timedelta(minutes=30)]
    assert median_minutes(waits) == 30.0
    assert median_minutes([]) is None
    cats = per_category([("product", 10), ("promotion", 40), ("product", 30), ("", 1)])
    assert [(c.category, c.posts, c.total, c.mean) for c in cats] == [
        ("promotion", 1, 40, 40.0), ("product", 2, 40, 20.0), ("", 1, 1, 1.0)]


def test_best_posting_hours_from_the_store(db) -> None:
    from mbdesk.store.models import Account, Post, PostMetricSnapshot, utcnow
    from mbdesk.store.queries.analytics import best_posting_hours

    shop = Account.create(platform="mastodon", handle="shop")
    today = utcnow().date()
    start = datetime.combine(today - timedelta(days=20), datetime.min.time())
    for i, (hour, favs) in enumerate([(8, 5), (8, 7), (17, 40), (17, 60), (17, 50)]):
        post = Post.create(account=shop, remote_id=str(i),
                           published_at=start + timedelta(weeks=i % 2, hours=hour))
        PostMetricSnapshot.create(post=post, favourites=favs)
    weekday = start.weekday()
    # UTC here: a DST change between the two weeks would split Madrid's cells
    assert best_posting_hours(UTC, days=30, today=today) == [(weekday, 17), (weekday, 8)]
    assert best_posting_hours(UTC, days=30, weekday=(weekday + 1) % 7, today=today) == []
    assert best_posting_hours(UTC, days=10, today=today) == []  # older than the window


# --- growth index and link clicks (issue 15 / 16) ---------------------------------------------


def test_indexed_growth_puts_small_and_large_accounts_side_by_side() -> None:
    from mbdesk.domain.analytics import default_scale, indexed, spread

    small = [500, 525, 550]
    large = [50_000, 50_500, 51_000]
    assert indexed(small) == [100.0, 105.0, 110.0]
    assert indexed(large) == [100.0, 101.0, 102.0]
    assert indexed([0, 0, 20, 30]) == [0.0, 0.0, 100.0, 150.0]  # first non-zero is the base
    assert indexed([0, 0]) == [0.0, 0.0]
    assert spread([550, 51_000]) == pytest.approx(92.7, abs=0.1)
    assert default_scale([550, 51_000]) == "indexed"
    assert default_scale([4_000, 30_000]) == "followers"  # under tenfold: real counts
    assert default_scale([51_000]) == "followers"  # one account
    assert default_scale([None, 0, 900]) == "followers"


def test_click_state_says_why_there_is_no_count() -> None:
    from mbdesk.domain.analytics import ClickState, click_state

    assert click_state("x", 12) == ClickState.REPORTED
    assert click_state("x", None) == ClickState.UNAVAILABLE
    assert click_state("x", None, access_refused=True) == ClickState.ACCESS_LEVEL
    for platform in ("mastodon", "bluesky", "weibo"):
        assert click_state(platform, 7) == ClickState.NOT_REPORTED  # stray numbers ignored
