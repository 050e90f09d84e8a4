"""Edits and deletes of sent posts, through the outbox: exactly once, with the history kept.

An edit or a delete is an outbox row of its own (kind ``edit`` | ``delete``) that points at the
sent row it changes (``target``); an edit's ``body`` is the new text, committed before any
network call, so nothing the owner typed is lost whatever happens next. The row is claimed and
attempted like a post (``outbox.claim``; every attempt and look-up in ``outbox_attempt``), and
after an unknown outcome it is *looked up* before it is sent again: a delete is done when the
post is gone, an edit when the post shows the new text.

The sent row keeps its original ``body``; each done edit is a row with its text and time (the
post's versions, :func:`versions`), ``edited_at`` / ``deleted_at`` on the sent row say what
happened last, and the ``Post`` row (analytics) carries the current text.

Which platform allows what (:func:`allowed`): Mastodon-API servers edit and delete (a server
that refuses edits is recorded in the account's server profile, ``edits`` = False); Bluesky, X
and Weibo only delete — there is no edit on them, and the owner is told so, never a silent
no-op. Plain Python over the peewee models (no Qt).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from mbdesk.domain import text as text_rules
from mbdesk.store import server_profiles
from mbdesk.store.models import (
    Account,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Platform,
    Post,
)
from mbdesk.store.outbox import write_tx

EDIT, DELETE = OutboxKind.EDIT, OutboxKind.DELETE
# platforms whose API has an edit for a sent post (the sandbox stands in for Mastodon)
EDIT_PLATFORMS = (Platform.MASTODON, Platform.SANDBOX)
DELETE_PLATFORMS = (Platform.MASTODON, Platform.SANDBOX, Platform.BLUESKY, Platform.WEIBO,
                    Platform.X)
PLATFORM_NAMES = {Platform.MASTODON: "Mastodon", Platform.BLUESKY: "Bluesky",
                  Platform.WEIBO: "Weibo", Platform.X: "X", Platform.SANDBOX: "the sandbox"}
# states in which a change still waits to go out (or to be resolved)
PENDING = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.UNKNOWN)


class ChangeRefused(Exception):
    """The change cannot be queued; ``message`` says why and what to do (shown as is).

    ``code``: no_item, not_sent, not_a_post, deleted, delete_pending, edit_not_allowed,
    delete_not_allowed, empty, unchanged, too_long.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Allowed:
    """What the owner may do with one sent row, and why not where not."""

    edit: bool
    delete: bool
    edit_reason: str = ""  # why there is no edit ("X does not allow editing a sent post…")
    delete_reason: str = ""


@dataclass(frozen=True)
class Version:
    """One text the post had: the original (``edit_id`` None) or a done edit."""

    at: datetime | None
    text: str
    edit_id: int | None = None


def no_edit_message(platform: str, software: str = "") -> str:
    """The plain answer where editing is not possible (an English source string; the window
    words the same facts through tr())."""
    if platform in (Platform.MASTODON, Platform.SANDBOX):
        name = f" ({software})" if software else ""
        return (f"This server{name} does not allow editing a sent post. Delete it and post "
                "the new text again?")
    return (f"{PLATFORM_NAMES.get(platform, platform)} does not allow editing a sent post. "
            "Delete it and post the new text again?")


def allowed(item_id: int) -> Allowed:
    """Whether the sent row ``item_id`` may be edited and deleted now (and why not)."""
    item = OutboxItem.get_or_none(OutboxItem.id == item_id)
    if item is None:
        return Allowed(False, False, "No such post.", "No such post.")
    platform = Account.select(Account.platform).where(Account.id == item.account_id).scalar()
    if item.kind not in OutboxKind.POSTS:
        reason = "Only a sent post or reply can be edited or deleted."
        return Allowed(False, False, reason, reason)
    if item.state != OutboxState.SENT or not item.remote_id:
        reason = "Only a post that went out can be edited or deleted."
        return Allowed(False, False, reason, reason)
    if item.deleted_at is not None or _pending(item_id, DELETE):
        reason = "This post is deleted (or its delete is on the way)."
        return Allowed(False, False, reason, reason)
    edit_reason = ""
    if platform not in EDIT_PLATFORMS:
        edit_reason = no_edit_message(platform)
    elif server_profiles.capability(item.account_id, "edits") is False:
        software = str(server_profiles.load_profile(item.account_id).get("software") or "")
        edit_reason = no_edit_message(platform, software)
    delete_reason = "" if platform in DELETE_PLATFORMS else (
        f"{PLATFORM_NAMES.get(platform, platform)} does not allow deleting a sent post.")
    return Allowed(not edit_reason, not delete_reason, edit_reason, delete_reason)


