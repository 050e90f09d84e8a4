"""Headless commands end to end against the fake Mastodon server: accounts add/remove, post,
sync (once, and until SIGTERM), outbox list, inbox list."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import requests
from PIL import Image
from sync_helpers import add_account, spawn_sync

from mbdesk.app import main
from mbdesk.instance_lock import InstanceLock
from mbdesk.store import settings
from mbdesk.store.models import Account, OutboxItem, OutboxState, utcnow


def run(workspace, *argv: str, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--data-dir", str(workspace.root), *argv])


def out_json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


# --- accounts ------------------------------------------------------------------------------


def test_add_with_token_stdin_verifies_and_keeps_token_only_in_keyring(
        server, workspace, db, capsys, monkeypatch, memory_keyring):
    rc = run(workspace, "accounts", "add", "mastodon", "--instance", server.url,
             "--token-stdin", stdin=server.token + "\n", monkeypatch=monkeypatch)
    assert rc == 0
    assert "Connected shop@fake.example" in capsys.readouterr().out  # the server's domain
    account = Account.get()
    assert account.remote_id == server.me_id and account.instance_url == server.url
    assert memory_keyring.store[("mbdesk", account.uid)] == server.token
    db.close()
    for path in workspace.root.rglob("*"):
        if path.is_file():
            assert server.token.encode() not in path.read_bytes(), path
    assert run(workspace, "accounts", "list", "--json") == 0
    assert [a["handle"] for a in out_json(capsys)] == [account.handle]


def test_add_refuses_clearly_without_a_keyring(server, workspace, db, capsys, monkeypatch):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    rc = run(workspace, "accounts", "add", "mastodon", "--instance", server.url,
             "--token-stdin", stdin=server.token + "\n", monkeypatch=monkeypatch)
    assert rc == 2
    err = capsys.readouterr().err
    assert "No secure keyring" in err and "--allow-plaintext-secrets" in err
    assert Account.select().count() == 0


def test_add_with_a_bad_token_stores_nothing(server, workspace, db, capsys, monkeypatch):
    rc = run(workspace, "accounts", "add", "mastodon", "--instance", server.url,
             "--token-stdin", stdin="not-a-token\n", monkeypatch=monkeypatch)
    assert rc == 2
    assert "Authorize the account again" in capsys.readouterr().err
    assert Account.select().count() == 0


def test_add_with_oauth_reads_the_pasted_code(server, workspace, db, capsys, monkeypatch,
                                              memory_keyring):
    shown = io.StringIO()

    class Browser(io.StringIO):
        """The person: opens the printed address, copies the code the server shows."""

        def readline(self, *a) -> str:
            url = re.search(r"http://\S+", shown.getvalue()).group(0)
            page = requests.get(url, timeout=5)
            assert page.status_code == 200
            return server.last_oob_code + "\n"

    monkeypatch.setattr(sys, "stderr", shown)
    monkeypatch.setattr(sys, "stdin", Browser())
    assert run(workspace, "accounts", "add", "mastodon", "--instance", server.url) == 0
    account = Account.get()
    token = memory_keyring.store[("mbdesk", account.uid)]
    assert token and token != server.token  # a fresh token from the code exchange
    assert server.tokens[token]["account_id"] == server.me_id


def test_remove_deletes_the_token(server, workspace, db, ctx, capsys, memory_keyring):
    account_id = add_account(server, ctx.secrets)
    uid = Account.get_by_id(account_id).uid
    assert run(workspace, "accounts", "remove", "shop") == 0
    assert ("mbdesk", uid) not in memory_keyring.store
    assert Account.select().count() == 0


# --- post, sync, outbox, inbox ---------------------------------------------------------------


def test_post_then_sync_once_publishes_once(server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    assert run(workspace, "post", "--account", "shop", "Sourdough is back") == 0
    assert "queued" in capsys.readouterr().out
    assert run(workspace, "outbox", "list", "--json") == 0
    [record] = out_json(capsys)
    assert record["state"] == "queued" and record["text"] == "Sourdough is back"
    assert set(record) >= {"id", "uid", "kind", "account", "scheduled_at", "last_error",
                           "next_attempt_at", "remote_id", "server_scheduled_id", "sent_at"}
    assert run(workspace, "sync", "--once") == 0
    assert "published 1" in capsys.readouterr().out
    assert run(workspace, "sync", "--once", "--account", "shop") == 0
    assert len(server.own_statuses()) == 1
    capsys.readouterr()
    assert run(workspace, "outbox", "list", "--json", "--state", "sent") == 0
    [sent] = out_json(capsys)
    assert sent["remote_id"] == server.own_statuses()[0]["id"] and sent["sent_at"]


def test_post_times_zone_past_and_dst_gap(server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    settings.put("timezone", "Europe/Madrid")
    rc = run(workspace, "post", "--account", "shop", "--at", "2026-03-29T02:30", "Gap")
    assert rc == 2 and "skip" in capsys.readouterr().err
    rc = run(workspace, "post", "--account", "shop", "--at", "2020-01-01T09:00", "Past")
    assert rc == 2 and "in the past" in capsys.readouterr().err
    year = utcnow().year + 1
    assert run(workspace, "post", "--account", "shop", "--at", f"{year}-07-01T09:00",
               "Summer") == 0
    item = OutboxItem.get()
    assert item.scheduled_at.isoformat() == f"{year}-07-01T07:00:00"  # CEST = UTC+2
    assert item.scheduled_tz == "Europe/Madrid"
    assert run(workspace, "post", "--account", "shop", "--at", f"{year}-01-01T09:00Z",
               "Winter") == 0
    assert OutboxItem.select().count() == 2
    assert run(workspace, "post", "--account", "nobody", "x") == 2
    assert "No account called" in capsys.readouterr().err


def test_post_refuses_text_the_server_would_reject(server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    assert run(workspace, "post", "--account", "shop", "x" * 501) == 2
    assert "accepts 500" in capsys.readouterr().err
    assert OutboxItem.select().count() == 0


def test_inbox_list_and_reply_from_the_cli(server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    _, sid = server.add_mention("@shop ¿abrís el domingo?")
    assert run(workspace, "sync", "--once") == 0
    capsys.readouterr()
    assert run(workspace, "inbox", "list", "--json", "--state", "new") == 0
    [mention] = out_json(capsys)
    assert mention["status_remote_id"] == sid and "domingo" in mention["text"]
    assert mention["author_handle"] == "alice@remote.example"
    assert run(workspace, "post", "--reply-to", str(mention["id"]), "Sí, de 9 a 14") == 0
    assert run(workspace, "sync", "--once") == 0
    replies = [s for s in server.own_statuses() if s["in_reply_to_id"] == sid]
    assert len(replies) == 1
    capsys.readouterr()
    assert run(workspace, "inbox", "list", "--json", "--state", "done") == 0
    [done] = out_json(capsys)
    assert done["id"] == mention["id"] and done["first_reply_at"]


def test_post_with_media_and_alt_text(server, workspace, db, ctx, capsys, tmp_path):
    add_account(server, ctx.secrets)
    image = tmp_path / "bread.png"
    Image.new("RGB", (8, 8), "tan").save(image)  # a real image: 'post' checks the content
    assert run(workspace, "post", "--account", "shop", "--media", str(image), "--alt",
               "A loaf of bread", "New loaf") == 0
    image.unlink()  # the outbox keeps its own copy
    assert run(workspace, "sync", "--once") == 0
    [status] = server.own_statuses()
    assert [m["description"] for m in status["media_attachments"]] == ["A loaf of bread"]


def test_outbox_retry_and_release(server, workspace, db, ctx, capsys):
    account_id = add_account(server, ctx.secrets)
    from mbdesk.store import outbox

    held = outbox.enqueue(account_id, "mastodon", "Missed", scheduled_at=utcnow()
                          - timedelta(hours=3))
    assert run(workspace, "sync", "--once") == 0
    assert OutboxItem.get_by_id(held).state == OutboxState.HELD
    assert run(workspace, "outbox", "retry", str(held)) == 2  # only failed items
    assert run(workspace, "outbox", "release", str(held)) == 0
    assert run(workspace, "sync", "--once") == 0
    assert OutboxItem.get_by_id(held).state == OutboxState.SENT


def test_sync_refuses_beside_the_window(server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    with InstanceLock(workspace.lock_file):
        assert run(workspace, "sync", "--once") == 2
    assert "already running" in capsys.readouterr().err


def test_sync_keeps_running_until_sigterm(server, workspace, db, ctx, tmp_path):
    account_id = add_account(server, ctx.secrets)
    from mbdesk.store import outbox

    outbox.enqueue(account_id, "mastodon", "Headless post")
    proc = spawn_sync(workspace.root, Account.get_by_id(account_id).uid, server.token,
                      interval=1)
    try:
        for line in proc.stdout:
            if "published 1" in line:
                break
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert len(server.own_statuses()) == 1


def test_cli_module_runs_as_a_script(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, "-m", "mbdesk", "--data-dir", str(tmp_path / "d"),
                          "outbox", "list"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0 and "empty" in out.stdout


def test_a_running_sync_picks_up_an_account_added_meanwhile(server, workspace, db, ctx):
    """The long-running sync looks for new accounts (added with 'accounts add' in another
    terminal) and gives each its own loop; the first account keeps going meanwhile."""
    import threading

    from sync_helpers import make_engine

    from mbdesk.store import outbox
    from mbdesk.sync.runner import WaitPolicy, run_forever

    first = add_account(server, ctx.secrets, handle="first")
    stop = threading.Event()
    engine = make_engine(ctx.secrets, workspace.root, stop_event=stop)
    seen: list[int] = []
    added: list[int] = []
    runner = threading.Thread(target=run_forever, kwargs=dict(
        engine=engine, db=db, account_ids=[first], policy=WaitPolicy(poll=timedelta(seconds=0.2)),
        report=lambda r: seen.append(r.account_id), discover=engine.account_ids,
        on_added=added.append, rescan_every=timedelta(seconds=0.2)))
    runner.start()
    try:
        second = add_account(server, ctx.secrets, handle="second")
        outbox.enqueue(second, "mastodon", "Posted by an account added while syncing")
        deadline = utcnow() + timedelta(seconds=20)
        while utcnow() < deadline and not server.own_statuses():
            stop.wait(0.1)
    finally:
        stop.set()
        runner.join(timeout=20)
    assert not runner.is_alive()
    assert added == [second]
    assert {first, second} <= set(seen)
    assert [s["content"] for s in server.own_statuses()] == [
        "<p>Posted by an account added while syncing</p>"]
