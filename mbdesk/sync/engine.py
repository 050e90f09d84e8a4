"""The sync engine: one account's jobs, run in order on one worker thread.

Jobs of one run: make sure the server profile is known (probed once, again daily, on "Sync now"
and after a server upgrade), publish what is due (after looking up earlier unknown outcomes),
pull mentions since the stored cursor, follow requests, the keyword/hashtag watches since
theirs, refresh today's snapshot, continue or start the follower walk (now, when the follower
count differs from what we know) and, now and then, the engagement of our recent posts.

Pure Python: no Qt. The caller gives each worker thread its own database connection
(``db.connection_context()``); every write here is a short ``IMMEDIATE`` transaction, and a page
of pulled data is written together with the cursor that points past it, so an interrupted run
loses nothing and repeats nothing. Only ids and dataclasses go in and out.

**Steps fail alone.** A step that fails (a 5xx, an unreadable answer, a refused request, a bug)
records its error on that step (``Account.steps_json``) and the next step still runs; so does
each outbox row. An optional endpoint that fails is marked absent in the account's server
profile and re-probed later. Only these end the account's run, with a state the UI can show:
``needs_reauth`` (the token was refused), ``rate_limited`` (until a time) and ``offline`` (the
server could not be reached at all).

**Exactly once, on time.** After any unknown outcome the client *looks* for the earlier attempt
(never re-sends blindly); only when it is not there is the row queued again. A post is handed
to the server's scheduler only when the account's profile shows the server holds posts; a
server that refuses (501) or ignores ``scheduled_at`` (publishes at once) is switched to local
scheduling, and the post it published early is recorded as sent with a note the owner sees.
"""

from __future__ import annotations

import json
import logging
import random
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import NoReturn

from mbdesk.platforms.base import (
    AuthExpired,
    NotFound,
    NotSupported,
    OutcomeUnknown,
    PlatformClient,
    PlatformError,
    PublishResult,
    RateLimited,
    Rejected,
    SecretsUnavailable,
    ServerScheduleRefused,
    TemporaryFailure,
    Unreachable,
)
from mbdesk.platforms.http import request_scope
from mbdesk.store import crisis, outbox, server_profiles, settings
from mbdesk.store import post_changes as change_store
from mbdesk.store import schedule as schedule_store
from mbdesk.store import watches as watch_store
from mbdesk.store.accounts import set_options
from mbdesk.store.models import (
    Account,
    AccountStatus,
    KeywordWatch,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Stream,
    utcnow,
)
from mbdesk.store.outbox import AttemptAction, Backoff, OutboxJob, write_tx
from mbdesk.store.server_profiles import StepState
from mbdesk.sync import ingest, post_changes
from mbdesk.sync.clients import AccountInfo, ClientFactory
from mbdesk.sync.follow_requests import sync_follow_requests
from mbdesk.sync.requests import publish_request
from mbdesk.sync.rivals import check_rivals

log = logging.getLogger(__name__)

# The server profile is probed again after this long (and on "Sync now" / sync --once).
PROFILE_EVERY = timedelta(hours=24)
# A follower count that differs from what we know starts a walk, at most this often.
FOLLOWER_RECHECK = timedelta(minutes=15)
# A step that runs longer ends there with an error (checked before each request; every
# request has its own deadline, platforms/http.py), so one account never holds a worker for ever.
STEP_DEADLINE = timedelta(minutes=10)


class Job:
    PUBLISH = "publish"
    LIMITS = "limits"  # the server profile and its limits
    MENTIONS = "mentions"
    FOLLOWERS = "followers"
    SNAPSHOT = "snapshot"
    METRICS = "metrics"
    WATCHES = "watches"
    FOLLOW_REQUESTS = "follow_requests"
    RIVALS = "rivals"  # competitor watch (sync/rivals.py)
    ALL = frozenset({PUBLISH, LIMITS, MENTIONS, FOLLOWERS, FOLLOW_REQUESTS, SNAPSHOT, METRICS,
                     WATCHES, RIVALS})
    # not a job: asks for a full refresh ("Sync now", sync --once): profile, followers when
    # their count changed, metrics now
    REFRESH = "refresh"


