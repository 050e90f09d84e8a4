"""Feeds whose entries become drafts: the feeds, what each check found, every entry seen.

:func:`store_entries` is where "each entry once" holds: in one write transaction (the write lock
taken at BEGIN, so the window and ``mbdesk feeds check`` never both decide on the same entry) it
keeps the entries whose key this feed has never had, makes their drafts and remembers their
keys. A re-fetch, a reordered feed, an edited entry or a restart find the key and do nothing.

The first check of a feed turns only its newest :data:`FIRST_CHECK_DRAFTS` entries into drafts
and remembers the older ones without a draft: adding a shop's feed with 300 old posts should
not bury the drafts list. Later checks turn every new entry into a draft, at most
:data:`MAX_DRAFTS_PER_CHECK` at a time (the rest wait for the next check).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import IntegrityError, fn

from mbdesk.domain.feed_entries import FeedItem, ParsedFeed, draft_body, newest_first
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account, Feed, FeedAccount, FeedEntry, database_proxy, utcnow

FIRST_CHECK_DRAFTS = 10
MAX_DRAFTS_PER_CHECK = 100
_CHUNK = 400  # keys per IN (...) look-up


class FeedExists(ValueError):
    def __init__(self, feed_id: int) -> None:
        super().__init__(f"feed {feed_id} has this address already")
        self.feed_id = feed_id


@dataclass(frozen=True)
class FeedRow:
    id: int
    url: str
    title: str
    site_url: str
    added_at: datetime
    checked_at: datetime | None
    last_result: str  # "" never checked | ok | not_modified | a problem code
    last_error: str
    drafts_made: int
    entries_seen: int
    account_ids: tuple[int, ...] = ()  # default targets of its drafts


@dataclass(frozen=True)
class Stored:
    new_drafts: tuple[int, ...]
    remembered: int  # entries seen for the first time without a draft (first check)
    waiting: int  # new entries left for the next check (more than one check takes)


def _row(feed: Feed, entries: int, account_ids: tuple[int, ...] = ()) -> FeedRow:
    return FeedRow(id=feed.id, url=feed.url, title=feed.title, site_url=feed.site_url,
                   added_at=feed.added_at, checked_at=feed.checked_at,
                   last_result=feed.last_result, last_error=feed.last_error,
                   drafts_made=feed.drafts_made, entries_seen=entries, account_ids=account_ids)


def feed_accounts(feed_id: int) -> tuple[int, ...]:
    """The accounts ticked on the drafts this feed makes (the account list's order)."""
    return tuple(i for (i,) in FeedAccount.select(FeedAccount.account).join(Account)
                 .where(FeedAccount.feed == feed_id)
                 .order_by(Account.platform, Account.handle).tuples())


def set_feed_accounts(feed_id: int, account_ids: list[int] | tuple[int, ...]) -> None:
    """Replace the feed's default target accounts (drafts already made keep theirs)."""
    with database_proxy.atomic():
        FeedAccount.delete().where(FeedAccount.feed == feed_id).execute()
        for account_id in dict.fromkeys(account_ids):
            FeedAccount.create(feed=feed_id, account=account_id)


def add_feed(url: str, title: str = "", site_url: str = "") -> int:
    """Remember a feed (not checked yet); raises :class:`FeedExists` for a known address."""
    existing = Feed.get_or_none(Feed.url == url)
    if existing is not None:
        raise FeedExists(existing.id)
    try:
        return Feed.create(url=url, title=title, site_url=site_url).id
    except IntegrityError:  # another process added it meanwhile
        raise FeedExists(Feed.get(Feed.url == url).id) from None


def remove_feed(feed_id: int) -> bool:
    """Forget a feed and the entries it had; the drafts it made stay."""
    return bool(Feed.delete().where(Feed.id == feed_id).execute())


def get_feed(feed_id: int) -> FeedRow | None:
    feed = Feed.get_or_none(Feed.id == feed_id)
    if feed is None:
        return None
    return _row(feed, FeedEntry.select().where(FeedEntry.feed == feed_id).count(),
                feed_accounts(feed_id))


def list_feeds() -> list[FeedRow]:
    counts = dict(FeedEntry.select(FeedEntry.feed, fn.COUNT(FeedEntry.id))
                  .group_by(FeedEntry.feed).tuples())
    targets: dict[int, list[int]] = {}
    for feed_id, account_id in (FeedAccount.select(FeedAccount.feed, FeedAccount.account)
                                .join(Account).order_by(Account.platform, Account.handle)
                                .tuples()):
        targets.setdefault(feed_id, []).append(account_id)
    return [_row(f, counts.get(f.id, 0), tuple(targets.get(f.id, ())))
            for f in Feed.select().order_by(Feed.id)]


def feed_ids() -> list[int]:
    return [i for (i,) in Feed.select(Feed.id).order_by(Feed.id).tuples()]


def validators(feed_id: int) -> tuple[str, str]:
    """(ETag, Last-Modified) for the next conditional GET."""
    feed = Feed.get_or_none(Feed.id == feed_id)
    return (feed.etag, feed.last_modified) if feed is not None else ("", "")


def record_problem(feed_id: int, code: str, detail: str) -> None:
    Feed.update(checked_at=utcnow(), last_result=code, last_error=detail[:500]).where(
        Feed.id == feed_id).execute()


def record_not_modified(feed_id: int) -> None:
    Feed.update(checked_at=utcnow(), last_result="not_modified", last_error="").where(
        Feed.id == feed_id).execute()


def _known_keys(feed_id: int, keys: list[str]) -> set[str]:
    known: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        known.update(k for (k,) in FeedEntry.select(FeedEntry.entry_key).where(
            (FeedEntry.feed == feed_id) & FeedEntry.entry_key.in_(chunk)).tuples())
    return known


def _make_draft(item: FeedItem, language: str, targets: tuple[int, ...] = ()) -> int:
    return save_draft(None, DraftInput(title=item.title or item.link[:200], body=draft_body(item),
                                       language=language, link=item.link, target_ids=targets))


def store_entries(feed_id: int, parsed: ParsedFeed, etag: str = "",
                  last_modified: str = "") -> Stored:
    """Make drafts of the entries this feed never had and record the check; see the module
    docstring for the first check. Returns the new drafts' ids (oldest entry first)."""
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        feed = Feed.get_or_none(Feed.id == feed_id)
        if feed is None:  # removed while it was being fetched
            return Stored((), 0, 0)
        first = not FeedEntry.select().where(FeedEntry.feed == feed_id).exists()
        ordered = newest_first(parsed.items)
        known = _known_keys(feed_id, [i.key for i in ordered])
        new = [i for i in ordered if i.key not in known]
        limit = FIRST_CHECK_DRAFTS if first else MAX_DRAFTS_PER_CHECK
        drafted, rest = new[:limit], new[limit:]
        remembered = rest if first else []
        if rest and not first:
            etag = last_modified = ""  # the next check must read the whole feed again
        now = utcnow()
        ids = []
        targets = feed_accounts(feed_id)
        for item in reversed(drafted):  # oldest first: the newest entry is the newest draft
            draft_id = _make_draft(item, parsed.language, targets)
            ids.append(draft_id)
            FeedEntry.create(feed=feed_id, entry_key=item.key, title=item.title,
                             link=item.link, draft=draft_id, seen_at=now)
        for start in range(0, len(remembered), _CHUNK):
            FeedEntry.insert_many([
                {"feed": feed_id, "entry_key": i.key, "title": i.title, "link": i.link,
                 "draft": None, "seen_at": now}
                for i in remembered[start:start + _CHUNK]]).execute()
        fields = dict(checked_at=now, last_result="ok", last_error="",
                      drafts_made=Feed.drafts_made + len(ids), etag=etag,
                      last_modified=last_modified)
        if parsed.title:
            fields["title"] = parsed.title
        if parsed.site_url:
            fields["site_url"] = parsed.site_url
        Feed.update(**fields).where(Feed.id == feed_id).execute()
    return Stored(tuple(ids), len(remembered), 0 if first else len(rest))
