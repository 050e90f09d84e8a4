"""Calendar interactions: drag and drop moves the outbox row (month and week), DST-safe, the past
refused, server-held posts kept as pending moves; click opens; the pause switch and banner;
warnings; holidays; queue slots and the CSV import report dialogs."""

from __future__ import annotations

import warnings
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from mbdesk.store import schedule, settings
from mbdesk.store.models import (
    Account,
    Draft,
    OutboxItem,
    OutboxState,
    Post,
    PostMetricSnapshot,
)
from mbdesk.ui.models.outbox import HOLIDAYS_ROLE, MOVING_MARK, WARNING_MARK
from mbdesk.ui.views.calendar import CalendarView
from mbdesk.ui.views.calendar_grids import MIME_TYPE, chip_mime, mime_post_id


@pytest.fixture
def account(db):
    return Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48")


def make_view(qtbot, ctx, zone: str = "Europe/Madrid") -> CalendarView:
    settings.put("timezone", zone)
    settings.put("holiday_country", "ES")
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.refresh()
    return view


def drop(surface, pos, post_id: int) -> bool:
    """Give ``surface``'s own drag-move and drop handlers the events Qt sends at the end of a
    drag (Qt delivers drop events only during a real platform drag, so the test calls the
    handlers that Qt would call); whether the drop was accepted."""
    mime = chip_mime(post_id)
    with warnings.catch_warnings():  # PySide marks the only QDragMoveEvent constructor
        warnings.simplefilter("ignore", DeprecationWarning)
        move = QDragMoveEvent(QPoint(int(pos.x()), int(pos.y())), Qt.DropAction.MoveAction,
                              mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    move.setAccepted(False)
    surface.dragMoveEvent(move)
    assert move.isAccepted()  # the surface says "drop here is fine"
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    surface.dropEvent(event)
    return event.isAccepted()


def test_dropping_a_chip_on_another_day_moves_the_outbox_row_keeping_0900_across_dst(
        qtbot, ctx, account):
    # Friday 29 March 2030, 09:00 in Madrid (CET, UTC+1); Spain moves to CEST on 31 March
    item = OutboxItem.create(account=account, body="Fresh bread", scheduled_tz="Europe/Madrid",
                             scheduled_at=datetime(2030, 3, 29, 8, 0))
    view = make_view(qtbot, ctx)
    view.show_month(2030, 3)
    rect = view.grid.chip_rect(item.id)
    assert rect is not None  # the chip is painted, and found where it is painted
    assert view.grid.chip_at(rect.center()).post_id == item.id
    target = view.grid.day_rect(date(2030, 3, 31))  # the night of the change
    accepted = drop(view.grid, target.center(), item.id)
    assert accepted
    moved = OutboxItem.get_by_id(item.id)
    assert moved.scheduled_at == datetime(2030, 3, 31, 7, 0)  # 09:00 CEST
    assert moved.state == OutboxState.QUEUED
    (chip,) = view.model.chips_on(date(2030, 3, 31))
    assert (chip.post_id, chip.local_time.hour, chip.local_time.minute) == (item.id, 9, 0)
    assert view.model.chips_on(date(2030, 3, 29)) == []
    assert "Moved to" in view.message.text()


def test_dropping_in_the_week_view_sets_day_and_time(qtbot, ctx, account):
    item = OutboxItem.create(account=account, body="Rye", scheduled_at=datetime(2030, 5, 6, 7, 0))
    view = make_view(qtbot, ctx)
    view.show_week(date(2030, 5, 6))
    assert view.surfaces.currentWidget() is view.week_scroll
    assert view.week.chip_rect(item.id) is not None
    column = view.week.day_rect(date(2030, 5, 8))
    pos = QPointF(column.center().x(), view.week.y_of(time(18, 30)) + 2)
    drop(view.week, pos.toPoint(), item.id)
    moved = OutboxItem.get_by_id(item.id)
    assert moved.scheduled_at == datetime(2030, 5, 8, 16, 30)  # 18:30 CEST
    assert any(c.post_id == item.id for c in view.model.chips_on(date(2030, 5, 8)))


def test_moving_into_the_past_is_refused_and_nothing_changes(qtbot, ctx, account):
    now = datetime.now(UTC).replace(tzinfo=None)
    when = (now + timedelta(days=3)).replace(microsecond=0)
    item = OutboxItem.create(account=account, body="Soon", scheduled_at=when)
    view = make_view(qtbot, ctx, zone="UTC")
    past = (now - timedelta(days=2)).date()
    view.show_month(past.year, past.month)
    drop(view.grid, view.grid.day_rect(past).center(), item.id)
    assert OutboxItem.get_by_id(item.id).scheduled_at == when
    assert "past" in view.message.text()


def test_a_server_held_post_moves_as_a_pending_move_with_a_clear_message(qtbot, ctx, account):
    item = OutboxItem.create(account=account, body="On the server", state=OutboxState.ON_SERVER,
                             server_scheduled_id="77", scheduled_at=datetime(2030, 5, 6, 7, 0))
    view = make_view(qtbot, ctx)
    view.show_month(2030, 5)
    drop(view.grid, view.grid.day_rect(date(2030, 5, 9)).center(), item.id)
    assert OutboxItem.get_by_id(item.id).scheduled_at == datetime(2030, 5, 6, 7, 0)  # not yet
    assert schedule.pending_moves()[item.id]["when"] == "2030-05-09T07:00:00"
    (chip,) = view.model.chips_on(date(2030, 5, 9))
    assert chip.moving and chip.mark == MOVING_MARK
    assert view.model.chips_on(date(2030, 5, 6)) == []
    assert "next sync" in view.message.text()


def test_mime_carries_the_post_id_only_in_our_format():
    mime = chip_mime(42)
    assert mime.hasFormat(MIME_TYPE) and mime_post_id(mime) == 42
    mime.setData(MIME_TYPE, b"x")
    assert mime_post_id(mime) is None


def test_clicking_a_chip_opens_its_draft_or_its_details(qtbot, ctx, account):
    draft = Draft.create(body="Draft text")
    with_draft = OutboxItem.create(account=account, body="Draft text", draft=draft,
                                   scheduled_at=datetime(2030, 5, 6, 7, 0))
    plain = OutboxItem.create(account=account, body="From the CLI",
                              scheduled_at=datetime(2030, 5, 7, 7, 0))
    view = make_view(qtbot, ctx)
    view.show_month(2030, 5)
    with qtbot.waitSignal(view.open_draft) as opened:
        qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.grid.chip_rect(with_draft.id).center())
    assert opened.args == [draft.id]
    qtbot.mouseClick(view.grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.grid.chip_rect(plain.id).center())
    assert view.details_dialog is not None and view.details_dialog.isVisible()
    assert view.details_dialog.body.text() == "From the CLI"
    view.details_dialog.close()


