"""Writes about people: tags (built-in kinds and the owner's own), tagging, notes, dismissals.

Every function runs its statements in one transaction, so a merge or a bulk tagging lands whole
or not at all. Built-in tags (customer, KOL, potential customer) are made on first use and are
never deleted or merged away: the suggestion rules add them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mbdesk.errors import MbdeskError
from mbdesk.store.models import (
    Note,
    PersonTag,
    SuggestionDismissal,
    Tag,
    TagKind,
    database_proxy,
    utcnow,
)

BUILTIN_NAMES = {TagKind.CUSTOMER: "Customer", TagKind.KOL: "KOL",
                 TagKind.POTENTIAL: "Potential customer"}
BUILTIN_COLORS = {TagKind.CUSTOMER: "#16a34a", TagKind.KOL: "#d97706",
                  TagKind.POTENTIAL: "#2563eb"}
CUSTOM_COLORS = ("#db2777", "#7c3aed", "#0891b2", "#65a30d", "#ea580c", "#64748b")


class TagError(MbdeskError):
    """A tag operation the owner asked for that cannot be done (name taken, built-in...)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


def ensure_builtin_tags(names: Mapping[str, str] | None = None) -> dict[str, int]:
    """Make sure one tag of each built-in kind exists; kind → tag id.

    ``names`` gives the names to create them with (the interface language); an existing tag of
    the kind is kept whatever the owner renamed it to.
    """
    names = {**BUILTIN_NAMES, **(names or {})}
    out: dict[str, int] = {}
    with database_proxy.atomic():
        for kind in TagKind.BUILTIN:
            tag = Tag.select().where(Tag.kind == kind).order_by(Tag.id).first()
            if tag is None:
                name = names[kind]
                if Tag.get_or_none(Tag.name == name) is not None:
                    name = BUILTIN_NAMES[kind] if name != BUILTIN_NAMES[kind] else f"{name} ★"
                tag = Tag.create(name=name, kind=kind, color=BUILTIN_COLORS[kind])
            out[kind] = tag.id
    return out


def tag_of_kind(kind: str) -> int:
    """The id of the (first) tag of a built-in kind, made when missing."""
    return ensure_builtin_tags()[kind]


def find_tag(name: str) -> Tag | None:
    """A tag by name, case-insensitively."""
    return Tag.select().where(Tag.name.collate("NOCASE") == name.strip()).first()


def create_tag(name: str, color: str | None = None) -> int:
    name = name.strip()
    if not name:
        raise TagError("A tag needs a name.")
    if find_tag(name) is not None:
        raise TagError(f"A tag named “{name}” exists already.")
    if color is None:
        color = CUSTOM_COLORS[Tag.select().count() % len(CUSTOM_COLORS)]
    return Tag.create(name=name, kind=TagKind.CUSTOM, color=color).id


def get_or_create_tag(name: str) -> int:
    tag = find_tag(name)
    return tag.id if tag is not None else create_tag(name)


def rename_tag(tag_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise TagError("A tag needs a name.")
    other = find_tag(name)
    if other is not None and other.id != tag_id:
        raise TagError(f"A tag named “{name}” exists already; merge them instead.")
    Tag.update(name=name).where(Tag.id == tag_id).execute()


def recolor_tag(tag_id: int, color: str) -> None:
    Tag.update(color=color).where(Tag.id == tag_id).execute()


def merge_tags(source_id: int, target_id: int) -> int:
    """Move everyone tagged ``source`` to ``target`` and delete ``source``.

    People who carried both keep one link. Returns how many people carry ``target`` after.
    """
    if source_id == target_id:
        raise TagError("A tag cannot be merged into itself.")
    source = Tag.get_by_id(source_id)
    if source.kind in TagKind.BUILTIN:
        raise TagError("A built-in tag cannot be merged away; merge the other tag into it.")
    Tag.get_by_id(target_id)
    with database_proxy.atomic():
        database_proxy.execute_sql(
            "INSERT OR IGNORE INTO person_tag (person_id, tag_id, created_at)"
            " SELECT person_id, ?, created_at FROM person_tag WHERE tag_id = ?",
            [target_id, source_id])
        Tag.delete().where(Tag.id == source_id).execute()  # its links go with it (cascade)
    return PersonTag.select().where(PersonTag.tag == target_id).count()


def delete_tag(tag_id: int) -> int:
    """Delete a custom tag and its links; returns how many people carried it."""
    tag = Tag.get_by_id(tag_id)
    if tag.kind in TagKind.BUILTIN:
        raise TagError("Built-in tags cannot be deleted (rename them instead).")
    with database_proxy.atomic():
        count = PersonTag.select().where(PersonTag.tag == tag_id).count()
        tag.delete_instance()
    return count


def tag_people(person_ids: Iterable[int], tag_id: int) -> int:
    """Add one tag to many people (already tagged ones are left alone); returns how many new."""
    ids = list(dict.fromkeys(person_ids))
    added = 0
    now = str(utcnow())
    with database_proxy.atomic():
        cursor = database_proxy.cursor()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor.executemany(
                "INSERT OR IGNORE INTO person_tag (person_id, tag_id, created_at) VALUES (?, ?, ?)",
                [(pid, tag_id, now) for pid in chunk])
            added += max(cursor.rowcount, 0)
    return added


def untag_people(person_ids: Iterable[int], tag_id: int) -> int:
    ids = list(dict.fromkeys(person_ids))
    removed = 0
    with database_proxy.atomic():
        for start in range(0, len(ids), 500):
            removed += (PersonTag.delete()
                        .where((PersonTag.tag == tag_id)
                               & PersonTag.person.in_(ids[start:start + 500])).execute())
    return removed


def save_note(person_id: int, text: str) -> None:
    """The person's notes become ``text`` (one note; empty text removes it)."""
    now = utcnow()
    with database_proxy.atomic():
        notes = list(Note.select().where(Note.person == person_id).order_by(Note.id))
        if not text.strip():
            Note.delete().where(Note.person == person_id).execute()
            return
        if notes:
            first = notes[0]
            if first.body != text or len(notes) > 1:
                Note.update(body=text, updated_at=now).where(Note.id == first.id).execute()
                Note.delete().where((Note.person == person_id) & (Note.id != first.id)).execute()
        else:
            Note.create(person=person_id, body=text, created_at=now, updated_at=now)


def dismiss_suggestion(person_id: int, rule: str) -> None:
    (SuggestionDismissal.insert(person=person_id, rule=rule, dismissed_at=utcnow())
     .on_conflict_replace().execute())


def dismissed_rules(person_id: int) -> frozenset[str]:
    return frozenset(r for (r,) in SuggestionDismissal.select(SuggestionDismissal.rule)
                     .where(SuggestionDismissal.person == person_id).tuples())
