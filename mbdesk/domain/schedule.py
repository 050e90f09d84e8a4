"""A wall-clock time in the owner's zone as the naive UTC the outbox stores, or a refusal.

A time inside a DST gap (02:30 on a spring-forward night) does not exist: it is refused,
never silently shifted by an hour. A time in the past is refused too. In a fall-back overlap
the first occurrence (summer time) is taken.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

# "Add to queue": the next free weekly slot; the pure rule lives with the calendar's planning
# rules (queue slots, DST-safe moves, warnings) and is offered here for the composer.
from mbdesk.domain.planning import next_free_slot

__all__ = ["ScheduleTimeError", "local_to_utc", "next_free_slot"]


class ScheduleTimeError(ValueError):
    """``code``: "gap" (the clocks skip that time) or "past"."""

    def __init__(self, code: str, when: datetime) -> None:
        super().__init__(f"{code}: {when.isoformat()}")
        self.code = code
        self.when = when


def local_to_utc(local: datetime, zone: tzinfo, now_utc: datetime) -> datetime:
    """``local`` (naive, in ``zone``) as naive UTC; refuses gaps and times not after now."""
    local = local.replace(tzinfo=None, second=0, microsecond=0)
    aware = local.replace(tzinfo=zone, fold=0)
    utc = aware.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) != local:
        raise ScheduleTimeError("gap", local)
    naive = utc.replace(tzinfo=None)
    if naive <= now_utc:
        raise ScheduleTimeError("past", local)
    return naive
