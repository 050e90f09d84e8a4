"""Write side of the posting calendar: move a post, queue slots and "Add to queue", the pause
switch, and moves of server-held posts that wait for the next sync.

A post the server holds (``on_server``) can only move through the platform. Its move is kept as
a *pending move* (setting ``pending_moves``) until the sync engine has applied it, so a move
made offline or with no sync running is never lost; the calendar shows the post at its new time
meanwhile. Everything here is plain Python over the models (no Qt).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from mbdesk.domain import planning as rules_mod
from mbdesk.domain import text as text_rules
from mbdesk.errors import MbdeskError
from mbdesk.store import settings
from mbdesk.store.models import (
    Account,
    OutboxItem,
    OutboxKind,
    OutboxState,
    database_proxy,
    utcnow,
)

MOVABLE_LOCAL = (OutboxState.QUEUED, OutboxState.HELD, OutboxState.FAILED)


class ScheduleError(MbdeskError):
    """A schedule change the owner asked for that cannot be done (with the reason)."""

    title = "Cannot schedule"

    def __init__(self, message: str, *, code: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.code = code


def write_tx():
    return database_proxy.atomic(lock_type="IMMEDIATE")


# --- settings-backed values -------------------------------------------------------------------


def rules() -> rules_mod.Rules:
    def number(key: str, default: int) -> int:
        value = settings.get(key)
        return int(value) if isinstance(value, int | float) and value >= 0 else default

    return rules_mod.Rules(max_per_day=number("warn_max_posts_per_day", 10),
                           min_gap_minutes=number("warn_min_gap_minutes", 60),
                           best_hours=bool(settings.get("warn_best_hours")))


def is_paused() -> bool:
    return bool(settings.get("publishing_paused"))


def set_paused(paused: bool) -> None:
    """The "Pause all" switch: the sync engine holds every scheduled post while it is on."""
    settings.put("publishing_paused", bool(paused))


# --- queue slots ------------------------------------------------------------------------------


def queue_slots(account_id: int) -> dict[int, list[time]]:
    data = settings.get("queue_slots") or {}
    return rules_mod.slots_from_json(data.get(str(account_id)))


def all_queue_slots() -> dict[int, dict[int, list[time]]]:
    data = settings.get("queue_slots") or {}
    return {int(k): rules_mod.slots_from_json(v) for k, v in data.items() if str(k).isdigit()}


def set_queue_slots(account_id: int, slots: rules_mod.WeeklySlots) -> None:
    with write_tx():
        data = dict(settings.get("queue_slots") or {})
        stored = rules_mod.slots_to_json(slots)
        if stored:
            data[str(account_id)] = stored
        else:
            data.pop(str(account_id), None)
        settings.put("queue_slots", data)


def taken_times(account_id: int, since: datetime) -> list[datetime]:
    """Times of the account's posts that still go out (or went out) after ``since``."""
    query = (OutboxItem.select(OutboxItem.scheduled_at)
             .where((OutboxItem.account == account_id) & (OutboxItem.kind == OutboxKind.PUBLISH)
                    & OutboxItem.state.in_(list(OutboxState.ALL))
                    & (OutboxItem.scheduled_at >= since - timedelta(days=1))))
    times = [when for (when,) in query.tuples() if when is not None]
    times.extend(datetime.fromisoformat(m["when"]) for item_id, m in pending_moves().items()
                 if _account_of(item_id) == account_id)
    return times


def _account_of(item_id: int) -> int | None:
    return OutboxItem.select(OutboxItem.account).where(OutboxItem.id == item_id).scalar()


def account_count_options(account: Account) -> dict[str, int]:
    """``mbdesk.domain.text.count`` options from what the sync learned about the server."""
    try:
        limits = json.loads(account.limits_json or "{}")
    except ValueError:
        limits = {}
    options: dict[str, int] = {}
    if isinstance(limits.get("max_characters"), int) and limits["max_characters"] > 0:
        options["max_characters"] = limits["max_characters"]
    url = limits.get("characters_reserved_per_url")
    if isinstance(url, int) and url > 0 and account.platform != text_rules.BLUESKY:
        options["url_chars"] = url
    return options


def plan_queue(account_ids: Sequence[int], zone: tzinfo, *,
               now: datetime | None = None) -> dict[int, datetime]:
    """The next free queue slot (naive UTC) of each account, for "Add to queue". Raises
    :class:`ScheduleError` ``no_slots`` / ``queue_full`` naming the account. The posts
    themselves go through the one way in (``services.scheduling.queue_draft``)."""
    now = now or utcnow()
    plan: dict[int, datetime] = {}
    for account_id in account_ids:
        account = Account.get_or_none(Account.id == account_id)
        if account is None:
            raise ScheduleError(f"Account {account_id} does not exist.", code="no_account")
        slots = queue_slots(account_id)
        if not any(slots.values()):
            raise ScheduleError(f"{account.handle} has no queue slots.", code="no_slots",
                                hint="Set its weekly posting times in Calendar → Queue slots.")
        when = rules_mod.next_free_slot(slots, taken_times(account_id, now), now, zone)
        if when is None:
            raise ScheduleError(f"{account.handle} has no free queue slot in the next 60 days.",
                                code="queue_full", hint="Add slots or move posts.")
        plan[account_id] = when
    return plan


