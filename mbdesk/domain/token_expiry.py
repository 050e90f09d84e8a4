"""When an account's sign-in runs out (platforms whose tokens expire and cannot be refreshed:
Weibo). Pure: the store keeps ``token_expires_at`` in the account's options, the screens ask
here whether to warn.

Warned ``WARN_DAYS`` ahead: a campaign due next week must not meet an expired token.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

WARN_DAYS = 7


def parse_expiry(value: object) -> datetime | None:
    """``token_expires_at`` (ISO, ``Z`` or naive = UTC) → naive UTC; None when unknown."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def expiring(expires_at: datetime | None, now: datetime, warn_days: int = WARN_DAYS) -> bool:
    """Expired already, or expires within ``warn_days``."""
    return expires_at is not None and expires_at - now <= timedelta(days=warn_days)


def days_left(expires_at: datetime, now: datetime) -> int:
    """Whole days left (0 = today or already past)."""
    return max(0, (expires_at - now).days)


def due_after_expiry(when: datetime | None, expires_at: datetime | None) -> bool:
    """A post planned for ``when`` (naive UTC) cannot go out with the current token."""
    return when is not None and expires_at is not None and when >= expires_at


# Desktop notifications: a week, three days and one day ahead, and once it has run out.
NOTICE_DAYS = (7, 3, 1, 0)


def notice_step(expires_at: datetime | None, now: datetime) -> int | None:
    """The notice due now: the fewest days in ``NOTICE_DAYS`` the expiry lies within (0 = it
    has run out), or None while it is further away than the first notice."""
    if expires_at is None:
        return None
    left = expires_at - now
    if left <= timedelta(0):
        return 0
    due = [d for d in NOTICE_DAYS if d and left <= timedelta(days=d)]
    return min(due) if due else None
