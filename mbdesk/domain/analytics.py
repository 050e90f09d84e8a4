"""Pure analytics: the weekday × hour engagement grid, best hours to post, response times.

No database, no Qt: the store queries hand plain tuples in, and both the analytics screen and
the posting calendar use the results (``best_hours`` feeds the calendar's time suggestions).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

WEEKDAYS = 7  # Monday = 0, as datetime.weekday()
HOURS = 24
MIN_POSTS = 2  # fewer posts than this in a cell is luck, not a pattern


@dataclass(frozen=True)
class HourGrid:
    """Mean engagement per post for each weekday (rows) and local hour (columns)."""

    mean: tuple[tuple[float, ...], ...]  # [weekday][hour], 0.0 where there was no post
    posts: tuple[tuple[int, ...], ...]  # [weekday][hour] number of posts


def engagement_grid(posts: Iterable[tuple[datetime, int]], zone: tzinfo = UTC) -> HourGrid:
    """Mean engagement by the local weekday and hour each post was published.

    ``posts`` are ``(published_at as naive UTC, engagement)``; the local time decides the cell,
    so "Tuesday 9:00" means the owner's Tuesday morning across DST changes.
    """
    total = [[0.0] * HOURS for _ in range(WEEKDAYS)]
    count = [[0] * HOURS for _ in range(WEEKDAYS)]
    for published, engagement in posts:
        local = published.replace(tzinfo=UTC).astimezone(zone)
        total[local.weekday()][local.hour] += engagement
        count[local.weekday()][local.hour] += 1
    mean = tuple(tuple(total[d][h] / count[d][h] if count[d][h] else 0.0 for h in range(HOURS))
                 for d in range(WEEKDAYS))
    return HourGrid(mean=mean, posts=tuple(tuple(row) for row in count))


def best_hours(grid_or_posts: HourGrid | Iterable[tuple[datetime, int]], top: int = 5,
               weekday: int | None = None, min_posts: int = MIN_POSTS,
               zone: tzinfo = UTC) -> list[tuple[int, int]]:
    """The ``top`` (weekday, hour) cells with the highest mean engagement, best first.

    Cells with fewer than ``min_posts`` posts are left out (one lucky post is no pattern);
    ``weekday`` restricts the answer to one day (the calendar asks per day).
    """
    grid = grid_or_posts if isinstance(grid_or_posts, HourGrid) else engagement_grid(
        grid_or_posts, zone)
    cells = [
        (grid.mean[d][h], grid.posts[d][h], d, h)
        for d in range(WEEKDAYS) if weekday is None or d == weekday
        for h in range(HOURS) if grid.posts[d][h] >= min_posts
    ]
    cells.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    return [(d, h) for _, _, d, h in cells[:top]]


def reliable_means(grid: HourGrid, min_posts: int = MIN_POSTS) -> list[list[float]]:
    """The grid's means with the cells of too few posts zeroed (what the heat map shows)."""
    return [[grid.mean[d][h] if grid.posts[d][h] >= min_posts else 0.0 for h in range(HOURS)]
            for d in range(WEEKDAYS)]


def median_minutes(waits: Iterable[timedelta]) -> float | None:
    """The median of response waits in minutes; ``None`` with no reply to measure."""
    values = [w.total_seconds() / 60 for w in waits if w >= timedelta(0)]
    return float(statistics.median(values)) if values else None


@dataclass(frozen=True)
class CategoryEngagement:
    category: str
    posts: int
    total: int

    @property
    def mean(self) -> float:
        return self.total / self.posts if self.posts else 0.0


def per_category(posts: Iterable[tuple[str, int]]) -> list[CategoryEngagement]:
    """Posts and engagement per content category, best mean first."""
    totals: dict[str, list[int]] = {}
    for category, engagement in posts:
        entry = totals.setdefault(category or "", [0, 0])
        entry[0] += 1
        entry[1] += engagement
    out = [CategoryEngagement(c, n, t) for c, (n, t) in totals.items()]
    out.sort(key=lambda c: (-c.mean, c.category))
    return out


# --- growth when accounts differ in size ---------------------------------------------------------

INDEX_BASE = 100.0
WIDE_SPREAD = 10.0  # accounts this many times apart: one follower axis flattens the small ones


def indexed(values: Iterable[int]) -> list[float]:
    """Followers as an index: the first non-zero count of the range is 100, so a 500-follower
    account and a 50,000-follower one that both grew 10 % both end at 110."""
    values = list(values)
    base = next((v for v in values if v > 0), 0)
    if not base:
        return [0.0 for _ in values]
    return [v * INDEX_BASE / base for v in values]


def spread(latest: Iterable[int | None]) -> float:
    """How many times the largest account's followers exceed the smallest one's (1.0 for one
    account or none); accounts without a count or with zero followers are left out."""
    sizes = [v for v in latest if v]
    return max(sizes) / min(sizes) if len(sizes) > 1 else 1.0


def default_scale(latest: Iterable[int | None]) -> str:
    """``"indexed"`` when the shown accounts differ tenfold or more, else ``"followers"``."""
    return "indexed" if spread(latest) >= WIDE_SPREAD else "followers"


# --- the "action" level: link clicks --------------------------------------------------------------

# Platforms whose API reports link clicks of the account's own posts: X (non_public_metrics
# .url_link_clicks, own posts of the last 30 days, user-context sign-in only; docs.x.com
# "Metrics") and the demo's sandbox, which plays such a platform. Mastodon, Bluesky and Weibo
# have no such figure: clicks there are seen only as UTM-tagged visits in the shop's own web
# analytics.
CLICK_PLATFORMS = frozenset({"x", "sandbox"})
CLICK_DAYS = 30  # X: non-public metrics only for posts created in the last 30 days


class ClickState:
    REPORTED = "reported"  # a number
    NOT_REPORTED = "not_reported"  # the platform has no click counts
    ACCESS_LEVEL = "access_level"  # X: this app's access level cannot read post metrics
    UNAVAILABLE = "unavailable"  # X: none for this post (older than 30 days, or not read yet)


def click_state(platform: str, clicks: int | None, access_refused: bool = False) -> str:
    """Why a post's "action" cell shows what it shows."""
    if platform not in CLICK_PLATFORMS:
        return ClickState.NOT_REPORTED
    if clicks is not None:
        return ClickState.REPORTED
    return ClickState.ACCESS_LEVEL if access_refused else ClickState.UNAVAILABLE
