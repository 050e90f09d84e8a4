"""Adding a competitor: look the handle up through one of the owner's accounts, store it with
today's counts and its recent posts (so the view has something at once).

Blocking (two or three requests): the window runs it on a worker thread, the CLI directly. A
client of its own: the sync engine's clients belong to the sync's worker threads. Returns a
plain outcome whose message says what happened and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mbdesk.platforms import rivals as reader
from mbdesk.platforms.base import AuthExpired, NotFound, NotSupported, PlatformError, RateLimited
from mbdesk.secrets import SecretStore
from mbdesk.store import rivals as store
from mbdesk.store.models import utcnow
from mbdesk.sync.clients import AccountInfo, build_client, uses_sandbox


@dataclass(frozen=True)
class Added:
    ok: bool
    rival_id: int | None = None
    created: bool = False
    handle: str = ""
    code: str = ""  # not_found | private | not_allowed | needs_reauth | rate_limited | failed |
    #                 too_many | no_account
    message: str = ""  # English: the platform's reason or ours (the window words the code)


def add_rival(account_id: int, handle: str, *, secrets: SecretStore,
              workspace_root: Path) -> Added:
    info = AccountInfo.load(account_id)
    if info is None:
        return Added(False, code="no_account", message="That account is no longer in mbdesk.")
    try:
        if uses_sandbox(info):  # a sandbox client for it may not even exist (a bare demo row)
            raise NotSupported(reader.SANDBOX_NOTE)
        client = build_client(info, secrets, workspace_root, connect_timeout=5.0,
                              read_timeout=15.0)
        profile = reader.lookup(client, handle)
        try:
            posts = reader.recent_posts(client, profile.remote_id)
            state, note = store.State.OK, ""
        except reader.RivalPrivate as exc:
            posts, state, note = [], store.State.PRIVATE, exc.message
    except reader.RivalNotFound as exc:
        return Added(False, code="not_found", message=exc.message)
    except NotFound as exc:
        return Added(False, code="not_found", message=exc.message)
    except NotSupported as exc:
        return Added(False, code="not_allowed", message=exc.message)
    except AuthExpired as exc:
        return Added(False, code="needs_reauth", message=exc.message)
    except RateLimited as exc:
        return Added(False, code="rate_limited", message=exc.message)
    except PlatformError as exc:
        return Added(False, code="failed", message=exc.message)
    now = utcnow()
    try:
        rival_id, created = store.add(account_id, profile, now)
    except ValueError as exc:
        return Added(False, code="too_many", message=str(exc))
    store.record_check(rival_id, profile, posts, now, state, note)
    message = note or ("" if not profile.private else
                       "This account approves its followers: only its public posts are shown.")
    return Added(True, rival_id, created, profile.handle, state if note else "", message)
