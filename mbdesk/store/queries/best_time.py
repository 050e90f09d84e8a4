"""What the best-time suggestion looks at for each account (``domain.best_time``): its own posts'
engagement of the last 180 days, its queue slots and the posts planned or sent around now.

One grouped query per call over the posts of the asked accounts only; the composer runs it on
a worker thread (the big shop has tens of thousands of posts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from peewee import JOIN, fn

from mbdesk.domain.best_time import AccountFacts, TimeSuggestion, suggest_times
from mbdesk.store import schedule
from mbdesk.store.models import (
    OutboxItem,
    OutboxKind,
    OutboxState,
    Post,
    PostMetricSnapshot,
    utcnow,
)

HISTORY_DAYS = 180


def engagement_samples(account_ids: Sequence[int], now: datetime
                       ) -> dict[int, list[tuple[datetime, float]]]:
    """``(published_at, engagement)`` per account: replies + reposts + favourites, the latest
    (highest) snapshot of each post."""
    engagement = fn.MAX(PostMetricSnapshot.replies + PostMetricSnapshot.reposts
                        + PostMetricSnapshot.favourites)
    query = (Post.select(Post.account, Post.published_at, engagement)
             .join(PostMetricSnapshot)
             .where(Post.account.in_(list(account_ids))
                    & (Post.published_at >= now - timedelta(days=HISTORY_DAYS)))
             .group_by(Post.id))
    samples: dict[int, list[tuple[datetime, float]]] = defaultdict(list)
    for account_id, published_at, value in query.tuples():
        if published_at is not None:
            samples[account_id].append((published_at, float(value or 0)))
    return samples


def taken_times(account_ids: Sequence[int], now: datetime) -> dict[int, list[datetime]]:
    """Each account's posts from a day ago on: planned (moves waiting for the server at their
    new time) and published (Publish now has no planned time), as the cadence rules count them.

    One query over the (state, scheduled_at) index for all accounts: filtering by account
    first makes SQLite walk every sent post of the account (40 ms each on the big shop)."""
    since = now - timedelta(days=1)
    wanted = set(account_ids)
    taken: dict[int, list[datetime]] = defaultdict(list)
    moves = {item_id: datetime.fromisoformat(m["when"])
             for item_id, m in schedule.pending_moves().items() if "when" in m}
    planned = (OutboxItem.select(OutboxItem.id, OutboxItem.account, OutboxItem.scheduled_at)
               .where(OutboxItem.state.in_(list(OutboxState.ALL))
                      & (OutboxItem.scheduled_at >= since)
                      & (OutboxItem.kind == OutboxKind.PUBLISH)))
    for item_id, account_id, when in planned.tuples():
        if account_id in wanted and when is not None:
            taken[account_id].append(moves.pop(item_id, when))
    if moves:  # moved posts whose old time is outside the window
        for item_id, account_id in (OutboxItem.select(OutboxItem.id, OutboxItem.account)
                                    .where(OutboxItem.id.in_(list(moves))).tuples()):
            if account_id in wanted:
                taken[account_id].append(moves[item_id])
    # published ones (also from another app); those with a planned time are counted above
    published = (Post.select(Post.account, Post.published_at)
                 .join(OutboxItem, JOIN.LEFT_OUTER, on=(Post.outbox == OutboxItem.id))
                 .where(Post.account.in_(list(wanted)) & (Post.published_at >= since)
                        & OutboxItem.scheduled_at.is_null()))
    for account_id, when in published.tuples():
        if when is not None:
            taken[account_id].append(when)
    return taken


def account_facts(account_ids: Sequence[int], now: datetime) -> list[AccountFacts]:
    samples = engagement_samples(account_ids, now)
    taken = taken_times(account_ids, now)
    slots = schedule.all_queue_slots()
    return [AccountFacts(account_id, samples=samples.get(account_id, []),
                         slots=slots.get(account_id, {}), taken=taken.get(account_id, []))
            for account_id in account_ids]


def best_times(account_ids: Sequence[int], zone: tzinfo,
               now: datetime | None = None) -> list[TimeSuggestion]:
    """The best next time of each account (see ``domain.best_time``), in the given order."""
    now = now or utcnow()
    return suggest_times(account_facts(account_ids, now), zone, schedule.rules(), now)
