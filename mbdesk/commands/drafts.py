"""``mbdesk drafts list|check|schedule``: the drafts library from the command line.

* ``mbdesk drafts list [--json] [--search TEXT] [--category C] [--state S] [--account NAME]
  [--limit N]``: newest change first, the same full-text search as the window (Chinese too).
* ``mbdesk drafts check ID [--json]``: each target's length as its server counts it, and every
  reason a target would refuse the post (the composer's own checks).
* ``mbdesk drafts schedule ID [--at ISO8601]``: one outbox row per target account, all or none,
  after the same checks; ``--at`` without a zone is read in the Settings/system zone, and past
  times and DST gaps are refused. Without ``--at`` the post goes out as soon as possible.

``list --json`` fields: ``id``, ``title``, ``first_line``, ``category``, ``state`` ("draft" |
"scheduled" | "published" | "failed"), ``archived`` (bool), ``updated_at`` (UTC ISO 8601 "Z"),
``targets`` (account handles). ``check --json``: ``{"targets": [{"account", "platform",
"count", "limit", "fits", "own_text"}], "problems": [{"code", "severity", "account", ...}]}``.
"""

from __future__ import annotations

import argparse
import json
import sys

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext
from mbdesk.commands.outbox import iso
from mbdesk.commands.post import cli_zone, parse_at
from mbdesk.domain.compose import Problem, check_post, count_target
from mbdesk.errors import MbdeskError
from mbdesk.store.models import Account, Category, DraftState, utcnow
from mbdesk.store.queries.drafts import ARCHIVED, DraftFilter, get_draft, list_drafts


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("drafts", help="list, check and schedule drafts")
    actions = parser.add_subparsers(dest="drafts_action", required=True)
    listing = actions.add_parser("list", help="list drafts, newest change first")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--category", choices=list(Category.ALL))
    listing.add_argument("--state", choices=[*DraftState.ALL, ARCHIVED])
    listing.add_argument("--account", metavar="NAME")
    listing.add_argument("--limit", type=int, default=200, metavar="N")
    listing.set_defaults(func=list_cmd)
    check = actions.add_parser("check", help="counts per target and what would be refused")
    check.add_argument("draft_id", type=int, metavar="ID")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=check_cmd)
    schedule = actions.add_parser("schedule", help="queue a draft for all its targets")
    schedule.add_argument("draft_id", type=int, metavar="ID")
    schedule.add_argument("--at", metavar="ISO8601", help="when (default: as soon as possible)")
    schedule.set_defaults(func=schedule_cmd)


def list_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    handles = dict(Account.select(Account.id, Account.handle).tuples())
    account_id = find_account(args.account).id if args.account else None
    flt = DraftFilter(text=args.search.strip(), category=args.category or "",
                      state=args.state or "", account_id=account_id)
    rows, after = [], None
    while len(rows) < max(1, args.limit):
        page = list_drafts(flt, after=after, limit=min(200, args.limit - len(rows)))
        rows += page
        if len(page) < 200 or not page:
            break
        after = page[-1].cursor
    records = [{"id": r.id, "title": r.title, "first_line": r.first_line,
                "category": r.category, "state": r.state, "archived": r.archived,
                "updated_at": iso(r.updated_at),
                "targets": [handles.get(a, str(a)) for a in r.target_ids]} for r in rows]
    if args.json:
        print(json.dumps(records, ensure_ascii=False))
        return 0
    for r in records:
        print(f"#{r['id']:<6} {r['state']:<9} {r['category']:<14} "
              f"{(r['title'] or r['first_line'])[:60]}  → {', '.join(r['targets']) or '-'}")
    if not records:
        print("No drafts match.")
    return 0


def _specs(draft_id: int):
    from mbdesk.services.scheduling import draft_specs

    detail = get_draft(draft_id)
    if detail is None:
        raise MbdeskError(f"No draft with id {draft_id}.", hint="See 'mbdesk drafts list'.")
    targets, media = draft_specs(detail)
    own = {t.account_id for t in detail.targets if t.diverged}
    return detail, targets, media, own


