"""Read queries for the followers screen: pages of followers, header totals, one person.

A follower row is a person with at least one follower edge in scope (one account, or all).
Rows come newest follower first, ordered by the person's earliest edge in scope, with keyset
paging on ``(first_seen, edge id)`` over the ``follower_edge(first_seen)`` indexes, so a page
costs the same at row 200 as at row 40,000. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from mbdesk.store.models import database_proxy, utcnow

PAGE_SIZE = 200
WEEK = timedelta(days=7)
SORT_LIMIT = 2_000  # matched people up to which sorting them beats walking the date index


def like_pattern(text: str) -> str:
    """A ``LIKE ... ESCAPE '\\'`` pattern matching ``text`` anywhere, wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class PeopleFilter:
    """What the followers table shows; ``None``/empty/False means "any"."""

    account_id: int | None = None
    tag_id: int | None = None
    new_this_week: bool = False
    lost: bool = False
    search: str = ""  # name, handle or note text; "@abc" is a handle prefix
    platform: str | None = None
    sort: str = "newest"  # one of SORTS


# Orders of the followers list. "newest" pages by keyset over the date index; the others are
# ORDER BY ... LIMIT/OFFSET (a sort of the matching rows, or a walk of person indexes).
SORTS: dict[str, str] = {
    "newest": "e.first_seen DESC, e.id DESC",
    "oldest": "e.first_seen ASC, e.id ASC",
    "followers": "p.followers_count DESC, p.id DESC",
    "name": "COALESCE(NULLIF(p.display_name, ''), p.handle) COLLATE NOCASE ASC, p.id ASC",
    "interaction": "p.last_interaction_at DESC, p.id DESC",  # never-interacted (NULL) last
}


@dataclass(frozen=True)
class TagChip:
    id: int
    name: str
    kind: str
    color: str


@dataclass(frozen=True)
class FollowerRow:
    person_id: int
    edge_id: int  # the edge that placed the row: with first_seen, its keyset position
    display_name: str
    handle: str
    platform: str
    followers_count: int
    first_seen: datetime  # naive UTC, earliest edge in scope
    lost: bool  # follows none of the accounts in scope any more
    tags: tuple[TagChip, ...] = ()
    last_interaction_at: datetime | None = None
    position: int = 0  # the row's index in the list (the paging key of the non-date orders)
    baseline: bool = False  # already following at the first look: first_seen is that look

    @property
    def key(self) -> tuple[datetime, int]:
        return (self.first_seen, self.edge_id)


@dataclass(frozen=True)
class FollowerTotals:
    followers_now: int  # active follower edges (a person following two accounts counts twice)
    new_this_week: int
    lost_this_week: int


@dataclass(frozen=True)
class FollowedAccount:
    account_id: int
    account_name: str
    account_color: str
    first_seen: datetime
    lost_at: datetime | None
    baseline: bool = False  # already following when mbdesk first looked (at first_seen)


