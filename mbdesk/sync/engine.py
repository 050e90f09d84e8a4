"""The sync engine: one account's jobs, run in order on one worker thread.

Jobs of one run: publish what is due (after resolving earlier unknown outcomes), refresh the
server's limits, pull mentions since the stored cursor, the keyword/hashtag watches since
theirs, continue or start the follower walk,
refresh today's snapshot and, now and then, the engagement of our recent posts.

Pure Python: no Qt. The caller gives each worker thread its own database connection
(``db.connection_context()``); every write here is a short ``IMMEDIATE`` transaction, and a page
of pulled data is written together with the cursor that points past it, so an interrupted run
loses nothing and repeats nothing. Only ids and dataclasses go in and out.

Errors end the run of that account with a state the UI can show: ``needs_reauth`` (the token was
refused), ``rate_limited`` (until a time), ``offline`` (the server could not be reached) or
``error`` (a bug: logged with its traceback).
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from mbdesk.platforms.base import (
    AuthExpired,
    NotFound,
    OutcomeUnknown,
    PlatformClient,
    PlatformError,
    RateLimited,
    Rejected,
    TemporaryFailure,
)
from mbdesk.platforms.mastodon import ScheduleCapReached
from mbdesk.store import crisis, outbox, settings
from mbdesk.store import schedule as schedule_store
from mbdesk.store import watches as watch_store
from mbdesk.store.models import (
    Account,
    AccountStatus,
    KeywordWatch,
    OutboxItem,
    OutboxState,
    Stream,
    utcnow,
)
from mbdesk.store.outbox import Backoff, OutboxJob, write_tx
from mbdesk.sync import ingest
from mbdesk.sync.clients import AccountInfo, ClientFactory
from mbdesk.sync.requests import publish_request

log = logging.getLogger(__name__)


class Job:
    PUBLISH = "publish"
    LIMITS = "limits"
    MENTIONS = "mentions"
    FOLLOWERS = "followers"
    SNAPSHOT = "snapshot"
    METRICS = "metrics"
    WATCHES = "watches"
    ALL = frozenset({PUBLISH, LIMITS, MENTIONS, FOLLOWERS, SNAPSHOT, METRICS, WATCHES})


class SyncState:
    """``Account.sync_state`` values and run outcomes."""

    IDLE = "idle"
    SYNCING = "syncing"
    OK = "ok"
    OFFLINE = "offline"
    RATE_LIMITED = "rate_limited"
    NEEDS_REAUTH = "needs_reauth"
    ERROR = "error"
    STOPPED = "stopped"
    GONE = "gone"


class Stopped(Exception):
    """The engine was asked to stop; the run ends between two writes."""


@dataclass(frozen=True)
class RunResult:
    """What one run of one account did (crosses threads)."""

    account_id: int
    state: str
    message: str = ""
    published: int = 0
    failed: int = 0
    new_mentions: int = 0
    new_followers: int = 0
    lost_followers: int = 0
    next_due_at: datetime | None = None  # naive UTC: the next outbox work (or rate-limit end)
    changed: bool = False


@dataclass
class _Stats:
    published: int = 0
    failed: int = 0
    new_mentions: int = 0
    new_followers: int = 0
    lost_followers: int = 0
    writes: int = 0
    notes: list[str] = field(default_factory=list)


def _iso(dt: datetime) -> str:
    return dt.isoformat()


def _parse(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def load_cursors(account_id: int) -> dict:
    raw = Account.select(Account.cursors_json).where(Account.id == account_id).scalar() or "{}"
    try:
        data = json.loads(raw)
    except ValueError:
        data = {}
    return data if isinstance(data, dict) else {}


def save_cursors(account_id: int, **updates: object) -> None:
    """Merge ``updates`` into the account's cursors (call inside the page's transaction)."""
    data = load_cursors(account_id)
    for key, value in updates.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    Account.update(cursors_json=json.dumps(data, ensure_ascii=False)).where(
        Account.id == account_id).execute()


def _move_refused(exc: Exception) -> bool:
    """A calendar move the server refused for good (not a network problem): stop retrying."""
    return isinstance(exc, Rejected | NotFound | LookupError)


class SyncEngine:
    """Runs the jobs of one account at a time per thread; safe to share between threads as long
    as one account is never run on two threads at once (the callers' per-account queues)."""

    def __init__(self, client_factory: ClientFactory, *, clock=utcnow,
                 backoff: Backoff | None = None, rng: random.Random | None = None,
                 stop_event: threading.Event | None = None, mention_batches: int = 100,
                 follower_pages_per_run: int = 40,
                 followers_every: timedelta = timedelta(hours=6),
                 metrics_every: timedelta = timedelta(hours=3), metrics_days: int = 14) -> None:
        self.client_factory = client_factory
        self.clock = clock
        self.backoff = backoff or Backoff()
        self.rng = rng or random.Random()
        self.stop_event = stop_event or threading.Event()
        self.mention_batches = mention_batches
        self.follower_pages_per_run = follower_pages_per_run
        self.followers_every = followers_every
        self.metrics_every = metrics_every
        self.metrics_days = metrics_days
        self._clients: dict[int, tuple[AccountInfo, PlatformClient]] = {}
        self._lock = threading.Lock()

    # --- clients ---------------------------------------------------------------------------

    def client(self, info: AccountInfo) -> PlatformClient:
        """The cached client of an account (kept so a client's memory of its own first attempts
        survives between runs); rebuilt when the account row changed."""
        with self._lock:
            cached = self._clients.get(info.id)
            if cached and cached[0] == info:
                return cached[1]
        client = self.client_factory(info)
        with self._lock:
            self._clients[info.id] = (info, client)
        return client

    def forget_client(self, account_id: int) -> None:
        with self._lock:
            self._clients.pop(account_id, None)

    # --- start-up --------------------------------------------------------------------------

    def recover(self) -> list[int]:
        """Rows left in ``sending`` by a dead process become ``unknown`` (looked up, never
        resent). Call once at start-up while holding the workspace lock."""
        return outbox.recover_interrupted()

    def account_ids(self) -> list[int]:
        return [a.id for a in Account.select(Account.id).where(
            Account.status != AccountStatus.DISABLED).order_by(Account.id)]

    # --- one run ---------------------------------------------------------------------------

    def _check_stop(self) -> None:
        if self.stop_event.is_set():
            raise Stopped()

    def run_account(self, account_id: int, jobs: Iterable[str] = Job.ALL) -> RunResult:
        jobs = frozenset(jobs)
        info = AccountInfo.load(account_id)
        if info is None:
            return RunResult(account_id, SyncState.GONE)
        now = self.clock()
        if info.status == AccountStatus.NEEDS_REAUTH:
            return RunResult(account_id, SyncState.NEEDS_REAUTH,
                             "Authorize this account again to sync it.")
        if info.status == AccountStatus.DISABLED:
            return RunResult(account_id, SyncState.IDLE)
        until = Account.select(Account.rate_limited_until).where(
            Account.id == account_id).scalar()
        if until is not None and until > now:
            return RunResult(account_id, SyncState.RATE_LIMITED,
                             "Rate limited by the server; waiting.", next_due_at=until)
        stats = _Stats()
        state, message = SyncState.OK, ""
        self._set_account(account_id, sync_state=SyncState.SYNCING)
        try:
            client = self.client(info)
            steps = ((Job.PUBLISH, self._publish), (Job.LIMITS, self._limits),
                     (Job.MENTIONS, self._mentions), (Job.WATCHES, self._watches),
                     (Job.FOLLOWERS, self._followers),
                     (Job.SNAPSHOT, self._snapshot), (Job.METRICS, self._metrics),
                     (Job.PUBLISH, self._after_reconnect))
            for name, step in steps:
                if name not in jobs:
                    continue
                self._check_stop()
                try:
                    step(info, client, stats)
                except (Rejected, NotFound) as exc:  # this job only; the others can still run
                    log.warning("sync %s of account %s: %s", name, account_id, exc.message)
                    stats.notes.append(exc.message)
        except AuthExpired as exc:
            state, message = SyncState.NEEDS_REAUTH, exc.message
            self._set_account(account_id, status=AccountStatus.NEEDS_REAUTH)
            self.forget_client(account_id)
        except RateLimited as exc:
            state, message = SyncState.RATE_LIMITED, exc.message
            self._set_account(account_id, rate_limited_until=exc.until)
        except (TemporaryFailure, OutcomeUnknown) as exc:
            state, message = SyncState.OFFLINE, exc.message
        except Stopped:
            state, message = SyncState.STOPPED, ""
        except PlatformError as exc:
            state, message = SyncState.ERROR, exc.message
        except Exception:
            log.exception("sync of account %s failed", account_id)
            state, message = SyncState.ERROR, "An internal error stopped this sync; see the log."
        if state == SyncState.OK and stats.notes:
            message = stats.notes[-1]
        end = self.clock()
        fields: dict[str, object] = {"sync_state": state, "last_error": message}
        if state == SyncState.OK:
            fields["last_synced_at"] = end
        self._set_account(account_id, **fields)
        next_due = outbox.next_due_at(account_id, end,
                                      paused=bool(settings.get("publishing_paused")))
        if state == SyncState.RATE_LIMITED:
            until = Account.select(Account.rate_limited_until).where(
                Account.id == account_id).scalar()
            next_due = until
        return RunResult(account_id, state, message, published=stats.published,
                         failed=stats.failed, new_mentions=stats.new_mentions,
                         new_followers=stats.new_followers, lost_followers=stats.lost_followers,
                         next_due_at=next_due, changed=stats.writes > 0)

    def _set_account(self, account_id: int, **fields: object) -> None:
        with write_tx():
            Account.update(**fields).where(Account.id == account_id).execute()

    # --- publishing ------------------------------------------------------------------------

    def _publish(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        now = self.clock()
        server_ok = bool(client.capabilities.server_scheduling)
        # moves the owner made in the calendar while the server could not be told
        if schedule_store.has_pending_moves(info.id):
            for problem in schedule_store.apply_pending_moves(
                    info.id, self.move_item, _move_refused):
                stats.notes.append(f"A post moved in the calendar could not be moved on the "
                                   f"server yet ({problem}); mbdesk tries again at the next sync.")
            stats.writes += 1
        for job in outbox.unknown_items(info.id, now):
            self._check_stop()
            self._lookup(client, job, stats)
        if outbox.apply_missed_policy(info.id, now):
            stats.writes += 1
        paused = bool(settings.get("publishing_paused"))
        if paused and server_ok:
            for job in outbox.on_server_items(info.id):
                self._check_stop()
                self._take_back(client, job, stats)
        if not paused and server_ok:
            for job in outbox.due_for_server(info.id, now):
                self._check_stop()
                self._send(client, job, stats, to_server=True)
        for job in outbox.due_to_send(info.id, self.clock(), include_publish=not paused):
            self._check_stop()
            self._send(client, job, stats)
        if server_ok:
            for job in outbox.on_server_items(info.id, self.clock()):
                self._check_stop()
                self._check_on_server(client, job, stats)

    def _after_reconnect(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        """Every call of this run reached the server: posts still backing off from an earlier
        network failure go now instead of waiting out their (possibly long) backoff."""
        if not outbox.clear_backoff(info.id, self.clock()):
            return
        paused = bool(settings.get("publishing_paused"))
        for job in outbox.due_to_send(info.id, self.clock(), include_publish=not paused):
            self._check_stop()
            self._send(client, job, stats)

    def _retry_at(self, attempts: int) -> datetime:
        return self.clock() + self.backoff.delay(max(1, attempts), self.rng)

    def _send(self, client: PlatformClient, job: OutboxJob, stats: _Stats,
              to_server: bool = False) -> None:
        claimed = outbox.claim(job.id, self.clock())
        if claimed is None:
            return
        stats.writes += 1
        request = publish_request(claimed, server_schedule=to_server)
        try:
            result = client.publish(request)
        except ScheduleCapReached as exc:
            outbox.keep_local(job.id, "The server's schedule is full "
                              f"({exc.message}); mbdesk will publish this post itself at its "
                              "time — keep mbdesk or 'mbdesk sync' running then.", self.clock())
            return
        except (Rejected, NotFound) as exc:
            outbox.mark_failed(job.id, exc.message, self.clock())
            stats.failed += 1
            return
        except RateLimited as exc:
            outbox.mark_later(job.id, exc.message, exc.until, self.clock())
            raise
        except AuthExpired as exc:
            outbox.mark_later(job.id, exc.message, self.clock(), self.clock())
            raise
        except TemporaryFailure as exc:
            outbox.mark_later(job.id, exc.message, self._retry_at(claimed.attempts), self.clock())
            raise
        except OutcomeUnknown as exc:
            outbox.mark_unknown(job.id, exc.message, self.clock())
            refreshed = outbox.load(job.id)
            if refreshed is not None:
                self._lookup(client, refreshed, stats)
            return
        except BaseException:
            outbox.mark_unknown(job.id, "Interrupted by an internal error; checking the server "
                                "before anything is sent again.", self.clock())
            raise
        self._record(job.id, result, stats)

    def _record(self, item_id: int, result, stats: _Stats) -> None:
        if result.remote_id:
            outbox.mark_sent(item_id, result, self.clock())
            stats.published += 1
        else:
            outbox.mark_on_server(item_id, result.server_scheduled_id, self.clock())
        stats.writes += 1

    def _was_server_attempt(self, client: PlatformClient, job: OutboxJob) -> bool:
        return bool(client.capabilities.server_scheduling and job.allow_server_schedule
                    and job.scheduled_at and job.first_attempt_at
                    and job.scheduled_at - job.first_attempt_at >= outbox.SERVER_SCHEDULE_LEAD)

    def _lookup(self, client: PlatformClient, job: OutboxJob, stats: _Stats) -> None:
        """Resolve an unknown outcome with the client's lookup, never by a blind re-send."""
        request = publish_request(job, server_schedule=self._was_server_attempt(client, job))
        try:
            found = client.find_published(request)
        except (TemporaryFailure, OutcomeUnknown) as exc:
            outbox.mark_unknown(job.id, exc.message, self.clock(),
                                self._retry_at(job.attempts + 1))
            raise TemporaryFailure(exc.message) from None
        except RateLimited as exc:
            outbox.mark_unknown(job.id, exc.message, self.clock(), exc.until)
            raise
        except (Rejected, NotFound) as exc:
            outbox.mark_unknown(job.id, exc.message, self.clock(),
                                self._retry_at(job.attempts + 1))
            return
        stats.writes += 1
        if found is None:
            outbox.mark_not_landed(job.id, self.clock())
        else:
            self._record(job.id, found, stats)

    def _check_on_server(self, client: PlatformClient, job: OutboxJob, stats: _Stats) -> None:
        """An on_server post whose time has passed: did the server publish it?"""
        request = publish_request(job, server_schedule=True)
        found = client.find_published(request)
        if found is not None and found.remote_id:
            self._record(job.id, found, stats)
        elif found is not None:  # still waiting on the server (its queue may run late)
            outbox.mark_later(job.id, "", self.clock() + timedelta(minutes=2), self.clock(),
                              state=OutboxState.ON_SERVER)
        else:
            outbox.mark_failed(job.id, "The server no longer holds this scheduled post and did "
                               "not publish it (cancelled or deleted outside mbdesk?).",
                               self.clock())
            stats.failed += 1
            stats.writes += 1

    def _take_back(self, client: PlatformClient, job: OutboxJob, stats: _Stats) -> None:
        """Publishing is paused: cancel the server's copy, so nothing goes out by itself."""
        try:
            client.cancel_scheduled(job.server_scheduled_id)
        except NotFound:
            self._check_on_server(client, job, stats)
            return
        outbox.keep_local(job.id, "Taken back from the server while publishing is paused; "
                          "mbdesk will publish it itself.", self.clock())
        stats.writes += 1

    # --- owner actions that need the server ------------------------------------------------

    def move_item(self, item_id: int, when: datetime) -> None:
        """Move a scheduled post to ``when`` (naive UTC), on the server too if it holds it."""
        job = outbox.load(item_id)
        if job is None:
            return
        if job.state != OutboxState.ON_SERVER:
            outbox.reschedule_local(item_id, when)
            return
        info = AccountInfo.load(job.account_id)
        assert info is not None
        client = self.client(info)
        if when - self.clock() >= outbox.SERVER_SCHEDULE_LEAD:
            client.reschedule(job.server_scheduled_id, when)
            with write_tx():
                OutboxItem.update(scheduled_at=when, updated_at=self.clock()).where(
                    OutboxItem.id == item_id).execute()
            return
        client.cancel_scheduled(job.server_scheduled_id)
        outbox.keep_local(item_id, "Moved too close to now for the server to hold it; mbdesk "
                          "publishes it itself.", self.clock())
        outbox.reschedule_local(item_id, when)

    def cancel_item(self, item_id: int) -> None:
        """Cancel a post that has not gone out (taking it back from the server if needed)."""
        job = outbox.load(item_id)
        if job is None:
            return
        if job.state == OutboxState.ON_SERVER:
            info = AccountInfo.load(job.account_id)
            assert info is not None
            self.client(info).cancel_scheduled(job.server_scheduled_id)
            with write_tx():
                OutboxItem.delete().where(OutboxItem.id == item_id).execute()
            return
        outbox.delete_local(item_id)

    # --- pulling ---------------------------------------------------------------------------

    def _limits(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        limits = asdict(client.limits())
        rate = getattr(client, "rate_limit", None)
        if rate is not None:
            limits["rate_limit"] = {"remaining": rate.remaining, "limit": rate.limit,
                                    "reset": _iso(rate.reset) if rate.reset else None}
        with write_tx():
            Account.update(limits_json=json.dumps(limits)).where(
                Account.id == info.id).execute()

    def _mentions(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        since = load_cursors(info.id).get("mentions") or None
        for _ in range(self.mention_batches):
            self._check_stop()
            page = client.list_mentions(since)
            with write_tx():
                before = crisis.max_mention_id()
                new = ingest.ingest_mentions(info.id, info.platform, page.mentions, self.clock())
                if new:  # the crisis watch flags negative mentions as they arrive
                    crisis.flag_after(before)
                if page.cursor and page.cursor != since:
                    save_cursors(info.id, mentions=page.cursor)
            stats.new_mentions += new
            if new:
                stats.writes += 1
            if not page.cursor or page.cursor == since or new == 0:
                break
            since = page.cursor

    def _watches(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        """Keyword and hashtag watches: public posts into the inbox's watch stream."""
        watches = list(KeywordWatch.select(KeywordWatch.id, KeywordWatch.query,
                                           KeywordWatch.cursor)
                       .where((KeywordWatch.account == info.id) & KeywordWatch.enabled)
                       .tuples())
        for watch_id, query, cursor in watches:
            self._check_stop()
            page = client.search(query, since=cursor or None)
            with write_tx():
                before = crisis.max_mention_id()
                hits = watch_store.drop_known_statuses(info.id, page.mentions)  # already mentions
                new = ingest.ingest_mentions(info.id, info.platform, hits, self.clock(),
                                             stream=Stream.WATCH, watch_id=watch_id)
                if new:
                    crisis.flag_after(before)
                if page.cursor and page.cursor != cursor:
                    KeywordWatch.update(cursor=page.cursor).where(
                        KeywordWatch.id == watch_id).execute()
            if new:
                stats.writes += 1

    def _followers(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        cursors = load_cursors(info.id)
        walk = cursors.get("followers_walk")
        now = self.clock()
        if not isinstance(walk, dict):
            done = _parse(cursors.get("followers_done_at"))
            if done is not None and now - done < self.followers_every:
                return
            # The first walk of an account (nothing done yet, nobody known) sets the baseline.
            first = done is None and ingest.current_follower_count(info.id) == 0
            walk = {"next": None, "started": _iso(now), "seen": 0, "baseline": first}
            with write_tx():
                save_cursors(info.id, followers_walk=walk)
        started = _parse(walk.get("started")) or now
        cursor = walk.get("next") or None
        for _ in range(self.follower_pages_per_run):
            self._check_stop()
            try:
                page = client.list_followers(cursor)
            except (NotFound, Rejected):
                if cursor:  # a stale page link: start the walk again next time
                    with write_tx():
                        save_cursors(info.id, followers_walk=None)
                raise
            with write_tx():
                now = self.clock()
                stats.new_followers += ingest.ingest_follower_page(
                    info.id, info.platform, page.people, started, now,
                    baseline=bool(walk.get("baseline")))
                walk = {**walk, "next": page.next_cursor,
                        "seen": int(walk.get("seen") or 0) + len(page.people)}
                if page.next_cursor is None:
                    hidden = walk["seen"] == 0 and ingest.current_follower_count(info.id) > 0
                    if not hidden:  # an empty walk of a hidden list says nothing about leavers
                        stats.lost_followers += ingest.finish_follower_walk(info.id, started, now)
                    save_cursors(info.id, followers_walk=None, followers_done_at=_iso(now))
                else:
                    save_cursors(info.id, followers_walk=walk)
            stats.writes += 1
            if page.next_cursor is None:
                return
            cursor = page.next_cursor

    def _snapshot(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        counts = client.account_stats()
        with write_tx():
            ingest.upsert_snapshot(info.id, self.clock().date(), counts)
        stats.writes += 1

    def _metrics(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        now = self.clock()
        last = _parse(load_cursors(info.id).get("metrics_at"))
        if last is not None and now - last < self.metrics_every:
            return
        posts = ingest.recent_post_ids(info.id, now - timedelta(days=self.metrics_days))
        metrics = client.post_metrics(list(posts)) if posts else []
        with write_tx():
            ingest.record_post_metrics(posts, metrics, now)
            save_cursors(info.id, metrics_at=_iso(now))
        stats.writes += 1
