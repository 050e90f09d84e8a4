"""The cache of conversation threads: what ``fetch_thread`` returned, kept for offline reading."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from mbdesk.store.models import ThreadPost, database_proxy, utcnow

if TYPE_CHECKING:  # the platform layer (~20 ms of dataclasses) is not needed to read the cache
    from mbdesk.platforms.base import ThreadPost as RemoteThreadPost


@dataclass(frozen=True)
class CachedPost:
    remote_id: str
    author_handle: str
    author_name: str
    text_html: str
    text_plain: str
    created_at: datetime
    in_reply_to_remote_id: str


def save_thread(account_id: int, anchor_remote_id: str,
                posts: Sequence[RemoteThreadPost]) -> None:
    """Replace the cached thread around ``anchor_remote_id`` with ``posts`` (reading order)."""
    now = utcnow()
    with database_proxy.atomic("IMMEDIATE"):
        ThreadPost.delete().where((ThreadPost.account == account_id)
                                  & (ThreadPost.anchor_remote_id == anchor_remote_id)).execute()
        rows = [dict(account=account_id, anchor_remote_id=anchor_remote_id,
                     remote_id=p.remote_id, position=i, author_handle=p.author.handle,
                     author_name=p.author.display_name, text_html=p.text_html,
                     text_plain=p.text_plain, created_at=p.created_at,
                     in_reply_to_remote_id=p.in_reply_to_remote_id, fetched_at=now)
                for i, p in enumerate(posts)]
        seen: set[str] = set()
        unique = [r for r in rows if not (r["remote_id"] in seen or seen.add(r["remote_id"]))]
        for start in range(0, len(unique), 100):
            ThreadPost.insert_many(unique[start:start + 100]).execute()


def cached_thread(account_id: int,
                  anchor_remote_id: str) -> tuple[list[CachedPost], datetime | None]:
    """The cached posts (reading order) and when they were fetched (None: never)."""
    query = (ThreadPost.select().where((ThreadPost.account == account_id)
                                       & (ThreadPost.anchor_remote_id == anchor_remote_id))
             .order_by(ThreadPost.position))
    posts, fetched = [], None
    for r in query:
        fetched = r.fetched_at
        posts.append(CachedPost(r.remote_id, r.author_handle, r.author_name, r.text_html,
                                r.text_plain, r.created_at, r.in_reply_to_remote_id))
    return posts, fetched
