"""The sync step for follow requests (locked accounts: GoToSocial's default).

One call lists every pending request on the server, then one short write transaction stores the
requesters as people, records the pending requests and closes those the server no longer lists
(withdrawn, or answered in another app). A server without the endpoint (or an authorization
without its scope) raises NotSupported from the client and nothing is written: the engine
records the step as absent.
"""

from __future__ import annotations

from datetime import datetime

from mbdesk.platforms.base import PlatformClient
from mbdesk.store import follow_requests as store
from mbdesk.store.outbox import write_tx
from mbdesk.sync import ingest


def sync_follow_requests(account_id: int, platform: str, client: PlatformClient,
                         now: datetime) -> int:
    """Bring the account's pending follow requests up to date; returns how many are new."""
    people = client.list_follow_requests()  # the network call, outside any transaction
    with write_tx():
        ids = ingest.upsert_people(platform, people, now)
        new = store.record_pending(account_id, ids.values(), now)
        store.close_missing(account_id, ids.values(), now)
    return new


__all__ = ["sync_follow_requests"]
