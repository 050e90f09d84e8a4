"""Edits and deletes of sent posts through the outbox, over real HTTP to the fake servers:
each applied exactly once under lost answers, 5xx pages after the work, resets and timeouts,
with the history kept; a server or platform without edits says so (never a silent no-op)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fake_mastodon import PROFILES, FakeMastodon, Fault
from sync_helpers import add_account

from mbdesk.store import outbox, post_changes
from mbdesk.store.models import OutboxItem, OutboxKind, OutboxState, Platform, Post
from mbdesk.sync.engine import Job

STATUS = "/api/v1/statuses/"


def _sent(engine, account_id: int, text: str = "Fresh rye bread today 🍞") -> int:
    item_id = outbox.enqueue(account_id, Platform.MASTODON, text)
    engine.run_account(account_id, {Job.PUBLISH})
    assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    return item_id


def _run(engine, clock, account_id: int, server: FakeMastodon | None = None, rounds: int = 4):
    """Sync publishing until nothing waits (backoffs run out between rounds)."""
    for _ in range(rounds):
        engine.run_account(account_id, {Job.PUBLISH})
        waiting = OutboxItem.select().where(
            OutboxItem.kind.in_(list(OutboxKind.CHANGES))
            & OutboxItem.state.in_([OutboxState.QUEUED, OutboxState.UNKNOWN])).count()
        if not waiting:
            return
        clock.advance(timedelta(minutes=5), server)


@pytest.fixture(params=sorted(PROFILES))
def profiled(request, ctx):
    with FakeMastodon(profile=request.param) as srv:
        yield srv, add_account(srv, ctx.secrets)


def test_edit_and_delete_on_every_profile(profiled, engine, clock) -> None:
    server, account_id = profiled
    item_id = _sent(engine, account_id)
    remote = OutboxItem.get_by_id(item_id).remote_id
    if not server.supports_edits:
        edit_id = post_changes.request_edit(item_id, "Fresh rye bread, now with seeds")
        _run(engine, clock, account_id, server)
        edit = OutboxItem.get_by_id(edit_id)
        assert edit.state == OutboxState.FAILED
        assert "does not allow editing" in edit.last_error
        assert edit.body == "Fresh rye bread, now with seeds"  # the typed text is kept
        can = post_changes.allowed(item_id)
        assert not can.edit and "does not allow editing" in can.edit_reason
        with pytest.raises(post_changes.ChangeRefused) as refused:
            post_changes.request_edit(item_id, "again")
        assert refused.value.code == "edit_not_allowed"
    else:
        post_changes.request_edit(item_id, "Fresh rye bread, now with seeds")
        _run(engine, clock, account_id, server)
        assert server.edits_of(remote) == 1
        assert post_changes.current_text(item_id) == "Fresh rye bread, now with seeds"
        assert Post.get(Post.outbox == item_id).text == "Fresh rye bread, now with seeds"
        assert [v.text for v in post_changes.versions(item_id)] == [
            "Fresh rye bread today 🍞", "Fresh rye bread, now with seeds"]
        assert OutboxItem.get_by_id(item_id).edited_at is not None
    delete_id = post_changes.request_delete(item_id)
    assert post_changes.request_delete(item_id) == delete_id  # asked twice: one row
    _run(engine, clock, account_id, server)
    assert OutboxItem.get_by_id(delete_id).state == OutboxState.SENT
    assert server.is_deleted(remote)
    assert OutboxItem.get_by_id(item_id).deleted_at is not None
    assert len(server.requests_to(STATUS + remote, "DELETE")) == 1
    actions = [a.action for a in outbox.attempt_history(delete_id)]
    assert actions == ["delete"]


FAULTS = {
    "lost_answer": lambda m, p: Fault.drop(method=m, path=p, apply=True),
    "5xx_after": lambda m, p: Fault.http_after(502, method=m, path=p),
    "reset": lambda m, p: Fault.reset(method=m, path=p, apply=True),
    "slow_answer": lambda m, p: Fault.timeout(2.0, method=m, path=p, apply=True),
    "5xx_before": lambda m, p: Fault.http(503, method=m, path=p),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("profile", ["mastodon", "gotosocial", "takahe"])
def test_an_edit_is_applied_exactly_once_under_faults(ctx, engine, clock, fault: str,
                                                      profile: str) -> None:
    with FakeMastodon(profile=profile) as server:
        account_id = add_account(server, ctx.secrets)
        item_id = _sent(engine, account_id)
        remote = OutboxItem.get_by_id(item_id).remote_id
        edit_id = post_changes.request_edit(item_id, "Rye bread sold out — back Friday")
        server.faults.append(FAULTS[fault]("PUT", STATUS + remote))
        _run(engine, clock, account_id, server)
        assert OutboxItem.get_by_id(edit_id).state == OutboxState.SENT
        assert server.edits_of(remote) == 1
        history = outbox.attempt_history(edit_id)
        if fault in ("lost_answer", "5xx_after", "reset", "slow_answer"):
            assert [a.action for a in history][:2] == ["edit", "lookup"]
            assert history[1].outcome == "found"  # looked, found it applied: not sent again
        assert len(server.requests_to(STATUS + remote, "PUT")) == (2 if fault == "5xx_before"
                                                                  else 1)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_delete_is_done_once_under_faults(ctx, engine, clock, fault: str) -> None:
    with FakeMastodon(profile="gotosocial") as server:
        account_id = add_account(server, ctx.secrets)
        item_id = _sent(engine, account_id)
        remote = OutboxItem.get_by_id(item_id).remote_id
        delete_id = post_changes.request_delete(item_id)
        server.faults.append(FAULTS[fault]("DELETE", STATUS + remote))
        _run(engine, clock, account_id, server)
        assert OutboxItem.get_by_id(delete_id).state == OutboxState.SENT
        assert server.is_deleted(remote)
        deletes = len(server.requests_to(STATUS + remote, "DELETE"))
        assert deletes == (2 if fault == "5xx_before" else 1)


def test_delete_of_a_post_already_gone_is_done(account, server, engine, clock) -> None:
    item_id = _sent(engine, account)
    remote = OutboxItem.get_by_id(item_id).remote_id
    server._status(remote)["deleted"] = True  # deleted on the web, outside mbdesk
    delete_id = post_changes.request_delete(item_id)
    _run(engine, clock, account, server)
    row = OutboxItem.get_by_id(delete_id)
    assert row.state == OutboxState.SENT and "already gone" in row.note
    assert outbox.attempt_history(delete_id)[0].outcome == "already_gone"


def test_edit_of_a_deleted_post_fails_and_keeps_the_text(account, server, engine, clock) -> None:
    item_id = _sent(engine, account)
    server._status(OutboxItem.get_by_id(item_id).remote_id)["deleted"] = True
    edit_id = post_changes.request_edit(item_id, "A new text the owner typed")
    _run(engine, clock, account, server)
    row = OutboxItem.get_by_id(edit_id)
    assert row.state == OutboxState.FAILED and "no longer on the platform" in row.last_error
    assert row.body == "A new text the owner typed"


def test_the_edit_keeps_the_images(account, server, engine, clock, tmp_path) -> None:
    """An edit replaces everything on the server: the client sends the images along."""
    from PIL import Image

    photo = tmp_path / "bread.png"
    Image.new("RGB", (8, 8), "brown").save(photo)
    item_id = outbox.enqueue(account, Platform.MASTODON, "With a photo",
                             attachments=[outbox.Attachment(str(photo), "A loaf")])
    engine.run_account(account, {Job.PUBLISH})
    remote = OutboxItem.get_by_id(item_id).remote_id
    post_changes.request_edit(item_id, "With a photo (edited)")
    _run(engine, clock, account, server)
    assert server.edits_of(remote) == 1
    assert len(server._status(remote)["media_ids"]) == 1


def test_refusals(account, server, engine) -> None:
    item_id = _sent(engine, account)
    with pytest.raises(post_changes.ChangeRefused) as unchanged:
        post_changes.request_edit(item_id, "Fresh rye bread today 🍞")
    assert unchanged.value.code == "unchanged"
    with pytest.raises(post_changes.ChangeRefused) as too_long:
        post_changes.request_edit(item_id, "x" * 501)
    assert too_long.value.code == "too_long"
    with pytest.raises(post_changes.ChangeRefused) as empty:
        post_changes.request_edit(item_id, "  ")
    assert empty.value.code == "empty"
    queued = outbox.enqueue(account, Platform.MASTODON, "not out yet")
    with pytest.raises(post_changes.ChangeRefused) as not_sent:
        post_changes.request_delete(queued)
    assert not_sent.value.code == "not_sent"
    post_changes.request_delete(item_id)
    with pytest.raises(post_changes.ChangeRefused) as deleted:
        post_changes.request_edit(item_id, "too late")
    assert deleted.value.code == "deleted"


def test_a_killed_process_mid_edit_is_looked_up(account, server, engine, clock) -> None:
    """A row left in ``sending`` (the process died mid-call) becomes unknown at start-up and
    is looked up, not re-sent blindly."""
    item_id = _sent(engine, account)
    remote = OutboxItem.get_by_id(item_id).remote_id
    edit_id = post_changes.request_edit(item_id, "Edited before the crash")
    claimed = outbox.claim(edit_id, clock(), action="edit")
    assert claimed is not None
    server._status(remote)["text"] = "Edited before the crash"  # it landed, then the kill
    outbox.recover_interrupted()
    _run(engine, clock, account, server)
    assert OutboxItem.get_by_id(edit_id).state == OutboxState.SENT
    assert server.requests_to(STATUS + remote, "PUT") == []


# --- Bluesky, Weibo and X: delete only, exactly once; no edit, said plainly --------------------


def _delete_flow(engine, clock, account_id: int, item_id: int) -> int:
    with pytest.raises(post_changes.ChangeRefused) as refused:
        post_changes.request_edit(item_id, "a new text")
    assert refused.value.code == "edit_not_allowed"
    assert "does not allow editing a sent post" in refused.value.message
    delete_id = post_changes.request_delete(item_id)
    _run(engine, clock, account_id)
    assert OutboxItem.get_by_id(delete_id).state == OutboxState.SENT
    assert OutboxItem.get_by_id(item_id).deleted_at is not None
    return delete_id


@pytest.mark.parametrize("lose", [False, True])
def test_bluesky_delete_once(ctx, engine, clock, lose: bool) -> None:
    from fake_bluesky import FakeBluesky
    from fake_bluesky import Fault as BFault

    from mbdesk.services.accounts_service import AccountsService

    with FakeBluesky() as server:
        service = AccountsService(ctx.db, ctx.secrets, read_timeout=2.0)
        from types import SimpleNamespace
        account_id = service.connect(SimpleNamespace(platform="bluesky", handle="shop.test",
                                                     password=server.password,
                                                     server=server.url))
        item_id = outbox.enqueue(account_id, "bluesky", "Pan de hoy")
        engine.run_account(account_id, {Job.PUBLISH})
        rkey = OutboxItem.get_by_id(item_id).record_key
        assert rkey in server.records
        if lose:
            server.faults.append(BFault("com.atproto.repo.deleteRecord", "drop", apply=True))
        delete_id = _delete_flow(engine, clock, account_id, item_id)
        assert rkey not in server.records
        assert server.delete_calls == 1
        actions = [a.action for a in outbox.attempt_history(delete_id)]
        assert actions == (["delete", "lookup"] if lose else ["delete"])


@pytest.mark.parametrize("reply", [False, True])
@pytest.mark.parametrize("lose", [False, True])
def test_weibo_destroy_once(ctx, engine, clock, lose: bool, reply: bool) -> None:
    from fake_weibo import FakeWeibo
    from fake_weibo import Fault as WFault

    from mbdesk.platforms.weibo_auth import WeiboSecret
    from mbdesk.store.accounts import set_options
    from mbdesk.store.models import Account

    with FakeWeibo() as weibo:
        account = Account.create(platform=Platform.WEIBO, instance_url=weibo.url,
                                 handle="小面包店", remote_id=weibo.me)
        ctx.secrets.set_token(account.uid, WeiboSecret(weibo.token, "x").to_json())
        set_options(account.id, safe_domain="shop.example")
        if reply:
            sid = weibo.add_status(weibo.add_user("5000000001", "顾客"), "有面包吗？")
            item_id = outbox.enqueue(account.id, Platform.WEIBO, "有的！",
                                     kind=OutboxKind.REPLY, in_reply_to_remote_id=sid)
        else:
            item_id = outbox.enqueue(account.id, Platform.WEIBO,
                                     "周末烤了肉桂卷 https://shop.example/p/1")
        engine.run_account(account.id, {Job.PUBLISH})
        remote = OutboxItem.get_by_id(item_id).remote_id
        assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
        name = "comments/destroy" if reply else "statuses/destroy"
        if lose:
            weibo.faults.append(WFault(name, "http", status=502, apply=True))
        _delete_flow(engine, clock, account.id, item_id)
        gone = weibo.comments if reply else weibo.statuses
        assert remote not in gone
        assert len(weibo.calls(name)) == 1


@pytest.mark.parametrize("access", ["basic", "free"])
def test_x_delete_once(ctx, engine, clock, access: str) -> None:
    from fake_x import FakeX
    from fake_x import Fault as XFault
    from test_x import add_x_account

    with FakeX(access_level=access) as server:
        account_id = add_x_account(server, ctx.secrets)
        item_id = outbox.enqueue(account_id, Platform.X, "Fresh bread at 8")
        engine.run_account(account_id, {Job.PUBLISH})
        remote = OutboxItem.get_by_id(item_id).remote_id
        assert remote in server.tweets
        if access == "free":  # the answer is lost and this level cannot read: the owner looks
            server.faults.append(XFault.drop(method="DELETE", path="/2/tweets/"))
            delete_id = post_changes.request_delete(item_id)
            _run(engine, clock, account_id, rounds=1)
            row = OutboxItem.get_by_id(delete_id)
            assert row.state == OutboxState.UNKNOWN and "Look on the platform" in row.last_error
            assert remote not in server.tweets and server.delete_calls == 1
            return
        delete_id = _delete_flow(engine, clock, account_id, item_id)
        assert remote not in server.tweets and server.delete_calls == 1


def test_cli_edit_and_delete_take_the_same_path(account, server, engine, clock, workspace,
                                                capsys) -> None:
    import json

    from mbdesk.app import main

    item_id = _sent(engine, account)
    remote = OutboxItem.get_by_id(item_id).remote_id
    root = ["--data-dir", str(workspace.root)]
    assert main([*root, "outbox", "edit", str(item_id), "--text", "Rye, edited"]) == 0
    assert "queued" in capsys.readouterr().out
    _run(engine, clock, account, server)
    assert server.edits_of(remote) == 1
    assert main([*root, "outbox", "show", str(item_id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [v["text"] for v in shown["versions"]] == ["Fresh rye bread today 🍞", "Rye, edited"]
    assert shown["edited_at"] is not None and shown["deleted_at"] is None
    assert main([*root, "outbox", "delete", str(item_id)]) == 0
    _run(engine, clock, account, server)
    assert server.is_deleted(remote)
    assert main([*root, "outbox", "edit", str(item_id), "--text", "too late"]) == 2
    assert "deleted" in capsys.readouterr().err
    assert main([*root, "outbox", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["state"], r["target_id"]) for r in rows] == [
        ("publish", "sent", None), ("edit", "sent", item_id), ("delete", "sent", item_id)]


def test_mastodons_delete_limit_waits_and_then_deletes(account, server, engine, clock) -> None:
    """Mastodon: 30 deletes per 30 minutes; the 429 ends the run, the row waits, nothing lost."""
    first, second = _sent(engine, account, "one"), _sent(engine, account, "two")
    server.delete_limit = 1
    for item_id in (first, second):
        post_changes.request_delete(item_id)
    result = engine.run_account(account, {Job.PUBLISH})
    assert result.state == "rate_limited"
    waiting = OutboxItem.get(OutboxItem.kind == OutboxKind.DELETE, OutboxItem.target == second)
    assert waiting.state == OutboxState.QUEUED and waiting.next_attempt_at is not None
    assert [a.outcome for a in outbox.attempt_history(waiting.id)] == ["later"]
    clock.advance(timedelta(minutes=31), server)  # the window has passed
    _run(engine, clock, account, server)
    assert server.is_deleted(OutboxItem.get_by_id(second).remote_id)
    assert OutboxItem.get_by_id(waiting.id).state == OutboxState.SENT


def test_edits_go_while_publishing_is_paused(account, server, engine, clock) -> None:
    """The pause holds scheduled posts; an edit or delete is the owner's explicit ask."""
    from mbdesk.store import settings

    item_id = _sent(engine, account)
    settings.put("publishing_paused", True)
    edit_id = post_changes.request_edit(item_id, "Edited while paused")
    assert outbox.next_due_at(account, clock(), paused=True) is not None
    engine.run_account(account, {Job.PUBLISH})
    assert OutboxItem.get_by_id(edit_id).state == OutboxState.SENT


def test_the_metrics_step_leaves_a_deleted_post_out(account, server, engine, clock) -> None:
    """A post deleted through the outbox is not looked for again: without this, every metrics
    run walked all pages and then asked for it by id (a 404 each time)."""
    kept = _sent(engine, account, "Kept post")
    gone = _sent(engine, account, "Post to take down")
    gone_remote = OutboxItem.get_by_id(gone).remote_id
    post_changes.request_delete(gone)
    _run(engine, clock, account, server)
    assert OutboxItem.get_by_id(gone).deleted_at is not None
    server.requests_log.clear()
    engine.run_account(account, {Job.METRICS, Job.REFRESH})
    assert server.requests_to(STATUS + gone_remote, "GET") == []
    assert Post.get(Post.outbox == kept).metrics.count() == 1
    assert Post.get(Post.outbox == gone).metrics.count() == 0
