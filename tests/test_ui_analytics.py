"""The analytics screen: one curve per account, range buttons, summary tiles."""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

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


@pytest.fixture(autouse=True)
def forget_choices():
    """The account filter and scale are remembered while the app runs: not across tests."""
    from mbdesk.ui.views import analytics

    analytics._REMEMBERED.update(account=None, scale=None)
    yield
    analytics._REMEMBERED.update(account=None, scale=None)


def settle(qtbot, view) -> None:
    """Wait until the figures read on the worker thread are drawn."""
    qtbot.waitUntil(lambda: not view.loading, timeout=10000)


@pytest.fixture
def view(qtbot, ctx, accounts):
    from mbdesk.ui.views.analytics import AnalyticsView

    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.refresh()
    settle(qtbot, view)
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
    settle(qtbot, view)
    assert curve_lengths(view) == {shop.id: 31, weibo.id: 31}
    qtbot.mouseClick(view.range_buttons["all"], Qt.MouseButton.LeftButton)
    settle(qtbot, view)
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


def test_a_new_account_appears_after_refresh(qtbot, view, accounts) -> None:
    new = Account.create(platform="bluesky", handle="new.bsky.social", color="#0ea5e9")
    view.refresh()
    settle(qtbot, view)
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
    settle(qtbot, view)
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


# --- new / lost bars, crosshair, other tabs, export -----------------------------------------

@pytest.fixture
def activity(accounts):
    """Follower edges (new and lost) and posts with metrics."""
    from mbdesk.store.models import FollowerEdge, Person, Post, PostMetricSnapshot

    shop, _weibo = accounts
    now = utcnow().replace(hour=10, minute=0, second=0, microsecond=0)
    for i in range(6):
        person = Person.create(platform="mastodon", remote_id=f"f{i}", handle=f"fan{i}",
                               display_name=f"Fan {i}")
        FollowerEdge.create(account=shop, person=person, first_seen=now - timedelta(days=2),
                            lost_at=now - timedelta(days=1) if i < 2 else None)
    posts = [("product", 0, 9, (2, 3, 10)), ("product", 7, 9, (4, 5, 20)),
             ("promotion", 1, 18, (0, 1, 2)), ("", 3, 12, (1, 0, 0))]
    for i, (category, days_ago, hour, (replies, reposts, favs)) in enumerate(posts):
        post = Post.create(account=shop, remote_id=f"p{i}", category=category, text=f"post {i}",
                           published_at=(now - timedelta(days=days_ago)).replace(hour=hour))
        PostMetricSnapshot.create(post=post, taken_at=now - timedelta(hours=5), replies=0,
                                  reposts=0, favourites=0)
        PostMetricSnapshot.create(post=post, taken_at=now, replies=replies, reposts=reposts,
                                  favourites=favs, clicks=7 if i == 0 else None)
    return now


def test_new_and_lost_bars_and_the_day_list(qtbot, view, activity) -> None:
    view.refresh()
    settle(qtbot, view)
    new_x, new_h = view.new_bars.opts["x"], view.new_bars.opts["height"]
    lost_h = view.lost_bars.opts["height"]
    assert list(new_h) == [6.0] and list(lost_h) == [-2.0]
    day = (activity - timedelta(days=1)).date()
    assert view.changes_title.text().endswith(": 0 new, 2 lost")  # the latest day with change
    lines = [view.changes_list.item(i).text() for i in range(view.changes_list.count())]
    assert lines == ["− Fan 0 (@fan0) left Panadería", "− Fan 1 (@fan1) left Panadería"]
    view.show_changes(day - timedelta(days=1))
    assert view.changes_list.count() == 6
    assert view.changes_title.text().endswith(": 6 new, 0 lost")
    from mbdesk.ui.views.analytics import day_x

    assert list(new_x) == [day_x(day - timedelta(days=1))]  # a bar at the day's noon


