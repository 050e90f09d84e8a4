"""The Feeds dialog against a feed host on 127.0.0.1: add (the title shows, drafts made), the
clear refusals (bad address, a web page), Check now on the service's worker, remove."""

from __future__ import annotations

import pytest
from fake_feeds import FeedHost, Route, feed_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mbdesk.services.feed_service import FeedService
from mbdesk.store import settings
from mbdesk.store.models import Draft, Feed
from mbdesk.ui.feeds_dialog import FeedsDialog


@pytest.fixture
def host():
    with FeedHost() as h:
        yield h


@pytest.fixture
def dialog(qtbot, db):
    settings.put("timezone", "Asia/Shanghai")
    service = FeedService()
    dlg = FeedsDialog(service)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    service.stop()


def table_rows(dlg: FeedsDialog) -> list[list[str]]:
    return [[dlg.table.item(r, c).text() for c in range(dlg.table.columnCount())]
            for r in range(dlg.table.rowCount())]


def test_add_check_and_remove_a_feed(qtbot, dialog, host, monkeypatch):
    host.routes["/feed.xml"] = Route(feed_file("shop-rss.xml"))
    qtbot.waitUntil(lambda: "No feeds yet" in dialog.message.text(), timeout=10_000)
    dialog.url_edit.setText(host.url("/feed.xml"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Added" in dialog.message.text(), timeout=10_000)
    assert dialog.message.text() == ("Added “小店新品 · Panadería Luna”: 3 draft(s) made from "
                                     "its newest entries.")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    name, check, made, accounts = table_rows(dialog)[0]
    assert name == "小店新品 · Panadería Luna" and check.endswith("· OK") and made == "3"
    assert accounts == "none"
    assert dialog.url_edit.text() == ""

    # a new entry on the server; Check now runs on the service's worker
    body = feed_file("shop-rss.xml").replace(
        b"<item>", b"<item><title>Roscon de Reyes</title><guid>new-1</guid>"
                   b"<link>https://shop.example/p/roscon</link></item><item>", 1)
    host.routes["/feed.xml"] = Route(body)
    with qtbot.waitSignal(dialog.service.checked, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_rows(dialog)[0][2] == "4", timeout=10_000)
    assert dialog.message.text() == "Checked: 1 new draft(s)."
    assert Draft.select().where(Draft.title == "Roscon de Reyes").count() == 1
    with qtbot.waitSignal(dialog.service.checked, timeout=10_000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert Draft.select().count() == 4  # checked again: nothing twice

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert Feed.select().count() == 0 and Draft.select().count() == 4


def test_refusals_say_what_to_do(qtbot, dialog, host):
    dialog.url_edit.setText("ftp://shop.example/feed")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "must start with http:// or https://" in dialog.message.text()
    host.routes["/"] = Route(feed_file("not-a-feed.html"), content_type="text/html")
    dialog.url_edit.setText(host.url("/"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not an RSS or Atom feed" in dialog.message.text(), timeout=10_000)
    assert dialog.add_button.isEnabled() and dialog.url_edit.text() == host.url("/")
    assert Feed.select().count() == 0


def test_a_feed_that_fails_later_shows_it_in_last_check(qtbot, dialog, host):
    host.routes["/f"] = Route(feed_file("blog-atom.xml"), content_type="application/atom+xml")
    dialog.url_edit.setText(host.url("/f"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    del host.routes["/f"]
    with qtbot.waitSignal(dialog.service.checked, timeout=10_000):
        dialog.check_now()
    qtbot.waitUntil(lambda: "refused by the server" in table_rows(dialog)[0][1], timeout=10_000)
    assert "1 feed(s) could not be read" in dialog.message.text()
    assert "Check the address" in dialog.table.item(0, 1).toolTip()


def test_service_waits_until_the_database_is_ready(qtbot, db):
    ready = {"ok": False}
    service = FeedService(every_ms=120, ready=lambda: ready["ok"])
    service.check_now()
    assert not service.busy and service.timer.isActive()  # looks again shortly
    ready["ok"] = True
    with qtbot.waitSignal(service.checked, timeout=10_000) as blocker:
        pass
    assert blocker.args == [[]]  # no feeds: an empty check
    service.stop()
    assert not service.timer.isActive()


def test_file_menu_opens_feeds_and_new_drafts_refresh_the_screen(qtbot, ctx, host):
    from mbdesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.file_menu.actions() == []  # filled once the first screen painted
    with qtbot.waitSignal(window.initial_view_painted, timeout=10_000):
        window.show()
    service = ctx.services["feeds"]
    assert not service.timer.isActive() or service.timer.remainingTime() > 60_000
    action = next(a for a in window.file_menu.actions() if a.objectName() == "feeds-action")
    assert action.text() == "Fee&ds to drafts…"
    compose = window.show_view("compose")
    ctx.services["sync"] = object()  # the database check passed (what the service waits for)
    host.routes["/f"] = Route(feed_file("blog-atom.xml"), content_type="application/atom+xml")
    from mbdesk.services.feeds import add_feed

    add_feed(host.url("/f"))
    host.routes["/f"] = Route(feed_file("blog-atom.xml").replace(
        b"<entry>", b"<entry><title>Nuevo</title><id>tag:new</id>"
                    b"<link href='https://shop.example/new'/></entry><entry>", 1),
        content_type="application/atom+xml")
    before = compose.count_label.text()
    with qtbot.waitSignal(service.drafts_added, timeout=10_000) as blocker:
        service.check_now()
    assert blocker.args == [1]
    qtbot.waitUntil(lambda: compose.count_label.text() != before, timeout=10_000)
    assert "1 new draft(s) from feeds" in window.status_panel.message.text()
    action.trigger()
    dialog = window.findChild(FeedsDialog)
    assert dialog is not None and dialog.isVisible()
    service.stop()


def test_a_feeds_accounts_are_chosen_in_the_dialog(qtbot, dialog, host):
    """The Accounts menu by the address ticks accounts on the drafts of the feed being added;
    the one below changes them for the selected feed (later drafts come with those)."""
    from mbdesk.store.models import Account, DraftTarget

    shop = Account.create(platform="mastodon", handle="shop@example.social")
    cafe = Account.create(platform="bluesky", handle="cafe.bsky.social")
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.new_accounts_button.isEnabled(), timeout=10_000)

    def choose(button, handle: str) -> None:
        menu = button.menu()
        menu.aboutToShow.emit()  # built when opened
        next(a for a in menu.actions() if a.text() == handle).trigger()

    choose(dialog.new_accounts_button, "shop@example.social")
    assert dialog.new_accounts_button.text() == "Accounts (1)"
    host.routes["/feed.xml"] = Route(feed_file("shop-rss.xml"))
    dialog.url_edit.setText(host.url("/feed.xml"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: table_rows(dialog)[0][3] == "shop@example.social", timeout=10_000)
    assert {t.account_id for t in DraftTarget.select()} == {shop.id}
    assert DraftTarget.select().count() == Draft.select().count() == 3
    dialog.table.selectRow(0)
    assert dialog.accounts_button.isEnabled()
    choose(dialog.accounts_button, "cafe.bsky.social")
    qtbot.waitUntil(lambda: table_rows(dialog)[0][3] == "cafe.bsky.social, shop@example.social",
                    timeout=10_000)
    assert {fa.account_id for fa in Feed.get().accounts} == {shop.id, cafe.id}
