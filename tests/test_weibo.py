"""Weibo end to end against the fake Weibo server (real HTTP on 127.0.0.1): connecting (token and
code), posting with a picture, the safe-domain rule, the inbox and replies, followers, metrics,
exactly one copy after a lost answer or a 20019, error codes and the token's expiry."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta

import pytest
from fake_weibo import FakeWeibo, Fault
from PIL import Image
from sync_helpers import Clock, make_engine

from mbdesk.app import main
from mbdesk.domain import text as text_rules
from mbdesk.domain import weibo_rules
from mbdesk.platforms.base import AuthExpired, PublishRequest, RateLimited, Rejected
from mbdesk.platforms.weibo import WeiboClient, parse_time
from mbdesk.store import outbox
from mbdesk.store.accounts import options
from mbdesk.store.models import Account, AccountStatus, OutboxItem, OutboxState, Platform
from mbdesk.sync.engine import Job

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
       b"\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def weibo():
    with FakeWeibo() as srv:
        yield srv


def run(workspace, *argv: str, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--data-dir", str(workspace.root), *argv])


def add_by_token(weibo, workspace, monkeypatch, *extra: str) -> int:
    return run(workspace, "accounts", "add", "weibo", "--app-key", weibo.app_key, "--api-base",
               weibo.url, "--safe-domain", "shop.example", *extra, "--token-stdin",
               stdin=weibo.token + "\n", monkeypatch=monkeypatch)


def out_json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


# --- connecting ---------------------------------------------------------------------------------


def test_add_by_token_keeps_token_in_keyring_and_expiry_in_options(
        weibo, workspace, db, capsys, monkeypatch, memory_keyring):
    assert add_by_token(weibo, workspace, monkeypatch) == 0
    assert "Connected 小面包店" in capsys.readouterr().out
    account = Account.get()
    assert account.platform == Platform.WEIBO and account.remote_id == weibo.me
    stored = memory_keyring.store[("mbdesk", account.uid)]
    assert weibo.token in stored
    opts = options(account.id)
    assert opts["safe_domain"] == "shop.example" and opts["app_key"] == weibo.app_key
    assert opts["token_expires_at"].endswith("Z")
    db.close()
    for path in workspace.root.rglob("*"):
        if path.is_file():
            assert weibo.token.encode() not in path.read_bytes(), path


def test_add_by_code_with_the_whole_redirected_url(weibo, workspace, db, capsys, monkeypatch,
                                                   memory_keyring):
    code = weibo.issue_code()
    pasted = f"{weibo.app_secret}\nhttps://api.weibo.com/oauth2/default.html?code={code}\n"
    rc = run(workspace, "accounts", "add", "weibo", "--app-key", weibo.app_key, "--api-base",
             weibo.url, "--default-link", "https://shop.example/menu", "--code-stdin",
             stdin=pasted, monkeypatch=monkeypatch)
    assert rc == 0
    account = Account.get()
    secret = memory_keyring.store[("mbdesk", account.uid)]
    assert weibo.app_secret in secret  # kept for re-authorizing, in the keyring only
    assert options(account.id)["safe_domain"] == "shop.example"  # from the default link
    assert weibo.calls("oauth2/access_token")


def test_a_wrong_code_stores_nothing(weibo, workspace, db, capsys, monkeypatch):
    rc = run(workspace, "accounts", "add", "weibo", "--app-key", weibo.app_key, "--api-base",
             weibo.url, "--code-stdin", stdin=f"{weibo.app_secret}\nnope\n",
             monkeypatch=monkeypatch)
    assert rc == 2 and Account.select().count() == 0
    assert "Nothing was stored" in capsys.readouterr().err


# --- the whole flow through the CLI -------------------------------------------------------------


def test_flow_post_picture_inbox_reply_followers_metrics(weibo, workspace, db, capsys,
                                                         monkeypatch, tmp_path):
    assert add_by_token(weibo, workspace, monkeypatch,
                        "--default-link", "https://shop.example") == 0
    pic = tmp_path / "bread.png"
    Image.new("RGB", (8, 8), "tan").save(pic)  # a real image: 'post' checks the content
    capsys.readouterr()
    assert run(workspace, "post", "--account", "小面包店", "--media", str(pic), "--alt", "面包",
               "今天的新鲜面包出炉了") == 0
    assert "default link" in capsys.readouterr().err
    assert run(workspace, "sync", "--once") in (0, 1)
    [mine] = weibo.own_statuses()
    assert mine["pic"] and mine["text"] == "今天的新鲜面包出炉了 https://shop.example"

    fan = weibo.add_user("7001", "老顾客")
    cid = weibo.add_comment(fan, mine["id"], "几点关门？")
    weibo.add_status(fan, "@小面包店 的面包真好吃")
    weibo.add_followers(3)
    weibo.statuses[mine["id"]]["attitudes"] = 7
    capsys.readouterr()
    assert run(workspace, "sync", "--once") in (0, 1)
    capsys.readouterr()
    assert run(workspace, "inbox", "list", "--json") == 0
    inbox = out_json(capsys)
    assert {m["text"] for m in inbox} == {"几点关门？", "@小面包店 的面包真好吃"}
    question = next(m for m in inbox if m["text"] == "几点关门？")
    assert question["status_remote_id"] == f"{mine['id']}/{cid}"

    assert run(workspace, "inbox", "reply", str(question["id"]), "晚上八点") == 0
    assert run(workspace, "sync", "--once") in (0, 1)
    [answer] = weibo.own_comments()
    assert answer["text"] == "晚上八点" and answer["reply_to"] == cid  # no 回复@ prefix
    capsys.readouterr()
    assert run(workspace, "outbox", "list", "--json") == 0
    assert [r["state"] for r in out_json(capsys)] == ["sent", "sent"]
    assert run(workspace, "followers", "list", "--json") == 0
    assert len(out_json(capsys)) == 3
    assert weibo.calls("statuses/count")


def test_cli_refuses_a_post_without_a_safe_link(weibo, workspace, db, capsys, monkeypatch):
    assert add_by_token(weibo, workspace, monkeypatch) == 0
    capsys.readouterr()
    assert run(workspace, "post", "--account", "小面包店", "没有链接的微博") == 2
    assert "safe domain (shop.example)" in capsys.readouterr().err
    assert run(workspace, "post", "--account", "小面包店", "#新品# https://shop.example") == 2
    assert OutboxItem.select().count() == 0


def test_count_weibo(capsys):
    assert main(["count", "--platform", "weibo", "中文ab https://shop.example/x"]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 2 + 1 + 10 + 1  # space is ASCII


# --- exactly once on the engine -----------------------------------------------------------------


@pytest.fixture
def wclock(weibo):
    return Clock()


@pytest.fixture
def waccount(weibo, ctx):
    from mbdesk.platforms.weibo_auth import WeiboSecret
    from mbdesk.store.accounts import set_options

    account = Account.create(platform=Platform.WEIBO, instance_url=weibo.url, handle="小面包店",
                             display_name="小面包店", remote_id=weibo.me)
    ctx.secrets.set_token(account.uid, WeiboSecret(weibo.token, "x").to_json())
    set_options(account.id, safe_domain="shop.example")
    return account.id


@pytest.fixture
def wengine(ctx, wclock):
    return make_engine(ctx.secrets, ctx.workspace.root, wclock)


TEXT = "周末烤了肉桂卷 https://shop.example/p/1"


def test_lost_answer_is_found_on_the_timeline_not_sent_again(weibo, waccount, wengine):
    item_id = outbox.enqueue(waccount, Platform.WEIBO, TEXT)
    weibo.faults.append(Fault("statuses/share", "drop"))
    wengine.run_account(waccount, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.SENT
    assert [s["id"] for s in weibo.own_statuses()] == [row.remote_id]
    assert len(weibo.calls("statuses/share")) == 1


def _lagging_timeline(weibo, looks_hidden: int) -> None:
    """New own posts stay off user_timeline for the next ``looks_hidden`` reads of it."""
    original_add, original_read = weibo.add_status, weibo.r_statuses_user_timeline
    left = {"n": looks_hidden}

    def add(uid, text, at=None):
        sid = original_add(uid, text, at)
        weibo.timeline_lag.add(sid)
        return sid

    def read(req):
        out = original_read(req)
        left["n"] -= 1
        if left["n"] <= 0:
            weibo.timeline_lag.clear()
        return out

    weibo.add_status, weibo.r_statuses_user_timeline = add, read


def test_lost_answer_not_yet_visible_then_20019_confirms_by_looking(weibo, waccount, wengine):
    item_id = outbox.enqueue(waccount, Platform.WEIBO, TEXT)
    weibo.faults.append(Fault("statuses/share", "drop"))
    _lagging_timeline(weibo, looks_hidden=1)
    wengine.run_account(waccount, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.SENT, row.last_error
    assert len(weibo.own_statuses()) == 1 and row.remote_id == weibo.own_statuses()[0]["id"]
    names = [c["name"] for c in weibo.requests_log if c["name"].startswith("statuses/")]
    assert names == ["statuses/share", "statuses/user_timeline", "statuses/share",
                     "statuses/user_timeline"]  # the re-send answered 20019, then a look


def test_20019_and_still_not_visible_is_refused_never_sent_a_third_time(weibo, waccount,
                                                                         wengine, wclock):
    item_id = outbox.enqueue(waccount, Platform.WEIBO, TEXT)
    weibo.faults.append(Fault("statuses/share", "drop"))
    _lagging_timeline(weibo, looks_hidden=99)
    wengine.run_account(waccount, {Job.PUBLISH})
    wclock.advance(timedelta(hours=1), weibo)
    wengine.run_account(waccount, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.FAILED and "20019" in row.last_error
    assert len(weibo.own_statuses()) == 1 and len(weibo.calls("statuses/share")) == 2


def test_20019_on_a_first_attempt_is_refused(weibo, waccount, wengine):
    weibo.add_status(weibo.me, TEXT)
    item_id = outbox.enqueue(waccount, Platform.WEIBO, TEXT)
    wengine.run_account(waccount, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.FAILED and "20019" in row.last_error
    assert not row.remote_id


def test_5xx_after_sending_looks_first(weibo, waccount, wengine):
    item_id = outbox.enqueue(waccount, Platform.WEIBO, TEXT)
    weibo.faults.append(Fault("statuses/share", "http", status=502))
    wengine.run_account(waccount, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.SENT and len(weibo.own_statuses()) == 1
    names = [c["name"] for c in weibo.requests_log if c["name"].startswith("statuses/")]
    assert names == ["statuses/user_timeline", "statuses/share"]  # (the 502 is not logged)


def test_expired_token_needs_reauthorization(weibo, waccount, wengine):
    weibo.expire_token()
    result = wengine.run_account(waccount)
    assert Account.get_by_id(waccount).status == AccountStatus.NEEDS_REAUTH, result


def test_sync_reads_the_token_expiry_again_and_says_followers_are_partial(weibo, waccount,
                                                                         wengine):
    from mbdesk.domain.token_expiry import parse_expiry
    from mbdesk.store import server_profiles
    from mbdesk.store.accounts import set_options
    from mbdesk.store.models import utcnow

    set_options(waccount, token_expires_at="2026-01-01T00:00:00Z")  # what connecting saw
    weibo.tokens[weibo.token]["expires"] = weibo.now() + timedelta(days=2)  # renewed elsewhere
    wengine.run_account(waccount, Job.ALL | {Job.REFRESH})
    assert weibo.calls("oauth2/get_token_info")
    expires = parse_expiry(options(waccount)["token_expires_at"])
    assert abs(expires - (utcnow() + timedelta(days=2))) < timedelta(minutes=1)
    assert server_profiles.capability(waccount, "followers_partial") is True
    assert server_profiles.capability(waccount, "server_scheduling") is False


def test_error_codes(weibo):
    client = WeiboClient(weibo.url, weibo.token, uid=weibo.me, safe_domain="shop.example",
                         read_timeout=2)
    weibo.faults.append(Fault("statuses/share", "code", code="10023"))
    with pytest.raises(RateLimited) as limited:
        client.publish(PublishRequest("k", TEXT))
    assert limited.value.until.minute == 0
    with pytest.raises(Rejected, match="safe domain"):
        client.publish(PublishRequest("k", "没有链接"))
    assert not weibo.calls("statuses/share")[1:]  # refused before sending
    weibo.faults.append(Fault("statuses/share", "code", code="21327"))
    with pytest.raises(AuthExpired):
        client.publish(PublishRequest("k", TEXT))
    with pytest.raises(Rejected, match="20012"):
        client.publish(PublishRequest("k", "长" * 150 + " https://shop.example"))


def test_parse_time_and_rules():
    assert parse_time("Tue May 31 17:46:55 +0800 2011").hour == 9
    assert weibo_rules.on_domain("https://www.shop.example/x", "shop.example")
    assert not weibo_rules.on_domain("https://evilshop.example/x", "shop.example")
    assert weibo_rules.has_topic("今天 #新品# 上架")
    assert text_rules.count("weibo", "中" * 140).fits