def test_crosshair_shows_date_values_and_new_lost(qtbot, view, activity) -> None:
    from mbdesk.ui.views.analytics import day_x

    view.refresh()
    settle(qtbot, view)
    day = (activity - timedelta(days=2)).date()
    view.show_crosshair_at(day_x(day) + 3600)  # anywhere in the day snaps to it
    lines = view.crosshair_label.textItem.toPlainText().splitlines()
    from mbdesk.ui.views.analytics import format_day

    assert lines[0] == format_day(day)  # the locale's short date
    locale = QLocale()  # "1,397" once a test installed the English interface, "1397" in C
    assert lines[1] == f"Panadería: {locale.toString(1397)}"
    assert lines[2] == f"面包店: {locale.toString(4943)}"
    assert lines[3] == "new 6 · lost 0"
    assert view.vline.isVisible() and view.vline.value() == day_x(day)


def test_engagement_table_sorts_and_categories(qtbot, view, activity) -> None:
    from PySide6.QtCore import Qt as QtNs

    view.tabs.setCurrentIndex(1)
    settle(qtbot, view)
    proxy = view.engagement_proxy
    assert proxy.rowCount() == 4
    column = view.engagement_model.COLUMNS.index("total")
    view.engagement_table.sortByColumn(column, QtNs.SortOrder.DescendingOrder)
    totals = [proxy.index(r, column).data() for r in range(4)]
    assert totals == ["29", "15", "3", "1"]  # latest metrics per post, not the first snapshot
    clicks = view.engagement_model.COLUMNS.index("clicks")
    assert {proxy.index(r, clicks).data() for r in range(4)} == {"not reported by this platform"}
    heights = list(view.category_bars.opts["width"])
    assert heights == [22.0, 3.0, 1.0]  # product (mean of 15 and 29), promotion, none


def test_heat_map_and_best_hours(qtbot, view, activity) -> None:
    view.tabs.setCurrentIndex(2)
    settle(qtbot, view)
    image = view.heat_image.image
    assert image.shape == (24, 7)
    # the two product posts went out at 09:00 a week apart (same weekday): one reliable cell
    assert image.max() == 22.0
    assert view.best_label.text().startswith("Best times: ")
    assert "09:00" in view.best_label.text()


def test_summary_tab_response_and_reach(qtbot, view, accounts, activity) -> None:
    from mbdesk.store.models import Mention

    shop = accounts[0]
    now = utcnow()
    Mention.create(account=shop, remote_id="r1", created_at=now - timedelta(hours=3),
                   first_reply_at=now - timedelta(hours=2))
    Mention.create(account=shop, remote_id="r2", created_at=now - timedelta(days=10),
                   first_reply_at=now - timedelta(days=10) + timedelta(minutes=20), negative=True)
    view.tabs.setCurrentIndex(3)
    settle(qtbot, view)
    values = {k: w.text() for k, w in view.summary_values.items()}
    assert values["reply_7d"] == "1 h 00 min"
    assert values["reply_30d"] == "40 min"
    assert values["new"] == "+6" and values["lost"] == "−2"
    assert values["mentions"] == "3"
    assert values["positive"] == "67 %"
    assert values["clicks"] == "not reported by this platform"  # a Mastodon account


def read_csv(path) -> list[list[str]]:
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_exports_hold_the_chart_data(qtbot, tmp_path, view, activity) -> None:
    view.refresh()
    settle(qtbot, view)
    path = tmp_path / "growth.csv"
    view.export_csv("growth", path)
    rows = read_csv(path)
    assert rows[0] == ["date", "Panadería", "面包店", "new", "lost"]
    assert len(rows) == 1 + 91
    by_date = {r[0]: r for r in rows[1:]}
    today = utcnow().date()
    assert by_date[today.isoformat()][1:3] == ["1399", "4941"]
    assert by_date[(today - timedelta(days=2)).isoformat()][3:] == ["6", "0"]
    assert by_date[(today - timedelta(days=1)).isoformat()][3:] == ["0", "2"]
    assert by_date[(today - timedelta(days=80)).isoformat()][2] == ""  # 面包店 had no data yet

    view.export_csv("engagement", tmp_path / "e.csv")
    rows = read_csv(tmp_path / "e.csv")
    assert rows[0][:8] == ["published_utc", "account", "category", "replies", "reposts",
                           "favourites", "clicks", "total"]
    assert sorted(int(r[7]) for r in rows[1:5]) == [1, 3, 15, 29]
    cat_start = rows.index(["category", "posts", "engagement", "mean"])
    assert rows[cat_start + 1] == ["product", "2", "44", "22.0"]

    view.export_csv("best_time", tmp_path / "b.csv")
    rows = read_csv(tmp_path / "b.csv")
    assert rows[0] == ["weekday", "hour", "posts", "mean_engagement"] and len(rows) == 1 + 168
    assert sum(int(r[2]) for r in rows[1:]) == 4

    view.export_csv("summary", tmp_path / "s.csv")
    rows = dict(read_csv(tmp_path / "s.csv"))
    assert rows["New followers in range"] == "+6"


