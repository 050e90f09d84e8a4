"""Follow requests to locked accounts: the Mastodon client against the fake server (real HTTP),
the sync step, answering from the service and the CLI (real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sync_helpers import write_plaintext_token

from mbdesk.platforms.base import AuthExpired, NotFound, NotSupported, Rejected
from mbdesk.platforms.bluesky import BlueskyClient
from mbdesk.platforms.mastodon import MastodonClient
from mbdesk.services.follow_requests import answer_request
from mbdesk.store import follow_requests as store
from mbdesk.store.models import (
    Account,
    FollowerEdge,
    FollowRequest,
    FollowRequestState,
    Person,
    utcnow,
)
from mbdesk.sync.follow_requests import sync_follow_requests

ROOT = Path(__file__).resolve().parents[1]


def client_of(server, token: str | None = None) -> MastodonClient:
    return MastodonClient(server.url, token or server.token, read_timeout=2.0,
                          connect_timeout=1.0)


# --- the client --------------------------------------------------------------------------------


def test_locked_account_gets_requests_instead_of_followers(server) -> None:
    server.locked = True
    ids = server.add_followers(3)
    client = client_of(server)
    assert client.list_followers(None).people == []
    people = client.list_follow_requests()
    assert sorted(p.remote_id for p in people) == sorted(ids)
    assert all(p.handle.endswith("@remote.example") for p in people)
    assert server.me["followers_count"] == 0


def test_list_walks_every_link_page(server) -> None:
    for i in range(170):
        server.add_follow_request(f"asker{i}")
    people = client_of(server).list_follow_requests()
    assert len(people) == 170 and len({p.remote_id for p in people}) == 170
    pages = server.requests_to("/api/v1/follow_requests", "GET")
    assert len(pages) == 4  # 80 + 80 + 10, then the empty page that ends the walk
    assert all(("limit", "80") in page["query"] for page in pages)


def test_accept_makes_a_follower_and_reject_drops_the_request(server) -> None:
    ana = server.add_follow_request("ana", display_name="Ana")
    bo = server.add_follow_request("bo")
    client = client_of(server)
    client.accept_follow_request(ana)
    client.reject_follow_request(bo)
    assert client.list_follow_requests() == []
    assert [p.remote_id for p in client.list_followers(None).people] == [ana]
    assert server.requests_to(f"/api/v1/follow_requests/{ana}/authorize", "POST")
    assert server.requests_to(f"/api/v1/follow_requests/{bo}/reject", "POST")


def test_answering_a_request_that_is_gone_is_not_found(server) -> None:
    ana = server.add_follow_request("ana")
    client = client_of(server)
    client.reject_follow_request(ana)
    with pytest.raises(NotFound, match="no longer there"):
        client.accept_follow_request(ana)


def test_server_without_the_endpoint_is_not_supported(server) -> None:
    server.supports_follow_requests = False
    with pytest.raises(NotSupported, match="no follow requests"):
        client_of(server).list_follow_requests()


def test_an_old_authorization_without_the_scope_is_rejected_not_expired(server) -> None:
    old = server.issue_token(scopes="read:accounts read:notifications read:statuses "
                                    "read:search write:statuses write:media")
    with pytest.raises(NotSupported, match="Authorize the account again") as err:
        client_of(server, old).list_follow_requests()
    # a Rejected, never AuthExpired: the rest of the account's sync goes on
    assert isinstance(err.value, Rejected) and not isinstance(err.value, AuthExpired)


def test_bluesky_has_no_follow_requests() -> None:
    assert BlueskyClient.list_follow_requests is not MastodonClient.list_follow_requests
    with pytest.raises(NotSupported):
        BlueskyClient.list_follow_requests(object.__new__(BlueskyClient))


# --- the sync step -----------------------------------------------------------------------------


def test_sync_step_records_new_requests_once(server, account, db) -> None:
    server.add_follow_request("ana", display_name="Ana")
    server.add_follow_request("bo")
    client = client_of(server)
    now = utcnow()
    assert sync_follow_requests(account, "mastodon", client, now) == 2
    assert sync_follow_requests(account, "mastodon", client, now + timedelta(minutes=5)) == 0
    rows = store.pending(account)
    assert {r.handle for r in rows} == {"ana@remote.example", "bo@remote.example"}
    assert store.pending_count() == 2
    ana = next(r for r in rows if r.handle.startswith("ana"))
    assert ana.display_name == "Ana" and ana.seen_at == now  # first seen, not last seen
    assert Person.select().where(Person.handle == "ana@remote.example").count() == 1


def test_sync_step_closes_requests_answered_elsewhere_and_reopens_new_ones(server, account,
                                                                         db) -> None:
    ana = server.add_follow_request("ana")
    server.add_follow_request("bo")
    client = client_of(server)
    now = utcnow()
    sync_follow_requests(account, "mastodon", client, now)
    client.reject_follow_request(ana)  # in another app
    assert sync_follow_requests(account, "mastodon", client, now + timedelta(minutes=1)) == 0
    states = {r.person.handle: r.state for r in FollowRequest.select()}
    assert states == {"ana@remote.example": FollowRequestState.GONE,
                      "bo@remote.example": FollowRequestState.PENDING}
    server.follow_requests.append({"id": server._new_id(), "account_id": ana})  # asks again
    assert sync_follow_requests(account, "mastodon", client, now + timedelta(minutes=10)) == 1
    assert store.pending_count(account) == 2


def test_sync_step_does_not_reopen_a_fresh_answer(server, account, db) -> None:
    """The sync listed the request just before the owner accepted it on another thread."""
    server.add_follow_request("ana")
    client = client_of(server)
    now = utcnow()
    sync_follow_requests(account, "mastodon", client, now)
    request_id = store.pending(account)[0].id
    store.decide(request_id, True, now + timedelta(seconds=30))
    assert sync_follow_requests(account, "mastodon", client, now + timedelta(minutes=1)) == 0
    assert store.state_of(request_id) == FollowRequestState.ACCEPTED


def test_sync_step_on_a_server_without_requests_is_not_supported(server, account, db) -> None:
    server.supports_follow_requests = False
    with pytest.raises(NotSupported):
        sync_follow_requests(account, "mastodon", client_of(server), utcnow())
    assert FollowRequest.select().count() == 0


# --- answering (the service the window and the CLI share) --------------------------------------


def test_accept_follows_at_once_and_reject_leaves_no_follower(server, account, ctx) -> None:
    server.add_follow_request("ana")
    server.add_follow_request("bo")
    sync_follow_requests(account, "mastodon", client_of(server), utcnow())
    rows = {r.handle.split("@")[0]: r for r in store.pending(account)}
    kw = {"secrets": ctx.secrets, "workspace_root": ctx.workspace.root}
    assert answer_request(rows["ana"].id, True, **kw).ok
    assert answer_request(rows["bo"].id, False, **kw).ok
    edges = list(FollowerEdge.select())
    assert [(e.person_id, e.lost_at, e.baseline) for e in edges] == [
        (rows["ana"].person_id, None, False)]
    assert store.pending_count() == 0
    assert server.follow_requests == [] and len(server.follows) == 1
    again = answer_request(rows["ana"].id, True, **kw)
    assert not again.ok and "already accepted" in again.message


def test_answering_a_withdrawn_request_closes_it(server, account, ctx) -> None:
    ana = server.add_follow_request("ana")
    sync_follow_requests(account, "mastodon", client_of(server), utcnow())
    server.follow_requests.clear()  # withdrawn
    request_id = store.pending(account)[0].id
    answer = answer_request(request_id, True, secrets=ctx.secrets,
                            workspace_root=ctx.workspace.root)
    assert not answer.ok and answer.gone and "no longer there" in answer.message
    assert store.state_of(request_id) == FollowRequestState.GONE
    assert FollowerEdge.select().count() == 0 and ana not in server.follows


# --- the CLI (real processes) ------------------------------------------------------------------


def run(workspace, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(workspace.root),
                           "--allow-plaintext-secrets", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def test_cli_lists_accepts_and_rejects(server, workspace, db) -> None:
    account = Account.create(platform="mastodon", instance_url=server.url,
                             handle=f"shop@{server.domain}", remote_id=server.me_id)
    write_plaintext_token(workspace.root, account.uid, server.token)
    server.add_follow_request("ana", display_name="Ana 安娜")
    server.add_follow_request("bo")
    sync_follow_requests(account.id, "mastodon", client_of(server), utcnow())

    proc = run(workspace, "followers", "requests", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert list(rows[0]) == ["request_id", "account", "handle", "name", "platform",
                             "followers_count", "seen_at"]
    assert {r["handle"] for r in rows} == {"ana@remote.example", "bo@remote.example"}
    assert rows[0]["account"] == "shop@fake.example" and rows[0]["seen_at"].endswith("Z")
    text = run(workspace, "followers", "requests", "--account", "shop")
    assert "@ana@remote.example" in text.stdout and "2 pending" in text.stdout

    proc = run(workspace, "followers", "accept", "@ana")
    assert proc.returncode == 0, proc.stderr
    assert "Accepted @ana@remote.example" in proc.stdout
    proc = run(workspace, "followers", "reject", "bo@remote.example", "--account", "shop")
    assert proc.returncode == 0, proc.stderr
    assert [f["account_id"] for f in server.follows] == [server._account_by_acct(
        "ana@remote.example")]
    proc = run(workspace, "followers", "list", "--json")
    assert [r["handle"] for r in json.loads(proc.stdout)] == ["ana@remote.example"]

    proc = run(workspace, "followers", "accept", "nobody")
    assert proc.returncode == 2 and "No pending follow request from 'nobody'" in proc.stderr
    assert "No pending follow requests" in run(workspace, "followers", "requests").stdout


def test_cli_says_what_to_do_when_the_server_refuses(server, workspace, db) -> None:
    account = Account.create(platform="mastodon", instance_url=server.url,
                             handle=f"shop@{server.domain}", remote_id=server.me_id)
    old = server.issue_token(scopes="read write:statuses")
    write_plaintext_token(workspace.root, account.uid, old)
    server.add_follow_request("ana")
    sync_follow_requests(account.id, "mastodon", client_of(server), utcnow())
    proc = run(workspace, "followers", "accept", "ana")
    assert proc.returncode == 2
    assert "Could not accept @ana@remote.example" in proc.stderr
    assert "Authorize the account again" in proc.stderr
    assert store.pending_count() == 1  # nothing changed locally


# --- the offline sandbox (the demo) ------------------------------------------------------------


def test_sandbox_lists_and_answers_seeded_requests(tmp_path: Path) -> None:
    from mbdesk.platforms.base import RemotePerson
    from mbdesk.platforms.sandbox import SandboxClient

    client = SandboxClient(tmp_path, follow_every=timedelta(days=365))
    client.seed(followers=[], follow_requests=[RemotePerson("p1", "ana", "Ana"),
                                               RemotePerson("p2", "bo", "Bo")])
    assert [p.handle for p in client.list_follow_requests()] == ["ana", "bo"]
    client.accept_follow_request("p1")
    client.reject_follow_request("p2")
    assert client.list_follow_requests() == []
    assert [p.remote_id for p in client.list_followers(None).people] == ["p1"]
    with pytest.raises(NotFound):
        client.accept_follow_request("p2")


def test_demo_workspace_has_requests_the_sandbox_knows(workspace, db, ctx) -> None:
    from mbdesk.store.demo import ensure_demo_workspace

    ensure_demo_workspace(workspace)
    rows = store.pending()
    assert 3 <= len(rows) <= 4 and len({r.account_id for r in rows}) == 1
    assert not any(FollowerEdge.select().where((FollowerEdge.account == r.account_id)
                                               & (FollowerEdge.person == r.person_id)).exists()
                   for r in rows)
    answer = answer_request(rows[0].id, True, secrets=ctx.secrets,
                            workspace_root=workspace.root)
    assert answer.ok, answer.message
    assert store.pending_count() == len(rows) - 1
