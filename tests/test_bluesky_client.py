"""The Bluesky client against the fake Bluesky server (real HTTP on 127.0.0.1): session refresh,
exactly-once publishing by record key, facets, images, replies, the read side, limits and faults;
then the same account through the sync engine and the command line."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from fake_bluesky import FakeBluesky, Fault, iso, now
from sync_helpers import make_engine

from mbdesk.app import main
from mbdesk.platforms.base import (
    AuthExpired,
    MediaUpload,
    OutcomeUnknown,
    PublishRequest,
    RateLimited,
    Rejected,
    TemporaryFailure,
)
from mbdesk.platforms.bluesky import BlueskyClient, BlueskySession, create_session
from mbdesk.platforms.bluesky_richtext import facet_text
from mbdesk.services.accounts_service import AccountsService, connect_bluesky
from mbdesk.store import outbox
from mbdesk.store.models import Account, AccountStatus, Mention, OutboxItem, OutboxState
from mbdesk.store.outbox import make_tid
from mbdesk.sync.engine import Job, SyncState

MIXED = ("新品上市🎉 ¡Hola @amigo.test! Mira https://shop.test/p/1?c=2。 #新品 #Oferta 😀 "
         "gracias @nadie.test")


@pytest.fixture
def server() -> Iterator[FakeBluesky]:
    with FakeBluesky() as srv:
        srv.add_actor("did:plc:amigo", "amigo.test", "Amigo")
        yield srv


@pytest.fixture
def stored() -> list[BlueskySession]:
    return []


@pytest.fixture
def client(server, stored) -> BlueskyClient:
    session = create_session(server.url, server.handle, server.password, read_timeout=2.0)
    return BlueskyClient(session, on_session=stored.append, read_timeout=2.0,
                         connect_timeout=1.0)


def request(text: str = "Hola", **kw) -> PublishRequest:
    kw.setdefault("record_key", make_tid())
    return PublishRequest(idempotency_key="uid-1", text=text, **kw)


# --- session --------------------------------------------------------------------------------


def test_signs_in_once_and_refreshes_on_expired_token(server, client, stored):
    client.identity()
    old = client.session
    server.expire_access()
    assert client.account_stats().followers == 0  # 400 ExpiredToken → refresh → again
    assert server.logins == 1 and server.refreshes == 1
    assert stored and stored[-1] == client.session and stored[-1].refresh_jwt != old.refresh_jwt
    assert not server.refresh[old.refresh_jwt]  # rotated: the old refresh token is spent
    for _ in range(3):
        client.identity()
    assert server.logins == 1  # never a login per request


def test_refresh_refused_means_reauthorization(server, client):
    server.expire_access()
    server.revoke_refresh()
    with pytest.raises(AuthExpired, match="sign in again"):
        client.identity()
    assert server.logins == 1


def test_app_bsky_calls_name_the_appview_and_com_atproto_calls_do_not(server, client):
    """The fake, like a PDS without a default AppView, refuses app.bsky.* without the header."""
    server.notify("mention", "did:plc:amigo", "@shop.test hola")
    client.identity()
    assert len(client.list_mentions(None).mentions) == 1
    client.account_stats()
    client.publish(request("con proxy"))
    proxied = {n: v for n, v in server.proxy_log if n.startswith("app.bsky.")}
    assert proxied and set(proxied.values()) == {"did:web:api.bsky.app#bsky_appview"}
    assert {v for n, v in server.proxy_log if n.startswith("com.atproto.")} == {None}


def test_the_appview_did_is_per_account_and_survives_a_refresh(server, stored):
    from dataclasses import replace

    from mbdesk.platforms.bluesky import normalize_appview

    server.appview_did = "did:web:appview.shop.test"
    session = create_session(server.url, server.handle, server.password)
    assert session.appview == "did:web:api.bsky.app"
    with pytest.raises(Rejected, match="could not resolve proxy did"):
        BlueskyClient(session).account_stats()
    own = BlueskyClient(replace(session, appview="did:web:appview.shop.test"),
                        on_session=stored.append)
    server.expire_access()
    own.account_stats()
    assert stored[-1].appview == "did:web:appview.shop.test"
    assert BlueskySession.from_json(stored[-1].to_json()).appview == "did:web:appview.shop.test"
    old = json.loads(stored[-1].to_json())
    del old["appview"]  # a session stored by an older mbdesk
    assert BlueskySession.from_json(json.dumps(old)).appview == "did:web:api.bsky.app"
    assert normalize_appview(" did:web:x.test#bsky_appview ") == "did:web:x.test"
    with pytest.raises(ValueError):
        normalize_appview("https://api.bsky.app")


def test_wrong_app_password_is_rejected_without_secrets_in_message(server):
    with pytest.raises(Rejected) as info:
        create_session(server.url, server.handle, "wrong-pass-word")
    assert "wrong-pass-word" not in info.value.message


def test_rate_limit_headers_and_429_with_epoch_reset(server, client):
    client.identity()
    assert client.rate_limit.limit == 3000 and client.rate_limit.reset > now()
    server.faults.append(Fault.rate_limit("app.bsky.actor.getProfile", reset_in=600))
    with pytest.raises(RateLimited) as info:
        client.account_stats()
    assert timedelta(minutes=9) < info.value.until - now() <= timedelta(minutes=10)


def test_server_errors_and_malformed_reads_are_temporary(server, client):
    server.faults.append(Fault.http("app.bsky.actor.getProfile", 502, {"oops": 1}))
    with pytest.raises(TemporaryFailure):
        client.account_stats()
    server.faults.append(Fault.malformed("app.bsky.graph.getFollowers"))
    with pytest.raises(TemporaryFailure):
        client.list_followers(None)
    assert client.account_stats().posts == 0  # and the next call works


# --- publishing -----------------------------------------------------------------------------


def test_post_with_facets_in_mixed_text_uses_utf8_byte_offsets(server, client):
    req = request(MIXED, language="es")
    result = client.publish(req)
    assert result.remote_id == f"at://{server.did}/app.bsky.feed.post/{req.record_key}"
    record = server.records[req.record_key]["value"]
    assert record["langs"] == ["es"] and record["text"] == MIXED
    covered = [(facet_text(MIXED, f), f["features"][0]) for f in record["facets"]]
    assert covered == [
        ("@amigo.test", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:amigo"}),
        ("https://shop.test/p/1?c=2", {"$type": "app.bsky.richtext.facet#link",
                                       "uri": "https://shop.test/p/1?c=2"}),
        ("#新品", {"$type": "app.bsky.richtext.facet#tag", "tag": "新品"}),
        ("#Oferta", {"$type": "app.bsky.richtext.facet#tag", "tag": "Oferta"}),
    ]  # @nadie.test does not resolve: plain text, as in the Bluesky app
    first = record["facets"][0]["index"]
    assert first == {"byteStart": len("新品上市🎉 ¡Hola ".encode()),
                     "byteEnd": len("新品上市🎉 ¡Hola @amigo.test".encode())}


def test_retry_with_the_same_key_never_duplicates(server, client):
    req = request("Pan de hoy 🍞")
    first = client.publish(req)
    again = client.publish(req)  # the fake answers 500 like the reference PDS; getRecord decides
    assert again.remote_id == first.remote_id
    assert server.create_calls == 2 and len(server.records) == 1


def test_lost_answer_after_the_post_landed_is_found_by_get_record(server, client):
    req = request("Answer lost")
    server.faults.append(Fault.drop("com.atproto.repo.createRecord", apply=True))
    result = client.publish(req)
    assert result.remote_id.endswith(req.record_key) and len(server.records) == 1
    server.faults.append(Fault.malformed("com.atproto.repo.createRecord", apply=True))
    req2 = request("Broken answer")
    assert client.publish(req2).remote_id.endswith(req2.record_key)


def test_lost_request_that_did_not_land_stays_unknown_until_looked_up(server, client):
    req = request("Not landed")
    server.faults.append(Fault.drop("com.atproto.repo.createRecord"))
    with pytest.raises(OutcomeUnknown):
        client.publish(req)
    assert client.find_published(req) is None
    server.faults.append(Fault.http("com.atproto.repo.createRecord", 503))
    with pytest.raises(OutcomeUnknown):
        client.publish(req)
    assert client.publish(req).remote_id and len(server.records) == 1


def test_validation_errors_are_rejected(server, client):
    with pytest.raises(Rejected, match="too long"):
        client.publish(request("x" * 301))
    with pytest.raises(Rejected, match="TID"):
        client.publish(request("hi", record_key="not-a-tid"))
    with pytest.raises(ValueError):
        client.publish(request("hi", record_key=""))
    assert server.records == {}


def test_expired_token_during_publish_refreshes_and_posts_once(server, client):
    server.expire_access()
    req = request("After refresh")
    client.publish(req)
    assert len(server.records) == 1 and server.refreshes == 1


def test_reply_to_a_reply_has_the_thread_root(server, client):
    root = server.add_post("did:plc:amigo", "¿Abren mañana?")
    middle = server.add_post(server.did, "Sí", reply_to=root)
    leaf = server.add_post("did:plc:amigo", "¿A qué hora?", reply_to=middle)
    req = request("A las 9", in_reply_to_remote_id=leaf)
    client.publish(req)
    reply = server.records[req.record_key]["value"]["reply"]
    assert reply["root"] == {"uri": root, "cid": server.posts[root]["cid"]}
    assert reply["parent"] == {"uri": leaf, "cid": server.posts[leaf]["cid"]}


def test_images_need_alt_text_and_are_scaled_under_the_limit(server, client, tmp_path):
    from PIL import Image

    noisy = Image.effect_noise((2600, 1800), 90).convert("RGB")
    big = tmp_path / "big.png"
    noisy.save(big)
    assert big.stat().st_size > 1_000_000
    with pytest.raises(Rejected, match="alt text"):
        client.publish(request("foto", media=[MediaUpload(str(big), "image/png")]))
    req = request("foto", media=[MediaUpload(str(big), "image/png", alt_text="Un pan")])
    client.publish(req)
    [image] = server.records[req.record_key]["value"]["embed"]["images"]
    [blob] = server.blobs.values()
    assert image["alt"] == "Un pan" and len(blob) <= 1_000_000
    assert image["image"]["mimeType"] == "image/jpeg"
    assert image["aspectRatio"]["width"] <= 2000  # longest side capped, ratio kept
    assert abs(image["aspectRatio"]["width"] / image["aspectRatio"]["height"] - 26 / 18) < 0.01


# --- reading --------------------------------------------------------------------------------


def test_notifications_paged_oldest_first_filtered_and_marked_seen(server, client):
    start = now() - timedelta(hours=2)
    uris = [server.notify("mention" if i % 2 else "reply", "did:plc:amigo", f"hola {i}",
                          at=start + timedelta(minutes=i)) for i in range(120)]
    server.notify("like", "did:plc:amigo", "liked", at=start + timedelta(minutes=200))
    page = client.list_mentions(None, limit=50)
    assert [m.status_remote_id for m in page.mentions] == uris[-120:]
    assert len(server.calls("app.bsky.notification.listNotifications")) == 3
    assert page.cursor == iso(start + timedelta(minutes=119))
    assert server.seen_at == [page.cursor]
    assert page.mentions[0].kind == "reply" and page.mentions[1].kind == "mention"
    assert page.mentions[1].author.handle == "amigo.test"
    newer = server.notify("quote", "did:plc:amigo", "mira esto", at=start + timedelta(hours=3))
    again = client.list_mentions(page.cursor)
    assert [m.status_remote_id for m in again.mentions if m.created_at > start + timedelta(
        minutes=119)] == [newer]


def test_thread_followers_profile_metrics_and_search(server, client):
    root = server.add_post("did:plc:amigo", "Pregunta #pan")
    mine = server.add_post(server.did, "Respuesta", reply_to=root, likes=3, reposts=1,
                           replies=2)
    server.add_post("did:plc:amigo", "Gracias", reply_to=mine)
    thread = client.fetch_thread(mine)
    assert [p.text_plain for p in thread] == ["Pregunta #pan", "Respuesta", "Gracias"]
    assert thread[1].in_reply_to_remote_id == root
    for i in range(130):
        server.add_actor(f"did:plc:f{i}", f"f{i}.test")
        server.followers.append(f"did:plc:f{i}")
    first = client.list_followers(None)
    second = client.list_followers(first.next_cursor)
    assert len(first.people) == 100 and len(second.people) == 30 and second.next_cursor is None
    server.actors[server.did].update(followersCount=130, followsCount=4, postsCount=9)
    stats = client.account_stats()
    assert (stats.followers, stats.following, stats.posts) == (130, 4, 9)
    others = [server.add_post(server.did, f"p{i}") for i in range(30)]
    metrics = {m.remote_id: m for m in client.post_metrics([mine, *others])}
    assert len(metrics) == 31 and (metrics[mine].favourites, metrics[mine].reposts,
                                   metrics[mine].replies) == (3, 1, 2)
    found = client.search("#pan")
    assert [m.status_remote_id for m in found.mentions] == [root] and found.cursor
    assert client.search("#pan", since=found.cursor).mentions == []


def test_html_of_a_mention_links_its_facets(server, client):
    req = request("Hola @amigo.test mira https://shop.test 🎉")
    client.publish(req)
    uri = server.records[req.record_key]["uri"]
    [post] = client.fetch_thread(uri)
    assert '<a href="https://shop.test">https://shop.test</a> 🎉' in post.text_html
    assert '<a href="https://bsky.app/profile/did:plc:amigo">@amigo.test</a>' in post.text_html


# --- through the app: accounts service, sync engine, command line ----------------------------


def test_accounts_service_connects_and_the_engine_publishes_once(server, workspace, db, ctx,
                                                                 memory_keyring):
    service = AccountsService(db, ctx.secrets, read_timeout=2.0)

    req = SimpleNamespace(platform="bluesky", handle="@shop.test", password=server.password,
                          server=server.url)  # what the add dialog sends
    account_id = service.connect(req)
    account = Account.get_by_id(account_id)
    assert (account.platform, account.handle, account.remote_id) == (
        "bluesky", "shop.test", server.did)
    secret = memory_keyring.store[("mbdesk", account.uid)]
    assert server.password not in secret and json.loads(secret)["did"] == server.did

    item_id = outbox.enqueue(account_id, "bluesky", MIXED)
    rkey = OutboxItem.get_by_id(item_id).record_key
    engine = make_engine(ctx.secrets, workspace.root)
    server.faults.append(Fault.drop("com.atproto.repo.createRecord", apply=True))
    result = engine.run_account(account_id, {Job.PUBLISH})
    item = OutboxItem.get_by_id(item_id)
    assert result.published == 1 and item.state == OutboxState.SENT
    assert item.remote_id.endswith(rkey) and len(server.records) == 1

    server.notify("mention", "did:plc:amigo", "@shop.test ¿hay pan?")
    server.expire_access()
    result = engine.run_account(account_id, {Job.MENTIONS, Job.SNAPSHOT})
    assert result.state == SyncState.OK and Mention.select().count() == 1
    renewed = json.loads(memory_keyring.store[("mbdesk", account.uid)])
    assert renewed["refresh_jwt"] != json.loads(secret)["refresh_jwt"]  # keyring has the pair

    server.expire_access()
    server.revoke_refresh()
    result = engine.run_account(account_id, {Job.MENTIONS})
    assert result.state == SyncState.NEEDS_REAUTH
    assert Account.get_by_id(account_id).status == AccountStatus.NEEDS_REAUTH
    assert service.connect(req) == account_id  # signing in again heals it
    assert Account.get_by_id(account_id).status == AccountStatus.ACTIVE
    assert server.logins == 2


def test_the_shops_own_posts_are_not_watch_hits(server, workspace, db, ctx, memory_keyring):
    from mbdesk.store import watches

    account_id = AccountsService(db, ctx.secrets, read_timeout=2.0).connect(SimpleNamespace(
        platform="bluesky", handle="shop.test", password=server.password, server=server.url))
    server.add_post(server.did, "Pan de masa madre #pan")  # the shop's own post
    server.add_post("did:plc:amigo", "¿Dónde compro #pan?")
    watches.add_watch(account_id, "#pan")
    result = make_engine(ctx.secrets, workspace.root).run_account(account_id, {Job.WATCHES})
    assert result.state == SyncState.OK and server.calls("app.bsky.feed.searchPosts")
    hits = Mention.select().where(Mention.stream == "watch")
    assert [m.text_plain for m in hits] == ["¿Dónde compro #pan?"]


def test_cli_add_post_sync_inbox(server, workspace, db, capsys, monkeypatch, memory_keyring):
    def run(*argv: str, stdin: str | None = None) -> int:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main(["--data-dir", str(workspace.root), *argv])

    assert run("accounts", "add", "bluesky", "--handle", "shop.test", "--service", server.url,
               "--app-password-stdin", stdin=server.password + "\n") == 0
    assert "Connected shop.test" in capsys.readouterr().out
    assert all(server.password not in v for v in memory_keyring.store.values())
    assert run("accounts", "add", "bluesky", "--handle", "shop.test", "--service", server.url,
               "--app-password-stdin", stdin="nope\n") == 2
    assert "refused the sign-in" in capsys.readouterr().err
    assert run("post", "--account", "shop.test", "Pan recién hecho #pan") == 0
    server.notify("reply", "did:plc:amigo", "¡Qué rico!")
    assert run("sync", "--once") == 0
    assert "published 1" in capsys.readouterr().out
    [record] = server.records.values()
    assert record["value"]["facets"][0]["features"][0]["tag"] == "pan"
    assert run("inbox", "list", "--json") == 0
    [mention] = json.loads(capsys.readouterr().out)
    assert "Qué rico" in json.dumps(mention, ensure_ascii=False)


def test_cli_add_bluesky_with_an_appview(server, workspace, db, capsys, monkeypatch,
                                         memory_keyring):
    def run(*argv: str) -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(server.password + "\n"))
        return main(["--data-dir", str(workspace.root), "accounts", "add", "bluesky",
                     "--handle", "shop.test", "--service", server.url, "--app-password-stdin",
                     *argv])

    def stored_appview() -> str:
        [secret] = memory_keyring.store.values()
        return json.loads(secret)["appview"]

    server.appview_did = "did:web:appview.shop.test"
    assert run("--appview", "not a did") == 2
    assert "AppView" in capsys.readouterr().err and not memory_keyring.store
    assert run("--appview", "did:web:appview.shop.test") == 0
    assert stored_appview() == "did:web:appview.shop.test"
    assert run() == 0  # signing in again keeps the account's AppView
    assert stored_appview() == "did:web:appview.shop.test"
    server.notify("mention", "did:plc:amigo", "@shop.test ¿abren hoy?")
    assert main(["--data-dir", str(workspace.root), "sync", "--once"]) == 0
    assert Mention.select().count() == 1
    assert run("--appview", "") == 0  # blank: back to Bluesky's public AppView
    assert stored_appview() == "did:web:api.bsky.app"


def test_connect_bluesky_needs_a_keyring(server, tmp_path, monkeypatch):
    from mbdesk.errors import MbdeskError
    from mbdesk.secrets import SecretStore

    monkeypatch.setattr(SecretStore, "secure", property(lambda self: False))
    with pytest.raises(MbdeskError, match="keyring"):
        connect_bluesky(SecretStore(), "shop.test", server.password, server.url)
    assert server.logins == 0


def test_created_at_is_utc_with_milliseconds(server, client):
    req = request("hora")
    client.publish(req)
    created = server.records[req.record_key]["value"]["createdAt"]
    assert created.endswith("Z") and abs(
        datetime.fromisoformat(created[:-1]) - now()) < timedelta(minutes=1)
