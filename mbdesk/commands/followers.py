"""``mbdesk followers list|tag``: the followers list and tagging from the command line.

``followers list [--account NAME] [--tag T] [--lost] [--json|--csv]`` prints followers newest
first. ``--json`` prints a list of objects with these stable fields:

* ``person_id`` (int), ``handle``, ``name``, ``platform``, ``followers_count`` (int),
* ``first_seen``, ``last_interaction_at`` (UTC ISO 8601 with "Z", or null),
* ``lost`` (bool: follows none of the accounts in scope any more), ``tags`` (list of names).

``--csv`` prints the same fields as CSV (tags joined with "; ").

``followers tag HANDLE TAG [--account NAME] [--remove]`` adds (or removes) a tag; a tag that does
not exist yet is created. "customer", "kol" and "potential" name the built-in tags.

``followers requests [--account NAME] [--json]`` lists pending follow requests to locked accounts
(as of the last sync), newest first. ``--json`` prints a list of objects with these stable fields:
``request_id`` (int), ``account``, ``handle``, ``name``, ``platform``, ``followers_count`` (int),
``seen_at`` (UTC ISO 8601 with "Z": when a sync first found the request).

``followers accept HANDLE [--account NAME]`` / ``followers reject HANDLE [--account NAME]``
answer one on the server at once (network needed); an accepted person is a follower from then on.
"""

from __future__ import annotations

import argparse
import json
import sys

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext
from mbdesk.commands.outbox import iso
from mbdesk.domain import csv_safe
from mbdesk.errors import MbdeskError
from mbdesk.store.models import TagKind

FIELDS = ("person_id", "handle", "name", "platform", "followers_count", "first_seen",
          "last_interaction_at", "lost", "tags")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("followers", help="followers of the shop's accounts, and tags")
    actions = parser.add_subparsers(dest="followers_action", required=True)
    listing = actions.add_parser("list", help="list followers, newest first")
    listing.add_argument("--account", metavar="NAME", help="one account (default: all)")
    listing.add_argument("--tag", metavar="T", help="only people with this tag")
    listing.add_argument("--lost", action="store_true", help="only followers who left")
    out = listing.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON (stable format)")
    out.add_argument("--csv", action="store_true", help="print CSV")
    listing.set_defaults(func=list_followers)
    tag = actions.add_parser("tag", help="tag a person by handle")
    tag.add_argument("handle", metavar="HANDLE")
    tag.add_argument("tag", metavar="TAG")
    tag.add_argument("--account", metavar="NAME", help="the person follows this account")
    tag.add_argument("--remove", action="store_true", help="remove the tag instead")
    tag.set_defaults(func=tag_follower)
    requests = actions.add_parser("requests", help="pending follow requests (locked accounts)")
    requests.add_argument("--account", metavar="NAME", help="one account (default: all)")
    requests.add_argument("--json", action="store_true", help="print JSON (stable format)")
    requests.set_defaults(func=list_requests)
    for verb, text in (("accept", "accept a follow request"),
                       ("reject", "reject a follow request")):
        answer = actions.add_parser(verb, help=text)
        answer.add_argument("handle", metavar="HANDLE")
        answer.add_argument("--account", metavar="NAME", help="the account they asked to follow")
        answer.set_defaults(func=answer_request, accept=verb == "accept")


def _tag_id(name: str, create: bool) -> int | None:
    from mbdesk.store import tags

    key = name.strip().casefold()
    if key in TagKind.BUILTIN:
        return tags.tag_of_kind(key)
    found = tags.find_tag(name)
    if found is not None:
        return found.id
    return tags.create_tag(name) if create else None


