"""SyncService: the engine on worker threads, signals on the GUI thread, one queue per account,
offline detection and recovery by itself. Real HTTP against the fake Mastodon server."""

from __future__ import annotations

import gc
import threading
import time
from datetime import timedelta

import pytest
from fake_mastodon import FakeMastodon
from sync_helpers import add_account, make_engine, restart_on_same_port

from mbdesk.services.sync_service import SyncService
from mbdesk.store import outbox
from mbdesk.store.models import Account, OutboxItem, OutboxState, Platform
from mbdesk.sync.engine import SyncEngine, SyncState


class RecordingEngine(SyncEngine):
    """Notes when and on which thread each account's run happens."""

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.runs: list[tuple[int, float, float, bool]] = []
        self._runs_lock = threading.Lock()

    def run_account(self, account_id, jobs=None):
        start = time.monotonic()
        result = super().run_account(account_id, jobs) if jobs else super().run_account(
            account_id)
        with self._runs_lock:
            self.runs.append((account_id, start, time.monotonic(),
                              threading.current_thread() is threading.main_thread()))
        return result


class SlowFake(FakeMastodon):
    """Every answer takes a little while, so runs last long enough to overlap."""

    def dispatch(self, req):
        answer = super().dispatch(req)
        self._stopping.wait(0.05)
        return answer


def recording_engine(ctx) -> RecordingEngine:
    base = make_engine(ctx.secrets, ctx.workspace.root)
    return RecordingEngine(base.client_factory, backoff=base.backoff)


@pytest.fixture
def service_factory(ctx, qtbot):
    made: list[SyncService] = []

    def make(engine=None, **kw) -> SyncService:
        kw.setdefault("offline_first", timedelta(milliseconds=200))
        svc = SyncService(ctx.db, engine or recording_engine(ctx), **kw)
        made.append(svc)
        return svc

    thresholds = gc.get_threshold()
    yield make
    for svc in made:
        svc.stop()
    gc.unfreeze()  # the service tunes the collector for the whole process; undo for other tests
    gc.set_threshold(*thresholds)


def test_start_publishes_on_a_worker_and_signals_the_gui(server, ctx, qtbot, service_factory):
    account_id = add_account(server, ctx.secrets)
    item_id = outbox.enqueue(account_id, Platform.MASTODON, "From the window")
    service = service_factory()
    states: list[str] = []
    service.state_changed.connect(states.append)
    with qtbot.waitSignals([service.data_changed, service.account_state_changed],
                           timeout=15_000):
        service.start()
    assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1
    assert service.account_states == {account_id: SyncState.OK}
    assert all(not on_main for _, _, _, on_main in service.engine.runs)
    assert states[0] == "Starting sync…" and states[-1].startswith("Synced at")


def test_offline_is_reported_and_recovers_by_itself(server, ctx, qtbot, service_factory):
    account_id = add_account(server, ctx.secrets)
    port = int(server.url.rsplit(":", 1)[1])
    server.stop()
    outbox.enqueue(account_id, Platform.MASTODON, "Written offline")
    outbox.enqueue(account_id, Platform.MASTODON, "Also offline")
    service = service_factory()
    with qtbot.waitSignal(service.state_changed, timeout=15_000,
                          check_params_cb=lambda text: text.startswith("Offline")) as blocker:
        service.start()
    assert blocker.args == ["Offline — 2 item(s) wait in the outbox"]
    restart_on_same_port(server, port)
    with qtbot.waitSignal(service.run_finished, timeout=15_000,
                          check_params_cb=lambda r: r.state == SyncState.OK):
        pass
    assert [i.state for i in OutboxItem.select()] == [OutboxState.SENT] * 2
    assert len(server.own_statuses()) == 2
    assert Account.get_by_id(account_id).sync_state == SyncState.OK


def test_one_queue_per_account_accounts_side_by_side(ctx, qtbot, service_factory):
    with SlowFake() as a, SlowFake() as b:
        first = add_account(a, ctx.secrets, "shop")
        second = add_account(b, ctx.secrets, "bakery")
        engine = recording_engine(ctx)
        service = service_factory(engine)
        with qtbot.waitSignal(service.state_changed, timeout=20_000,
                              check_params_cb=lambda t: t.startswith("Synced")):
            service.start()
        engine.runs.clear()
        done: list[int] = []
        service.run_finished.connect(lambda r: done.append(r.account_id))
        with qtbot.waitSignal(service.state_changed, timeout=20_000,
                              check_params_cb=lambda t: t.startswith("Synced") and len(done) >= 3):
            service.sync_now(first)
            service.sync_now(first)  # merged into one follow-up run, never overlapping
            service.sync_now(second)
        runs = sorted(engine.runs, key=lambda r: r[1])
        mine = [r for r in runs if r[0] == first]
        assert len(mine) == 2
        assert mine[0][2] <= mine[1][1]  # the same account: one after the other
        other = next(r for r in runs if r[0] == second)
        assert other[1] < mine[0][2] and mine[0][1] < other[2]  # two accounts: side by side


def test_stop_ends_runs_and_timers(server, ctx, qtbot, service_factory):
    add_account(server, ctx.secrets)
    service = service_factory()
    with qtbot.waitSignal(service.run_finished, timeout=15_000):
        service.start()
    service.stop()
    runs = len(service.engine.runs)
    service.sync_now()
    assert len(service.engine.runs) == runs
    assert not any(t.isActive() for t in service._timers.values())
