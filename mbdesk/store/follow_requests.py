"""Follow requests to locked accounts: what a sync found, and the owner's answers.

A row per account and person (``FollowRequest``). The sync step records the pending ones it
sees (``record_pending``) and closes those the server no longer lists (``close_missing``), inside
its own transaction. An answer given in mbdesk (``decide``) is written after the server took it;
an accepted person becomes a follower at once, so the Followers list does not wait for the next
follower walk.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import fn

from mbdesk.store.models import (
    Account,
    FollowerEdge,
    FollowRequest,
    FollowRequestState,
    Person,
)
from mbdesk.store.outbox import write_tx

# A request the owner answered this recently is not reopened by a sync whose list was fetched
# before the answer reached the server (the two run on different threads).
REOPEN_AFTER = timedelta(minutes=2)
MAX_LISTED = 1000


@dataclass(frozen=True)
class RequestRow:
    """One pending request as the Followers screen and the CLI show it (crosses threads)."""

    id: int
    account_id: int
    account_handle: str
    account_name: str
    person_id: int
    remote_id: str
    handle: str
    display_name: str
    platform: str
    followers_count: int
    bio: str
    seen_at: datetime


def _rows(query) -> list[RequestRow]:
    return [RequestRow(*row) for row in query.tuples()]


def _select():
    """Requests with their account and person, in ``RequestRow`` order."""
    return (FollowRequest
            .select(FollowRequest.id, Account.id, Account.handle, Account.display_name,
                    Person.id, Person.remote_id, Person.handle, Person.display_name,
                    Person.platform, Person.followers_count, Person.bio, FollowRequest.seen_at)
            .join(Account, on=FollowRequest.account == Account.id)
            .switch(FollowRequest)
            .join(Person, on=FollowRequest.person == Person.id))


def pending(account_id: int | None = None, limit: int = MAX_LISTED) -> list[RequestRow]:
    """Pending requests, newest first (by when a sync found them)."""
    query = _select().where(FollowRequest.state == FollowRequestState.PENDING)
    if account_id is not None:
        query = query.where(FollowRequest.account == account_id)
    return _rows(query.order_by(FollowRequest.seen_at.desc(), FollowRequest.id.desc())
                 .limit(limit))


def pending_count(account_id: int | None = None) -> int:
    query = FollowRequest.select(fn.COUNT(FollowRequest.id)).where(
        FollowRequest.state == FollowRequestState.PENDING)
    if account_id is not None:
        query = query.where(FollowRequest.account == account_id)
    return int(query.scalar() or 0)


def get(request_id: int) -> RequestRow | None:
    rows = _rows(_select().where(FollowRequest.id == request_id))
    return rows[0] if rows else None


def state_of(request_id: int) -> str | None:
    return FollowRequest.select(FollowRequest.state).where(
        FollowRequest.id == request_id).scalar()


def find_pending(handle: str, account_id: int | None = None) -> list[RequestRow]:
    """Pending requests from ``handle`` (with or without the leading @, case-insensitive;
    ``name`` alone matches ``name@host`` too)."""
    wanted = handle.strip().lstrip("@").casefold()
    out = []
    for row in pending(account_id):
        have = row.handle.lstrip("@").casefold()
        if have == wanted or have.split("@")[0] == wanted:
            out.append(row)
    exact = [r for r in out if r.handle.lstrip("@").casefold() == wanted]
    return exact or out


# --- written by the sync step (inside its transaction) ----------------------------------------


def record_pending(account_id: int, person_ids: Iterable[int], now: datetime) -> int:
    """The server lists these people as waiting: new rows, or rows reopened (they asked again
    after an earlier answer). Returns how many are new to the owner."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return 0
    known = {pid: (state, decided) for pid, state, decided in
             FollowRequest.select(FollowRequest.person, FollowRequest.state,
                                  FollowRequest.decided_at)
             .where((FollowRequest.account == account_id) & FollowRequest.person.in_(ids))
             .tuples()}
    new = 0
    for pid in ids:
        if pid not in known:
            FollowRequest.insert(account=account_id, person=pid,
                                 state=FollowRequestState.PENDING, seen_at=now,
                                 last_seen_at=now).execute()
            new += 1
            continue
        state, decided = known[pid]
        where = (FollowRequest.account == account_id) & (FollowRequest.person == pid)
        if state == FollowRequestState.PENDING:
            FollowRequest.update(last_seen_at=now).where(where).execute()
        elif decided is None or decided <= now - REOPEN_AFTER:
            FollowRequest.update(state=FollowRequestState.PENDING, seen_at=now, last_seen_at=now,
                                 decided_at=None).where(where).execute()
            new += 1
    return new


def close_missing(account_id: int, seen_person_ids: Iterable[int], now: datetime) -> int:
    """Pending requests the server no longer lists were withdrawn or answered elsewhere."""
    seen = set(seen_person_ids)
    stale = [rid for rid, pid in FollowRequest.select(FollowRequest.id, FollowRequest.person)
             .where((FollowRequest.account == account_id)
                    & (FollowRequest.state == FollowRequestState.PENDING)).tuples()
             if pid not in seen]
    for start in range(0, len(stale), 900):
        (FollowRequest.update(state=FollowRequestState.GONE, decided_at=now)
         .where(FollowRequest.id.in_(stale[start:start + 900])).execute())
    return len(stale)


# --- the owner's answers (own transactions) ---------------------------------------------------


def decide(request_id: int, accepted: bool, now: datetime) -> None:
    """Record an answer the server took; an accepted person follows the account from now."""
    with write_tx():
        row = FollowRequest.get_or_none(FollowRequest.id == request_id)
        if row is None:
            return
        state = FollowRequestState.ACCEPTED if accepted else FollowRequestState.REJECTED
        FollowRequest.update(state=state, decided_at=now).where(
            FollowRequest.id == request_id).execute()
        if accepted:
            (FollowerEdge.insert(account=row.account_id, person=row.person_id, first_seen=now,
                                 last_seen=now, lost_at=None, baseline=False)
             .on_conflict(conflict_target=[FollowerEdge.account, FollowerEdge.person],
                          update={FollowerEdge.last_seen: now, FollowerEdge.lost_at: None})
             .execute())


def mark_gone(request_id: int, now: datetime) -> None:
    """The server says the request is no longer there."""
    with write_tx():
        (FollowRequest.update(state=FollowRequestState.GONE, decided_at=now)
         .where((FollowRequest.id == request_id)
                & (FollowRequest.state == FollowRequestState.PENDING)).execute())


__all__ = [
    "RequestRow",
    "close_missing",
    "decide",
    "find_pending",
    "get",
    "mark_gone",
    "pending",
    "pending_count",
    "record_pending",
    "state_of",
]
