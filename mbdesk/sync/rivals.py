"""The sync engine's ``rivals`` step: each competitor read through this account gets today's
follower count and its recent posts (two requests per rival), at most every ``RIVALS_EVERY``
(now on a refresh). One rival that cannot be read is recorded on that rival and the others still
run; errors that end an account's run (token refused, rate limit, offline) still end it."""

from __future__ import annotations

from datetime import datetime, timedelta

from mbdesk.platforms import rivals as reader
from mbdesk.platforms.base import (
    AuthExpired,
    NotFound,
    NotSupported,
    PlatformClient,
    PlatformError,
    RateLimited,
    Unreachable,
)
from mbdesk.store import rivals as store
from mbdesk.store.rivals import State

RIVALS_EVERY = timedelta(hours=6)


def check_rivals(account_id: int, client: PlatformClient, now: datetime, *,
                 last: datetime | None, refresh: bool) -> bool | None:
    """Read every rival of the account. False: nothing to do (none, or not due yet).
    Raises PlatformError naming the rivals that failed for another reason than being gone,
    private or not allowed (those are states of the rival, shown in the window)."""
    if not reader.supports(client):  # e.g. the demo's offline server: its rivals are samples
        return False
    due = store.to_check(account_id)
    if not due or (not refresh and last is not None and now - last < RIVALS_EVERY):
        return False
    failed: list[str] = []
    for rival_id, remote_id in due:
        try:
            profile = reader.profile(client, remote_id)
            try:
                posts = reader.recent_posts(client, remote_id)
                state, error = State.OK, ""
            except reader.RivalPrivate as exc:
                posts, state, error = [], State.PRIVATE, exc.message
            store.record_check(rival_id, profile, posts, now, state, error)
        except (AuthExpired, RateLimited, Unreachable):
            raise
        except NotSupported as exc:
            store.record_problem(rival_id, State.NOT_ALLOWED, exc.message, now)
        except NotFound as exc:
            store.record_problem(rival_id, State.NOT_FOUND, exc.message, now)
        except PlatformError as exc:
            store.record_problem(rival_id, State.ERROR, exc.message, now)
            failed.append(exc.message)
    if failed:
        raise PlatformError(f"{len(failed)} of {len(due)} competitor(s) could not be read: "
                            f"{failed[0]}")
    return True
