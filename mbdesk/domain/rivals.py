"""Competitor watch figures (pure): when a rival posts, which of their posts engaged best, and
follower curves made comparable (indexed to 100 on the first common day), since a shop with 800
followers and a rival with 40,000 cannot share one axis in raw numbers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo


@dataclass(frozen=True)
class Rhythm:
    """Posts per weekday (Monday = 0) and per hour of the day, in the owner's zone."""

    by_weekday: tuple[int, ...]
    by_hour: tuple[int, ...]
    total: int
    days: int  # the span the posts cover, in days (at least 1)

    @property
    def per_week(self) -> float:
        return self.total * 7 / self.days if self.total else 0.0

    def busiest_hours(self, n: int = 3) -> list[int]:
        ranked = sorted(range(24), key=lambda h: (-self.by_hour[h], h))
        return [h for h in ranked[:n] if self.by_hour[h]]


def posting_rhythm(times: Iterable[datetime], zone: tzinfo) -> Rhythm:
    """``times`` naive UTC (as stored) → the rhythm in ``zone``."""
    weekday = [0] * 7
    hour = [0] * 24
    seen: list[datetime] = []
    for t in times:
        local = t.replace(tzinfo=UTC).astimezone(zone)
        weekday[local.weekday()] += 1
        hour[local.hour] += 1
        seen.append(t)
    days = max(1, (max(seen) - min(seen)).days + 1) if seen else 1
    return Rhythm(tuple(weekday), tuple(hour), len(seen), days)


def engagement(replies: int, reposts: int, favourites: int) -> int:
    """One number to rank posts: a repost or a reply asks more of a reader than a like."""
    return favourites + 2 * reposts + 2 * replies


def indexed(series: Sequence[tuple[date, int]], start: date | None = None
            ) -> list[tuple[date, float]]:
    """The series as % of its value on ``start`` (default: its first day with a value > 0)."""
    base = None
    for day, value in series:
        if (start is None or day >= start) and value > 0:
            base = value
            break
    if base is None:
        return []
    return [(day, value * 100.0 / base) for day, value in series
            if start is None or day >= start]


def common_start(*series: Sequence[tuple[date, int]]) -> date | None:
    """The first day every non-empty series has a value (where the indexed curves start)."""
    firsts = [next((d for d, v in s if v > 0), None) for s in series if s]
    firsts = [d for d in firsts if d is not None]
    return max(firsts) if firsts else None
