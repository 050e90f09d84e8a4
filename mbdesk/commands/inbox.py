"""``mbdesk inbox list [--json] [--state new|read|done] [--account NAME] [--limit N]``.

``--json`` prints a list of objects, newest first, with these stable fields:

* ``id`` (int: use it with ``mbdesk post --reply-to``), ``account_id`` (int), ``account`` (handle),
* ``remote_id`` (the notification id), ``status_remote_id`` (the post that mentions us),
* ``kind`` ("mention", "reply", "filtered_mention", ...), ``stream`` ("mentions" | "watch"),
* ``state`` ("new" | "read" | "done"), ``author_handle``, ``author_name``,
* ``created_at``, ``first_reply_at`` (UTC ISO 8601 with "Z", or null),
* ``text`` (plain text), ``url``.
"""

from __future__ import annotations

import argparse
import json

from peewee import JOIN

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext
from mbdesk.commands.outbox import iso
from mbdesk.store.models import Account, Mention, MentionState, Person


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("inbox", help="mentions and replies of all accounts")
    actions = parser.add_subparsers(dest="inbox_action", required=True)
    listing = actions.add_parser("list", help="list mentions, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.add_argument("--state", choices=list(MentionState.ALL))
    listing.add_argument("--account", metavar="NAME")
    listing.add_argument("--limit", type=int, default=200, metavar="N",
                         help="at most N mentions (default 200)")
    listing.set_defaults(func=list_inbox)


def list_inbox(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    handles = dict(Account.select(Account.id, Account.handle).tuples())
    query = (Mention.select(Mention, Person)
             .join(Person, JOIN.LEFT_OUTER, on=(Mention.author == Person.id))
             .order_by(Mention.created_at.desc(), Mention.id.desc()).limit(max(1, args.limit)))
    if args.state:
        query = query.where(Mention.state == args.state)
    if args.account:
        query = query.where(Mention.account == find_account(args.account).id)
    records = []
    for m in query:
        author = m.author if m.author_id else None
        records.append({
            "id": m.id,
            "account_id": m.account_id,
            "account": handles.get(m.account_id, ""),
            "remote_id": m.remote_id,
            "status_remote_id": m.status_remote_id,
            "kind": m.kind,
            "stream": m.stream,
            "state": m.state,
            "author_handle": author.handle if author else "",
            "author_name": author.display_name if author else "",
            "created_at": iso(m.created_at),
            "first_reply_at": iso(m.first_reply_at),
            "text": m.text_plain,
            "url": m.url,
        })
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not records:
        print("No mentions.")
        return 0
    for r in records:
        head = " ".join(str(r["text"]).split())[:60]
        print(f"{r['id']:>6}  {r['state']:<4} {r['created_at']}  @{r['author_handle']:<24} {head}")
    return 0
