"""Who came and who left: the follower diff and daily new/lost counts, as pure functions.

The sync engine walks an account's followers page by page and stores the walk in the database
(``mbdesk/sync/ingest.py``: ``last_seen`` per edge, then everyone not seen since the walk
started is lost). ``diff_followers`` is the same rule on two complete sets, and ``daily_changes``
turns per-day counts into the gap-free series the charts and ``mbdesk stats`` show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class FollowerDiff:
    new: frozenset[str]  # followers now who were not before
    lost: frozenset[str]  # followers before who are not now
    kept: frozenset[str]


def diff_followers(before: Iterable[str], after: Iterable[str]) -> FollowerDiff:
    """Compare two complete follower lists (remote ids). A partial walk must not be diffed."""
    old, now = frozenset(before), frozenset(after)
    return FollowerDiff(new=now - old, lost=old - now, kept=old & now)


@dataclass(frozen=True)
class DayChange:
    day: date
    followers: int | None  # the day's snapshot, None when there is none
    new: int
    lost: int

    @property
    def net(self) -> int:
        return self.new - self.lost


def daily_changes(start: date, end: date, new_by_day: Mapping[date, int],
                  lost_by_day: Mapping[date, int],
                  followers_by_day: Mapping[date, int] | None = None) -> list[DayChange]:
    """One row per day from ``start`` to ``end`` inclusive; days without change count zero."""
    followers_by_day = followers_by_day or {}
    out: list[DayChange] = []
    day = start
    while day <= end:
        out.append(DayChange(day, followers_by_day.get(day), new_by_day.get(day, 0),
                             lost_by_day.get(day, 0)))
        day += timedelta(days=1)
    return out
