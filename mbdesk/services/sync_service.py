"""The window's side of sync: runs the engine on worker threads and reports through signals.

One serial queue per account (two runs of one account never overlap; a request that arrives
while the account is busy is merged into one follow-up run), accounts side by side on a thread
pool. Each task opens its own database connection; only ids and dataclasses cross threads, and
nothing here touches a widget. Timers live on the GUI thread: every account polls every few
minutes, wakes earlier when a post is due, and after a network failure retries by itself with a
growing backoff.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from peewee import SqliteDatabase
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTime, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from mbdesk.store import outbox
from mbdesk.store.models import utcnow
from mbdesk.sync.engine import Job, RunResult, SyncEngine, SyncState

log = logging.getLogger(__name__)

DEFAULT_POLL = timedelta(minutes=5)
OFFLINE_FIRST_RETRY = timedelta(seconds=15)
_MAX_TIMER_MS = 2_000_000_000  # QTimer takes an int of milliseconds


def quiet_garbage_collector() -> None:
    """Keep the cyclic GC from stalling the GUI thread while a worker pulls big pages.

    A full collection holds the GIL for as long as it scans; during a large mention pull (up
    to 4,000 parsed notifications alive at once) automatic full collections stalled the GUI by
    50-150 ms (benchmarks/bench_sync_gui_stall.py). So: everything alive at start (modules, Qt
    wrappers, the window) is frozen out of the collector's view, automatic full collections are
    left out, and each sync task runs one on its worker thread when it ends, when little is
    alive. Young collections stay automatic and short.
    """
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 1_000_000)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits on it and the slot runs on the GUI thread."""

    finished = Signal(int, object)  # account id (0 = not an account task), payload
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, db: SqliteDatabase, account_id: int, fn: Callable[[], Any],
                 relay: _Relay) -> None:
        super().__init__()
        self.db = db
        self.account_id = account_id
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            with self.db.connection_context():
                payload = self.fn()
        except Exception:  # a bug: keep the service alive, tell the GUI plainly
            log.exception("sync task of account %s failed", self.account_id)
            self.relay.failed.emit(self.account_id, "internal error")
            return
        finally:
            gc.collect()  # the run's garbage is gone by now: a short full collection, off-GUI
        self.relay.finished.emit(self.account_id, payload)


