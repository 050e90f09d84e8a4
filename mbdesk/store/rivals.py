"""Competitor watch storage: the rivals, their daily follower counts and their recent posts.

A rival is read through one of the owner's accounts of the same platform (``Rival.account``);
removing that account removes its rivals (cascade). Written by the sync engine's ``rivals``
step and by ``add`` (after the handle was looked up on the network, outside any transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from peewee import EXCLUDED, fn

from mbdesk.domain import rivals as figures
from mbdesk.platforms.rivals import RivalPostData, RivalProfile
from mbdesk.store.models import Account, AccountSnapshot, Rival, RivalPost, RivalSnapshot, utcnow
from mbdesk.store.outbox import write_tx

MAX_RIVALS_PER_ACCOUNT = 10  # a few requests each per sync: keep the run short
KEEP_POSTS_DAYS = 180


class State:
    OK = "ok"
    NOT_FOUND = "not_found"  # gone or renamed since it was added
    PRIVATE = "private"
    NOT_ALLOWED = "not_allowed"  # the platform / access level does not allow the read
    ERROR = "error"


@dataclass(frozen=True)
class RivalRow:
    id: int
    account_id: int
    account: str  # the owner's account it is read through
    platform: str
    handle: str
    display_name: str
    url: str
    state: str
    last_error: str
    checked_at: datetime | None
    followers: int | None  # latest snapshot
    posts_stored: int


@dataclass(frozen=True)
class BestPost:
    text: str
    url: str
    published_at: datetime
    replies: int
    reposts: int
    favourites: int

    @property
    def score(self) -> int:
        return figures.engagement(self.replies, self.reposts, self.favourites)


def add(account_id: int, profile: RivalProfile, now: datetime | None = None) -> tuple[int, bool]:
    """Store a looked-up rival with today's counts; (id, False) when already watched."""
    now = now or utcnow()
    account = Account.get_by_id(account_id)
    with write_tx():
        existing = Rival.get_or_none((Rival.account == account_id)
                                     & (Rival.remote_id == profile.remote_id))
        if existing is not None:
            return existing.id, False
        if Rival.select().where(Rival.account == account_id).count() >= MAX_RIVALS_PER_ACCOUNT:
            raise ValueError(f"At most {MAX_RIVALS_PER_ACCOUNT} competitors per account.")
        rival = Rival.create(account=account_id, platform=account.platform,
                             handle=profile.handle, remote_id=profile.remote_id,
                             display_name=profile.display_name, url=profile.url, added_at=now)
        _snapshot(rival.id, now.date(), profile)
    return rival.id, True


def remove(rival_id: int) -> bool:
    with write_tx():
        return Rival.delete().where(Rival.id == rival_id).execute() > 0


def to_check(account_id: int) -> list[tuple[int, str]]:
    """(id, remote_id) of the rivals read through this account."""
    return list(Rival.select(Rival.id, Rival.remote_id).where(Rival.account == account_id)
                .order_by(Rival.id).tuples())


def _snapshot(rival_id: int, day: date, profile: RivalProfile) -> None:
    (RivalSnapshot.insert(rival=rival_id, day=day, followers=profile.followers,
                          following=profile.following, posts=profile.posts)
     .on_conflict(conflict_target=[RivalSnapshot.rival, RivalSnapshot.day],
                  update={RivalSnapshot.followers: EXCLUDED.followers,
                          RivalSnapshot.following: EXCLUDED.following,
                          RivalSnapshot.posts: EXCLUDED.posts})
     .execute())


def record_check(rival_id: int, profile: RivalProfile, posts: Sequence[RivalPostData],
                 now: datetime, state: str = State.OK, error: str = "") -> None:
    """Today's counts and the posts read (engagement refreshed), in one transaction."""
    with write_tx():
        _snapshot(rival_id, now.date(), profile)
        for p in posts:
            (RivalPost.insert(rival=rival_id, remote_id=p.remote_id, text=p.text, url=p.url,
                              published_at=p.published_at, replies=p.replies,
                              reposts=p.reposts, favourites=p.favourites, fetched_at=now)
             .on_conflict(conflict_target=[RivalPost.rival, RivalPost.remote_id],
                          update={RivalPost.text: EXCLUDED.text,
                                  RivalPost.replies: EXCLUDED.replies,
                                  RivalPost.reposts: EXCLUDED.reposts,
                                  RivalPost.favourites: EXCLUDED.favourites,
                                  RivalPost.fetched_at: EXCLUDED.fetched_at})
             .execute())
        RivalPost.delete().where((RivalPost.rival == rival_id) & (
            RivalPost.published_at < now - timedelta(days=KEEP_POSTS_DAYS))).execute()
        Rival.update(checked_at=now, state=state, last_error=error, handle=profile.handle
                     or Rival.handle, display_name=profile.display_name or Rival.display_name
                     ).where(Rival.id == rival_id).execute()


def record_problem(rival_id: int, state: str, error: str, now: datetime) -> None:
    with write_tx():
        Rival.update(checked_at=now, state=state, last_error=error).where(
            Rival.id == rival_id).execute()


# --- reading ---------------------------------------------------------------------------------


def list_rivals() -> list[RivalRow]:
    latest = (RivalSnapshot.select(RivalSnapshot.followers)
              .where(RivalSnapshot.rival == Rival.id)
              .order_by(RivalSnapshot.day.desc()).limit(1))
    stored = RivalPost.select(fn.COUNT(RivalPost.id)).where(RivalPost.rival == Rival.id)
    query = (Rival.select(Rival, Account.handle.alias("account_handle"),
                          latest.alias("followers"), stored.alias("posts_stored"))
             .join(Account).order_by(Rival.platform, Rival.handle))
    return [RivalRow(r.id, r.account_id, r.account_handle, r.platform, r.handle,
                     r.display_name, r.url, r.state, r.last_error, r.checked_at,
                     r.followers, r.posts_stored or 0)
            for r in query.objects()]


def get(rival_id: int) -> RivalRow | None:
    return next((r for r in list_rivals() if r.id == rival_id), None)


def rhythm(rival_id: int, zone: tzinfo, since: datetime) -> figures.Rhythm:
    times = (RivalPost.select(RivalPost.published_at)
             .where((RivalPost.rival == rival_id) & (RivalPost.published_at >= since))
             .tuples())
    return figures.posting_rhythm((t for (t,) in times), zone)


def best_posts(rival_id: int, since: datetime, limit: int = 10) -> list[BestPost]:
    rows = (RivalPost.select().where((RivalPost.rival == rival_id)
                                     & (RivalPost.published_at >= since)))
    posts = [BestPost(r.text, r.url, r.published_at, r.replies, r.reposts, r.favourites)
             for r in rows]
    posts.sort(key=lambda p: (-p.score, p.published_at))
    return posts[:limit]


def follower_series(rival_id: int, since: date) -> list[tuple[date, int]]:
    return list(RivalSnapshot.select(RivalSnapshot.day, RivalSnapshot.followers)
                .where((RivalSnapshot.rival == rival_id) & (RivalSnapshot.day >= since))
                .order_by(RivalSnapshot.day).tuples())


def own_series(account_id: int, since: date) -> list[tuple[date, int]]:
    return list(AccountSnapshot.select(AccountSnapshot.day, AccountSnapshot.followers)
                .where((AccountSnapshot.account == account_id) & (AccountSnapshot.day >= since))
                .order_by(AccountSnapshot.day).tuples())
