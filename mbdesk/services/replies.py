"""Replying from the inbox: a reply is an outbox row at once, and goes out through the sync.

No network here: :func:`queue_reply` commits the row (and, with the setting
``reply_marks_done``, archives the mention) and returns; the sync engine sends it exactly once
(the row's uid is the Idempotency-Key). A failed reply can be edited and queued again.
"""

from __future__ import annotations

from collections.abc import Iterable

from mbdesk.domain import replies as reply_rules
from mbdesk.errors import MbdeskError
from mbdesk.store import inbox as inbox_store
from mbdesk.store import outbox, settings
from mbdesk.store.models import (
    Account,
    Mention,
    MentionState,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Person,
    new_uid,
    utcnow,
)
from mbdesk.store.post_queue import NewPost, queue_posts


def addressees(mention: Mention) -> tuple[list[str], str]:
    """(the handles a reply to ``mention`` starts with, our account's handle): the author and
    the others its post named, on platforms where only @handles notify (domain.replies)."""
    account = Account.get_by_id(mention.account_id)
    author = Person.get_or_none(Person.id == mention.author_id) if mention.author_id else None
    handles = reply_rules.addressees(account.platform, author.handle if author else "",
                                     mention.mentioned.split(), account.handle)
    return handles, account.handle


def queue_reply(mention_id: int, body: str, drop: Iterable[str] = ()) -> int:
    """Commit a reply to ``mention_id``; returns the outbox row id.

    On Mastodon the text is addressed first: ``@author`` and every other account the post
    named, except those in ``drop`` (the user's choice) and those the text already names."""
    text = body.strip()
    if not text:
        raise MbdeskError("A reply needs some text.")
    mention = Mention.get_or_none(Mention.id == mention_id)
    if mention is None:
        raise MbdeskError(f"No mention with id {mention_id}.")
    handles, own = addressees(mention)
    dropped = {h.strip().lstrip("@").lower() for h in drop}
    if handles and handles[0].lower() in dropped:
        raise MbdeskError(f"The author @{handles[0]} is always addressed: without the @handle "
                          "Mastodon does not notify them of the reply.",
                          hint="Drop only the other people the post named.")
    text = reply_rules.address(text, [h for h in handles if h.lower() not in dropped], own)
    # the one way in (store.post_queue): counted as the server counts, as every post is
    [item_id] = queue_posts([NewPost(mention.account_id, text, kind=OutboxKind.REPLY,
                                     in_reply_to_remote_id=mention.status_remote_id,
                                     mention_id=mention.id, language=mention.language)],
                            None).ids
    if settings.get("reply_marks_done"):
        inbox_store.set_state([mention.id], MentionState.DONE)
    return item_id


def edit_and_retry(item_id: int, body: str) -> bool:
    """A failed reply with new text goes back to the queue. It never reached the server, and
    its text changed, so it gets a fresh key: the old one can never stand for the new text."""
    text = body.strip()
    if not text:
        raise MbdeskError("A reply needs some text.")
    item = OutboxItem.get_or_none(OutboxItem.id == item_id)
    if item is None or item.state != OutboxState.FAILED:
        return False
    platform = Account.get_by_id(item.account_id).platform
    with outbox.write_tx():
        return (OutboxItem.update(body=text, state=OutboxState.QUEUED, uid=new_uid(),
                                  record_key=outbox.record_key_for(platform), attempts=0,
                                  first_attempt_at=None, next_attempt_at=None, last_error="",
                                  updated_at=utcnow())
                .where((OutboxItem.id == item_id) & (OutboxItem.state == OutboxState.FAILED))
                .execute()) > 0


def discard_failed(item_id: int) -> bool:
    return outbox.delete_local(item_id)