def _pending(target_id: int, kind: str) -> bool:
    return (OutboxItem.select().where((OutboxItem.target == target_id)
                                      & (OutboxItem.kind == kind)
                                      & OutboxItem.state.in_(list(PENDING))).exists())


def current_text(item_id: int) -> str:
    """The text the post shows now: its last done edit's, else the one it was sent with."""
    last = (OutboxItem.select(OutboxItem.body)
            .where((OutboxItem.target == item_id) & (OutboxItem.kind == EDIT)
                   & (OutboxItem.state == OutboxState.SENT))
            .order_by(OutboxItem.sent_at.desc(), OutboxItem.id.desc()).limit(1).scalar())
    if last is not None:
        return last
    return OutboxItem.select(OutboxItem.body).where(OutboxItem.id == item_id).scalar() or ""


def count_text(account_id: int, text: str, spoiler_text: str = "") -> text_rules.TextCount:
    """``text`` counted as the account's server counts it (its live limits where known)."""
    account = Account.get_by_id(account_id)
    try:
        limits = json.loads(account.limits_json or "{}")
    except ValueError:
        limits = {}
    options: dict = {}
    if isinstance(limits.get("max_characters"), int) and limits["max_characters"] > 0:
        options["max_characters"] = limits["max_characters"]
    url = limits.get("characters_reserved_per_url")
    if account.platform in EDIT_PLATFORMS and isinstance(url, int) and url > 0:
        options["url_chars"] = url
    if spoiler_text and account.platform in EDIT_PLATFORMS:
        options["spoiler_text"] = spoiler_text
    platform = account.platform if account.platform in text_rules.PLATFORMS else Platform.MASTODON
    return text_rules.count(platform, text, **options)


def request_edit(item_id: int, text: str) -> int:
    """Queue a new text for the sent row ``item_id``; returns the edit row's id.

    Committed before anything is sent (the owner's text is safe from here on). Refuses, with
    what to do, where the platform or server has no edit, the post is gone, the text is empty,
    unchanged or too long.
    """
    item = _target(item_id)
    can = allowed(item_id)
    if not can.edit:
        code = "deleted" if item.deleted_at is not None or _pending(item_id, DELETE) else (
            "edit_not_allowed")
        raise ChangeRefused(code, can.edit_reason)
    if not text.strip():
        raise ChangeRefused("empty", "The new text is empty. To take the post down, delete it.")
    if text == latest_text(item_id):
        raise ChangeRefused("unchanged", "The new text is the same as the post's text.")
    counted = count_text(item.account_id, text, item.spoiler_text)
    if not counted.fits:
        raise ChangeRefused("too_long", f"The new text is {counted.count} long; the server "
                            f"accepts {counted.limit}. Shorten it.")
    return _enqueue(item, EDIT, text)


def request_delete(item_id: int) -> int:
    """Queue the deletion of the sent row ``item_id``; returns the delete row's id (the one
    already waiting, if the owner asked twice)."""
    item = _target(item_id)
    with write_tx():
        waiting = (OutboxItem.select(OutboxItem.id)
                   .where((OutboxItem.target == item_id) & (OutboxItem.kind == DELETE)
                          & OutboxItem.state.in_(list(PENDING))).scalar())
    if waiting is not None:
        return waiting
    can = allowed(item_id)
    if not can.delete:
        raise ChangeRefused("deleted" if item.deleted_at else "delete_not_allowed",
                            can.delete_reason)
    # the delete row shows what it takes down (the client does not send a text for it)
    return _enqueue(item, DELETE, latest_text(item_id))


def _target(item_id: int) -> OutboxItem:
    item = OutboxItem.get_or_none(OutboxItem.id == item_id)
    if item is None:
        raise ChangeRefused("no_item", f"There is no outbox item {item_id}.")
    if item.kind not in OutboxKind.POSTS:
        raise ChangeRefused("not_a_post", "Only a sent post or reply can be edited or deleted "
                            f"(item {item_id} is itself an {item.kind}).")
    if item.state != OutboxState.SENT or not item.remote_id:
        raise ChangeRefused("not_sent", f"Item {item_id} has not gone out ({item.state}); "
                            "change or cancel it in the outbox instead.")
    return item


def latest_text(item_id: int) -> str:
    """The text the post will show once the edits already queued are done."""
    last = (OutboxItem.select(OutboxItem.body)
            .where((OutboxItem.target == item_id) & (OutboxItem.kind == EDIT)
                   & OutboxItem.state.in_([*PENDING, OutboxState.SENT]))
            .order_by(OutboxItem.id.desc()).limit(1).scalar())
    return last if last is not None else current_text(item_id)


