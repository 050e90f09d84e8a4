"""The outbox state machine: every publish and reply is a committed row before any network call.

States::

    queued ──claim──▶ sending ──▶ sent
      ▲  ▲              │  ├────▶ failed (the server's reason; ``retry`` → queued, same uid)
      │  │              │  ├────▶ on_server (Mastodon holds it until its time) ──▶ sent
      │  └─ backoff ────┘  └────▶ unknown ──lookup (client.find_published)──▶ sent | queued
      └── held (its time passed while nobody could publish; the owner decides)

``uid`` is the Idempotency-Key; ``record_key`` (Bluesky rkey) is chosen at enqueue and kept.
An ``unknown`` row is never sent again blindly: only a lookup may move it, and a lookup that
finds nothing puts it back to ``queued``. Rows found in ``sending`` at start-up belonged to a
process that died mid-call, so they become ``unknown``.

Everything here is plain Python over the peewee models; callers on worker threads hold their own
connection. Rows cross threads as :class:`OutboxJob` snapshots, never as model instances.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import random
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from peewee import fn

from mbdesk.store import settings
from mbdesk.store.models import (
    Draft,
    DraftState,
    Media,
    Mention,
    MentionState,
    OutboxAttempt,
    OutboxItem,
    OutboxKind,
    OutboxMedia,
    OutboxState,
    Platform,
    Post,
    database_proxy,
    utcnow,
)

log = logging.getLogger(__name__)

# A queued post later than this was not published on time by anyone: the missed-post policy
# decides (hold for the owner, or send now). Covers a closed laptop, sleep, pause, no network.
MISSED_GRACE = timedelta(minutes=15)
# Hand a post to the server only when it is at least this far ahead: the server wants more than
# 5 minutes, and the client drops ``scheduled_at`` (posting at once) inside 5.5 minutes.
SERVER_SCHEDULE_LEAD = timedelta(minutes=7)
# After its time, wait this long before asking the server whether it published an on_server post.
ON_SERVER_SETTLE = timedelta(minutes=1)

ACTIVE_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.UNKNOWN,
                 OutboxState.HELD, OutboxState.ON_SERVER)
WAITING_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.HELD)


def write_tx():
    """A write transaction that takes the write lock at BEGIN, so two writers queue on
    ``busy_timeout`` instead of failing on a read-to-write lock upgrade."""
    return database_proxy.atomic(lock_type="IMMEDIATE")


# --- retry timing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: ``base * 2^(n-1)`` capped, then scaled by 0.5–1.0."""

    base_seconds: float = 30.0
    cap_seconds: float = 30 * 60.0

    def delay(self, attempts: int, rng: random.Random | None = None) -> timedelta:
        raw = min(self.cap_seconds, self.base_seconds * 2 ** max(0, attempts - 1))
        jitter = 0.5 + 0.5 * (rng or random).random()
        return timedelta(seconds=raw * jitter)


# --- plain snapshots that cross threads -------------------------------------------------------


@dataclass(frozen=True)
class QueuedMedia:
    """An attachment of a queued post, as the sync engine hands it to a platform client."""

    path: str
    mime_type: str
    alt_text: str = ""


class Published(Protocol):
    """What a platform answered for a post that went out (``PublishResult`` fits)."""

    remote_id: str
    url: str
    published_at: datetime | None


@dataclass(frozen=True)
class OutboxJob:
    id: int
    uid: str
    kind: str
    account_id: int
    state: str
    body: str
    spoiler_text: str
    visibility: str
    language: str
    in_reply_to_remote_id: str
    scheduled_at: datetime | None
    record_key: str
    attempts: int
    first_attempt_at: datetime | None
    server_scheduled_id: str
    allow_server_schedule: bool
    mention_id: int | None
    draft_id: int | None
    media: tuple[QueuedMedia, ...] = ()
    attempt_id: int | None = None  # set by ``claim``: the history entry of this attempt
    target_id: int | None = None  # an edit/delete row: the sent row it changes


