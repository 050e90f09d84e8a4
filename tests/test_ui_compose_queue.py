"""The composer's Add to queue, the Schedule dialog's best time per account, the Mastodon fields
(content warning, visibility, language) and the re-authorization warning, driven like a user."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from mbdesk.domain import planning
from mbdesk.store import schedule, settings
from mbdesk.store.models import (
    Account,
    AccountStatus,
    Draft,
    DraftState,
    OutboxItem,
    Post,
    PostMetricSnapshot,
    utcnow,
)
from mbdesk.store.queries.best_time import best_times
from mbdesk.ui.calendar_dialogs import QueueSlotsDialog
from mbdesk.ui.compose.schedule_dialog import ScheduleDialog
from mbdesk.ui.localtime import user_zone
from mbdesk.ui.views.compose import ComposeView


@pytest.fixture
def accounts(db):
    settings.put("timezone", "Europe/Madrid")
    return [
        Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48",
                       limits_json=json.dumps({"max_characters": 500})),
        Account.create(platform="bluesky", handle="shop.bsky.social", color="#2563eb"),
        Account.create(platform="weibo", handle="小店微博", color="#f59e0b"),
    ]


@pytest.fixture
def view(qtbot, ctx, accounts):
    widget = ComposeView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.refresh()
    return widget


def write(qtbot, view, text, targets):
    ed = view.editor
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    for account in targets:
        ed.rows[account.id].check.setChecked(True)
    ed.body_edit.setPlainText(text)
    ed.recount()
    return ed


def history(account, peak_hour, zone, days=30):
    """A month of posts at 09, 13, 17 and 21 local; ``peak_hour`` gets the engagement."""
    now = utcnow()
    for day in range(1, days + 1):
        for hour in (9, 13, 17, 21):
            local = (planning.to_local(now, zone) - timedelta(days=day)).replace(
                hour=hour, minute=0, second=0, microsecond=0, tzinfo=None)
            post = Post.create(account=account, remote_id=f"{account.id}-{day}-{hour}",
                               published_at=planning.wall_to_utc(local, zone, strict=False))
            PostMetricSnapshot.create(post=post, favourites=90 if hour == peak_hour else 3)


def test_mastodon_fields_show_only_for_platforms_that_have_them_and_reach_the_outbox(
        qtbot, view, accounts):
    mastodon, bluesky, weibo = accounts
    ed = write(qtbot, view, "Pan de muerto", [weibo])
    fields = ed.post_fields
    assert not fields.isVisible()
    ed.rows[bluesky.id].check.setChecked(True)
    ed.recount()
    assert fields.isVisible() and fields.language_combo.isVisible()
    assert not fields.spoiler_edit.isVisible() and not fields.visibility_combo.isVisible()
    ed.rows[mastodon.id].check.setChecked(True)
    ed.recount()
    assert fields.spoiler_edit.isVisible() and fields.visibility_combo.isVisible()
    qtbot.keyClicks(fields.spoiler_edit, "Comida")
    fields.visibility_combo.setCurrentIndex(fields.visibility_combo.findData("unlisted"))
    fields.language_combo.setCurrentIndex(fields.language_combo.findData("es"))
    assert "español" in fields.language_combo.currentText()
    ed.save()
    draft = Draft.get_by_id(ed.draft_id)
    assert (draft.spoiler_text, draft.visibility, draft.language) == ("Comida", "unlisted", "es")
    ed.clear()
    assert fields.spoiler_text() == "" and fields.visibility() == "public"
    view.editor.open_draft(draft.id)
    assert (fields.spoiler_text(), fields.visibility(), fields.language()) == (
        "Comida", "unlisted", "es")
    Account.update(options_json='{"safe_domain": "shop.example"}').where(
        Account.id == weibo.id).execute()
    ed.body_edit.setPlainText("Pan de muerto https://shop.example/pan")
    assert ed.schedule_local(datetime(2031, 11, 1, 9, 0))
    rows = {r.account_id: r for r in OutboxItem.select()}
    assert (rows[mastodon.id].spoiler_text, rows[mastodon.id].visibility,
            rows[mastodon.id].language) == ("Comida", "unlisted", "es")
    assert (rows[bluesky.id].spoiler_text, rows[bluesky.id].language) == ("", "es")
    assert (rows[weibo.id].spoiler_text, rows[weibo.id].language) == ("", "")


def test_the_content_warning_counts_against_the_mastodon_limit(qtbot, view, accounts):
    ed = write(qtbot, view, "x" * 490, [accounts[0]])
    assert ed.schedule_button.isEnabled()
    qtbot.keyClicks(ed.post_fields.spoiler_edit, "y" * 20)
    ed.recount()
    assert not ed.schedule_button.isEnabled() and "510 of 500" in ed.problems_label.text()


def test_add_to_queue_puts_each_account_at_its_next_slot_and_says_where(qtbot, view, accounts):
    mastodon, bluesky, _ = accounts
    schedule.set_queue_slots(mastodon.id, {d: [time(10)] for d in range(7)})
    schedule.set_queue_slots(bluesky.id, {d: [time(19)] for d in range(7)})
    ed = write(qtbot, view, "Roscón de Reyes", [mastodon, bluesky])
    qtbot.mouseClick(ed.queue_button, Qt.MouseButton.LeftButton)
    rows = {r.account_id: r for r in OutboxItem.select()}
    zone = user_zone()
    assert planning.to_local(rows[mastodon.id].scheduled_at, zone).time() == time(10)
    assert planning.to_local(rows[bluesky.id].scheduled_at, zone).time() == time(19)
    lines = ed.status_label.text().splitlines()
    assert lines[0].startswith("Queued for ") and lines[0].endswith(
        " on shop@example.social.")
    assert lines[1].endswith(" on shop.bsky.social.")
    assert Draft.get_by_id(ed.draft_id).state == DraftState.SCHEDULED


def test_add_to_queue_without_slots_says_so_and_offers_the_slots_dialog(
        qtbot, view, accounts, monkeypatch):
    mastodon = accounts[0]
    ed = write(qtbot, view, "Turrón artesano", [mastodon])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # closed: nothing clicked
    assert not ed.add_to_queue()
    assert "shop@example.social has no queue slots" in ed.status_label.text()
    assert OutboxItem.select().count() == 0
    monkeypatch.undo()

    def answer_box():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "no queue slots yet" in box.text()
        QTimer.singleShot(0, fill_slots)
        next(b for b in box.buttons() if b.text() == "Set queue slots…").click()

    def fill_slots():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QueueSlotsDialog)
        assert dialog.account.currentData() == mastodon.id
        for edit in dialog.days:
            edit.setText("11:30")
        dialog.accept()

    QTimer.singleShot(0, answer_box)
    assert ed.add_to_queue()
    (row,) = OutboxItem.select()
    assert planning.to_local(row.scheduled_at, user_zone()).time() == time(11, 30)


def test_an_account_needing_reauthorization_warns_but_does_not_block(qtbot, view, accounts):
    Account.update(status=AccountStatus.NEEDS_REAUTH).where(
        Account.id == accounts[0].id).execute()
    view.refresh()
    ed = write(qtbot, view, "Abrimos el domingo", [accounts[0]])
    assert ("shop@example.social needs re-authorization: the post will wait until you sign in "
            "again — Accounts → Re-authorize.") in ed.problems_label.text()
    assert ed.schedule_button.isEnabled() and ed.queue_button.isEnabled()
    assert ed.save()


def test_schedule_dialog_suggests_each_accounts_own_best_time(qtbot, view, accounts,
                                                              monkeypatch):
    mastodon, bluesky, _ = accounts
    zone = user_zone()
    history(mastodon, 9, zone)
    history(bluesky, 21, zone)
    suggestions = {s.account_id: s for s in best_times([mastodon.id, bluesky.id], zone)}
    assert planning.to_local(suggestions[mastodon.id].when, zone).hour == 9
    assert planning.to_local(suggestions[bluesky.id].when, zone).hour == 21

    dialog = ScheduleDialog(zone, view, accounts=[(mastodon.id, mastodon.handle),
                                                  (bluesky.id, bluesky.handle)])
    qtbot.addWidget(dialog)
    dialog.set_suggestions(list(suggestions.values()))
    best = dialog.best
    assert best.time_labels[mastodon.id].text() != best.time_labels[bluesky.id].text()
    assert best.reason_labels[mastodon.id].text() == "its best day and hour (from 120 posts)"
    qtbot.mouseClick(best.use_buttons[bluesky.id], Qt.MouseButton.LeftButton)
    assert dialog.time_edit.time().hour() == 21
    dialog.accept()
    assert dialog.result_utc == suggestions[bluesky.id].when

    # from the composer: the dialog fills in on its own, and each account gets its own time
    ed = write(qtbot, view, "Chocolate caliente", [mastodon, bluesky])

    def run_dialog(self):
        qtbot.waitUntil(lambda: self.best.loaded, timeout=5000)
        qtbot.mouseClick(self.findChild(QPushButton, "schedule-each"),
                         Qt.MouseButton.LeftButton)
        return self.result()

    monkeypatch.setattr(ScheduleDialog, "exec", run_dialog)
    ed.schedule()
    rows = {r.account_id: r.scheduled_at for r in OutboxItem.select()}
    assert rows == {mastodon.id: suggestions[mastodon.id].when,
                    bluesky.id: suggestions[bluesky.id].when}
    assert ed.status_label.text().count("Queued for") == 2


def test_cadence_warnings_are_shown_after_queueing(qtbot, view, accounts):
    mastodon = accounts[0]
    when = datetime(2031, 6, 2, 9, 0)
    OutboxItem.create(account=mastodon, body="earlier",
                      scheduled_at=planning.wall_to_utc(when, user_zone())
                      - timedelta(minutes=15))
    ed = write(qtbot, view, "Horchata fresca", [mastodon])
    assert ed.schedule_local(when)
    assert ed.cadence_label.isVisible()
    assert "shop@example.social: two posts 15 min apart (keep at least 60 min)." in (
        ed.cadence_label.text())
