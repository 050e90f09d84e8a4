"""Posts that cannot go out (their account needs re-authorization, or its token runs out
first): the pure rules, the query, the calendar's marks, and the desktop notices a day and an
hour ahead, each once even across restarts. Also: "paused" chips while publishing is paused,
and a busy hour in the week view staying readable."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from mbdesk.domain import blocked_posts as rules
from mbdesk.store import settings
from mbdesk.store.accounts import set_options
from mbdesk.store.models import Account, OutboxItem, utcnow
from mbdesk.store.queries.blocked_posts import blocked_due
from mbdesk.ui.inbox_notifier import InboxNotifier
from mbdesk.ui.localtime import ui_locale
from mbdesk.ui.models.outbox import REAUTH_MARK, chip_state_label
from mbdesk.ui.views.calendar import WEEK, CalendarView

NOW = datetime(2030, 5, 6, 8, 0)


# -- the pure rules ----------------------------------------------------------------------------
@pytest.mark.parametrize(("state", "on_server", "status", "expires", "reason"), [
    ("queued", False, "needs_reauth", None, rules.NEEDS_REAUTH),
    ("held", False, "needs_reauth", None, rules.NEEDS_REAUTH),
    ("queued", True, "needs_reauth", None, None),  # the server holds it: it goes out anyway
    ("sent", False, "needs_reauth", None, None),
    ("failed", False, "needs_reauth", None, None),
    ("queued", False, "active", None, None),
    ("queued", False, "active", NOW, rules.EXPIRED),  # the token runs out before the post
    ("queued", False, "active", NOW + timedelta(days=2), None),
])
def test_block_reason(state, on_server, status, expires, reason):
    assert rules.block_reason(state, on_server, NOW + timedelta(hours=3), status,
                              expires) == reason


def test_notice_steps_a_day_and_an_hour_ahead():
    assert rules.notice_step(NOW + timedelta(hours=25), NOW) is None
    assert rules.notice_step(NOW + timedelta(hours=23), NOW) == 24
    assert rules.notice_step(NOW + timedelta(minutes=59), NOW) == 1
    assert rules.notice_step(NOW - timedelta(minutes=1), NOW) is None  # past: the outbox says


def test_each_post_is_told_once_per_step_and_a_new_time_starts_over():
    account = rules.AccountSignIn(1, "Panadería", "needs_reauth")
    post = rules.DuePost(7, 1, NOW + timedelta(hours=20))
    blocked = rules.blocked_posts([post, rules.DuePost(8, 2, NOW)], {1: account})
    assert [b.post.id for b in blocked] == [7]  # an unknown account is nobody's problem
    notices, kept = rules.due_notices(blocked, NOW, {})
    assert [n.hours for n in notices] == [24]
    assert rules.due_notices(blocked, NOW, kept) == ([], kept)
    later = NOW + timedelta(hours=19, minutes=30)
    notices, kept = rules.due_notices(blocked, later, kept)
    assert [n.hours for n in notices] == [1]
    moved = rules.blocked_posts([rules.DuePost(7, 1, later + timedelta(minutes=50))],
                                {1: account})
    assert [n.hours for n in rules.due_notices(moved, later, kept)[0]] == [1]  # new time
    assert rules.due_notices(blocked, NOW + timedelta(hours=21), kept) == ([], {})  # past


# -- the store and the window -------------------------------------------------------------------
@pytest.fixture
def shops(db):
    gone = Account.create(platform="mastodon", handle="panaderia@example.social",
                          display_name="Panadería Luna", color="#e11d48", status="needs_reauth")
    fine = Account.create(platform="mastodon", handle="ok@example.social", color="#2563eb")
    return gone, fine


def test_blocked_due_reads_only_posts_mbdesk_must_send_within_a_day(shops):
    gone, fine = shops
    now = utcnow()
    soon = OutboxItem.create(account=gone, body="Pan de muerto", state="queued",
                             scheduled_at=now + timedelta(hours=5))
    OutboxItem.create(account=gone, body="on the server", state="queued",
                      server_scheduled_id="91", scheduled_at=now + timedelta(hours=5))
    OutboxItem.create(account=gone, body="next week", state="queued",
                      scheduled_at=now + timedelta(days=6))
    OutboxItem.create(account=fine, body="fine", state="queued",
                      scheduled_at=now + timedelta(hours=5))
    weibo = Account.create(platform="weibo", handle="小面包店", remote_id="5001")
    set_options(weibo.id, token_expires_at=(now + timedelta(hours=2)).isoformat() + "Z")
    late = OutboxItem.create(account=weibo, body="周末新品", state="queued",
                             scheduled_at=now + timedelta(hours=3))
    found = {(b.post.id, b.reason) for b in blocked_due(now)}
    assert found == {(soon.id, rules.NEEDS_REAUTH), (late.id, rules.EXPIRED)}


def test_desktop_notice_a_day_and_an_hour_ahead_once_each_across_restarts(qtbot, ctx, shops):
    gone, _ = shops
    post = OutboxItem.create(account=gone, body="Roscón", state="queued",
                             scheduled_at=utcnow() + timedelta(hours=20))
    notifier = InboxNotifier(ctx, tray_available=False)
    notifier.check_expiry()  # what every finished sync runs (and the window at start)
    blocked = [m for m in notifier.messages if "re-authorization" in m[1]]
    assert len(blocked) == 1
    title, text = blocked[0]
    assert title == "A post due tomorrow cannot go out" and "Panadería Luna" in text
    notifier.check_expiry()
    restarted = InboxNotifier(ctx, tray_available=False)
    restarted.check_expiry()
    assert len(notifier.messages) == 1 and restarted.messages == []
    post.scheduled_at = utcnow() + timedelta(minutes=40)  # now due within the hour
    post.save()
    restarted.check_expiry()
    (title, _), = restarted.messages
    assert title == "A post is due within an hour and cannot go out"
    restarted.check_expiry()
    assert len(restarted.messages) == 1


def make_view(qtbot, ctx) -> CalendarView:
    settings.put("timezone", "UTC")
    settings.put("holiday_country", "-")
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.refresh()
    return view


def test_calendar_marks_posts_whose_account_needs_reauthorization(qtbot, ctx, shops):
    gone, fine = shops
    when = datetime(2030, 5, 8, 10, 0)
    blocked = OutboxItem.create(account=gone, body="Pan", state="queued", scheduled_at=when)
    OutboxItem.create(account=fine, body="ok", state="queued", scheduled_at=when)
    view = make_view(qtbot, ctx)
    view.show_month(2030, 5)
    chips = {c.post_id: c for c in view.model.chips_on(date(2030, 5, 8))}
    assert chips[blocked.id].needs_reauth and chips[blocked.id].text(ui_locale()).startswith(
        REAUTH_MARK)
    assert not [c for c in chips.values() if c.post_id != blocked.id and c.needs_reauth]
    tooltip = view.model.index_of(date(2030, 5, 8)).data(Qt.ItemDataRole.ToolTipRole)
    assert "needs re-authorization" in tooltip
    assert view.warning_texts()[0].startswith(REAUTH_MARK)  # first among the problems
    assert view.warnings_heading.text().startswith("To fix: 1")
    view.show_week(date(2030, 5, 8))
    rect = view.week.chip_rect(blocked.id)
    assert rect is not None
    assert "re-authorization" in view.week.chip_tooltip(view.week.chip_at(rect.center()))
    assert not view.grab().isNull()


def test_paused_publishing_shows_paused_chips(qtbot, ctx, shops):
    _, fine = shops
    post = OutboxItem.create(account=fine, body="ok", state="queued",
                             scheduled_at=datetime(2030, 5, 8, 10, 0))
    view = make_view(qtbot, ctx)
    view.show_month(2030, 5)
    assert chip_state_label(view.model.chip(post.id)) == "queued"
    view.set_paused(True)
    view.refresh()
    chip = view.model.chip(post.id)
    assert chip.paused and chip_state_label(chip) == "paused"
    tooltip = view.model.index_of(date(2030, 5, 8)).data(Qt.ItemDataRole.ToolTipRole)
    assert "(paused)" in tooltip and "(queued)" not in tooltip


def test_a_busy_hour_in_the_week_stays_readable(qtbot, ctx, shops):
    _, fine = shops
    ids = [OutboxItem.create(account=fine, body=f"post {i}", state="queued",
                             scheduled_at=datetime(2030, 5, 8, 10, 0)).id for i in range(6)]
    view = make_view(qtbot, ctx)
    view.show_week(date(2030, 5, 8))
    assert view.mode == WEEK
    week = view.week
    layout = week.chip_layout()
    column = week.day_rect(date(2030, 5, 8))
    shown = [chip.post_id for chip, _ in layout]
    hidden = [c.post_id for pid in shown for c in week.hidden_behind(pid)]
    assert sorted(shown + hidden) == sorted(ids)  # each post is either shown or behind "+N"
    assert hidden, "six posts at one hour do not all fit"
    for _, rect in layout:  # every shown chip keeps a readable width
        assert rect.width() >= min(week.MIN_LANE_WIDTH, column.width() - 6) - 1
    rects = [rect for _, rect in layout]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    host = next(pid for pid in shown if week.hidden_behind(pid))
    badge = week.badge_rect(host)
    with qtbot.waitSignal(week.more_clicked) as signal:
        qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=badge.center())
    listed, _ = signal.args
    assert listed[0] == host and set(listed[1:]) == {c.post_id for c in week.hidden_behind(host)}
    menu = view.show_posts_menu(listed, QPoint(0, 0))
    assert len(menu.actions()) == len(listed)
    menu.close()
