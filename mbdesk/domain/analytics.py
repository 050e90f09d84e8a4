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