def problem_line(p: Problem, names: dict[int, str]) -> str:
    """A problem in plain English (the window shows the translated wording)."""
    v = dict(p.values)
    who = names.get(p.account_id or 0, "")
    texts = {
        "no_targets": "No target account: tick at least one in the composer.",
        "empty": f"{who}: the text is empty.",
        "too_long": f"{who}: {v.get('count')} of {v.get('limit')}; shorten it by "
                    f"{v.get('over')}.",
        "too_many_images": f"{who} takes at most {v.get('limit')} image(s); the post has "
                           f"{v.get('count')}.",
        "alt_required": f"{who}: Bluesky needs alt text for every image ({v.get('count')} "
                        "without).",
        "alt_missing": f"{who}: {v.get('count')} image(s) without alt text.",
        "alt_too_long": f"{who}: an alt text is longer than {v.get('limit')} characters.",
        "weibo_no_hashtags": f"{who}: Weibo takes no hashtags from apps; they are left out.",
        "already_scheduled": "The draft is already scheduled; move or cancel it first.",
        "image": f"{who}: image {v.get('path')} cannot be used ({v.get('code')}).",
        "past": "That time has already passed.",
        "missing": "The draft no longer exists.",
        "needs_reauth": f"{who} needs re-authorization: the post will wait until you sign in "
                        "again (in the window: Accounts → Re-authorize).",
    }
    return texts.get(p.code, p.code)


def check_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    detail, targets, media, own = _specs(args.draft_id)
    problems = check_post(targets, detail.hashtags, media)
    names = {t.account_id: t.name for t in targets}
    counts = []
    for t in targets:
        result = count_target(t, detail.hashtags)
        counts.append({"account": t.name, "platform": t.platform, "count": result.count,
                       "limit": result.limit, "fits": result.fits,
                       "own_text": t.account_id in own})
    if args.json:
        print(json.dumps({"targets": counts, "problems": [
            {"code": p.code, "severity": p.severity, "account": names.get(p.account_id or 0),
             **{k: v for k, v in p.values.items() if k != "name"}} for p in problems]},
            ensure_ascii=False))
    else:
        for c in counts:
            mark = "ok" if c["fits"] else "TOO LONG"
            print(f"{c['account']:<30} {c['count']:>6} / {c['limit']:<6} {mark}")
        for p in problems:
            print(("error: " if p.severity == "error" else "warning: ") + problem_line(p, names))
    return 1 if any(p.severity == "error" for p in problems) else 0


def schedule_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.services.scheduling import SchedulingRefused, schedule_draft

    ctx.database()
    detail, targets, _media, _own = _specs(args.draft_id)
    zone, zone_name = cli_zone()
    when = parse_at(args.at, zone, utcnow()) if args.at else None
    try:
        result = schedule_draft(detail.id, when, zone_name, ctx.workspace.media)
    except SchedulingRefused as exc:
        names = {t.account_id: t.name for t in targets}
        lines = [problem_line(p, names) for p in exc.problems]
        raise MbdeskError("Nothing was queued: " + " ".join(lines),
                          hint="Fix the draft in the composer, then try again.") from None
    from mbdesk.store.post_queue import describe_warning

    names = {t.account_id: t.name for t in targets}
    for warning in result.warnings:  # the calendar's cadence rules, as 'post' prints them
        print(f"Warning: {describe_warning(warning, names.get(warning.account_id, ''))}",
              file=sys.stderr)
    what = "as soon as possible" if when is None else f"at {args.at} ({zone_name or zone})"
    print(f"Draft #{detail.id} queued {what}: outbox item(s) "
          f"{', '.join('#' + str(i) for i in result.item_ids)}.")
    print("It goes out while mbdesk or 'mbdesk sync' runs.")
    return 0
