"""A wall-clock time in the owner's zone as the naive UTC the outbox stores, or a refusal.

A time inside a DST gap (02:30 on a spring-forward night) does not exist: it is refused,
never silently shifted by an hour. A time in the past is refused too. In a fall-back overlap
the first occurrence (summer time) is taken.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

# "Add to queue": the next free weekly slot; the pure rule lives with the calendar's planning
# rules (queue slots, DST-safe moves, warnings) and is offered here for the composer.
from mbdesk.domain.planning import next_free_slot

__all__ = ["MAX_AHEAD", "ScheduleTimeError", "beyond_horizon", "local_to_utc",
           "next_free_slot"]

# How far ahead a post may be planned. Further is a typo (year 9999), and dates near the end of
# Python's calendar overflow as soon as a zone or an event's length is added to them.
MAX_AHEAD = timedelta(days=5 * 366)
HORIZON_YEARS = 5


def beyond_horizon(when_utc: datetime, now_utc: datetime) -> bool:
    """Whether ``when_utc`` (naive UTC) is further ahead than :data:`MAX_AHEAD`."""
    return when_utc - now_utc > MAX_AHEAD


class ScheduleTimeError(ValueError):
    """``code``: "gap" (the clocks skip that time), "past" or "too_far" (more than
    :data:`HORIZON_YEARS` years ahead)."""

    def __init__(self, code: str, when: datetime) -> None:
        super().__init__(f"{code}: {when.isoformat()}")
        self.code = code
        self.when = when


def local_to_utc(local: datetime, zone: tzinfo, now_utc: datetime) -> datetime:
    """``local`` (naive, in ``zone``) as naive UTC; refuses gaps and times not after now."""
    local = local.replace(tzinfo=None, second=0, microsecond=0)
    if local - now_utc > MAX_AHEAD + timedelta(days=1):  # before any arithmetic can overflow
        raise ScheduleTimeError("too_far", local)
    aware = local.replace(tzinfo=zone, fold=0)
    utc = aware.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != local:
        raise ScheduleTimeError("gap", local)
    naive = utc.replace(tzinfo=None)
    if naive <= now_utc:
        raise ScheduleTimeError("past", local)
    if beyond_horizon(naive, now_utc):
        raise ScheduleTimeError("too_far", local)
    return naive
