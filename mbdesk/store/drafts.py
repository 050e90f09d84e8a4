"""Write operations on drafts: save, duplicate, archive. Each runs in one transaction.

A draft's targets are kept in step with the accounts the owner ticked; a target that stays
ticked keeps its own (diverged) text, so saving the main text never overwrites a hand-written
Weibo variant.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mbdesk.store.models import (
    Category,
    Draft,
    DraftState,
    DraftTarget,
    Media,
    database_proxy,
    utcnow,
)


@dataclass(frozen=True)
class MediaInput:
    """One image of the draft, already checked and copied into the workspace."""

    path: str
    alt_text: str = ""
    mime_type: str = ""
    width: int = 0
    height: int = 0
    size_bytes: int = 0
    sha256: str = ""
    id: int | None = None  # None: not saved yet


@dataclass(frozen=True)
class DraftInput:
    """What the editor hands over on Save.

    ``variants`` (account id → own text) replaces every target's variant when given; None
    leaves them as they are. ``media`` (in order) replaces the draft's images when given.
    """

    title: str
    body: str
    category: str = Category.PRODUCT
    target_ids: tuple[int, ...] = ()
    language: str = ""
    hashtags: str = ""
    link: str = ""
    variants: Mapping[int, str] | None = None
    media: tuple[MediaInput, ...] | None = None
    spoiler_text: str = ""  # content warning (Mastodon)
    visibility: str = "public"  # Mastodon: public, unlisted, private, direct
    campaign: str | None = None  # utm_campaign of the tagged links; None leaves it as it is


def save_draft(draft_id: int | None, data: DraftInput) -> int:
    """Create (``draft_id`` None) or update a draft and its targets; return its id."""
    if data.category not in Category.ALL:
        raise ValueError(f"unknown category {data.category!r}")
    now = utcnow()
    fields = dict(title=data.title.strip(), body=data.body, category=data.category,
                  language=data.language, hashtags=data.hashtags, link=data.link,
                  spoiler_text=data.spoiler_text, visibility=data.visibility or "public",
                  updated_at=now)
    if data.campaign is not None:
        fields["campaign"] = data.campaign.strip()
    with database_proxy.atomic():
        if draft_id is None:
            draft_id = Draft.create(**fields, created_at=now).id
        else:
            updated = Draft.update(**fields).where(Draft.id == draft_id).execute()
            if not updated:
                raise LookupError(f"draft {draft_id} does not exist")
        _set_targets(draft_id, data.target_ids)
        if data.variants is not None:
            _set_variants(draft_id, data.variants)
        if data.media is not None:
            _set_media(draft_id, data.media)
    return draft_id


def _set_variants(draft_id: int, variants: Mapping[int, str]) -> None:
    now = utcnow()
    for target in DraftTarget.select().where(DraftTarget.draft == draft_id):
        own = variants.get(target.account_id)
        if own is None:
            if target.diverged or target.body is not None:
                DraftTarget.update(body=None, diverged=False, updated_at=now).where(
                    DraftTarget.id == target.id).execute()
        elif not target.diverged or target.body != own:
            DraftTarget.update(body=own, diverged=True, updated_at=now).where(
                DraftTarget.id == target.id).execute()


def _set_media(draft_id: int, media: tuple[MediaInput, ...]) -> None:
    keep = {m.id for m in media if m.id is not None}
    gone = Media.delete().where(Media.draft == draft_id)
    if keep:
        gone = gone.where(Media.id.not_in(sorted(keep)))
    gone.execute()
    for position, m in enumerate(media):
        if m.id is not None:
            Media.update(alt_text=m.alt_text, position=position).where(
                (Media.id == m.id) & (Media.draft == draft_id)).execute()
        else:
            Media.create(draft=draft_id, path=m.path, mime_type=m.mime_type,
                         alt_text=m.alt_text, width=m.width, height=m.height,
                         size_bytes=m.size_bytes, sha256=m.sha256, position=position)


def _set_targets(draft_id: int, account_ids: Iterable[int]) -> None:
    wanted = set(account_ids)
    have = {t for (t,) in DraftTarget.select(DraftTarget.account)
            .where(DraftTarget.draft == draft_id).tuples()}
    gone = have - wanted
    if gone:
        DraftTarget.delete().where((DraftTarget.draft == draft_id)
                                   & DraftTarget.account.in_(sorted(gone))).execute()
    new = sorted(wanted - have)
    if new:
        DraftTarget.insert_many(
            [{"draft": draft_id, "account": a, "updated_at": utcnow()} for a in new]).execute()


def duplicate_draft(draft_id: int, title: str | None = None) -> int:
    """Copy a draft (text, targets with their variants, media rows) as a new plain draft.

    ``title`` is the copy's title (the UI passes a translated "… (copy)"); default: the same.
    """
    now = utcnow()
    with database_proxy.atomic():
        src = Draft.get_by_id(draft_id)
        copy = Draft.create(
            title=src.title if title is None else title, body=src.body,
            spoiler_text=src.spoiler_text, category=src.category, language=src.language,
            hashtags=src.hashtags, link=src.link, visibility=src.visibility,
            state=DraftState.DRAFT, archived=False,
            created_at=now, updated_at=now)
        targets = [{"draft": copy.id, "account": t.account_id, "body": t.body,
                    "spoiler_text": t.spoiler_text, "diverged": t.diverged, "updated_at": now}
                   for t in DraftTarget.select().where(DraftTarget.draft == draft_id)]
        if targets:
            DraftTarget.insert_many(targets).execute()
        media = [{"draft": copy.id, "path": m.path, "mime_type": m.mime_type,
                  "alt_text": m.alt_text, "width": m.width, "height": m.height,
                  "size_bytes": m.size_bytes, "sha256": m.sha256, "position": m.position,
                  "created_at": now}
                 for m in Media.select().where(Media.draft == draft_id)]
        if media:
            Media.insert_many(media).execute()
    return copy.id


def archive_draft(draft_id: int, archived: bool = True) -> None:
    """Hide a draft from the library (or bring it back); drafts are never deleted here."""
    Draft.update(archived=archived, updated_at=utcnow()).where(Draft.id == draft_id).execute()