@dataclass(frozen=True)
class PersonDetail:
    id: int
    platform: str
    handle: str
    display_name: str
    bio: str
    followers_count: int
    following_count: int
    posts_count: int
    verified: bool
    bot: bool
    last_interaction_at: datetime | None
    mentions_count: int
    follows: tuple[FollowedAccount, ...] = ()
    tags: tuple[TagChip, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def _dt(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _stamp(value: datetime) -> str:
    """The text form peewee stores a naive datetime in (comparable as a string)."""
    return value.isoformat(sep=" ")


def handle_prefix_range(text: str) -> tuple[str, str] | None:
    """``@abc`` searches handles starting with ``abc`` as an index range; else ``None``."""
    if not text.startswith("@") or len(text) < 2 or any(c in text for c in " %_"):
        return None
    prefix = text[1:].lower()
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _where(flt: PeopleFilter, now: datetime) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.account_id is not None:
        clauses.append("e.account_id = ?")
        params.append(flt.account_id)
        if flt.lost:
            clauses.append("e.lost_at IS NOT NULL")
    else:
        # One row per person: keep only the earliest of their edges.
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM follower_edge AS e2 WHERE e2.person_id = e.person_id"
            " AND (e2.first_seen, e2.id) < (e.first_seen, e.id))")
        if flt.lost:
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM follower_edge AS e3 WHERE e3.person_id = e.person_id"
                " AND e3.lost_at IS NULL)")
    if flt.new_this_week:
        clauses.append("e.first_seen >= ? AND e.baseline = 0")
        params.append(_stamp(now - WEEK))
    # Tag, search and "lost" narrow the people first. A short list of matches is fetched once
    # and its edges sorted; a long one is checked while walking the date index ("+").
    people_sql: list[str] = []
    people_params: list[Any] = []
    if flt.tag_id is not None:
        people_sql.append("SELECT person_id FROM person_tag WHERE tag_id = ?")
        people_params.append(flt.tag_id)
    if flt.lost and flt.account_id is None:
        people_sql.append("SELECT person_id FROM follower_edge WHERE lost_at IS NOT NULL")
    if flt.platform:
        people_sql.append("SELECT id FROM person WHERE platform = ?")
        people_params.append(flt.platform)
    term = flt.search.strip()
    prefix = handle_prefix_range(term)
    if prefix is not None:
        people_sql.append("SELECT id FROM person WHERE handle >= ? AND handle < ?")
        people_params += list(prefix)
    elif term:
        pattern = like_pattern(term.lstrip("@"))
        people_sql.append("SELECT id FROM person WHERE display_name LIKE ? ESCAPE '\\'"
                          " OR handle LIKE ? ESCAPE '\\'"
                          " UNION SELECT person_id FROM note WHERE body LIKE ? ESCAPE '\\'")
        people_params += [pattern, pattern, pattern]
    if people_sql:
        matched = " INTERSECT ".join(people_sql)
        ids = [r[0] for r in database_proxy.execute_sql(
            f"{matched} LIMIT ?", [*people_params, SORT_LIMIT + 1]).fetchall()]
        if len(ids) <= SORT_LIMIT:
            clauses.append(f"e.person_id IN ({','.join('?' * len(ids))})" if ids else "0")
            params += ids
        else:
            clauses.append(f"+e.person_id IN ({matched})")
            params += people_params
    return clauses, params


def page(flt: PeopleFilter, after: tuple[datetime, int] | None = None,
         limit: int = PAGE_SIZE, now: datetime | None = None,
         offset: int = 0) -> list[FollowerRow]:
    """Up to ``limit`` followers matching ``flt`` in its order.

    The default order (newest first) pages by the keyset ``after``; the other orders by
    ``offset`` (rows already shown).
    """
    now = now or utcnow()
    clauses, params = _where(flt, now)
    order = SORTS.get(flt.sort, SORTS["newest"])
    keyset = flt.sort == "newest"
    if not keyset:
        after = None
    if after is not None:
        clauses.append("(e.first_seen, e.id) < (?, ?)")
        params += [_stamp(after[0]), after[1]]
    if flt.account_id is not None:
        lost_sql = "e.lost_at IS NOT NULL"
    else:
        lost_sql = ("NOT EXISTS (SELECT 1 FROM follower_edge AS e4"
                    " WHERE e4.person_id = e.person_id AND e4.lost_at IS NULL)")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        f"SELECT p.id, e.id, p.display_name, p.handle, p.platform, p.followers_count,"
        f" e.first_seen, {lost_sql}, p.last_interaction_at, e.baseline"
        " FROM follower_edge AS e JOIN person AS p ON p.id = e.person_id"
        f"{where} ORDER BY {order} LIMIT ? OFFSET ?"
    )
    start = 0 if keyset else max(0, offset)
    raw = database_proxy.execute_sql(sql, [*params, limit, start]).fetchall()
    chips = tags_for([r[0] for r in raw])
    return [
        FollowerRow(person_id=r[0], edge_id=r[1], display_name=r[2], handle=r[3], platform=r[4],
                    followers_count=r[5], first_seen=_dt(r[6]), lost=bool(r[7]),
                    tags=chips.get(r[0], ()), last_interaction_at=_dt(r[8]), position=start + i,
                    baseline=bool(r[9]))
        for i, r in enumerate(raw)
    ]


def all_rows(flt: PeopleFilter, now: datetime | None = None) -> list[FollowerRow]:
    """Every follower matching ``flt`` (the command line's list and CSV export)."""
    out: list[FollowerRow] = []
    after: tuple[datetime, int] | None = None
    while True:
        rows = page(flt, after, 1000, now=now, offset=len(out))
        out += rows
        if len(rows) < 1000:
            return out
        after = rows[-1].key


