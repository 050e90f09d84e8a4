"""Read queries about the connected accounts: the short list every screen needs, and the
accounts table with its per-account counts (latest followers, new mentions, queued posts).

A shop has 1–5 accounts, so each count is one grouped query, never one query per row per column.
``account_briefs`` is plain SQL (the inbox's first screen reads it before the ORM is loaded); the
rest imports the models when called.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from mbdesk.store.constants import AccountStatus, MentionState, OutboxState, Stream
from mbdesk.store.sql import execute as execute_sql


@dataclass(frozen=True)
class AccountBrief:
    """What chips, checkboxes and legends need: a name and a colour."""

    id: int
    uid: str
    platform: str
    handle: str
    display_name: str
    color: str
    status: str
    max_characters: int | None = None  # the server's own text limit, when sync learned it
    # the server profile: True = the server holds scheduled posts, False = mbdesk keeps them,
    # None = not known yet
    server_scheduling: bool | None = None
    # when the account's sign-in runs out (Weibo), naive UTC; None = never or unknown
    token_expires_at: datetime | None = None
    # the profile says the server shows only part of a large follower list (Weibo)
    followers_partial: bool = False

    @property
    def name(self) -> str:
        return self.handle


@dataclass(frozen=True)
class AccountRow:
    """One line of the accounts table."""

    id: int
    uid: str
    platform: str
    instance_url: str
    handle: str
    display_name: str
    status: str
    color: str
    sync_state: str
    last_error: str
    last_synced_at: datetime | None
    rate_limited_until: datetime | None
    followers: int | None  # None: no snapshot yet
    mentions_new: int
    queued: int
    # when the sign-in runs out (Weibo tokens expire; None = never or unknown), naive UTC
    token_expires_at: datetime | None = None
    app_key: str = ""  # Weibo: the shop's app key (not a secret), prefilled when re-authorizing
    client_id: str = ""  # X: the shop's app client id (not a secret), prefilled likewise

    @property
    def needs_reauth(self) -> bool:
        return self.status == AccountStatus.NEEDS_REAUTH


def account_briefs() -> list[AccountBrief]:
    """All accounts in the order they were added."""
    query = execute_sql("SELECT id, uid, platform, handle, display_name, color, status,"
                        " limits_json, profile_json, options_json FROM account ORDER BY id")
    return [AccountBrief(*row[:-3], max_characters=_max_characters(row[-3]),
                         server_scheduling=_server_scheduling(row[-2]),
                         followers_partial=_capability(row[-2], "followers_partial") is True,
                         token_expires_at=_sign_in_options(row[-1]).get("token_expires_at"))
            for row in query]


def _server_scheduling(profile_json: str) -> bool | None:
    """The profile's ``server_scheduling`` capability (None: not probed yet)."""
    return _capability(profile_json, "server_scheduling")


def _capability(profile_json: str, name: str) -> bool | None:
    """One capability of the stored server profile (None: not probed yet)."""
    try:
        value = (json.loads(profile_json or "{}").get("capabilities") or {}).get(name)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, bool) else None


def _max_characters(limits_json: str) -> int | None:
    """``max_characters`` from the limits the sync stored (``{}`` until it learned them)."""
    try:
        value = json.loads(limits_json or "{}").get("max_characters")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def latest_followers() -> dict[int, int]:
    """Followers from each account's most recent daily snapshot."""
    from peewee import fn

    from mbdesk.store.models import AccountSnapshot

    latest = (AccountSnapshot
              .select(AccountSnapshot.account, fn.MAX(AccountSnapshot.day).alias("day"))
              .group_by(AccountSnapshot.account))
    result: dict[int, int] = {}
    for account_id, day in latest.tuples():
        row = (AccountSnapshot.select(AccountSnapshot.followers)
               .where((AccountSnapshot.account == account_id) & (AccountSnapshot.day == day))
               .scalar())
        result[account_id] = int(row or 0)
    return result


def new_mention_counts() -> dict[int, int]:
    from peewee import fn

    from mbdesk.store.models import Mention

    # Grouping by ``account_id + 0`` keeps SQLite on the (state, created_at) index: grouped by
    # the bare column it prefers walking an account index over all 200,000 rows (0.5 s).
    query = (Mention.select(Mention.account, fn.COUNT(Mention.id))
             .where((Mention.state == MentionState.NEW) & (Mention.stream == Stream.MENTIONS))
             .group_by(Mention.account + 0))
    return dict(query.tuples())


def queued_outbox_counts() -> dict[int, int]:
    """Posts and replies still to go out: queued, being sent or checked, held for a decision,
    or held by the server until their time."""
    from peewee import fn

    from mbdesk.store.models import OutboxItem

    waiting = [OutboxState.QUEUED, OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.HELD,
               OutboxState.ON_SERVER]
    query = (OutboxItem.select(OutboxItem.account, fn.COUNT(OutboxItem.id))
             .where(OutboxItem.state.in_(waiting))
             .group_by(OutboxItem.account))
    return dict(query.tuples())


def account_rows() -> list[AccountRow]:
    from mbdesk.store.models import Account

    followers = latest_followers()
    mentions = new_mention_counts()
    queued = queued_outbox_counts()
    rows = []
    for a in Account.select().order_by(Account.id):
        rows.append(AccountRow(
            id=a.id, uid=a.uid, platform=a.platform, instance_url=a.instance_url,
            handle=a.handle, display_name=a.display_name, status=a.status, color=a.color,
            sync_state=a.sync_state, last_error=a.last_error, last_synced_at=a.last_synced_at,
            rate_limited_until=a.rate_limited_until, followers=followers.get(a.id),
            mentions_new=mentions.get(a.id, 0), queued=queued.get(a.id, 0),
            **_sign_in_options(a.options_json)))
    return rows


def _sign_in_options(options_json: str) -> dict:
    """The token's expiry, the app key and client id from the account's platform options."""
    from mbdesk.domain.token_expiry import parse_expiry

    try:
        data = json.loads(options_json or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {"token_expires_at": parse_expiry(data.get("token_expires_at")),
            "app_key": str(data.get("app_key") or ""),
            "client_id": str(data.get("client_id") or "")}


def token_expiries() -> dict[int, datetime]:
    """Accounts whose sign-in has a known end: id → when (naive UTC)."""
    from mbdesk.store.models import Account

    out: dict[int, datetime] = {}
    for account_id, raw in Account.select(Account.id, Account.options_json).tuples():
        found = _sign_in_options(raw).get("token_expires_at") if raw else None
        if found is not None:
            out[account_id] = found
    return out
