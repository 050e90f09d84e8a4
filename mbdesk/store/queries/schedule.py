"""Read queries for the posting calendar: chips (with moves still waiting for the server shown
at their new time), the posts the good-practice checks look at, and each account's best hours.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta, tzinfo

from peewee import fn

from mbdesk.domain import planning as rules_mod
from mbdesk.store.models import (
    OutboxItem,
    OutboxKind,
    OutboxState,
    Post,
    PostMetricSnapshot,
    database_proxy,
)
from mbdesk.store.queries.outbox import HEAD_CHARS, ScheduledPost
from mbdesk.store.schedule import pending_moves

# Posts that still go out: these are what the warnings look at (sent and failed ones are done).
CHECKED_STATES = (OutboxState.QUEUED, OutboxState.ON_SERVER, OutboxState.HELD,
                  OutboxState.SENDING, OutboxState.UNKNOWN)
HISTORY_DAYS = 180


def calendar_posts(start: datetime, end: datetime) -> tuple[list[ScheduledPost], set[int]]:
    """Publish items shown in ``[start, end)`` (naive UTC) and the ids whose move waits for the
    server (shown at the new time)."""
    moves = {item_id: datetime.fromisoformat(m["when"]) for item_id, m in pending_moves().items()
             if "when" in m}
    posts = [p for p in _scheduled_between(start, end) if p.id not in moves]
    moved: set[int] = set()
    if moves:
        query = (OutboxItem
                 .select(OutboxItem.id, OutboxItem.account, OutboxItem.state,
                         OutboxItem.server_scheduled_id,
                         fn.substr(OutboxItem.body, 1, HEAD_CHARS), OutboxItem.last_error,
                         OutboxItem.draft, OutboxItem.note)
                 .where(OutboxItem.id.in_(list(moves))))
        for r in query.tuples():
            when = moves[r[0]]
            if start <= when < end:
                posts.append(ScheduledPost(id=r[0], account_id=r[1], scheduled_at=when,
                                           state=r[2], on_server=bool(r[3]),
                                           head=" ".join((r[4] or "").split()),
                                           last_error=r[5] or "", draft_id=r[6],
                                           note=r[7] or ""))
                moved.add(r[0])
        posts.sort(key=lambda p: (p.scheduled_at, p.id))
    return posts, moved


def _stamp(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _scheduled_between(start: datetime, end: datetime) -> list[ScheduledPost]:
    """``scheduled_between`` without peewee's per-row conversion (a busy month has 1,000+)."""
    query = (OutboxItem
             .select(OutboxItem.id, OutboxItem.account, OutboxItem.scheduled_at,
                     OutboxItem.state, OutboxItem.server_scheduled_id,
                     fn.substr(OutboxItem.body, 1, HEAD_CHARS), OutboxItem.last_error,
                     OutboxItem.draft, OutboxItem.note, OutboxItem.deleted_at)
             .where((OutboxItem.kind == OutboxKind.PUBLISH)
                    & OutboxItem.state.in_(list(OutboxState.ALL))
                    & (OutboxItem.scheduled_at >= start) & (OutboxItem.scheduled_at < end))
             .order_by(OutboxItem.scheduled_at, OutboxItem.id))
    sql, params = query.sql()
    cursor = database_proxy.execute_sql(sql, params)
    return [ScheduledPost(id=r[0], account_id=r[1], scheduled_at=_stamp(r[2]), state=r[3],
                          on_server=bool(r[4]), head=" ".join((r[5] or "").split()),
                          last_error=r[6] or "", draft_id=r[7], note=r[8] or "",
                          deleted_at=_stamp(r[9]) if r[9] else None)
            for r in cursor.fetchall()]


def planned_between(start: datetime, end: datetime) -> list[rules_mod.Planned]:
    """Posts still to go out in ``[start, end)``, for the good-practice checks."""
    posts, _ = calendar_posts(start, end)
    return [rules_mod.Planned(p.id, p.account_id, p.scheduled_at) for p in posts
            if p.state in CHECKED_STATES]


def best_hours_by_account(zone: tzinfo, now: datetime) -> dict[int, frozenset[int]]:
    """Each account's best local hours from the engagement of its posts of the last 180 days
    (accounts with too little history are left out: no warning without evidence)."""
    engagement = fn.MAX(PostMetricSnapshot.replies + PostMetricSnapshot.reposts
                        + PostMetricSnapshot.favourites)
    query = (Post.select(Post.account, Post.published_at, engagement)
             .join(PostMetricSnapshot)
             .where(Post.published_at >= now - timedelta(days=HISTORY_DAYS))
             .group_by(Post.id))
    samples: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for account_id, published_at, value in query.tuples():
        if published_at is None:
            continue
        samples[account_id].append((rules_mod.to_local(published_at, zone).hour, value or 0))
    result = {}
    for account_id, items in samples.items():
        hours = rules_mod.best_hours(items)
        if hours:
            result[account_id] = hours
    return result

