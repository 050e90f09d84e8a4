"""``mbdesk stats --account NAME [--days N] [--json]``: followers per day, new and lost.

``--json`` prints ``{"account": handle, "days": [...]}``, one object per day, oldest first,
with these stable fields: ``date`` (YYYY-MM-DD, UTC day), ``followers`` (the day's snapshot,
or null when that day was not synced), ``new``, ``lost`` (follower edges first seen / lost that
day) and ``net`` (new − lost).
"""

from __future__ import annotations

import argparse
import json

from mbdesk.commands.accounts import find_account
from mbdesk.commands.context import CliContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help="daily followers, new and lost of an account")
    parser.add_argument("--account", metavar="NAME", required=True)
    parser.add_argument("--days", type=int, default=30, metavar="N",
                        help="the last N days (default 30)")
    parser.add_argument("--json", action="store_true", help="print JSON (stable format)")
    parser.set_defaults(func=show_stats)


def show_stats(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store.queries.analytics import daily_followers

    ctx.database()
    account = find_account(args.account)
    days = daily_followers(account.id, max(1, args.days))
    if args.json:
        print(json.dumps({"account": account.handle, "days": [
            {"date": d.day.isoformat(), "followers": d.followers, "new": d.new, "lost": d.lost,
             "net": d.net} for d in days]}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'date':<10}  {'followers':>9}  {'new':>5}  {'lost':>5}")
    for d in days:
        followers = "—" if d.followers is None else str(d.followers)
        print(f"{d.day.isoformat():<10}  {followers:>9}  {d.new:>5}  {d.lost:>5}")
    print(f"{sum(d.new for d in days)} new, {sum(d.lost for d in days)} lost"
          f" in {len(days)} days")
    return 0