class SyncService(QObject):
    """Background sync for the window.

    Signals:
        state_changed(str): one translated line for the status bar.
        account_state_changed(int, str): an account's run ended (a ``SyncState`` value).
        data_changed(): a run stored something new (sent posts, mentions, followers, counts).
        run_finished(object): the ``RunResult`` of each run (details for screens and tests).
    """

    state_changed = Signal(str)
    account_state_changed = Signal(int, str)
    data_changed = Signal()
    run_finished = Signal(object)

    def __init__(self, db: SqliteDatabase, engine: SyncEngine, *,
                 poll: timedelta = DEFAULT_POLL, offline_first: timedelta = OFFLINE_FIRST_RETRY,
                 pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.engine = engine
        self.poll = poll
        self.offline_first = offline_first
        self.pool = pool or QThreadPool(self)
        if pool is None:
            self.pool.setMaxThreadCount(4)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._timers: dict[int, QTimer] = {}
        self._busy: set[int] = set()
        self._pending: dict[int, frozenset[str]] = {}
        self._actions: dict[int, list[Callable[[], Any]]] = {}
        self._states: dict[int, str] = {}
        self._offline_streak: dict[int, int] = {}
        self._waiting = 0
        self._started = False
        self._stopping = False

    @classmethod
    def for_context(cls, ctx, **kw) -> SyncService:
        """The service for the window's workspace (clients from its secret store; the poll
        interval from the setting ``sync_interval_minutes``, default 5)."""
        from mbdesk.store import settings
        from mbdesk.sync.runner import make_engine

        minutes = settings.get("sync_interval_minutes")
        if "poll" not in kw and isinstance(minutes, int | float) and minutes > 0:
            kw["poll"] = timedelta(minutes=minutes)
        engine = make_engine(ctx.secrets, ctx.workspace.root)
        return cls(ctx.db, engine, **kw)

    # --- control ---------------------------------------------------------------------------

    def start(self) -> None:
        """Resolve what a previous run left mid-send, then sync every account."""
        if self._started:
            return
        self._started = True
        self._stopping = False
        self.engine.stop_event.clear()
        quiet_garbage_collector()
        self.state_changed.emit(self.tr("Starting sync…"))

        def recover() -> list[int]:
            self.engine.recover()
            return self.engine.account_ids()

        self.pool.start(_Task(self.db, 0, recover, self._relay))
        info = QNetworkInformation.instance()  # loaded by the status bar when the OS offers it
        if info is not None:
            info.reachabilityChanged.connect(self._on_reachability)

    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        """The OS says the network is back: retry offline accounts now, not after backoff."""
        online = (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site)
        if reachability in online and self._started:
            for aid, state in list(self._states.items()):
                if state == SyncState.OFFLINE:
                    self._offline_streak.pop(aid, None)
                    self._request(aid, Job.ALL)

    def stop(self, wait_ms: int = 10_000) -> None:
        """Stop timers and runs: requests in flight are abandoned within a fraction of a second
        (platforms/http.py; an unanswered post becomes 'unknown', looked up at the next start)
        and a run ends between two writes; wait for the workers."""
        self._stopping = True
        self._started = False
        for timer in self._timers.values():
            timer.stop()
        self.engine.stop_event.set()
        self.pool.waitForDone(wait_ms)

    def sync_now(self, account_id: int | None = None) -> None:
        """Run now, as a full refresh (profile, followers when their count changed, metrics):
        one account, or all of them."""
        for aid in [account_id] if account_id is not None else list(self._timers):
            self._request(aid, Job.ALL | {Job.REFRESH})

    def publish_now(self, account_id: int) -> None:
        """Only the outbox of one account (after the owner queued or released a post)."""
        self._request(account_id, frozenset({Job.PUBLISH}))

    def refresh_accounts(self) -> None:
        """Pick up added or removed accounts."""
        self.pool.start(_Task(self.db, 0, self.engine.account_ids, self._relay))

    def move_item(self, account_id: int, item_id: int, when) -> None:
        """Move a scheduled post (on the server too) on the account's queue."""
        self._action(account_id, lambda: self.engine.move_item(item_id, when))

    def cancel_item(self, account_id: int, item_id: int) -> None:
        self._action(account_id, lambda: self.engine.cancel_item(item_id))

    @property
    def account_states(self) -> dict[int, str]:
        return dict(self._states)

    # --- the per-account queue -------------------------------------------------------------

    def _action(self, account_id: int, fn: Callable[[], Any]) -> None:
        self._actions.setdefault(account_id, []).append(fn)
        self._request(account_id, frozenset({Job.PUBLISH}))

    def _request(self, account_id: int, jobs: frozenset[str]) -> None:
        if self._stopping:
            return
        if account_id in self._busy:
            self._pending[account_id] = self._pending.get(account_id, frozenset()) | jobs
            return
        self._busy.add(account_id)
        actions = self._actions.pop(account_id, [])
        self._show_state()

        def run() -> tuple[RunResult, int, list[str]]:
            problems = []
            for action in actions:
                try:
                    action()
                except Exception as exc:  # a refused move/cancel: report, keep the queue going
                    log.warning("outbox action on account %s: %s", account_id, exc)
                    problems.append(getattr(exc, "message", str(exc)))
            result = self.engine.run_account(account_id, jobs)
            return result, outbox.waiting_count(), problems

        self.pool.start(_Task(self.db, account_id, run, self._relay))

    def _timer(self, account_id: int) -> QTimer:
        timer = self._timers.get(account_id)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda aid=account_id: self._request(aid, Job.ALL))
            self._timers[account_id] = timer
        return timer

    def _wait_after(self, result: RunResult) -> timedelta:
        wait = self.poll
        if result.state in (SyncState.OFFLINE, SyncState.KEYRING):
            streak = self._offline_streak.get(result.account_id, 1)
            wait = min(self.poll, self.offline_first * (2 ** max(0, streak - 1)))
        if result.next_due_at is not None:
            wait = min(wait, max(result.next_due_at - utcnow(), timedelta(seconds=1)))
        return max(wait, timedelta(milliseconds=50))

    # --- results (GUI thread) --------------------------------------------------------------

    def _on_finished(self, account_id: int, payload: object) -> None:
        if account_id == 0:  # start-up or refresh: the list of accounts
            self._set_accounts(list(payload))  # type: ignore[arg-type]
            return
        result, waiting, problems = payload  # type: ignore[misc]
        self._busy.discard(account_id)
        self._waiting = waiting
        self._states[account_id] = result.state
        if result.state in (SyncState.OFFLINE, SyncState.KEYRING):
            self._offline_streak[account_id] = self._offline_streak.get(account_id, 0) + 1
        else:
            self._offline_streak.pop(account_id, None)
        self.run_finished.emit(result)
        self.account_state_changed.emit(account_id, result.state)
        if result.changed or problems:
            self.data_changed.emit()
        self._after_run(account_id, result)

    def _on_failed(self, account_id: int, message: str) -> None:
        if account_id == 0:
            self.state_changed.emit(self.tr("Sync could not start; details are in the log."))
            return
        self._busy.discard(account_id)
        self._states[account_id] = SyncState.ERROR
        self.account_state_changed.emit(account_id, SyncState.ERROR)
        self._after_run(account_id, RunResult(account_id, SyncState.ERROR, message))

    def _after_run(self, account_id: int, result: RunResult) -> None:
        if self._stopping:
            return
        if result.state == SyncState.GONE:
            timer = self._timers.pop(account_id, None)
            if timer is not None:
                timer.stop()
                timer.deleteLater()
            self._states.pop(account_id, None)
        elif account_id in self._pending:
            self._request(account_id, self._pending.pop(account_id))
        elif account_id in self._actions:
            self._request(account_id, frozenset({Job.PUBLISH}))
        else:
            ms = int(self._wait_after(result).total_seconds() * 1000)
            self._timer(account_id).start(min(ms, _MAX_TIMER_MS))
        self._show_state()

    def _set_accounts(self, account_ids: list[int]) -> None:
        for gone in set(self._timers) - set(account_ids):
            timer = self._timers.pop(gone)
            timer.stop()
            timer.deleteLater()
            self._states.pop(gone, None)
        if not account_ids:
            self.state_changed.emit(self.tr("Sync idle — no accounts yet"))
            return
        for aid in account_ids:
            if aid not in self._timers:
                self._timer(aid)
                self._request(aid, Job.ALL)

    def _show_state(self) -> None:
        self.state_changed.emit(self.status_text())

    def status_text(self) -> str:
        states = [self._states.get(aid) for aid in self._timers]
        if self._busy:
            return self.tr("Syncing…")
        known = [s for s in states if s is not None]
        if known and all(s == SyncState.OFFLINE for s in known):
            return self.tr("Offline — %n item(s) wait in the outbox", "", self._waiting)
        if SyncState.KEYRING in known:
            return self.tr("The system keyring is not available right now; mbdesk retries — "
                           "unlock it or start it")
        if SyncState.NEEDS_REAUTH in known:
            return self.tr("An account needs to be authorized again")
        if SyncState.RATE_LIMITED in known:
            return self.tr("Rate limited — waiting for the server")
        if SyncState.OFFLINE in known:
            return self.tr("Some accounts are offline; retrying")
        if SyncState.ERROR in known:
            return self.tr("Sync error — see the account's status")
        if SyncState.PARTIAL in known:
            return self.tr("Synced, but some steps failed — see Accounts")
        return self.tr("Synced at %1").replace("%1", QTime.currentTime().toString("HH:mm"))
