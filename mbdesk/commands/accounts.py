"""``mbdesk accounts list [--json]``."""

from __future__ import annotations

import argparse
import json

from mbdesk.commands.context import CliContext
from mbdesk.store.models import Account


def register(subparsers: argparse._SubParsersAction) -> None:
    accounts = subparsers.add_parser("accounts", help="list and manage connected accounts")
    actions = accounts.add_subparsers(dest="accounts_action", required=True)
    listing = actions.add_parser("list", help="list the connected accounts")
    listing.add_argument("--json", action="store_true", help="print JSON (stable format)")
    listing.set_defaults(func=list_accounts)


def account_record(account: Account) -> dict[str, object]:
    """The stable JSON shape of an account (documented in the README)."""
    return {
        "id": account.id,
        "uid": account.uid,
        "platform": account.platform,
        "instance": account.instance_url,
        "handle": account.handle,
        "display_name": account.display_name,
        "status": account.status,
        "sync_state": account.sync_state,
        "last_error": account.last_error,
    }


def list_accounts(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.database()
    accounts = [account_record(a) for a in Account.select().order_by(Account.id)]
    if args.json:
        print(json.dumps(accounts, ensure_ascii=False, indent=2))
        return 0
    if not accounts:
        print("No accounts yet. Add one in the window (Accounts) or run 'mbdesk --demo'.")
        return 0
    for a in accounts:
        print(f"{a['id']:>3}  {a['platform']:<9} {a['handle']:<32} {a['status']}")
    return 0
