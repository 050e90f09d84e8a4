"""Headless sync: the engine on plain threads, one per account, until told to stop.

Used by ``mbdesk sync``. Each account thread holds its own database connection and loops:
run the account's jobs, then sleep until its next outbox time, the poll interval, or (when the
server could not be reached) a growing backoff, whichever comes first. A stop event ends the
sleep at once and the run between two writes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from peewee import SqliteDatabase

from mbdesk.secrets import SecretStore
from mbdesk.store.models import utcnow
from mbdesk.sync.clients import client_factory
from mbdesk.sync.engine import Job, RunResult, SyncEngine, SyncState

log = logging.getLogger(__name__)

DEFAULT_POLL = timedelta(minutes=5)
OFFLINE_FIRST_RETRY = timedelta(seconds=15)
RESCAN_ACCOUNTS = timedelta(seconds=30)  # how soon a running sync notices an added account
WORKER_DIED = "An internal error stopped this sync; see the log."


def make_engine(secrets: SecretStore, workspace_root: Path,
                stop_event: threading.Event | None = None, **client_options) -> SyncEngine:
    return SyncEngine(client_factory(secrets, workspace_root, **client_options),
                      stop_event=stop_event)


@dataclass
class WaitPolicy:
    """How long an account waits before its next run."""

    poll: timedelta = DEFAULT_POLL
    offline_first: timedelta = OFFLINE_FIRST_RETRY

    def after(self, result: RunResult, offline_streak: int) -> timedelta:
        wait = self.poll
        if result.state in (SyncState.OFFLINE, SyncState.KEYRING):  # retried soon, then less
            wait = min(self.poll, self.offline_first * (2 ** max(0, offline_streak - 1)))
        if result.next_due_at is not None:
            until_due = result.next_due_at - utcnow()
            wait = min(wait, max(until_due, timedelta(seconds=1)))
        return max(wait, timedelta(seconds=1))


def run_once(engine: SyncEngine, db: SqliteDatabase,
             account_ids: Sequence[int]) -> list[RunResult]:
    """Run every account once, side by side, as a full refresh (``sync --once``); return their
    results in the given order."""
    results: dict[int, RunResult] = {}

    def work(account_id: int) -> None:
        try:
            with db.connection_context():
                results[account_id] = engine.run_account(account_id, Job.ALL | {Job.REFRESH})
        except Exception:  # a damaged database, a bug: the account failed, and says so
            log.exception("sync of account %s died", account_id)
            results[account_id] = RunResult(account_id, SyncState.ERROR, WORKER_DIED)

    threads = [threading.Thread(target=work, args=(a,), name=f"sync-{a}") for a in account_ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return [results.get(a) or RunResult(a, SyncState.ERROR, WORKER_DIED) for a in account_ids]


def run_forever(engine: SyncEngine, db: SqliteDatabase, account_ids: Sequence[int],
                policy: WaitPolicy | None = None,
                report: Callable[[RunResult], None] | None = None,
                discover: Callable[[], Sequence[int]] | None = None,
                on_added: Callable[[int], None] | None = None,
                rescan_every: timedelta = RESCAN_ACCOUNTS) -> None:
    """Loop every account on its own thread until ``engine.stop_event`` is set.

    With ``discover`` (what lists the accounts to sync), accounts added while it runs (e.g. by
    ``mbdesk accounts add`` in another terminal) get a thread of their own within
    ``rescan_every``; a removed account's thread ends by itself. Without it, it ends when every
    given account's thread has."""
    policy = policy or WaitPolicy()
    stop = engine.stop_event

    def loop(account_id: int) -> None:
        streak = 0
        with db.connection_context():
            while not stop.is_set():
                try:
                    result = engine.run_account(account_id)
                except Exception:  # never let one account's bug end the others' publishing
                    log.exception("sync loop of account %s", account_id)
                    result = RunResult(account_id, SyncState.ERROR, "internal error")
                streak = streak + 1 if result.state in (SyncState.OFFLINE,
                                                        SyncState.KEYRING) else 0
                if report is not None:
                    report(result)
                if result.state in (SyncState.GONE, SyncState.STOPPED):
                    return
                stop.wait(policy.after(result, streak).total_seconds())

    threads: dict[int, threading.Thread] = {}

    def start(account_id: int) -> None:
        thread = threading.Thread(target=loop, args=(account_id,), name=f"sync-{account_id}",
                                  daemon=True)
        threads[account_id] = thread
        thread.start()

    for account_id in account_ids:
        start(account_id)
    while not stop.is_set():
        if discover is None:
            if not any(t.is_alive() for t in threads.values()):
                break
            stop.wait(0.5)
            continue
        stop.wait(rescan_every.total_seconds())
        if stop.is_set():
            break
        try:
            found = [a for a in discover() if a not in threads]
        except Exception:  # a busy or locked database: look again next time
            log.exception("looking for accounts added while syncing")
            continue
        for account_id in found:
            log.info("account %s was added while syncing: syncing it too", account_id)
            start(account_id)
            if on_added is not None:
                on_added(account_id)
    for thread in threads.values():
        while thread.is_alive():
            thread.join(timeout=0.5)