def _job(item: OutboxItem) -> OutboxJob:
    links = (OutboxMedia.select(OutboxMedia, Media).join(Media)
             .where(OutboxMedia.outbox == item.id).order_by(OutboxMedia.position))
    media = tuple(QueuedMedia(path=link.media.path, mime_type=link.media.mime_type,
                              alt_text=link.media.alt_text) for link in links)
    return OutboxJob(
        id=item.id, uid=item.uid, kind=item.kind, account_id=item.account_id, state=item.state,
        body=item.body, spoiler_text=item.spoiler_text, visibility=item.visibility,
        language=item.language, in_reply_to_remote_id=item.in_reply_to_remote_id,
        scheduled_at=item.scheduled_at, record_key=item.record_key, attempts=item.attempts,
        first_attempt_at=item.first_attempt_at, server_scheduled_id=item.server_scheduled_id,
        allow_server_schedule=bool(item.allow_server_schedule), mention_id=item.mention_id,
        draft_id=item.draft_id, media=media, target_id=item.target_id)


def load(item_id: int) -> OutboxJob | None:
    item = OutboxItem.get_or_none(OutboxItem.id == item_id)
    return _job(item) if item else None


# --- enqueue --------------------------------------------------------------------------------

_TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


def make_tid(now_us: int | None = None, clock_id: int | None = None) -> str:
    """An AT Protocol TID (13 chars, base32-sortable): microseconds since epoch + clock id."""
    us = now_us if now_us is not None else time.time_ns() // 1000
    cid = clock_id if clock_id is not None else random.getrandbits(10)
    value = ((us & ((1 << 53) - 1)) << 10) | (cid & 0x3FF)
    out = []
    for _ in range(13):
        out.append(_TID_CHARS[value & 31])
        value >>= 5
    return "".join(reversed(out))


def record_key_for(platform: str) -> str:
    """The post's own key, for platforms where the client picks it (chosen once, kept)."""
    return make_tid() if platform == Platform.BLUESKY else ""


@dataclass(frozen=True)
class Attachment:
    path: str
    alt_text: str = ""
    mime_type: str = ""


def _store_media(attachments: Sequence[Attachment], media_dir: Path | None,
                 draft_id: int | None) -> list[int]:
    """Copy each file into the workspace (so deleting the original cannot break a queued
    post) and create its Media row."""
    ids = []
    for position, att in enumerate(attachments):
        src = Path(att.path)
        path = src
        if media_dir is not None:
            media_dir.mkdir(parents=True, exist_ok=True)
            path = media_dir / f"{os.urandom(6).hex()}-{src.name}"
            shutil.copyfile(src, path)
            os.chmod(path, 0o600)  # owner only, whatever the umask
        mime = att.mime_type or mimetypes.guess_type(src.name)[0] or "application/octet-stream"
        ids.append(Media.create(draft=draft_id, path=str(path), mime_type=mime,
                                alt_text=att.alt_text, size_bytes=path.stat().st_size,
                                position=position).id)
    return ids


def enqueue(account_id: int, platform: str, body: str, *, kind: str = OutboxKind.PUBLISH,
            scheduled_at: datetime | None = None, scheduled_tz: str = "",
            spoiler_text: str = "", visibility: str = "public", language: str = "",
            in_reply_to_remote_id: str = "", mention_id: int | None = None,
            draft_id: int | None = None, attachments: Sequence[Attachment] = (),
            media_dir: Path | None = None) -> int:
    """Commit a new outbox row (and its media) and return its id. Nothing goes on the wire here."""
    with write_tx():
        media_ids = _store_media(attachments, media_dir, draft_id)
        item = OutboxItem.create(
            kind=kind, account=account_id, draft=draft_id, mention=mention_id,
            in_reply_to_remote_id=in_reply_to_remote_id, body=body, spoiler_text=spoiler_text,
            visibility=visibility, language=language, scheduled_at=scheduled_at,
            scheduled_tz=scheduled_tz, record_key=record_key_for(platform))
        for position, media_id in enumerate(media_ids):
            OutboxMedia.create(outbox=item.id, media=media_id, position=position)
        if draft_id is not None and kind == OutboxKind.PUBLISH:
            Draft.update(state=DraftState.SCHEDULED, updated_at=utcnow()).where(
                (Draft.id == draft_id) & (Draft.state == DraftState.DRAFT)).execute()
    return item.id


# --- start-up and policies --------------------------------------------------------------------


