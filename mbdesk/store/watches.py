"""Keyword watches per account (the shop's name, products, competitors, hashtags).

The sync engine pulls each enabled watch with ``client.search`` into the watch stream; hits are
unique per account (``(account, stream, remote_id)``), and :func:`drop_known_statuses` leaves out
posts that already reached the inbox as mentions, so one post is never triaged twice, and the
account's own posts (:func:`drop_own_posts`): a shop's own ``#hashtag`` post comes back from
every search and tag timeline, and is nothing to answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mbdesk.errors import MbdeskError
from mbdesk.platforms.base import RemoteMention
from mbdesk.store.models import Account, KeywordWatch, Mention, Stream, database_proxy


@dataclass(frozen=True)
class WatchRow:
    id: int
    account_id: int
    query: str
    kind: str
    enabled: bool
    hits: int


def list_watches(account_id: int | None = None) -> list[WatchRow]:
    sql = ("SELECT w.id, w.account_id, w.query, w.kind, w.enabled,"
           " (SELECT COUNT(*) FROM mention AS m WHERE m.watch_id = w.id)"
           " FROM keyword_watch AS w")
    params: list[int] = []
    if account_id is not None:
        sql += " WHERE w.account_id = ?"
        params.append(account_id)
    sql += " ORDER BY w.account_id, lower(w.query)"
    return [WatchRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5])
            for r in database_proxy.execute_sql(sql, params)]


def add_watch(account_id: int, query: str) -> int:
    """A new watch; ``#word`` watches a hashtag timeline, anything else is a keyword search."""
    text = " ".join(query.split())
    if not text or text == "#":
        raise MbdeskError("A watch needs a word or a #hashtag.")
    exists = KeywordWatch.get_or_none((KeywordWatch.account == account_id)
                                      & (KeywordWatch.query == text))
    if exists is not None:
        return exists.id
    kind = "hashtag" if text.startswith("#") else "keyword"
    return KeywordWatch.create(account=account_id, query=text, kind=kind).id


def set_enabled(watch_id: int, enabled: bool) -> None:
    KeywordWatch.update(enabled=enabled).where(KeywordWatch.id == watch_id).execute()


def remove_watch(watch_id: int) -> None:
    """Remove a watch; its hits stay in the inbox (their ``watch`` becomes empty)."""
    KeywordWatch.delete().where(KeywordWatch.id == watch_id).execute()


def _same_handle(author: str, mine: str) -> bool:
    """Whether a post's author handle names this account.

    Bluesky handles are global (``shop.bsky.social``). A Mastodon server shows its own users
    bare (``shop``) and others as ``user@domain``; the account's handle may be stored either
    way, so a bare author matches the local part of ``shop@domain`` (the search ran on the
    account's own server), while ``shop@elsewhere`` never matches a bare ``shop``.
    """
    author, mine = author.strip().lstrip("@").lower(), mine.strip().lstrip("@").lower()
    if not author or not mine:
        return False
    return author == mine or ("@" not in author and "@" in mine
                              and author == mine.split("@", 1)[0])


def drop_own_posts(account_id: int, mentions: Sequence[RemoteMention]) -> list[RemoteMention]:
    """Watch hits minus posts written by the account itself (its remote id, else its handle)."""
    row = Account.select(Account.remote_id, Account.handle).where(
        Account.id == account_id).tuples().first()
    if row is None:
        return list(mentions)
    remote_id, handle = row[0] or "", row[1] or ""
    return [m for m in mentions
            if not ((remote_id and m.author.remote_id == remote_id)
                    or _same_handle(m.author.handle, handle))]


def drop_known_statuses(account_id: int,
                        mentions: Sequence[RemoteMention]) -> list[RemoteMention]:
    """Watch hits minus posts this account already has as mentions (same status id) and minus
    its own posts (:func:`drop_own_posts`), for every platform in one place."""
    mentions = drop_own_posts(account_id, mentions)
    ids = list({m.status_remote_id for m in mentions if m.status_remote_id})
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        known.update(r[0] for r in Mention.select(Mention.status_remote_id).where(
            (Mention.account == account_id) & (Mention.stream == Stream.MENTIONS)
            & Mention.status_remote_id.in_(chunk)).tuples())
    return [m for m in mentions if m.status_remote_id not in known]