def _enqueue(item: OutboxItem, kind: str, body: str) -> int:
    with write_tx():
        row = OutboxItem.create(
            kind=kind, account=item.account_id, target=item.id, body=body,
            spoiler_text=item.spoiler_text, visibility=item.visibility, language=item.language,
            in_reply_to_remote_id=item.in_reply_to_remote_id, remote_id=item.remote_id,
            remote_url=item.remote_url, record_key=item.record_key,
            allow_server_schedule=False)
    return row.id


@dataclass(frozen=True)
class TargetRef:
    """What a platform client needs to find the sent post a change row points at."""

    target_id: int
    remote_id: str
    record_key: str
    is_reply: bool
    platform: str


def target_ref(change_id: int) -> TargetRef | None:
    row = (OutboxItem.select(OutboxItem.target, OutboxItem.remote_id, OutboxItem.record_key)
           .where(OutboxItem.id == change_id).first())
    if row is None or row.target_id is None:
        return None
    target = OutboxItem.get_or_none(OutboxItem.id == row.target_id)
    if target is None:
        return None
    platform = Account.select(Account.platform).where(Account.id == target.account_id).scalar()
    return TargetRef(target.id, target.remote_id, target.record_key,
                     target.kind == OutboxKind.REPLY, platform or "")


def mark_done(change_id: int, now: datetime, detail: str = "") -> None:
    """The change is on the platform: the row is done (``sent``) and the sent row and its
    ``Post`` show it (the current text, or deleted)."""
    with write_tx():
        change = OutboxItem.get_by_id(change_id)
        (OutboxItem.update(state=OutboxState.SENT, sent_at=now, next_attempt_at=None,
                           last_error="", note=detail, updated_at=now)
         .where(OutboxItem.id == change_id).execute())
        if change.target_id is None:
            return
        if change.kind == EDIT:
            OutboxItem.update(edited_at=now, updated_at=now).where(
                OutboxItem.id == change.target_id).execute()
            Post.update(text=change.body).where(Post.outbox == change.target_id).execute()
        else:
            OutboxItem.update(deleted_at=now, updated_at=now).where(
                OutboxItem.id == change.target_id).execute()
            # edits still waiting cannot apply to a deleted post
            (OutboxItem.update(state=OutboxState.FAILED, updated_at=now, next_attempt_at=None,
                               last_error="The post was deleted before this edit went out.")
             .where((OutboxItem.target == change.target_id) & (OutboxItem.kind == EDIT)
                    & OutboxItem.state.in_([OutboxState.QUEUED, OutboxState.FAILED]))
             .execute())


def edits_not_allowed(change_id: int, account_id: int, note: str) -> None:
    """The server refused the edit as a feature: remember it for this account (the window
    then says so before the owner types) — the profile keeps it until the server changes."""
    with write_tx():
        server_profiles.set_capability(account_id, "edits", False, note)


def versions(item_id: int) -> list[Version]:
    """The post's texts, oldest first: the one it was sent with, then every done edit."""
    item = OutboxItem.get_or_none(OutboxItem.id == item_id)
    if item is None:
        return []
    out = [Version(item.sent_at, item.body)]
    edits = (OutboxItem.select(OutboxItem.id, OutboxItem.sent_at, OutboxItem.body)
             .where((OutboxItem.target == item_id) & (OutboxItem.kind == EDIT)
                    & (OutboxItem.state == OutboxState.SENT))
             .order_by(OutboxItem.sent_at, OutboxItem.id))
    out.extend(Version(e.sent_at, e.body, e.id) for e in edits)
    return out


def changes_of(item_id: int) -> list[OutboxItem]:
    """Every edit and delete row of a sent row, oldest first (any state)."""
    return list(OutboxItem.select().where(OutboxItem.target == item_id).order_by(OutboxItem.id))


def due(account_id: int, now: datetime) -> list[int]:
    """Queued edit/delete rows of the account whose backoff is over, in the order asked."""
    query = (OutboxItem.select(OutboxItem.id)
             .where((OutboxItem.account == account_id) & (OutboxItem.state == OutboxState.QUEUED)
                    & OutboxItem.kind.in_(list(OutboxKind.CHANGES))
                    & (OutboxItem.next_attempt_at.is_null() | (OutboxItem.next_attempt_at <= now)))
             .order_by(OutboxItem.id))
    return [r.id for r in query]