def recover_interrupted(account_ids: Sequence[int] | None = None) -> list[int]:
    """Rows left in ``sending`` by a process that died mid-call become ``unknown``.

    Only call this while holding the workspace lock (no other process can be sending).
    """
    now = utcnow()
    where = OutboxItem.state == OutboxState.SENDING
    if account_ids is not None:
        where &= OutboxItem.account.in_(list(account_ids))
    with write_tx():
        ids = [r.id for r in OutboxItem.select(OutboxItem.id).where(where)]
        if ids:
            (OutboxItem.update(state=OutboxState.UNKNOWN, next_attempt_at=None, updated_at=now,
                               last_error="Interrupted while sending; checking the server "
                               "before anything is sent again.")
             .where(OutboxItem.id.in_(ids)).execute())
        started = OutboxAttempt.outcome == "started"
        if account_ids is not None:
            started &= OutboxAttempt.outbox.in_(OutboxItem.select(OutboxItem.id).where(
                OutboxItem.account.in_(list(account_ids))))
        (OutboxAttempt.update(outcome="interrupted", finished_at=now,
                              detail="The process ended during this attempt.")
         .where(started).execute())
    if ids:
        log.info("outbox: %d interrupted item(s) to look up", len(ids))
    return ids


def apply_missed_policy(account_id: int, now: datetime) -> list[int]:
    """Publish items whose time passed long ago with no attempt since: hold them, or (policy
    ``send``) leave them queued to go now with a note. Returns the ids affected.

    "No attempt since its time" covers a closed laptop, sleep, a pause (also for posts taken
    back from the server) and an account waiting for authorization; a post that was tried at
    its time and is retrying after a network failure is not missed, it is late.
    """
    policy = settings.get("missed_post_policy") or "hold"
    late = (OutboxItem.select(OutboxItem.id, OutboxItem.scheduled_at, OutboxItem.last_error)
            .where((OutboxItem.account == account_id) & (OutboxItem.kind == OutboxKind.PUBLISH)
                   & (OutboxItem.state == OutboxState.QUEUED)
                   & OutboxItem.scheduled_at.is_null(False)
                   & (OutboxItem.scheduled_at < now - MISSED_GRACE)
                   & (OutboxItem.last_attempt_at.is_null()
                      | (OutboxItem.last_attempt_at < OutboxItem.scheduled_at))))
    changed = []
    with write_tx():
        for item_id, when, last_error in late.tuples():
            stamp = when.strftime("%Y-%m-%d %H:%M UTC")
            if policy == "send":
                note = f"Its time ({stamp}) passed while mbdesk could not publish; sent late."
                if last_error == note:
                    continue
                OutboxItem.update(last_error=note, updated_at=now).where(
                    OutboxItem.id == item_id).execute()
            else:
                note = (f"Its time ({stamp}) passed while mbdesk could not publish; "
                        "held until you send, move or cancel it.")
                OutboxItem.update(state=OutboxState.HELD, last_error=note, updated_at=now).where(
                    (OutboxItem.id == item_id) & (OutboxItem.state == OutboxState.QUEUED)).execute()
            changed.append(item_id)
    return changed


# --- what is due -----------------------------------------------------------------------------


def _ready(now: datetime):
    return OutboxItem.next_attempt_at.is_null() | (OutboxItem.next_attempt_at <= now)


def _jobs(query) -> list[OutboxJob]:
    return [_job(item) for item in query]


def due_to_send(account_id: int, now: datetime, *,
                include_publish: bool = True) -> list[OutboxJob]:
    """Queued items to publish now: their time has come (or they have none) and their backoff
    is over. Replies first, then by time."""
    due = OutboxItem.scheduled_at.is_null() | (OutboxItem.scheduled_at <= now)
    where = ((OutboxItem.account == account_id) & (OutboxItem.state == OutboxState.QUEUED)
             & due & _ready(now) & OutboxItem.kind.in_(list(OutboxKind.POSTS)))
    if not include_publish:
        where &= OutboxItem.kind == OutboxKind.REPLY
    query = (OutboxItem.select().where(where)
             .order_by(OutboxItem.kind == OutboxKind.PUBLISH, OutboxItem.scheduled_at,
                       OutboxItem.id))
    return _jobs(query)


def due_for_server(account_id: int, now: datetime) -> list[OutboxJob]:
    """Queued publish items far enough ahead for the server to hold them."""
    query = (OutboxItem.select()
             .where((OutboxItem.account == account_id) & (OutboxItem.state == OutboxState.QUEUED)
                    & (OutboxItem.kind == OutboxKind.PUBLISH)
                    & (OutboxItem.allow_server_schedule == True)  # noqa: E712
                    & (OutboxItem.scheduled_at >= now + SERVER_SCHEDULE_LEAD) & _ready(now))
             .order_by(OutboxItem.scheduled_at, OutboxItem.id))
    return _jobs(query)


