"""``mbdesk post --account NAME [--at ISO8601] [--media FILE --alt TEXT]... [--reply-to ID] TEXT``.

Only enqueues: the row is committed to the outbox and the window (or ``mbdesk sync``) sends it
exactly once. ``--at`` without a zone is read in the Settings zone (else the system's), and a
time in the past or inside a DST gap is refused instead of silently shifted.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext
from mbdesk.domain.schedule import HORIZON_YEARS, MAX_AHEAD, beyond_horizon
from mbdesk.domain.system_zone import system_zone_name
from mbdesk.errors import MbdeskError
from mbdesk.store import settings
from mbdesk.store.models import Mention, OutboxKind, utcnow
from mbdesk.store.post_queue import NewPost, PostMedia, describe_warning, queue_posts


def register(subparsers: argparse._SubParsersAction) -> None:
    post = subparsers.add_parser("post", help="queue a post or a reply in the outbox")
    post.add_argument("--account", metavar="NAME", help="handle or id of the account")
    post.add_argument("--at", metavar="ISO8601",
                      help="publish at this time (without a zone: the Settings/system zone)")
    post.add_argument("--media", action="append", default=[], metavar="FILE",
                      help="attach an image (repeatable)")
    post.add_argument("--alt", action="append", default=[], metavar="TEXT",
                      help="alt text of the --media at the same position")
    post.add_argument("--reply-to", type=int, metavar="MENTION_ID",
                      help="answer this mention (see 'mbdesk inbox list')")
    post.add_argument("--spoiler", default="", metavar="TEXT", help="content warning")
    post.add_argument("--visibility", default="public",
                      choices=["public", "unlisted", "private", "direct"])
    post.add_argument("--language", default="", metavar="CODE", help="ISO 639 language code")
    post.add_argument("--campaign", default="", metavar="NAME",
                      help="utm_campaign of the shop's links when the account tags them")
    post.add_argument("text", nargs="+", help="the text ('-' reads it from stdin)")
    post.set_defaults(func=queue_post)


# --- time --------------------------------------------------------------------------------------


def cli_zone() -> tuple[tzinfo, str]:
    """The zone for times without an offset: the Settings zone, else the system's."""
    for name in (settings.get("timezone") or "", system_zone_name()):
        if name:
            try:
                return ZoneInfo(name), name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    local = datetime.now().astimezone().tzinfo or UTC
    return local, ""


def parse_at(value: str, zone: tzinfo, now: datetime) -> datetime:
    """``--at`` as naive UTC; refuses unreadable times, DST gaps and the past."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise MbdeskError(f"Cannot read the time {value!r}.",
                          hint="Use ISO 8601, e.g. 2026-12-24T09:30 or 2026-12-24T09:30+01:00.",
                          ) from None
    if when.replace(tzinfo=None) - now > MAX_AHEAD + timedelta(days=1):  # before it overflows
        raise _too_far(value)
    if when.tzinfo is None:
        aware = when.replace(tzinfo=zone)
        back = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        if back != when:
            raise MbdeskError(f"{value} does not exist in {zone}: the clocks skip that hour "
                              "(daylight saving time).",
                              hint="Pick a time outside the skipped hour.")
    else:
        aware = when
    utc = aware.astimezone(UTC).replace(tzinfo=None)
    if utc <= now:
        raise MbdeskError(f"{value} is in the past.",
                          hint="Give a future time, or leave --at out to publish now.")
    if beyond_horizon(utc, now):
        raise _too_far(value)
    return utc


def _too_far(value: str) -> MbdeskError:
    return MbdeskError(f"{value} is more than {HORIZON_YEARS} years ahead.",
                       hint="Check the year; plan posts at most that far ahead.")


# --- the command ---------------------------------------------------------------------------------


def _text(args: argparse.Namespace) -> str:
    if args.text == ["-"]:
        return sys.stdin.read().strip()
    return " ".join(args.text).strip()


def queue_post(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    body = _text(args)
    if not body and not args.media:
        raise MbdeskError("Nothing to post.", hint="Give the text as the last argument.")
    if len(args.alt) > len(args.media):
        raise MbdeskError("More --alt than --media.", hint="Give one --alt after each --media.")
    mention = None
    if args.reply_to is not None:
        mention = Mention.get_or_none(Mention.id == args.reply_to)
        if mention is None:
            raise MbdeskError(f"No mention with id {args.reply_to}.",
                              hint="See 'mbdesk inbox list' for the ids.")
    if args.account:
        account = find_account(args.account)
        if mention is not None and mention.account_id != account.id:
            raise MbdeskError("That mention belongs to another account.",
                              hint="Leave --account out to answer from the mentioned account.")
    elif mention is not None:
        account = mention.account
    else:
        raise MbdeskError("Which account?", hint="Add --account NAME (handle or id).")
    zone, zone_name = cli_zone()
    scheduled_at = parse_at(args.at, zone, utcnow()) if args.at else None
    post = NewPost(
        account.id, body, kind=OutboxKind.REPLY if mention is not None else OutboxKind.PUBLISH,
        scheduled_at=scheduled_at, scheduled_tz=zone_name if scheduled_at else "",
        spoiler_text=args.spoiler, visibility=args.visibility, language=args.language,
        in_reply_to_remote_id=mention.status_remote_id if mention is not None else "",
        mention_id=mention.id if mention is not None else None, campaign=args.campaign,
        media=tuple(PostMedia(str(Path(p).expanduser().absolute()),
                              args.alt[i] if i < len(args.alt) else "")
                    for i, p in enumerate(args.media)))
    # the same checks, rules and warnings as the window (store.post_queue)
    queued = queue_posts([post], ctx.workspace.media, zone=zone)
    item_id = queued.ids[0]
    for note in queued.notes:
        print(f"Note: {note}", file=sys.stderr)
    for warning in queued.warnings:
        print(f"Warning: {describe_warning(warning, account.handle)}", file=sys.stderr)
    when = "as soon as possible"
    if scheduled_at is not None:
        local = scheduled_at.replace(tzinfo=UTC).astimezone(zone)
        when = f"at {local:%Y-%m-%d %H:%M} {zone_name or local.tzname()}"
    what = "Reply" if mention is not None else "Post"
    print(f"{what} #{item_id} queued for {account.handle}, {when}.")
    print("It goes out while mbdesk or 'mbdesk sync' runs.")
    return 0
