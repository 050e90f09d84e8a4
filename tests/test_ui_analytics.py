"""The analytics screen: one curve per account, range buttons, summary tiles."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from mbdesk.store.models import Account, AccountSnapshot, Mention, utcnow


@pytest.fixture
def accounts(db):
    today = utcnow().date()
    shop = Account.create(platform="mastodon", handle="shop", display_name="Panadería",
                          color="#e11d48")
    weibo = Account.create(platform="weibo", handle="bakery", display_name="面包店",
                           color="#f59e0b")
    for i in range(400):
        AccountSnapshot.create(account=shop, day=today - timedelta(days=399 - i),
                               followers=1000 + i)
    for i in range(60):
        AccountSnapshot.create(account=weibo, day=today - timedelta(days=59 - i),
                               followers=5000 - i)
    Mention.create(account=weibo, remote_id="1", text_plain="你好")
    return shop, weibo


@pytest.fixture
def view(qtbot, ctx, accounts):
    from mbdesk.ui.views.analytics import AnalyticsView

    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.refresh()
    return view


def curve_lengths(view) -> dict[int, int]:
    return {aid: len(curve.getData()[0]) for aid, curve in view.curves.items()}


def test_one_curve_per_account_in_its_colour_with_legend(view, accounts) -> None:
    shop, weibo = accounts
    assert set(view.curves) == {shop.id, weibo.id}
    assert view.curves[shop.id].opts["pen"].color().name() == "#e11d48"
    assert view.curves[weibo.id].opts["pen"].color().name() == "#f59e0b"
    assert [label.text for _, label in view.legend.items] == ["Panadería", "面包店"]
    assert view.range_buttons["90d"].isChecked()
    assert curve_lengths(view) == {shop.id: 91, weibo.id: 60}
    x, y = view.curves[shop.id].getData()
    assert y[-1] == 1399
    assert x[1] - x[0] == 86400  # one point a day, epoch seconds for the date axis
    assert not view.empty_label.isVisibleTo(view)


def test_range_buttons_change_the_span_and_reuse_the_curves(qtbot, view, accounts) -> None:
    shop, weibo = accounts
    curves = dict(view.curves)
    qtbot.mouseClick(view.range_buttons["30d"], Qt.MouseButton.LeftButton)
    assert curve_lengths(view) == {shop.id: 31, weibo.id: 31}
    qtbot.mouseClick(view.range_buttons["all"], Qt.MouseButton.LeftButton)
    assert curve_lengths(view) == {shop.id: 400, weibo.id: 60}
    assert view.range_buttons["all"].isChecked() and not view.range_buttons["30d"].isChecked()
    assert view.curves == curves  # same items, new data: no scene churn on refresh
    assert view.tiles[shop.id].change.text() == "+399 in this range"


def test_tiles_show_followers_change_and_activity(view, accounts) -> None:
    shop, weibo = accounts
    assert set(view.tiles) == {shop.id, weibo.id}
    tile = view.tiles[weibo.id]
    assert tile.followers.text().replace(",", "") == "4941"
    assert tile.change.text() == "−59 in this range"
    assert "Mentions (30 days): 1" in tile.activity.text()
    assert "Median engagement per post: —" in tile.activity.text()


def test_a_new_account_appears_after_refresh(view, accounts) -> None:
    new = Account.create(platform="bluesky", handle="new.bsky.social", color="#0ea5e9")
    view.refresh()
    assert len(view.curves) == 3 and len(view.legend.items) == 3
    x, _ = view.curves[new.id].getData()
    assert x is None or len(x) == 0
    assert view.tiles[new.id].followers.text() == "—"


def test_empty_history_says_so(qtbot, ctx) -> None:
    from mbdesk.ui.views.analytics import AnalyticsView

    Account.create(platform="mastodon", handle="shop", color="#e11d48")
    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.empty_label.isVisibleTo(view)


def test_pyqtgraph_is_not_imported_before_the_screen(ctx) -> None:
    """Start-up must not pay for pyqtgraph: only the analytics module imports it."""
    import subprocess
    from pathlib import Path

    code = ("import mbdesk.ui.views.inbox, mbdesk.ui.views.followers, sys; "
            "print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "False"