def unknown_items(account_id: int, now: datetime) -> list[OutboxJob]:
    query = (OutboxItem.select()
             .where((OutboxItem.account == account_id) & (OutboxItem.state == OutboxState.UNKNOWN)
                    & _ready(now))
             .order_by(OutboxItem.id))
    return _jobs(query)


def on_server_items(account_id: int, now: datetime | None = None) -> list[OutboxJob]:
    """Items the server holds; with ``now``, only those whose time has passed (to check)."""
    where = (OutboxItem.account == account_id) & (OutboxItem.state == OutboxState.ON_SERVER)
    if now is not None:
        where &= (OutboxItem.scheduled_at <= now - ON_SERVER_SETTLE) & _ready(now)
    return _jobs(OutboxItem.select().where(where).order_by(OutboxItem.scheduled_at))


def next_due_at(account_id: int, now: datetime, *,
                paused: bool = False) -> datetime | None:
    """When this account next has outbox work (None: nothing waiting on time). While
    publishing is paused, posts do not count (replies, edits, deletes and lookups still do)."""
    times: list[datetime] = []
    where = ((OutboxItem.account == account_id)
             & OutboxItem.state.in_([OutboxState.QUEUED, OutboxState.UNKNOWN]))
    if paused:  # replies, edits and deletes of sent posts still go
        where &= ((OutboxItem.kind.in_([OutboxKind.REPLY, *OutboxKind.CHANGES]))
                  | (OutboxItem.state == OutboxState.UNKNOWN))
    queued = OutboxItem.select(OutboxItem.scheduled_at, OutboxItem.next_attempt_at).where(where)
    for scheduled_at, next_attempt_at in queued.tuples():
        times.append(max(t for t in (scheduled_at, next_attempt_at, now) if t is not None))
    settle = (OutboxItem.select(fn.MIN(OutboxItem.scheduled_at))
              .where((OutboxItem.account == account_id)
                     & (OutboxItem.state == OutboxState.ON_SERVER)).scalar())
    if settle is not None:
        times.append(max(settle + ON_SERVER_SETTLE, now))
    return min(times) if times else None


def waiting_count(account_id: int | None = None) -> int:
    """Items that still wait to go out (queued, sending, unknown, held)."""
    where = OutboxItem.state.in_(list(WAITING_STATES))
    if account_id is not None:
        where &= OutboxItem.account == account_id
    return OutboxItem.select().where(where).count()


# --- transitions --------------------------------------------------------------------------------


def claim(item_id: int, now: datetime, action: str = "send") -> OutboxJob | None:
    """queued → sending, committed before the network call together with the start of its
    history entry (``attempt_id``). None if someone else moved it."""
    with write_tx():
        item = OutboxItem.get_or_none(OutboxItem.id == item_id)
        if item is None or item.state != OutboxState.QUEUED:
            return None
        # Kept from the first attempt on: a lookup looks at every post made since then.
        first = item.first_attempt_at or now
        changed = (OutboxItem.update(state=OutboxState.SENDING, attempts=OutboxItem.attempts + 1,
                                     last_attempt_at=now, first_attempt_at=first, updated_at=now)
                   .where((OutboxItem.id == item_id) & (OutboxItem.state == OutboxState.QUEUED))
                   .execute())
        if not changed:
            return None
        attempt = OutboxAttempt.create(outbox=item_id, action=action, started_at=now)
        return replace(_job(OutboxItem.get_by_id(item_id)), attempt_id=attempt.id)


def mark_sent(item_id: int, result: Published, now: datetime, note: str = "") -> None:
    """→ sent; record the Post, mark the mention answered and the draft published. ``note``
    tells the owner something about how it went out (e.g. earlier than planned)."""
    with write_tx():
        item = OutboxItem.get_by_id(item_id)
        published = result.published_at or now
        (OutboxItem.update(state=OutboxState.SENT, remote_id=result.remote_id,
                           remote_url=result.url, sent_at=published, next_attempt_at=None,
                           server_scheduled_id="", last_error="", note=note, updated_at=now)
         .where(OutboxItem.id == item_id).execute())
        category = ""
        if item.draft_id is not None:
            draft = Draft.get_or_none(Draft.id == item.draft_id)
            category = draft.category if draft else ""
        (Post.insert(account=item.account_id, remote_id=result.remote_id, outbox=item.id,
                     draft=item.draft_id, category=category, text=item.body, url=result.url,
                     published_at=published)
         .on_conflict_ignore().execute())
        if item.mention_id is not None:
            (Mention.update(first_reply_at=fn.COALESCE(Mention.first_reply_at, published))
             .where(Mention.id == item.mention_id).execute())
            marks_done = settings.get("reply_marks_done")
            if marks_done is None or marks_done:
                Mention.update(state=MentionState.DONE).where(
                    Mention.id == item.mention_id).execute()
        if item.draft_id is not None and item.kind == OutboxKind.PUBLISH:
            open_items = (OutboxItem.select()
                          .where((OutboxItem.draft == item.draft_id)
                                 & (OutboxItem.state != OutboxState.SENT)).count())
            if open_items == 0:
                Draft.update(state=DraftState.PUBLISHED, updated_at=now).where(
                    Draft.id == item.draft_id).execute()


