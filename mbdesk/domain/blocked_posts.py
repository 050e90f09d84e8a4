"""Scheduled posts that cannot go out at their time because their account's sign-in is gone:
the account needs re-authorization, or its token (Weibo) runs out before the post is due.

Pure: the store hands in the posts and the accounts; the calendar marks these chips and the
window notifies a day ahead and an hour ahead (``NOTICE_HOURS``), each post once per step.
A post the server already holds (Mastodon scheduled status) goes out without us: not blocked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from mbdesk.domain.token_expiry import due_after_expiry

NEEDS_REAUTH = "needs_reauth"  # the server refused the token (account status)
EXPIRED = "expired"  # the known expiry lies before the post's time
NOTICE_HOURS = (24, 1)  # desktop notifications: a day ahead, an hour ahead
WAITING_STATES = ("queued", "held")  # states mbdesk itself still has to send


@dataclass(frozen=True)
class DuePost:
    """A post still to be sent by mbdesk (naive UTC time)."""

    id: int
    account_id: int
    scheduled_at: datetime
    state: str = "queued"
    on_server: bool = False


@dataclass(frozen=True)
class AccountSignIn:
    """What decides whether an account can post: its status and when its token runs out."""

    id: int
    name: str
    status: str
    token_expires_at: datetime | None = None


@dataclass(frozen=True)
class BlockedPost:
    post: DuePost
    account: AccountSignIn
    reason: str  # NEEDS_REAUTH or EXPIRED


@dataclass(frozen=True)
class Notice:
    """One notification to show: ``hours`` is the step (24 or 1); ``key``/``mark`` what to
    remember so the same post is not told twice at that step (a new time starts over)."""

    blocked: BlockedPost
    hours: int
    key: str
    mark: str


def block_reason(state: str, on_server: bool, when: datetime | None, status: str,
                 token_expires_at: datetime | None) -> str | None:
    """Why a post cannot go out at ``when``: NEEDS_REAUTH, EXPIRED, or None (it can, or it is
    sent, failed, or already held by the server)."""
    if state not in WAITING_STATES or on_server:
        return None
    if status == NEEDS_REAUTH:
        return NEEDS_REAUTH
    if due_after_expiry(when, token_expires_at):
        return EXPIRED
    return None


def blocked_posts(posts: Iterable[DuePost], accounts: Mapping[int, AccountSignIn]
                  ) -> list[BlockedPost]:
    """The posts among ``posts`` that cannot go out, in time order."""
    result = []
    for post in posts:
        account = accounts.get(post.account_id)
        if account is None:
            continue
        reason = block_reason(post.state, post.on_server, post.scheduled_at, account.status,
                              account.token_expires_at)
        if reason is not None:
            result.append(BlockedPost(post, account, reason))
    result.sort(key=lambda b: (b.post.scheduled_at, b.post.id))
    return result


def notice_step(when: datetime, now: datetime) -> int | None:
    """The notice due now for a post at ``when``: the fewest hours in ``NOTICE_HOURS`` it lies
    within, or None while it is further away (or already past: the outbox says so then)."""
    left = when - now
    if left <= timedelta(0):
        return None
    due = [h for h in NOTICE_HOURS if left <= timedelta(hours=h)]
    return min(due) if due else None


def due_notices(blocked: Iterable[BlockedPost], now: datetime, shown: Mapping[str, str]
                ) -> tuple[list[Notice], dict[str, str]]:
    """The notices to show now, and what to remember (only posts still ahead are kept, so the
    remembered list never grows). A post first seen inside the hour gets only the hour's
    notice; one seen a day ahead gets both, each once."""
    notices: list[Notice] = []
    kept: dict[str, str] = {}
    for item in blocked:
        step = notice_step(item.post.scheduled_at, now)
        if step is None:
            continue
        key = str(item.post.id)
        mark = f"{item.post.scheduled_at.isoformat()}|{step}"
        kept[key] = mark
        if shown.get(key) != mark:
            notices.append(Notice(item, step, key, mark))
    return notices, kept
