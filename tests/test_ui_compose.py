"""Compose & Drafts screen: the library shows drafts, search and filters narrow it, the editor
saves through the store, New / Duplicate / Archive do what they say, empty states explain."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mbdesk.store.models import Account, Draft, DraftTarget
from mbdesk.ui.views.compose import ComposeView, count_text


def visible_titles(view: ComposeView) -> list[str]:
    model = view.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.fixture
def accounts(db):
    return [
        Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48"),
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
        d = Draft.create(
            title=title, body=body, category=category, updated_at=base + timedelta(hours=i)
        )
        DraftTarget.create(draft=d, account=accounts[i % 2])
    widget = ComposeView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    return widget


def test_library_lists_drafts_newest_first_with_labels(view):
    assert visible_titles(view) == ["新品上市：手工陶瓷杯", "Oferta de primavera", "Spring mugs"]
    model = view.table.model()
    assert model.index(1, 1).data() == "Promotion / discount"
    assert model.index(1, 2).data() == "shop.bsky.social"
    assert model.index(0, 3).data() == "Draft"
    assert view.count_label.text() == "3 draft(s)"
    assert view.library_stack.currentWidget() is view.table


def test_search_and_filters_narrow_the_list(qtbot, view):
    with qtbot.waitSignal(view.model.modelReset):
        qtbot.keyClicks(view.search, "ceramic")
    assert visible_titles(view) == ["Spring mugs"]
    with qtbot.waitSignal(view.model.modelReset):
        view.search.setText("陶瓷")  # two characters: the LIKE fallback
    assert visible_titles(view) == ["新品上市：手工陶瓷杯"]
    with qtbot.waitSignal(view.model.modelReset):
        view.search.setText("nothing like this")
    assert visible_titles(view) == []
    assert view.library_stack.currentWidget() is view.empty_label
    assert "No drafts match" in view.empty_label.text()
    view.search.clear()
    view.apply_filter()
    view.category_filter.setCurrentIndex(view.category_filter.findData("promotion"))
    assert visible_titles(view) == ["Oferta de primavera"]


def test_selecting_a_draft_fills_the_editor_and_save_writes(qtbot, view, accounts):
    view.table.selectRow(2)
    assert view.title_edit.text() == "Spring mugs"
    assert view.target_checks[accounts[0].id].isChecked()
    assert not view.target_checks[accounts[1].id].isChecked()
    view.title_edit.clear()
    qtbot.keyClicks(view.title_edit, "Summer mugs")
    view.target_checks[accounts[1].id].setChecked(True)
    assert view.is_dirty()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = Draft.get(Draft.title == "Summer mugs")
    assert {t.account_id for t in saved.targets} == {accounts[0].id, accounts[1].id}
    assert not view.is_dirty()
    assert visible_titles(view)[0] == "Summer mugs"  # the change moved it to the top
    assert view.table.currentIndex().row() == 0
    assert view.status_label.text() == "Saved."


def test_new_draft_save_duplicate_and_archive(qtbot, view, accounts):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.title_edit.text() == "" and not view.duplicate_button.isEnabled()
    view.body_edit.setPlainText("Opening hours change on Monday")
    view.category_combo.setCurrentIndex(view.category_combo.findData("service_notice"))
    view.target_checks[accounts[0].id].setChecked(True)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert Draft.select().count() == 4
    new = Draft.get(Draft.body == "Opening hours change on Monday")
    assert new.category == "service_notice"
    assert visible_titles(view)[0] == "Opening hours change on Monday"

    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert Draft.select().count() == 5
    assert view.count_label.text() == "5 draft(s)"

    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert Draft.select().where(Draft.archived == True).count() == 1  # noqa: E712
    assert view.count_label.text() == "4 draft(s)"
    view.state_filter.setCurrentIndex(view.state_filter.findData("archived"))
    assert visible_titles(view) == ["Opening hours change on Monday"]


def test_leaving_unsaved_changes_asks_first(qtbot, view, monkeypatch):
    view.table.selectRow(0)
    qtbot.keyClicks(view.body_edit, " extra")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.table.selectRow(1)
    assert asked == ["Unsaved draft"]
    assert view.table.currentIndex().row() == 0  # cancelled: stays on the edited draft
    assert " extra" in view.body_edit.toPlainText()  # the edit is still there


def test_per_target_counts_follow_the_text(qtbot, view, accounts):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    view.body_edit.setPlainText("👩‍👩‍👧 café")
    label = view.target_counts[accounts[0].id].text()
    expected = count_text("mastodon", "👩‍👩‍👧 café")
    assert label == f"{expected.used} / {expected.limit}"
    assert expected.used <= 6  # a ZWJ family is one character, never its code points


def test_empty_library_says_what_to_do(qtbot, ctx):
    widget = ComposeView(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.library_stack.currentWidget() is widget.empty_label
    assert widget.empty_label.text() == "No drafts yet — write your first post on the right."


def test_saving_on_the_way_out_keeps_the_clicked_draft_selected(qtbot, view, monkeypatch):
    view.table.selectRow(2)  # "Spring mugs"
    view.title_edit.setText("Spring mugs, edited")
    view._on_edited()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    view.table.selectRow(1)  # "Oferta de primavera" before the save reorders the list
    assert Draft.get(Draft.title == "Spring mugs, edited")
    assert view.title_edit.text() == "Oferta de primavera"
    assert view.table.currentIndex().data() == "Oferta de primavera"


def test_ctrl_s_saves(qtbot, view):
    view.table.selectRow(0)
    view.body_edit.setFocus()
    view.body_edit.setPlainText("新品上市：手工陶瓷杯，今天到店")
    qtbot.keySequence(view.body_edit, "Ctrl+S")
    assert Draft.get_or_none(Draft.body == "新品上市：手工陶瓷杯，今天到店") is not None