def owned_remote_ids(account_id: int, except_item: int) -> frozenset[str]:
    """Posts (and server-held posts) of this account that other outbox rows already own: a
    lookup for one row must never take another row's post for its own."""
    rows = (OutboxItem.select(OutboxItem.remote_id, OutboxItem.server_scheduled_id)
            .where((OutboxItem.account == account_id) & (OutboxItem.id != except_item)
                   & ((OutboxItem.remote_id != "") | (OutboxItem.server_scheduled_id != ""))))
    return frozenset(x for pair in rows.tuples() for x in pair if x)


def mark_on_server(item_id: int, server_scheduled_id: str, now: datetime) -> None:
    with write_tx():
        (OutboxItem.update(state=OutboxState.ON_SERVER, server_scheduled_id=server_scheduled_id,
                           next_attempt_at=None, last_error="", updated_at=now)
         .where(OutboxItem.id == item_id).execute())


def mark_failed(item_id: int, reason: str, now: datetime) -> None:
    with write_tx():
        item = OutboxItem.get_by_id(item_id)
        (OutboxItem.update(state=OutboxState.FAILED, last_error=reason, next_attempt_at=None,
                           updated_at=now).where(OutboxItem.id == item_id).execute())
        if item.draft_id is not None and item.kind == OutboxKind.PUBLISH:
            Draft.update(state=DraftState.FAILED, updated_at=now).where(
                Draft.id == item.draft_id).execute()


def mark_later(item_id: int, reason: str, when: datetime, now: datetime,
               state: str = OutboxState.QUEUED) -> None:
    """Try again at ``when`` (backoff or rate limit); the row keeps its uid."""
    with write_tx():
        (OutboxItem.update(state=state, last_error=reason, next_attempt_at=when, updated_at=now)
         .where(OutboxItem.id == item_id).execute())


def clear_backoff(account_id: int, now: datetime) -> int:
    """The server answers again: queued items waiting out a backoff may go now."""
    with write_tx():
        return (OutboxItem.update(next_attempt_at=None, updated_at=now)
                .where((OutboxItem.account == account_id)
                       & (OutboxItem.state == OutboxState.QUEUED)
                       & (OutboxItem.next_attempt_at > now))
                .execute())


def mark_unknown(item_id: int, reason: str, now: datetime,
                 next_attempt_at: datetime | None = None) -> None:
    with write_tx():
        (OutboxItem.update(state=OutboxState.UNKNOWN, last_error=reason,
                           next_attempt_at=next_attempt_at, updated_at=now)
         .where(OutboxItem.id == item_id).execute())


def mark_not_landed(item_id: int, now: datetime, retry_at: datetime | None = None) -> None:
    """A lookup found no earlier attempt on the server: safe to send again (same uid), at
    ``retry_at`` (a backoff, so a failing server is not hammered)."""
    with write_tx():
        before = OutboxItem.select(OutboxItem.last_error).where(OutboxItem.id == item_id).scalar()
        reason = f" ({before})" if before else ""
        (OutboxItem.update(state=OutboxState.QUEUED, next_attempt_at=retry_at, updated_at=now,
                           last_error="Checked: the earlier attempt is not on the server, so it "
                           f"will be sent again{reason}.")
         .where((OutboxItem.id == item_id) & (OutboxItem.state == OutboxState.UNKNOWN)).execute())


def keep_local(item_id: int, note: str, now: datetime, *, requeue: bool = True) -> None:
    """The server will not hold this post: mbdesk publishes it itself at its time."""
    with write_tx():
        fields = {"allow_server_schedule": False, "last_error": note, "updated_at": now,
                  "next_attempt_at": None}
        if requeue:
            fields.update(state=OutboxState.QUEUED, server_scheduled_id="")
        OutboxItem.update(**fields).where(OutboxItem.id == item_id).execute()


