"""Planning rules in plain Python: local wall-clock times across DST, queue slots, and the
good-practice warnings of the posting calendar.

Everything takes and returns naive UTC datetimes (as stored) plus a zone for the user's wall
clock, so a 09:00 post moved across a DST change stays 09:00 local. No Qt, no database.
(``mbdesk.domain.schedule`` turns one typed time into UTC for the composer and re-exports
``next_free_slot`` from here.)
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

# --- local times ------------------------------------------------------------------------------


class LocalTimeGap(ValueError):
    """A wall-clock time that does not exist in the zone (the clocks skip it, spring forward)."""


def to_local(utc_naive: datetime, zone: tzinfo) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone(zone)


def in_gap(local_naive: datetime, zone: tzinfo) -> bool:
    """True when ``local_naive`` is skipped by a DST change in ``zone``."""
    aware = local_naive.replace(tzinfo=zone, fold=0)
    back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return back != local_naive


def wall_to_utc(local_naive: datetime, zone: tzinfo, *, strict: bool = True) -> datetime:
    """A wall-clock time in ``zone`` as naive UTC. In a DST gap: ``LocalTimeGap`` when strict,
    else the time the clocks show after the jump (02:30 → 03:30). A repeated hour (autumn)
    means its first occurrence."""
    if strict and in_gap(local_naive, zone):
        raise LocalTimeGap(f"{local_naive:%Y-%m-%d %H:%M} does not exist in {zone}")
    return local_naive.replace(tzinfo=zone, fold=0).astimezone(UTC).replace(tzinfo=None)


def move_to_day(utc_naive: datetime, zone: tzinfo, day: date) -> datetime:
    """The same local wall-clock time on another ``day`` (a 09:00 post stays 09:00 across DST)."""
    local = to_local(utc_naive, zone)
    return wall_to_utc(datetime.combine(day, local.time().replace(tzinfo=None)), zone,
                       strict=False)


def move_to(day: date, clock: time, zone: tzinfo) -> datetime:
    """``day`` at ``clock`` local (week view drops); a time in a DST gap moves past the jump."""
    return wall_to_utc(datetime.combine(day, clock), zone, strict=False)


# --- queue slots ------------------------------------------------------------------------------

WeeklySlots = Mapping[int, Sequence[time]]  # weekday (Monday = 0) -> local times
SLOT_TOLERANCE = timedelta(minutes=30)


def parse_clock(text: str) -> time:
    """``"9:00"`` / ``"09:00"`` / ``"19:30"`` as a time; ValueError otherwise."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"not a time of day (HH:MM): {text!r}")
    return time(int(hours), int(minutes))


def parse_clocks(text: str) -> list[time]:
    """``"09:00, 12:30 19:00"`` as sorted distinct times; ValueError names the bad one."""
    parts = [p for p in text.replace(",", " ").replace(";", " ").split() if p]
    return sorted({parse_clock(p) for p in parts})


def slots_from_json(data: Mapping[str, Iterable[str]] | None) -> dict[int, list[time]]:
    """Stored form ``{"0": ["09:00", "12:30"], ...}`` to weekday -> sorted times (bad ones
    skipped)."""
    slots: dict[int, list[time]] = {}
    for key, values in (data or {}).items():
        try:
            weekday = int(key)
        except (TypeError, ValueError):
            continue
        if not 0 <= weekday <= 6:
            continue
        times = set()
        for value in values or ():
            try:
                times.add(parse_clock(str(value)))
            except ValueError:
                continue
        if times:
            slots[weekday] = sorted(times)
    return slots


def slots_to_json(slots: WeeklySlots) -> dict[str, list[str]]:
    return {str(day): [t.strftime("%H:%M") for t in sorted(set(times))]
            for day, times in sorted(slots.items()) if times}