# What each job is called on the Accounts screen and in steps_json.
STEP_NAMES = {Job.LIMITS: "profile", Job.PUBLISH: "publish", Job.MENTIONS: "mentions",
              Job.WATCHES: "watches", Job.SNAPSHOT: "snapshot", Job.FOLLOWERS: "followers",
              Job.METRICS: "metrics", Job.FOLLOW_REQUESTS: "follow_requests",
              Job.RIVALS: "rivals"}


class SyncState:
    """``Account.sync_state`` values and run outcomes."""

    IDLE = "idle"
    SYNCING = "syncing"
    OK = "ok"
    PARTIAL = "partial"  # reached the server; some steps failed (their errors are on the steps)
    OFFLINE = "offline"
    KEYRING = "keyring"  # the keyring could not be read: retried, the sign-in is kept
    RATE_LIMITED = "rate_limited"
    NEEDS_REAUTH = "needs_reauth"
    ERROR = "error"
    STOPPED = "stopped"
    GONE = "gone"


class Stopped(Exception):
    """The engine was asked to stop; the run ends between two writes."""


# Errors that end the account's run instead of one step.
_RUN_ENDING = (AuthExpired, RateLimited, Unreachable, Stopped)


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
    watch_hits: int = 0
    step_errors: dict[str, str] = field(default_factory=dict)  # step name -> its error
    # step name -> items the server sent this run that could not be read (skipped, counted)
    unreadable: dict[str, int] = field(default_factory=dict)