def platforms() -> list[str]:
    """Platforms people are on, for the filter."""
    return [r[0] for r in database_proxy.execute_sql(
        "SELECT DISTINCT platform FROM account ORDER BY platform").fetchall()]


def tags_for(person_ids: list[int]) -> dict[int, tuple[TagChip, ...]]:
    """The tags of many people in one query, by person id."""
    if not person_ids:
        return {}
    marks = ",".join("?" * len(person_ids))
    sql = ("SELECT pt.person_id, t.id, t.name, t.kind, t.color FROM person_tag AS pt"
           f" JOIN tag AS t ON t.id = pt.tag_id WHERE pt.person_id IN ({marks})"
           " ORDER BY t.name")
    out: dict[int, list[TagChip]] = {}
    for pid, tid, name, kind, color in database_proxy.execute_sql(sql, person_ids).fetchall():
        out.setdefault(pid, []).append(TagChip(tid, name, kind, color))
    return {pid: tuple(chips) for pid, chips in out.items()}


def all_tags() -> list[TagChip]:
    sql = "SELECT id, name, kind, color FROM tag ORDER BY name"
    return [TagChip(*r) for r in database_proxy.execute_sql(sql).fetchall()]


def totals(account_id: int | None = None, now: datetime | None = None) -> FollowerTotals:
    """Followers now, new and lost in the last seven days (edges, summed over accounts).

    Each count is an index range (lost followers are few), never a pass over every edge.
    """
    since = _stamp((now or utcnow()) - WEEK)
    if account_id is None:
        scope, lost_scope, params = "", "", []
    else:  # "+" leaves the lost_at index in charge of the lost counts
        scope, lost_scope, params = " AND account_id = ?", " AND +account_id = ?", [account_id]
    sql = (
        f"SELECT (SELECT COUNT(*) FROM follower_edge WHERE 1{scope})"
        # lost_at > '' is "not null" as an index range (it holds ISO text or NULL)
        f" - (SELECT COUNT(*) FROM follower_edge WHERE lost_at > ''{lost_scope}),"
        f" (SELECT COUNT(*) FROM follower_edge WHERE first_seen >= ? AND +lost_at IS NULL"
        f" AND +baseline = 0{scope}),"
        f" (SELECT COUNT(*) FROM follower_edge WHERE lost_at >= ?{lost_scope})"
    )
    n, new, lost = database_proxy.execute_sql(
        sql, [*params, *params, since, *params, since, *params]).fetchone()
    return FollowerTotals(followers_now=n, new_this_week=new, lost_this_week=lost)


def detail(person_id: int) -> PersonDetail | None:
    """Everything the side panel shows about one person."""
    r = database_proxy.execute_sql(
        "SELECT id, platform, handle, display_name, bio, followers_count, following_count,"
        " posts_count, verified, bot, last_interaction_at FROM person WHERE id = ?",
        [person_id]).fetchone()
    if r is None:
        return None
    follows = tuple(
        FollowedAccount(account_id=f[0], account_name=f[2] or f[1], account_color=f[3],
                        first_seen=_dt(f[4]), lost_at=_dt(f[5]), baseline=bool(f[6]))
        for f in database_proxy.execute_sql(
            "SELECT a.id, a.handle, a.display_name, a.color, e.first_seen, e.lost_at, e.baseline"
            " FROM follower_edge AS e JOIN account AS a ON a.id = e.account_id"
            " WHERE e.person_id = ? ORDER BY e.first_seen", [person_id]).fetchall()
    )
    notes = tuple(
        n[0] for n in database_proxy.execute_sql(
            "SELECT body FROM note WHERE person_id = ? ORDER BY created_at DESC, id DESC",
            [person_id]).fetchall()
    )
    (mentions,) = database_proxy.execute_sql(
        "SELECT COUNT(*) FROM mention WHERE author_id = ?", [person_id]).fetchone()
    return PersonDetail(
        id=r[0], platform=r[1], handle=r[2], display_name=r[3], bio=r[4],
        followers_count=r[5], following_count=r[6], posts_count=r[7], verified=bool(r[8]),
        bot=bool(r[9]), last_interaction_at=_dt(r[10]), mentions_count=mentions,
        follows=follows, tags=tags_for([person_id]).get(person_id, ()), notes=notes,
    )


