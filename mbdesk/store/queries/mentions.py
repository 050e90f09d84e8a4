"""Read queries for the mention inbox: pages, header counts, one mention's details.

Pages use keyset paging on ``(created_at, id)`` newest first, so the 1,000th page costs what the
first does. Search goes through ``mention_fts`` (trigram tokenizer): three characters or more use
``MATCH`` with the input quoted as one FTS string, shorter input falls back to ``LIKE`` with the
wildcards escaped. Nothing here imports Qt; rows are plain dataclasses.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from mbdesk.store.models import Mention, MentionState, database_proxy

PAGE_SIZE = 200
COUNT_CAP = 10_000  # "10,000+" is all a person needs to know; counting further costs time


@dataclass(frozen=True)
class MentionFilter:
    """What the inbox shows; ``None``/empty means "any"."""

    account_id: int | None = None
    state: str | None = None
    stream: str | None = None
    search: str = ""
    tag: str | None = None  # "kind:customer" (a built-in kind) or "id:7" (one tag)
    flag: str | None = None  # "priority" (priority > 0) or "negative" (crisis watch)


class MentionRow(NamedTuple):
    """One inbox row. A tuple of plain values, so the garbage collector stops tracking it:
    200,000 loaded rows then cost a full collection nothing (dataclasses stalled scrolling)."""

    id: int
    account_id: int
    account_name: str
    account_color: str
    author_name: str
    author_handle: str
    created_at: datetime  # naive UTC
    first_line: str
    state: str
    stream: str
    priority: int = 0
    negative: bool = False

    @property
    def key(self) -> tuple[datetime, int]:
        """The keyset position of this row (newest first)."""
        return (self.created_at, self.id)


@dataclass(frozen=True)
class MentionDetail:
    id: int
    account_id: int
    account_name: str
    account_color: str
    author_name: str
    author_handle: str
    created_at: datetime
    text_plain: str
    state: str
    stream: str
    kind: str
    url: str
    author_id: int | None = None
    text_html: str = ""
    status_remote_id: str = ""
    platform: str = ""
    negative: bool = False
    priority: int = 0
    first_reply_at: datetime | None = None
    watch_query: str = ""


@dataclass(frozen=True)
class InboxCounts:
    new: int
    oldest_new_at: datetime | None  # naive UTC of the oldest mention still "new"


def fts_phrase(text: str) -> str:
    """Quote user input as one FTS5 string, so operators and quotes in it mean nothing."""
    return '"' + text.replace('"', '""') + '"'


def like_pattern(text: str) -> str:
    """A ``LIKE ... ESCAPE '\\'`` pattern matching ``text`` anywhere, wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


WALK_THRESHOLD = 2_000  # FTS hits above which walking the date index beats sorting the hits
PROBE_ROWS = 2_000  # newest rows sampled to guess how common a short search term is


# phrase or pattern → ((database, handle, max mention id), hit ids)
_SEARCH_CACHE: dict[str, tuple[tuple[str, int, int], list[int]]] = {}
_SEARCH_CACHE_SIZE = 8
_search_lock = threading.Lock()


def clear_search_cache() -> None:
    with _search_lock:
        _SEARCH_CACHE.clear()


_LIKE_KEY = "like:"


def _max_id() -> tuple[str, int, int]:
    """What a cached hit list is valid for: this database (file and handle) at this size."""
    top = database_proxy.execute_sql("SELECT COALESCE(MAX(id), 0) FROM mention").fetchone()[0]
    db = database_proxy.obj
    return (str(getattr(db, "database", "")), id(db), top)


def _cached(key: str) -> list[int] | None:
    with _search_lock:
        cached = _SEARCH_CACHE.get(key)
    if cached is not None and cached[0] == _max_id():
        return cached[1]
    return None


def _remember(key: str, top: tuple[str, int, int], ids: list[int]) -> list[int]:
    with _search_lock:
        if key not in _SEARCH_CACHE and len(_SEARCH_CACHE) >= _SEARCH_CACHE_SIZE:
            _SEARCH_CACHE.pop(next(iter(_SEARCH_CACHE)))
        _SEARCH_CACHE[key] = (top, ids)
    return ids


def like_ids(pattern: str) -> list[int]:
    """Every mention id whose text matches a short term's LIKE pattern (one scan)."""
    top = _max_id()
    sql = "SELECT id FROM mention WHERE text_plain LIKE ? ESCAPE '\\'"
    return _remember(_LIKE_KEY + pattern, top,
                     [r[0] for r in database_proxy.execute_sql(sql, [pattern])])


def fts_ids(phrase: str) -> list[int]:
    """Every mention id matching the FTS ``phrase``: one run of the bare FTS5 query.

    The first page, its count and the pages loaded while scrolling share it (the window loads
    later pages on the GUI thread). Text never changes after ingest, so the list stays valid
    until a new mention arrives, which raises the largest id; ids of deleted mentions only
    match nothing."""
    cached = _cached(phrase)
    if cached is not None:
        return cached
    top = _max_id()
    sql = "SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?"
    return _remember(phrase, top, [r[0] for r in database_proxy.execute_sql(sql, [phrase])])


