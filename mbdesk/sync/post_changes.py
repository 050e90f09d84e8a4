"""The publish step's part for edits and deletes of sent posts (``store.post_changes``).

Each change row goes like a post: ``outbox.claim`` (queued → sending, the attempt's history
entry committed first), one call, then done / failed / later / unknown. After an unknown
outcome (a lost answer, a 5xx after the work, a reset, a timeout, a process killed mid-call)
it is *looked up* before anything is sent again: a delete is done when the post is gone, an
edit when the post shows the new text (the clients also read the post before they edit, so an
edit that landed is never applied twice). A delete of a post that is already gone is done.

Called by ``SyncEngine._publish`` through its ``_row`` (failures stay on the row).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from mbdesk.platforms.base import (
    NotFound,
    NotSupported,
    PlatformClient,
    Rejected,
)
from mbdesk.store import outbox, post_changes
from mbdesk.store.models import OutboxKind
from mbdesk.store.outbox import AttemptAction, OutboxJob
from mbdesk.sync.requests import edit_request, post_ref

if TYPE_CHECKING:
    from mbdesk.sync.clients import AccountInfo
    from mbdesk.sync.engine import SyncEngine

log = logging.getLogger(__name__)

GONE_FOR_EDIT = ("The post is no longer on the platform (deleted?), so it cannot be edited; "
                 "the new text stays here.")


def send(engine: SyncEngine, info: AccountInfo, client: PlatformClient, job: OutboxJob,
         stats: Any) -> None:
    """Claim one queued edit/delete row and send it once."""
    target = post_changes.target_ref(job.id)
    claimed = outbox.claim(job.id, engine.clock(), action=job.kind)
    if claimed is None:
        return
    stats.writes += 1

    def end(outcome: str, detail: str = "") -> None:
        outbox.end_attempt(claimed.attempt_id, outcome, engine.clock(), detail)

    if target is None or not target.remote_id:
        end("failed", "the sent post is not known")
        outbox.mark_failed(job.id, "The sent post this change belongs to is not known any "
                           "more.", engine.clock())
        return
    gone_before = False
    try:
        if job.kind == OutboxKind.EDIT:
            client.edit_post(edit_request(claimed, target))
        else:
            gone_before = not client.delete_post(post_ref(target))
    except NotSupported as exc:
        end("not_supported", exc.message)
        if job.kind == OutboxKind.EDIT:
            post_changes.edits_not_allowed(job.id, info.id, exc.message)
        outbox.mark_failed(job.id, exc.message, engine.clock())
        stats.failed += 1
        return
    except NotFound as exc:
        if job.kind == OutboxKind.DELETE:  # already gone: what the owner asked for
            end("already_gone", exc.message)
            post_changes.mark_done(job.id, engine.clock(), "It was already gone.")
            return
        end("failed", exc.message)
        outbox.mark_failed(job.id, GONE_FOR_EDIT, engine.clock())
        stats.failed += 1
        return
    except Rejected as exc:
        end("failed", exc.message)
        outbox.mark_failed(job.id, exc.message, engine.clock())
        stats.failed += 1
        return
    except BaseException:
        engine.settle_interrupted(job.id, claimed.attempts, end,
                                  lambda row: lookup(engine, info, client, row, stats))
        return
    if gone_before:
        end("already_gone")
        post_changes.mark_done(job.id, engine.clock(), "It was already gone.")
    else:
        end("edited" if job.kind == OutboxKind.EDIT else "deleted")
        post_changes.mark_done(job.id, engine.clock())
    stats.writes += 1


def lookup(engine: SyncEngine, info: AccountInfo, client: PlatformClient, job: OutboxJob,
           stats: Any) -> None:
    """An edit/delete whose outcome is unknown: look whether it is done, never re-send
    blindly; when it is not there, queue it again (after a backoff)."""
    target = post_changes.target_ref(job.id)
    attempt = outbox.begin_attempt(job.id, AttemptAction.LOOKUP, engine.clock())
    if target is None:
        outbox.end_attempt(attempt, "failed", engine.clock(), "the sent post is not known")
        outbox.mark_failed(job.id, "The sent post this change belongs to is not known any "
                           "more.", engine.clock())
        return
    try:
        if job.kind == OutboxKind.EDIT:
            done = client.edit_applied(edit_request(job, target))
        else:
            done = not client.post_exists(post_ref(target))
    except NotSupported as exc:  # this account cannot look: the owner has to
        outbox.end_attempt(attempt, "cannot_check", engine.clock(), exc.message)
        outbox.mark_unknown(job.id, f"{exc.message} Look on the platform: if the change is "
                            "not there, Retry sends it; if it is, Cancel stops the checks.",
                            engine.clock(), engine.clock() + _daily())
        return
    except NotFound as exc:  # an edit of a post that is gone
        outbox.end_attempt(attempt, "not_found", engine.clock(), exc.message)
        outbox.mark_failed(job.id, GONE_FOR_EDIT, engine.clock())
        stats.failed += 1
        return
    except BaseException:  # NotFound is this look-up's own answer (above), not the engine's
        engine.settle_interrupted_lookup(job, attempt)
    stats.writes += 1
    if done:
        outbox.end_attempt(attempt, "found", engine.clock(),
                           "the post shows the new text" if job.kind == OutboxKind.EDIT
                           else "the post is gone")
        post_changes.mark_done(job.id, engine.clock())
    else:
        outbox.end_attempt(attempt, "not_found", engine.clock(),
                           "not done on the server: it will be sent again")
        outbox.mark_not_landed(job.id, engine.clock(), engine._retry_at(job.attempts))


def _daily():
    from mbdesk.sync.engine import PROFILE_EVERY

    return PROFILE_EVERY
