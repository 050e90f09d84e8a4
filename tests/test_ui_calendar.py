"""Posting calendar: posts land on the right local day, navigation, summary line, "+N more",
the holiday hook, and painting a month of 1,000 posts without a widget per post."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mbdesk.store import settings
from mbdesk.store.models import Account, OutboxItem
from mbdesk.ui.models.outbox import CHIPS_ROLE, SELECTED_ROLE, chips_that_fit, month_grid
from mbdesk.ui.views.calendar import CalendarView


@pytest.fixture
def account(db):
    return Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48")


def make_view(qtbot, ctx) -> CalendarView:
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.refresh()
    return view


def test_post_shows_on_its_local_day_with_time_and_state(qtbot, ctx, account):
    settings.put("timezone", "Asia/Shanghai")  # UTC+8, no DST
    OutboxItem.create(account=account, body="Fresh   bread\nat nine", state="queued",
                      scheduled_at=datetime(2026, 5, 10, 20, 30))  # 11 May 04:30 in Shanghai
    OutboxItem.create(account=account, body="On the server", state="queued",
                      server_scheduled_id="77", scheduled_at=datetime(2026, 5, 12, 1, 0))
    OutboxItem.create(account=account, kind="reply", body="a reply is not a post",
                      scheduled_at=datetime(2026, 5, 12, 2, 0))
    view = make_view(qtbot, ctx)
    view.show_month(2026, 5)
    assert view.model.chips_on(date(2026, 5, 10)) == []
    (chip,) = view.model.chips_on(date(2026, 5, 11))
    assert (chip.local_time.hour, chip.local_time.minute) == (4, 30)
    assert chip.head == "Fresh bread at nine"
    assert chip.account == "shop@example.social" and chip.color == "#e11d48"
    index = view.model.index_of(date(2026, 5, 11))
    assert "queued" in index.data(Qt.ItemDataRole.ToolTipRole)  # the tooltip names the state
    (server_chip,) = view.model.chips_on(date(2026, 5, 12))
    assert server_chip.on_server and server_chip.mark == "☁"
    tooltip = view.model.index_of(date(2026, 5, 12)).data(Qt.ItemDataRole.ToolTipRole)
    assert "scheduled on the server" in tooltip


def test_navigation_changes_the_month(qtbot, ctx, account):
    view = make_view(qtbot, ctx)
    view.show_month(2026, 12)
    assert "2026" in view.month_label.text()
    view.next_button.click()
    assert (view.model.year, view.model.month) == (2027, 1)
    view.prev_button.click()
    view.prev_button.click()
    assert (view.model.year, view.model.month) == (2026, 11)
    view.today_button.click()
    today = datetime.now(UTC).date()
    assert abs((date(view.model.year, view.model.month, 15) - today).days) <= 46


def test_summary_counts_the_next_seven_days_and_failures(qtbot, ctx, account):
    now = datetime.now(UTC).replace(tzinfo=None)
    for hours in (2, 30, 100):
        OutboxItem.create(account=account, body="x", scheduled_at=now + timedelta(hours=hours))
    OutboxItem.create(account=account, body="later", scheduled_at=now + timedelta(days=9))
    OutboxItem.create(account=account, body="bad", state="failed", last_error="422 too long",
                      scheduled_at=now - timedelta(hours=3))
    view = make_view(qtbot, ctx)
    assert view.summary_label.text() == "3 post(s) scheduled in the next 7 days, 1 failed"


def test_busy_day_shows_plus_more_and_paints_a_thousand_posts(qtbot, ctx, account):
    settings.put("timezone", "UTC")
    start = datetime(2026, 3, 1, 6, 0)
    rows = [{"account": account.id, "body": f"Post {i}", "state": "queued",
             "scheduled_at": start + timedelta(minutes=43 * i)} for i in range(1000)]
    OutboxItem.insert_many(rows).execute()
    view = make_view(qtbot, ctx)
    view.show_month(2026, 3)
    assert view.model.total_chips() == 1000
    index = view.model.index_of(date(2026, 3, 2))
    assert len(index.data(CHIPS_ROLE)) > 20
    # the whole month is painted by one view: no label or widget per post
    assert len(view.findChildren(QLabel)) < 10
    image = view.grid.viewport().grab().toImage()
    assert not image.isNull()
    # "+N more" arithmetic: 4 lines fit, 33 chips → 3 chips and "+30 more"
    assert chips_that_fit(33, 4 * 20, 20) == (3, 30)
    assert chips_that_fit(4, 4 * 20, 20) == (4, 0)
    assert chips_that_fit(0, 80, 20) == (0, 0)


def test_month_grid_covers_the_month_from_the_week_start():
    start, weeks = month_grid(2026, 2, first_weekday=0)  # February 2026 starts on a Sunday
    assert start == date(2026, 1, 26) and weeks == 5
    start, weeks = month_grid(2026, 2, first_weekday=6)  # weeks starting on Sunday
    assert start == date(2026, 2, 1) and weeks == 4
    start, weeks = month_grid(2026, 12, first_weekday=0)
    assert start.weekday() == 0 and start + timedelta(days=7 * weeks) > date(2026, 12, 31)


def test_holiday_hook_feeds_the_cells(qtbot, ctx, account):
    view = make_view(qtbot, ctx)
    asked = []

    def holidays(first: date, last: date):
        asked.append((first, last))
        return {date(2026, 10, 1): ["国庆节"]}

    view.show_month(2026, 10)
    view.set_holiday_provider(holidays)
    first, last = asked[-1]
    assert first <= date(2026, 10, 1) and last >= date(2026, 10, 31)
    assert "国庆节" in view.model.index_of(date(2026, 10, 1)).data(Qt.ItemDataRole.ToolTipRole)


def test_times_follow_daylight_saving_in_the_users_zone(qtbot, ctx, account):
    settings.put("timezone", "America/New_York")  # DST starts 8 March 2026, 07:00 UTC
    OutboxItem.create(account=account, body="before", scheduled_at=datetime(2026, 3, 7, 14, 0))
    OutboxItem.create(account=account, body="after", scheduled_at=datetime(2026, 3, 9, 13, 0))
    OutboxItem.create(account=account, body="late", scheduled_at=datetime(2026, 3, 10, 3, 30))
    view = make_view(qtbot, ctx)
    view.show_month(2026, 3)
    (before,) = view.model.chips_on(date(2026, 3, 7))
    after, late = view.model.chips_on(date(2026, 3, 9))
    assert (before.head, after.head, late.head) == ("before", "after", "late")
    assert before.local_time.hour == 9 and after.local_time.hour == 9  # the offset moved
    assert (late.local_time.hour, late.local_time.minute) == (23, 30)  # the evening before
    assert view.model.chips_on(date(2026, 3, 10)) == []


def test_clicking_a_day_lists_all_its_posts(qtbot, ctx, account):
    settings.put("timezone", "UTC")
    for i in range(12):
        OutboxItem.create(account=account, body=f"Post number {i}",
                          scheduled_at=datetime(2026, 6, 3, 8, 0) + timedelta(minutes=30 * i))
    view = make_view(qtbot, ctx)
    view.show_month(2026, 6)
    assert view.day_list.count() == 0
    rect = view.grid.visualRect(view.model.index_of(date(2026, 6, 3)))
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.day_list.count() == 12
    assert "Post number 11" in view.day_list.item(11).text()
    assert "12 post(s)" in view.day_heading.text()
    assert view.model.index_of(date(2026, 6, 3)).data(SELECTED_ROLE)
    assert not view.model.index_of(date(2026, 6, 4)).data(SELECTED_ROLE)


def test_a_deleted_sent_post_is_struck_through_and_says_when(qtbot, ctx, account):
    """A sent post deleted through the outbox no longer shows a ✓: its own mark, "deleted on"
    in the tooltip and the day list, and a struck-through chip (the next chip is not)."""
    from PySide6.QtCore import QLocale, QRect
    from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

    from mbdesk.ui.models.outbox import DELETED_MARK, paint_chip

    settings.put("timezone", "UTC")
    sent = dict(account=account, state="sent", remote_id="1", sent_at=datetime(2026, 5, 11, 9))
    gone = OutboxItem.create(body="Taken down", scheduled_at=datetime(2026, 5, 11, 9),
                             deleted_at=datetime(2026, 5, 12, 14, 5), **sent)
    OutboxItem.create(body="Still up", scheduled_at=datetime(2026, 5, 11, 10), **sent)
    view = make_view(qtbot, ctx)
    view.show_month(2026, 5)
    deleted, kept = view.model.chips_on(date(2026, 5, 11))
    assert deleted.post_id == gone.id and deleted.mark == DELETED_MARK
    assert kept.mark == "✓" and kept.deleted_at is None
    tooltip = view.model.index_of(date(2026, 5, 11)).data(Qt.ItemDataRole.ToolTipRole)
    first = tooltip.splitlines()[1]
    assert "deleted on" in first and "2026" in first and "(sent)" not in first
    view._show_day(date(2026, 5, 11))
    assert "deleted on" in view.day_list.item(0).text()

    def painted(*chips) -> QImage:
        image = QImage(200, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont())
        metrics = QFontMetrics(painter.font())
        for n, chip in enumerate(chips):
            if chip is not None:
                paint_chip(painter, chip, QRect(0, n * 20, 200, 18), metrics, QLocale("en_US"))
        painter.end()
        return image

    assert painted(deleted, kept) != painted(None, kept)  # the deleted chip is drawn
    plain = deleted.__class__(**{**deleted.__dict__, "deleted_at": None})
    struck_alone = painted(deleted)
    assert struck_alone != painted(plain)  # drawn unlike a sent chip (mark, paler, struck)
    # the font is put back: the chip after a deleted one looks as it does alone
    assert painted(deleted, kept).copy(0, 20, 200, 20) == painted(None, kept).copy(0, 20, 200, 20)
