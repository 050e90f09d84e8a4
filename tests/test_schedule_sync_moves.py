"""A calendar move of a post the server holds, made while offline, is kept and applied by the
next sync that reaches the server (real HTTP against the fake Mastodon server)."""

from __future__ import annotations

from datetime import timedelta

from sync_helpers import Clock, add_account, make_engine, restart_on_same_port

from mbdesk.store import outbox, schedule
from mbdesk.store.models import OutboxItem, OutboxState, Platform, utcnow
from mbdesk.sync.engine import Job

PUBLISH = {Job.PUBLISH}


def test_offline_move_of_a_server_held_post_is_applied_by_the_next_sync(server, ctx):
    account = add_account(server, ctx.secrets)
    engine = make_engine(ctx.secrets, ctx.workspace.root, Clock())
    item_id = outbox.enqueue(account, Platform.MASTODON, "Festival post",
                             scheduled_at=utcnow() + timedelta(hours=2))
    engine.run_account(account, PUBLISH)
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.ON_SERVER
    old_time = row.scheduled_at

    port = int(server.url.rsplit(":", 1)[1])
    server.stop()
    engine.forget_client(account)
    new_time = (utcnow() + timedelta(days=1)).replace(microsecond=0)
    result = schedule.move_post(item_id, new_time, "Europe/Madrid")
    assert result.pending
    outcome = engine.run_account(account, PUBLISH)
    assert "moved in the calendar" in outcome.message
    assert OutboxItem.get_by_id(item_id).scheduled_at == old_time
    assert item_id in schedule.pending_moves()  # kept: nothing is lost offline

    restart_on_same_port(server, port)
    try:
        engine.run_account(account, PUBLISH)
        row = OutboxItem.get_by_id(item_id)
        assert row.scheduled_at == new_time and row.state == OutboxState.ON_SERVER
        assert row.scheduled_tz == "Europe/Madrid"
        (held,) = server.scheduled_statuses
        assert held["id"] == row.server_scheduled_id
        assert held["scheduled_at"].startswith(new_time.strftime("%Y-%m-%dT%H:%M"))
        assert schedule.pending_moves() == {}
    finally:
        server.stop()