@dataclass(frozen=True)
class HistoryItem:
    """One entry of a person's history: their mention, or the shop's reply to it."""

    kind: str  # "mention" | "reply"
    at: datetime  # naive UTC
    account_name: str
    text: str
    state: str  # mention: new/read/done; reply: the outbox state
    mention_id: int


def history(person_id: int, limit: int = 200) -> list[HistoryItem]:
    """Their mentions of the shop and the shop's replies to them, newest first."""
    rows = database_proxy.execute_sql(
        "SELECT m.id, m.created_at, COALESCE(NULLIF(a.display_name, ''), a.handle),"
        " m.text_plain, m.state FROM mention AS m JOIN account AS a ON a.id = m.account_id"
        " WHERE m.author_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT ?",
        [person_id, limit]).fetchall()
    items = [HistoryItem("mention", _dt(r[1]), r[2], r[3], r[4], r[0]) for r in rows]
    ids = [r[0] for r in rows]
    if ids:
        marks = ",".join("?" * len(ids))
        for r in database_proxy.execute_sql(
            "SELECT o.mention_id, COALESCE(o.sent_at, o.created_at),"
            " COALESCE(NULLIF(a.display_name, ''), a.handle), o.body, o.state"
            " FROM outbox_item AS o JOIN account AS a ON a.id = o.account_id"
            f" WHERE o.kind = 'reply' AND o.mention_id IN ({marks})", ids).fetchall():
            items.append(HistoryItem("reply", _dt(r[1]), r[2], r[3], r[4], r[0]))
    items.sort(key=lambda h: h.at, reverse=True)
    return items


def suggestion_facts(person_id: int, days: int, now: datetime | None = None,
                     texts: int = 50):
    """What the suggestion rules need about one person (a ``PersonFacts``)."""
    from mbdesk.domain.suggestions import PersonFacts

    now = now or utcnow()
    r = database_proxy.execute_sql(
        "SELECT followers_count, verified, bot FROM person WHERE id = ?", [person_id]).fetchone()
    if r is None:
        return None
    (recent,) = database_proxy.execute_sql(
        "SELECT COUNT(*) FROM mention WHERE author_id = ? AND stream = 'mentions'"
        " AND created_at >= ?", [person_id, _stamp(now - timedelta(days=days))]).fetchone()
    bodies = [t for (t,) in database_proxy.execute_sql(
        "SELECT text_plain FROM mention WHERE author_id = ? ORDER BY created_at DESC LIMIT ?",
        [person_id, texts]).fetchall()]
    chips = tags_for([person_id]).get(person_id, ())
    return PersonFacts(
        followers_count=r[0], verified=bool(r[1]), bot=bool(r[2]), recent_mentions=recent,
        texts=tuple(bodies), tag_kinds=frozenset(c.kind for c in chips),
        tag_names=frozenset(c.name.casefold() for c in chips))


def people_by_handle(handle: str, account_id: int | None = None) -> list[tuple[int, str, str]]:
    """(id, handle, platform) of people whose handle is ``handle`` (with or without "@"),
    following ``account_id`` when given."""
    name = handle.strip().lstrip("@")
    sql = "SELECT p.id, p.handle, p.platform FROM person AS p WHERE p.handle = ? COLLATE NOCASE"
    params: list[Any] = [name]
    if account_id is not None:
        sql += (" AND EXISTS (SELECT 1 FROM follower_edge AS e WHERE e.person_id = p.id"
                " AND e.account_id = ?)")
        params.append(account_id)
    return [tuple(r) for r in database_proxy.execute_sql(sql, params).fetchall()]


@dataclass(frozen=True)
class TagUsage:
    tag: TagChip
    people: int


def tag_usage() -> list[TagUsage]:
    """Every tag with how many people carry it (the tag manager's list)."""
    sql = ("SELECT t.id, t.name, t.kind, t.color,"
           " (SELECT COUNT(*) FROM person_tag WHERE tag_id = t.id) FROM tag AS t"
           " ORDER BY t.kind = 'custom', t.name COLLATE NOCASE")
    return [TagUsage(TagChip(r[0], r[1], r[2], r[3]), r[4])
            for r in database_proxy.execute_sql(sql).fetchall()]
