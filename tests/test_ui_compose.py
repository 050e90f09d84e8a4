"""Compose & Drafts screen, driven like a user: the library (search, filters, lazy pages,
duplicate, archive), the composer (live counters per target in Chinese and Spanish, per-account
variants, images with alt text, snippets, autosave, undo/redo) and scheduling into the outbox."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from mbdesk.store import settings
from mbdesk.store.models import (
    Account,
    Draft,
    DraftState,
    DraftTarget,
    Media,
    OutboxItem,
    OutboxMedia,
    utcnow,
)
from mbdesk.store.snippets import Snippet, list_snippets
from mbdesk.ui.compose.schedule_dialog import ScheduleDialog
from mbdesk.ui.compose.snippets import SnippetsDialog
from mbdesk.ui.compose.targets import RED
from mbdesk.ui.views.compose import ComposeView

ZH_100 = "新品上市手工陶瓷杯" * 11 + "好"  # 100 CJK characters
ES = "¡Oferta de primavera! Tazas de cerámica con 20 % de descuento, sólo esta semana."


def visible_titles(view: ComposeView) -> list[str]:
    model = view.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def accounts(db):
    settings.put("timezone", "Europe/Madrid")
    return [
        Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48",
                       limits_json=json.dumps({"max_characters": 1000,
                                               "characters_reserved_per_url": 23})),
        Account.create(platform="weibo", handle="小店微博", color="#f59e0b"),
        Account.create(platform="bluesky", handle="shop.bsky.social", color="#2563eb"),
    ]


@pytest.fixture
def view(qtbot, ctx, accounts):
    base = datetime(2026, 4, 1, 9, 0)
    drafts = [
        ("Spring mugs", "New ceramic mugs are in the shop", "product"),
        ("Oferta de primavera", "Descuento del 20% en tazas", "promotion"),
        ("", "新品上市：手工陶瓷杯", "product"),
    ]
    for i, (title, body, category) in enumerate(drafts):
        d = Draft.create(title=title, body=body, category=category,
                         updated_at=base + timedelta(hours=i))
        DraftTarget.create(draft=d, account=accounts[i % 2])
    widget = ComposeView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.refresh()
    return widget


def type_text(widget, text: str) -> None:
    """Type like an input method commits (Chinese, accents): QTest's key clicks are ASCII only."""
    for char in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def write(qtbot, view: ComposeView, text: str, *, targets=()) -> None:
    """A new draft with ``text`` for ``targets``, counters up to date."""
    ed = view.editor
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    for account in targets:
        ed.rows[account.id].check.setChecked(True)
    ed.body_edit.setPlainText(text)
    ed.recount()


def image_size(path) -> tuple[int, int]:
    with Image.open(path) as img:
        return img.size


def photo(path, size=(800, 600), noise=False, quality=90):
    if noise:
        rng = np.random.default_rng(7)
        data = rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
        img = Image.fromarray(data, "RGB")
    else:
        img = Image.new("RGB", size, (200, 120, 40))
    img.save(path, "JPEG", quality=quality)
    return str(path)


# --- library ---------------------------------------------------------------------------------

def test_library_lists_drafts_newest_first_with_labels(view):
    assert visible_titles(view) == ["新品上市：手工陶瓷杯", "Oferta de primavera", "Spring mugs"]
    model = view.table.model()
    assert model.index(1, 1).data() == "Promotion / discount"
    assert model.index(1, 2).data() == "小店微博"
    assert model.index(0, 3).data() == "Draft"
    assert view.count_label.text() == "3 draft(s)"