# --- the attempt history ---------------------------------------------------------------------


class AttemptAction:
    SEND = "send"
    SCHEDULE = "schedule"  # a send that asks the server to hold the post
    LOOKUP = "lookup"  # after an unknown outcome: is an earlier attempt on the server?
    CHECK = "check"  # after its time: did the server publish the post it held?
    CANCEL = "cancel"


@dataclass(frozen=True)
class AttemptRecord:
    id: int
    action: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str  # "started" while running (or when the process died during it)
    detail: str


def begin_attempt(item_id: int, action: str, now: datetime) -> int:
    """Commit that a network attempt starts, before it starts (a crash leaves "started")."""
    with write_tx():
        return OutboxAttempt.create(outbox=item_id, action=action, started_at=now).id


def end_attempt(attempt_id: int, outcome: str, now: datetime, detail: str = "") -> None:
    with write_tx():
        OutboxAttempt.update(outcome=outcome, finished_at=now, detail=detail[:500]).where(
            OutboxAttempt.id == attempt_id).execute()


def attempt_history(item_id: int) -> list[AttemptRecord]:
    """Every attempt and lookup of one row, oldest first."""
    query = (OutboxAttempt.select().where(OutboxAttempt.outbox == item_id)
             .order_by(OutboxAttempt.id))
    return [AttemptRecord(a.id, a.action, a.started_at, a.finished_at, a.outcome, a.detail)
            for a in query]


def attempt_counts(item_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """``{item_id: {action: count}}`` for a page of rows (one query)."""
    out: dict[int, dict[str, int]] = {}
    if not item_ids:
        return out
    query = (OutboxAttempt.select(OutboxAttempt.outbox, OutboxAttempt.action,
                                  fn.COUNT(OutboxAttempt.id))
             .where(OutboxAttempt.outbox.in_(list(item_ids)))
             .group_by(OutboxAttempt.outbox, OutboxAttempt.action))
    for item_id, action, count in query.tuples():
        out.setdefault(item_id, {})[action] = count
    return out


# --- the owner's actions ------------------------------------------------------------------------


def retry(item_id: int, *, checked_not_there: bool = False) -> bool:
    """failed → queued, same uid (a rejected post never landed, so the key is still unused).

    With ``checked_not_there`` an ``unknown`` row goes back too: the owner looked on the
    platform (where mbdesk cannot, e.g. an X app whose access level cannot read the timeline)
    and the post is not there. Only on that word is an unknown row ever sent again.
    """
    now = utcnow()
    states = [OutboxState.FAILED]
    fields: dict = {"state": OutboxState.QUEUED, "next_attempt_at": None, "updated_at": now}
    if checked_not_there:
        states.append(OutboxState.UNKNOWN)
        fields["note"] = "Sent again on your word that the earlier attempt was not there."
    with write_tx():
        return (OutboxItem.update(**fields)
                .where((OutboxItem.id == item_id) & OutboxItem.state.in_(states))
                .execute()) > 0


def release_held(item_id: int) -> bool:
    """held → queued to go now (its new time is now, so the calendar shows when it went)."""
    now = utcnow()
    with write_tx():
        return (OutboxItem.update(state=OutboxState.QUEUED, scheduled_at=now, next_attempt_at=None,
                                  last_error="Sent late on your request.", updated_at=now)
                .where((OutboxItem.id == item_id) & (OutboxItem.state == OutboxState.HELD))
                .execute()) > 0


def reschedule_local(item_id: int, when: datetime) -> bool:
    """Move a post that is not on the server (queued, held or failed) to ``when`` (UTC)."""
    now = utcnow()
    with write_tx():
        return (OutboxItem.update(state=OutboxState.QUEUED, scheduled_at=when,
                                  next_attempt_at=None, last_error="", updated_at=now)
                .where((OutboxItem.id == item_id) & OutboxItem.state.in_(
                    [OutboxState.QUEUED, OutboxState.HELD, OutboxState.FAILED]))
                .execute()) > 0


def delete_local(item_id: int) -> bool:
    """Cancel a post the server does not hold (queued, held, failed, or unknown: the owner
    stops the checks of a post they found on the platform or no longer want)."""
    with write_tx():
        return (OutboxItem.delete()
                .where((OutboxItem.id == item_id) & OutboxItem.state.in_(
                    [OutboxState.QUEUED, OutboxState.HELD, OutboxState.FAILED,
                     OutboxState.UNKNOWN]))
                .execute()) > 0
