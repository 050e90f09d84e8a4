"""Bulk writes of what a sync pulled: people, mentions, follower edges, snapshots, metrics.

Each function writes a whole page with bulk upserts and expects to run inside the caller's
transaction (one per page), so a page lands completely or not at all, together with the cursor
that points past it. The FTS index follows the ``mention`` table through its triggers. Rows come
in as the platform dataclasses; nothing here talks to the network.

The upsert statements are generated once from the models (``insert_many(...).on_conflict(...)``
for one row) and then run with ``executemany`` over the page: the same SQL as a chunked
``insert_many``, without building a query tree of every value on every page, which cost more
than SQLite itself (benchmarks/bench_ingest.py) and held the GIL against the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar

from peewee import EXCLUDED, JOIN, SQL, Case

from mbdesk.platforms.base import AccountStats, PostMetrics, RemoteMention, RemotePerson
from mbdesk.store.models import (
    AccountSnapshot,
    FollowerEdge,
    Mention,
    MentionState,
    OutboxItem,
    Person,
    Post,
    PostMetricSnapshot,
    Stream,
    database_proxy,
)

T = TypeVar("T")
# Rows per statement: well under SQLite's 32,766 bound parameters for the widest table.
CHUNK = 400


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _sql_value(value: Any) -> Any:
    """What peewee would bind: datetimes as their ISO text (as the sqlite3 adapter wrote them)."""
    if isinstance(value, datetime | date):
        return str(value)
    return value


def _execute_many(sql: str, rows: Iterable[Sequence[Any]]) -> int:
    """Run one prepared statement over every row on this thread's connection; rows changed."""
    cursor = database_proxy.cursor()
    cursor.executemany(sql, [tuple(_sql_value(v) for v in row) for row in rows])
    return max(cursor.rowcount, 0)


def _one_row_sql(query, fields: Sequence[Any]) -> str:
    sql, params = query.sql()
    if len(params) != len(fields):  # every value must come from the row, in field order
        raise AssertionError(f"statement binds {len(params)} values for {len(fields)} fields")
    return sql


# --- people -----------------------------------------------------------------------------------

_PERSON_UPDATE = {
    Person.handle: EXCLUDED.handle,
    Person.display_name: EXCLUDED.display_name,
    Person.avatar_url: EXCLUDED.avatar_url,
    Person.bio: EXCLUDED.bio,
    Person.followers_count: EXCLUDED.followers_count,
    Person.following_count: EXCLUDED.following_count,
    Person.posts_count: EXCLUDED.posts_count,
    Person.verified: EXCLUDED.verified,
    Person.bot: EXCLUDED.bot,
    Person.updated_at: EXCLUDED.updated_at,
    # keep the latest interaction: a follower page (NULL) never erases a mention's time
    Person.last_interaction_at: Case(None, [(
        Person.last_interaction_at.is_null()
        | (EXCLUDED.last_interaction_at > Person.last_interaction_at),
        EXCLUDED.last_interaction_at)], Person.last_interaction_at),
}


_PERSON_FIELDS = [Person.platform, Person.remote_id, Person.handle, Person.display_name,
                  Person.avatar_url, Person.bio, Person.followers_count, Person.following_count,
                  Person.posts_count, Person.verified, Person.bot, Person.last_interaction_at,
                  Person.created_at, Person.updated_at]


@cache
def _person_upsert_sql() -> str:
    probe = [tuple(None for _ in _PERSON_FIELDS)]
    return _one_row_sql(Person.insert_many(probe, fields=_PERSON_FIELDS).on_conflict(
        conflict_target=[Person.platform, Person.remote_id], update=_PERSON_UPDATE),
        _PERSON_FIELDS)


def upsert_people(platform: str, people: Iterable[RemotePerson], now: datetime,
                  interactions: dict[str, datetime] | None = None) -> dict[str, int]:
    """Insert or refresh people; return remote_id → person id. The last copy of a person wins."""
    unique: dict[str, RemotePerson] = {}
    for p in people:
        if p.remote_id:
            unique[p.remote_id] = p
    if not unique:
        return {}
    interactions = interactions or {}
    rows = [(platform, p.remote_id, p.handle, p.display_name, p.avatar_url, p.bio,
             p.followers_count, p.following_count, p.posts_count, p.verified, p.bot,
             interactions.get(p.remote_id), now, now) for p in unique.values()]
    _execute_many(_person_upsert_sql(), rows)
    ids: dict[str, int] = {}
    keys = list(unique)
    for chunk in chunks(keys, 900):
        query = (Person.select(Person.remote_id, Person.id)
                 .where((Person.platform == platform) & Person.remote_id.in_(list(chunk))))
        ids.update(query.tuples())
    return ids


# --- mentions ---------------------------------------------------------------------------------

_MENTION_FIELDS = [Mention.account, Mention.remote_id, Mention.stream, Mention.watch,
                   Mention.kind, Mention.author, Mention.text_html, Mention.text_plain,
                   Mention.language, Mention.url, Mention.status_remote_id,
                   Mention.in_reply_to_remote_id, Mention.conversation_id, Mention.state,
                   Mention.created_at, Mention.received_at, Mention.thread_root_remote_id,
                   Mention.priority, Mention.negative, Mention.mentioned]