def test_search_and_filters_narrow_the_list(qtbot, view, accounts):
    with qtbot.waitSignal(view.model.modelReset):
        qtbot.keyClicks(view.search, "ceramic")
    assert visible_titles(view) == ["Spring mugs"]
    with qtbot.waitSignal(view.model.modelReset):
        view.search.setText("陶瓷")  # two characters: the LIKE fallback
    assert visible_titles(view) == ["新品上市：手工陶瓷杯"]
    with qtbot.waitSignal(view.model.modelReset):
        view.search.setText("nothing like this")
    assert visible_titles(view) == []
    assert "No drafts match" in view.empty_label.text()
    view.search.clear()
    view.apply_filter()
    view.account_filter.setCurrentIndex(view.account_filter.findData(accounts[1].id))
    assert visible_titles(view) == ["Oferta de primavera"]
    view.account_filter.setCurrentIndex(0)
    view.category_filter.setCurrentIndex(view.category_filter.findData("product"))
    assert visible_titles(view) == ["新品上市：手工陶瓷杯", "Spring mugs"]
    Draft.update(state=DraftState.FAILED).where(Draft.title == "Spring mugs").execute()
    view.state_filter.setCurrentIndex(view.state_filter.findData("failed"))
    assert visible_titles(view) == ["Spring mugs"]


