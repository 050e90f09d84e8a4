"""What the window shows of each account's server profile and sync steps, and of each outbox
row's tries, look-ups, note and history: the Accounts details box, the outbox panel and its
History dialog, the calendar's tooltips and the composer's schedule hint. The data is written
straight into the database, as the sync engine leaves it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mbdesk.store import settings
from mbdesk.store.models import Account, OutboxAttempt, OutboxItem, utcnow
from mbdesk.ui.localtime import format_local, to_local, user_zone
from mbdesk.ui.models.outbox_list import OutboxListModel
from mbdesk.ui.views.accounts import AccountsView
from mbdesk.ui.views.calendar import CalendarView

NOW = datetime(2026, 12, 3, 10, 0, 0)
NOTE = ("This server published a scheduled post at once on 2026-11-20; later posts are kept "
        "by mbdesk.")
PROFILE = {
    "software": "gotosocial", "version": "0.19.1", "account_domain": "shop.example",
    "probed_at": NOW.isoformat(),
    "capabilities": {"server_scheduling": False, "scheduled_statuses": False,
                     "idempotency": False, "notification_requests": False,
                     "follow_requests": True, "statuses_batch": False,
                     "rate_limit_headers": True},  # quote_posts: not known yet
    "limits": {"max_characters": 500, "characters_reserved_per_url": 25, "max_media": 4},
    "notes": {"server_scheduling": NOTE},
}
STEPS = {
    "profile": {"state": "ok", "at": NOW.isoformat(), "error": ""},
    "publish": {"state": "ok", "at": NOW.isoformat(), "error": ""},
    "mentions": {"state": "error", "at": NOW.isoformat(),
                 "error": "The server did not answer in 30 seconds."},
    "watches": {"state": "absent", "at": NOW.isoformat(), "error": ""},
    "followers": {"state": "skipped", "at": (NOW - timedelta(hours=3)).isoformat(),
                  "error": ""},
}


@pytest.fixture
def shop(db):
    settings.put("timezone", "Europe/Madrid")
    return Account.create(platform="mastodon", handle="luna@shop.example", color="#f59e0b",
                          instance_url="https://social.shop.example",
                          profile_json=json.dumps(PROFILE), steps_json=json.dumps(STEPS))


@pytest.fixture
def view(qtbot, ctx, shop):
    Account.create(platform="bluesky", handle="luna.bsky.social")  # no profile yet
    widget = AccountsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.refresh()
    return widget


def text_of(view: AccountsView, name: str) -> str:
    label = view.details.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_details_box_explains_the_server_profile(view):
    assert view.details.hint.isVisible()  # nothing selected yet: it says what to do
    view.table.selectRow(0)
    assert not view.details.hint.isVisible()
    assert text_of(view, "server-software") == "GoToSocial 0.19.1"
    assert text_of(view, "server-domain") == "shop.example"
    assert text_of(view, "server-checked") == format_local(NOW, user_zone())
    assert text_of(view, "limit-max_characters") == "500"
    assert text_of(view, "limit-characters_reserved_per_url") == "25"
    assert text_of(view, "limit-max_media") == "4"
    assert text_of(view, "cap-server_scheduling").endswith("no")
    below = text_of(view, "cap-server_scheduling-note")
    assert "kept by mbdesk" in below and "'mbdesk sync' running" in below and NOTE in below
    assert text_of(view, "cap-idempotency").endswith("no")
    assert text_of(view, "cap-follow_requests").endswith("yes")
    assert text_of(view, "cap-quote_posts").endswith("not known yet")
    assert text_of(view, "cap-rate_limit_headers").endswith("yes")


def test_details_box_shows_each_sync_step(view):
    view.table.selectRow(0)
    assert text_of(view, "step-profile").startswith("✓ ok")
    assert "failed" in text_of(view, "step-mentions")
    assert text_of(view, "step-mentions-note") == "The server did not answer in 30 seconds."
    assert "not available on this server" in text_of(view, "step-watches")
    assert "not due" in text_of(view, "step-followers")
    assert text_of(view, "step-metrics") == "not run yet"


def test_an_account_without_a_profile_says_not_known_yet(view):
    view.table.selectRow(1)
    assert text_of(view, "server-software") == "not checked yet"
    assert text_of(view, "cap-server_scheduling").endswith("not known yet")
    assert view.details.findChild(QLabel, "cap-server_scheduling-note") is None
    view.table.clearSelection()
    assert view.details.hint.isVisible()


def test_details_follow_a_sync_run(view, shop):
    view.table.selectRow(0)
    steps = dict(STEPS, mentions={"state": "ok", "at": NOW.isoformat(), "error": ""})
    Account.update(steps_json=json.dumps(steps)).where(Account.id == shop.id).execute()
    view._on_account_state(shop.id, "ok")  # what the sync service's signal calls
    assert text_of(view, "step-mentions").startswith("✓ ok")


# --- outbox: tries, look-ups, note, history ------------------------------------------------


@pytest.fixture
def sent_item(shop):
    item = OutboxItem.create(account=shop, body="Pan de muerto a las 8", state="sent",
                             attempts=2, scheduled_at=NOW, sent_at=NOW,
                             note="This server ignores scheduling: it published this post at "
                             "once.")
    for minute, (action, outcome, detail) in enumerate((
            ("schedule", "unknown", "connection reset"),
            ("lookup", "not_found", "not on the server: it will be sent"),
            ("send", "published_at_once", ""))):
        start = NOW + timedelta(minutes=minute)
        OutboxAttempt.create(outbox=item, action=action, started_at=start,
                             finished_at=start + timedelta(seconds=2), outcome=outcome,
                             detail=detail)
    return item


def outbox_cell(panel, row: int, column: str):
    return panel.model.index(row, OutboxListModel.COLUMNS.index(column)).data()


def test_outbox_row_shows_tries_lookups_and_note(view, sent_item):
    panel = view.outbox
    panel.set_filter("all")
    assert outbox_cell(panel, 0, "tries") == "2 · 1 look-up(s)"
    assert "ℹ This server ignores scheduling" in outbox_cell(panel, 0, "reason")
    header = panel.table.horizontalHeader()
    assert header.visualIndex(OutboxListModel.COLUMNS.index("tries")) == 4  # after State
    panel.table.selectRow(0)
    assert "ℹ This server ignores scheduling" in panel.detail.text()
    assert panel.history_button.isEnabled()


def test_history_dialog_lists_every_attempt_in_local_time(view, sent_item):
    panel = view.outbox
    panel.set_filter("all")
    panel.table.selectRow(0)
    dialog = panel.make_history_dialog()
    zone = user_zone()
    assert dialog.rows() == [
        (f"{format_local(NOW, zone)} (2 s)", "Hand to the server", "answer lost",
         "connection reset"),
        (f"{format_local(NOW + timedelta(minutes=1), zone)} (2 s)", "Look up (did it arrive?)",
         "not on the server", "not on the server: it will be sent"),
        (f"{format_local(NOW + timedelta(minutes=2), zone)} (2 s)", "Send",
         "published at once (the server ignored the time)", ""),
    ]
    assert "ℹ This server ignores scheduling" in dialog.summary.text()
    assert not dialog.empty.isVisibleTo(dialog)


def test_history_of_a_row_without_attempts_says_so(view, shop):
    OutboxItem.create(account=shop, body="old row", state="queued")
    panel = view.outbox
    panel.set_filter("all")
    panel.table.selectRow(0)
    dialog = panel.make_history_dialog()
    assert dialog.rows() == []
    assert dialog.empty.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    assert outbox_cell(panel, 0, "tries") == "0"


# --- calendar and composer -----------------------------------------------------------------


def test_calendar_says_kept_by_mbdesk_and_shows_the_note(qtbot, ctx, shop):
    when = utcnow().replace(microsecond=0) + timedelta(days=2)
    OutboxItem.create(account=shop, body="Kept here", state="queued", scheduled_at=when,
                      note="Taken back from the server while publishing is paused.")
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.refresh()
    day = to_local(when, user_zone()).date()
    view.show_month(day.year, day.month)
    (chip,) = view.model.chips_on(day)
    assert chip.kept_by_mbdesk and chip.mark != "☁"
    tooltip = view.model.index_of(day).data(Qt.ItemDataRole.ToolTipRole)
    assert "kept by mbdesk" in tooltip and "'mbdesk sync' running" in tooltip
    assert "ℹ Taken back from the server" in tooltip
    view._show_day(day)
    item = view.day_list.item(0)
    assert "kept by mbdesk" in item.text()
    assert "Taken back from the server" in item.toolTip()


def test_calendar_does_not_say_kept_when_the_server_holds_posts(qtbot, ctx, shop):
    profile = dict(PROFILE, capabilities={"server_scheduling": True}, notes={})
    Account.update(profile_json=json.dumps(profile)).where(Account.id == shop.id).execute()
    when = utcnow().replace(microsecond=0) + timedelta(days=2)
    OutboxItem.create(account=shop, body="Queued", state="queued", scheduled_at=when)
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    day = to_local(when, user_zone()).date()
    view.show_month(day.year, day.month)
    (chip,) = view.model.chips_on(day)
    assert not chip.kept_by_mbdesk


def test_schedule_dialog_says_which_accounts_mbdesk_keeps(qtbot, ctx, shop):
    from mbdesk.ui.compose.schedule_dialog import ScheduleDialog
    from mbdesk.ui.views.compose import ComposeView

    other = Account.create(platform="mastodon", handle="big@mastodon.social",
                           profile_json=json.dumps({"capabilities": {"server_scheduling": True}}))
    view = ComposeView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    editor = view.editor
    editor.new_button.click()
    editor.rows[other.id].check.setChecked(True)
    assert editor.kept_by_mbdesk_hint() == ""
    editor.rows[shop.id].check.setChecked(True)
    hint = editor.kept_by_mbdesk_hint()
    assert "luna@shop.example" in hint and "big@mastodon.social" not in hint
    assert "kept by mbdesk" in hint
    dialog = ScheduleDialog(user_zone(), view, hint=hint)
    assert dialog.hint_label.text() == hint and dialog.hint_label.isVisibleTo(dialog)
    assert not ScheduleDialog(user_zone(), view).hint_label.isVisibleTo(dialog)
