"""Feeds to drafts against a real HTTP server on 127.0.0.1: RSS 2.0 and Atom with Chinese and
Spanish text, HTML stripped, each entry once across re-fetches, reordering, edits, restarts and
two checkers at once; 304 answers; clear problems for a web page, a broken feed, a huge feed, an
unreachable host and bad addresses; the CLI."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fake_feeds import FeedHost, Route, feed_file

from mbdesk.services import feeds as service
from mbdesk.services.feeds import FeedProblem
from mbdesk.store import feeds as store
from mbdesk.store.db import open_database
from mbdesk.store.models import Draft, Feed, FeedEntry

RSS = "application/rss+xml; charset=utf-8"


@pytest.fixture
def host():
    with FeedHost() as h:
        yield h


def rss(items: list[tuple[str, str]], title: str = "Shop") -> bytes:
    """A tiny RSS 2.0 document of (guid, title) pairs, in that order."""
    body = "".join(f"<item><title>{t}</title><guid isPermaLink='false'>{g}</guid>"
                   f"<link>https://shop.example/{g}</link><description>About {t}</description>"
                   "</item>" for g, t in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}'
            f"</title><link>https://shop.example/</link>{body}</channel></rss>").encode()


def bodies() -> list[str]:
    return [d.body for d in Draft.select().order_by(Draft.id)]


def test_rss_with_chinese_and_spanish_becomes_drafts_once(db, host):
    host.routes["/feed.xml"] = Route(feed_file("shop-rss.xml"), etag='"v1"')
    added = service.add_feed(host.url("/feed.xml"))
    assert added.title == "小店新品 · Panadería Luna"
    assert added.new_drafts == 3 and added.remembered == 0
    drafts = list(Draft.select().order_by(Draft.id.desc()))  # the newest entry is the newest
    assert [d.title for d in drafts] == ["手工陶瓷杯 新品上市", "Pan de muerto & chocolate",
                                         "Gift cards without a guid"]
    cup = drafts[0]
    assert cup.body == ("手工陶瓷杯 新品上市\n\n每一只杯子都是手工烧制。 限量 50 只。\n\n"
                        "https://shop.example/p/cup")
    assert "alert" not in "".join(bodies()) and "<" not in "".join(bodies())
    assert "javascript" not in "".join(bodies())
    assert cup.link == "https://shop.example/p/cup" and cup.language == "zh"
    assert drafts[1].body.startswith("Pan de muerto & chocolate\n\n¡Ya está aquí!")
    # an entry without a guid is known by its link
    assert FeedEntry.get(FeedEntry.title == "Gift cards without a guid").entry_key == (
        "https://shop.example/p/gift")

    for _ in range(3):  # re-fetches: the server says 304 to our validator
        outcome = service.check_feed(added.feed_id)
        assert outcome.result == "not_modified" and outcome.new_drafts == 0
    assert host.requests[-1].headers.get("If-None-Match") == '"v1"'
    assert Draft.select().count() == 3
    feed = store.get_feed(added.feed_id)
    assert feed.last_result == "not_modified" and feed.drafts_made == 3
    assert feed.entries_seen == 3


def test_reordered_changed_and_new_entries_make_one_new_draft(db, host):
    host.routes["/f"] = Route(rss([("a", "Apple tart"), ("b", "Bread")]))
    feed_id = service.add_feed(host.url("/f")).feed_id
    assert Draft.select().count() == 2
    # no validators from this server: a full fetch every time; reordered, "a" reworded, "c" new
    host.routes["/f"] = Route(rss([("b", "Bread"), ("c", "Cheese scones"),
                                   ("a", "Apple tart — now with cinnamon")]))
    outcome = service.check_feed(feed_id)
    assert (outcome.result, outcome.new_drafts) == ("ok", 1)
    assert [d.title for d in Draft.select().order_by(Draft.id)] == [
        "Bread", "Apple tart", "Cheese scones"]
    assert service.check_feed(feed_id).new_drafts == 0
    assert Draft.select().count() == 3
    assert "If-None-Match" not in host.requests[-1].headers


def test_entries_stay_seen_across_a_restart(workspace, db, host):
    host.routes["/atom"] = Route(feed_file("blog-atom.xml"), content_type="application/atom+xml",
                                 last_modified="Tue, 01 Dec 2026 18:30:02 GMT")
    feed_id = service.add_feed(host.url("/atom")).feed_id
    titles = [d.title for d in Draft.select().order_by(Draft.id.desc())]
    assert titles == ["Cómo hacemos el roscón", "冬季营业时间"]
    body = Draft.get(Draft.title == "Cómo hacemos el roscón").body
    assert body.endswith("\n\n" + host.url("/blog/roscon"))  # relative link made absolute
    assert Draft.get(Draft.title == "Cómo hacemos el roscón").language == "es"
    db.close()
    db2 = open_database(workspace)  # mbdesk started again
    try:
        host.routes["/atom"].last_modified = ""  # the server forgets its validators: full body
        outcome = service.check_feed(feed_id)
        assert (outcome.result, outcome.new_drafts) == ("ok", 0)
        assert Draft.select().count() == 2
        assert host.requests[-1].headers.get("If-Modified-Since") == (
            "Tue, 01 Dec 2026 18:30:02 GMT")
    finally:
        db2.close()


def test_two_checkers_at_once_make_each_draft_once(workspace, db, host):
    host.routes["/f"] = Route(rss([("a", "A")]))
    feed_id = service.add_feed(host.url("/f")).feed_id
    host.routes["/f"] = Route(rss([(f"n{i}", f"New {i}") for i in range(30)] + [("a", "A")]))
    barrier = threading.Barrier(3)
    outcomes = []

    def checker() -> None:
        conn = open_database(workspace)  # each its own connection, as two processes would
        try:
            barrier.wait()
            outcomes.append(service.check_feed(feed_id))
        finally:
            conn.close()

    threads = [threading.Thread(target=checker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o.new_drafts for o in outcomes) == [0, 0, 30]
    assert Draft.select().count() == 31
    assert Feed.get_by_id(feed_id).drafts_made == 31


def test_first_check_drafts_only_the_newest(db, host):
    host.routes["/f"] = Route(rss([(f"e{i}", f"Entry {i}") for i in range(25)]))
    added = service.add_feed(host.url("/f"))
    assert (added.new_drafts, added.remembered) == (store.FIRST_CHECK_DRAFTS, 15)
    assert [d.title for d in Draft.select().order_by(Draft.id.desc())] == [
        f"Entry {i}" for i in range(store.FIRST_CHECK_DRAFTS)]  # the newest ten
    host.routes["/f"] = Route(rss([("new", "Brand new")] + [(f"e{i}", f"Entry {i}")
                                                            for i in range(25)]))
    assert service.check_feed(added.feed_id).new_drafts == 1
    assert store.get_feed(added.feed_id).entries_seen == 26


def test_not_a_feed_broken_feed_and_bad_addresses(db, host):
    host.routes["/page"] = Route(feed_file("not-a-feed.html"), content_type="text/html")
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/page"))
    assert exc.value.code == "not_a_feed"
    assert Feed.select().count() == 0 and Draft.select().count() == 0
    # a feed cut off mid-entry: what could be read, the cut entry left for a whole copy
    host.routes["/broken"] = Route(feed_file("truncated-rss.xml"))
    added = service.add_feed(host.url("/broken"))
    assert added.new_drafts == 1
    for bad in ("ftp://shop.example/feed", "javascript:alert(1)", "http://", "http://a b/"):
        with pytest.raises(FeedProblem) as exc:
            service.normalize_url(bad)
        assert exc.value.code == "bad_url", bad
    assert service.normalize_url("shop.example/feed") == "https://shop.example/feed"
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/broken"))
    assert exc.value.code == "exists"
    host.routes["/gone"] = Route(b"", status=410)
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/gone"))
    assert (exc.value.code, exc.value.detail) == ("http_error", "HTTP 410")


def test_a_feed_that_later_breaks_keeps_its_drafts_and_says_why(db, host):
    host.routes["/f"] = Route(rss([("a", "A")]))
    feed_id = service.add_feed(host.url("/f")).feed_id
    host.routes["/f"] = Route(feed_file("not-a-feed.html"), content_type="text/html")
    outcome = service.check_feed(feed_id)
    assert outcome.result == "not_a_feed"
    row = store.get_feed(feed_id)
    assert (row.last_result, row.drafts_made) == ("not_a_feed", 1)
    assert Draft.select().count() == 1


def test_huge_feed_is_refused_without_reading_it_whole(db, host):
    big = service.MAX_FEED_BYTES + 1024 * 1024
    host.routes["/stream"] = Route(stream_bytes=big)  # no Content-Length: counted while read
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/stream"))
    assert exc.value.code == "too_big"
    host.routes["/declared"] = Route(b"<rss>" + b" " * big)  # Content-Length says it
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/declared"))
    assert exc.value.code == "too_big"
    assert Feed.select().count() == 0


def test_unreachable_and_redirects(db, host):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(f"http://127.0.0.1:{port}/feed.xml")
    assert exc.value.code == "unreachable"
    host.routes["/old"] = Route(status=301, location="/new.xml")
    host.routes["/new.xml"] = Route(rss([("a", "Moved")]))
    assert service.add_feed(host.url("/old")).new_drafts == 1
    host.routes["/loop"] = Route(status=302, location="/loop")
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/loop"))
    assert exc.value.code == "failed"
    host.routes["/evil"] = Route(status=302, location="file:///etc/passwd")
    with pytest.raises(FeedProblem) as exc:
        service.add_feed(host.url("/evil"))
    assert exc.value.code == "failed"


def test_stop_event_abandons_a_fetch(db, host):
    stop = threading.Event()
    stop.set()
    with pytest.raises(FeedProblem) as exc:
        service.fetch(host.url("/f"), stop=stop)
    assert exc.value.code == "stopped"


def run_cli(workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mbdesk", "--data-dir", str(workspace.root),
                           "feeds", *args], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8",
                               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
                          cwd=Path(__file__).resolve().parents[1])


def test_cli_add_list_check_remove(workspace, db, host):
    host.routes["/feed.xml"] = Route(feed_file("shop-rss.xml"), etag='"v1"')
    result = run_cli(workspace, "add", host.url("/feed.xml"))
    assert result.returncode == 0, result.stderr
    assert "小店新品 · Panadería Luna" in result.stdout and "3 draft(s)" in result.stdout
    result = run_cli(workspace, "check")
    assert result.returncode == 0, result.stderr
    assert "unchanged" in result.stdout
    listing = json.loads(run_cli(workspace, "list", "--json").stdout)
    assert [(f["title"], f["drafts_made"], f["entries_seen"], f["last_result"])
            for f in listing] == [("小店新品 · Panadería Luna", 3, 3, "not_modified")]
    assert set(listing[0]) == {"id", "url", "title", "checked_at", "last_result",
                               "last_error", "drafts_made", "entries_seen", "accounts"}
    host.routes["/page"] = Route(feed_file("not-a-feed.html"), content_type="text/html")
    result = run_cli(workspace, "add", host.url("/page"))
    assert result.returncode == 2
    assert "does not give an RSS or Atom feed" in result.stderr
    result = run_cli(workspace, "remove", str(listing[0]["id"]))
    assert result.returncode == 0
    assert run_cli(workspace, "remove", "999").returncode == 2
    assert json.loads(run_cli(workspace, "list", "--json").stdout) == []
    assert Draft.select().count() == 3  # the drafts stay


def test_an_entity_bomb_is_not_expanded(db, host):
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{lol}]>'
            '<rss version="2.0"><channel><title>&l9;</title><item><title>Tarta &l9;</title>'
            "<guid>a</guid><link>https://shop.example/a</link></item></channel></rss>")
    host.routes["/bomb"] = Route(body.encode())
    added = service.add_feed(host.url("/bomb"))
    assert added.new_drafts == 1
    draft = Draft.get()
    assert len(draft.body) < 200 and "lollol" not in draft.body


def test_long_running_sync_checks_feeds_at_most_hourly(workspace, db, host):
    """``mbdesk sync`` (without --once) makes drafts of a due feed's new entries like the
    window does; a feed checked 10 minutes ago is left alone until its hour is up."""
    import signal
    from datetime import timedelta

    from mbdesk.store.models import utcnow

    host.routes["/due.xml"] = Route(rss([("a", "Rye loaf"), ("b", "Seeded rye")], "Due shop"))
    host.routes["/fresh.xml"] = Route(rss([("c", "Just checked")], "Fresh shop"))
    store.add_feed(host.url("/due.xml"))
    fresh = store.add_feed(host.url("/fresh.xml"))
    Feed.update(checked_at=utcnow() - timedelta(minutes=10), last_result="ok").where(
        Feed.id == fresh).execute()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mbdesk", "--data-dir", str(workspace.root), "sync"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1",
             "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        cwd=Path(__file__).resolve().parents[1])
    lines = []
    try:
        for line in proc.stdout:
            lines.append(line)
            if "new draft" in line:
                break
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert "Feed Due shop: 2 new draft(s).\n" in lines, lines
    assert sorted(bodies()) == sorted(["Rye loaf\n\nAbout Rye loaf\n\nhttps://shop.example/a",
                                       "Seeded rye\n\nAbout Seeded rye\n\nhttps://shop.example/b"])
    assert [r.path for r in host.requests] == ["/due.xml"]  # the fresh one waits its hour


def test_a_feeds_drafts_come_with_its_accounts_ticked(workspace, db, host):
    """``feeds add URL --account NAME`` (repeatable): every draft the feed makes, at the first
    check and later ones, has those accounts ticked; an unknown name adds nothing."""
    from mbdesk.store.models import Account, DraftTarget

    shop = Account.create(platform="mastodon", handle="shop@example.social")
    cafe = Account.create(platform="bluesky", handle="cafe.bsky.social")
    Account.create(platform="x", handle="other")
    host.routes["/feed.xml"] = Route(rss([("a", "Rye loaf")]))
    missing = run_cli(workspace, "add", host.url("/feed.xml"), "--account", "nobody")
    assert missing.returncode == 2 and Feed.select().count() == 0
    result = run_cli(workspace, "add", host.url("/feed.xml"), "--account", "shop",
                     "--account", "cafe.bsky.social")
    assert result.returncode == 0, result.stderr
    assert "ticked" in result.stdout

    def ticked() -> list[set[int]]:
        return [{t.account_id for t in DraftTarget.select().where(DraftTarget.draft == d)}
                for d in Draft.select().order_by(Draft.id)]

    assert ticked() == [{shop.id, cafe.id}]
    host.routes["/feed.xml"] = Route(rss([("b", "Seeded rye"), ("a", "Rye loaf")]))
    assert service.check_feed(Feed.get().id).new_drafts == 1
    assert ticked() == [{shop.id, cafe.id}, {shop.id, cafe.id}]
    listing = json.loads(run_cli(workspace, "list", "--json").stdout)
    assert listing[0]["accounts"] == ["cafe.bsky.social", "shop@example.social"]
    store.set_feed_accounts(Feed.get().id, [cafe.id])  # the dialog's picker
    assert store.get_feed(Feed.get().id).account_ids == (cafe.id,)
    cafe.delete_instance()  # a removed account drops out of the feed's accounts
    assert store.get_feed(Feed.get().id).account_ids == ()
