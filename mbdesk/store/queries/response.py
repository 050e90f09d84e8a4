"""Response time: how long mentions wait for the shop's first reply.

``median_first_response`` is the figure analytics shows per account over 7 or 30 days; the
inbox header uses ``waiting``. Mentions stream only (keyword-watch hits are not questions to us).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from mbdesk.store.constants import MentionState, Stream
from mbdesk.store.sql import execute as execute_sql


@dataclass(frozen=True)
class Waiting:
    count: int  # mentions not answered and not archived
    oldest_at: datetime | None  # naive UTC


def _median(values: list[float]) -> float:
    """The median (the mean of the middle two for an even count), as ``statistics.median``
    computes it; that module costs ~3 ms of the inbox's start-up import."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


# Seconds from a mention to the shop's first reply (never below zero, to the millisecond),
# worked out by SQLite from the "mention_answered" index alone (schema v12).
_WAIT_SECONDS = ("ROUND(MAX(0.0, (julianday(m.first_reply_at) - julianday(m.created_at))"
                 " * 86400.0), 3)")
_ANSWERED = (f"m.stream = '{Stream.MENTIONS}' AND m.first_reply_at IS NOT NULL")


def median_first_response(days: int, now: datetime,
                          account_id: int | None = None) -> dict[int, timedelta | None]:
    """Account id → median time to first reply of the mentions created in the last ``days``
    days that were answered (None when none was)."""
    since = (now - timedelta(days=days)).isoformat(sep=" ")
    sql = (f"SELECT m.account_id, {_WAIT_SECONDS} FROM mention AS m"
           f" INDEXED BY mention_answered WHERE m.created_at >= ? AND {_ANSWERED}")
    params: list[Any] = [since]
    if account_id is not None:
        sql += " AND m.account_id = ?"
        params.append(account_id)
    ids = [account_id] if account_id is not None else [
        r[0] for r in execute_sql("SELECT id FROM account ORDER BY id")]
    waits: dict[int, list[float]] = {aid: [] for aid in ids}
    for aid, seconds in execute_sql(sql, params):
        waits.setdefault(aid, []).append(seconds)
    return {aid: timedelta(seconds=_median(v)) if v else None
            for aid, v in waits.items()}


def waiting(account_id: int | None = None) -> Waiting:
    """Mentions that still wait for an answer: new or read, not replied to."""
    # Literal values: the partial index "mention_waiting" (schema v9) is usable only when the
    # query states its condition itself, which bound parameters would hide from the planner.
    sql = ("SELECT COUNT(*), MIN(m.created_at) FROM mention AS m INDEXED BY mention_waiting"
           f" WHERE m.state IN ('{MentionState.NEW}', '{MentionState.READ}')"
           f" AND m.first_reply_at IS NULL AND m.stream = '{Stream.MENTIONS}'")
    params: list[Any] = []
    if account_id is not None:
        sql += " AND m.account_id = ?"
        params.append(account_id)
    n, oldest = execute_sql(sql, params).fetchone()
    return Waiting(n, _dt(oldest))


def overall_median(days: int, now: datetime, account_id: int | None = None) -> timedelta | None:
    """The median time to first reply over all accounts (or one), last ``days`` days."""
    since = (now - timedelta(days=days)).isoformat(sep=" ")
    sql = (f"SELECT {_WAIT_SECONDS} FROM mention AS m INDEXED BY mention_answered"
           f" WHERE m.created_at >= ? AND {_ANSWERED}")
    params: list[Any] = [since]
    if account_id is not None:
        sql += " AND m.account_id = ?"
        params.append(account_id)
    waits = [r[0] for r in execute_sql(sql, params)]
    return timedelta(seconds=_median(waits)) if waits else None
