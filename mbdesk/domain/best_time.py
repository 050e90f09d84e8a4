"""The best next time to post, for ONE account: from its own engagement, its cadence rules and
its queue slots.

One mixed heat map for every account hides that the shop's Weibo readers are up at 21h while its
Mastodon followers read at 9h, so each account is judged on its own history:

* **engagement**: the mean engagement of the account's past posts per local weekday and hour,
  pulled toward that hour's mean over all weekdays (a weekday-hour seen twice says little on its
  own); fewer than ``MIN_HISTORY_POSTS`` posts is no history at all. Where the account has
  best hours (``planning.best_hours``, the calendar's "outside its best hours" rule), only times
  within an hour of them are candidates, so a suggestion never earns that warning;
* **cadence**: no candidate closer than the minimum gap to one of the account's planned or sent
  posts, none on a day that already has the maximum number of posts (``planning.Rules``);
* **queue slots**: when the account has weekly slots, only free slots are candidates (the owner
  chose those times), else every whole hour.

The answer is the *earliest* candidate in the next week whose score is at least
``GOOD_ENOUGH`` of the best one there (tomorrow at 90 % beats next Sunday at 100 %), never in
the past (``now + lead``). Naive UTC in and out, a zone for the wall clock; no Qt, no database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from mbdesk.domain.planning import (
    MIN_HISTORY_POSTS,
    SLOT_TOLERANCE,
    Rules,
    WeeklySlots,
    best_hours,
    in_gap,
    near_best_hour,
    to_local,
    wall_to_utc,
)

LEAD = timedelta(minutes=15)  # a suggestion leaves time to finish the post (and a server 5 min)
WEEK_DAYS = 7
HORIZON_DAYS = 60  # how far a crowded account is searched for a free time
GOOD_ENOUGH = 0.9
SHRINK = 3.0  # how many posts' weight the hour's all-week mean gets in a weekday-hour's score

# why a time was suggested (the UI words these)
REASON_SLOT_BEST = "slot_best"  # a free queue slot at one of its best times
REASON_SLOT = "slot"  # the next free queue slot (no history to rank them)
REASON_BEST = "best_hour"  # its best weekday and hour from its own posts
REASON_NO_HISTORY = "no_history"  # no slots, too little history: the next free hour


@dataclass(frozen=True)
class AccountFacts:
    """What the suggestion for one account looks at.

    ``samples``: ``(published_at naive UTC, engagement)`` of its past posts; ``taken``: naive
    UTC times of its posts planned or sent around now (the cadence rules count them)."""

    account_id: int
    samples: Sequence[tuple[datetime, float]] = ()
    slots: WeeklySlots = field(default_factory=dict)
    taken: Sequence[datetime] = ()


@dataclass(frozen=True)
class TimeSuggestion:
    account_id: int
    when: datetime  # naive UTC
    reason: str
    posts: int = 0  # how many past posts the engagement is based on
    score: float | None = None  # mean engagement expected at that weekday and hour


def weekday_hour_scores(samples: Iterable[tuple[int, int, float]],
                        shrink: float = SHRINK) -> dict[tuple[int, int], float]:
    """``(weekday, hour, engagement)`` samples as a score per seen ``(weekday, hour)``: its mean
    shrunk toward the hour's mean over all weekdays; hours never seen have no score."""
    cells: dict[tuple[int, int], list[float]] = defaultdict(list)
    hours: dict[int, list[float]] = defaultdict(list)
    for weekday, hour, value in samples:
        cells[(weekday % 7, hour % 24)].append(float(value))
        hours[hour % 24].append(float(value))
    scores: dict[tuple[int, int], float] = {}
    for hour, values in hours.items():
        hour_mean = sum(values) / len(values)
        for weekday in range(7):
            own = cells.get((weekday, hour), [])
            scores[(weekday, hour)] = (sum(own) + shrink * hour_mean) / (len(own) + shrink)
    return scores