def test_png_export_through_the_button(qtbot, tmp_path, view, activity) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QPushButton

    target = tmp_path / "chart.png"
    view.ask_save_path = lambda *_: str(target)
    for tab in ("growth", "best_time"):
        view.tabs.setCurrentWidget(view.tab_pages[tab])  # a tab's buttons are built with it
        button = view.findChild(QPushButton, f"png-{tab}")
        assert button is not None, tab
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 300, tab
        target.unlink()


def test_plot_items_are_made_once_and_reused(qtbot, view, activity) -> None:
    """Refreshes update items in place (no scene churn)."""
    for i in range(4):
        view.tabs.setCurrentIndex(i)
        settle(qtbot, view)
    scenes = (view.plot, view.bars_plot, view.engagement_plot, view.category_plot, view.heat_plot)
    counts = [len(p.scene().items()) for p in scenes]
    items = (view.new_bars, view.lost_bars, view.heat_image, view.category_bars,
             view.crosshair_label, *view.engagement_curves.values(), *view.curves.values())
    for key in ("30d", "all", "1y", "90d"):
        for i in range(4):
            view.tabs.setCurrentIndex(i)
            view.set_range(key)
            settle(qtbot, view)
    view.show_crosshair_at(view.new_bars.opts["x"][0])
    assert [len(p.scene().items()) for p in scenes] == counts
    for item in items:
        assert item.scene() is not None


