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