def _candidates(facts: AccountFacts, zone: tzinfo, earliest: datetime,
                days: int) -> Iterable[tuple[datetime, datetime]]:
    """``(local, utc)`` candidate times in order: free-or-not queue slots, else whole hours."""
    start = to_local(earliest, zone).date()
    has_slots = any(facts.slots.values())
    for offset in range(days + 1):
        day = start + timedelta(days=offset)
        clocks = (sorted(facts.slots.get(day.weekday(), ())) if has_slots
                  else [time(h) for h in range(24)])
        for clock in clocks:
            local = datetime.combine(day, clock)
            if in_gap(local, zone):
                continue
            when = wall_to_utc(local, zone)
            if when >= earliest:
                yield local, when


def _allowed(when: datetime, local_day: date, facts: AccountFacts, rules: Rules,
             per_day: dict[date, int]) -> bool:
    if rules.max_per_day and per_day.get(local_day, 0) >= rules.max_per_day:
        return False
    gap = timedelta(minutes=rules.min_gap_minutes)
    if any(facts.slots.values()):
        gap = max(gap, SLOT_TOLERANCE)  # a slot with a post near it is taken
    if not gap:
        return when not in facts.taken
    return not any(abs(t - when) < gap for t in facts.taken)


def suggest_time(facts: AccountFacts, zone: tzinfo, rules: Rules, now: datetime, *,
                 lead: timedelta = LEAD, min_posts: int = MIN_HISTORY_POSTS,
                 ) -> TimeSuggestion | None:
    """The best next time for ``facts.account_id`` (None: no free time in ``HORIZON_DAYS``)."""
    earliest = now + lead
    per_day: dict[date, int] = defaultdict(int)
    for t in facts.taken:
        per_day[to_local(t, zone).date()] += 1
    local_samples = [(to_local(at, zone), value) for at, value in facts.samples]
    posts = len(local_samples)
    history = posts >= min_posts
    scores = (weekday_hour_scores((lt.weekday(), lt.hour, v) for lt, v in local_samples)
              if history else {})
    peaks = best_hours(((lt.hour, v) for lt, v in local_samples), min_posts=min_posts)
    has_slots = any(facts.slots.values())

    def free(days: int) -> list[tuple[datetime, datetime]]:
        return [(local, when) for local, when in _candidates(facts, zone, earliest, days)
                if _allowed(when, local.date(), facts, rules, per_day)]

    week = free(WEEK_DAYS)
    if history:
        ranked = [(local, when, scores.get((local.weekday(), local.hour), 0.0))
                  for local, when in week
                  if not peaks or near_best_hour(local.hour, peaks)]
        if ranked:
            top = max(score for _, _, score in ranked)
            local, when, score = next(item for item in ranked if item[2] >= GOOD_ENOUGH * top)
            return TimeSuggestion(facts.account_id, when,
                                  REASON_SLOT_BEST if has_slots else REASON_BEST, posts, score)
    candidates = week or free(HORIZON_DAYS)
    if not candidates:
        return None
    local, when = candidates[0]
    if not has_slots and not history:
        # no evidence either way: the next whole hour, not 03:00 because it is free
        daytime = [(lt, w) for lt, w in candidates if 9 <= lt.hour <= 20]
        local, when = (daytime or candidates)[0]
    reason = REASON_SLOT if has_slots else (REASON_BEST if history else REASON_NO_HISTORY)
    score = scores.get((local.weekday(), local.hour)) if history else None
    return TimeSuggestion(facts.account_id, when, reason, posts, score)


def suggest_times(accounts: Iterable[AccountFacts], zone: tzinfo, rules: Rules,
                  now: datetime) -> list[TimeSuggestion]:
    """One suggestion per account (accounts with no free time are left out)."""
    out = []
    for facts in accounts:
        found = suggest_time(facts, zone, rules, now)
        if found is not None:
            out.append(found)
    return out
