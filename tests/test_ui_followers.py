"""The followers screen: rows, totals, filters, search (incl. Chinese), the side panel."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel

from mbdesk.store import settings
from mbdesk.store.models import (
    Account,
    FollowerEdge,
    Mention,
    Note,
    Person,
    PersonTag,
    Tag,
    utcnow,
)
from mbdesk.ui.models.people import FOLLOWERS, LOST, NAME, TAGS, TagsRole
from mbdesk.ui.views.followers import FollowersView, chip_text_color


@pytest.fixture
def followers(qtbot, ctx):
    settings.put("timezone", "Asia/Shanghai")
    now = utcnow()
    shop = Account.create(platform="mastodon", handle="shop", display_name="Panadería",
                          color="#e11d48")
    weibo = Account.create(platform="weibo", handle="bakery", display_name="面包店",
                           color="#f59e0b")
    kol = Tag.create(name="KOL", kind="kol", color="#9333ea")
    customer = Tag.create(name="customer", kind="customer", color="#16a34a")
    spec = [  # name, handle, platform, followers, [(account, days ago, lost days ago)], tags
        ("王小明", "wangxm", "weibo", 52_000, [(weibo, 2, None)], [kol]),
        ("María", "maria@example.social", "mastodon", 120, [(shop, 10, None), (weibo, 9, None)],
         [customer]),
        ("Bob", "bob@example.social", "mastodon", 15, [(shop, 40, 3)], []),
        ("李雷", "lilei", "weibo", 800, [(weibo, 20, None)], [customer, kol]),
    ]
    for i, (name, handle, platform, count, edges, tags) in enumerate(spec):
        person = Person.create(platform=platform, remote_id=str(i), handle=handle,
                               display_name=name, followers_count=count,
                               bio=f"<i>bio</i> of {name}")
        for account, days, lost in edges:
            FollowerEdge.create(account=account, person=person,
                                first_seen=now - timedelta(days=days),
                                lost_at=now - timedelta(days=lost) if lost else None)
        for tag in tags:
            PersonTag.create(person=person, tag=tag)
        if name == "李雷":
            Note.create(person=person, body="Orders 20 mooncakes every autumn")
    view = FollowersView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.refresh()
    return view


def names(view: FollowersView) -> list[str]:
    return [view.model.index(r, NAME).data() for r in range(view.model.rowCount())]


def test_rows_totals_tags_and_lost_flag(followers: FollowersView) -> None:
    assert names(followers) == ["王小明", "María", "李雷", "Bob"]
    model = followers.model
    assert model.index(0, FOLLOWERS).data() == QLocale().toString(52_000)
    assert [t.name for t in model.index(2, TAGS).data(TagsRole)] == ["KOL", "customer"]
    assert model.index(3, LOST).data() == "lost"
    assert model.index(0, LOST).data() == ""
    assert followers.header_label.text() == (
        "4 followers · 1 new this week · 1 lost this week")


def test_filters_narrow_the_rows(followers: FollowersView) -> None:
    followers.account_combo.setCurrentIndex(followers.account_combo.findText("Panadería"))
    assert names(followers) == ["María", "Bob"]
    assert followers.header_label.text().startswith("1 followers")
    followers.account_combo.setCurrentIndex(0)
    followers.tag_combo.setCurrentIndex(followers.tag_combo.findText("KOL"))
    assert names(followers) == ["王小明", "李雷"]
    followers.tag_combo.setCurrentIndex(0)
    followers.new_check.setChecked(True)
    assert names(followers) == ["王小明"]
    followers.new_check.setChecked(False)
    followers.lost_check.setChecked(True)
    assert names(followers) == ["Bob"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("小明", ["王小明"]),
    ("@li", ["李雷"]),  # handle prefix
    ("example.social", ["María", "Bob"]),
    ("nobody", []),
])
def test_search_by_name_or_handle(qtbot, followers: FollowersView, typed: str,
                                  expected: list[str]) -> None:
    with qtbot.waitSignal(followers.model.modelReset, timeout=2000):
        if typed.isascii():
            qtbot.keyClicks(followers.search, typed)
        else:  # Chinese arrives from the input method as a commit string
            followers.search.setFocus()
            event = QInputMethodEvent()
            event.setCommitString(typed)
            QApplication.sendEvent(followers.search, event)
    assert names(followers) == expected


def test_side_panel_shows_facts_tags_and_notes(followers: FollowersView) -> None:
    followers.table.selectRow(2)
    QApplication.processEvents()  # new chips are shown by a queued call
    assert followers.person_name.text() == "李雷"
    assert followers.person_handle.text() == "@lilei · Weibo"
    assert followers.person_bio.text() == "<i>bio</i> of 李雷"  # plain text, not HTML
    chips = [w.text() for w in followers.panel.findChildren(QLabel)
             if w.objectName().startswith("tag-chip-") and w.isVisibleTo(followers.panel)]
    assert chips == ["KOL", "customer"]
    assert followers.notes.toPlainText() == "Orders 20 mooncakes every autumn"
    assert not followers.notes.isReadOnly()  # notes are edited in place (autosaved)
    assert "面包店 since" in followers.fact_follows.text()
    followers.table.selectRow(3)
    assert "Panadería: followed " in followers.fact_follows.text()
    assert ", left " in followers.fact_follows.text()
    assert followers.notes.toPlainText() == ""


def test_chip_text_is_readable_on_its_colour() -> None:
    from PySide6.QtGui import QColor

    assert chip_text_color(QColor("#fde047")).name() == "#000000"  # on yellow: black
    assert chip_text_color(QColor("#1e3a8a")).name() == "#ffffff"  # on dark blue: white


# --- sorting, platform, notes search --------------------------------------------------------

def test_sort_platform_and_search_in_notes(qtbot, followers: FollowersView) -> None:
    followers.sort_combo.setCurrentIndex(followers.sort_combo.findData("followers"))
    assert names(followers) == ["王小明", "李雷", "María", "Bob"]
    followers.sort_combo.setCurrentIndex(followers.sort_combo.findData("name"))
    assert names(followers) == ["Bob", "María", "李雷", "王小明"]
    followers.sort_combo.setCurrentIndex(0)
    header = followers.table.horizontalHeader()
    header.sectionClicked.emit(FOLLOWERS)  # a click on the column header sorts by it
    assert followers.sort_combo.currentData() == "followers"
    followers.platform_combo.setCurrentIndex(followers.platform_combo.findData("weibo"))
    assert names(followers) == ["王小明", "李雷"]
    followers.platform_combo.setCurrentIndex(0)
    with qtbot.waitSignal(followers.model.modelReset, timeout=2000):
        qtbot.keyClicks(followers.search, "mooncakes")  # only in 李雷's notes
    assert names(followers) == ["李雷"]


# --- bulk tagging ---------------------------------------------------------------------------

def select_rows(view: FollowersView, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_bulk_tagging_from_the_menu(followers: FollowersView) -> None:
    assert not followers.bulk_button.isEnabled()
    select_rows(followers, [0, 3])  # 王小明 and Bob
    assert followers.bulk_button.isEnabled()
    assert followers.bulk_button.text() == "Tag 2 selected"
    followers._fill_bulk_menu()
    action = next(a for a in followers.bulk_menu.actions() if a.text() == "customer")
    action.trigger()
    tags = {names(followers)[r]: [t.name for t in followers.model.index(r, TAGS).data(TagsRole)]
            for r in range(4)}
    assert tags == {"王小明": ["KOL", "customer"], "María": ["customer"],
                    "李雷": ["KOL", "customer"], "Bob": ["customer"]}
    # a new tag from the same menu, named through the (replaced) question
    followers.ask_tag_name = lambda: "Fair 2026"
    followers._fill_bulk_menu()
    next(a for a in followers.bulk_menu.actions() if a.text() == "New tag…").trigger()
    fair = Tag.get(Tag.name == "Fair 2026")
    assert {pt.person.display_name for pt in PersonTag.select().where(PersonTag.tag == fair)} == {
        "王小明", "Bob"}
    assert followers.tag_combo.findText("Fair 2026") > 0


# --- person panel: notes, tags, suggestions, history ----------------------------------------

def test_notes_are_autosaved_after_a_pause_once(qtbot, followers: FollowersView) -> None:
    from PySide6.QtGui import QTextCursor

    followers.table.selectRow(2)  # 李雷
    person = Person.get(Person.display_name == "李雷")
    saves: list[int] = []
    followers.note_saved.connect(saves.append)
    followers.notes.setFocus()
    followers.notes.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(followers.note_saved, timeout=5000):
        qtbot.keyClicks(followers.notes, ", pays cash")
        # nothing written while typing
        assert Note.get(Note.person == person).body == "Orders 20 mooncakes every autumn"
        assert followers.note_status.text() == "Editing…"
    assert saves == [person.id]  # one save for the whole burst of keys
    assert Note.get(Note.person == person).body == "Orders 20 mooncakes every autumn, pays cash"
    assert followers.note_status.text() == "Saved"


def test_a_pending_note_is_saved_for_its_person_on_switch(qtbot, followers: FollowersView) -> None:
    followers.table.selectRow(3)  # Bob, no notes
    qtbot.keyClicks(followers.notes, "Left after the price rise")
    followers.table.selectRow(0)  # before the pause ends
    bob = Person.get(Person.display_name == "Bob")
    assert Note.get(Note.person == bob).body == "Left after the price rise"
    assert followers.notes.toPlainText() == ""  # 王小明 has none
    wang = Person.get(Person.display_name == "王小明")
    assert Note.select().where(Note.person == wang).count() == 0


def panel_chips(view: FollowersView) -> list[str]:
    return [w.text() for w in view.panel.findChildren(QLabel)
            if w.objectName().startswith("tag-chip-") and w.isVisibleTo(view.panel)]


def test_remove_and_add_a_tag_in_the_panel(qtbot, followers: FollowersView) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    followers.table.selectRow(2)  # 李雷: KOL, customer
    QApplication.processEvents()
    customer = Tag.get(Tag.name == "customer")
    button = followers.panel.findChild(QToolButton, f"tag-remove-{customer.id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert panel_chips(followers) == ["KOL"]
    assert [t.name for t in followers.model.index(2, TAGS).data(TagsRole)] == ["KOL"]
    followers._fill_add_tag_menu()
    texts = [a.text() for a in followers.add_tag_menu.actions() if a.text()]
    assert "KOL" not in texts and "customer" in texts  # what they carry is not offered
    next(a for a in followers.add_tag_menu.actions() if a.text() == "customer").trigger()
    QApplication.processEvents()
    assert panel_chips(followers) == ["KOL", "customer"]


def suggestion_names(view: FollowersView) -> list[str]:
    return [row.objectName() for row in view.suggestion_rows]


def test_suggestions_are_offered_accepted_and_dismissed(qtbot, followers: FollowersView) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    maria = Person.get(Person.display_name == "María")
    Mention.create(account=Account.get(Account.handle == "shop"), remote_id="m1", author=maria,
                   text_plain="¿Cuánto cuesta el roscón grande?")
    settings.put("suggest_kol_min_followers", 100)
    followers.table.selectRow(1)  # María: 120 followers, customer tag
    # already a customer: no "potential customer?"; 120 ≥ 100 followers: "KOL?"
    assert suggestion_names(followers) == ["suggestion-kol"]
    assert not PersonTag.select().join(Tag).where(
        (PersonTag.person == maria) & (Tag.kind == "kol")).exists()  # never applied silently
    row = followers.suggestion_rows[0]
    assert "120 followers" in row.findChild(QLabel).text()
    qtbot.mouseClick(row.findChild(QPushButton, "accept"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert "KOL" in panel_chips(followers)
    assert suggestion_names(followers) == []
    # Bob asks about prices; dismiss it and it stays dismissed
    bob = Person.get(Person.display_name == "Bob")
    Mention.create(account=Account.get(Account.handle == "shop"), remote_id="m2", author=bob,
                   text_plain="What's the price of a sourdough?")
    followers.table.selectRow(3)
    assert suggestion_names(followers) == ["suggestion-potential"]
    row = followers.suggestion_rows[0]
    qtbot.mouseClick(row.findChild(QPushButton, "dismiss"), Qt.MouseButton.LeftButton)
    assert suggestion_names(followers) == []
    followers.table.selectRow(0)
    followers.table.selectRow(3)
    assert suggestion_names(followers) == []


def test_history_shows_mentions_and_the_shops_replies(followers: FollowersView) -> None:
    from mbdesk.store.models import OutboxItem

    shop = Account.get(Account.handle == "shop")
    bob = Person.get(Person.display_name == "Bob")
    now = utcnow()
    m = Mention.create(account=shop, remote_id="h1", author=bob, text_plain="Open on Sunday?",
                       created_at=now - timedelta(hours=3))
    OutboxItem.create(kind="reply", account=shop, mention=m, body="Yes, 9 to 14!",
                      state="sent", sent_at=now - timedelta(hours=2))
    followers.table.selectRow(3)
    lines = [followers.history.item(i).text() for i in range(followers.history.count())]
    assert len(lines) == 2
    assert lines[0].startswith("↳ ") and "Panadería replied (sent): Yes, 9 to 14!" in lines[0]
    assert "to Panadería: Open on Sunday?" in lines[1]


def test_tag_manager_rename_merge_delete(qtbot, followers: FollowersView) -> None:
    from mbdesk.ui.tag_manager import TagManagerDialog

    dialog = TagManagerDialog()
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "customer · 2 people · built in" in labels
    assert any(label.startswith("Potential customer · 0 people") for label in labels)
    dialog.ask_text = lambda *_: "Mooncake club"
    dialog.new_tag()
    club = Tag.get(Tag.name == "Mooncake club")
    assert dialog.current_id() == club.id
    dialog.ask_text = lambda *_: "Mooncake fans"
    dialog.rename_current()
    assert Tag.get_by_id(club.id).name == "Mooncake fans"
    assert dialog.delete_button.isEnabled()  # custom tags can be deleted
    PersonTag.create(person=Person.get(Person.display_name == "李雷"), tag=club)
    dialog.ask_choice = lambda _t, _l, items: "customer"
    dialog.merge_current()
    assert Tag.get_or_none(Tag.id == club.id) is None
    assert "Merged" in dialog.message.text()
    # delete asks first; "no" keeps the tag
    asked: list[str] = []
    dialog.ask_text = lambda *_: "Temp"
    dialog.new_tag()
    temp = Tag.get(Tag.name == "Temp")
    PersonTag.create(person=Person.get(Person.display_name == "Bob"), tag=temp)
    dialog.reload()
    dialog.confirm = lambda question: asked.append(question) or False
    dialog.delete_current()
    assert Tag.get_or_none(Tag.id == temp.id) is not None
    assert asked == ["Delete the tag “Temp”? It is removed from 1 people."]
    dialog.confirm = lambda question: True
    dialog.delete_current()
    assert Tag.get_or_none(Tag.id == temp.id) is None
    # built-in kinds cannot be deleted or merged away
    dialog.list.setCurrentRow(next(i for i in range(dialog.list.count())
                                   if dialog.list.item(i).text().startswith("KOL")))
    assert not dialog.delete_button.isEnabled() and not dialog.merge_button.isEnabled()