def next_free_slot(slots: WeeklySlots, taken: Iterable[datetime], now: datetime, zone: tzinfo,
                   *, tolerance: timedelta = SLOT_TOLERANCE, lead: timedelta = timedelta(minutes=5),
                   horizon_days: int = 60) -> datetime | None:
    """The first slot after ``now + lead`` with no taken post within ``tolerance`` (naive UTC
    in and out). Slots inside a DST gap are skipped; None when nothing is free in the horizon."""
    if not any(slots.values()):
        return None
    busy = sorted(taken)
    earliest = now + lead
    start_day = to_local(now, zone).date()
    for offset in range(horizon_days + 1):
        day = start_day + timedelta(days=offset)
        for clock in sorted(slots.get(day.weekday(), ())):
            local = datetime.combine(day, clock)
            if in_gap(local, zone):
                continue
            when = wall_to_utc(local, zone)
            if when < earliest:
                continue
            if not any(abs(t - when) < tolerance for t in busy):
                return when
    return None


# --- good-practice warnings -------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    """The calendar's checks (Settings); a limit of 0 switches that check off."""

    max_per_day: int = 10
    min_gap_minutes: int = 60
    best_hours: bool = True


@dataclass(frozen=True)
class Planned:
    id: int
    account_id: int
    when: datetime  # naive UTC


WARN_TOO_MANY = "too_many"
WARN_TOO_CLOSE = "too_close"
WARN_OFF_PEAK = "off_peak"


@dataclass(frozen=True)
class ScheduleWarning:
    """``kind``: "too_many" (day over the limit), "too_close" (two within the gap),
    "off_peak" (outside the account's best hours)."""

    kind: str
    account_id: int
    day: date  # local
    post_ids: tuple[int, ...]
    count: int = 0  # too_many: posts that day; too_close: minutes apart
    hours: tuple[int, ...] = field(default=())  # off_peak: the best hours


def check_rules(posts: Iterable[Planned], zone: tzinfo, rules: Rules,
                best_hours: Mapping[int, frozenset[int]] | None = None) -> list[ScheduleWarning]:
    """Warnings for the planned posts: per account and local day, in time order."""
    per_day: dict[tuple[int, date], list[tuple[datetime, Planned]]] = defaultdict(list)
    for post in posts:
        local = to_local(post.when, zone)
        per_day[(post.account_id, local.date())].append((local, post))
    warnings: list[ScheduleWarning] = []
    for (account_id, day), items in sorted(per_day.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        items.sort(key=lambda pair: (pair[1].when, pair[1].id))
        if rules.max_per_day and len(items) > rules.max_per_day:
            warnings.append(ScheduleWarning(WARN_TOO_MANY, account_id, day,
                                            tuple(p.id for _, p in items), count=len(items)))
        if rules.min_gap_minutes:
            gap = timedelta(minutes=rules.min_gap_minutes)
            for (_, a), (_, b) in itertools.pairwise(items):
                if b.when - a.when < gap:
                    minutes = int((b.when - a.when).total_seconds() // 60)
                    warnings.append(ScheduleWarning(WARN_TOO_CLOSE, account_id, day,
                                                    (a.id, b.id), count=minutes))
        hours = (best_hours or {}).get(account_id) if rules.best_hours else None
        if hours:
            for local, post in items:
                if not near_best_hour(local.hour, hours):
                    warnings.append(ScheduleWarning(WARN_OFF_PEAK, account_id, day, (post.id,),
                                                    hours=tuple(sorted(hours))))
    return warnings


def near_best_hour(hour: int, best: frozenset[int]) -> bool:
    """A post within an hour of a peak hour is still at a good time (07:30 next to 08h)."""
    return any((hour + delta) % 24 in best for delta in (-1, 0, 1))


MIN_HISTORY_POSTS = 20
BEST_HOURS_TOP = 5


def best_hours(samples: Iterable[tuple[int, float]], *, min_posts: int = MIN_HISTORY_POSTS,
               top: int = BEST_HOURS_TOP) -> frozenset[int] | None:
    """The ``top`` local hours with the highest mean engagement, from ``(hour, engagement)`` of
    past posts; None when there are fewer than ``min_posts`` (not enough history to judge)."""
    totals: dict[int, list[float]] = defaultdict(list)
    count = 0
    for hour, engagement in samples:
        totals[int(hour) % 24].append(float(engagement))
        count += 1
    if count < min_posts or not totals:
        return None
    ranked = sorted(totals, key=lambda h: (-sum(totals[h]) / len(totals[h]), h))
    return frozenset(ranked[:top])
