"""Posts due soon whose account cannot post (needs re-authorization, or its token runs out
first): read here, judged by ``mbdesk.domain.blocked_posts``."""

from __future__ import annotations

from datetime import datetime, timedelta

from mbdesk.domain import blocked_posts as rules
from mbdesk.store.models import OutboxItem, OutboxKind
from mbdesk.store.queries.accounts import account_briefs


def sign_ins() -> dict[int, rules.AccountSignIn]:
    """Every account's status and token expiry, by id."""
    return {b.id: rules.AccountSignIn(b.id, b.display_name or b.handle, b.status,
                                      b.token_expires_at) for b in account_briefs()}


def waiting_posts(start: datetime, end: datetime) -> list[rules.DuePost]:
    """Publish items mbdesk still has to send, due in ``[start, end)`` (naive UTC)."""
    query = (OutboxItem
             .select(OutboxItem.id, OutboxItem.account, OutboxItem.scheduled_at,
                     OutboxItem.state, OutboxItem.server_scheduled_id)
             .where((OutboxItem.kind == OutboxKind.PUBLISH)
                    & OutboxItem.state.in_(list(rules.WAITING_STATES))
                    & (OutboxItem.scheduled_at >= start) & (OutboxItem.scheduled_at < end))
             .order_by(OutboxItem.scheduled_at, OutboxItem.id))
    return [rules.DuePost(r[0], r[1], r[2], r[3], bool(r[4])) for r in query.tuples()]


AHEAD = timedelta(hours=max(rules.NOTICE_HOURS))


def blocked_due(now: datetime, within: timedelta = AHEAD) -> list[rules.BlockedPost]:
    """Posts due in the next ``within`` (a day) that cannot go out."""
    return rules.blocked_posts(waiting_posts(now, now + within), sign_ins())
