"""Analytics built ahead in idle time: the click shows its charts drawn, figures read again
draw nothing unless they changed (issue 15: Analytics opens in ≤ 150 ms on the big shop)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mbdesk.store.models import Account, AccountSnapshot, utcnow


@pytest.fixture(autouse=True)
def forget_choices():
    from mbdesk.ui.views import analytics

    analytics._REMEMBERED.update(account=None, scale=None)
    yield
    analytics._REMEMBERED.update(account=None, scale=None)


@pytest.fixture
def shop(db):
    today = utcnow().date()
    shop = Account.create(platform="mastodon", handle="shop", display_name="Panadería",
                          color="#e11d48")
    for i in range(120):
        AccountSnapshot.create(account=shop, day=today - timedelta(days=119 - i),
                               followers=1000 + i)
    return shop


@pytest.fixture
def window(qtbot, ctx, shop):
    from mbdesk.ui.main_window import MainWindow
    from mbdesk.ui.views import VIEW_KEYS

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: "inbox" in win._views)  # the first screen, built after the paint
    win.row = VIEW_KEYS.index  # type: ignore[attr-defined]
    return win


def days_in(range_key: str) -> int:
    from mbdesk.store.queries.analytics import range_start

    return (utcnow().date() - range_start(range_key)).days + 1


def built_ahead(qtbot, window):
    """Run the main window's idle-time build and wait until it rendered the hidden screen."""
    from mbdesk.ui.views import analytics

    window._prebuild_analytics()
    qtbot.waitUntil(lambda: "analytics" in window._views, timeout=10000)
    view = window._views["analytics"]
    qtbot.waitUntil(lambda: "growth" in view.drawn and not view.loading, timeout=10000)
    # rendered once at the size the stack will give it (then the show only paints)
    qtbot.waitUntil(lambda: view.size() == window.stack.contentsRect().size())
    assert not analytics._SPARE_PLOTS  # the two charts made ahead went into this screen
    return view


def test_the_window_builds_analytics_ahead_and_the_click_shows_its_charts(
        qtbot, window, shop) -> None:
    view = built_ahead(qtbot, window)
    assert not view.isVisible()  # built hidden: the owner still sees the inbox
    assert window.stack.currentWidget() is window._views["inbox"]
    x, y = view.curves[shop.id].getData()
    assert len(x) == days_in("90d") and y[-1] == 1119  # the default range, before any click

    window.nav.setCurrentRow(window.row("analytics"))  # the click
    assert window.stack.currentWidget() is view  # no "Loading…" page in between
    assert view.status_label.text() == ""  # the charts are there: nothing says loading
    assert view.loading == {"growth"}  # the figures are read again, after the paint
    drawn = view.curves[shop.id].getData()[0]
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert view.curves[shop.id].getData()[0] is drawn  # the same figures: nothing redrawn


def test_figures_changed_since_the_build_are_drawn_when_opened(qtbot, window, shop) -> None:
    view = built_ahead(qtbot, window)
    AccountSnapshot.update(followers=2500).where(
        AccountSnapshot.account == shop, AccountSnapshot.day == utcnow().date()).execute()
    window.nav.setCurrentRow(window.row("analytics"))
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert view.curves[shop.id].getData()[1][-1] == 2500
    from PySide6.QtCore import QLocale

    assert view.tiles[shop.id].followers.text() == QLocale().toString(2500)


def test_nothing_is_built_ahead_when_analytics_is_opening_already(qtbot, window) -> None:
    window.nav.setCurrentRow(window.row("analytics"))  # the click came first: it builds it
    assert window._analytics_ahead() is None
    qtbot.waitUntil(lambda: type(window.stack.currentWidget()).__name__ == "AnalyticsView")
    assert window._analytics_ahead() is None  # built once


def test_a_range_change_says_loading_again(qtbot, window) -> None:
    view = built_ahead(qtbot, window)
    window.nav.setCurrentRow(window.row("analytics"))
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    view.set_range("30d")  # other figures than the ones on screen
    assert view.status_label.text() == "Loading…" and "growth" not in view.drawn
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert len(view.curves[next(iter(view.curves))].getData()[0]) == days_in("30d")


def test_a_sync_while_hidden_draws_the_new_figures_before_the_click(qtbot, window, shop,
                                                                     monkeypatch) -> None:
    view = built_ahead(qtbot, window)
    renders: list[bool] = []
    real_render = view.render_ahead
    monkeypatch.setattr(view, "render_ahead", lambda: (renders.append(True), real_render()))
    AccountSnapshot.update(followers=3000).where(
        AccountSnapshot.account == shop, AccountSnapshot.day == utcnow().date()).execute()
    window._on_data_changed()  # what the sync service's data_changed calls
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert not view.isVisible() and view.curves[shop.id].getData()[1][-1] == 3000
    qtbot.waitUntil(lambda: renders == [True])  # made ready to show again
    drawn = view.curves[shop.id].getData()[0]
    window.nav.setCurrentRow(window.row("analytics"))
    assert view.status_label.text() == ""
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert view.curves[shop.id].getData()[0] is drawn  # current already: nothing redrawn


def test_the_build_ahead_waits_while_the_user_types(qtbot, window) -> None:
    """Each idle-time step waits until the user paused (a step never lands in a scroll)."""
    from PySide6.QtCore import QElapsedTimer, Qt
    from PySide6.QtTest import QTest

    from mbdesk.ui import plot_prewarm
    from mbdesk.ui.views import analytics

    asked: list[int] = []
    since_key = QElapsedTimer()
    plot_prewarm.warm(lambda: asked.append(since_key.elapsed()))  # returns None: build nothing
    since_key.start()  # just before the key: it counts at least as long as the warm-up waits
    QTest.keyClick(window.nav, Qt.Key.Key_Down)  # the owner moves through the navigation
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked[0] >= plot_prewarm.QUIET_MS
    assert len(analytics._SPARE_PLOTS) == analytics.SPARE_PLOTS  # made, waiting for a screen
    for plot in analytics._SPARE_PLOTS:
        plot.deleteLater()
    analytics._SPARE_PLOTS.clear()


def test_a_range_chosen_before_the_first_refresh_is_the_one_drawn(qtbot, ctx, shop) -> None:
    from mbdesk.ui.views.analytics import AnalyticsView

    view = AnalyticsView(ctx)  # begins reading the default range at once
    qtbot.addWidget(view)
    view.set_range("30d")
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)
    assert len(view.curves[shop.id].getData()[0]) == days_in("30d")
