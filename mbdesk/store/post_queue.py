"""One way in for a post: every path that queues a post or a reply calls :func:`queue_posts`.

The composer (``services.scheduling``), ``mbdesk post`` and the CSV import used to queue posts
each their own way, so a rule added to one (the image checks, Weibo's safe-domain link, the
cadence warnings) was missing from the others. Here the checks run once for every caller:

* the text as the target server counts it (content warning included);
* the platform's rules that need the account's settings (``store.post_rules``: Weibo);
* the account's UTM tagging of the shop's own links (``store.utm``; posts, not replies), before
  counting, so the length checked is that of the text sent;
* every attachment through the one content check, ``domain.images.inspect_image`` (a regular
  file under 50 MB, a real image by its content, not a decompression bomb), then fitted to
  the platform (``fit_image``); the number of images and their alt text per platform;
* the calendar's cadence rules (``domain.planning.check_rules``): returned as warnings, never
  a refusal.

All posts of one call are checked before anything is written, then written in ONE transaction:
a refusal leaves no row and copies no file. ``store.outbox.enqueue`` stays the low-level row
writer. Plain Python, no Qt: the window reaches it through ``services.scheduling``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mbdesk.domain import planning, utm, weibo_rules
from mbdesk.domain import text as text_rules
from mbdesk.domain.images import (
    FittedImage,
    ImageProblem,
    describe_problem,
    fit_image,
    image_rule,
    inspect_image,
)
from mbdesk.errors import MbdeskError
from mbdesk.store import outbox
from mbdesk.store import utm as utm_store
from mbdesk.store.accounts import options
from mbdesk.store.models import Account, OutboxItem, OutboxKind, OutboxState, utcnow
from mbdesk.store.post_rules import prepare_text

WEIBO_CODES = {"topic": "weibo_topic", "no_safe_link": "weibo_no_safe_link"}


@dataclass(frozen=True)
class PostMedia:
    path: str
    alt_text: str = ""


@dataclass(frozen=True)
class NewPost:
    """A post or reply to queue for one account (``body`` is the text as it will be sent)."""

    account_id: int
    body: str
    kind: str = OutboxKind.PUBLISH
    scheduled_at: datetime | None = None  # naive UTC; None = as soon as possible
    scheduled_tz: str = ""
    spoiler_text: str = ""
    visibility: str = "public"
    language: str = ""
    in_reply_to_remote_id: str = ""
    mention_id: int | None = None
    draft_id: int | None = None
    media: tuple[PostMedia, ...] = ()
    campaign: str = ""  # utm_campaign for the account's tagged links (store.utm)


@dataclass(frozen=True)
class Refusal:
    """Why a post cannot be queued. ``code``: no_account, empty, too_long, weibo_topic,
    weibo_no_safe_link, too_many_images, alt_required, alt_too_long, image (``values["code"]``
    is the image problem: unknown_type, too_many_pixels, …)."""

    code: str
    message: str  # English (command line, logs); the window words the code itself
    account_id: int | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    hint: str = ""


class PostRefused(MbdeskError):
    """Nothing was queued and no file copied; ``refusals`` say why."""

    title = "Not queued"

    def __init__(self, refusals: Sequence[Refusal]) -> None:
        hints = [r.hint for r in refusals if r.hint]
        super().__init__(" ".join(r.message for r in refusals),
                         hint=(hints[0] + " " if hints else "") + "Nothing was queued.")
        self.refusals = list(refusals)


@dataclass(frozen=True)
class QueuedPosts:
    ids: tuple[int, ...]
    texts: tuple[str, ...]  # what was queued, per post (a default link may have been added)
    notes: tuple[str, ...] = ()  # worth knowing, not refusals (English)
    warnings: tuple[planning.ScheduleWarning, ...] = ()  # cadence rules the new posts break


@dataclass
class _Checked:
    post: NewPost
    account: Account
    notes: list[str] = field(default_factory=list)


def _limits(account: Account) -> dict[str, Any]:
    try:
        value = json.loads(account.limits_json or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _count_options(account: Account, limits: Mapping[str, Any], spoiler: str) -> dict[str, Any]:
    options: dict[str, Any] = {"spoiler_text": spoiler} if spoiler else {}
    max_chars = limits.get("max_characters")
    if isinstance(max_chars, int) and max_chars > 0:
        options["max_characters"] = max_chars
    url = limits.get("characters_reserved_per_url")
    if isinstance(url, int) and url > 0 and account.platform != text_rules.BLUESKY:
        options["url_chars"] = url
    return options


def _check_one(post: NewPost, *, append_default_link: bool) -> tuple[_Checked | None,
                                                                       list[Refusal]]:
    account = Account.get_or_none(Account.id == post.account_id)
    if account is None:
        return None, [Refusal("no_account", f"Account {post.account_id} does not exist.")]
    refusals: list[Refusal] = []
    checked = _Checked(post, account)
    prepared = prepare_text(account.id, account.platform, post.body,
                            reply=post.kind == OutboxKind.REPLY,
                            append_default_link=append_default_link)
    if prepared.problem:
        refusals.append(Refusal(
            WEIBO_CODES.get(prepared.code, prepared.code), prepared.problem, account.id,
            {"name": account.handle, "domain": weibo_rules.normalize_domain(
                str(options(account.id).get("safe_domain") or ""))},
            hint="Add a link on that domain to the text, or set a default link "
                 "('accounts add weibo --default-link URL')."))
    if prepared.warning:
        checked.notes.append(prepared.warning)
    if prepared.appended:
        checked.notes.append("Added the account's default link: "
                             f"{prepared.text[len(post.body):].strip()}")
    body = prepared.text
    if post.kind == OutboxKind.PUBLISH:  # replies are conversations, not campaigns: untagged
        tagged = utm_store.tag_for(account.id, account.platform, body, post.campaign)
        if tagged.changed:
            body = tagged.text
            checked.notes.append("Tagged for your web analytics: " + utm.describe(tagged.links))
    checked.post = replace(post, body=body)
    if not body.strip() and not post.media:
        refusals.append(Refusal("empty", "Nothing to post.", account.id,
                                {"name": account.handle}))
    limits = _limits(account)
    try:
        counted = text_rules.count(account.platform, body,
                                   **_count_options(account, limits, post.spoiler_text))
    except ValueError:
        counted = None  # a platform the counter does not know: the server decides
    if counted is not None and not counted.fits:
        refusals.append(Refusal("too_long", f"The text is {counted.count} long; "
                                f"{account.handle} accepts {counted.limit}.", account.id,
                                {"name": account.handle, "count": counted.count,
                                 "limit": counted.limit,
                                 "over": counted.count - counted.limit}, hint="Shorten it."))
    refusals.extend(_check_media(account, limits, post.media))
    return checked, refusals


def _check_media(account: Account, limits: Mapping[str, Any],
                 media: Sequence[PostMedia]) -> list[Refusal]:
    refusals: list[Refusal] = []
    if not media:
        return refusals
    rule = image_rule(account.platform, limits)
    name = account.handle
    if len(media) > rule.max_images:
        refusals.append(Refusal("too_many_images", f"{name} takes at most {rule.max_images} "
                                f"image(s) per post.", account.id,
                                {"name": name, "count": len(media), "limit": rule.max_images}))
    missing = sum(1 for m in media if not m.alt_text.strip())
    if missing and rule.alt_required:
        refusals.append(Refusal("alt_required", f"{name} requires a description (alt text) "
                                "for every image.", account.id,
                                {"name": name, "count": missing},
                                hint="Give one --alt after each --media."))
    if rule.alt_max and any(len(m.alt_text) > rule.alt_max for m in media):
        refusals.append(Refusal("alt_too_long", f"An image description is longer than "
                                f"{rule.alt_max} characters.", account.id,
                                {"name": name, "limit": rule.alt_max}))
    for m in media:
        problem = check_media_file(m.path)
        if problem is not None:
            refusals.append(Refusal("image", describe_problem(problem), account.id,
                                    {"name": name, "code": problem.code, "path": m.path}))
    return refusals


def check_media_file(path: str | Path) -> ImageProblem | None:
    """The one content check of an attachment (None: a usable image)."""
    try:
        inspect_image(path)
    except ImageProblem as exc:
        return exc
    return None


def check_posts(posts: Sequence[NewPost], *, append_default_link: bool = True
                ) -> list[Refusal]:
    """Every reason one of ``posts`` would be refused (nothing written, nothing copied)."""
    refusals: list[Refusal] = []
    for post in posts:
        refusals.extend(_check_one(post, append_default_link=append_default_link)[1])
    return refusals


def queue_posts(posts: Sequence[NewPost], media_dir: Path | None, *,
                append_default_link: bool = True, zone: tzinfo | None = None,
                before_write: Callable[[NewPost], NewPost] | None = None,
                after_write: Callable[[int, NewPost], None] | None = None,
                now: datetime | None = None) -> QueuedPosts:
    """Check every post, then queue them all in one transaction; raise :class:`PostRefused`
    (nothing queued) when any is refused.

    ``append_default_link``: a Weibo post without a safe-domain link gets the account's default
    link (the command line and CSV; the composer offers a button instead). ``before_write`` /
    ``after_write`` run inside the transaction (the CSV import creates each row's draft there).
    ``zone`` is the one the cadence warnings count days in (default: each post's own zone).
    """
    now = now or utcnow()
    checked: list[_Checked] = []
    refusals: list[Refusal] = []
    for post in posts:
        one, problems = _check_one(post, append_default_link=append_default_link)
        refusals.extend(problems)
        if one is not None:
            checked.append(one)
    if refusals:
        raise PostRefused(refusals)
    fitted_dir = (media_dir / "fitted") if media_dir is not None else None
    attachments: list[list[outbox.Attachment]] = []
    for item in checked:
        files = []
        rule = image_rule(item.account.platform, _limits(item.account))
        for m in item.post.media:
            try:
                fitted: FittedImage = fit_image(m.path, rule, fitted_dir or Path(m.path).parent)
            except ImageProblem as exc:
                raise PostRefused([Refusal("image", describe_problem(exc), item.account.id,
                                           {"name": item.account.handle, "code": exc.code,
                                            "path": m.path})]) from None
            files.append(outbox.Attachment(path=fitted.path, alt_text=m.alt_text,
                                           mime_type=fitted.mime_type))
        attachments.append(files)
    ids: list[int] = []
    texts: list[str] = []
    with outbox.write_tx():
        for item, files in zip(checked, attachments, strict=True):
            post = before_write(item.post) if before_write else item.post
            item_id = outbox.enqueue(
                item.account.id, item.account.platform, post.body, kind=post.kind,
                scheduled_at=post.scheduled_at, scheduled_tz=post.scheduled_tz,
                spoiler_text=post.spoiler_text, visibility=post.visibility,
                language=post.language, in_reply_to_remote_id=post.in_reply_to_remote_id,
                mention_id=post.mention_id, draft_id=post.draft_id, attachments=files,
                media_dir=media_dir)
            if after_write:
                after_write(item_id, post)
            ids.append(item_id)
            texts.append(post.body)
    notes = tuple(n for item in checked for n in item.notes)
    warnings = cadence_warnings(ids, zone, now)
    return QueuedPosts(tuple(ids), tuple(texts), notes, tuple(warnings))


# --- cadence ----------------------------------------------------------------------------------


def _zone_of(name: str) -> tzinfo:
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def cadence_warnings(item_ids: Sequence[int], zone: tzinfo | None = None,
                     now: datetime | None = None) -> list[planning.ScheduleWarning]:
    """The calendar's good-practice warnings (Settings thresholds) that involve these rows."""
    from mbdesk.store.queries.schedule import best_hours_by_account
    from mbdesk.store.schedule import rules as schedule_rules

    now = now or utcnow()
    items = list(OutboxItem.select().where(OutboxItem.id.in_(list(item_ids))))
    if not items:
        return []
    zone = zone or _zone_of(items[0].scheduled_tz)
    wanted = set(item_ids)
    accounts = {i.account_id for i in items}
    times = [i.scheduled_at or now for i in items]
    start, end = min(times) - timedelta(days=2), max(times) + timedelta(days=2)
    when = OutboxItem.scheduled_at
    others = (OutboxItem.select(OutboxItem.id, OutboxItem.account, OutboxItem.scheduled_at,
                                OutboxItem.sent_at)
              .where(OutboxItem.account.in_(list(accounts))
                     & (OutboxItem.kind == OutboxKind.PUBLISH)
                     & (OutboxItem.state != OutboxState.FAILED)
                     & (when.between(start, end) | OutboxItem.sent_at.between(start, end)
                        | OutboxItem.id.in_(list(wanted)))))
    planned = [planning.Planned(o.id, o.account_id, o.scheduled_at or o.sent_at or now)
               for o in others]
    rules = schedule_rules()
    warnings = planning.check_rules(planned, zone, rules, best_hours_by_account(zone, now))
    return [w for w in warnings if wanted & set(w.post_ids)]


def describe_warning(warning: planning.ScheduleWarning, handle: str) -> str:
    """A cadence warning in English (the command line; the calendar words its own)."""
    from mbdesk.store.schedule import rules as schedule_rules

    rules = schedule_rules()
    if warning.kind == planning.WARN_TOO_MANY:
        return (f"{warning.day} · {handle}: {warning.count} posts that day (limit "
                f"{rules.max_per_day} a day).")
    if warning.kind == planning.WARN_TOO_CLOSE:
        return (f"{warning.day} · {handle}: two posts {warning.count} min apart (keep at least "
                f"{rules.min_gap_minutes} min).")
    hours = ", ".join(f"{h:02d}h" for h in warning.hours)
    return f"{warning.day} · {handle}: outside its best hours ({hours})."