# --- moving a post ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveResult:
    item_id: int
    account_id: int
    when: datetime  # naive UTC
    pending: bool  # True: the server holds it; its copy moves at the next sync


def pending_moves() -> dict[int, dict[str, str]]:
    data = settings.get("pending_moves") or {}
    return {int(k): v for k, v in data.items() if str(k).isdigit() and isinstance(v, dict)}


def _put_pending(item_id: int, value: dict[str, str] | None) -> None:
    data = {str(k): v for k, v in pending_moves().items()}
    if value is None:
        data.pop(str(item_id), None)
    else:
        data[str(item_id)] = value
    settings.put("pending_moves", data)


def move_post(item_id: int, when: datetime, zone_name: str, *,
              now: datetime | None = None) -> MoveResult:
    """Move a scheduled post to ``when`` (naive UTC). Refuses the past and posts that went out
    or are going out; a post the server holds becomes a pending move for the sync."""
    now = now or utcnow()
    item = OutboxItem.get_or_none(OutboxItem.id == item_id)
    if item is None:
        raise ScheduleError("That post is no longer in the outbox.", code="gone")
    if item.kind != OutboxKind.PUBLISH:
        raise ScheduleError("Replies go out as soon as possible; they have no time to move.",
                            code="reply")
    if when <= now:
        raise ScheduleError("That time is in the past.", code="past",
                            hint="Drop the post on a later day or hour.")
    if item.state in (OutboxState.SENT, OutboxState.SENDING, OutboxState.UNKNOWN):
        raise ScheduleError("This post has already gone out (or is going out) and cannot move.",
                            code="not_movable")
    with write_tx():
        if item.state == OutboxState.ON_SERVER:
            _put_pending(item_id, {"when": when.isoformat(), "tz": zone_name})
            return MoveResult(item_id, item.account_id, when, pending=True)
        changed = (OutboxItem.update(state=OutboxState.QUEUED, scheduled_at=when,
                                     scheduled_tz=zone_name or item.scheduled_tz,
                                     next_attempt_at=None, last_error="", updated_at=utcnow())
                   .where((OutboxItem.id == item_id) & OutboxItem.state.in_(list(MOVABLE_LOCAL)))
                   .execute())
        _put_pending(item_id, None)
    if not changed:
        raise ScheduleError("The post changed while you moved it; try again.", code="raced")
    return MoveResult(item_id, item.account_id, when, pending=False)


def has_pending_moves(account_id: int) -> bool:
    return any(_account_of(item_id) == account_id for item_id in pending_moves())


def apply_pending_moves(account_id: int, move: Callable[[int, datetime], None],
                        refused: Callable[[Exception], bool]) -> list[str]:
    """Apply this account's pending moves with ``move(item_id, when)`` (the sync engine's
    ``move_item``, which talks to the server). A move that raises stays pending (offline) unless
    ``refused(error)`` says the server refused it; returns the problems met."""
    problems = []
    for item_id, pending in pending_moves().items():
        item = OutboxItem.get_or_none(OutboxItem.id == item_id)
        if item is None or item.state in (OutboxState.SENT, OutboxState.SENDING):
            with write_tx():
                _put_pending(item_id, None)
            continue
        if item.account_id != account_id:
            continue
        when = datetime.fromisoformat(pending["when"])
        if item.scheduled_at == when and item.state != OutboxState.QUEUED:
            with write_tx():  # already applied (by the sync service's own move action)
                _put_pending(item_id, None)
            continue
        try:
            move(item_id, when)
        except Exception as exc:
            problems.append(getattr(exc, "message", str(exc)))
            if refused(exc):
                with write_tx():
                    _put_pending(item_id, None)
            continue
        with write_tx():
            OutboxItem.update(scheduled_tz=pending.get("tz") or item.scheduled_tz).where(
                OutboxItem.id == item_id).execute()
            _put_pending(item_id, None)
    return problems


def clear_applied_moves() -> None:
    """Forget pending moves that have been applied (the row now has the new time) or whose
    post is gone or out; cheap, run by the calendar before it shows moves."""
    stale = []
    for item_id, pending in pending_moves().items():
        item = OutboxItem.get_or_none(OutboxItem.id == item_id)
        gone = item is None or item.state not in (OutboxState.ON_SERVER, *MOVABLE_LOCAL)
        new_time = datetime.fromisoformat(pending.get("when", "2000-01-01"))
        if gone or item.scheduled_at == new_time:
            stale.append(item_id)
    if stale:
        with write_tx():
            for item_id in stale:
                _put_pending(item_id, None)
