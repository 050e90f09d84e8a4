"""One malformed item never stalls an account (issue 12, defect 4).

Each example from the issue — ``status.account`` as a string, ``created_at`` of
``0001-01-01T00:00:00+14:00``, ``followers_count`` of 10³⁰, a body of 100,000 nested ``[``, ids
that are not strings — read directly from canned answers; then, for every platform, an engine
run against its fake server with one bad item inside a valid page: the good items are kept, the
cursor moves past the bad one, and the step counts it for the Accounts screen.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from fake_bluesky import FakeBluesky
from fake_mastodon import FakeMastodon
from fake_weibo import FakeWeibo
from fake_x import FakeX
from sync_helpers import Clock, make_engine
from test_platform_fuzz import (
    B_ACTOR,
    B_NOTIFICATION,
    M_ACCOUNT,
    M_NOTIFICATION,
    M_STATUS,
    W_USER,
    X_PAGE,
    X_TWEET,
    bluesky,
    mastodon,
    weibo,
    xclient,
)
from test_ui_server_profile import shop, text_of, view  # noqa: F401 - fixtures

from mbdesk.platforms import parse
from mbdesk.platforms.base import TemporaryFailure
from mbdesk.store.models import Account, AccountSnapshot, Mention, Person, Platform
from mbdesk.store.server_profiles import load_steps
from mbdesk.sync.engine import Job, SyncState

OVERFLOW = "0001-01-01T00:00:00+14:00"
DEEP = b"[" * 100_000


def cursors(account_id: int) -> dict:
    return json.loads(Account.get_by_id(account_id).cursors_json or "{}")


# --- the examples, read directly ---------------------------------------------------------


def test_mastodon_notification_whose_account_is_a_string_is_skipped_and_counted() -> None:
    bad = {**M_NOTIFICATION, "id": "901", "status": {**M_STATUS, "id": "101", "account": "evil"}}
    good = {**M_NOTIFICATION, "id": "902", "status": {**M_STATUS, "id": "102"}}
    page = mastodon([("/api/v1/notifications", [good, bad])]).list_mentions("900")
    assert [m.status_remote_id for m in page.mentions] == ["102"]
    assert page.skipped == 1 and page.cursor == "902"


def test_ids_that_are_not_strings_are_skipped_and_the_cursor_moves_past_them() -> None:
    odd = {**M_NOTIFICATION, "id": ["903"], "status": M_STATUS}
    odd_status = {**M_NOTIFICATION, "id": "904", "status": {**M_STATUS, "id": {"x": 1}}}
    good = {**M_NOTIFICATION, "id": 905, "status": {**M_STATUS, "id": 106}}  # numbers: read
    page = mastodon([("/api/v1/notifications", [good, odd_status, odd])]).list_mentions("900")
    assert [(m.remote_id, m.status_remote_id) for m in page.mentions] == [("905", "106")]
    assert page.skipped == 2 and page.cursor == "905"


@pytest.mark.parametrize("platform", ["mastodon", "bluesky", "x"])
def test_a_date_that_overflows_in_utc_keeps_the_item(platform: str) -> None:
    if platform == "mastodon":
        note = {**M_NOTIFICATION, "created_at": OVERFLOW,
                "status": {**M_STATUS, "created_at": OVERFLOW}}
        page = mastodon([("/api/v1/notifications", [note])]).list_mentions(None)
    elif platform == "bluesky":
        note = {**B_NOTIFICATION, "record": {**B_NOTIFICATION["record"], "createdAt": OVERFLOW}}
        page = bluesky([("listNotifications", {"notifications": [note]})]).list_mentions(None)
    else:
        tweet = {**X_TWEET, "created_at": OVERFLOW}
        page = xclient([("/mentions", {**X_PAGE, "data": [tweet]})]).list_mentions(None)
    [mention] = page.mentions
    assert mention.created_at.year >= 2000 and page.skipped == 0  # the time we read it


def test_weibo_date_that_overflows_in_utc_is_no_error() -> None:
    status = {"idstr": "4000000000000001", "text": "@小面包店 hi", "user": W_USER,
              "created_at": "Mon Jan 01 00:00:00 +1400 0001"}
    answer = {"comments": [], "statuses": [status]}
    page = weibo([(key, answer) for key in ("comments/", "statuses/mentions")]).list_mentions(
        None)
    [mention] = page.mentions
    assert mention.created_at.year >= 2000


def test_a_count_of_ten_to_the_thirty_is_clamped_to_what_sqlite_stores() -> None:
    huge = {**M_ACCOUNT, "followers_count": 10**30, "statuses_count": 1e300}
    page = mastodon([("/followers", [huge])]).list_followers(None)
    assert page.people[0].followers_count == parse.MAX_COUNT == 2**63 - 1
    assert page.people[0].posts_count == parse.MAX_COUNT
    stats = bluesky([("getProfile", {**B_ACTOR, "followersCount": 10**30})]).account_stats()
    assert stats.followers == parse.MAX_COUNT


@pytest.mark.parametrize("platform", ["mastodon", "bluesky", "weibo", "x"])
def test_a_body_of_100000_nested_brackets_is_a_temporary_failure(platform: str) -> None:
    with pytest.raises(TemporaryFailure):
        if platform == "mastodon":
            mastodon([("/api/v1/notifications", DEEP)]).list_mentions(None)
        elif platform == "bluesky":
            bluesky([("listNotifications", DEEP)]).list_mentions(None)
        elif platform == "weibo":
            weibo([("users/show", DEEP)]).account_stats()
        else:
            xclient([("/mentions", DEEP)]).list_mentions(None)


def test_parse_helpers() -> None:
    assert parse.time(OVERFLOW) is None and parse.time("9999-12-31T23:59:59-14:00") is None
    assert parse.time("2026-01-01T10:00:00+01:00").hour == 9
    assert parse.count(10**30) == parse.count("9" * 5000) == parse.count(float("inf")) \
        == parse.MAX_COUNT
    assert parse.count(-5) == parse.count("x") == parse.count(float("nan")) == parse.count([]) == 0
    assert parse.ident(12) == "12" and parse.ident(True) == "" and parse.ident([1]) == ""
    assert parse.digits("²³") == "" and parse.digits("123") == "123"
    assert parse.text({"a": 1}) == "" and parse.text(1.5) == "1.5"
    assert parse.each([1, "x", 3], lambda v: 10 // v) == ([10, 3], 1)


# --- end to end: an engine run against each fake server ------------------------------------------


def _counted(account_id: int, step: str) -> int:
    return int(load_steps(account_id)[step].get("unreadable") or 0)


def test_mastodon_run_keeps_good_mentions_moves_the_cursor_and_counts_the_bad_one(
        server: FakeMastodon, account, engine) -> None:
    server.add_mention("@shop first")
    bad_id, _ = server.add_mention("@shop broken")
    newest, _ = server.add_mention("@shop last")
    render = server._render_notification

    def broken(n: dict) -> dict:
        out = render(n)
        if n["id"] == bad_id:
            out["status"] = {**out["status"], "account": "evil",
                             "created_at": OVERFLOW}
        return out

    server._render_notification = broken  # type: ignore[method-assign]
    result = engine.run_account(account, {Job.MENTIONS})
    assert result.state == SyncState.OK
    assert sorted(m.text_plain for m in Mention.select()) == ["@shop first", "@shop last"]
    assert cursors(account)["mentions"] == newest
    assert _counted(account, "mentions") == 1
    again = engine.run_account(account, {Job.MENTIONS})  # the next run does not stall on it
    assert again.state == SyncState.OK and _counted(account, "mentions") == 0


def test_mastodon_run_stores_a_follower_count_of_ten_to_the_thirty(
        server: FakeMastodon, account, engine) -> None:
    [fan, *_] = server.add_followers(2)
    server.accounts[fan]["followers_count"] = 10**30
    server.accounts[server.me_id]["followers_count"] = 10**30
    result = engine.run_account(account, {Job.SNAPSHOT, Job.FOLLOWERS})
    assert result.state == SyncState.OK, result.message
    assert Person.select().count() == 2
    assert AccountSnapshot.select().get().followers == parse.MAX_COUNT


def test_bluesky_run_keeps_good_mentions_moves_the_cursor_and_counts_the_bad_one(
        ctx, db, workspace) -> None:
    from mbdesk.services.accounts_service import AccountsService

    with FakeBluesky() as server:
        server.add_actor("did:plc:amigo", "amigo.test", "Amigo")
        account_id = AccountsService(db, ctx.secrets, read_timeout=2.0).connect(
            SimpleNamespace(platform="bluesky", handle="shop.test", password=server.password,
                            server=server.url))
        server.notify("mention", "did:plc:amigo", "@shop.test first")
        bad_uri = server.notify("mention", "did:plc:amigo", "@shop.test broken")
        with server.lock:
            bad = next(n for n in server.notifications if n["uri"] == bad_uri)
            bad["author"] = "evil"
        result = make_engine(ctx.secrets, workspace.root).run_account(account_id,
                                                                      {Job.MENTIONS})
        assert result.state == SyncState.OK
        assert [m.text_plain for m in Mention.select()] == ["@shop.test first"]
        assert cursors(account_id)["mentions"].startswith(bad["indexedAt"][:19])
        assert _counted(account_id, "mentions") == 1


def test_weibo_run_keeps_good_mentions_moves_the_cursor_and_counts_the_bad_one(
        ctx, workspace) -> None:
    from mbdesk.platforms.weibo_auth import WeiboSecret
    from mbdesk.store.accounts import set_options

    with FakeWeibo() as server:
        account = Account.create(platform=Platform.WEIBO, instance_url=server.url,
                                 handle="小面包店", display_name="小面包店", remote_id=server.me)
        ctx.secrets.set_token(account.uid, WeiboSecret(server.token, "x").to_json())
        set_options(account.id, safe_domain="shop.example")
        mine = server.add_status(server.me, "今天的面包")
        fan = server.add_user("7001", "老顾客")
        server.add_comment(fan, mine, "几点关门？")
        bad_id = server.add_comment(fan, mine, "坏的")
        render = server._comment

        def broken(c: dict) -> dict:
            out = render(c)
            if c["id"] == bad_id:
                out["user"] = "evil"
            return out

        server._comment = broken  # type: ignore[method-assign]
        result = make_engine(ctx.secrets, workspace.root, Clock()).run_account(
            account.id, {Job.MENTIONS})
        assert result.state == SyncState.OK, result.message
        assert [m.text_plain for m in Mention.select()] == ["几点关门？"]
        assert f"t={bad_id}" in cursors(account.id)["mentions"]
        assert _counted(account.id, "mentions") == 1


def test_x_run_keeps_good_mentions_moves_the_cursor_and_counts_the_bad_one(
        ctx, workspace) -> None:
    from test_x import add_x_account

    with FakeX() as server:
        account_id = add_x_account(server, ctx.secrets)
        server.add_user("2000", "ana")
        server.add_tweet("2000", "@shop first")
        newest = server.add_tweet("2000", "@shop broken")
        page = server._page

        def broken(items, query, default=10):
            out = page(items, query, default)
            for tweet in out.get("data") or []:
                if tweet.get("id") == newest:
                    out["data"] = [t if t is not tweet else {**t, "id": {"oops": 1}}
                                   for t in out["data"]]
            return out

        server._page = broken  # type: ignore[method-assign]
        result = make_engine(ctx.secrets, workspace.root).run_account(account_id,
                                                                      {Job.MENTIONS})
        assert result.state == SyncState.OK, result.message
        assert [m.text_plain for m in Mention.select()] == ["@shop first"]
        assert cursors(account_id)["mentions"] == newest
        assert _counted(account_id, "mentions") == 1


def test_accounts_screen_says_how_many_items_could_not_be_read(qtbot) -> None:
    from datetime import UTC, datetime

    from mbdesk.store.server_profiles import step_entry
    from mbdesk.ui.models.accounts import step_lines

    now = datetime(2026, 1, 1, 10, 0)
    lines = {line.key: line for line in step_lines({
        "mentions": step_entry("ok", now, "", 3), "followers": step_entry("ok", now, "", 1),
        "metrics": step_entry("ok", now)}, UTC)}
    assert lines["mentions"].warning == "3 items from the server could not be read"
    assert lines["followers"].warning == "1 item from the server could not be read"
    assert lines["metrics"].warning == ""


def test_accounts_details_box_shows_the_count_under_the_step(view, shop) -> None:  # noqa: F811
    from datetime import datetime

    from mbdesk.store.server_profiles import step_entry

    steps = {"mentions": step_entry("ok", datetime(2026, 1, 1, 10, 0), "", 2)}
    Account.update(steps_json=json.dumps(steps)).where(Account.id == shop.id).execute()
    view.refresh()
    view.table.selectRow(0)
    assert text_of(view, "step-mentions").startswith("✓ ok")
    assert text_of(view, "step-mentions-note") == "2 items from the server could not be read"


def test_accounts_list_json_gives_the_count(shop, workspace, capsys) -> None:  # noqa: F811
    from datetime import datetime

    from mbdesk.app import main
    from mbdesk.store.server_profiles import step_entry

    now = datetime(2026, 1, 1, 10, 0)
    steps = {"mentions": step_entry("ok", now, "", 4), "metrics": step_entry("ok", now)}
    Account.update(steps_json=json.dumps(steps)).where(Account.id == shop.id).execute()
    capsys.readouterr()
    assert main(["--data-dir", str(workspace.root), "accounts", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["steps"]["mentions"]["unreadable"] == 4
    assert "unreadable" not in row["steps"]["metrics"]


def test_sync_once_says_how_many_items_could_not_be_read(server: FakeMastodon, account,
                                                         workspace, capsys) -> None:
    from mbdesk.app import main

    server.add_mention("@shop first")
    bad_ids = {server.add_mention("@shop broken")[0], server.add_mention("@shop bad too")[0]}
    render = server._render_notification

    def broken(n: dict) -> dict:
        out = render(n)
        if n["id"] in bad_ids:
            out["status"] = {**out["status"], "account": "evil"}
        return out

    server._render_notification = broken  # type: ignore[method-assign]
    capsys.readouterr()
    assert main(["--data-dir", str(workspace.root), "sync", "--once"]) == 0
    out = capsys.readouterr().out
    assert "1 new mention(s)" in out
    assert "mentions: 2 items from the server could not be read" in out
    assert main(["--data-dir", str(workspace.root), "sync", "--once"]) == 0
    assert "could not be read" not in capsys.readouterr().out  # past them: not said again
