"""``mbdesk inbox list|reply|done``: the mention inbox from the command line.

* ``mbdesk inbox list [--json] [--state new|read|done] [--account NAME] [--search TEXT]
  [--stream mentions|watch] [--limit N]``
* ``mbdesk inbox reply MENTION_ID TEXT [--drop HANDLE]... [--author-only]``: queue a reply in
  the outbox (sent by the window or ``mbdesk sync``, exactly once); with the setting
  ``reply_marks_done`` the mention is done. On Mastodon the text starts with ``@author`` and the
  others the post named (as in every Mastodon client), except those dropped or already typed.
* ``mbdesk inbox done MENTION_ID``: archive a mention.

``list --json`` prints a list of objects, newest first, with these stable fields:

* ``id`` (int: use it with ``inbox reply``), ``account_id`` (int), ``account`` (handle),
* ``remote_id`` (the notification id), ``status_remote_id`` (the post that mentions us),
* ``kind`` ("mention", "reply", "filtered_mention", ...), ``stream`` ("mentions" | "watch"),
* ``state`` ("new" | "read" | "done"), ``author_handle``, ``author_name``,
* ``created_at``, ``first_reply_at`` (UTC ISO 8601 with "Z", or null),
* ``priority`` (int, 0 = normal), ``negative`` (bool: flagged by the crisis watch),
* ``text`` (plain text), ``url``.

``--search`` uses the same query as the window: words in any script (a Chinese word of one
character or more, accents ignored), the last word also matching longer words that start with it.
"""

from __future__ import annotations

import argparse
import json

from peewee import JOIN

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext
from mbdesk.commands.outbox import iso
from mbdesk.domain.terminal import cell
from mbdesk.errors import MbdeskError
from mbdesk.store import inbox as inbox_store
from mbdesk.store.models import Account, Mention, MentionState, Person, Stream
from mbdesk.store.queries import mentions
from mbdesk.store.queries.mentions import MentionFilter
from mbdesk.sync.ingest import chunks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("inbox", help="mentions and replies of all accounts")
    actions = parser.add_subparsers(dest="inbox_action", required=True)
    listing = actions.add_parser("list", help="list mentions, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.add_argument("--state", choices=list(MentionState.ALL))
    listing.add_argument("--account", metavar="NAME")
    listing.add_argument("--limit", type=int, default=200, metavar="N",
                         help="at most N mentions (default 200)")
    listing.add_argument("--search", metavar="TEXT", default="",
                         help="only mentions containing TEXT (full-text search)")
    listing.add_argument("--stream", choices=[Stream.MENTIONS, Stream.WATCH])
    listing.set_defaults(func=list_inbox)
    reply = actions.add_parser("reply", help="queue a reply to a mention in the outbox")
    reply.add_argument("mention_id", type=int, metavar="MENTION_ID")
    reply.add_argument("text", metavar="TEXT")
    reply.add_argument("--drop", action="append", default=[], metavar="HANDLE",
                       help="Mastodon: do not address this person the post named (repeatable); "
                            "the author is always addressed")
    reply.add_argument("--author-only", action="store_true",
                       help="Mastodon: address only the author, none of the others")
    reply.set_defaults(func=reply_to_mention)
    done = actions.add_parser("done", help="mark a mention done (archive it)")
    done.add_argument("mention_id", type=int, metavar="MENTION_ID")
    done.set_defaults(func=mark_done)


def list_inbox(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    handles = dict(Account.select(Account.id, Account.handle).tuples())
    flt = MentionFilter(state=args.state, stream=args.stream, search=args.search,
                        account_id=find_account(args.account).id if args.account else None)
    ids = [row.id for row in mentions.page(flt, limit=max(1, args.limit))]  # the window's query
    by_id: dict[int, Mention] = {}
    for chunk in chunks(ids):
        by_id.update((m.id, m) for m in Mention.select(Mention, Person)
                     .join(Person, JOIN.LEFT_OUTER, on=(Mention.author == Person.id))
                     .where(Mention.id.in_(list(chunk))))
    records = []
    for m in (by_id[i] for i in ids if i in by_id):
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
            "priority": m.priority,
            "negative": bool(m.negative),
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
        print(f"{r['id']:>6}  {r['state']:<4} {r['created_at']}  "
              f"@{cell(r['author_handle'], 24)} {head}")
    return 0


def _mention(mention_id: int) -> Mention:
    mention = Mention.get_or_none(Mention.id == mention_id)
    if mention is None:
        raise MbdeskError(f"No mention with id {mention_id}.",
                          hint="See the ids with 'mbdesk inbox list'.")
    return mention


def reply_to_mention(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    from mbdesk.services.replies import addressees, queue_reply
    from mbdesk.store.models import OutboxItem

    mention = _mention(args.mention_id)
    account = Account.get_by_id(mention.account_id)
    handles, _ = addressees(mention)
    drop = [h.strip().lstrip("@") for h in args.drop]
    known = {h.lower() for h in handles}
    unknown = [h for h in drop if h.lower() not in known]
    if unknown:
        named = " ".join("@" + h for h in handles) or "nobody"
        raise MbdeskError(f"@{unknown[0]} is not among the people this reply addresses "
                          f"({named}).", hint="Give --drop a handle from that list.")
    if args.author_only:
        drop += handles[1:]
    item_id = queue_reply(mention.id, args.text, drop=drop)
    print(f"Reply {item_id} queued for {account.handle}; it goes out while mbdesk or "
          "'mbdesk sync' runs.")
    if handles:
        body = OutboxItem.get_by_id(item_id).body
        print(f"It reads: {' '.join(body.split())[:120]}")
    return 0


def mark_done(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    mention = _mention(args.mention_id)
    inbox_store.set_state([mention.id], MentionState.DONE)
    print(f"Mention {mention.id} is done.")
    return 0
