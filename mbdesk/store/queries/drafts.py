"""Read queries for the drafts library: filtered pages, one draft's details, counts.

Pages are keyset-paged on ``(updated_at, id)`` so the 100th page costs what the first does.
Search uses ``draft_fts`` (trigram tokenizer: any substring of three or more characters, which
also works for Chinese); one- and two-character searches fall back to ``LIKE``, which the
trigram index cannot serve.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from peewee import SQL, Expression, fn

from mbdesk.store.models import Draft, DraftTarget, Media

PAGE_SIZE = 200
FTS_MIN_CHARS = 3
ARCHIVED = "archived"  # pseudo state for the filter: archived drafts of any state


@dataclass(frozen=True)
class DraftFilter:
    """What the library shows. ``state`` is a DraftState value, ``ARCHIVED`` or empty (all)."""

    text: str = ""
    category: str = ""
    state: str = ""
    account_id: int | None = None  # only drafts that go to this account


@dataclass(frozen=True)
class DraftRow:
    """One line of the library table."""

    id: int
    title: str
    first_line: str
    category: str
    state: str
    archived: bool
    updated_at: datetime
    target_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        """The title, or the body's first line for an untitled draft."""
        return self.title or self.first_line

    @property
    def cursor(self) -> tuple[datetime, int]:
        return (self.updated_at, self.id)


@dataclass(frozen=True)
class TargetDetail:
    account_id: int
    body: str | None
    diverged: bool


@dataclass(frozen=True)
class MediaDetail:
    id: int
    path: str
    mime_type: str
    alt_text: str
    width: int
    height: int
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class DraftDetail:
    """Everything the editor shows for one draft."""

    id: int
    uid: str
    title: str
    body: str
    category: str
    state: str
    archived: bool
    language: str
    hashtags: str
    link: str
    updated_at: datetime
    targets: tuple[TargetDetail, ...] = field(default_factory=tuple)
    media: tuple[MediaDetail, ...] = field(default_factory=tuple)
    created_at: datetime | None = None
    spoiler_text: str = ""  # content warning (Mastodon)
    visibility: str = "public"
    campaign: str = ""  # utm_campaign of its tagged links

    @property
    def target_ids(self) -> tuple[int, ...]:
        return tuple(t.account_id for t in self.targets)


def fts_phrase(text: str) -> str:
    """Quote the user's text as one FTS5 phrase, so operators and quotes are taken literally."""
    return '"' + text.replace('"', '""') + '"'


def _conditions(flt: DraftFilter) -> list[Expression]:
    conds: list[Expression] = []
    if flt.state == ARCHIVED:
        conds.append(Draft.archived == True)  # noqa: E712 (peewee expression)
    else:
        conds.append(Draft.archived == False)  # noqa: E712
        if flt.state:
            conds.append(Draft.state == flt.state)
    if flt.category:
        conds.append(Draft.category == flt.category)
    if flt.account_id is not None:
        # EXISTS per row on the (draft_id, account_id) unique index keeps the keyset scan.
        conds.append(fn.EXISTS(DraftTarget.select(SQL("1")).where(
            (DraftTarget.draft == Draft.id) & (DraftTarget.account == flt.account_id))))
    text = flt.text.strip()
    if len(text) >= FTS_MIN_CHARS:
        conds.append(Draft.id.in_(SQL(
            "(SELECT rowid FROM draft_fts WHERE draft_fts MATCH ?)", [fts_phrase(text)])))
    elif text:
        conds.append(Draft.title.contains(text) | Draft.body.contains(text))
    return conds


def _first_line(body_head: str) -> str:
    for line in body_head.splitlines():
        if line.strip():
            return line.strip()
    return ""


def list_drafts(flt: DraftFilter = DraftFilter(), *, after: tuple[datetime, int] | None = None,
                limit: int = PAGE_SIZE) -> list[DraftRow]:
    """One page of drafts, newest change first; pass the last row's ``cursor`` as ``after``."""
    conds = _conditions(flt)
    return _rows(conds, after, limit)


def draft_row(draft_id: int) -> DraftRow | None:
    """One draft as a library line (to update it in place after an autosave)."""
    rows = _rows([Draft.id == draft_id], None, 1)
    return rows[0] if rows else None


def _rows(conds: list[Expression], after: tuple[datetime, int] | None,
          limit: int) -> list[DraftRow]:
    if after is not None:
        updated, draft_id = after
        conds.append((Draft.updated_at < updated)
                     | ((Draft.updated_at == updated) & (Draft.id < draft_id)))
    # The targets come along as one correlated sub-select per row (an index lookup each),
    # which is cheaper than a second query with 200 ids.
    targets = (DraftTarget.select(fn.GROUP_CONCAT(DraftTarget.account))
               .where(DraftTarget.draft == Draft.id))
    query = (Draft
             .select(Draft.id, Draft.title, fn.substr(Draft.body, 1, 200).alias("head"),
                     Draft.category, Draft.state, Draft.archived, Draft.updated_at,
                     targets.alias("targets"))
             .where(*conds)
             .order_by(Draft.updated_at.desc(), Draft.id.desc())
             .limit(limit))
    return [DraftRow(id=r[0], title=r[1], first_line=_first_line(r[2] or ""), category=r[3],
                     state=r[4], archived=bool(r[5]), updated_at=_as_datetime(r[6]),
                     target_ids=_id_list(r[7]))
            for r in query.tuples()]


def _id_list(concatenated: str | int | None) -> tuple[int, ...]:
    if concatenated is None or concatenated == "":
        return ()
    return tuple(sorted(int(x) for x in str(concatenated).split(",")))


def _as_datetime(value: object) -> datetime:
    # Selected through .tuples() the field converter still runs, but be tolerant of raw text.
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def count_drafts(flt: DraftFilter = DraftFilter()) -> int:
    return Draft.select(fn.COUNT(Draft.id)).where(*_conditions(flt)).scalar() or 0


def get_draft(draft_id: int) -> DraftDetail | None:
    d = Draft.get_or_none(Draft.id == draft_id)
    if d is None:
        return None
    targets = tuple(
        TargetDetail(account_id=t.account_id, body=t.body, diverged=bool(t.diverged))
        for t in DraftTarget.select().where(DraftTarget.draft == draft_id)
        .order_by(DraftTarget.account))
    return DraftDetail(id=d.id, uid=d.uid, title=d.title, body=d.body, category=d.category,
                       state=d.state, archived=bool(d.archived), language=d.language,
                       hashtags=d.hashtags, link=d.link, updated_at=d.updated_at,
                       targets=targets, media=draft_media(draft_id), created_at=d.created_at,
                       spoiler_text=d.spoiler_text or "", visibility=d.visibility or "public",
                       campaign=d.campaign or "")


def draft_media(draft_id: int) -> tuple[MediaDetail, ...]:
    """The draft's own images in their order (outbox copies are not the draft's)."""
    query = (Media.select(Media.id, Media.path, Media.mime_type, Media.alt_text, Media.width,
                          Media.height, Media.size_bytes, Media.sha256)
             .where(Media.draft == draft_id).order_by(Media.position, Media.id))
    return tuple(MediaDetail(*row) for row in query.tuples())
