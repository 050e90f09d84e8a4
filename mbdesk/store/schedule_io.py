"""CSV import and CSV / iCalendar export of the posting schedule.

Import is two steps so nothing is half-done: :func:`check_import` reads and checks the file and
returns a report (nothing written); :func:`import_rows` schedules the valid rows of that report
in ONE transaction (a draft and an outbox row each), after the owner confirmed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mbdesk.domain import csv_safe
from mbdesk.domain.schedule_csv import AccountInfo, ImportReport, ImportRow, Problem, check_csv
from mbdesk.store.models import (
    Account,
    Draft,
    DraftState,
    DraftTarget,
    OutboxItem,
    OutboxKind,
    OutboxState,
    database_proxy,
    utcnow,
)
from mbdesk.store.post_queue import NewPost, PostMedia, check_posts, queue_posts
from mbdesk.store.schedule import account_count_options

EXPORT_COLUMNS = ("datetime", "timezone", "account", "text", "link", "media", "alt_text",
                  "state", "id")
EXPORT_STATES = (OutboxState.QUEUED, OutboxState.ON_SERVER, OutboxState.HELD,
                 OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.FAILED, OutboxState.SENT)


def account_lookup() -> dict[str, AccountInfo]:
    """Names a CSV may use for an account: the handle, its user part, the id."""
    infos = [AccountInfo(a.id, a.handle, a.platform, account_count_options(a))
             for a in Account.select().order_by(Account.id)]
    names: dict[str, AccountInfo] = {}
    users: dict[str, list[AccountInfo]] = {}
    for info in infos:
        names[info.handle.lower().lstrip("@")] = info
        names[str(info.id)] = info
        users.setdefault(info.handle.lower().lstrip("@").split("@")[0], []).append(info)
    for user, matches in users.items():
        if len(matches) == 1:
            names.setdefault(user, matches[0])
    return names


def _new_post(row: ImportRow) -> NewPost:
    assert row.account is not None
    media = (PostMedia(row.media_path, row.alt_text),) if row.media_path else ()
    return NewPost(row.account.id, row.body, scheduled_at=row.when, scheduled_tz=row.zone_name,
                   media=media, campaign=row.raw.get("campaign", ""))


def check_import(path: Path, default_zone: str, now: datetime | None = None, *,
                 allow_media_outside: bool = False) -> ImportReport:
    """The CSV's report; rows that read well are also put through the checks of the one way
    in (``post_queue``: platform rules such as Weibo's link, image content), so the preview
    shows every refusal before anything is scheduled."""
    data = Path(path).read_bytes()
    report = check_csv(data, accounts=account_lookup(), default_zone=default_zone,
                       now=now or utcnow(), base_dir=Path(path).resolve().parent,
                       allow_media_outside=allow_media_outside)
    for row in report.rows:
        if row.ok and row.account is not None and row.when is not None:
            for refusal in check_posts([_new_post(row)]):
                row.problems.append(Problem("refused", {**refusal.values, "code": refusal.code,
                                                        "reason": refusal.message}))
    return report


def import_rows(rows: Sequence[ImportRow], media_dir: Path | None) -> list[int]:
    """Schedule every row (all valid) in one transaction through the one way in
    (``post_queue.queue_posts``); returns the outbox ids. Raises ValueError (nothing written)
    when a row has problems, :class:`PostRefused` when a check refuses one."""
    bad = [r.line for r in rows if not r.ok or r.account is None or r.when is None]
    if bad:
        raise ValueError(f"rows with problems cannot be imported (lines {bad})")
    posts = [_new_post(row) for row in rows]
    rows_in_order = iter(rows)

    def make_draft(post: NewPost) -> NewPost:
        row = next(rows_in_order)
        raw_text = row.raw.get("text", "")
        draft = Draft.create(title=" ".join(raw_text.split())[:60], body=raw_text,
                             link=row.raw.get("link", ""), state=DraftState.DRAFT,
                             campaign=row.raw.get("campaign", "").strip())
        DraftTarget.create(draft=draft.id, account=post.account_id)
        return replace(post, draft_id=draft.id)

    with database_proxy.atomic(lock_type="IMMEDIATE"):
        return list(queue_posts(posts, media_dir, before_write=make_draft).ids)


# --- export ---------------------------------------------------------------------------------


def _schedule(since: datetime | None, include_sent: bool):
    states = list(EXPORT_STATES if include_sent else EXPORT_STATES[:-1])
    where = ((OutboxItem.kind == OutboxKind.PUBLISH) & OutboxItem.state.in_(states)
             & OutboxItem.scheduled_at.is_null(False))
    if since is not None:
        where &= OutboxItem.scheduled_at >= since
    return (OutboxItem.select(OutboxItem, Account.handle, Account.platform)
            .join(Account).where(where).order_by(OutboxItem.scheduled_at, OutboxItem.id))


def _zone(name: str, fallback):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):
        return fallback


def export_csv(zone, *, since: datetime | None = None, include_sent: bool = False) -> str:
    """The schedule as CSV in the import's columns (a file that imports back as it was), times
    in each post's own zone with the offset."""
    out = io.StringIO()
    writer = csv_safe.writer(out, lineterminator="\n")  # texts start with "@…" or "=…"
    writer.writerow(EXPORT_COLUMNS)
    for item in _schedule(since, include_sent):
        post_zone = _zone(item.scheduled_tz, zone)
        try:
            local = item.scheduled_at.replace(tzinfo=UTC).astimezone(post_zone)
        except OverflowError:  # a row from before the 5-year limit, at the calendar's end
            local = item.scheduled_at.replace(tzinfo=UTC)
        media = [(link.media.path, link.media.alt_text) for link in item.media_links]
        writer.writerow([local.isoformat(timespec="minutes"), item.scheduled_tz,
                         item.account.handle, item.body, "", media[0][0] if media else "",
                         media[0][1] if media else "", item.state, item.id])
    return out.getvalue()


def export_ics(*, since: datetime | None = None, include_sent: bool = False,
               duration: timedelta = timedelta(minutes=15)) -> bytes:
    """An iCalendar file with one event per scheduled post (UTC times, stable UIDs)."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//mbdesk//posting calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "mbdesk posts")
    stamp = datetime.now(UTC)
    for item in _schedule(since, include_sent):
        start = item.scheduled_at.replace(tzinfo=UTC)
        head = " ".join(item.body.split())
        event = Event()
        event.add("uid", f"{item.uid}@mbdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        try:
            end = start + duration
        except OverflowError:  # at the end of the calendar: an event without length
            end = start
        event.add("dtend", end)
        event.add("summary", f"[{item.account.handle}] {head[:60]}")
        event.add("description", f"{item.body}\n\n{item.account.platform} · {item.state}")
        event.add("categories", [item.account.handle])
        cal.add_component(event)
    return cal.to_ical()
