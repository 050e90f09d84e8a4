"""Read queries over the outbox for the posting calendar: scheduled posts in a time range and
the summary line ("12 posts scheduled in the next 7 days, 1 failed").

All times here are naive UTC, as stored; the UI converts to the user's zone. Range queries use
``state IN (every state)`` so SQLite can walk the ``(state, scheduled_at)`` index instead of
scanning the whole outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import fn

from mbdesk.store.models import OutboxItem, OutboxKind, OutboxState

HEAD_CHARS = 80
# States that still mean "will go out": counted as scheduled in the summary.
PENDING_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.HELD,
                  OutboxState.UNKNOWN, OutboxState.ON_SERVER)


@dataclass(frozen=True)
class ScheduledPost:
    """One chip on the calendar."""

    id: int
    account_id: int
    scheduled_at: datetime  # naive UTC
    state: str
    on_server: bool  # the platform holds it (Mastodon scheduled status)
    head: str  # the first characters of the text
    last_error: str
    draft_id: int | None
    note: str = ""  # something the owner should know that is not an error
    deleted_at: datetime | None = None  # naive UTC: a sent post taken down since (post_changes)


@dataclass(frozen=True)
class ScheduleSummary:
    scheduled: int  # pending posts in the window
    failed: int  # failed posts whose time was in the last ``days`` or lies in the window
    held: int  # posts waiting for the owner's decision (any time)
    days: int


def _in_range(start: datetime, end: datetime):
    return ((OutboxItem.kind == OutboxKind.PUBLISH)
            & OutboxItem.state.in_(list(OutboxState.ALL))
            & (OutboxItem.scheduled_at >= start) & (OutboxItem.scheduled_at < end))


def scheduled_between(start: datetime, end: datetime) -> list[ScheduledPost]:
    """Publish items with ``start <= scheduled_at < end`` (naive UTC), in time order."""
    query = (OutboxItem
             .select(OutboxItem.id, OutboxItem.account, OutboxItem.scheduled_at,
                     OutboxItem.state, OutboxItem.server_scheduled_id,
                     fn.substr(OutboxItem.body, 1, HEAD_CHARS), OutboxItem.last_error,
                     OutboxItem.draft, OutboxItem.note, OutboxItem.deleted_at)
             .where(_in_range(start, end))
             .order_by(OutboxItem.scheduled_at, OutboxItem.id))
    return [ScheduledPost(id=r[0], account_id=r[1], scheduled_at=r[2], state=r[3],
                          on_server=bool(r[4]), head=" ".join((r[5] or "").split()),
                          last_error=r[6] or "", draft_id=r[7], note=r[8] or "",
                          deleted_at=r[9])
            for r in query.tuples()]


def schedule_summary(now: datetime, days: int = 7) -> ScheduleSummary:
    """Counts for the line above the calendar, for the ``days`` after ``now`` (naive UTC)."""
    end = now + timedelta(days=days)
    counts = dict(OutboxItem.select(OutboxItem.state, fn.COUNT(OutboxItem.id))
                  .where(_in_range(now - timedelta(days=days), end))
                  .group_by(OutboxItem.state).tuples())
    scheduled = (OutboxItem.select(fn.COUNT(OutboxItem.id))
                 .where(_in_range(now, end) & OutboxItem.state.in_(list(PENDING_STATES)))
                 .scalar()) or 0
    held = (OutboxItem.select(fn.COUNT(OutboxItem.id))
            .where((OutboxItem.kind == OutboxKind.PUBLISH)
                   & (OutboxItem.state == OutboxState.HELD))
            .scalar()) or 0
    return ScheduleSummary(scheduled=scheduled, failed=counts.get(OutboxState.FAILED, 0),
                           held=held, days=days)