def test_the_qt_binding_keeps_references_to_true_and_none() -> None:
    """PySide6 6.12.0 dropped a reference to True on every Python emit and to None on every
    void call, which aborts the interpreter (pyproject pins below it); fail if one comes back."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal()

    emitter = Emitter()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
        emitter.setObjectName("x")
    for obj, before in ((True, true_before), (None, none_before)):
        assert sys.getrefcount(obj) >= before - 20


def test_long_spans_show_weekly_bars(qtbot, view, accounts) -> None:
    from mbdesk.store.models import FollowerEdge, Person
    from mbdesk.ui.views.analytics import day_x

    shop, _ = accounts
    now = utcnow()
    for i, days_ago in enumerate((300, 299, 10, 3, 2)):
        person = Person.create(platform="mastodon", remote_id=f"w{i}", handle=f"w{i}")
        FollowerEdge.create(account=shop, person=person, first_seen=now - timedelta(days=days_ago))
    view.set_range("90d")
    settle(qtbot, view)
    assert not view.bars_weekly and sorted(view.new_bars.opts["height"]) == [1.0, 1.0, 1.0]
    view.set_range("all")
    settle(qtbot, view)
    assert view.bars_weekly
    heights = list(view.new_bars.opts["height"])
    assert sum(heights) == 5.0 and len(heights) <= 4
    day = (now - timedelta(days=300)).date()
    monday = day - timedelta(days=day.weekday())
    assert day_x(monday) + 3 * 86400 in list(view.new_bars.opts["x"])


@pytest.mark.parametrize(("language", "january", "monday"), [
    ("zh_CN", "1月", "周一"), ("es", "ene", "lun"), ("en", "Jan", "Mon")])
def test_date_axis_names_months_and_days_in_the_interface_language(
        qapp, language: str, january: str, monday: str) -> None:
    from datetime import UTC, datetime

    from pyqtgraph.graphicsItems import DateAxisItem as pg_dates
    from PySide6.QtCore import QLocale

    from mbdesk.ui.date_axis import LocalDateAxis

    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        axis = LocalDateAxis(orientation="bottom")
        jan = datetime(2026, 1, 15, tzinfo=UTC).timestamp()
        axis.zoomLevel = pg_dates.YEAR_MONTH_ZOOM_LEVEL  # years and months: "%Y", "%b"
        assert axis.tickStrings([jan], 1, pg_dates.MONTH_SPACING) == [january]
        mon = datetime(2026, 1, 5, 12, tzinfo=UTC).timestamp()  # a Monday
        axis.zoomLevel = pg_dates.DAY_HOUR_ZOOM_LEVEL  # days and hours: "%a %d", "%H:%M"
        assert axis.tickStrings([mon], 1, pg_dates.DAY_SPACING) == [f"{monday} 05"]
        assert axis.tickStrings([mon], 1, pg_dates.HOUR_SPACING) == ["12:00"]
    finally:
        QLocale.setDefault(previous)


def test_day_numbers_next_to_a_month_name_are_left_out(qapp) -> None:
    """Days every 5 days under month names: "29" two days before "Oct" read "29Oct"."""
    from datetime import UTC, datetime

    from pyqtgraph.graphicsItems import DateAxisItem as pg_dates

    from mbdesk.ui.date_axis import LocalDateAxis

    axis = LocalDateAxis(orientation="bottom")
    axis.zoomLevel = pg_dates.MONTH_DAY_ZOOM_LEVEL  # months and days: "%b", "%d"
    days = [datetime(2026, 9, d, tzinfo=UTC).timestamp() for d in (19, 24, 29)]
    days += [datetime(2026, 10, d, tzinfo=UTC).timestamp() for d in (4, 9)]
    assert axis.tickStrings(days, 1, pg_dates.DAY_SPACING) == ["19", "24", "", "04", "09"]


# --- issue 15: account filter, growth index, one day, locale numbers; issue 16: action ---------


def test_account_filter_applies_to_every_tab_and_is_remembered(qtbot, ctx, view, accounts,
                                                               activity) -> None:
    from mbdesk.store.models import Post, PostMetricSnapshot
    from mbdesk.ui.views.analytics import AnalyticsView

    shop, weibo = accounts
    post = Post.create(account=weibo, remote_id="w1", text="微博", published_at=utcnow())
    PostMetricSnapshot.create(post=post, replies=1, reposts=1, favourites=1)
    combo = view.account_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All accounts", "Panadería", "面包店"]
    assert not combo.itemIcon(1).isNull()  # each account in its colour
    combo.setCurrentIndex(combo.findData(weibo.id))
    settle(qtbot, view)
    assert set(view.curves) == {weibo.id} and set(view.tiles) == {weibo.id}
    assert list(view.new_bars.opts["height"]) == []  # the shop's new followers are not its
    view.tabs.setCurrentIndex(1)
    settle(qtbot, view)
    assert view.engagement_proxy.rowCount() == 1
    view.tabs.setCurrentIndex(3)
    settle(qtbot, view)
    from PySide6.QtCore import QLocale

    assert view.summary_values["followers"].text() == QLocale().toString(4941)
    assert view.summary_values["new"].text() == "+0"

    again = AnalyticsView(ctx)  # the choice holds while the app runs
    qtbot.addWidget(again)
    again.refresh()
    settle(qtbot, again)
    assert again.account_combo.currentData() == weibo.id and set(again.curves) == {weibo.id}
    again.account_combo.setCurrentIndex(0)
    settle(qtbot, again)
    assert set(again.curves) == {shop.id, weibo.id}


@pytest.fixture
def unequal(db):
    """Accounts of 500 and 50,000 followers, both growing 10 % in 90 days."""
    today = utcnow().date()
    small = Account.create(platform="bluesky", handle="small", display_name="Small",
                           color="#0ea5e9")
    big = Account.create(platform="mastodon", handle="big", display_name="Big", color="#e11d48")
    for i in range(91):
        day = today - timedelta(days=90 - i)
        AccountSnapshot.create(account=small, day=day, followers=500 + round(50 * i / 90))
        AccountSnapshot.create(account=big, day=day, followers=50_000 + round(5_000 * i / 90))
    return small, big


def test_growth_index_when_accounts_differ_a_hundredfold(qtbot, ctx, unequal) -> None:
    from mbdesk.ui.views.analytics import AnalyticsView, day_x

    small, big = unequal
    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.refresh()
    settle(qtbot, view)
    assert view.scale == "indexed" and view.scale_buttons["indexed"].isChecked()
    for account in (small, big):
        _, y = view.curves[account.id].getData()
        assert y[0] == 100.0 and y[-1] == pytest.approx(110.0)
    _, (y_lo, y_hi) = view.plot.getPlotItem().vb.viewRange()
    assert 95 < y_lo < 100 and 110 < y_hi < 115  # both lines use the whole height
    view.show_crosshair_at(day_x(utcnow().date()))
    lines = view.crosshair_label.textItem.toPlainText().splitlines()
    from PySide6.QtCore import QLocale

    big_now = QLocale().toString(55_000)  # grouped as the interface language groups it
    assert "Small: 110.0 (550)" in lines and f"Big: 110.0 ({big_now})" in lines

    view.scale_buttons["followers"].click()
    _, y = view.curves[small.id].getData()
    assert view.scale == "followers" and y[-1] == 550
    assert "growth index" in view.scale_note.text()  # says why the index reads better
    again = AnalyticsView(ctx)
    qtbot.addWidget(again)
    again.refresh()
    settle(qtbot, again)
    assert again.scale == "followers"  # the owner's choice, not the default, while it runs


def test_one_day_of_data_draws_a_point(qtbot, ctx) -> None:
    from PySide6.QtGui import QColor

    from mbdesk.ui.views.analytics import AnalyticsView

    shop = Account.create(platform="mastodon", handle="shop", color="#e11d48")
    AccountSnapshot.create(account=shop, day=utcnow().date(), followers=120)
    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.refresh()
    settle(qtbot, view)
    curve = view.curves[shop.id]
    assert len(curve.getData()[0]) == 1 and curve.opts["symbol"] == "o"
    image = view.plot.grab().toImage()
    want = QColor("#e11d48")
    hits = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y) == want)
    assert hits >= 4  # a visible dot in the account's colour, not an empty chart
    AccountSnapshot.create(account=shop, day=utcnow().date() - timedelta(days=1), followers=110)
    view.refresh()
    settle(qtbot, view)
    assert view.curves[shop.id].opts["symbol"] is None  # two days: a line again


@pytest.mark.parametrize(("language", "grouped"), [
    ("en", "55,000"), ("zh_CN", "55,000"), ("es", "55.000")])
def test_numbers_follow_the_interface_language(qtbot, ctx, unequal, language: str,
                                               grouped: str) -> None:
    from PySide6.QtCore import QLocale

    from mbdesk.ui.date_axis import LocaleNumberAxis
    from mbdesk.ui.views.analytics import AnalyticsView

    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        view = AnalyticsView(ctx)
        qtbot.addWidget(view)
        view.show()
        view.refresh()
        settle(qtbot, view)
        assert view.tiles[unequal[1].id].followers.text() == grouped
        axis = LocaleNumberAxis(orientation="left")
        assert axis.tickStrings([55_000.0], 1, 5_000) == [grouped]
        assert axis.tickStrings([102.5], 1, 0.5)[0] == ("102,5" if language == "es" else "102.5")
        view.tabs.setCurrentIndex(3)
        settle(qtbot, view)
        assert view.summary_values["followers"].text() == QLocale().toString(55_550)
    finally:
        QLocale.setDefault(previous)


def test_action_column_uses_x_clicks_and_says_where_there_are_none(qtbot, ctx) -> None:
    import json

    from mbdesk.store.models import Post, PostMetricSnapshot
    from mbdesk.ui.views.analytics import AnalyticsView

    x = Account.create(platform="x", handle="shop_x", display_name="Shop X", color="#111827")
    low = Account.create(platform="x", handle="shop_low", display_name="Shop low",
                         color="#6b7280",
                         steps_json=json.dumps({"metrics": {"state": "absent", "error": "n"}}))
    masto = Account.create(platform="mastodon", handle="shop", display_name="Shop M",
                           color="#e11d48")
    now = utcnow()
    for account, clicks in ((x, 21), (low, None), (masto, None)):
        post = Post.create(account=account, remote_id=f"p{account.id}", text="hi",
                           published_at=now - timedelta(hours=account.id))
        PostMetricSnapshot.create(post=post, replies=1, reposts=0, favourites=2, clicks=clicks)
    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    settle(qtbot, view)
    view.tabs.setCurrentIndex(1)
    settle(qtbot, view)
    model = view.engagement_model
    column = model.COLUMNS.index("clicks")
    cells = {model.rows[r].account_name: (model.index(r, column).data(),
                                          model.index(r, column).data(Qt.ItemDataRole.ToolTipRole))
             for r in range(model.rowCount())}
    assert cells["Shop X"][0] == "21"
    assert cells["Shop low"][0] == "not available with this app's access level"
    assert cells["Shop M"][0] == "not reported by this platform"
    assert "UTM-tagged" in cells["Shop M"][1] and "web analytics" in cells["Shop M"][1]
    assert "UTM-tagged" in view.clicks_note.text()
    view.tabs.setCurrentIndex(3)
    settle(qtbot, view)
    assert view.summary_values["clicks"].text() == "21"
    assert "30 days" in view.summary_clicks_note.text()
    view.account_combo.setCurrentIndex(view.account_combo.findData(masto.id))
    settle(qtbot, view)
    assert view.summary_values["clicks"].text() == "not reported by this platform"
    assert "UTM-tagged" in view.summary_clicks_note.text()


def test_figures_are_read_off_the_gui_thread_and_late_answers_are_dropped(
        qtbot, view, accounts, monkeypatch) -> None:
    import threading

    from mbdesk.ui.views import analytics

    shop, _ = accounts
    threads: list[bool] = []
    real_fetch = analytics.fetch_tab

    late = threading.Event()
    month_start = analytics.queries.range_start("30d")

    def fetch(tab, since, *rest):
        threads.append(threading.current_thread() is threading.main_thread())
        if since == month_start:
            late.wait(10)  # the 30-day answer comes after the "all" one
        return real_fetch(tab, since, *rest)

    monkeypatch.setattr(analytics, "fetch_tab", fetch)
    answers: list[str] = []
    real_apply = view._apply

    def apply(tab, generation, data):
        answers.append(tab)
        real_apply(tab, generation, data)
        late.set()

    monkeypatch.setattr(view, "_apply", apply)
    view.set_range("30d")
    view.set_range("all")  # the 30-day answer arrives late: it must not win
    assert view.loading == {"growth"} and view.status_label.text() == "Loading…"
    settle(qtbot, view)
    qtbot.waitUntil(lambda: len(answers) == 2)  # both answers arrived, in either order
    assert threads == [False, False]
    assert curve_lengths(view)[shop.id] == 400 and view.status_label.text() == ""


def test_the_screen_is_imported_ahead_on_a_thread(ctx) -> None:
    """After start-up the main window imports Analytics (pyqtgraph) on a thread, so the first
    click does not wait 0.4–0.6 s for the import."""
    import subprocess
    from pathlib import Path

    code = ("import sys; from mbdesk.ui import plot_prewarm; t = plot_prewarm.start(); "
            "t.join(); print('pyqtgraph' in sys.modules, 'mbdesk.ui.views.analytics' in "
            "sys.modules, plot_prewarm.start() is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.split() == ["True", "True", "True"]


def test_figures_that_cannot_be_read_say_so_and_are_read_again(qtbot, view, monkeypatch) -> None:
    from mbdesk.errors import MbdeskError
    from mbdesk.ui.views import analytics

    real_fetch = analytics.fetch_tab

    def broken(*_args):
        raise MbdeskError("The disk is full.")

    monkeypatch.setattr(analytics, "fetch_tab", broken)
    view.set_range("1y")
    qtbot.waitUntil(lambda: not view.loading)
    assert view.status_label.text().startswith("The figures could not be read: The disk is full.")
    assert "growth" in view._stale
    monkeypatch.setattr(analytics, "fetch_tab", real_fetch)
    view.tabs.setCurrentIndex(1)
    settle(qtbot, view)
    view.tabs.setCurrentIndex(0)  # choosing the tab again reads it again
    settle(qtbot, view)
    assert view.status_label.text() == "" and "growth" not in view._stale


def test_account_names_in_the_legend_are_plain_text(qtbot, ctx) -> None:
    from mbdesk.ui.views.analytics import AnalyticsView

    shop = Account.create(platform="mastodon", handle="shop", color="#e11d48",
                          display_name='<img src="x"> Pan & Co')
    AccountSnapshot.create(account=shop, day=utcnow().date(), followers=10)
    view = AnalyticsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    settle(qtbot, view)
    [(_, label)] = view.legend.items
    assert label.item.toPlainText() == '<img src="x"> Pan & Co'  # shown, not interpreted