def _short_term_is_common(pattern: str) -> bool:
    """Whether a LIKE term is frequent among the newest rows (then walking by date is cheap)."""
    sql = ("SELECT COUNT(*) FROM mention WHERE id > (SELECT COALESCE(MAX(id), 0) FROM mention) - ?"
           " AND text_plain LIKE ? ESCAPE '\\'")
    hits = database_proxy.execute_sql(sql, [PROBE_ROWS, pattern]).fetchone()[0]
    return hits * 100 >= PROBE_ROWS  # at least 1 %: one page costs ≤ ~20,000 index steps


def _where(flt: MentionFilter, plan: bool = False) -> tuple[list[str], list[Any], bool]:
    """SQL conditions for ``flt``; with ``plan``, also whether to sort the matches instead of
    walking the date index (a rare search term: few rows to sort, many index entries to skip)."""
    clauses: list[str] = []
    params: list[Any] = []
    sort_matches = False
    # With both an account and a small state ("new", "read"), let the (state, created_at) index
    # lead ("+" hides the account index); "done" is most of the table, so the account leads.
    small_state = flt.state in (MentionState.NEW, MentionState.READ)
    if flt.account_id is not None:
        clauses.append("+m.account_id = ?" if small_state else "m.account_id = ?")
        params.append(flt.account_id)
    if flt.state:
        clauses.append("m.state = ?" if small_state or flt.account_id is None else "+m.state = ?")
        params.append(flt.state)
    if flt.stream:
        clauses.append("m.stream = ?")
        params.append(flt.stream)
    if flt.tag:
        kind, _, value = flt.tag.partition(":")
        column = "t.kind" if kind == "kind" else "t.id"
        clauses.append("m.author_id IN (SELECT pt.person_id FROM person_tag AS pt"
                       f" JOIN tag AS t ON t.id = pt.tag_id WHERE {column} = ?)")
        params.append(value if kind == "kind" else int(value or 0))
    if flt.flag == "priority":
        clauses.append("+m.priority > 0")
    elif flt.flag == "negative":
        clauses.append("+m.negative = 1")
    term = flt.search.strip()
    if len(term) >= 3:
        # The hits are found once (fts_ids) and handed over as a JSON list. The unary "+" keeps
        # SQLite from driving the query by the hit list, so it walks the date index and stops
        # after one page; a short hit list is better looked up and sorted.
        ids = fts_ids(fts_phrase(term))
        rare = len(ids) <= WALK_THRESHOLD
        lhs = "m.id" if rare or not plan else "+m.id"
        clauses.append(f"{lhs} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(ids))
    elif term:
        pattern = like_pattern(term)
        ids = _cached(_LIKE_KEY + pattern)
        if ids is None and plan and not _short_term_is_common(pattern):
            ids = like_ids(pattern)  # rare: every row is read anyway; keep the hits for count
        if ids is not None:
            clauses.append("m.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(ids))
            sort_matches = plan
        else:  # common: walk the date index and stop after one page
            clauses.append("m.text_plain LIKE ? ESCAPE '\\'")
            params.append(pattern)
    return clauses, params, sort_matches


_LEADING_HANDLES = re.compile(r"^(?:@[\w.@-]+[\s,:]+)+")


def first_line(text: str, limit: int = 200) -> str:
    """The preview of a mention: its first non-blank line without the leading @handles
    (every reply starts with ours, which says nothing in our own inbox)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return (_LEADING_HANDLES.sub("", line) or line)[:limit]
    return ""


def _dt(value: Any) -> datetime:
    """peewee stores ``datetime`` as ISO text; raw SQL gives it back as text."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


_ROW_SQL = """
    SELECT m.id, m.account_id, a.handle, a.display_name, a.color,
           COALESCE(p.display_name, ''), COALESCE(p.handle, ''),
           m.created_at, substr(m.text_plain, 1, 400), m.state, m.stream, m.priority,
           m.negative
    FROM mention AS m
    CROSS JOIN account AS a ON a.id = m.account_id
    LEFT JOIN person AS p ON p.id = m.author_id
"""
# CROSS JOIN keeps the mention table as the outer loop: with ANALYZE statistics SQLite would
# otherwise start from the five accounts and read every mention of each before sorting.


def _account_name(handle: str, display_name: str) -> str:
    return display_name or handle


def page(flt: MentionFilter, after: tuple[datetime, int] | None = None,
         limit: int = PAGE_SIZE) -> list[MentionRow]:
    """Up to ``limit`` mentions matching ``flt``, newest first, after the keyset ``after``."""
    clauses, params, sort_matches = _where(flt, plan=True)
    if after is not None:
        created, ident = after
        clauses.append("(m.created_at, m.id) < (?, ?)")
        params += [created.isoformat(sep=" "), ident]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    order = "+m.created_at" if sort_matches else "m.created_at"
    if len(flt.search.strip()) >= 3:
        # Two steps: choose the page's ids from the mention table alone, then join and read
        # text for those 200 only (not for every hit before sorting them).
        inner = (f"SELECT m.id FROM mention AS m{where} ORDER BY {order} DESC, m.id DESC"
                 " LIMIT ?")
        sql = _ROW_SQL + f" WHERE m.id IN ({inner}) ORDER BY m.created_at DESC, m.id DESC"
    else:
        sql = _ROW_SQL + where + f" ORDER BY {order} DESC, m.id DESC LIMIT ?"
    cursor = database_proxy.execute_sql(sql, [*params, limit])
    return [
        MentionRow(
            id=r[0], account_id=r[1], account_name=_account_name(r[2], r[3]), account_color=r[4],
            author_name=r[5], author_handle=r[6], created_at=_dt(r[7]),
            first_line=first_line(r[8]), state=r[9], stream=r[10], priority=r[11],
            negative=bool(r[12]),
        )
        for r in cursor.fetchall()
    ]


def count(flt: MentionFilter, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """How many mentions match, counted up to ``cap``; the flag says the cap was reached."""
    term = flt.search.strip()
    if term and flt == MentionFilter(search=flt.search):  # the search alone: count the hits
        ids = fts_ids(fts_phrase(term)) if len(term) >= 3 else _cached(
            _LIKE_KEY + like_pattern(term))
        if ids is not None:
            return (min(len(ids), cap), len(ids) > cap)
    clauses, params, _ = _where(flt)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM mention AS m{where} LIMIT ?)"
    (n,) = database_proxy.execute_sql(sql, [*params, cap + 1]).fetchone()
    return (min(n, cap), n > cap)


def counts(account_id: int | None = None, stream: str | None = None) -> InboxCounts:
    """How many mentions wait as "new", and since when (the header of the inbox)."""
    clauses = ["m.state = ?"]
    params: list[Any] = [MentionState.NEW]
    # "+" keeps the (state, created_at) index in charge: new mentions are few, an account's many.
    if account_id is not None:
        clauses.append("+m.account_id = ?")
        params.append(account_id)
    if stream:
        clauses.append("+m.stream = ?")
        params.append(stream)
    sql = ("SELECT COUNT(*), MIN(m.created_at) FROM mention AS m WHERE "
           + " AND ".join(clauses))
    n, oldest = database_proxy.execute_sql(sql, params).fetchone()
    return InboxCounts(new=n, oldest_new_at=_dt(oldest) if oldest else None)


def detail(mention_id: int) -> MentionDetail | None:
    """Everything the reading pane shows for one mention (plain text only)."""
    sql = """
        SELECT m.id, m.account_id, a.handle, a.display_name, a.color,
               COALESCE(p.display_name, ''), COALESCE(p.handle, ''),
               m.created_at, m.text_plain, m.state, m.stream, m.kind, m.url,
               m.author_id, m.text_html, m.status_remote_id, a.platform, m.negative,
               m.priority, m.first_reply_at, COALESCE(w.query, '')
        FROM mention AS m
        JOIN account AS a ON a.id = m.account_id
        LEFT JOIN person AS p ON p.id = m.author_id
        LEFT JOIN keyword_watch AS w ON w.id = m.watch_id
        WHERE m.id = ?
    """
    r = database_proxy.execute_sql(sql, [mention_id]).fetchone()
    if r is None:
        return None
    return MentionDetail(
        id=r[0], account_id=r[1], account_name=_account_name(r[2], r[3]), account_color=r[4],
        author_name=r[5], author_handle=r[6], created_at=_dt(r[7]), text_plain=r[8],
        state=r[9], stream=r[10], kind=r[11], url=r[12], author_id=r[13], text_html=r[14],
        status_remote_id=r[15], platform=r[16], negative=bool(r[17]), priority=r[18],
        first_reply_at=_dt(r[19]) if r[19] else None, watch_query=r[20],
    )


def state_of(mention_id: int) -> str | None:
    row = Mention.select(Mention.state).where(Mention.id == mention_id).tuples().first()
    return row[0] if row else None


def states_of(mention_ids: list[int]) -> dict[int, str]:
    """Current states (for undo: what to go back to)."""
    out: dict[int, str] = {}
    for start in range(0, len(mention_ids), 500):
        chunk = mention_ids[start:start + 500]
        out.update(Mention.select(Mention.id, Mention.state)
                   .where(Mention.id.in_(chunk)).tuples())
    return out


def tag_choices() -> list[tuple[str, str, str]]:
    """(filter key, name, kind) of the tags people carry: built-in kinds first, then custom tags."""
    rows = database_proxy.execute_sql(
        "SELECT id, name, kind FROM tag ORDER BY kind = 'custom', name").fetchall()
    return [(f"id:{i}", name, kind) for i, name, kind in rows]
