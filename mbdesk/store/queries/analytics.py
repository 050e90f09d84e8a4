"""Read queries for the analytics screen: follower series and the summary tiles.

All plain Python values (dates, ints, floats); the chart module turns them into arrays.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from mbdesk.domain.analytics import ClickState, click_state
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


def accounts(account_id: int | None = None) -> list[AccountRef]:
    """Every account in id order, or only ``account_id`` (the screen's account filter)."""
    where, params = ("WHERE id = ?", [account_id]) if account_id is not None else ("", [])
    rows = database_proxy.execute_sql(
        f"SELECT id, handle, display_name, platform, color FROM account {where} ORDER BY id",
        params).fetchall()
    return [AccountRef(id=r[0], name=r[2] or r[1], platform=r[3], color=r[4]) for r in rows]


def range_start(range_key: str, today: date | None = None) -> date | None:
    days = RANGES[range_key]
    if days is None:
        return None
    return (today or utcnow().date()) - timedelta(days=days)


def follower_series(since: date | None = None,
                    account_id: int | None = None) -> list[FollowerSeries]:
    """One daily followers series per account (accounts without snapshots get an empty one)."""
    clauses, params = ["1"], []
    if since:
        clauses.append("day >= ?")
        params.append(since.isoformat())
    if account_id is not None:
        clauses.append("account_id = ?")
        params.append(account_id)
    where = "WHERE " + " AND ".join(clauses)
    sql = (f"SELECT account_id, day, followers FROM account_snapshot {where}"
           " ORDER BY account_id, day")
    by_account: dict[int, tuple[list[date], list[int]]] = {}
    for owner, day, followers in database_proxy.execute_sql(sql, params).fetchall():
        days, values = by_account.setdefault(owner, ([], []))
        days.append(_date(day))
        values.append(followers)
    return [
        FollowerSeries(acc, tuple(by_account.get(acc.id, ([], []))[0]),
                       tuple(by_account.get(acc.id, ([], []))[1]))
        for acc in accounts(account_id)
    ]


def _per_account(sql: str, params: list[Any]) -> dict[int, int]:
    return dict(database_proxy.execute_sql(sql, params).fetchall())


def summaries(since: date | None = None, now: datetime | None = None,
              account_id: int | None = None) -> list[AccountSummary]:
    """The tiles: followers now and their change since ``since``, and 30-day activity (every
    account, or only ``account_id``)."""
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
    for owner, total in database_proxy.execute_sql(
        "SELECT p.account_id, m.replies + m.reposts + m.favourites FROM post AS p"
        " JOIN post_metric_snapshot AS m ON m.post_id = p.id"
        " WHERE p.published_at >= ? AND m.id = (SELECT id FROM post_metric_snapshot"
        "   WHERE post_id = p.id ORDER BY taken_at DESC, id DESC LIMIT 1)",
        [month_ago],
    ).fetchall():
        engagement.setdefault(owner, []).append(total)
    out = []
    for acc in accounts(account_id):
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


# --- new and lost followers per day -------------------------------------------------------------

def new_lost_by_day(account_id: int | None = None, since: date | None = None,
                    ) -> tuple[dict[date, int], dict[date, int]]:
    """Follower edges first seen / lost per UTC day (one account, or all summed). Followers
    already there at an account's first look are not new on that day."""
    out: list[dict[date, int]] = []
    for column in ("first_seen", "lost_at"):
        clauses = [f"{column} IS NOT NULL"]
        if column == "first_seen":
            clauses.append("+baseline = 0")
        params: list[Any] = []
        if since is not None:
            clauses.append(f"{column} >= ?")
            params.append(since.isoformat())
        if account_id is not None:
            clauses.append("account_id = ?")
            params.append(account_id)
        sql = (f"SELECT substr({column}, 1, 10), COUNT(*) FROM follower_edge"
               f" WHERE {' AND '.join(clauses)} GROUP BY 1")
        out.append({_date(d): n for d, n in database_proxy.execute_sql(sql, params).fetchall()})
    return out[0], out[1]


def daily_followers(account_id: int, days: int, today: date | None = None):
    """The last ``days`` days of one account: followers (snapshot), new and lost."""
    from mbdesk.domain.followers import daily_changes

    today = today or utcnow().date()
    start = today - timedelta(days=max(1, days) - 1)
    new, lost = new_lost_by_day(account_id, start)
    snapshots = {
        _date(d): n for d, n in database_proxy.execute_sql(
            "SELECT day, followers FROM account_snapshot WHERE account_id = ? AND day >= ?",
            [account_id, start.isoformat()]).fetchall()
    }
    return daily_changes(start, today, new, lost, snapshots)


@dataclass(frozen=True)
class NewFollower:
    day: date
    account_name: str
    handle: str
    display_name: str
    lost: bool  # the row is a departure (lost_at on that day), not an arrival


def changes_on(day: date, account_id: int | None = None, limit: int = 500) -> list[NewFollower]:
    """Who came and who left on one UTC day (the list behind a bar of the chart)."""
    start, end = day.isoformat(), (day + timedelta(days=1)).isoformat()
    out: list[NewFollower] = []
    for column, lost in (("first_seen", False), ("lost_at", True)):
        scope, params = ("AND e.account_id = ?", [account_id]) if account_id else ("", [])
        if not lost:
            scope += " AND e.baseline = 0"
        for r in database_proxy.execute_sql(
            "SELECT COALESCE(NULLIF(a.display_name, ''), a.handle), p.handle, p.display_name"
            " FROM follower_edge AS e JOIN person AS p ON p.id = e.person_id"
            " JOIN account AS a ON a.id = e.account_id"
            f" WHERE e.{column} >= ? AND e.{column} < ? {scope} ORDER BY e.{column} LIMIT ?",
            [start, end, *params, limit]).fetchall():
            out.append(NewFollower(day, r[0], r[1], r[2], lost))
    return out


# --- engagement per post ------------------------------------------------------------------------

@dataclass(frozen=True)
class PostEngagement:
    post_id: int
    account_id: int
    account_name: str
    published_at: datetime  # naive UTC
    category: str
    text: str
    replies: int
    reposts: int
    favourites: int
    clicks: int | None  # the latest reading that had clicks (X stops after 30 days)
    platform: str = ""
    click_state: str = ClickState.NOT_REPORTED  # why ``clicks`` is what it is

    @property
    def total(self) -> int:
        return self.replies + self.reposts + self.favourites


def post_engagement(since: date | None = None, account_id: int | None = None,
                    ) -> list[PostEngagement]:
    """Our posts with their latest metrics, oldest first (posts never measured count zero).

    Clicks come from the latest reading that had them: X reports them only for 30 days, and a
    later reading without them must not wipe the count out."""
    clauses, params = ["1"], []
    if since is not None:
        clauses.append("p.published_at >= ?")
        params.append(since.isoformat())
    if account_id is not None:
        clauses.append("p.account_id = ?")
        params.append(account_id)
    sql = (
        "SELECT p.id, p.account_id, COALESCE(NULLIF(a.display_name, ''), a.handle),"
        " p.published_at, p.category, p.text,"
        " COALESCE(m.replies, 0), COALESCE(m.reposts, 0), COALESCE(m.favourites, 0),"
        " CASE WHEN m.clicks IS NOT NULL THEN m.clicks WHEN m.id IS NULL THEN NULL ELSE"
        "  (SELECT c.clicks FROM post_metric_snapshot AS c WHERE c.post_id = p.id"
        "   AND c.clicks IS NOT NULL ORDER BY c.taken_at DESC, c.id DESC LIMIT 1) END,"
        " a.platform"
        " FROM post AS p JOIN account AS a ON a.id = p.account_id"
        " LEFT JOIN post_metric_snapshot AS m ON m.id = (SELECT id FROM post_metric_snapshot"
        "   WHERE post_id = p.id ORDER BY taken_at DESC, id DESC LIMIT 1)"
        f" WHERE {' AND '.join(clauses)} ORDER BY p.published_at, p.id"
    )
    refused = clicks_refused()
    return [PostEngagement(r[0], r[1], r[2], _datetime(r[3]), r[4], r[5], r[6], r[7], r[8], r[9],
                           r[10], click_state(r[10], r[9], r[1] in refused))
            for r in database_proxy.execute_sql(sql, params).fetchall()]


def clicks_refused() -> set[int]:
    """Accounts whose app access level refuses reading post metrics (X's lowest level): the
    probe found no read access, or the metrics step was marked not available."""
    out: set[int] = set()
    for owner, profile, steps in database_proxy.execute_sql(
            "SELECT id, profile_json, steps_json FROM account WHERE platform = 'x'").fetchall():
        caps = _json_obj(profile).get("capabilities")
        step = _json_obj(steps).get("metrics")
        if (isinstance(caps, dict) and caps.get("read_access") is False) or (
                isinstance(step, dict) and step.get("state") == "absent"):
            out.add(owner)
    return out


def _json_obj(raw: Any) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# --- response time and the reach / engagement / action summary ----------------------------------

def reply_waits(days: int, now: datetime | None = None,
                account_id: int | None = None) -> list[timedelta]:
    """How long each mention of the last ``days`` days waited for its first reply."""
    now = now or utcnow()
    scope, params = ("AND account_id = ?", [account_id]) if account_id is not None else ("", [])
    rows = database_proxy.execute_sql(
        "SELECT created_at, first_reply_at FROM mention WHERE stream = 'mentions'"
        f" AND created_at >= ? AND first_reply_at IS NOT NULL {scope}",
        [(now - timedelta(days=days)).isoformat(sep=" "), *params]).fetchall()
    return [_datetime(b) - _datetime(a) for a, b in rows]


@dataclass(frozen=True)
class ReachSummary:
    """Marketing's three levels over a range: reach, engagement, action."""

    followers: int  # reach: latest followers, all accounts
    new_followers: int
    lost_followers: int
    mentions: int  # engagement: comments and mentions received
    replies: int  # engagement on our posts (latest metrics)
    reposts: int
    favourites: int
    negative: int  # mentions flagged negative
    clicks: int | None  # action: clicks where a platform reports them
    posts: int
    click_posts: int = 0  # posts with a click count
    click_states: frozenset[str] = frozenset()  # the posts' ClickStates (what "no clicks" means)

    @property
    def positive_ratio(self) -> float | None:
        """Share of mentions not flagged negative."""
        return (self.mentions - self.negative) / self.mentions if self.mentions else None


def reach_summary(since: date | None = None, account_id: int | None = None,
                  posts: list[PostEngagement] | None = None) -> ReachSummary:
    """The three levels over a range, for every account or one (``posts``: the range's
    ``post_engagement`` when the caller has it already)."""
    start = since.isoformat() if since else "0000"
    scope, params = ("AND account_id = ?", [account_id]) if account_id is not None else ("", [])
    (followers,) = database_proxy.execute_sql(
        "SELECT COALESCE(SUM(followers), 0) FROM (SELECT account_id, MAX(day), followers"
        f" FROM account_snapshot WHERE 1 {scope} GROUP BY account_id)", params).fetchone()
    new, lost = new_lost_by_day(account_id, since)
    mentions, negative = database_proxy.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(negative), 0) FROM mention"
        f" WHERE stream = 'mentions' AND created_at >= ? {scope}", [start, *params]).fetchone()
    if posts is None:
        posts = post_engagement(since, account_id)
    clicks = [p.clicks for p in posts
              if p.clicks is not None and p.click_state == ClickState.REPORTED]
    return ReachSummary(
        followers=followers, new_followers=sum(new.values()), lost_followers=sum(lost.values()),
        mentions=mentions, replies=sum(p.replies for p in posts),
        reposts=sum(p.reposts for p in posts), favourites=sum(p.favourites for p in posts),
        negative=negative, clicks=sum(clicks) if clicks else None, posts=len(posts),
        click_posts=len(clicks), click_states=frozenset(p.click_state for p in posts))


def best_posting_hours(zone, days: int = 90, top: int = 5, weekday: int | None = None,
                       today: date | None = None) -> list[tuple[int, int]]:
    """(weekday, local hour) cells with the best mean engagement of our posts in the last
    ``days`` days — what the calendar suggests times from (``domain.analytics.best_hours``)."""
    from mbdesk.domain.analytics import best_hours

    since = (today or utcnow().date()) - timedelta(days=days)
    posts = [(p.published_at, p.total) for p in post_engagement(since)]
    return best_hours(posts, top=top, weekday=weekday, zone=zone)