@dataclass
class _Stats:
    published: int = 0
    failed: int = 0
    new_mentions: int = 0
    new_followers: int = 0
    lost_followers: int = 0
    watch_hits: int = 0
    writes: int = 0
    row_failures: int = 0
    followers_now: int | None = None  # the profile's follower count, from the snapshot
    refresh: bool = False
    notes: list[str] = field(default_factory=list)
    steps: dict[str, dict] = field(default_factory=dict)
    step_errors: dict[str, str] = field(default_factory=dict)
    unreadable: int = 0  # items from the server that could not be read (skipped, counted)


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
                 metrics_every: timedelta = timedelta(hours=3), metrics_days: int = 14,
                 step_deadline: timedelta = STEP_DEADLINE) -> None:
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
        self.step_deadline = step_deadline
        self._clients: dict[int, tuple[AccountInfo, PlatformClient]] = {}
        self._lock = threading.Lock()

    # --- clients ---------------------------------------------------------------------------

    def client(self, info: AccountInfo) -> PlatformClient:
        """The cached client of an account (kept so its session and rate-limit state survive
        between runs); rebuilt when the account row changed."""
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
        stats = _Stats(refresh=Job.REFRESH in jobs)
        state, message = SyncState.OK, ""
        self._set_account(account_id, sync_state=SyncState.SYNCING)
        try:
            client = self.client(info)
            steps = ((Job.LIMITS, self._profile), (Job.PUBLISH, self._publish),
                     (Job.MENTIONS, self._mentions), (Job.WATCHES, self._watches),
                     (Job.SNAPSHOT, self._snapshot), (Job.FOLLOWERS, self._followers),
                     (Job.FOLLOW_REQUESTS, self._follow_requests),
                     (Job.METRICS, self._metrics), (Job.RIVALS, self._rivals),
                     (Job.PUBLISH, self._after_reconnect))
            for name, step in steps:
                if name in jobs:
                    self._check_stop()
                    self._step(name, step, info, client, stats)
        except AuthExpired as exc:
            state, message = SyncState.NEEDS_REAUTH, exc.message
            self._set_account(account_id, status=AccountStatus.NEEDS_REAUTH)
            self.forget_client(account_id)
        except RateLimited as exc:
            state, message = SyncState.RATE_LIMITED, exc.message
            self._set_account(account_id, rate_limited_until=exc.until)
        except SecretsUnavailable as exc:
            state, message = SyncState.KEYRING, exc.message
        except Unreachable as exc:
            state, message = SyncState.OFFLINE, exc.message
        except Stopped:
            state, message = SyncState.STOPPED, ""
        except Exception:
            log.exception("sync of account %s failed", account_id)
            state, message = SyncState.ERROR, "An internal error stopped this sync; see the log."
        if state == SyncState.OK and stats.step_errors:
            state = SyncState.PARTIAL
            message = "; ".join(f"{name}: {error}" for name, error in stats.step_errors.items())
        elif state == SyncState.OK and stats.notes:
            message = stats.notes[-1]
        end = self.clock()
        fields: dict[str, object] = {"sync_state": state, "last_error": message}
        if state in (SyncState.OK, SyncState.PARTIAL):
            fields["last_synced_at"] = end
        if stats.steps:
            fields["steps_json"] = json.dumps(
                {**server_profiles.load_steps(account_id), **stats.steps}, ensure_ascii=False)
        self._set_account(account_id, **fields)
        next_due = outbox.next_due_at(account_id, end,
                                      paused=bool(settings.get("publishing_paused")))
        if state == SyncState.RATE_LIMITED:
            next_due = Account.select(Account.rate_limited_until).where(
                Account.id == account_id).scalar()
        elif state == SyncState.KEYRING:
            next_due = None  # due posts wait for the keyring: retried on the offline backoff
        return RunResult(account_id, state, message, published=stats.published,
                         failed=stats.failed, new_mentions=stats.new_mentions,
                         new_followers=stats.new_followers, lost_followers=stats.lost_followers,
                         next_due_at=next_due, changed=stats.writes > 0,
                         watch_hits=stats.watch_hits, step_errors=dict(stats.step_errors),
                         unreadable={name: entry["unreadable"]
                                     for name, entry in stats.steps.items()
                                     if entry.get("unreadable")})

    def _step(self, job: str, step: Callable[[AccountInfo, PlatformClient, _Stats], None],
              info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        """Run one step; its failure is recorded on it and the run goes on (see the module
        docstring for what ends a run instead)."""
        name = STEP_NAMES.get(job, job)
        if self._known_absent(info.id, name, stats):
            return  # not every minute: checked again daily and on a refresh
        entry = StepState.OK, ""
        unreadable = stats.unreadable
        limit = self.step_deadline.total_seconds()
        try:  # requests in the scope stop with the engine and none starts past the deadline
            with request_scope(self.stop_event, limit) as scope:
                if step(info, client, stats) is False:
                    entry = StepState.SKIPPED, ""
            if scope.overdue:
                entry = StepState.ERROR, (f"This step ran longer than {limit / 60:g} minutes "
                                          "and stopped there; it goes on at the next sync.")
        except _RUN_ENDING:
            raise
        except NotSupported as exc:
            entry = StepState.ABSENT, exc.message
        except PlatformError as exc:
            if self.stop_event.is_set():  # abandoned because mbdesk is stopping: not an error
                raise Stopped() from None
            entry = StepState.ERROR, exc.message
        except Exception:
            log.exception("sync step %s of account %s", name, info.id)
            entry = StepState.ERROR, "An internal error stopped this step; see the log."
        finally:
            self._record_optional_failures(info.id, client)
        if entry[0] == StepState.ERROR:
            log.warning("sync %s of account %s: %s", name, info.id, entry[1])
            stats.step_errors[name] = entry[1]
        if job == Job.PUBLISH and name in stats.steps and entry[0] != StepState.ERROR:
            return  # the second publish pass keeps the first one's state unless it failed
        stats.steps[name] = server_profiles.step_entry(entry[0], self.clock(), entry[1],
                                                       stats.unreadable - unreadable)

    def _known_absent(self, account_id: int, name: str, stats: _Stats) -> bool:
        """The server showed lately that it lacks this step (e.g. X's access level refuses
        it); the entry stays as it is until ``PROFILE_EVERY`` has passed."""
        if stats.refresh:
            return False
        last = server_profiles.load_steps(account_id).get(name) or {}
        at = _parse(last.get("at"))
        return (last.get("state") == StepState.ABSENT and at is not None
                and self.clock() - at < PROFILE_EVERY)

    def _record_optional_failures(self, account_id: int, client: PlatformClient) -> None:
        """Optional endpoints that failed are marked absent (re-probed with the profile)."""
        failures = client.take_optional_failures()
        if not failures:
            return
        with write_tx():
            for name, error in failures.items():
                server_profiles.set_capability(
                    account_id, name, False, f"Failed on this server ({error}); checked again "
                    "with the server profile.")
        client.use_capabilities(server_profiles.capabilities(account_id))

    def _set_account(self, account_id: int, **fields: object) -> None:
        with write_tx():
            Account.update(**fields).where(Account.id == account_id).execute()

    # --- the server profile ----------------------------------------------------------------

    def _profile(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> bool:
        """Probe the server when its profile is missing, a day old, or a refresh asks; else
        only hand the known capabilities to the client. Returns False when nothing was due."""
        profile = server_profiles.load_profile(info.id)
        probed = _parse(profile.get("probed_at"))
        due = probed is None or stats.refresh or self.clock() - probed >= PROFILE_EVERY
        if not due:
            client.use_capabilities(server_profiles.capabilities(info.id))
            self._save_rate_limit(info.id, client)
            return False
        found = client.probe_profile()
        caps = dict(found.capabilities)
        notes = {}
        old_caps, old_notes = profile.get("capabilities") or {}, profile.get("notes") or {}
        if profile.get("version") == found.version and old_caps.get("server_scheduling") is False:
            # what a real answer showed (it ignored or refused scheduled_at) stays true until
            # the server is upgraded; optional endpoints that failed are simply probed again
            caps["server_scheduling"] = False
            notes["server_scheduling"] = old_notes.get("server_scheduling", "")
        for name, problem in found.problems.items():
            notes.setdefault(name, f"Not available on this server ({problem}).")
        new = {"software": found.software, "version": found.version,
               "account_domain": found.account_domain,
               "probed_at": self.clock().isoformat(timespec="seconds"),
               "capabilities": caps, "notes": notes, "limits": asdict(found.limits)}
        with write_tx():
            server_profiles.save_profile(info.id, new)
            Account.update(limits_json=json.dumps(self._limits_doc(found.limits, client))).where(
                Account.id == info.id).execute()
            if found.account_options:  # e.g. the token's expiry, read again with the profile
                set_options(info.id, **found.account_options)
        client.use_capabilities(caps)
        stats.writes += 1
        return True

    @staticmethod
    def _limits_doc(limits, client: PlatformClient) -> dict:
        doc = asdict(limits)
        rate = getattr(client, "rate_limit", None)
        if rate is not None:
            doc["rate_limit"] = {"remaining": rate.remaining, "limit": rate.limit,
                                 "reset": _iso(rate.reset) if rate.reset else None}
        return doc

    def _save_rate_limit(self, account_id: int, client: PlatformClient) -> None:
        rate = getattr(client, "rate_limit", None)
        if rate is None:
            return
        with write_tx():
            raw = Account.select(Account.limits_json).where(Account.id == account_id).scalar()
            try:
                doc = json.loads(raw or "{}")
            except ValueError:
                doc = {}
            doc["rate_limit"] = {"remaining": rate.remaining, "limit": rate.limit,
                                 "reset": _iso(rate.reset) if rate.reset else None}
            Account.update(limits_json=json.dumps(doc)).where(Account.id == account_id).execute()

    def _server_schedules(self, info: AccountInfo, client: PlatformClient) -> bool:
        """Hand posts to the server's scheduler only where the profile shows it holds them."""
        return bool(client.capabilities.server_scheduling) and server_profiles.capability(
            info.id, "server_scheduling") is True

    def _scheduling_off(self, info: AccountInfo, client: PlatformClient, note: str) -> None:
        """This server was seen not to hold scheduled posts: mbdesk keeps them from now on."""
        if server_profiles.capability(info.id, "server_scheduling") is False:
            return  # already known (and the first note says how it was found out)
        with write_tx():
            server_profiles.set_capability(info.id, "server_scheduling", False, note)
        client.use_capabilities(server_profiles.capabilities(info.id))

    # --- publishing ------------------------------------------------------------------------

    def _publish(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        if not server_profiles.load_profile(info.id):
            try:  # a publish-only run still needs to know; unknown = mbdesk keeps the posts
                self._profile(info, client, stats)
            except (AuthExpired, RateLimited):
                raise
            except PlatformError as exc:
                log.info("account %s: server profile not probed yet (%s)", info.id, exc.message)
        else:
            client.use_capabilities(server_profiles.capabilities(info.id))
        now = self.clock()
        server_ok = self._server_schedules(info, client)
        # moves the owner made in the calendar while the server could not be told
        if schedule_store.has_pending_moves(info.id):
            for problem in schedule_store.apply_pending_moves(
                    info.id, self.move_item, _move_refused):
                stats.notes.append(f"A post moved in the calendar could not be moved on the "
                                   f"server yet ({problem}); mbdesk tries again at the next sync.")
            stats.writes += 1
        for job in outbox.unknown_items(info.id, now):
            lookup = (partial(post_changes.lookup, self) if job.kind in OutboxKind.CHANGES
                      else self._lookup)
            self._row(lookup, info, client, job, stats)
        if outbox.apply_missed_policy(info.id, now):
            stats.writes += 1
        paused = bool(settings.get("publishing_paused"))
        if paused and server_ok:
            for job in outbox.on_server_items(info.id):
                self._row(self._take_back, info, client, job, stats)
        if not paused and server_ok:
            for job in outbox.due_for_server(info.id, now):
                self._row(self._send_to_server, info, client, job, stats)
        for job in outbox.due_to_send(info.id, self.clock(), include_publish=not paused):
            self._row(self._send, info, client, job, stats)
        # edits and deletes of sent posts: the owner's explicit asks, also while paused
        for change_id in change_store.due(info.id, self.clock()):
            change = outbox.load(change_id)
            if change is not None:
                self._row(partial(post_changes.send, self), info, client, change, stats)
        if client.capabilities.server_scheduling:
            for job in outbox.on_server_items(info.id, self.clock()):
                self._row(self._check_on_server, info, client, job, stats)

    def _row(self, work: Callable[..., None], info: AccountInfo, client: PlatformClient,
             job: OutboxJob, stats: _Stats) -> None:
        """One outbox row: its failure stays on the row (backoff, state, history); the rows
        behind it still go."""
        self._check_stop()
        try:
            work(info, client, job, stats)
        except _RUN_ENDING:
            raise
        except PlatformError as exc:
            log.warning("outbox item %s: %s", job.id, exc.message)
            stats.notes.append(exc.message)
            stats.row_failures += 1

    def _after_reconnect(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        """Every call of this run reached the server: posts still backing off from an earlier
        network failure go now instead of waiting out their (possibly long) backoff."""
        if stats.step_errors or stats.row_failures or not outbox.clear_backoff(
                info.id, self.clock()):
            return
        paused = bool(settings.get("publishing_paused"))
        for job in outbox.due_to_send(info.id, self.clock(), include_publish=not paused):
            self._row(self._send, info, client, job, stats)

    def settle_interrupted(self, job_id: int, attempts: int, end: Callable[[str, str], None],
                           look: Callable[[OutboxJob], None]) -> None:
        """What every outbox write (a post, an edit, a delete) does with an answer that is not
        its own business; call it from ``except BaseException``. Try later: marked and
        re-raised (it ends the account's run). Outcome unknown: looked up at once (``look``),
        never sent again blindly — or at the next start when stopping. Anything else is a bug:
        marked unknown (so the server is checked first) and re-raised."""
        exc = sys.exc_info()[1]
        now = self.clock()
        if isinstance(exc, OutcomeUnknown):
            end("unknown", exc.message)
            outbox.mark_unknown(job_id, exc.message, now)
            refreshed = outbox.load(job_id)
            if refreshed is not None and not self.stop_event.is_set():
                look(refreshed)
            return
        if isinstance(exc, RateLimited):
            until = exc.until
        elif isinstance(exc, AuthExpired):
            until = now
        elif isinstance(exc, TemporaryFailure):  # nothing reached the server
            until = self._retry_at(attempts)
        else:
            end("unknown", "interrupted by an internal error")
            outbox.mark_unknown(job_id, "Interrupted by an internal error; checking the server "
                                "before anything is sent again.", now)
            raise  # the exception the caller is handling
        end("later", exc.message)
        outbox.mark_later(job_id, exc.message, until, now)
        raise

    def settle_interrupted_lookup(self, job: OutboxJob, attempt: int) -> NoReturn:
        """What every look-up (a post, an edit, a delete) does with an answer that did not say
        whether the write is there; call it from ``except BaseException`` and always re-raises.
        The outcome stays unknown: looked up again after a backoff (ending the account's run
        with a temporary failure), or when the platform says so (rate limit); anything else is
        recorded as an interrupted look-up."""
        exc = sys.exc_info()[1]
        if isinstance(exc, (TemporaryFailure, OutcomeUnknown, Rejected, NotFound)):
            outbox.end_attempt(attempt, "unknown", self.clock(), exc.message)
            outbox.mark_unknown(job.id, exc.message, self.clock(),
                                self._retry_at(job.attempts + 1))
            if isinstance(exc, Unreachable):
                raise  # the exception the caller is handling
            raise TemporaryFailure(exc.message) from None
        if isinstance(exc, RateLimited):
            outbox.end_attempt(attempt, "later", self.clock(), exc.message)
            outbox.mark_unknown(job.id, exc.message, self.clock(), exc.until)
            raise
        outbox.end_attempt(attempt, "unknown", self.clock(), "interrupted")
        raise

    def _retry_at(self, attempts: int) -> datetime:
        return self.clock() + self.backoff.delay(max(1, attempts), self.rng)

    def _send_to_server(self, info: AccountInfo, client: PlatformClient, job: OutboxJob,
                        stats: _Stats) -> None:
        if self._server_schedules(info, client):  # it may have been found out meanwhile
            self._send(info, client, job, stats, to_server=True)

    def _send(self, info: AccountInfo, client: PlatformClient, job: OutboxJob, stats: _Stats,
              to_server: bool = False) -> None:
        action = AttemptAction.SCHEDULE if to_server else AttemptAction.SEND
        claimed = outbox.claim(job.id, self.clock(), action=action)
        if claimed is None:
            return
        stats.writes += 1
        attempt = claimed.attempt_id
        request = publish_request(claimed, server_schedule=to_server)

        def end(outcome: str, detail: str = "") -> None:
            outbox.end_attempt(attempt, outcome, self.clock(), detail)

        try:
            result = client.publish(request)
        except ServerScheduleRefused as exc:
            end("not_supported" if exc.unsupported else "refused", exc.message)
            note = ("This server cannot hold scheduled posts; mbdesk publishes them itself at "
                    "their time — keep mbdesk or 'mbdesk sync' running then.")
            if exc.unsupported:
                self._scheduling_off(info, client, note)
            else:
                note = (f"The server would not hold this post ({exc.message}); mbdesk publishes "
                        "it itself at its time — keep mbdesk or 'mbdesk sync' running then.")
            outbox.keep_local(job.id, note, self.clock())
            return
        except (Rejected, NotFound) as exc:
            end("failed", exc.message)
            outbox.mark_failed(job.id, exc.message, self.clock())
            stats.failed += 1
            return
        except BaseException:
            self.settle_interrupted(job.id, claimed.attempts, end,
                                    lambda row: self._lookup(info, client, row, stats))
            return
        end("on_server" if not result.remote_id else
            "published_at_once" if result.ignored_schedule else "sent")
        self._record(info, client, claimed, result, stats)

    def _record(self, info: AccountInfo, client: PlatformClient, job: OutboxJob,
                result: PublishResult, stats: _Stats) -> None:
        if not result.remote_id:
            outbox.mark_on_server(job.id, result.server_scheduled_id, self.clock())
            stats.writes += 1
            return
        note = ""
        if result.ignored_schedule:
            when = (job.scheduled_at or self.clock()).strftime("%Y-%m-%d %H:%M UTC")
            note = (f"This server ignores scheduling: it published this post at once instead "
                    f"of at {when}. Later posts of this account are kept by mbdesk and published "
                    "at their time.")
            self._scheduling_off(info, client, note)
            log.warning("account %s: the server published a scheduled post at once", info.id)
        outbox.mark_sent(job.id, result, self.clock(), note=note)
        stats.published += 1
        stats.writes += 1

    def _lookup_request(self, job: OutboxJob):
        """The request a lookup matches against, with the posts other rows already own."""
        return publish_request(job, server_schedule=job.scheduled_at is not None,
                               exclude_remote_ids=outbox.owned_remote_ids(job.account_id, job.id))

    def _lookup(self, info: AccountInfo, client: PlatformClient, job: OutboxJob,
                stats: _Stats) -> None:
        """Resolve an unknown outcome by looking on the server, never by a blind re-send."""
        attempt = outbox.begin_attempt(job.id, AttemptAction.LOOKUP, self.clock())
        try:
            found = client.find_published(self._lookup_request(job))
        except NotSupported as exc:  # this account cannot look: the owner has to
            outbox.end_attempt(attempt, "cannot_check", self.clock(), exc.message)
            outbox.mark_unknown(job.id, f"{exc.message} Check on the platform whether it is "
                                "there: if not, Retry sends it; if it is, Cancel stops the "
                                "checks.", self.clock(), self.clock() + PROFILE_EVERY)
            return
        except BaseException:
            self.settle_interrupted_lookup(job, attempt)
        stats.writes += 1
        if found is None:
            outbox.end_attempt(attempt, "not_found", self.clock(),
                               "not on the server: it will be sent")
            outbox.mark_not_landed(job.id, self.clock(), self._retry_at(job.attempts))
        else:
            held = f"held by the server ({found.server_scheduled_id})"
            outbox.end_attempt(attempt, "found", self.clock(), found.remote_id or held)
            self._record(info, client, job, found, stats)

    def _check_on_server(self, info: AccountInfo, client: PlatformClient, job: OutboxJob,
                         stats: _Stats) -> None:
        """An on_server post whose time has passed: did the server publish it?"""
        attempt = outbox.begin_attempt(job.id, AttemptAction.CHECK, self.clock())
        try:
            found = client.find_published(self._lookup_request(job))
        except BaseException as exc:
            outbox.end_attempt(attempt, "unknown", self.clock(), getattr(exc, "message", ""))
            raise
        if found is not None and found.remote_id:
            outbox.end_attempt(attempt, "found", self.clock(), found.remote_id)
            self._record(info, client, job, found, stats)
        elif found is not None:  # still waiting on the server (its queue may run late)
            outbox.end_attempt(attempt, "later", self.clock(), "still held by the server")
            outbox.mark_later(job.id, "", self.clock() + timedelta(minutes=2), self.clock(),
                              state=OutboxState.ON_SERVER)
        else:
            outbox.end_attempt(attempt, "not_found", self.clock())
            outbox.mark_failed(job.id, "The server no longer holds this scheduled post and did "
                               "not publish it (cancelled or deleted outside mbdesk?).",
                               self.clock())
            stats.failed += 1
            stats.writes += 1

    def _take_back(self, info: AccountInfo, client: PlatformClient, job: OutboxJob,
                   stats: _Stats) -> None:
        """Publishing is paused: cancel the server's copy, so nothing goes out by itself."""
        attempt = outbox.begin_attempt(job.id, AttemptAction.CANCEL, self.clock())
        try:
            client.cancel_scheduled(job.server_scheduled_id)
        except NotFound:
            outbox.end_attempt(attempt, "not_found", self.clock())
            self._check_on_server(info, client, job, stats)
            return
        except BaseException as exc:
            outbox.end_attempt(attempt, "unknown", self.clock(), getattr(exc, "message", ""))
            raise
        outbox.end_attempt(attempt, "cancelled", self.clock())
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

    def _mentions(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        since = load_cursors(info.id).get("mentions") or None
        for _ in range(self.mention_batches):
            self._check_stop()
            page = client.list_mentions(since)
            stats.unreadable += page.skipped
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
        """Keyword and hashtag watches: public posts into the inbox's watch stream. One
        watch failing does not stop the others (its error is the step's)."""
        watches = list(KeywordWatch.select(KeywordWatch.id, KeywordWatch.query,
                                           KeywordWatch.cursor)
                       .where((KeywordWatch.account == info.id) & KeywordWatch.enabled)
                       .tuples())
        problem: PlatformError | None = None
        for watch_id, query, cursor in watches:
            self._check_stop()
            try:
                page = client.search(query, since=cursor or None)
            except _RUN_ENDING:
                raise
            except PlatformError as exc:
                problem = exc
                continue
            stats.unreadable += page.skipped
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
            stats.watch_hits += new
            if new:
                stats.writes += 1
        if problem is not None:
            raise problem

    def _followers_due(self, info: AccountInfo, cursors: dict, stats: _Stats) -> bool:
        """A walk is due every ``followers_every``, and sooner when the profile's follower
        count differs from what we know (not for a hidden list: its walks see nobody). A
        partial list's known followers never add up to the count: there a "Sync now" walks
        sooner when the count differs from the one when the last walk ended."""
        done = _parse(cursors.get("followers_done_at"))
        now = self.clock()
        if done is None or now - done >= self.followers_every:
            return True
        if stats.followers_now is None or cursors.get("followers_hidden"):
            return False
        if server_profiles.capability(info.id, "followers_partial") is True:
            return stats.refresh and stats.followers_now != cursors.get("followers_counted")
        if stats.followers_now == ingest.current_follower_count(info.id):
            return False
        return stats.refresh or now - done >= FOLLOWER_RECHECK

    def _followers(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> bool:
        cursors = load_cursors(info.id)
        walk = cursors.get("followers_walk")
        now = self.clock()
        if not isinstance(walk, dict):
            if not self._followers_due(info, cursors, stats):
                return False
            done = _parse(cursors.get("followers_done_at"))
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
            stats.unreadable += page.skipped
            with write_tx():
                now = self.clock()
                stats.new_followers += ingest.ingest_follower_page(
                    info.id, info.platform, page.people, started, now,
                    baseline=bool(walk.get("baseline")))
                walk = {**walk, "next": page.next_cursor,
                        "seen": int(walk.get("seen") or 0) + len(page.people)}
                if page.next_cursor is None:
                    hidden = walk["seen"] == 0 and ingest.current_follower_count(info.id) > 0
                    # an empty walk of a hidden list, or a walk of part of the list, says
                    # nothing about the people it did not see
                    if not hidden and self._walk_saw_everyone(info, started, stats):
                        stats.lost_followers += ingest.finish_follower_walk(info.id, started, now)
                    save_cursors(info.id, followers_walk=None, followers_done_at=_iso(now),
                                 followers_hidden=hidden or None,
                                 followers_counted=stats.followers_now)
                else:
                    save_cursors(info.id, followers_walk=walk)
            stats.writes += 1
            if page.next_cursor is None:
                return True
            cursor = page.next_cursor
        return True

    def _walk_saw_everyone(self, info: AccountInfo, started: datetime, stats: _Stats) -> bool:
        """Whether a finished walk may mark who it did not see as lost. A server that shows
        only part of the list (Weibo, ``followers_partial``) ends its walk early: the rest
        may still follow. Such a walk counts only when it saw at least as many people as the
        profile's follower count (a small account: the whole list was shown)."""
        if server_profiles.capability(info.id, "followers_partial") is not True:
            return True
        return (stats.followers_now is not None
                and ingest.seen_in_walk(info.id, started) >= stats.followers_now)

    def _follow_requests(self, info: AccountInfo, client: PlatformClient,
                         stats: _Stats) -> bool:
        """Pending follow requests of a locked account, where the server has them (absent
        ones are skipped until the profile finds them)."""
        if server_profiles.capability(info.id, "follow_requests") is False:
            return False
        if sync_follow_requests(info.id, info.platform, client, self.clock()):
            stats.writes += 1
        return True

    def _rivals(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> bool:
        """Competitors read through this account (sync/rivals.py), every few hours."""
        now = self.clock()
        done = check_rivals(info.id, client, now, refresh=stats.refresh,
                            last=_parse(load_cursors(info.id).get("rivals_at")))
        if done is False:
            return False
        with write_tx():
            save_cursors(info.id, rivals_at=_iso(now))
        stats.writes += 1
        return True

    def _snapshot(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> None:
        counts = client.account_stats()
        stats.followers_now = counts.followers
        with write_tx():
            ingest.upsert_snapshot(info.id, self.clock().date(), counts)
        stats.writes += 1

    def _metrics(self, info: AccountInfo, client: PlatformClient, stats: _Stats) -> bool:
        """Engagement of our recent posts, every ``metrics_every`` (now on a refresh: the last
        7 days' posts). The client reads them in batches."""
        now = self.clock()
        last = _parse(load_cursors(info.id).get("metrics_at"))
        if not stats.refresh and last is not None and now - last < self.metrics_every:
            return False
        days = min(self.metrics_days, 7) if stats.refresh else self.metrics_days
        posts = ingest.recent_post_ids(info.id, now - timedelta(days=days))
        metrics = client.post_metrics(list(posts)) if posts else []
        with write_tx():
            ingest.record_post_metrics(posts, metrics, now)
            save_cursors(info.id, metrics_at=_iso(now))
        stats.writes += 1
        return True
