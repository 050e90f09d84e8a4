"""``mbdesk competitors add PLATFORM HANDLE [--via ACCOUNT] | list | show ID | remove ID``:
competitor watch from the command line (the window's Analytics → Competitors tab).

``list --json``: one object per rival: ``id``, ``platform``, ``handle``, ``display_name``,
``url``, ``via`` (the owner's account it is read through), ``state`` (``ok`` | ``not_found`` |
``private`` | ``not_allowed`` | ``error``), ``last_error``, ``checked_at`` (UTC or null),
``followers`` (latest count or null), ``posts_stored``. ``show ID --json`` adds ``followers_by_day``
(``[{"date", "followers"}]``), ``rhythm`` (``by_weekday`` Monday first, ``by_hour`` 0–23 in the
zone from Settings, ``per_week``) and ``best_posts`` (``text``, ``url``, ``published_at``,
``replies``, ``reposts``, ``favourites``), over the last ``--days`` days (default 90).
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta

from mbdesk.commands.accounts import find_account, secret_store
from mbdesk.commands.context import CliContext
from mbdesk.domain.terminal import cell
from mbdesk.errors import MbdeskError

PLATFORMS = ("mastodon", "bluesky", "x", "weibo")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("competitors", help="watch rivals' public posts and followers")
    sub = parser.add_subparsers(dest="competitors_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="watch a rival account")
    add.add_argument("platform", choices=PLATFORMS)
    add.add_argument("handle", help="e.g. bakery@mastodon.social, bakery.bsky.social, @bakery")
    add.add_argument("--via", metavar="ACCOUNT",
                     help="your account to read through (default: your only one there)")
    add.set_defaults(func=add_competitor)
    lst = sub.add_parser("list", help="the rivals watched")
    lst.add_argument("--json", action="store_true", help="print JSON (stable format)")
    lst.set_defaults(func=list_competitors)
    show = sub.add_parser("show", help="a rival's followers, rhythm and best posts")
    show.add_argument("id", type=int)
    show.add_argument("--days", type=int, default=90, metavar="N")
    show.add_argument("--json", action="store_true", help="print JSON (stable format)")
    show.set_defaults(func=show_competitor)
    remove = sub.add_parser("remove", help="stop watching a rival (its history is deleted)")
    remove.add_argument("id", type=int)
    remove.set_defaults(func=remove_competitor)


def _via(platform: str, name: str | None):
    from mbdesk.store.models import Account

    if name:
        account = find_account(name)
        if account.platform != platform:
            raise MbdeskError(f"{account.handle} is a {account.platform} account, not {platform}.")
        return account
    accounts = list(Account.select().where(Account.platform == platform))
    if not accounts:
        raise MbdeskError(f"No connected {platform} account to read through.",
                          hint=f"Connect one first ('mbdesk accounts add {platform} …').")
    if len(accounts) > 1:
        names = ", ".join(a.handle for a in accounts)
        raise MbdeskError(f"More than one {platform} account: say which with --via.",
                          hint=f"Accounts: {names}.")
    return accounts[0]


def add_competitor(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.platforms.rivals import WEIBO_NOTE
    from mbdesk.services.rivals import add_rival

    ctx.database()
    if args.platform == "weibo":
        raise MbdeskError(WEIBO_NOTE)
    account = _via(args.platform, args.via)
    added = add_rival(account.id, args.handle, secrets=secret_store(ctx),
                      workspace_root=ctx.workspace.root)
    if not added.ok:
        hints = {"not_found": "Check the spelling (on Mastodon include @server for another "
                              "server).",
                 "needs_reauth": "Authorize the account again ('mbdesk accounts add …').",
                 "rate_limited": "Try again later."}
        raise MbdeskError(added.message, hint=hints.get(added.code, ""))
    if added.message:
        print(f"Note: {added.message}")
    verb = "Now watching" if added.created else "Already watching"
    print(f"{verb} {added.handle} (competitor #{added.rival_id}) through {account.handle}.")
    return 0


def _row_json(r) -> dict:
    return {"id": r.id, "platform": r.platform, "handle": r.handle,
            "display_name": r.display_name, "url": r.url, "via": r.account, "state": r.state,
            "last_error": r.last_error,
            "checked_at": r.checked_at.strftime("%Y-%m-%dT%H:%M:%SZ") if r.checked_at else None,
            "followers": r.followers, "posts_stored": r.posts_stored}


def list_competitors(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store import rivals as store

    ctx.database()
    rows = store.list_rivals()
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No competitors watched yet ('mbdesk competitors add PLATFORM HANDLE').")
    for r in rows:
        followers = "—" if r.followers is None else str(r.followers)
        state = "" if r.state == "ok" else f"  [{r.state}]"
        print(f"#{r.id:<4} {r.platform:<9} {cell(r.handle, 32)} {followers:>9} followers  "
              f"via {r.account}{state}")
    return 0


def show_competitor(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.commands.post import cli_zone
    from mbdesk.store import rivals as store
    from mbdesk.store.models import utcnow

    ctx.database()
    row = store.get(args.id)
    if row is None:
        raise MbdeskError(f"No competitor #{args.id}.", hint="See 'mbdesk competitors list'.")
    zone, _name = cli_zone()
    since = utcnow() - timedelta(days=max(1, args.days))
    rhythm = store.rhythm(row.id, zone, since)
    best = store.best_posts(row.id, since)
    series = store.follower_series(row.id, since.date())
    if args.json:
        print(json.dumps({**_row_json(row),
                          "followers_by_day": [{"date": d.isoformat(), "followers": n}
                                               for d, n in series],
                          "rhythm": {"by_weekday": list(rhythm.by_weekday),
                                     "by_hour": list(rhythm.by_hour),
                                     "per_week": round(rhythm.per_week, 2)},
                          "best_posts": [{"text": p.text, "url": p.url,
                                          "published_at": p.published_at.strftime(
                                              "%Y-%m-%dT%H:%M:%SZ"),
                                          "replies": p.replies, "reposts": p.reposts,
                                          "favourites": p.favourites} for p in best]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{row.handle} ({row.platform}, via {row.account}): "
          f"{'—' if row.followers is None else row.followers} followers, state {row.state}")
    if row.last_error:
        print(f"  {row.last_error}")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    print(f"Posts: {rhythm.per_week:.1f} a week; by weekday: "
          + ", ".join(f"{d} {n}" for d, n in zip(days, rhythm.by_weekday, strict=True)))
    hours = rhythm.busiest_hours()
    if hours:
        print("Busiest hours: " + ", ".join(f"{h:02d}h" for h in hours))
    for p in best[:5]:
        text = " ".join(p.text.split())[:70]
        print(f"  ♥{p.favourites} ↻{p.reposts} ↩{p.replies}  {text}  {p.url}")
    return 0


def remove_competitor(args: argparse.Namespace, ctx: CliContext) -> int:
    from mbdesk.store import rivals as store

    ctx.database()
    if not store.remove(args.id):
        raise MbdeskError(f"No competitor #{args.id}.", hint="See 'mbdesk competitors list'.")
    print(f"Stopped watching competitor #{args.id}.")
    return 0
