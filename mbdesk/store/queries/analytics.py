"""Read queries for the analytics screen: follower series and the summary tiles.

All plain Python values (dates, ints, floats); the chart module turns them into arrays.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from mbdesk.store.models import database_proxy, utcnow

RANGES: dict[str, int | None] = {"30d": 30, "90d": 90, "1y": 365, "all": None}


@dataclass(frozen=True)
class AccountRef:
    id: int
    name: str
    platform: str
    color: str


@dataclass(frozen=True)
class FollowerSeries:
    account: AccountRef
    days: tuple[date, ...]
    followers: tuple[int, ...]


@dataclass(frozen=True)
class AccountSummary:
    account: AccountRef
    followers_now: int | None  # latest snapshot; None when there is none yet
    followers_change: int | None  # over the chosen range
    mentions_30d: int
    posts_30d: int
    median_engagement: float | None  # replies + reposts + favourites, latest metrics per post


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def accounts() -> list[AccountRef]:
    rows = database_proxy.execute_sql(
        "SELECT id, handle, display_name, platform, color FROM account ORDER BY id").fetchall()
    return [AccountRef(id=r[0], name=r[2] or r[1], platform=r[3], color=r[4]) for r in rows]


def range_start(range_key: str, today: date | None = None) -> date | None:
    days = RANGES[range_key]
    if days is None:
        return None
    return (today or utcnow().date()) - timedelta(days=days)


def follower_series(since: date | None = None) -> list[FollowerSeries]:
    """One daily followers series per account (accounts without snapshots get an empty one)."""
    where, params = ("WHERE day >= ?", [since.isoformat()]) if since else ("", [])
    sql = (f"SELECT account_id, day, followers FROM account_snapshot {where}"
           " ORDER BY account_id, day")
    by_account: dict[int, tuple[list[date], list[int]]] = {}
    for account_id, day, followers in database_proxy.execute_sql(sql, params).fetchall():
        days, values = by_account.setdefault(account_id, ([], []))
        days.append(_date(day))
        values.append(followers)
    return [
        FollowerSeries(acc, tuple(by_account.get(acc.id, ([], []))[0]),
                       tuple(by_account.get(acc.id, ([], []))[1]))
        for acc in accounts()
    ]


def _per_account(sql: str, params: list[Any]) -> dict[int, int]:
    return dict(database_proxy.execute_sql(sql, params).fetchall())


def summaries(since: date | None = None, now: datetime | None = None) -> list[AccountSummary]:
    """The tiles: followers now and their change since ``since``, and 30-day activity."""
    now = now or utcnow()
    month_ago = (now - timedelta(days=30)).isoformat(sep=" ")
    # SQLite returns the row holding the MAX()/MIN() for the bare column: one index seek per
    # account instead of a correlated subquery per snapshot.
    latest = {
        r[0]: r[2] for r in database_proxy.execute_sql(
            "SELECT account_id, MAX(day), followers FROM account_snapshot GROUP BY account_id"
        ).fetchall()
    }
    first = {
        r[0]: r[2] for r in database_proxy.execute_sql(
            "SELECT account_id, MIN(day), followers FROM account_snapshot"
            + (" WHERE day >= ?" if since else "") + " GROUP BY account_id",
            [since.isoformat()] if since else [],
        ).fetchall()
    }
    mentions = _per_account(
        "SELECT account_id, COUNT(*) FROM mention WHERE created_at >= ? GROUP BY account_id",
        [month_ago])
    posts = _per_account(
        "SELECT account_id, COUNT(*) FROM post WHERE published_at >= ? GROUP BY +account_id",
        [month_ago])
    engagement: dict[int, list[int]] = {}
    for account_id, total in database_proxy.execute_sql(
        "SELECT p.account_id, m.replies + m.reposts + m.favourites FROM post AS p"
        " JOIN post_metric_snapshot AS m ON m.post_id = p.id"
        " WHERE p.published_at >= ? AND m.id = (SELECT id FROM post_metric_snapshot"
        "   WHERE post_id = p.id ORDER BY taken_at DESC, id DESC LIMIT 1)",
        [month_ago],
    ).fetchall():
        engagement.setdefault(account_id, []).append(total)
    out = []
    for acc in accounts():
        now_value = latest.get(acc.id)
        start_value = first.get(acc.id)
        change = (now_value - start_value
                  if now_value is not None and start_value is not None else None)
        values = engagement.get(acc.id)
        out.append(AccountSummary(
            account=acc, followers_now=now_value, followers_change=change,
            mentions_30d=mentions.get(acc.id, 0), posts_30d=posts.get(acc.id, 0),
            median_engagement=float(statistics.median(values)) if values else None,
        ))
    return out
