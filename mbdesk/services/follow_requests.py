"""Accept or reject a follow request: the server first, then the local record.

Blocking (one network call): the window runs it on a worker thread, the CLI directly. It
returns a plain outcome whose message is the platform's reason (safe to show) when the server
did not take the answer; nothing local changes then, except a request the server no longer has,
which is closed as gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mbdesk.platforms.base import AuthExpired, NotFound, PlatformError
from mbdesk.secrets import SecretStore
from mbdesk.store import follow_requests as store
from mbdesk.store.models import FollowRequestState, utcnow
from mbdesk.sync.clients import AccountInfo, build_client


@dataclass(frozen=True)
class Answer:
    request_id: int
    accepted: bool
    ok: bool
    message: str = ""  # why not, when not ok
    gone: bool = False  # the server no longer has the request (withdrawn or answered elsewhere)
    needs_reauth: bool = False  # the account's authorization was refused


def answer_request(request_id: int, accept: bool, *, secrets: SecretStore,
                   workspace_root: Path) -> Answer:
    """Send the owner's answer to the server and record it. A client of its own: the sync
    engine's clients belong to the sync's worker threads."""
    row = store.get(request_id)
    if row is None:
        return Answer(request_id, accept, False, "This follow request is no longer in mbdesk.")
    state = store.state_of(request_id)
    if state != FollowRequestState.PENDING:
        return Answer(request_id, accept, False, f"This follow request was already {state}.")
    info = AccountInfo.load(row.account_id)
    if info is None:
        return Answer(request_id, accept, False, "The account was removed.")
    try:
        client = build_client(info, secrets, workspace_root, connect_timeout=5.0,
                              read_timeout=15.0)
        if accept:
            client.accept_follow_request(row.remote_id)
        else:
            client.reject_follow_request(row.remote_id)
    except NotFound as exc:
        store.mark_gone(request_id, utcnow())
        return Answer(request_id, accept, False, exc.message, gone=True)
    except AuthExpired as exc:
        return Answer(request_id, accept, False, exc.message, needs_reauth=True)
    except PlatformError as exc:
        return Answer(request_id, accept, False, exc.message)
    store.decide(request_id, accept, utcnow())
    return Answer(request_id, accept, True)


__all__ = ["Answer", "answer_request"]
