"""An outbox row as a platform request: the one place the store's rows meet the platform types."""

from __future__ import annotations

from mbdesk.platforms.base import EditRequest, MediaUpload, PostRef, PublishRequest
from mbdesk.store.outbox import OutboxJob
from mbdesk.store.post_changes import TargetRef


def publish_request(job: OutboxJob, *, server_schedule: bool = False,
                    exclude_remote_ids: frozenset[str] = frozenset()) -> PublishRequest:
    """The request for ``job``; ``scheduled_at`` only when the server is asked to hold it.

    ``exclude_remote_ids`` are posts other outbox rows already own, so a lookup never takes
    one of them for this row's earlier attempt (two rows with the same text).
    """
    return PublishRequest(
        idempotency_key=job.uid,
        text=job.body,
        spoiler_text=job.spoiler_text,
        visibility=job.visibility,
        language=job.language,
        in_reply_to_remote_id=job.in_reply_to_remote_id,
        media=tuple(MediaUpload(m.path, m.mime_type, m.alt_text) for m in job.media),
        scheduled_at=job.scheduled_at if server_schedule else None,
        record_key=job.record_key,
        first_attempt_at=job.first_attempt_at,
        exclude_remote_ids=exclude_remote_ids,
    )



def post_ref(target: TargetRef) -> PostRef:
    """The sent post an edit/delete row changes, as a platform finds it."""
    return PostRef(remote_id=target.remote_id, record_key=target.record_key,
                   is_reply=target.is_reply)


def edit_request(job: OutboxJob, target: TargetRef) -> EditRequest:
    """An edit row as a platform request: its ``body`` is the new text."""
    return EditRequest(post=post_ref(target), text=job.body, spoiler_text=job.spoiler_text,
                       language=job.language)