def list_followers(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store.queries import people

    ctx.database()
    account_id = find_account(args.account).id if args.account else None
    tag_id = None
    if args.tag:
        tag_id = _tag_id(args.tag, create=False)
        if tag_id is None:
            known = ", ".join(t.name for t in people.all_tags()) or "none"
            raise MbdeskError(f"No tag called {args.tag!r}.", hint=f"Tags: {known}.")
    rows = people.all_rows(people.PeopleFilter(account_id=account_id, tag_id=tag_id,
                                               lost=args.lost))
    records = [{
        "person_id": r.person_id, "handle": r.handle, "name": r.display_name,
        "platform": r.platform, "followers_count": r.followers_count,
        "first_seen": iso(r.first_seen), "last_interaction_at": iso(r.last_interaction_at),
        "lost": r.lost, "tags": [t.name for t in r.tags],
    } for r in rows]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv_safe.writer(sys.stdout)  # names from strangers: no formulas
        writer.writerow(FIELDS)
        for rec in records:
            writer.writerow([*(rec[f] for f in FIELDS[:-2]), "yes" if rec["lost"] else "",
                             "; ".join(rec["tags"])])
    elif not records:
        print("No followers.")
    else:
        for rec in records:
            tags = ", ".join(rec["tags"])
            mark = " (lost)" if rec["lost"] else ""
            print(f"@{rec['handle']:<32} {rec['followers_count']:>9}  {rec['first_seen']}"
                  f"  {tags}{mark}")
        print(f"{len(records)} followers")
    return 0


def tag_follower(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store import tags
    from mbdesk.store.queries import people

    ctx.database()
    account_id = find_account(args.account).id if args.account else None
    matches = people.people_by_handle(args.handle, account_id)
    if not matches:
        where = f" among the followers of {args.account}" if args.account else ""
        raise MbdeskError(f"No one with the handle {args.handle!r}{where}.")
    if len(matches) > 1:
        raise MbdeskError(f"{len(matches)} people have the handle {args.handle!r}.",
                          hint="Name the account they follow with --account.")
    person_id, handle, _platform = matches[0]
    tag_id = _tag_id(args.tag, create=not args.remove)
    if tag_id is None:
        raise MbdeskError(f"No tag called {args.tag!r}.")
    name = next(t.name for t in people.all_tags() if t.id == tag_id)
    if args.remove:
        changed = tags.untag_people([person_id], tag_id)
        print(f"Removed {name!r} from @{handle}." if changed else f"@{handle} had no {name!r}.")
    else:
        changed = tags.tag_people([person_id], tag_id)
        print(f"Tagged @{handle} {name!r}." if changed else f"@{handle} is already {name!r}.")
    return 0


def list_requests(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store import follow_requests

    ctx.database()
    account_id = find_account(args.account).id if args.account else None
    rows = follow_requests.pending(account_id)
    records = [{
        "request_id": r.id, "account": r.account_handle, "handle": r.handle,
        "name": r.display_name, "platform": r.platform, "followers_count": r.followers_count,
        "seen_at": iso(r.seen_at),
    } for r in rows]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not records:
        print("No pending follow requests (as of the last sync).")
    else:
        for rec in records:
            print(f"@{rec['handle']:<32} → {rec['account']:<24} {rec['seen_at']}  {rec['name']}")
        print(f"{len(records)} pending follow request(s); answer with "
              "'mbdesk followers accept|reject HANDLE'.")
    return 0


def answer_request(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.commands.accounts import secret_store
    from mbdesk.services.follow_requests import answer_request as send_answer
    from mbdesk.store import follow_requests

    ctx.database()
    account_id = find_account(args.account).id if args.account else None
    matches = follow_requests.find_pending(args.handle, account_id)
    if not matches:
        where = f" to {args.account}" if args.account else ""
        raise MbdeskError(f"No pending follow request from {args.handle!r}{where}.",
                          hint="See them with 'mbdesk followers requests' (run 'mbdesk sync' "
                               "first to fetch new ones).")
    if len(matches) > 1:
        accounts = ", ".join(sorted({m.account_handle for m in matches}))
        raise MbdeskError(f"{len(matches)} pending requests match {args.handle!r} ({accounts}).",
                          hint="Use the full handle, or name the account with --account.")
    row = matches[0]
    answer = send_answer(row.id, args.accept, secrets=secret_store(ctx),
                         workspace_root=ctx.workspace.root)
    verb = "accept" if args.accept else "reject"
    if not answer.ok:
        if answer.gone:
            hint = "It was withdrawn or answered elsewhere; mbdesk no longer lists it."
        elif answer.needs_reauth:
            hint = (f"Authorize {row.account_handle} again (the Accounts screen, or "
                    "'mbdesk accounts add').")
        else:
            hint = "Check the network and try again."
        raise MbdeskError(f"Could not {verb} @{row.handle}: {answer.message}", hint=hint)
    if args.accept:
        print(f"Accepted @{row.handle}: they now follow {row.account_handle}.")
    else:
        print(f"Rejected @{row.handle}'s request to follow {row.account_handle}.")
    return 0
