"""Read queries for the outbox panel of the Accounts screen: every publish and reply with its
state and reason, newest first, one page at a time, and per-state counts.

Keyset paging on ``id`` (descending), filtered by account and a group of states, so the
``(account_id, state)`` index or the primary key carries every page. Times are naive UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from mbdesk.store.models import Account, OutboxItem, OutboxState
from mbdesk.store.outbox import AttemptAction, attempt_counts
from mbdesk.store.post_changes import current_text

HEAD_CHARS = 120


class OutboxFilter:
    """Groups of states the panel can show."""

    ATTENTION = "attention"  # failed, unknown, held: the owner should look
    WAITING = "waiting"  # will still go out (queued, sending, on the server, ...)
    SENT = "sent"
    ALL = "all"

    STATES: dict[str, tuple[str, ...] | None] = {
        ATTENTION: (OutboxState.FAILED, OutboxState.UNKNOWN, OutboxState.HELD),
        WAITING: (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.ON_SERVER,
                  OutboxState.UNKNOWN, OutboxState.HELD),
        SENT: (OutboxState.SENT,),
        ALL: None,
    }


@dataclass(frozen=True)
class OutboxListRow:
    id: int
    account_id: int
    handle: str
    kind: str  # publish | reply | edit | delete
    state: str
    scheduled_at: datetime | None
    created_at: datetime
    sent_at: datetime | None
    head: str
    last_error: str
    attempts: int
    remote_url: str
    note: str = ""  # something the owner should know that is not an error
    lookups: int = 0  # times mbdesk looked on the server whether (or how) it went out
    target_id: int | None = None  # an edit/delete row: the sent row it changes
    edited_at: datetime | None = None  # a sent row: its last edit done on the platform
    deleted_at: datetime | None = None  # a sent row: deleted on the platform

    @property
    def key(self) -> int:
        return self.id

    @property
    def when(self) -> datetime:
        """The time that matters for this row: sent, else planned, else queued."""
        return self.sent_at or self.scheduled_at or self.created_at


def outbox_page(account_id: int | None, group: str, after: int | None,
                limit: int = 200) -> list[OutboxListRow]:
    """One page of outbox rows (newest first) after the row with id ``after``."""
    query = (OutboxItem
             .select(OutboxItem.id, OutboxItem.account, Account.handle, OutboxItem.kind,
                     OutboxItem.state, OutboxItem.scheduled_at, OutboxItem.created_at,
                     OutboxItem.sent_at, fn.substr(OutboxItem.body, 1, HEAD_CHARS),
                     OutboxItem.last_error, OutboxItem.attempts, OutboxItem.remote_url,
                     OutboxItem.note, OutboxItem.target, OutboxItem.edited_at,
                     OutboxItem.deleted_at)
             .join(Account))
    where = []
    if account_id is not None:
        where.append(OutboxItem.account == account_id)
    states = OutboxFilter.STATES.get(group)
    if states is not None:
        where.append(OutboxItem.state.in_(list(states)))
    if after is not None:
        where.append(OutboxItem.id < after)
    if where:
        cond = where[0]
        for extra in where[1:]:
            cond &= extra
        query = query.where(cond)
    query = query.order_by(OutboxItem.id.desc()).limit(limit)
    rows = list(query.tuples())
    counts = attempt_counts([r[0] for r in rows])
    # an edited post shows the text it has now (History… keeps every earlier one)
    current = {r[0]: current_text(r[0])[:HEAD_CHARS] for r in rows if r[14] is not None}
    return [OutboxListRow(id=r[0], account_id=r[1], handle=r[2], kind=r[3], state=r[4],
                          scheduled_at=r[5], created_at=r[6], sent_at=r[7],
                          head=" ".join((current.get(r[0], r[8]) or "").split()),
                          last_error=r[9] or "",
                          attempts=r[10], remote_url=r[11] or "", note=r[12] or "",
                          lookups=lookup_count(counts.get(r[0], {})), target_id=r[13],
                          edited_at=r[14], deleted_at=r[15])
            for r in rows]


def lookup_count(actions: dict[str, int]) -> int:
    """Look-ups (after a lost answer) and checks (did the server publish what it held)."""
    return actions.get(AttemptAction.LOOKUP, 0) + actions.get(AttemptAction.CHECK, 0)


def outbox_row(item_id: int) -> OutboxListRow | None:
    rows = [r for r in outbox_page(None, OutboxFilter.ALL, item_id + 1, 1) if r.id == item_id]
    return rows[0] if rows else None


def state_counts(account_id: int | None = None) -> dict[str, int]:
    """How many outbox rows are in each state (for one account, or all)."""
    query = OutboxItem.select(OutboxItem.state, fn.COUNT(OutboxItem.id))
    if account_id is not None:
        query = query.where(OutboxItem.account == account_id)
    return dict(query.group_by(OutboxItem.state).tuples())
