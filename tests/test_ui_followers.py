"""The followers screen: rows, totals, filters, search (incl. Chinese), the side panel."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from mbdesk.store import settings
from mbdesk.store.models import Account, FollowerEdge, Note, Person, PersonTag, Tag, utcnow
from mbdesk.ui.models.people import FOLLOWERS, LOST, NAME, TAGS, TagsRole
from mbdesk.ui.views.followers import FollowersView, chip_text_color


@pytest.fixture
def followers(qtbot, ctx):
    settings.put("timezone", "Asia/Shanghai")
    now = utcnow()
    shop = Account.create(platform="mastodon", handle="shop", display_name="Panadería",
                          color="#e11d48")
    weibo = Account.create(platform="weibo", handle="bakery", display_name="面包店",
                           color="#f59e0b")
    kol = Tag.create(name="KOL", kind="kol", color="#9333ea")
    customer = Tag.create(name="customer", kind="customer", color="#16a34a")
    spec = [  # name, handle, platform, followers, [(account, days ago, lost days ago)], tags
        ("王小明", "wangxm", "weibo", 52_000, [(weibo, 2, None)], [kol]),
        ("María", "maria@example.social", "mastodon", 120, [(shop, 10, None), (weibo, 9, None)],
         [customer]),
        ("Bob", "bob@example.social", "mastodon", 15, [(shop, 40, 3)], []),
        ("李雷", "lilei", "weibo", 800, [(weibo, 20, None)], [customer, kol]),
    ]
    for i, (name, handle, platform, count, edges, tags) in enumerate(spec):
        person = Person.create(platform=platform, remote_id=str(i), handle=handle,
                               display_name=name, followers_count=count,
                               bio=f"<i>bio</i> of {name}")
        for account, days, lost in edges:
            FollowerEdge.create(account=account, person=person,
                                first_seen=now - timedelta(days=days),
                                lost_at=now - timedelta(days=lost) if lost else None)
        for tag in tags:
            PersonTag.create(person=person, tag=tag)
        if name == "李雷":
            Note.create(person=person, body="Orders 20 mooncakes every autumn")
    view = FollowersView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.refresh()
    return view


def names(view: FollowersView) -> list[str]:
    return [view.model.index(r, NAME).data() for r in range(view.model.rowCount())]


def test_rows_totals_tags_and_lost_flag(followers: FollowersView) -> None:
    assert names(followers) == ["王小明", "María", "李雷", "Bob"]
    model = followers.model
    assert model.index(0, FOLLOWERS).data() == QLocale().toString(52_000)
    assert [t.name for t in model.index(2, TAGS).data(TagsRole)] == ["KOL", "customer"]
    assert model.index(3, LOST).data() == "lost"
    assert model.index(0, LOST).data() == ""
    assert followers.header_label.text() == (
        "4 followers · 1 new this week · 1 lost this week")


def test_filters_narrow_the_rows(followers: FollowersView) -> None:
    followers.account_combo.setCurrentIndex(followers.account_combo.findText("Panadería"))
    assert names(followers) == ["María", "Bob"]
    assert followers.header_label.text().startswith("1 followers")
    followers.account_combo.setCurrentIndex(0)
    followers.tag_combo.setCurrentIndex(followers.tag_combo.findText("KOL"))
    assert names(followers) == ["王小明", "李雷"]
    followers.tag_combo.setCurrentIndex(0)
    followers.new_check.setChecked(True)
    assert names(followers) == ["王小明"]
    followers.new_check.setChecked(False)
    followers.lost_check.setChecked(True)
    assert names(followers) == ["Bob"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("小明", ["王小明"]),
    ("@li", ["李雷"]),  # handle prefix
    ("example.social", ["María", "Bob"]),
    ("nobody", []),
])
def test_search_by_name_or_handle(qtbot, followers: FollowersView, typed: str,
                                  expected: list[str]) -> None:
    with qtbot.waitSignal(followers.model.modelReset, timeout=2000):
        if typed.isascii():
            qtbot.keyClicks(followers.search, typed)
        else:  # Chinese arrives from the input method as a commit string
            followers.search.setFocus()
            event = QInputMethodEvent()
            event.setCommitString(typed)
            QApplication.sendEvent(followers.search, event)
    assert names(followers) == expected


def test_side_panel_shows_facts_tags_and_notes(followers: FollowersView) -> None:
    followers.table.selectRow(2)
    QApplication.processEvents()  # new chips are shown by a queued call
    assert followers.person_name.text() == "李雷"
    assert followers.person_handle.text() == "@lilei · Weibo"
    assert followers.person_bio.text() == "<i>bio</i> of 李雷"  # plain text, not HTML
    chips = [w.text() for w in followers.panel.findChildren(QLabel)
             if w.objectName().startswith("tag-chip-") and w.isVisibleTo(followers.panel)]
    assert chips == ["KOL", "customer"]
    assert followers.notes.toPlainText() == "Orders 20 mooncakes every autumn"
    assert not followers.notes.isReadOnly()  # notes are edited in place (autosaved)
    assert "面包店 since" in followers.fact_follows.text()
    followers.table.selectRow(3)
    assert "Panadería: followed " in followers.fact_follows.text()
    assert ", left " in followers.fact_follows.text()
    assert followers.notes.toPlainText() == ""


def test_chip_text_is_readable_on_its_colour() -> None:
    from PySide6.QtGui import QColor

    assert chip_text_color(QColor("#fde047")).name() == "#000000"  # on yellow: black
    assert chip_text_color(QColor("#1e3a8a")).name() == "#ffffff"  # on dark blue: white
