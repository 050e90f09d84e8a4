"""``mbdesk sync``'s feed checker: the long-running command turns new feed entries into drafts
as the window's background service does (``services/feed_service.py``), without Qt.

Each feed is fetched at most every :data:`FEEDS_EVERY` (an hour), counted from its own last
check as stored (``Feed.checked_at``), so restarting the command does not fetch every feed
again; the fetch and the "each entry once" rule are ``services.feeds.check_feed``'s. It runs on
a thread of its own beside the accounts' loops and ends within moments of the stop event.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from peewee import Database

from mbdesk.services.feeds import CheckOutcome, check_feed, problem_text
from mbdesk.store import feeds as store
from mbdesk.store.models import utcnow

log = logging.getLogger(__name__)

FEEDS_EVERY = timedelta(hours=1)
SHORTEST_WAIT = timedelta(seconds=30)  # a feed added meanwhile waits at most this … or its hour


def due_feed_ids(now: datetime, every: timedelta = FEEDS_EVERY) -> list[int]:
    """Feeds never checked, or last checked ``every`` ago or more."""
    return [r.id for r in store.list_feeds()
            if r.checked_at is None or now - r.checked_at >= every]


def next_wait(now: datetime, every: timedelta = FEEDS_EVERY) -> timedelta:
    """How long until the next feed is due (between :data:`SHORTEST_WAIT` and ``every``)."""
    checked = [r.checked_at for r in store.list_feeds() if r.checked_at is not None]
    due = min((c + every for c in checked), default=now + every)
    return min(every, max(SHORTEST_WAIT, due - now))


def describe(outcome: CheckOutcome) -> str:
    """One line for the terminal; "" when there is nothing to say (no new entry)."""
    name = outcome.title or f"feed {outcome.feed_id}"
    if outcome.result == "ok":
        return f"Feed {name}: {outcome.new_drafts} new draft(s)." if outcome.new_drafts else ""
    if outcome.result in ("not_modified", "gone", "stopped"):
        return ""
    return f"Feed {name}: {problem_text(outcome.result, outcome.detail)}"


def run_feed_checks(db: Database, stop: threading.Event,
                    report: Callable[[CheckOutcome], None] | None = None, *,
                    every: timedelta = FEEDS_EVERY,
                    clock: Callable[[], datetime] = utcnow) -> None:
    """Check each feed when it is due until ``stop`` is set (a thread's body)."""
    with db.connection_context():
        while not stop.is_set():
            try:
                for feed_id in due_feed_ids(clock(), every):
                    if stop.is_set():
                        return
                    outcome = check_feed(feed_id, stop)
                    if report is not None:
                        report(outcome)
                wait = next_wait(clock(), every)
            except Exception:  # a busy database or a bug: the posts' loops go on regardless
                log.exception("checking feeds")
                wait = SHORTEST_WAIT * 10
            stop.wait(wait.total_seconds())
