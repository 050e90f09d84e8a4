"""Scheduling (or publishing now) a draft: one outbox row per target account, all or none.

The checks are the composer's own (``domain.compose.check_post``) run again on what is in the
database, then the posts go through the one way in every path shares
(``store.post_queue.queue_posts``: counting, the image content check and fitting, platform
rules), all rows committed in one transaction before any network call. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from mbdesk.domain.compose import (
    LANGUAGE,
    SPOILER,
    VISIBILITY,
    MediaSpec,
    Problem,
    TargetSpec,
    blocking,
    check_post,
    post_fields,
    post_text,
)
from mbdesk.domain.planning import ScheduleWarning
from mbdesk.store import outbox
from mbdesk.store import schedule as schedule_store
from mbdesk.store.models import AccountStatus, Draft, DraftState, Media, OutboxMedia, utcnow
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
    scheduled_at: datetime | None  # the first post's time (each may have its own: ``times``)
    # account id -> its post's time (naive UTC; None = now), in the draft's target order
    times: Mapping[int, datetime | None] = field(default_factory=dict)
    warnings: tuple[ScheduleWarning, ...] = ()  # the calendar's cadence rules the posts break


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
                                  account.limits, spoiler_text=detail.spoiler_text,
                                  needs_reauth=account.status == AccountStatus.NEEDS_REAUTH))
    media = [MediaSpec(m.alt_text, m.mime_type) for m in detail.media]
    return targets, media


def _post_for(target: TargetSpec, detail: DraftDetail, when: datetime | None,
              zone_name: str) -> NewPost:
    """One target's post: content warning, visibility and language only where its platform
    has them (a Bluesky target gets the language as ``langs``, never a content warning)."""
    fields = post_fields(target.platform)
    return NewPost(target.account_id, post_text(target.body, detail.hashtags, target.platform),
                   scheduled_at=when, scheduled_tz=zone_name if when else "",
                   spoiler_text=detail.spoiler_text if SPOILER in fields else "",
                   visibility=detail.visibility if VISIBILITY in fields else "public",
                   language=detail.language if LANGUAGE in fields else "",
                   draft_id=detail.id, campaign=detail.campaign,
                   media=tuple(PostMedia(m.path, m.alt_text) for m in detail.media))


def schedule_draft(draft_id: int, scheduled_at: datetime | None, zone_name: str,
                   media_dir: Path, *, times: Mapping[int, datetime] | None = None,
                   zone: tzinfo | None = None) -> Scheduled:
    """Queue the draft for every target (``scheduled_at`` naive UTC; None = now), or, with
    ``times`` (account id -> naive UTC), only those targets, each at its own time.

    Raises :class:`SchedulingRefused` (nothing queued) when a target would refuse it, an
    image cannot be used, or the draft already has posts waiting. ``zone``: the one the
    cadence warnings count days in.
    """
    detail = get_draft(draft_id)
    if detail is None:
        raise SchedulingRefused([Problem("missing", "error")])
    wanted = [scheduled_at] if times is None else list(times.values())
    now = utcnow()
    if any(when is not None and when <= now for when in wanted):
        raise SchedulingRefused([Problem("past", "error")])
    if active_outbox_count(draft_id):
        raise SchedulingRefused([Problem("already_scheduled", "error")])
    targets, media = draft_specs(detail)
    if times is not None:
        targets = [t for t in targets if t.account_id in times]
    problems = blocking(check_post(targets, detail.hashtags, media))
    if problems:
        raise SchedulingRefused(problems)
    plan = {t.account_id: (scheduled_at if times is None else times[t.account_id])
            for t in targets}
    posts = [_post_for(target, detail, plan[target.account_id], zone_name)
             for target in targets]

    def release_media(item_id: int, _post: NewPost) -> None:
        # enqueue files its media copies under the draft; they belong to the post only.
        Media.update(draft=None).where(Media.id.in_(
            OutboxMedia.select(OutboxMedia.media).where(OutboxMedia.outbox == item_id)
        )).execute()

    try:  # the one way in (store.post_queue): the same checks as 'post' and the CSV import
        with outbox.write_tx():
            queued = queue_posts(posts, media_dir, append_default_link=False,
                                 after_write=release_media, zone=zone)
            Draft.update(state=DraftState.SCHEDULED, updated_at=utcnow()).where(
                Draft.id == draft_id).execute()
    except PostRefused as exc:
        raise SchedulingRefused([_problem(r) for r in exc.refusals]) from None
    first = next(iter(plan.values()), scheduled_at)
    return Scheduled(draft_id, tuple(queued.ids), first, plan, queued.warnings)


def queue_draft(draft_id: int, zone: tzinfo, zone_name: str, media_dir: Path, *,
                account_ids: Sequence[int] | None = None,
                now: datetime | None = None) -> Scheduled:
    """"Add to queue": each target account's post at that account's next free queue slot
    (Calendar → Queue slots), through the same checks and the same one way in as Schedule.

    Raises ``store.schedule.ScheduleError`` (``no_slots``, ``queue_full``, ``no_target``) or
    :class:`SchedulingRefused`; either way nothing is queued."""
    detail = get_draft(draft_id)
    if detail is None:
        raise SchedulingRefused([Problem("missing", "error")])
    if active_outbox_count(draft_id):
        raise SchedulingRefused([Problem("already_scheduled", "error")])
    wanted = list(account_ids) if account_ids is not None else list(detail.target_ids)
    if not wanted:
        raise schedule_store.ScheduleError("This draft has no target account.",
                                           code="no_target",
                                           hint="Tick at least one account in the composer.")
    plan = schedule_store.plan_queue(wanted, zone, now=now)
    return schedule_draft(draft_id, None, zone_name, media_dir, times=plan, zone=zone)
