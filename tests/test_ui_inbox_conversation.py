"""The inbox's conversation pane against the fake Mastodon over real HTTP: the thread fetched
and cached (readable offline), a reply written offline that goes out exactly once when the
server is back, a failed reply edited and retried, and the keys of the triage."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fake_mastodon import Fault
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sync_helpers import restart_on_same_port

from mbdesk.store import settings
from mbdesk.store.models import (
    Account,
    Mention,
    MentionState,
    OutboxItem,
    OutboxState,
    Person,
    PersonTag,
    Tag,
    TagKind,
    utcnow,
)
from mbdesk.sync.engine import Job
from mbdesk.ui.views.inbox import InboxView


def open_view(qtbot, ctx) -> InboxView:
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activateWindow()  # keys go to the focused widget of the active window
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)
    view.refresh()
    return view


def select(qtbot, view: InboxView, mention_id: int) -> None:
    row = view.model.row_of(lambda r: r.id == mention_id)
    assert row >= 0
    view.table.selectRow(row)
    read(qtbot, view)
    assert view._current is not None and view._current.id == mention_id


def read(qtbot, view: InboxView) -> None:
    """Wait for the selected mention, which a worker reads (its text may be megabytes)."""
    qtbot.waitUntil(lambda: view._current is not None and view.reader.pending_id is None)


def thread_text(view: InboxView) -> str:
    return view.pane.thread_view.toPlainText()


def test_offline_reply_is_queued_shown_and_sent_exactly_once(qtbot, ctx, server, account,
                                                             engine, clock):
    nid, sid = server.add_mention("@shop ¿abrís el domingo?")
    engine.run_account(account, {Job.MENTIONS})
    mention = Mention.get(Mention.remote_id == nid)
    view = open_view(qtbot, ctx)
    select(qtbot, view, mention.id)

    port = int(server.url.rsplit(":", 1)[1])
    server.stop()  # the network is gone
    engine.forget_client(account)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R)  # r: reply
    assert view.pane.composer.hasFocus()
    # addressed above the box, put in front when queued (Mastodon notifies only those named)
    assert view.pane.composer.toPlainText() == ""
    assert view.pane.address_label.text() == "Replying to @alice@remote.example"
    assert not view.pane.address_row.isHidden() and view.pane._others == []
    qtbot.keyClicks(view.pane.composer, "Si, de 9 a 14")
    qtbot.keyClick(view.pane.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [item] = OutboxItem.select()
    assert item.state == OutboxState.QUEUED and item.mention_id == mention.id
    assert item.in_reply_to_remote_id == sid and item.body == "@alice@remote.example Si, de 9 a 14"
    assert "[queued]" in thread_text(view) and "Si, de 9 a 14" in thread_text(view)
    assert Mention.get_by_id(mention.id).state == MentionState.DONE  # reply_marks_done
    assert view.pane.composer.toPlainText() == ""

    engine.run_account(account, {Job.PUBLISH})  # offline: stays queued
    assert OutboxItem.get_by_id(item.id).state == OutboxState.QUEUED
    restart_on_same_port(server, port)
    try:
        clock.advance(timedelta(minutes=2))
        engine.run_account(account, {Job.PUBLISH})
        engine.run_account(account, {Job.PUBLISH})  # a second sync sends nothing more
        replies = [s for s in server.own_statuses() if s["in_reply_to_id"] == sid]
        assert len(replies) == 1
        assert "Si, de 9 a 14" in replies[0]["content"]
        assert [m["acct"] for m in replies[0]["mentions"]] == ["alice@remote.example"]
        view.show_cached_thread()
        assert "[sent]" in thread_text(view) and "[queued]" not in thread_text(view)
        assert Mention.get_by_id(mention.id).first_reply_at is not None
    finally:
        server.stop()


def test_failed_reply_shows_the_reason_and_is_edited_and_retried(qtbot, ctx, server, account,
                                                                 engine):
    nid, sid = server.add_mention("@shop hola")
    engine.run_account(account, {Job.MENTIONS})
    mention = Mention.get(Mention.remote_id == nid)
    view = open_view(qtbot, ctx)
    select(qtbot, view, mention.id)
    server.faults.append(Fault.http(422, method="POST", path="/api/v1/statuses",
                                    json_body={"error": "Validation failed: Text is spam"}))
    view.pane.composer.setPlainText("@alice@remote.example buy now")  # typed: not put twice
    view.pane.send()
    engine.run_account(account, {Job.PUBLISH})
    [item] = OutboxItem.select()
    assert item.state == OutboxState.FAILED
    view.show_cached_thread()
    assert "[failed]" in thread_text(view) and "spam" in thread_text(view)
    old_uid = item.uid
    # the "Edit and retry" link loads the text; sending retries the same outbox row
    view.pane.thread_view.anchorClicked.emit(QUrl(f"mbdesk:retry/{item.id}"))
    assert view.pane.composer.toPlainText() == "@alice@remote.example buy now"
    assert view.pane.address_row.isHidden()  # the failed text carries its handles
    view.pane.composer.setPlainText("@alice we open at 9")
    view.pane.send()
    item = OutboxItem.get_by_id(item.id)
    assert item.state == OutboxState.QUEUED and item.body == "@alice we open at 9"
    assert item.uid != old_uid and OutboxItem.select().count() == 1
    engine.run_account(account, {Job.PUBLISH})
    replies = [s for s in server.own_statuses() if s["in_reply_to_id"] == sid]
    assert len(replies) == 1 and "we open at 9" in replies[0]["content"]


def test_thread_is_fetched_cached_and_readable_offline(qtbot, ctx, server, account, engine):
    root = server.add_status("Our new rye bread is out")
    nid, sid = server.add_mention("@shop <b>is it</b> vegan?", in_reply_to_id=root)
    server.add_status("@alice yes it is", account_id=server.me_id, in_reply_to_id=sid)
    engine.run_account(account, {Job.MENTIONS})
    mention = Mention.get(Mention.remote_id == nid)
    view = open_view(qtbot, ctx)
    select(qtbot, view, mention.id)
    assert "not loaded yet" in view.pane.thread_status.text()
    view.table.setFocus()
    with qtbot.waitSignal(view.thread_loaded, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens: read + thread
    assert Mention.get_by_id(mention.id).state == MentionState.READ
    text = thread_text(view)
    assert text.index("Our new rye bread") < text.index("vegan") < text.index("yes it is")
    assert "Thread saved" in view.pane.thread_status.text()

    server.stop()  # offline: the saved copy stays readable
    fresh = open_view(qtbot, ctx)
    select(qtbot, fresh, mention.id)
    assert "vegan" in thread_text(fresh) and "yes it is" in thread_text(fresh)
    with qtbot.waitSignal(fresh.thread_loaded, timeout=10_000):
        fresh.fetch_thread()
    assert "Could not load the thread" in fresh.pane.thread_status.text()
    assert "saved" in fresh.pane.thread_status.text()
    assert "yes it is" in thread_text(fresh)


class _Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_remote_html_is_sanitized_loads_nothing_and_opens_links_only_on_click(qtbot, ctx):
    shop = Account.create(platform="mastodon", handle="shop@x.social")
    Mention.create(account=shop, remote_id="1", text_plain="hi",
                   text_html='<p>Hi <a href="https://shop.example/menu">menu</a>'
                             '<img src="http://tracker.example/p.gif">'
                             '<a href="javascript:alert(1)">x</a><script>alert(2)</script>'
                             '<span style="background:url(http://tracker.example/bg)">end</span>'
                             "</p>")
    view = open_view(qtbot, ctx)
    view.table.selectRow(0)
    read(qtbot, view)
    browser = view.detail_text
    html = browser.toHtml()
    assert "tracker" not in html and "javascript" not in html and "alert" not in html
    assert browser.toPlainText().startswith("Hi menu")
    assert browser.requested_resources == []  # nothing was even asked for
    assert not browser.openLinks() and not browser.openExternalLinks()
    handler = _Browser()
    QDesktopServices.setUrlHandler("https", handler, "open")
    try:
        assert handler.opened == []  # rendering opened nothing
        browser.anchorClicked.emit(QUrl("https://shop.example/menu"))
        browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
        assert handler.opened == ["https://shop.example/menu"]
    finally:
        QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def triage(qtbot, ctx) -> InboxView:
    shop = Account.create(platform="mastodon", handle="shop@x.social", display_name="Shop")
    ana = Person.create(platform="mastodon", remote_id="a", handle="ana@x.social",
                        display_name="Ana")
    bo = Person.create(platform="mastodon", remote_id="b", handle="bo@x.social",
                       display_name="Bo")
    customer = Tag.create(name="customer", kind=TagKind.CUSTOMER)
    PersonTag.create(person=ana, tag=customer)
    now = utcnow()
    for i, (who, text, prio) in enumerate([(ana, "one", 0), (bo, "two", 1), (ana, "three", 0),
                                           (bo, "four", 2)]):
        Mention.create(account=shop, remote_id=str(i), author=who, text_plain=text,
                       priority=prio, negative=prio == 2,
                       created_at=now - timedelta(minutes=i))
    settings.put("saved_replies", [{"title": "Hours", "body": "Hi {author}, we open at 9. {shop}"}])
    settings.put("shop_name", "Panadería Luna")
    return open_view(qtbot, ctx)


def texts(view: InboxView) -> list[str]:
    return [view.model.index(r, 3).data() for r in range(view.model.rowCount())]


def test_author_tag_and_priority_filters(triage: InboxView) -> None:
    triage.tag_combo.setCurrentIndex(triage.tag_combo.findData("kind:customer"))
    assert texts(triage) == ["one", "three"]
    triage.tag_combo.setCurrentIndex(0)
    triage.flag_combo.setCurrentIndex(triage.flag_combo.findData("priority"))
    assert texts(triage) == ["two", "four"]
    triage.flag_combo.setCurrentIndex(triage.flag_combo.findData("negative"))
    assert texts(triage) == ["four"]


def test_keys_open_done_unread_undo_search_and_reply(qtbot, triage: InboxView) -> None:
    view = triage
    view.table.setFocus()
    read(qtbot, view)
    first = view._current.id
    qtbot.keyClick(view.table, Qt.Key.Key_E)  # done, moves on
    assert Mention.get_by_id(first).state == MentionState.DONE
    read(qtbot, view)
    second = view._current.id
    qtbot.keyClick(view.table, Qt.Key.Key_E)
    assert Mention.get_by_id(second).state == MentionState.DONE
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert Mention.get_by_id(second).state == MentionState.NEW
    read(qtbot, view)
    assert view._current.id == second
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Mention.get_by_id(first).state == MentionState.NEW
    assert view.model.index(0, 4).data() == "new"
    assert not view.undo_button.isEnabled()
    read(qtbot, view)  # undo selected the first again
    qtbot.keyClick(view.table, Qt.Key.Key_U)  # already new: nothing to undo
    qtbot.keyClick(view.table, Qt.Key.Key_Slash)
    assert view.search.hasFocus()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert view.pane.composer.hasFocus()
    qtbot.keyClick(view.pane.composer, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    body = view.pane.composer.toPlainText()
    assert body.endswith("Hi Ana, we open at 9. Panadería Luna")
    # counted as sent, "@ana@x.social " in front; the server's rule: it counts as "@ana"
    assert view.pane.address_label.text() == "Replying to @ana@x.social"
    assert view.pane.counter.text() == f"{len('@ana ' + body)} / 500"
    qtbot.keyClick(view.pane.composer, Qt.Key.Key_E)  # typing e is text, not "done"
    assert Mention.get_by_id(view._current.id).state == MentionState.NEW


def test_author_card_shows_tags_and_notes_and_earlier_replies(qtbot, triage: InboxView) -> None:
    from mbdesk.store import outbox
    from mbdesk.store.models import Note

    ana = Person.get(Person.handle == "ana@x.social")
    Note.create(person=ana, body="Orders every Friday")
    older = Mention.get(Mention.text_plain == "three")
    outbox.enqueue(older.account_id, "mastodon", "@ana thanks!", kind="reply",
                   mention_id=older.id)
    triage.refresh()
    select(qtbot, triage, Mention.get(Mention.text_plain == "one").id)
    card = triage.pane.card_label.text()
    assert "Tags: customer" in card and "Orders every Friday" in card
    assert "Earlier replies to this person" in thread_text(triage)
    assert "@ana thanks!" in thread_text(triage)


def test_counter_refuses_an_overlong_reply(qtbot, triage: InboxView) -> None:
    triage.table.selectRow(0)
    read(qtbot, triage)
    triage.pane.composer.setPlainText("x" * 496)  # 501 with "@ana@x.social " (counted "@ana ")
    assert triage.pane.counter.text() == "501 / 500"
    assert not triage.pane.send_button.isEnabled()
    triage.pane.send()
    assert OutboxItem.select().count() == 0


def test_a_reply_that_cannot_be_queued_keeps_its_text(qtbot, triage: InboxView) -> None:
    triage.table.selectRow(0)
    read(qtbot, triage)
    Mention.delete().where(Mention.id == triage._current.id).execute()  # gone meanwhile
    triage.pane.composer.setPlainText("@ana hello there")
    triage.pane.send()
    assert OutboxItem.select().count() == 0
    assert triage.pane.composer.toPlainText() == "@ana hello there"
    assert "No mention with id" in triage.pane.thread_status.text()


def test_mastodon_reply_keeps_or_drops_the_others_the_post_named(qtbot, ctx, server, account,
                                                                 engine):
    server.add_account("bob", "other.example")
    server.add_account("carla", local=True)
    nid, sid = server.add_mention(
        f"@shop@{server.domain} @bob@other.example @carla is the rye bread back?")
    engine.run_account(account, {Job.MENTIONS})
    mention = Mention.get(Mention.remote_id == nid)
    assert mention.mentioned.split() == ["shop", "bob@other.example", "carla"]
    view = open_view(qtbot, ctx)
    select(qtbot, view, mention.id)
    pane = view.pane
    # the author, then the others (our own account never); carla is on our server: "@carla"
    assert pane.address_label.text() == "Replying to @alice@remote.example"
    assert [b.text() for b in pane._others] == ["@bob@other.example", "@carla"]
    assert all(b.isChecked() for b in pane._others)
    pane._others[0].setChecked(False)  # the user drops bob
    pane.composer.setPlainText("Yes, from Friday")
    assert pane.counter.text().startswith(str(len("@alice @carla Yes, from Friday")))
    pane.send()
    [item] = OutboxItem.select()
    assert item.body == "@alice@remote.example @carla Yes, from Friday"
    engine.run_account(account, {Job.PUBLISH})
    [reply] = [s for s in server.own_statuses() if s["in_reply_to_id"] == sid]
    assert [m["acct"] for m in reply["mentions"]] == ["alice@remote.example", "carla"]


def test_empty_pane_says_what_to_do(qtbot, ctx, server, account, engine):
    server.add_mention("@shop hola")
    engine.run_account(account, {Job.MENTIONS})
    view = open_view(qtbot, ctx)
    view.table.clearSelection()
    view._show_detail(None)
    pane = view.pane
    assert pane.pages.currentIndex() == 0
    assert pane.empty_title.text() == "Select a message to read and reply"
    assert pane.empty_overview.text().startswith("1 new")
    assert "R: reply" in pane.empty_keys.text()
    select(qtbot, view, Mention.get().id)
    assert pane.pages.currentIndex() == 1
