"""Crisis watch (lexicon, flagging at ingest, threshold → banner and notification, pause),
keyword watches (ingest through the engine, dedup, their own stream), response times."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sync_helpers import Clock, add_account, make_engine

from mbdesk.domain.crisis import Matcher, effective_lexicon, shipped_lexicon
from mbdesk.platforms.base import RemoteMention, RemotePerson
from mbdesk.store import crisis, settings, watches
from mbdesk.store.models import (
    Account,
    KeywordWatch,
    Mention,
    MentionState,
    Stream,
    utcnow,
)
from mbdesk.store.queries import response
from mbdesk.sync.engine import Job
from mbdesk.ui.inbox_notifier import InboxNotifier
from mbdesk.ui.views.inbox import InboxView


@pytest.fixture
def account(server, ctx) -> int:
    return add_account(server, ctx.secrets)


@pytest.fixture
def engine(ctx):
    return make_engine(ctx.secrets, ctx.workspace.root, Clock())


# --- the lexicon ---------------------------------------------------------------------------------


def test_shipped_lexicon_has_three_languages() -> None:
    lexicon = shipped_lexicon()
    assert set(lexicon) == {"zh", "es", "en"}
    assert "失望" in lexicon["zh"] and "decepción" in lexicon["es"]
    assert "disappointed" in lexicon["en"]
    assert all(not t.startswith("#") for terms in lexicon.values() for t in terms)


@pytest.mark.parametrize("text,negative", [
    ("The egg tarts were COLD, a bit disappointed.", True),
    ("He scolded the dog", False),  # "cold" only as a whole word
    ("El pan llegó duro, qué decepción.", True),
    ("Decepcionada con el envío", True),
    ("蛋挞有点凉了，有点失望。", True),  # Chinese: substring, no word boundaries
    ("昨天买的可颂太好吃了！", False),
    ("¡El cruasán de ayer estaba buenísimo!", False),
    ("", False),
])
def test_matcher_whole_words_for_latin_substrings_for_chinese(text: str, negative: bool) -> None:
    assert Matcher(shipped_lexicon()).is_negative(text) is negative


def test_owner_lists_replace_the_shipped_ones() -> None:
    lexicon = effective_lexicon({"en": ["soggy"], "zh": ["太甜"]})
    assert lexicon["en"] == ["soggy"] and lexicon["zh"] == ["太甜"]
    assert lexicon["es"] == shipped_lexicon()["es"]
    assert Matcher(lexicon).find("Soggy bread, 太甜了") == ["soggy", "太甜"]


# --- flagging ------------------------------------------------------------------------------------


def test_mentions_are_flagged_at_ingest(server, account, engine) -> None:
    server.add_mention("@shop the egg tarts were cold, disappointed")
    server.add_mention("@shop 蛋挞太好吃了")
    server.add_mention("@shop 发霉了！退款！")
    engine.run_account(account, {Job.MENTIONS})
    flagged = {m.text_plain: (m.negative, m.priority) for m in Mention.select()}
    assert flagged["@shop the egg tarts were cold, disappointed"] == (True, 2)
    assert flagged["@shop 蛋挞太好吃了"] == (False, 0)
    assert flagged["@shop 发霉了！退款！"] == (True, 2)


def test_existing_rows_are_reflagged_after_a_lexicon_edit(ctx) -> None:
    shop = Account.create(platform="mastodon", handle="shop")
    soggy = Mention.create(account=shop, remote_id="1", text_plain="soggy croissant")
    cold = Mention.create(account=shop, remote_id="2", text_plain="cold coffee",
                          negative=True, priority=2)
    question = Mention.create(account=shop, remote_id="3", text_plain="cold?", priority=1,
                              negative=True)
    settings.put("crisis_lexicon", {"en": ["soggy"]})
    assert crisis.reflag_all(batch=2) == (1, 2)
    assert Mention.get_by_id(soggy.id).negative and Mention.get_by_id(soggy.id).priority == 2
    assert not Mention.get_by_id(cold.id).negative and Mention.get_by_id(cold.id).priority == 0
    assert Mention.get_by_id(question.id).priority == 1  # a priority it had for another reason


# --- threshold → banner, notification, grouped view, pause -------------------------------------


def add_negative(account, n: int, minutes_ago: int = 5) -> None:
    now = utcnow()
    for i in range(n):
        Mention.create(account=account, remote_id=f"neg{minutes_ago}-{i}",
                       text_plain=f"disappointed {i}", negative=True, priority=2,
                       created_at=now - timedelta(minutes=minutes_ago))


def test_crisis_threshold_raises_banner_notification_and_offers_pause(qtbot, ctx) -> None:
    shop = Account.create(platform="mastodon", handle="shop", display_name="Shop")
    settings.put("crisis_threshold_per_hour", 3)
    Mention.create(account=shop, remote_id="ok", text_plain="lovely bread")
    add_negative(shop, 4, minutes_ago=90)  # older than an hour: not part of the alert
    add_negative(shop, 2)
    notifier = InboxNotifier(ctx, tray_available=False)
    ctx.services["notifier"] = notifier
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert not view.banner.isVisible()
    assert crisis.status(utcnow()).negative_last_hour == 2

    add_negative(shop, 1, minutes_ago=1)
    with qtbot.waitSignal(view.crisis_changed, timeout=2000) as signal:
        view.refresh()  # what a sync that brought new mentions does
    assert signal.args == [True]
    assert view.banner.isVisible()
    assert "3 negative mention" in view.banner.label.text()
    assert notifier.messages[-1][0] == "Crisis watch"
    assert "3 negative" in notifier.messages[-1][1]

    qtbot.mouseClick(view.banner.show_button, Qt.MouseButton.LeftButton)
    assert view.flag_combo.currentData() == "negative"
    assert view.model.rowCount() == 7  # every negative mention, grouped in one view
    assert not settings.get("publishing_paused")
    qtbot.mouseClick(view.banner.pause_button, Qt.MouseButton.LeftButton)
    assert settings.get("publishing_paused") is True
    assert not view.banner.pause_button.isEnabled()

    qtbot.mouseClick(view.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisible()
    view.refresh()
    assert not view.banner.isVisible()  # dismissed stays dismissed …
    add_negative(shop, 1, minutes_ago=0)
    view.refresh()
    assert view.banner.isVisible()  # … until it grows
    assert len([m for m in notifier.messages if m[0] == "Crisis watch"]) == 1  # once an hour


@pytest.mark.parametrize("mode,expected", [
    ("all", ["New mentions"]), ("priority", ["Priority mentions"]), ("none", []),
])
def test_new_mention_notifications_follow_the_setting(ctx, mode, expected) -> None:
    shop = Account.create(platform="mastodon", handle="shop")
    settings.put("notify_mentions", mode)
    notifier = InboxNotifier(ctx, tray_available=False)
    Mention.create(account=shop, remote_id="1", text_plain="hello", priority=1)
    Mention.create(account=shop, remote_id="2", text_plain="hi")
    notifier.check_new()
    assert [title for title, _ in notifier.messages] == expected
    assert notifier.unread == 2
    notifier.check_new()  # nothing new since
    assert len(notifier.messages) == len(expected)


# --- keyword watches -----------------------------------------------------------------------------


def test_keyword_watch_ingest_is_deduplicated(server, account, engine) -> None:
    _nid, sid = server.add_mention("@shop best #panaderia in town")  # also a mention
    server.add_status("Sourdough at the #panaderia today")
    server.add_status("Nothing here")
    tag = watches.add_watch(account, "#panaderia")
    word = watches.add_watch(account, "sourdough")
    assert watches.add_watch(account, " #panaderia ") == tag  # the same watch twice: one
    engine.run_account(account, {Job.MENTIONS, Job.WATCHES})
    hits = list(Mention.select().where(Mention.stream == Stream.WATCH))
    # the sourdough post matches both watches but is stored once; the mention is not a hit
    assert sorted(m.text_plain for m in hits) == ["Sourdough at the #panaderia today"]
    assert all(m.status_remote_id != sid for m in hits)
    assert hits[0].state == MentionState.NEW
    engine.run_account(account, {Job.WATCHES})
    server.add_status("More sourdough")
    engine.run_account(account, {Job.WATCHES})
    texts = sorted(m.text_plain for m in Mention.select().where(Mention.stream == Stream.WATCH))
    assert texts == ["More sourdough", "Sourdough at the #panaderia today"]
    rows = {w.query: w for w in watches.list_watches(account)}
    assert rows["sourdough"].kind == "keyword" and rows["#panaderia"].kind == "hashtag"
    assert sum(w.hits for w in rows.values()) == 2
    assert KeywordWatch.get_by_id(word).cursor


def test_drop_known_statuses_keeps_only_unseen_posts(ctx) -> None:
    shop = Account.create(platform="mastodon", handle="shop")
    Mention.create(account=shop, remote_id="n1", status_remote_id="s1", text_plain="x")
    who = RemotePerson(remote_id="p", handle="p")
    page = [RemoteMention(remote_id=s, status_remote_id=s, author=who, text_html="",
                          text_plain=s, created_at=utcnow()) for s in ("s1", "s2")]
    assert [m.status_remote_id for m in watches.drop_known_statuses(shop.id, page)] == ["s2"]


def test_own_posts_are_not_watch_hits(server, account, engine) -> None:
    server.add_status("Fresh bread at the #panaderia", server.me_id)  # the shop's own post
    server.add_status("Best #panaderia in town")
    watches.add_watch(account, "#panaderia")
    engine.run_account(account, {Job.WATCHES})
    hits = [m.text_plain for m in Mention.select().where(Mention.stream == Stream.WATCH)]
    assert hits == ["Best #panaderia in town"]


def test_drop_own_posts_by_remote_id_or_handle(ctx) -> None:
    shop = Account.create(platform="mastodon", handle="shop@bakery.example", remote_id="7")
    sky = Account.create(platform="bluesky", handle="shop.bsky.social", remote_id="did:plc:s")

    def hit(remote_id: str, handle: str) -> RemoteMention:
        return RemoteMention(remote_id=handle, status_remote_id=handle,
                             author=RemotePerson(remote_id=remote_id, handle=handle),
                             text_html="", text_plain="", created_at=utcnow())

    page = [hit("7", "shop"), hit("", "shop"), hit("", "@Shop@bakery.example"),
            hit("8", "shop@elsewhere.example"), hit("9", "alice")]
    assert [m.author.handle for m in watches.drop_own_posts(shop.id, page)] == [
        "shop@elsewhere.example", "alice"]
    page = [hit("did:plc:s", "renamed.bsky.social"), hit("did:plc:o", "shop.bsky.social.fan"),
            hit("did:plc:o", "other.bsky.social")]
    assert [m.author.handle for m in watches.drop_known_statuses(sky.id, page)] == [
        "shop.bsky.social.fan", "other.bsky.social"]


def test_watch_stream_in_the_inbox_and_the_watches_dialog(qtbot, ctx) -> None:
    from mbdesk.ui.watches_dialog import WatchesDialog

    shop = Account.create(platform="mastodon", handle="shop", display_name="Shop")
    watch_id = watches.add_watch(shop.id, "#panaderia")
    Mention.create(account=shop, remote_id="w1", stream=Stream.WATCH, watch=watch_id,
                   text_plain="best #panaderia")
    Mention.create(account=shop, remote_id="m1", text_plain="a mention")
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    view.stream_combo.setCurrentIndex(view.stream_combo.findData(Stream.WATCH))
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view._current is not None)  # read on a worker
    assert "keyword watch “#panaderia”" in view.detail_meta.text()
    view.done_button.click()
    assert Mention.get(Mention.remote_id == "w1").state == MentionState.DONE

    dialog = WatchesDialog(ctx, shop.id)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "1 found" in dialog.list.item(0).text()
    dialog.query_edit.setText("Horno Sol")
    dialog.add()
    assert [w.query for w in watches.list_watches(shop.id)] == ["#panaderia", "Horno Sol"]
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not KeywordWatch.get(KeywordWatch.query == "Horno Sol").enabled
    dialog.list.setCurrentRow(0)
    dialog.remove()
    assert [w.query for w in watches.list_watches(shop.id)] == ["Horno Sol"]
    assert Mention.get(Mention.remote_id == "w1").watch_id is None  # the hit stays
    dialog.query_edit.setText("  ")
    dialog.add()
    assert "needs a word" in dialog.message.text()


# --- response time -------------------------------------------------------------------------------


def test_median_first_response_per_account_and_waiting(ctx) -> None:
    now = utcnow()
    a = Account.create(platform="mastodon", handle="a")
    b = Account.create(platform="mastodon", handle="b")
    for i, minutes in enumerate([10, 30, 50]):
        created = now - timedelta(days=2)
        Mention.create(account=a, remote_id=f"a{i}", created_at=created,
                       first_reply_at=created + timedelta(minutes=minutes),
                       state=MentionState.DONE)
    old = now - timedelta(days=20)
    Mention.create(account=a, remote_id="old", created_at=old,
                   first_reply_at=old + timedelta(hours=10), state=MentionState.DONE)
    Mention.create(account=b, remote_id="b1", created_at=now - timedelta(hours=3))
    Mention.create(account=b, remote_id="b2", created_at=now - timedelta(hours=1),
                   state=MentionState.READ)
    Mention.create(account=b, remote_id="w", stream=Stream.WATCH,
                   created_at=now - timedelta(hours=9))
    week = response.median_first_response(7, now)
    assert week == {a.id: timedelta(minutes=30), b.id: None}
    month = response.median_first_response(30, now, account_id=a.id)
    assert month == {a.id: timedelta(minutes=40)}  # median of 10, 30, 50, 600 minutes
    assert response.overall_median(7, now) == timedelta(minutes=30)
    waiting = response.waiting()
    assert waiting.count == 2 and waiting.oldest_at == now - timedelta(hours=3)
    assert response.waiting(a.id).count == 0


# --- search -------------------------------------------------------------------------------------


def test_search_hits_are_reused_until_a_new_mention_arrives(ctx) -> None:
    from mbdesk.store.queries import mentions as q

    shop = Account.create(platform="mastodon", handle="shop")
    Mention.create(account=shop, remote_id="1", text_plain="营业时间到几点？")
    flt = q.MentionFilter(search="营业时间")
    assert [r.first_line for r in q.page(flt)] == ["营业时间到几点？"]
    Mention.update(state=MentionState.DONE).execute()  # a state change keeps the hit list
    assert q.count(flt) == (1, False)
    Mention.create(account=shop, remote_id="2", text_plain="周日营业时间呢")
    assert q.count(flt) == (2, False)  # a new mention: searched again
    assert [r.first_line for r in q.page(q.MentionFilter(search="营业时间", state="new"))] == \
        ["周日营业时间呢"]


def test_the_window_flags_mentions_stored_before_the_crisis_watch_once(qtbot, ctx) -> None:
    from PySide6.QtCore import QObject, Signal

    class FakeSync(QObject):
        run_finished = Signal(object)

    shop = Account.create(platform="mastodon", handle="shop")
    old = Mention.create(account=shop, remote_id="1", text_plain="蛋挞有点凉了，有点失望")
    kept = Mention.create(account=shop, remote_id="2", text_plain="ok", negative=True)
    sync = FakeSync()
    notifier = InboxNotifier(ctx, sync, tray_available=False)
    # the scan's result comes back through the event loop, which waitSignal runs
    with qtbot.waitSignal(notifier.scanned, timeout=10_000) as signal:
        pass
    assert signal.args == [1]
    assert Mention.get_by_id(old.id).negative and Mention.get_by_id(kept.id).negative
    assert settings.get("crisis_existing_scanned") is True
    Mention.create(account=shop, remote_id="3", text_plain="hola")
    sync.run_finished.emit(type("R", (), {"new_mentions": 1, "changed": True})())
    assert notifier.messages == [("New mentions", "1 new mention(s) in the inbox")]


def test_short_rare_term_hits_are_found_once_and_follow_new_mentions(ctx) -> None:
    from mbdesk.store.queries import mentions as q

    shop = Account.create(platform="mastodon", handle="shop")
    for i in range(300):  # a term too rare to walk the dates for: the hits are looked up once
        Mention.create(account=shop, remote_id=f"n{i}", text_plain=f"pan {i}")
    Mention.create(account=shop, remote_id="a", text_plain="可颂好吃")
    flt = q.MentionFilter(search="可颂")
    assert [r.first_line for r in q.page(flt)] == ["可颂好吃"]
    assert q.count(flt) == (1, False)
    assert q.count(q.MentionFilter(search="可颂", state="done")) == (0, False)
    Mention.create(account=shop, remote_id="b", text_plain="买了可颂")
    assert [r.first_line for r in q.page(flt)] == ["买了可颂", "可颂好吃"]
    assert q.count(flt) == (2, False)
