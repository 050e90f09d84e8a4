"""Nothing hangs: a step that runs too long ends with an error on that step; stopping (window
quit, SIGTERM of 'mbdesk sync') abandons requests in flight within seconds, releases the
workspace lock, and an abandoned post becomes 'unknown' (looked up, never re-sent blindly)."""

from __future__ import annotations

import signal
import threading
import time
from datetime import timedelta

from fake_mastodon import FakeMastodon, Fault
from hostile_server import HostileServer
from sync_helpers import add_account, make_engine, spawn_sync

from mbdesk.instance_lock import InstanceLock
from mbdesk.services.sync_service import SyncService
from mbdesk.store import outbox
from mbdesk.store.models import Account, OutboxItem, OutboxState, Platform
from mbdesk.sync.engine import Job, SyncState


class SlowFake(FakeMastodon):
    """Every answer takes 0.3 s."""

    def dispatch(self, req):
        answer = super().dispatch(req)
        self._stopping.wait(0.3)
        return answer


def hostile_account(srv: HostileServer, ctx=None) -> Account:
    account = Account.create(platform=Platform.MASTODON, instance_url=srv.url,
                             handle="shop@hostile.example", display_name="Shop", remote_id="1")
    if ctx is not None:
        ctx.secrets.set_token(account.uid, "hostile-token")
    return account


def test_a_step_past_its_deadline_ends_with_an_error_and_the_run_goes_on(ctx):
    with SlowFake() as server:
        account_id = add_account(server, ctx.secrets)
        engine = make_engine(ctx.secrets, ctx.workspace.root,
                             step_deadline=timedelta(seconds=0.2))
        result = engine.run_account(account_id, Job.ALL | {Job.REFRESH})
    assert result.state == SyncState.PARTIAL
    assert "ran out of time" in result.step_errors["profile"] or \
        "ran longer than" in result.step_errors["profile"]
    assert len(result.step_errors) >= 2  # the next steps still ran (and ran out too)


def test_a_stop_abandons_a_post_in_flight_which_becomes_unknown_and_is_looked_up(ctx):
    with FakeMastodon() as server:
        account_id = add_account(server, ctx.secrets)
        item_id = outbox.enqueue(account_id, Platform.MASTODON, "Abandoned mid-air")
        # the server applies the post, then says nothing for 20 s (longer than a read waits)
        fault = Fault.timeout(20, apply=True, method="POST", path="/api/v1/statuses")
        server.faults.append(fault)
        stop = threading.Event()
        engine = make_engine(ctx.secrets, ctx.workspace.root, stop_event=stop,
                             read_timeout=30.0)
        results = []

        def run() -> None:
            with ctx.db.connection_context():
                results.append(engine.run_account(account_id, {Job.PUBLISH}))

        worker = threading.Thread(target=run)
        worker.start()
        fault.applied.wait(15)  # the server has applied the post and now holds its answer
        assert server.own_statuses()
        stopped_at = time.monotonic()
        stop.set()
        worker.join(timeout=10)
        took = time.monotonic() - stopped_at
        assert not worker.is_alive() and took < 5  # the promise is 2 s
        assert results[0].state == SyncState.STOPPED
        assert OutboxItem.get_by_id(item_id).state == OutboxState.UNKNOWN
        # the next start looks it up and finds it: sent, never posted twice
        later = make_engine(ctx.secrets, ctx.workspace.root)
        later.recover()
        later.run_account(account_id, {Job.PUBLISH})
        assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
        assert len(server.own_statuses()) == 1


def test_window_quit_stops_sync_promptly_with_a_stalled_server(ctx, qtbot):
    with HostileServer("trickle", interval=0.5) as srv:
        hostile_account(srv, ctx)
        engine = make_engine(ctx.secrets, ctx.workspace.root, read_timeout=30.0)
        service = SyncService(ctx.db, engine)
        service.start()
        qtbot.waitUntil(srv.got_request.is_set, timeout=15_000)
        started = time.monotonic()
        service.stop()  # what the window's aboutToQuit calls
        took = time.monotonic() - started
        assert took < 5 and service.pool.activeThreadCount() == 0


def test_sigterm_stops_a_trickled_sync_and_frees_the_lock(workspace, db):
    with HostileServer("trickle", interval=1.0) as srv:
        account = hostile_account(srv)
        proc = spawn_sync(workspace.root, account.uid, "hostile-token", interval=60)
        try:
            assert srv.got_request.wait(60), proc.stdout.read() if proc.poll() else ""
            time.sleep(0.5)  # well inside the trickled answer
            sent = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            rc = proc.wait(timeout=10)
            took = time.monotonic() - sent
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            out = proc.stdout.read()
            proc.stdout.close()
    assert rc == 0 and took < 5, out  # the promise is 2 s
    assert "Stopped." in out
    lock = InstanceLock(workspace.lock_file)
    lock.acquire()  # free
    lock.release()
    # and the next 'mbdesk sync --once' starts (the server is gone now: offline, not 'running')
    again = spawn_sync(workspace.root, account.uid, "hostile-token", once=True)
    try:
        rc = again.wait(timeout=60)
        out = again.stdout.read()
    finally:
        if again.poll() is None:
            again.kill()
            again.wait()
        again.stdout.close()
    assert "already running" not in out and rc == 1, out
