"""Scheduling (or publishing now) a draft: one outbox row per target account, all or none.

The checks are the composer's own (``domain.compose.check_post``) run again on what is in the
database, then the posts go through the one way in every path shares
(``store.post_queue.queue_posts``: counting, the image content check and fitting, platform
rules), all rows committed in one transaction before any network call. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mbdesk.domain.compose import MediaSpec, Problem, TargetSpec, blocking, check_post, post_text
from mbdesk.store import outbox
from mbdesk.store.models import Draft, DraftState, Media, OutboxMedia, utcnow
from mbdesk.store.post_queue import NewPost, PostMedia, PostRefused, Refusal, queue_posts
from mbdesk.store.queries.compose import active_outbox_count, target_accounts
from mbdesk.store.queries.drafts import DraftDetail, get_draft


class SchedulingRefused(Exception):
    """Nothing was queued; ``problems`` say why (codes as in ``domain.compose``, plus
    ``already_scheduled``, ``missing`` and ``image``)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class Scheduled:
    draft_id: int
    item_ids: tuple[int, ...]
    scheduled_at: datetime | None


def _problem(refusal: Refusal) -> Problem:
    """A queue refusal as the composer's problem (the window words the codes)."""
    return Problem(refusal.code, "error", refusal.account_id, dict(refusal.values))


def draft_specs(detail: DraftDetail) -> tuple[list[TargetSpec], list[MediaSpec]]:
    """The draft's targets (with their own text where diverged) and images, as checks need."""
    accounts = {a.id: a for a in target_accounts()}
    targets = []
    for t in detail.targets:
        account = accounts.get(t.account_id)
        if account is None:
            continue
        body = t.body if t.diverged and t.body is not None else detail.body
        targets.append(TargetSpec(account.id, account.name, account.platform, body,
                                  account.limits))
    media = [MediaSpec(m.alt_text, m.mime_type) for m in detail.media]
    return targets, media


def schedule_draft(draft_id: int, scheduled_at: datetime | None, zone_name: str,
                   media_dir: Path) -> Scheduled:
    """Queue the draft for every target (``scheduled_at`` naive UTC; None = now).

    Raises :class:`SchedulingRefused` (nothing queued) when a target would refuse it, an
    image cannot be used, or the draft already has posts waiting.
    """
    detail = get_draft(draft_id)
    if detail is None:
        raise SchedulingRefused([Problem("missing", "error")])
    if scheduled_at is not None and scheduled_at <= utcnow():
        raise SchedulingRefused([Problem("past", "error")])
    if active_outbox_count(draft_id):
        raise SchedulingRefused([Problem("already_scheduled", "error")])
    targets, media = draft_specs(detail)
    problems = blocking(check_post(targets, detail.hashtags, media))
    if problems:
        raise SchedulingRefused(problems)
    posts = [NewPost(target.account_id,
                     post_text(target.body, detail.hashtags, target.platform),
                     scheduled_at=scheduled_at, scheduled_tz=zone_name if scheduled_at else "",
                     language=detail.language, draft_id=draft_id,
                     media=tuple(PostMedia(m.path, m.alt_text) for m in detail.media))
             for target in targets]

    def release_media(item_id: int, _post: NewPost) -> None:
        # enqueue files its media copies under the draft; they belong to the post only.
        Media.update(draft=None).where(Media.id.in_(
            OutboxMedia.select(OutboxMedia.media).where(OutboxMedia.outbox == item_id)
        )).execute()

    try:  # the one way in (store.post_queue): the same checks as 'post' and the CSV import
        with outbox.write_tx():
            queued = queue_posts(posts, media_dir, append_default_link=False,
                                 after_write=release_media)
            Draft.update(state=DraftState.SCHEDULED, updated_at=utcnow()).where(
                Draft.id == draft_id).execute()
    except PostRefused as exc:
        raise SchedulingRefused([_problem(r) for r in exc.refusals]) from None
    ids = list(queued.ids)
    return Scheduled(draft_id, tuple(ids), scheduled_at)