def test_library_loads_lazily(qtbot, ctx, accounts):
    Draft.insert_many([{"title": f"d{i}", "body": "x", "updated_at": datetime(2026, 1, 1)
                        + timedelta(minutes=i)} for i in range(450)]).execute()
    widget = ComposeView(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.model.rowCount() == 200  # one page, not 450 rows
    assert widget.count_label.text() == "450 draft(s)"
    widget.model.fetchMore()
    assert widget.model.rowCount() == 400


def test_selecting_a_draft_fills_the_composer_and_save_writes(qtbot, view, accounts):
    ed = view.editor
    view.table.selectRow(2)
    assert ed.title_edit.text() == "Spring mugs"
    assert ed.rows[accounts[0].id].is_checked() and not ed.rows[accounts[1].id].is_checked()
    ed.title_edit.clear()
    qtbot.keyClicks(ed.title_edit, "Summer mugs")
    ed.rows[accounts[1].id].check.setChecked(True)
    assert ed.is_dirty()
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    saved = Draft.get(Draft.title == "Summer mugs")
    assert {t.account_id for t in saved.targets} == {accounts[0].id, accounts[1].id}
    assert not ed.is_dirty()
    assert ed.status_label.text() == "Saved."


def test_new_duplicate_and_archive(qtbot, view, accounts):
    ed = view.editor
    write(qtbot, view, "Opening hours change on Monday", targets=[accounts[0]])
    ed.category_combo.setCurrentIndex(ed.category_combo.findData("service_notice"))
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    new = Draft.get(Draft.body == "Opening hours change on Monday")
    assert new.category == "service_notice"
    assert visible_titles(view)[0] == "Opening hours change on Monday"
    qtbot.mouseClick(ed.duplicate_button, Qt.MouseButton.LeftButton)
    assert Draft.select().count() == 5
    assert ed.draft_id != new.id and view.count_label.text() == "5 draft(s)"
    qtbot.mouseClick(ed.archive_button, Qt.MouseButton.LeftButton)
    assert Draft.select().where(Draft.archived == True).count() == 1  # noqa: E712
    assert view.count_label.text() == "4 draft(s)"


def test_switching_drafts_saves_what_was_typed_without_asking(qtbot, view, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    view.table.selectRow(0)
    ed = view.editor
    ed.body_edit.moveCursor(ed.body_edit.textCursor().MoveOperation.End)
    type_text(ed.body_edit, "，今天到店")
    view.table.selectRow(1)
    assert ed.title_edit.text() == "Oferta de primavera"
    assert Draft.get_or_none(Draft.body == "新品上市：手工陶瓷杯，今天到店") is not None


# --- counters --------------------------------------------------------------------------------

def test_two_targets_count_chinese_and_spanish_live(qtbot, view, accounts):
    mastodon, weibo = accounts[0], accounts[1]
    ed = view.editor
    write(qtbot, view, "", targets=[mastodon, weibo])
    with qtbot.waitSignal(ed.counts_updated, timeout=2000):
        type_text(ed.body_edit, ZH_100)
    assert ed.rows[mastodon.id].count.text() == "100 / 1000"  # the instance's live limit
    assert ed.rows[weibo.id].count.text() == "100 / 140"
    assert ed.rows[weibo.id].level == "ok"
    ed.body_edit.setPlainText(ES)
    ed.recount()
    assert ed.rows[mastodon.id].count.text() == f"{len(ES)} / 1000"
    # Weibo: every ASCII character is half a unit, "¡", "á", "ó" count one each.
    assert ed.rows[weibo.id].count.text() == "42 / 140"
    assert ed.schedule_button.isEnabled()


def test_only_one_of_weibo_and_mastodon_fits_so_scheduling_is_refused(qtbot, view, accounts):
    mastodon, weibo = accounts[0], accounts[1]
    ed = view.editor
    write(qtbot, view, ZH_100 + ZH_100[:60], targets=[mastodon, weibo])
    assert ed.rows[mastodon.id].level == "ok"
    assert ed.rows[weibo.id].level == "over"
    assert RED in ed.rows[weibo.id].count.styleSheet()
    assert not ed.schedule_button.isEnabled() and not ed.publish_button.isEnabled()
    assert ed.schedule_refusal() == "小店微博: 160 of 140 — shorten it by 20."
    assert "shorten it by 20" in ed.problems_label.text()
    assert not ed.schedule_local(datetime(2031, 5, 4, 10, 0))  # no back door either
    assert OutboxItem.select().count() == 0
    ed.body_edit.setPlainText((ZH_100 * 2)[:134])  # 134 of 140: fits, amber
    ed.recount()
    assert ed.rows[weibo.id].level == "near"
    assert ed.schedule_button.isEnabled()


def test_a_pasted_100k_text_is_counted_refused_and_kept(qtbot, view, accounts):
    ed = view.editor
    write(qtbot, view, "", targets=[accounts[0]])
    huge = ("Tazas hechas a mano 手工陶瓷杯 https://shop.example/tazas " * 2500)[:100_000]
    QApplication.clipboard().setText(huge)
    ed.body_edit.setFocus()
    with qtbot.waitSignal(ed.counts_updated, timeout=5000):
        qtbot.keySequence(ed.body_edit, "Ctrl+V")
    assert len(ed.body_edit.toPlainText()) == 100_000
    assert ed.rows[accounts[0].id].level == "over"
    assert not ed.schedule_button.isEnabled()
    ed.flush()
    assert len(Draft.get_by_id(ed.draft_id).body) == 100_000


# --- variants --------------------------------------------------------------------------------

def test_a_target_gets_its_own_text_and_can_go_back(qtbot, view, accounts, monkeypatch):
    mastodon, weibo = accounts[0], accounts[1]
    ed = view.editor
    long_text = ZH_100 + ZH_100  # 200: too long for Weibo
    write(qtbot, view, long_text, targets=[mastodon, weibo])
    assert not ed.schedule_button.isEnabled()
    qtbot.mouseClick(ed.rows[weibo.id].variant_button, Qt.MouseButton.LeftButton)
    variant = ed.variant_edits[weibo.id]
    assert ed.tabs.currentWidget() is variant and variant.toPlainText() == long_text
    assert ed.rows[weibo.id].own_label.isVisible()
    assert ed.rows[weibo.id].variant_button.text() == "Back to the shared text"
    variant.setPlainText("新品上市，详情见店铺")
    ed.recount()
    assert ed.rows[weibo.id].count.text() == "10 / 140"
    assert ed.rows[mastodon.id].count.text() == "200 / 1000"  # the shared text, untouched
    assert ed.schedule_button.isEnabled()
    ed.flush()
    target = DraftTarget.get(DraftTarget.draft == ed.draft_id, DraftTarget.account == weibo.id)
    assert target.diverged and target.body == "新品上市，详情见店铺"
    shared = DraftTarget.get(DraftTarget.draft == ed.draft_id,
                             DraftTarget.account == mastodon.id)
    assert not shared.diverged and shared.body is None

    draft_id = ed.draft_id
    view.new_draft()
    view.open_draft(draft_id)  # the variant comes back as its own tab
    assert ed.variant_edits[weibo.id].toPlainText() == "新品上市，详情见店铺"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(ed.rows[weibo.id].variant_button, Qt.MouseButton.LeftButton)
    assert weibo.id in ed.variant_edits  # "No": the own text stays
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ed.rows[weibo.id].variant_button, Qt.MouseButton.LeftButton)
    assert weibo.id not in ed.variant_edits and ed.tabs.count() == 1
    ed.flush()
    target = DraftTarget.get(DraftTarget.draft == draft_id, DraftTarget.account == weibo.id)
    assert not target.diverged and target.body is None


# --- images ----------------------------------------------------------------------------------

def test_corrupt_and_unknown_files_are_refused_with_the_reason(qtbot, view, accounts, tmp_path):
    good = photo(tmp_path / "mug.jpg")
    broken = tmp_path / "broken.jpg"
    with open(good, "rb") as f:
        broken.write_bytes(f.read()[:700])
    fake = tmp_path / "notes.png"
    fake.write_text("not an image at all")
    ed = view.editor
    write(qtbot, view, "Mugs", targets=[accounts[0]])
    refused = ed.media_panel.add_files([str(broken), str(fake), good])
    assert refused == ["broken.jpg is damaged: the image data cannot be read.",
                       "notes.png is not an image this app can post (JPEG, PNG, GIF or WebP)."]
    assert ed.media_panel.message.text() == "\n".join(refused)
    assert [m.mime_type for m in ed.media_panel.media()] == ["image/jpeg"]


def test_bluesky_needs_alt_text_mastodon_only_asks(qtbot, view, accounts, tmp_path):
    mastodon, bluesky = accounts[0], accounts[2]
    ed = view.editor
    write(qtbot, view, "Nuevas tazas", targets=[mastodon, bluesky])
    ed.media_panel.add_files([photo(tmp_path / "a.jpg")])
    ed.recount()
    assert not ed.schedule_button.isEnabled()
    assert "Bluesky needs a description (alt text) for every image; images without one: 1." \
        in ed.schedule_refusal()
    assert any(p.code == "alt_missing" and p.account_id == mastodon.id for p in ed.problems)
    ed.rows[bluesky.id].check.setChecked(False)
    ed.recount()
    assert ed.schedule_button.isEnabled()  # Mastodon only asks: a warning
    assert "images without a description (alt text): 1" in ed.problems_label.text()
    ed.rows[bluesky.id].check.setChecked(True)
    qtbot.keyClicks(ed.media_panel.items[0].alt_edit, "Tres tazas azules sobre una mesa")
    ed.recount()
    assert ed.schedule_button.isEnabled() and ed.problems == []


def test_images_reorder_remove_and_too_big_is_downscaled_per_platform(
        qtbot, view, accounts, tmp_path):
    mastodon, bluesky = accounts[0], accounts[2]
    ed = view.editor
    write(qtbot, view, "Big photo", targets=[mastodon, bluesky])
    big = photo(tmp_path / "big.jpg", size=(3000, 2000), noise=True, quality=95)
    assert image_size(big) == (3000, 2000)
    ed.media_panel.add_files([big, photo(tmp_path / "small.jpg"),
                              photo(tmp_path / "third.jpg")])
    assert "made smaller for Bluesky" in ed.media_panel.items[0].info.text()
    ed.media_panel.items[2].delete.click()
    ed.media_panel.items[0].down.click()
    ed.media_panel.items[1].down.click()
    assert ed.media_panel.items[0].media.width == 800  # small first, big last
    ed.media_panel.items[0].up.click()  # no-op at the top
    for i, item in enumerate(ed.media_panel.items):
        qtbot.keyClicks(item.alt_edit, f"photo {i}")
    ed.recount()
    assert ed.schedule_local(datetime(2031, 5, 4, 10, 0))
    assert Media.select().where(Media.draft == ed.draft_id).count() == 2
    for item in OutboxItem.select():
        files = [link.media for link in OutboxMedia.select().where(OutboxMedia.outbox == item)
                 .order_by(OutboxMedia.position)]
        assert [m.alt_text for m in files] == ["photo 0", "photo 1"]
        size = image_size(files[1].path)
        if item.account_id == bluesky.id:
            assert files[1].size_bytes <= 1_000_000 and max(size) <= 2000
        else:
            assert size == (3000, 2000)  # Mastodon takes it as it is


# --- autosave, undo, snippets ----------------------------------------------------------------

def test_typing_is_autosaved_to_disk_within_seconds(qtbot, view, accounts, workspace):
    ed = view.editor
    write(qtbot, view, "", targets=[accounts[1]])
    type_text(ed.body_edit, "店庆大促")
    with qtbot.waitSignal(ed.autosaved, timeout=4000) as blocker:
        type_text(ed.body_edit, "，全场八折")  # autosave fires 1.5 s after the last key
    draft_id = blocker.args[0]
    # A separate connection sees it: committed, so a crash now loses nothing typed so far.
    con = sqlite3.connect(workspace.database)
    try:
        row = con.execute("SELECT body FROM draft WHERE id = ?", (draft_id,)).fetchone()
    finally:
        con.close()
    assert row == ("店庆大促，全场八折",)
    assert not ed.is_dirty()
    assert visible_titles(view)[0] == "店庆大促，全场八折"


def test_undo_and_redo_with_shortcuts_and_buttons(qtbot, view, accounts):
    ed = view.editor
    write(qtbot, view, "", targets=[accounts[0]])
    ed.body_edit.setFocus()
    qtbot.keyClicks(ed.body_edit, "Hola")
    assert ed.undo_button.isEnabled()
    qtbot.keySequence(ed.body_edit, "Ctrl+Z")
    assert ed.body_edit.toPlainText() == ""
    qtbot.keySequence(ed.body_edit, "Ctrl+Shift+Z")
    assert ed.body_edit.toPlainText() == "Hola"
    ed.undo_button.click()
    assert ed.body_edit.toPlainText() == ""
    ed.redo_button.click()
    assert ed.body_edit.toPlainText() == "Hola"


def test_snippets_are_managed_and_inserted_at_the_cursor(qtbot, view, accounts):
    dialog = SnippetsDialog(view)
    qtbot.addWidget(dialog)
    dialog.add_snippet()
    dialog.name_edit.setText("Horario")
    dialog.name_edit.textEdited.emit("Horario")
    dialog.text_edit.setPlainText("Abierto de 10:00 a 20:00")
    dialog.accept()
    assert list_snippets() == [Snippet("Horario", "Abierto de 10:00 a 20:00")]
    ed = view.editor
    write(qtbot, view, "Hola. ¡Te esperamos!", targets=[accounts[0]])
    cursor = ed.body_edit.textCursor()
    cursor.setPosition(6)
    ed.body_edit.setTextCursor(cursor)
    ed.snippets_menu.rebuild()
    action = next(a for a in ed.snippets_menu.actions() if a.text() == "Horario")
    action.trigger()
    assert ed.body_edit.toPlainText() == "Hola. Abierto de 10:00 a 20:00¡Te esperamos!"
    ed.undo()
    assert ed.body_edit.toPlainText() == "Hola. ¡Te esperamos!"


# --- scheduling ------------------------------------------------------------------------------

def test_schedule_creates_one_outbox_row_per_target_in_utc_with_the_zone(qtbot, view, accounts):
    mastodon, weibo = accounts[0], accounts[1]
    ed = view.editor
    write(qtbot, view, "Nuevas tazas en la tienda", targets=[mastodon, weibo])
    ed.hashtags_edit.setText("#cerámica tazas")
    ed.edit_for_account(weibo.id).setPlainText("新品陶瓷杯到店")
    ed.recount()
    assert ed.schedule_local(datetime(2031, 7, 1, 9, 0))  # 09:00 summer time in Madrid
    rows = {r.account_id: r for r in OutboxItem.select()}
    assert set(rows) == {mastodon.id, weibo.id}
    for row in rows.values():
        assert row.scheduled_at == datetime(2031, 7, 1, 7, 0)
        assert row.scheduled_tz == "Europe/Madrid" and row.draft_id == ed.draft_id
    assert rows[mastodon.id].body == "Nuevas tazas en la tienda\n\n#cerámica #tazas"
    assert rows[weibo.id].body == "新品陶瓷杯到店"  # its own text; Weibo takes no hashtags
    assert Draft.get_by_id(ed.draft_id).state == DraftState.SCHEDULED
    assert "scheduled: changes here do not change the queued posts" in ed.heading.text()
    assert "Scheduled for" in ed.status_label.text() and "Europe/Madrid" in \
        ed.status_label.text()
    assert not ed.schedule_local(datetime(2031, 7, 2, 9, 0))  # never twice
    assert "already scheduled" in ed.status_label.text()
    assert OutboxItem.select().count() == 2


def test_dst_gap_and_past_times_are_refused_with_nothing_queued(qtbot, view, accounts):
    ed = view.editor
    write(qtbot, view, "Feria de primavera", targets=[accounts[0]])
    assert not ed.schedule_local(datetime(2031, 3, 30, 2, 30))  # Madrid springs forward
    text = ed.status_label.text()  # the locale's date ("Sun, Mar 30, 2031 2:30 AM")
    assert text.startswith("Sun, Mar 30, 2031 2:30") and text.endswith(
        " does not exist in Europe/Madrid: the clocks skip that hour "
        "(daylight saving time). Pick a time outside it.")
    assert not ed.schedule_local(datetime(2020, 1, 1, 9, 0))
    assert "is in the past" in ed.status_label.text()
    assert OutboxItem.select().count() == 0
    assert ed.body_edit.toPlainText() == "Feria de primavera"


def test_schedule_dialog_keeps_the_owner_in_place_on_a_bad_time(qtbot, view):
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate, QTime

    dialog = ScheduleDialog(ZoneInfo("Europe/Madrid"), view)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2031, 3, 30))
    dialog.time_edit.setTime(QTime(2, 30))
    dialog.accept()
    assert dialog.result() == 0 and "does not exist" in dialog.error_label.text()
    dialog.time_edit.setTime(QTime(3, 30))
    dialog.accept()
    assert dialog.result_utc == datetime(2031, 3, 30, 1, 30)


def test_publish_now_queues_without_a_time(qtbot, view, accounts, monkeypatch):
    ed = view.editor
    write(qtbot, view, "¡Abrimos hoy!", targets=[accounts[0], accounts[1]])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ed.publish_button, Qt.MouseButton.LeftButton)
    items = list(OutboxItem.select())
    assert len(items) == 2 and all(i.scheduled_at is None for i in items)
    assert all(i.created_at <= utcnow() for i in items)
    assert ed.status_label.text() == "Queued to publish now on 2 account(s)."


def test_ctrl_s_saves_and_closing_the_window_saves_the_rest(qtbot, view, accounts):
    ed = view.editor
    write(qtbot, view, "", targets=[accounts[0]])
    ed.body_edit.setFocus()
    qtbot.keyClicks(ed.body_edit, "Pan de masa madre")
    qtbot.keySequence(ed.body_edit, "Ctrl+S")
    assert Draft.get_or_none(Draft.body == "Pan de masa madre") is not None
    qtbot.keyClicks(ed.body_edit, " recien hecho")
    assert ed.is_dirty()
    view.hide()  # the window closes before the autosave timer fired
    assert Draft.get_or_none(Draft.body == "Pan de masa madre recien hecho") is not None
