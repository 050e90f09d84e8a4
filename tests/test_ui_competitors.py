"""Analytics → Competitors, driven like a user: the tab mounted in Analytics, a rival's figures
drawn (indexed curves, rhythm, best posts), adding through a connected Mastodon account over
real HTTP to the fake server (found, not found), Weibo explained, removing."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from mbdesk.store.models import Account, AccountSnapshot, Rival, RivalPost, RivalSnapshot, utcnow
from mbdesk.ui.views.analytics import AnalyticsView


@pytest.fixture
def view(qtbot, ctx):
    widget = AnalyticsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


def open_tab(qtbot, view: AnalyticsView):
    panel = view.competitors
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        view.tabs.setCurrentWidget(panel)
    return panel


def test_figures_of_a_rival(qtbot, view, db):
    own = Account.create(platform="mastodon", handle="shop@example.social")
    rival = Rival.create(account=own, platform="mastodon", handle="oven", remote_id="9",
                         display_name="Oven Works")
    today = utcnow().date()
    for d in range(10):
        day = today - timedelta(days=9 - d)
        RivalSnapshot.create(rival=rival, day=day, followers=1000 + 10 * d)
        AccountSnapshot.create(account=own, day=day, followers=200 + 4 * d)
    now = utcnow()
    for i in range(6):
        RivalPost.create(rival=rival, remote_id=str(i), text=f"post {i}", favourites=i * 10,
                         url=f"https://example.social/@oven/{i}",
                         published_at=now - timedelta(days=i, hours=1))
    panel = open_tab(qtbot, view)
    assert panel.rival_list.count() == 1
    assert "Oven Works" in panel.rival_list.item(0).text()
    assert "1,090 followers" in panel.rival_list.item(0).text()
    x, y = panel.rival_curve.getData()
    assert len(x) == 10 and y[0] == pytest.approx(100.0) and y[-1] == pytest.approx(109.0)
    _x, own_y = panel.own_curve.getData()
    assert own_y[-1] == pytest.approx(236 / 200 * 100)
    assert panel.weekday_bars.opts["height"].sum() == 6
    assert np.asarray(panel.hour_bars.opts["height"]).shape == (24,)
    assert panel.best_table.rowCount() == 6
    assert panel.best_table.item(0, 1).text() == "post 5"
    assert "posts a week" in panel.rhythm_label.text()


def test_add_through_mastodon_and_not_found(qtbot, view, server, account):
    rival = server.add_account("ovenworks", local=True, display_name="Oven Works")
    server.accounts[rival]["followers_count"] = 77
    server.add_status("Rye today", rival)
    panel = open_tab(qtbot, view)
    assert panel.add_button.isEnabled()
    panel.handle_edit.setText("ghost")
    with qtbot.waitSignal(panel.added, timeout=10_000) as blocker:
        panel.add_button.click()
    assert blocker.args[0].code == "not_found"
    assert "No account ghost was found" in panel.message.text()
    panel.handle_edit.setText("@ovenworks")
    with qtbot.waitSignal(panel.added, timeout=10_000), qtbot.waitSignal(panel.loaded,
                                                                         timeout=10_000):
        panel.add_button.click()
    assert "Added ovenworks" in panel.message.text()
    assert panel.rival_list.count() == 1
    assert panel.best_table.item(0, 1).text() == "Rye today"


def test_weibo_explained_and_remove(qtbot, view, db, monkeypatch):
    weibo = Account.create(platform="weibo", handle="小店")
    Rival.create(account=weibo, platform="weibo", handle="old", remote_id="1",
                 state="not_allowed", last_error="Weibo's API …")
    panel = open_tab(qtbot, view)
    assert not panel.add_button.isEnabled()
    assert "commercial partners" in panel.message.text()
    assert "does not allow" in panel.rival_list.item(0).text()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.remove_selected()
    assert panel.rival_list.count() == 0 and Rival.select().count() == 0
    assert panel.empty_label.isVisibleTo(panel)


def test_follows_the_analytics_range_and_account_filter(qtbot, view, db):
    """The range buttons and the account filter above the tabs apply to Competitors too; a
    right-to-left rival name is isolated so it cannot reorder its line."""
    from mbdesk.ui.safe_text import FSI, PDI

    shop = Account.create(platform="mastodon", handle="shop@example.social")
    cafe = Account.create(platform="bluesky", handle="cafe.bsky.social")
    oven = Rival.create(account=shop, platform="mastodon", handle="oven", remote_id="9",
                        display_name="Oven Works")
    Rival.create(account=cafe, platform="bluesky", handle="qahwa.bsky.social",
                 remote_id="did:plc:q", display_name="مقهى")
    now = utcnow()
    for age, text in ((5, "new post"), (60, "older post")):
        RivalPost.create(rival=oven, remote_id=text, text=text, favourites=3,
                         published_at=now - timedelta(days=age))
    view.set_range("90d")
    panel = open_tab(qtbot, view)
    assert panel.rival_list.count() == 2
    texts = [panel.rival_list.item(r).text() for r in range(2)]
    assert any(t.startswith(FSI + "مقهى" + PDI + "\n") for t in texts), texts
    panel.rival_list.setCurrentRow(next(r for r, t in enumerate(texts) if "Oven" in t))
    qtbot.waitUntil(lambda: panel.best_table.rowCount() == 2)
    assert panel.best_table.rowCount() == 2
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        view.set_range("30d")
    assert [panel.best_table.item(r, 1).text() for r in range(panel.best_table.rowCount())] == [
        "new post"]
    assert "in this range" in panel.findChild(QLabel, "competitors-best-label").text()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        view.set_account(cafe.id)
    assert panel.rival_list.count() == 1 and "مقهى" in panel.rival_list.item(0).text()
    assert panel.account_combo.currentData() == cafe.id  # an add goes through that account
    empty = Account.create(platform="mastodon", handle="help@example.social")
    view.refresh()  # the filter learns the new account
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        view.set_account(empty.id)
    assert panel.rival_list.count() == 0
    assert "No competitors are read through this account" in panel.header.text()
    assert not panel.empty_label.isVisibleTo(panel)
    assert panel.legend.items == []  # no name of a rival no longer shown
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        view.set_account(None)
    assert panel.rival_list.count() == 2
