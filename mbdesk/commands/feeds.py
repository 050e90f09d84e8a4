"""``mbdesk feeds add|list|check|remove``: RSS/Atom feeds whose new entries become drafts.

* ``feeds add URL [--account NAME]...``: fetch the feed once (it must be RSS or Atom), remember
  it and make drafts of its newest entries; older entries are remembered without a draft. Each
  ``--account`` (handle or id, repeatable) is ticked on every draft the feed makes.
* ``feeds list [--json]``: ``id``, ``url``, ``title``, ``checked_at`` (UTC or null),
  ``last_result`` ("" never checked | "ok" | "not_modified" | a problem code: "unreachable",
  "too_big", "not_a_feed", "http_error", "failed"), ``last_error``, ``drafts_made``,
  ``entries_seen``, ``accounts`` (the handles ticked on its drafts).
* ``feeds check [ID]``: fetch every feed (or one) now; new entries become drafts, each once.
* ``feeds remove ID``: forget the feed; the drafts it made stay.
"""

from __future__ import annotations

import argparse
import json
import sys

from mbdesk.commands.context import CliContext
from mbdesk.commands.outbox import iso
from mbdesk.domain.terminal import cell
from mbdesk.errors import MbdeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("feeds", help="RSS/Atom feeds whose entries become drafts")
    actions = parser.add_subparsers(dest="feeds_action", required=True)
    add = actions.add_parser("add", help="add a feed (fetched once to check it)")
    add.add_argument("url", metavar="URL")
    add.add_argument("--account", action="append", default=[], metavar="NAME",
                     help="tick this account (handle or id) on the feed's drafts; repeatable")
    add.set_defaults(func=add_cmd)
    listing = actions.add_parser("list", help="the feeds, their last check and drafts made")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.set_defaults(func=list_cmd)
    check = actions.add_parser("check", help="fetch the feeds now and make drafts of new entries")
    check.add_argument("feed_id", type=int, nargs="?", metavar="ID")
    check.set_defaults(func=check_cmd)
    remove = actions.add_parser("remove", help="forget a feed (its drafts stay)")
    remove.add_argument("feed_id", type=int, metavar="ID")
    remove.set_defaults(func=remove_cmd)


def _problem(exc) -> MbdeskError:
    from mbdesk.services.feeds import problem_text

    detail = f" ({exc.detail})" if exc.detail and exc.code in ("unreachable", "not_a_feed",
                                                                "too_big") else ""
    return MbdeskError(problem_text(exc.code, exc.detail) + detail)


def add_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.commands.accounts import find_account
    from mbdesk.services.feeds import FeedProblem, add_feed

    ctx.database()
    accounts = [find_account(name) for name in args.account]  # an unknown name: nothing added
    try:
        added = add_feed(args.url, account_ids=tuple(a.id for a in accounts))
    except FeedProblem as exc:
        raise _problem(exc) from None
    print(f"Added feed #{added.feed_id}: {added.title or args.url}")
    print(f"  {added.new_drafts} draft(s) made from its newest entries"
          + (f"; {added.remembered} older entries remembered without a draft."
             if added.remembered else "."))
    if accounts:
        print("  Its drafts come with " + ", ".join(a.handle for a in accounts) + " ticked.")
    return 0


def list_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store.feeds import list_feeds
    from mbdesk.store.models import Account

    ctx.database()
    rows = list_feeds()
    handles = {a.id: a.handle for a in Account.select(Account.id, Account.handle)}
    records = [{"id": r.id, "url": r.url, "title": r.title, "checked_at": iso(r.checked_at),
                "last_result": r.last_result, "last_error": r.last_error,
                "drafts_made": r.drafts_made, "entries_seen": r.entries_seen,
                "accounts": [handles[i] for i in r.account_ids if i in handles]} for r in rows]
    if args.json:
        print(json.dumps(records, ensure_ascii=False))
        return 0
    for r in records:
        state = r["last_result"] or "never checked"
        to = f"  → {', '.join(r['accounts'])}" if r["accounts"] else ""
        print(f"#{r['id']:<4} {cell(r['title'] or r['url'], 50)} {state:<13} "
              f"{r['drafts_made']} draft(s)  {r['url']}{to}")
    if not records:
        print("No feeds yet: mbdesk feeds add URL")
    return 0


def check_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.services.feeds import check_all, check_feed, problem_text

    ctx.database()
    outcomes = [check_feed(args.feed_id)] if args.feed_id is not None else check_all()
    failed = 0
    for o in outcomes:
        name = o.title or f"feed #{o.feed_id}"
        if o.result == "gone":
            raise MbdeskError(f"There is no feed #{o.feed_id}.",
                              hint="mbdesk feeds list shows the feeds and their numbers.")
        if o.result == "ok":
            print(f"#{o.feed_id} {name}: {o.new_drafts} new draft(s)")
        elif o.result == "not_modified":
            print(f"#{o.feed_id} {name}: unchanged since the last check")
        else:
            failed += 1
            print(f"#{o.feed_id} {name}: {problem_text(o.result, o.detail)}", file=sys.stderr)
    if not outcomes:
        print("No feeds yet: mbdesk feeds add URL")
    return 2 if failed else 0


def remove_cmd(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store.feeds import remove_feed

    ctx.database()
    if not remove_feed(args.feed_id):
        raise MbdeskError(f"There is no feed #{args.feed_id}.",
                          hint="mbdesk feeds list shows the feeds and their numbers.")
    print(f"Removed feed #{args.feed_id}; the drafts it made stay.")
    return 0