def ingest_mentions(account_id: int, platform: str, mentions: Sequence[RemoteMention],
                    now: datetime, *, stream: str = Stream.MENTIONS,
                    watch_id: int | None = None) -> int:
    """Store a page of mentions (and their authors); known ones are left as they are.

    Returns how many mentions were new.
    """
    if not mentions:
        return 0
    latest: dict[str, datetime] = {}
    for m in mentions:
        rid = m.author.remote_id
        if rid and (rid not in latest or m.created_at > latest[rid]):
            latest[rid] = m.created_at
    authors = upsert_people(platform, (m.author for m in mentions), now, latest)
    rows = [(account_id, m.remote_id, stream, watch_id, m.kind, authors.get(m.author.remote_id),
             m.text_html, m.text_plain, m.language, m.url, m.status_remote_id,
             m.in_reply_to_remote_id, m.conversation_id, MentionState.NEW, m.created_at, now,
             "", 0, False, " ".join(m.mentioned))
            for m in mentions if m.remote_id]
    return _execute_many(_mention_insert_sql(), rows)


@cache
def _mention_insert_sql() -> str:
    probe = [tuple(None for _ in _MENTION_FIELDS)]
    return _one_row_sql(Mention.insert_many(probe, fields=_MENTION_FIELDS).on_conflict_ignore(),
                        _MENTION_FIELDS)


# --- followers --------------------------------------------------------------------------------


def ingest_follower_page(account_id: int, platform: str, people: Sequence[RemotePerson],
                         walk_started: datetime, now: datetime, baseline: bool = False) -> int:
    """Record one page of a follower walk: new edges get ``first_seen`` = now, every edge seen
    gets ``last_seen`` = the walk's start (what the end-of-walk diff compares), and returning
    followers lose their ``lost_at``. Returns how many edges were new.

    In the account's first walk (``baseline``) the edges are the starting point: marked so,
    and not counted as new followers."""
    ids = upsert_people(platform, people, now)
    if not ids:
        return 0
    person_ids = list(ids.values())
    before = sum(FollowerEdge.select().where((FollowerEdge.account == account_id)
                                             & FollowerEdge.person.in_(list(chunk))).count()
                 for chunk in chunks(person_ids, 900))
    rows = [(account_id, pid, now, walk_started, None, baseline) for pid in person_ids]
    _execute_many(_edge_upsert_sql(), rows)
    return 0 if baseline else len(person_ids) - before


_EDGE_FIELDS = [FollowerEdge.account, FollowerEdge.person, FollowerEdge.first_seen,
                FollowerEdge.last_seen, FollowerEdge.lost_at, FollowerEdge.baseline]


@cache
def _edge_upsert_sql() -> str:
    probe = [tuple(None for _ in _EDGE_FIELDS)]
    return _one_row_sql(FollowerEdge.insert_many(probe, fields=_EDGE_FIELDS).on_conflict(
        conflict_target=[FollowerEdge.account, FollowerEdge.person],
        update={FollowerEdge.last_seen: EXCLUDED.last_seen, FollowerEdge.lost_at: SQL("NULL")}),
        _EDGE_FIELDS)


def finish_follower_walk(account_id: int, walk_started: datetime, now: datetime) -> int:
    """After a complete walk, everyone not seen since it started has left. Returns how many."""
    return (FollowerEdge.update(lost_at=now)
            .where((FollowerEdge.account == account_id) & FollowerEdge.lost_at.is_null()
                   & (FollowerEdge.last_seen < walk_started))
            .execute())


def seen_in_walk(account_id: int, walk_started: datetime) -> int:
    """How many different followers the walk that started at ``walk_started`` has seen
    (each page sets ``last_seen`` to the walk's start; a person on two pages counts once)."""
    return (FollowerEdge.select().where((FollowerEdge.account == account_id)
                                        & FollowerEdge.lost_at.is_null()
                                        & (FollowerEdge.last_seen >= walk_started)).count())


def current_follower_count(account_id: int) -> int:
    return (FollowerEdge.select().where((FollowerEdge.account == account_id)
                                        & FollowerEdge.lost_at.is_null()).count())


# --- counts -----------------------------------------------------------------------------------


def upsert_snapshot(account_id: int, day: date, stats: AccountStats) -> None:
    """Today's counts (one row per account and UTC day, refreshed on each sync of the day)."""
    (AccountSnapshot.insert(account=account_id, day=day, followers=stats.followers,
                            following=stats.following, posts=stats.posts)
     .on_conflict(conflict_target=[AccountSnapshot.account, AccountSnapshot.day],
                  update={AccountSnapshot.followers: EXCLUDED.followers,
                          AccountSnapshot.following: EXCLUDED.following,
                          AccountSnapshot.posts: EXCLUDED.posts})
     .execute())


def recent_post_ids(account_id: int, since: datetime) -> dict[str, int]:
    """remote_id → post id of our own posts published since ``since`` and not deleted by us
    (a post taken down through the outbox has no figures left to read: asking for it only
    costs a request and a "not found")."""
    query = (Post.select(Post.remote_id, Post.id)
             .join(OutboxItem, JOIN.LEFT_OUTER, on=(Post.outbox == OutboxItem.id))
             .where((Post.account == account_id) & (Post.published_at >= since)
                    & (Post.remote_id != "") & OutboxItem.deleted_at.is_null()))
    return dict(query.tuples())


def record_post_metrics(posts: dict[str, int], metrics: Sequence[PostMetrics],
                        now: datetime) -> int:
    rows = [(posts[m.remote_id], now, m.replies, m.reposts, m.favourites, m.clicks)
            for m in metrics if m.remote_id in posts]
    fields = [PostMetricSnapshot.post, PostMetricSnapshot.taken_at, PostMetricSnapshot.replies,
              PostMetricSnapshot.reposts, PostMetricSnapshot.favourites, PostMetricSnapshot.clicks]
    for chunk in chunks(rows):
        PostMetricSnapshot.insert_many(chunk, fields=fields).execute()
    return len(rows)


__all__ = [
    "current_follower_count",
    "finish_follower_walk",
    "ingest_follower_page",
    "ingest_mentions",
    "recent_post_ids",
    "record_post_metrics",
    "seen_in_walk",
    "upsert_people",
    "upsert_snapshot",
]
