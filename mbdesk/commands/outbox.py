"""``mbdesk outbox list [--json] [--state S] [--account NAME]``, ``outbox show ID [--json]``,
``outbox retry ID``, ``outbox release ID`` (send a held post now), ``outbox cancel ID`` (one
not on a server yet), ``outbox edit ID --text TEXT`` and ``outbox delete ID`` (a sent post: an
edit/delete row of its own, sent exactly once by the next sync, the same path as the window).

``list --json`` prints a list of objects, oldest first, with these stable fields:

* ``id`` (int), ``uid`` (str, also the Idempotency-Key), ``kind`` ("publish" | "reply" |
  "edit" | "delete"; the last two change the sent row ``target_id``),
* ``account_id`` (int), ``account`` (handle),
* ``state``: "queued" | "sending" | "sent" | "failed" | "unknown" | "held" | "on_server",
* ``scheduled_at`` (UTC ISO 8601 with "Z", or null = as soon as possible),
  ``scheduled_tz`` (IANA zone the time was chosen in, or ""),
* ``attempts`` (int), ``next_attempt_at`` (UTC ISO or null), ``last_error`` (str: the reason
  of a failure, or a note such as "held"),
* ``remote_id``, ``remote_url``, ``server_scheduled_id`` (str, "" until known),
* ``in_reply_to_remote_id`` (str), ``mention_id`` (int or null),
* ``created_at``, ``sent_at`` (UTC ISO or null), ``text`` (the body),
* ``lookups`` (int: times mbdesk looked on the server whether, or how, it went out),
  ``note`` (str: something the owner should know that is not an error, or ""),
* ``target_id`` (int or null: an edit/delete row's sent row), ``edited_at``, ``deleted_at``
  (UTC ISO or null: a sent row's last edit and its deletion on the platform).

``show ID --json`` prints one such object with ``history``: every attempt, oldest first, as
``{"id", "action": "send"|"schedule"|"lookup"|"check"|"cancel", "started_at", "finished_at"
(UTC ISO or null), "outcome" ("started" while running or when the process died during it; then
e.g. "sent", "on_server", "failed", "unknown", "not_found", "found", "later",
"published_at_once", "not_supported"), "detail"}``; a sent post also has ``versions``: the
text it was sent with, then every edit done, as ``{"at", "text", "edit_id"}``.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext
from mbdesk.errors import MbdeskError
from mbdesk.store import outbox, post_changes
from mbdesk.store.models import Account, OutboxItem, OutboxKind, OutboxState
from mbdesk.store.queries.outbox_list import lookup_count


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("outbox", help="posts and replies waiting to go out")
    actions = parser.add_subparsers(dest="outbox_action", required=True)
    listing = actions.add_parser("list", help="list outbox items")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.add_argument("--state", choices=list(OutboxState.ALL))
    listing.add_argument("--account", metavar="NAME")
    listing.set_defaults(func=list_outbox)
    show = actions.add_parser("show", help="one item with every attempt and look-up")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="print JSON (stable format)")
    show.set_defaults(func=show_item)
    for name, helptext in (("retry", "queue a failed item again (same key)"),
                           ("release", "send a held post now"),
                           ("cancel", "delete an item the server does not hold")):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("id", type=int)
        action.set_defaults(func=change_item, action=name)
        if name == "retry":
            action.add_argument("--checked-not-there", action="store_true",
                                help="for an 'unknown' item: you looked on the platform and the "
                                "post is not there, so send it again")
    edit = actions.add_parser("edit", help="give a sent post a new text (Mastodon), once")
    edit.add_argument("id", type=int, help="the sent post's outbox id")
    edit.add_argument("--text", required=True, help="the new text")
    edit.set_defaults(func=edit_item)
    delete = actions.add_parser("delete", help="delete a sent post on its platform, once")
    delete.add_argument("id", type=int, help="the sent post's outbox id")
    delete.set_defaults(func=delete_item)


def iso(dt: datetime | None) -> str | None:
    return dt.replace(microsecond=0).isoformat() + "Z" if dt else None


def outbox_record(item: OutboxItem, handle: str, lookups: int = 0) -> dict[str, object]:
    return {
        "id": item.id,
        "uid": item.uid,
        "kind": item.kind,
        "account_id": item.account_id,
        "account": handle,
        "state": item.state,
        "scheduled_at": iso(item.scheduled_at),
        "scheduled_tz": item.scheduled_tz,
        "attempts": item.attempts,
        "next_attempt_at": iso(item.next_attempt_at),
        "last_error": item.last_error,
        "remote_id": item.remote_id,
        "remote_url": item.remote_url,
        "server_scheduled_id": item.server_scheduled_id,
        "in_reply_to_remote_id": item.in_reply_to_remote_id,
        "mention_id": item.mention_id,
        "created_at": iso(item.created_at),
        "sent_at": iso(item.sent_at),
        "text": item.body,
        "lookups": lookups,
        "note": item.note,
        "target_id": item.target_id,
        "edited_at": iso(item.edited_at),
        "deleted_at": iso(item.deleted_at),
    }


def _lookups(item_ids: list[int]) -> dict[int, int]:
    """Look-ups per item, a few hundred ids per query (SQLite's parameter limit)."""
    out: dict[int, int] = {}
    for start in range(0, len(item_ids), 500):
        for item_id, actions in outbox.attempt_counts(item_ids[start:start + 500]).items():
            out[item_id] = lookup_count(actions)
    return out


def list_outbox(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    handles = dict(Account.select(Account.id, Account.handle).tuples())
    query = OutboxItem.select().order_by(OutboxItem.id)
    if args.state:
        query = query.where(OutboxItem.state == args.state)
    if args.account:
        query = query.where(OutboxItem.account == find_account(args.account).id)
    items = list(query)
    lookups = _lookups([i.id for i in items])
    records = [outbox_record(i, handles.get(i.account_id, ""), lookups.get(i.id, 0))
               for i in items]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if not records:
        print("The outbox is empty.")
        return 0
    for r in records:
        when = r["scheduled_at"] or "asap"
        head = " ".join(str(r["text"]).split())[:48]
        print(f"{r['id']:>5}  {r['state']:<9} {when:<21} {r['account']:<24} {head}")
        if r["last_error"] and r["state"] != OutboxState.SENT:
            print(f"       {r['last_error']}")
        if r["note"]:
            print(f"       note: {r['note']}")
    return 0


def show_item(args: argparse.Namespace, ctx: CliContext) -> int:
    """One row with its attempt history (what was tried, when, and what came of it)."""
    ctx.database()
    item = OutboxItem.get_or_none(OutboxItem.id == args.id)
    if item is None:
        raise MbdeskError(f"No outbox item {args.id}.", hint="See 'mbdesk outbox list'.")
    handle = Account.select(Account.handle).where(Account.id == item.account_id).scalar() or ""
    history = outbox.attempt_history(item.id)
    record = outbox_record(item, handle, _lookups([item.id]).get(item.id, 0))
    record["history"] = [{"id": a.id, "action": a.action, "started_at": iso(a.started_at),
                          "finished_at": iso(a.finished_at), "outcome": a.outcome,
                          "detail": a.detail} for a in history]
    texts = (post_changes.versions(item.id)
             if item.kind in OutboxKind.POSTS and item.state == OutboxState.SENT else [])
    if texts:  # the text it was sent with, then every edit done
        record["versions"] = [{"at": iso(v.at), "text": v.text, "edit_id": v.edit_id}
                              for v in texts]
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    when = record["scheduled_at"] or "asap"
    print(f"Item {item.id} ({record['kind']}) for {handle}: {item.state}, planned {when}")
    print(f"  attempts: {item.attempts}, look-ups: {record['lookups']}")
    if item.last_error:
        print(f"  last error: {item.last_error}")
    if item.note:
        print(f"  note: {item.note}")
    if item.remote_url:
        print(f"  published: {item.remote_url}")
    print("  " + " ".join(item.body.split())[:72])
    if item.target_id is not None:
        print(f"  {item.kind} of item {item.target_id}")
    if texts:
        for v in texts[1:]:
            print(f"  edited {iso(v.at)} (item {v.edit_id}): " + " ".join(v.text.split())[:60])
        if item.deleted_at:
            print(f"  deleted {iso(item.deleted_at)}")
    if not history:
        print("  No attempts recorded.")
    for a in history:
        detail = f"  {a.detail}" if a.detail else ""
        print(f"  {iso(a.started_at)}  {a.action:<8} {a.outcome:<17}{detail}")
    return 0


def change_item(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    item = OutboxItem.get_or_none(OutboxItem.id == args.id)
    if item is None:
        raise MbdeskError(f"No outbox item {args.id}.", hint="See 'mbdesk outbox list'.")
    if args.action == "retry":
        done = outbox.retry(args.id, checked_not_there=args.checked_not_there)
    else:
        done = {"release": outbox.release_held, "cancel": outbox.delete_local}[args.action](
            args.id)
    if not done:
        hint = ("retry: failed items (an unknown one with --checked-not-there, after you looked "
                "on the platform); release: held items; cancel: queued, held, failed or unknown "
                "items (cancel a server-held post in the window).")
        if item.state == "unknown" and args.action == "retry":
            hint = ("mbdesk is checking whether it arrived. Look on the platform: if it is not "
                    "there, run 'mbdesk outbox retry ID --checked-not-there'; if it is, "
                    "'mbdesk outbox cancel ID'.")
        raise MbdeskError(f"Item {args.id} is {item.state}; '{args.action}' does not apply.",
                          hint=hint)
    print(f"Item {args.id}: {args.action} done.")
    return 0


def _change(item_id: int, ask) -> int:
    try:
        change_id = ask()
    except post_changes.ChangeRefused as exc:
        hints = {"edit_not_allowed": "Delete it ('mbdesk outbox delete ID') and post the new "
                 "text again.", "not_sent": "See 'mbdesk outbox list --state sent'.",
                 "no_item": "See 'mbdesk outbox list'."}
        raise MbdeskError(exc.message, hint=hints.get(exc.code, "")) from None
    return change_id


def edit_item(args: argparse.Namespace, ctx: CliContext) -> int:
    """Queue a new text for a sent post (saved before anything is sent; goes out once with
    the next sync, looked up after an unclear answer)."""
    ctx.database()
    change_id = _change(args.id, lambda: post_changes.request_edit(args.id, args.text))
    print(f"Item {args.id}: the edit is queued as item {change_id}; it goes out with the next "
          "sync ('mbdesk sync --once', or the window). 'mbdesk outbox show "
          f"{change_id}' follows it.")
    return 0


def delete_item(args: argparse.Namespace, ctx: CliContext) -> int:
    """Queue the deletion of a sent post (exactly once, like an edit)."""
    ctx.database()
    change_id = _change(args.id, lambda: post_changes.request_delete(args.id))
    print(f"Item {args.id}: the delete is queued as item {change_id}; it goes out with the "
          f"next sync. 'mbdesk outbox show {change_id}' follows it.")
    return 0
