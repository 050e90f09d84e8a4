"""Read queries for the mention inbox: pages, header counts, one mention's details.

Pages use keyset paging on ``(created_at, id)`` newest first, so the 1,000th page costs what the
first does. A search walks the ``mention_search`` index (see ``store/search_index.py``), whose
keys already run newest first, and stops after one page. Nothing here imports Qt, nor peewee
(the inbox's first page is read before the ORM is loaded: ``store/sql.py``); rows are plain
tuples and dataclasses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from mbdesk.store.constants import MentionState
from mbdesk.store.search_index import KEY_ID_MASK, key_sql, match_expression, search_key
from mbdesk.store.sql import execute as execute_sql

PAGE_SIZE = 200
FIRST_PAGE_SIZE = 50  # a tall screen's worth, shown fast; scrolling loads PAGE_SIZE more
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
    """One inbox row: a tuple of plain values, light for 200,000 loaded rows. The garbage
    collector keeps tracking named tuples (it stops only for plain ones), so the worker that
    loads a page collects the young generations after it (ui/models/paged.py)."""

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
    mentioned: tuple[str, ...] = ()  # others the post names (a Mastodon reply addresses them)
    account_handle: str = ""


@dataclass(frozen=True)
class InboxCounts:
    new: int
    oldest_new_at: datetime | None  # naive UTC of the oldest mention still "new"


def _where(flt: MentionFilter) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``m`` (the mention) for every filter but the search."""
    clauses: list[str] = []
    params: list[Any] = []
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
    return clauses, params


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


_COLUMNS = """
    SELECT m.id, m.account_id, a.handle, a.display_name, a.color,
           COALESCE(p.display_name, ''), COALESCE(p.handle, ''),
           m.created_at, substr(m.text_plain, 1, 400), m.state, m.stream, m.priority,
           m.negative
"""
_JOINS = """
    CROSS JOIN account AS a ON a.id = m.account_id
    LEFT JOIN person AS p ON p.id = m.author_id
"""
# CROSS JOIN keeps the first table as the outer loop: with ANALYZE statistics SQLite would
# otherwise start from the five accounts and read every mention of each before sorting.
_FROM_MENTIONS = " FROM mention AS m" + _JOINS
# A search walks the index newest first (descending key) and stops after one page.
_SEARCH_HITS = (" FROM mention_search AS s CROSS JOIN mention AS m"
                f" ON m.id = (s.rowid & {KEY_ID_MASK})")
_FROM_SEARCH = _SEARCH_HITS + _JOINS


def _account_name(handle: str, display_name: str) -> str:
    return display_name or handle


def page(flt: MentionFilter, after: tuple[datetime, int] | None = None,
         limit: int = PAGE_SIZE) -> list[MentionRow]:
    """Up to ``limit`` mentions matching ``flt``, newest first, after the keyset ``after``."""
    clauses, params = _where(flt)
    expression = match_expression(flt.search)
    if expression is not None:
        clauses.insert(0, "mention_search MATCH ?")
        params.insert(0, expression)
        if after is not None:
            clauses.append("s.rowid < ?")
            params.append(search_key(*after))
        sql = (_COLUMNS + _FROM_SEARCH + " WHERE " + " AND ".join(clauses)
               + " ORDER BY s.rowid DESC LIMIT ?")
    else:
        if after is not None:
            created, ident = after
            clauses.append("(m.created_at, m.id) < (?, ?)")
            params += [created.isoformat(sep=" "), ident]
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = _COLUMNS + _FROM_MENTIONS + where + " ORDER BY m.created_at DESC, m.id DESC LIMIT ?"
    cursor = execute_sql(sql, [*params, limit])
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
    clauses, params = _where(flt)
    expression = match_expression(flt.search)
    if expression is not None and not clauses:  # the search alone: count index hits
        sql = ("SELECT COUNT(*) FROM (SELECT 1 FROM mention_search WHERE mention_search MATCH ?"
               " LIMIT ?)")
        params = [expression]
    else:
        source = " FROM mention AS m"
        if expression is not None and flt.state in (MentionState.NEW, MentionState.READ):
            # Few mentions are new or read: check those against the hits (~12 ms for a common
            # word on the big shop) rather than every hit against the filters (~100 ms).
            clauses.append(f"{key_sql('m')} IN (SELECT rowid FROM mention_search"
                           " WHERE mention_search MATCH ?)")
            params.append(expression)
        elif expression is not None:
            source = _SEARCH_HITS
            clauses.insert(0, "mention_search MATCH ?")
            params.insert(0, expression)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"SELECT COUNT(*) FROM (SELECT 1{source}{where} LIMIT ?)"
    (n,) = execute_sql(sql, [*params, cap + 1]).fetchone()
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
    n, oldest = execute_sql(sql, params).fetchone()
    return InboxCounts(new=n, oldest_new_at=_dt(oldest) if oldest else None)


def detail(mention_id: int) -> MentionDetail | None:
    """Everything the reading pane shows for one mention (plain text only)."""
    sql = """
        SELECT m.id, m.account_id, a.handle, a.display_name, a.color,
               COALESCE(p.display_name, ''), COALESCE(p.handle, ''),
               m.created_at, m.text_plain, m.state, m.stream, m.kind, m.url,
               m.author_id, m.text_html, m.status_remote_id, a.platform, m.negative,
               m.priority, m.first_reply_at, COALESCE(w.query, ''), m.mentioned
        FROM mention AS m
        JOIN account AS a ON a.id = m.account_id
        LEFT JOIN person AS p ON p.id = m.author_id
        LEFT JOIN keyword_watch AS w ON w.id = m.watch_id
        WHERE m.id = ?
    """
    r = execute_sql(sql, [mention_id]).fetchone()
    if r is None:
        return None
    return MentionDetail(
        id=r[0], account_id=r[1], account_name=_account_name(r[2], r[3]), account_color=r[4],
        author_name=r[5], author_handle=r[6], created_at=_dt(r[7]), text_plain=r[8],
        state=r[9], stream=r[10], kind=r[11], url=r[12], author_id=r[13], text_html=r[14],
        status_remote_id=r[15], platform=r[16], negative=bool(r[17]), priority=r[18],
        first_reply_at=_dt(r[19]) if r[19] else None, watch_query=r[20],
        mentioned=tuple(r[21].split()), account_handle=r[2],
    )


def state_of(mention_id: int) -> str | None:
    return states_of([mention_id]).get(mention_id)


def states_of(mention_ids: list[int]) -> dict[int, str]:
    """Current states (for undo: what to go back to)."""
    out: dict[int, str] = {}
    for start in range(0, len(mention_ids), 500):  # below SQLite's bound-parameter limit
        chunk = mention_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(execute_sql(f"SELECT id, state FROM mention WHERE id IN ({marks})", chunk))
    return out


def tag_choices() -> list[tuple[str, str, str]]:
    """(filter key, name, kind) of the tags people carry: built-in kinds first, then custom tags."""
    rows = execute_sql(
        "SELECT id, name, kind FROM tag ORDER BY kind = 'custom', name").fetchall()
    return [(f"id:{i}", name, kind) for i, name, kind in rows]
