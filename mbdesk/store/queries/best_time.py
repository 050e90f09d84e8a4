"""What the best-time suggestion looks at for each account (``domain.best_time``): its own posts'
engagement of the last 180 days, its queue slots and the posts planned or sent around now.

One grouped query per call over the posts of the asked accounts only; the composer runs it on
a worker thread (the big shop has tens of thousands of posts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from peewee import fn

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


def _recently_sent(account_id: int, now: datetime) -> list[datetime]:
    """Posts that went out without a time of their own lately (Publish now): the cadence rules
    count them too."""
    query = (OutboxItem.select(OutboxItem.sent_at)
             .where((OutboxItem.account == account_id) & (OutboxItem.kind == OutboxKind.PUBLISH)
                    & (OutboxItem.state == OutboxState.SENT) & OutboxItem.scheduled_at.is_null()
                    & (OutboxItem.sent_at >= now - timedelta(days=1))))
    return [when for (when,) in query.tuples() if when is not None]


def account_facts(account_ids: Sequence[int], now: datetime) -> list[AccountFacts]:
    samples = engagement_samples(account_ids, now)
    return [AccountFacts(account_id, samples=samples.get(account_id, []),
                         slots=schedule.queue_slots(account_id),
                         taken=schedule.taken_times(account_id, now)
                         + _recently_sent(account_id, now))
            for account_id in account_ids]


def best_times(account_ids: Sequence[int], zone: tzinfo,
               now: datetime | None = None) -> list[TimeSuggestion]:
    """The best next time of each account (see ``domain.best_time``), in the given order."""
    now = now or utcnow()
    return suggest_times(account_facts(account_ids, now), zone, schedule.rules(), now)