def test_pause_switch_stores_the_setting_and_shows_the_banner(qtbot, ctx, account):
    view = make_view(qtbot, ctx)
    assert not view.banner.isVisible()
    view.pause_switch.click()
    assert settings.get("publishing_paused") is True
    assert view.banner.isVisible() and "paused" in view.banner_label.text()
    view.resume_button.click()
    assert settings.get("publishing_paused") is False
    assert not view.banner.isVisible() and not view.pause_switch.isChecked()
    settings.put("publishing_paused", True)  # paused elsewhere (crisis dialog, CLI)
    view.refresh()
    assert view.banner.isVisible() and view.pause_switch.isChecked()


def test_each_warning_rule_shows_on_chips_and_in_the_list(qtbot, ctx, account):
    # 11 posts on 6 May (the last two 30 min apart), history that makes 09h the best hour
    base = datetime(2030, 5, 6, 6, 0)  # 08:00 Madrid
    for i in range(10):
        OutboxItem.create(account=account, body=f"p{i}", scheduled_at=base + timedelta(hours=i))
    close = OutboxItem.create(account=account, body="close",
                              scheduled_at=base + timedelta(hours=9, minutes=30))
    for i in range(25):
        post = Post.create(account=account, remote_id=str(i), text="old",
                           published_at=datetime(2030, 4, 1, 7, 0) + timedelta(days=i))
        PostMetricSnapshot.create(post=post, favourites=50)
    view = make_view(qtbot, ctx)
    view.show_month(2030, 5)
    texts = "\n".join(view.warning_texts())
    assert "11 posts (limit 10 a day)" in texts
    assert "two posts 30 min apart" in texts
    # the soft hints are one folded line after the problems, listed when clicked
    assert view.warning_texts()[-1].endswith("post(s) outside their account's best hours")
    assert "outside its best hours" not in texts
    view._on_warning_clicked(view.warnings_list.item(view.warnings_list.count() - 1))
    assert any("outside its best hours" in t for t in view.warning_texts())
    chip = view.model.chip(close.id)
    assert "too_close" in chip.warnings and chip.text(view.locale()).startswith(WARNING_MARK)
    assert view.model.warnings_on(date(2030, 5, 6)) > 0
    # thresholds come from Settings
    settings.put("warn_max_posts_per_day", 20)
    settings.put("warn_min_gap_minutes", 0)
    settings.put("warn_best_hours", False)
    view.refresh()
    assert view.warning_texts() == []
    assert view.warnings_heading.text() == "No warnings"


