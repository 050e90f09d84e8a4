"""``mbdesk sync [--once] [--account NAME] [--interval SECONDS]``: publish and pull, headless.

SIGTERM or SIGINT stops it within about two seconds, even while a server trickles its answer
(requests in flight are abandoned; the workspace lock is released). Without ``--once`` it keeps
running until then, so scheduled posts go out with the
window closed (run it from a service manager or a terminal); an account added meanwhile with
``mbdesk accounts add`` is picked up within 30 seconds, and each feed (``mbdesk feeds``) is
checked at most hourly, as the window does. It takes the workspace lock, so it
never runs beside the window on the same data folder. At start it resolves posts a previous
process left mid-send (looked up on the server, never sent blindly again).

Exit codes: 0 done (with ``--once``: every account synced), 1 some account could not sync
(offline, needs authorization, rate limited, error), 2 a known error (e.g. the window is open).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import timedelta

from mbdesk.commands.accounts import find_account, secret_store
from mbdesk.commands.context import CliContext
from mbdesk.errors import MbdeskError
from mbdesk.instance_lock import InstanceLock
from mbdesk.platforms.http import DEFAULT_READ_TIMEOUT
from mbdesk.store import feeds as feed_store
from mbdesk.store.models import Account
from mbdesk.sync.engine import RunResult, SyncState
from mbdesk.sync.feed_loop import describe as describe_feed
from mbdesk.sync.feed_loop import run_feed_checks
from mbdesk.sync.runner import WaitPolicy, make_engine, run_forever, run_once


def register(subparsers: argparse._SubParsersAction) -> None:
    sync = subparsers.add_parser("sync", help="publish due posts and pull mentions, followers "
                                 "and counts (keeps running until stopped unless --once)")
    sync.add_argument("--once", action="store_true", help="sync every account once and exit")
    sync.add_argument("--account", metavar="NAME", help="only this account (handle or id)")
    sync.add_argument("--interval", type=float, default=300.0, metavar="SECONDS",
                      help="poll every SECONDS when nothing is due (default 300)")
    sync.add_argument("--timeout", type=float, default=DEFAULT_READ_TIMEOUT, metavar="SECONDS",
                      help="give up waiting for a server's answer after SECONDS (default "
                      f"{DEFAULT_READ_TIMEOUT:g}); a post whose answer never came is looked "
                      "up, never sent twice")
    sync.set_defaults(func=run_sync)


def describe(result: RunResult, names: dict[int, str]) -> str:
    name = names.get(result.account_id, str(result.account_id))
    parts = []
    if result.published:
        parts.append(f"published {result.published}")
    if result.failed:
        parts.append(f"failed {result.failed}")
    if result.new_mentions:
        parts.append(f"{result.new_mentions} new mention(s)")
    if result.new_followers or result.lost_followers:
        parts.append(f"followers +{result.new_followers} -{result.lost_followers}")
    if result.watch_hits:
        parts.append(f"{result.watch_hits} new watch hit(s)")
    detail = ", ".join(parts) or "nothing new"
    line = f"{name}: {result.state} — {detail}"
    if result.step_errors:  # reached the server; these steps failed, the others ran
        line += "".join(f"\n  {step}: failed ({error})"
                        for step, error in result.step_errors.items())
    elif result.message:
        line += f" ({result.message})"
    for step, n in result.unreadable.items():  # skipped; the rest of the step was kept
        line += (f"\n  {step}: {n} item{'s' if n != 1 else ''} from the server could not be "
                 "read (skipped; the rest was saved)")
    return line + _absent_steps(result.account_id)


_ABSENT_SAID: set[tuple[int, str, str]] = set()


def _absent_steps(account_id: int) -> str:
    """Steps the server does not offer this account (e.g. X's access level refuses them), each
    said once per process: they are not retried every run, so there is no news to repeat."""
    from mbdesk.store.server_profiles import StepState, load_steps

    lines = []
    for step, entry in load_steps(account_id).items():
        if entry.get("state") != StepState.ABSENT:
            continue
        key = (account_id, step, str(entry.get("error") or ""))
        if key not in _ABSENT_SAID:
            _ABSENT_SAID.add(key)
            lines.append(f"\n  {step}: {key[2] or 'not available on this server'}")
    return "".join(lines)


def account_names() -> dict[int, str]:
    return {a.id: a.handle for a in Account.select(Account.id, Account.handle)}


def announce_added(account_id: int, names: dict[int, str]) -> None:
    """Say that an account added while syncing is synced too (and learn its name)."""
    names.update(account_names())
    print(f"{names.get(account_id, account_id)}: added while syncing — syncing it too.",
          flush=True)


def report_feed(outcome) -> None:
    line = describe_feed(outcome)
    if line:
        print(line, flush=True)


def run_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database()
    ws = ctx.workspace
    lock = InstanceLock(ws.lock_file)
    lock.acquire()
    try:
        secrets = secret_store(ctx)
        stop = threading.Event()
        if not 0 < args.timeout <= 600:
            raise MbdeskError("--timeout must be more than 0 and at most 600 seconds.")
        engine = make_engine(secrets, ws.root, stop, read_timeout=args.timeout)
        recovered = engine.recover()
        if recovered:
            print(f"{len(recovered)} post(s) were interrupted while sending; checking the "
                  "server before anything is sent again.", flush=True)
        ids = [find_account(args.account).id] if args.account else engine.account_ids()
        names = account_names()
        feeds_too = not args.once and bool(feed_store.feed_ids())
        if not ids and not feeds_too:
            print("No accounts to sync. Add one with 'mbdesk accounts add'.")
            return 0

        def on_signal(signum, frame) -> None:
            """Stop: requests in flight are abandoned (an unanswered post is looked up at the
            next start), the threads end within a second or two, the lock is released."""
            stop.set()

        previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            if args.once:
                results = run_once(engine, db, ids)
                for result in results:
                    print(describe(result, names))
                ok = all(r.state in (SyncState.OK, SyncState.IDLE) for r in results)
                return 0 if ok and not stop.is_set() else 1
            print(f"Syncing {len(ids)} account(s); stop with Ctrl+C or SIGTERM.", flush=True)
            feeds = threading.Thread(target=run_feed_checks, args=(db, stop, report_feed),
                                     name="feeds", daemon=True)
            if feeds_too:  # new entries become drafts, at most hourly per feed
                feeds.start()
            run_forever(engine, db, ids, WaitPolicy(poll=timedelta(seconds=args.interval)),
                        report=lambda r: print(describe(r, names), flush=True),
                        discover=None if args.account else engine.account_ids,
                        on_added=lambda account_id: announce_added(account_id, names))
            if feeds.is_alive():
                feeds.join(timeout=5)  # a fetch in flight is abandoned at the stop event
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        print("Stopped.", file=sys.stderr)
        return 0
    finally:
        lock.release()
