"""Read queries of the conversation pane: the author's card, our replies, their state.

Plain dataclasses out, no Qt. The thread itself comes from ``mbdesk.store.threads``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mbdesk.store.models import (
    Mention,
    Note,
    OutboxItem,
    OutboxKind,
    Person,
    PersonTag,
    Tag,
)


@dataclass(frozen=True)
class AuthorCard:
    person_id: int
    handle: str
    display_name: str
    bio: str
    followers_count: int
    verified: bool
    tags: list[tuple[str, str, str]]  # (name, kind, color)
    notes: list[str]
    mention_count: int


@dataclass(frozen=True)
class ReplyRow:
    id: int
    body: str
    state: str
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    mention_id: int | None
    remote_url: str


def author_card(person_id: int | None) -> AuthorCard | None:
    if person_id is None:
        return None
    p = Person.get_or_none(Person.id == person_id)
    if p is None:
        return None
    tags = [(t.name, t.kind, t.color) for t in
            Tag.select().join(PersonTag).where(PersonTag.person == person_id).order_by(Tag.name)]
    notes = [n.body for n in Note.select().where(Note.person == person_id)
             .order_by(Note.updated_at.desc()).limit(5)]
    count = Mention.select().where(Mention.author == person_id).count()
    return AuthorCard(p.id, p.handle, p.display_name, p.bio, p.followers_count,
                      bool(p.verified), tags, notes, count)


def _rows(query) -> list[ReplyRow]:
    return [ReplyRow(i.id, i.body, i.state, i.last_error, i.created_at, i.sent_at, i.mention_id,
                     i.remote_url) for i in query]


def replies_to_mention(mention_id: int) -> list[ReplyRow]:
    """Our replies to this mention, oldest first, whatever their state (queued, failed...)."""
    return _rows(OutboxItem.select().where((OutboxItem.mention == mention_id)
                                           & (OutboxItem.kind == OutboxKind.REPLY))
                 .order_by(OutboxItem.created_at, OutboxItem.id))


def earlier_replies_to_person(person_id: int | None, exclude_mention: int | None = None,
                              limit: int = 10) -> list[ReplyRow]:
    """The shop's replies to this person's other mentions, newest first."""
    if person_id is None:
        return []
    query = (OutboxItem.select(OutboxItem)
             .join(Mention, on=(OutboxItem.mention == Mention.id))
             .where((Mention.author == person_id) & (OutboxItem.kind == OutboxKind.REPLY)))
    if exclude_mention is not None:
        query = query.where(Mention.id != exclude_mention)
    return _rows(query.order_by(OutboxItem.created_at.desc()).limit(limit))