def test_public_holidays_of_the_country_are_shown(qtbot, ctx, account):
    view = make_view(qtbot, ctx)
    view.show_month(2030, 5)
    names = view.model.index_of(date(2030, 5, 1)).data(HOLIDAYS_ROLE)
    assert (names and "Trabajo" in names[0]) or "Labor" in names[0]
    view._show_day(date(2030, 5, 1))
    assert names[0] in view.day_heading.text()
    view.show_week(date(2030, 5, 1))
    assert view.week._holidays[date(2030, 5, 1)] == names


def test_queue_slots_dialog_saves_and_refuses_bad_times(qtbot, ctx, account):
    from mbdesk.store.queries.accounts import account_briefs
    from mbdesk.ui.calendar_dialogs import QueueSlotsDialog

    dialog = QueueSlotsDialog(account_briefs())
    qtbot.addWidget(dialog)
    dialog.days[0].setText("09:00, 12:30, 19:00")
    dialog.copy_button.click()
    dialog.days[6].setText("25:99")
    dialog.accept()
    assert "25:99" in dialog.error.text()
    assert schedule.queue_slots(account.id) == {}
    dialog.days[6].setText("")
    dialog.accept()
    slots = schedule.queue_slots(account.id)
    assert sorted(slots) == [0, 1, 2, 3, 4]
    assert slots[4] == [time(9), time(12, 30), time(19)]


def test_import_report_dialog_lists_every_row_before_anything_is_scheduled(
        qtbot, ctx, account, tmp_path):
    from mbdesk.ui.calendar_dialogs import ImportReportDialog

    path = tmp_path / "plan.csv"
    path.write_text("datetime,account,text\n"
                    "2030-05-06 09:00,shop,Fresh bread\n"
                    "2030-03-31 02:30,shop,Spring night\n"
                    "2030-05-06 10:00,ghost,Who?\n", encoding="utf-8")
    view = make_view(qtbot, ctx)
    report = view.check_import(path)
    dialog = ImportReportDialog(path, report, view.model.zone, view)
    qtbot.addWidget(dialog)
    assert OutboxItem.select().count() == 0  # nothing scheduled by reading
    assert "3 row(s) read" in dialog.summary.text() and "1 ready" in dialog.summary.text()
    assert dialog.table.rowCount() == 3
    assert "daylight saving" in dialog.table.item(1, 5).text()
    assert "ghost" in dialog.table.item(2, 5).text()
    assert dialog.import_button.isEnabled() and "1 post" in dialog.import_button.text()
    ids = view.apply_import(report)
    assert [r.id for r in OutboxItem.select()] == ids and len(ids) == 1
    assert "1 post(s) imported" in view.message.text()
    latin = tmp_path / "latin.csv"
    latin.write_bytes("datetime,account,text\n2030-05-06 09:00,shop,Café\n".encode("latin-1"))
    bad = ImportReportDialog(latin, view.check_import(latin), view.model.zone, view)
    qtbot.addWidget(bad)
    assert "UTF-8" in bad.summary.text() and not bad.import_button.isEnabled()
    assert bad.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
