"""Fetch the conversation around a mention through the platform interface and cache it.

Runs on a worker thread (blocking network call); returns a plain outcome for the GUI. Offline or
refused, the cached copy stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mbdesk.platforms.base import PlatformError
from mbdesk.secrets import SecretStore
from mbdesk.store.threads import save_thread
from mbdesk.sync.clients import AccountInfo, build_client


@dataclass(frozen=True)
class ThreadOutcome:
    ok: bool
    message: str = ""  # the platform's reason when not ok (safe to show)
    posts: int = 0


def fetch_and_cache(account_id: int, anchor_remote_id: str, *, secrets: SecretStore,
                    workspace_root: Path) -> ThreadOutcome:
    """Fetch the thread of ``anchor_remote_id`` and replace the cached copy. A client of its
    own: the sync engine's clients belong to the sync's worker threads."""
    info = AccountInfo.load(account_id)
    if info is None or not anchor_remote_id:
        return ThreadOutcome(False, "This mention has no post to fetch a thread for.")
    try:
        client = build_client(info, secrets, workspace_root, connect_timeout=5.0,
                              read_timeout=15.0)
        posts = client.fetch_thread(anchor_remote_id)
    except PlatformError as exc:
        return ThreadOutcome(False, exc.message)
    save_thread(account_id, anchor_remote_id, posts)
    return ThreadOutcome(True, posts=len(posts))
