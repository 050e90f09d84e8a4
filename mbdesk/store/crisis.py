"""Crisis watch in the store: flag negative mentions, count them per hour.

Mentions are flagged (``Mention.negative``, and priority raised) when they arrive, by
:func:`flag_after` in the sync run's own transaction, and all at once by :func:`reflag_all`
after the owner edits the lexicon. :func:`status` tells the inbox whether the last hour passed
the threshold (setting ``crisis_threshold_per_hour``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from mbdesk.domain.crisis import Matcher, effective_lexicon
from mbdesk.store import settings
from mbdesk.store.sql import execute as execute_sql

NEGATIVE_PRIORITY = 2
WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class CrisisStatus:
    negative_last_hour: int
    threshold: int
    oldest_at: datetime | None  # naive UTC of the oldest negative mention in the window

    @property
    def alert(self) -> bool:
        return self.threshold > 0 and self.negative_last_hour >= self.threshold


def matcher() -> Matcher:
    """The matcher of the owner's lexicon (or the shipped one)."""
    return Matcher(effective_lexicon(settings.get("crisis_lexicon")))


def threshold() -> int:
    value = settings.get("crisis_threshold_per_hour")
    return int(value) if isinstance(value, int | float) and value > 0 else 0


def max_mention_id() -> int:
    return execute_sql("SELECT COALESCE(MAX(id), 0) FROM mention").fetchone()[0]


def _flag(ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        execute_sql(
            f"UPDATE mention SET negative = 1, priority = MAX(priority, {NEGATIVE_PRIORITY}) "
            f"WHERE id IN ({marks})", chunk)


def flag_after(min_id: int, match: Matcher | None = None) -> int:
    """Flag the negative mentions among those with ``id > min_id`` (just ingested); call in the
    ingest transaction. Returns how many were flagged."""
    match = match or matcher()
    rows = execute_sql(
        "SELECT id, text_plain FROM mention WHERE id > ? AND negative = 0", [min_id]).fetchall()
    ids = [i for i, text in rows if match.is_negative(text)]
    _flag(ids)
    return len(ids)


def reflag_all(match: Matcher | None = None, batch: int = 5000) -> tuple[int, int]:
    """Recompute ``negative`` for every mention (after a lexicon edit): (flagged, cleared).
    Runs in short transactions so the GUI's reads and the sync's writes go on between them."""
    from mbdesk.store.models import database_proxy  # the inbox's crisis check needs no ORM

    match = match or matcher()
    flagged = cleared = 0
    last = 0
    while True:
        rows = execute_sql(
            "SELECT id, text_plain, negative FROM mention WHERE id > ? ORDER BY id LIMIT ?",
            [last, batch]).fetchall()
        if not rows:
            return flagged, cleared
        last = rows[-1][0]
        on = [i for i, text, neg in rows if not neg and match.is_negative(text)]
        off = [i for i, text, neg in rows if neg and not match.is_negative(text)]
        with database_proxy.atomic("IMMEDIATE"):
            _flag(on)
            for start in range(0, len(off), 500):
                chunk = off[start:start + 500]
                marks = ",".join("?" * len(chunk))
                execute_sql(
                    "UPDATE mention SET negative = 0, priority = CASE WHEN priority = "
                    f"{NEGATIVE_PRIORITY} THEN 0 ELSE priority END WHERE id IN ({marks})", chunk)
        flagged += len(on)
        cleared += len(off)


def status(now: datetime, limit: int | None = None) -> CrisisStatus:
    """Negative mentions received for the last hour (by their creation time)."""
    since = now - WINDOW
    n, oldest = execute_sql(
        "SELECT COUNT(*), MIN(created_at) FROM mention WHERE created_at >= ? AND +negative = 1",
        [since.isoformat(sep=" ")]).fetchone()
    if isinstance(oldest, str):
        oldest = datetime.fromisoformat(oldest)
    return CrisisStatus(negative_last_hour=n, threshold=threshold() if limit is None else limit,
                        oldest_at=oldest)
