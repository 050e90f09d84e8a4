"""The inbox screen, driven like a user: rows, filters, search, reading pane, triage keys."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from mbdesk.store import settings
from mbdesk.store.models import (
    Account,
    KeywordWatch,
    Mention,
    MentionState,
    Person,
    Stream,
    utcnow,
)
from mbdesk.ui.account_badge import short_name
from mbdesk.ui.models.mentions import ACCOUNT, AUTHOR, STATE, TEXT, ColorRole
from mbdesk.ui.safe_browser import SafeTextBrowser
from mbdesk.ui.views.inbox import InboxView


@pytest.fixture
def inbox(qtbot, ctx):
    settings.put("timezone", "Europe/Madrid")
    shop = Account.create(platform="mastodon", handle="shop@example.social",
                          display_name="Panadería", color="#e11d48")
    weibo = Account.create(platform="weibo", handle="bakery", display_name="面包店",
                           color="#f59e0b")
    ana = Person.create(platform="mastodon", remote_id="1", handle="ana@example.social",
                        display_name="Ana")
    li = Person.create(platform="weibo", remote_id="2", handle="lilei", display_name="李雷")
    now = utcnow()
    rows = [
        (shop, ana, "¿Abren el domingo?\nQuiero pedir una tarta.", MentionState.NEW, 5),
        (weibo, li, "发货太慢了，等了一个星期", MentionState.NEW, 60 * 3),
        (weibo, li, "<b>价格</b> <script>alert(1)</script>", MentionState.READ, 60 * 5),
        (shop, ana, "Gracias por todo", MentionState.DONE, 60 * 30),
    ]
    for i, (account, author, text, state, minutes) in enumerate(rows):
        Mention.create(account=account, remote_id=str(i), author=author, text_plain=text,
                       state=state, created_at=now - timedelta(minutes=minutes))
    watch = KeywordWatch.create(account=shop, query="tarta")
    Mention.create(account=shop, remote_id="w", stream=Stream.WATCH, watch=watch, author=ana,
                   text_plain="La mejor tarta de la ciudad", state=MentionState.NEW,
                   created_at=now - timedelta(days=2))
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.refresh()
    return view


def read(qtbot, view: InboxView) -> None:
    """Wait for the selected mention, which a worker reads (its text may be megabytes)."""
    qtbot.waitUntil(lambda: view._current is not None and view.reader.pending_id is None)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a user would: ASCII as key presses, other scripts as an input-method commit
    (QTest cannot synthesise key presses for Chinese characters)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown_texts(view: InboxView) -> list[str]:
    return [view.model.index(r, TEXT).data() for r in range(view.model.rowCount())]


def test_rows_newest_first_with_account_author_and_bold_new(inbox: InboxView) -> None:
    model = inbox.model
    assert model.rowCount() == 5
    assert shown_texts(inbox)[:2] == ["¿Abren el domingo?", "发货太慢了，等了一个星期"]
    assert model.index(0, ACCOUNT).data() == "Panadería"
    assert model.index(0, ACCOUNT).data(ColorRole).name() == "#e11d48"
    assert not model.index(0, ACCOUNT).data(Qt.ItemDataRole.DecorationRole).isNull()  # its dot
    assert model.index(1, AUTHOR).data() == "李雷"
    assert model.index(0, STATE).data() == "new"
    assert model.index(0, TEXT).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, TEXT).data(Qt.ItemDataRole.FontRole) is None  # read: normal weight
    # waiting = mentions (not watch hits) neither answered nor done; the oldest is 5 h old
    assert inbox.header_label.text() == "3 new · 3 waiting for a reply, oldest 5 h"
    assert inbox.count_label.text() == "Mentions shown: 5"


def test_filters_narrow_the_rows(qtbot, inbox: InboxView) -> None:
    inbox.state_combo.setCurrentIndex(inbox.state_combo.findData(MentionState.NEW))
    assert inbox.model.rowCount() == 3
    inbox.account_combo.setCurrentIndex(inbox.account_combo.findText("面包店"))
    assert shown_texts(inbox) == ["发货太慢了，等了一个星期"]
    # one new and one read mention of this account wait; the read one is 5 h old
    assert inbox.header_label.text() == "1 new · 2 waiting for a reply, oldest 5 h"
    inbox.account_combo.setCurrentIndex(0)
    inbox.state_combo.setCurrentIndex(0)
    inbox.stream_combo.setCurrentIndex(inbox.stream_combo.findData(Stream.WATCH))
    assert shown_texts(inbox) == ["La mejor tarta de la ciudad"]


@pytest.mark.parametrize(("typed", "expected"), [
    ("太慢了", ["发货太慢了，等了一个星期"]),  # Chinese characters in a row
    ("价格", ["<b>价格</b> <script>alert(1)</script>"]),  # a two-character word
    ("TARTA", ["¿Abren el domingo?", "La mejor tarta de la ciudad"]),  # any line, any case
    ('"tarta" OR 1', []),  # quoted as one string, not an FTS expression
])
def test_typing_a_search_narrows_the_rows(qtbot, inbox: InboxView, typed: str,
                                          expected: list[str]) -> None:
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        type_text(qtbot, inbox.search, typed)
    assert shown_texts(inbox) == expected
    assert inbox.count_label.text() == f"Mentions shown: {len(expected)}"


def test_reading_pane_shows_plain_text_never_html(qtbot, inbox: InboxView) -> None:
    inbox.table.selectRow(2)
    read(qtbot, inbox)
    # plain text (no HTML from the server) is shown as text: its markup is not interpreted
    assert isinstance(inbox.detail_text, SafeTextBrowser)
    assert inbox.detail_text.toPlainText() == "<b>价格</b> <script>alert(1)</script>"
    assert inbox.detail_author.text() == "李雷  @lilei"
    assert inbox.detail_author.textFormat() == Qt.TextFormat.PlainText
    assert "面包店" in inbox.detail_meta.text() and "read" in inbox.detail_meta.text()
    inbox.table.selectRow(0)
    read(qtbot, inbox)
    assert inbox.detail_text.toPlainText() == "¿Abren el domingo?\nQuiero pedir una tarta."


def test_buttons_change_state_persist_and_show(qtbot, inbox: InboxView) -> None:
    inbox.table.selectRow(0)
    read(qtbot, inbox)
    mention_id = inbox._current.id
    qtbot.mouseClick(inbox.read_button, Qt.MouseButton.LeftButton)
    assert Mention.get_by_id(mention_id).state == MentionState.READ
    assert inbox.model.index(0, STATE).data() == "read"
    assert inbox.model.index(0, TEXT).data(Qt.ItemDataRole.FontRole) is None
    assert inbox.header_label.text().startswith("2 new")
    assert not inbox.read_button.isEnabled()
    qtbot.mouseClick(inbox.unread_button, Qt.MouseButton.LeftButton)
    assert Mention.get_by_id(mention_id).state == MentionState.NEW
    assert inbox.header_label.text().startswith("3 new")
    qtbot.mouseClick(inbox.done_button, Qt.MouseButton.LeftButton)
    assert Mention.get_by_id(mention_id).state == MentionState.DONE
    assert inbox.table.currentIndex().row() == 1  # done moves on to the next mention
    # a fresh screen reads the same state back from the database
    inbox.refresh()
    assert inbox.model.index(0, STATE).data() == "done"


def test_keyboard_triage(qtbot, inbox: InboxView) -> None:
    inbox.table.setFocus()  # the list takes its first row as current
    assert inbox.table.currentIndex().row() == 0
    qtbot.keyClick(inbox.table, Qt.Key.Key_J)
    assert inbox.table.currentIndex().row() == 1
    qtbot.keyClick(inbox.table, Qt.Key.Key_K)
    assert inbox.table.currentIndex().row() == 0
    read(qtbot, inbox)
    first = inbox._current.id
    qtbot.keyClick(inbox.table, Qt.Key.Key_E)
    assert Mention.get_by_id(first).state == MentionState.DONE
    assert inbox.table.currentIndex().row() == 1
    read(qtbot, inbox)
    second = inbox._current.id
    qtbot.keyClick(inbox.table, Qt.Key.Key_U)
    assert Mention.get_by_id(second).state == MentionState.NEW
    inbox.table.selectRow(2)  # a read one
    read(qtbot, inbox)
    third = inbox._current.id
    qtbot.keyClick(inbox.table, Qt.Key.Key_U)
    assert Mention.get_by_id(third).state == MentionState.NEW


def test_typing_e_in_the_search_box_is_text_not_a_shortcut(qtbot, inbox: InboxView) -> None:
    inbox.table.selectRow(0)
    read(qtbot, inbox)
    mention_id = inbox._current.id
    inbox.search.setFocus()
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        qtbot.keyClicks(inbox.search, "ejue")
    assert inbox.search.text() == "ejue"
    assert Mention.get_by_id(mention_id).state == MentionState.NEW


def test_long_inbox_loads_page_by_page(qtbot, ctx) -> None:
    account = Account.create(platform="mastodon", handle="shop", color="#e11d48")
    now = utcnow()
    Mention.insert_many([
        {"account": account, "remote_id": str(i), "text_plain": f"mensaje {i}",
         "created_at": now - timedelta(minutes=i), "received_at": now}
        for i in range(440)
    ]).execute()
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 50  # the first screenful comes fast, then 200 at a time
    assert view.model.canFetchMore()
    with qtbot.waitSignal(view.model.page_loaded):  # later pages come from a worker thread
        view.model.fetchMore()
        view.model.fetchMore()  # one page at a time: a second call while one is on its way
    assert view.model.rowCount() == 250
    with qtbot.waitSignal(view.model.page_loaded):
        view.model.fetchMore()
    assert view.model.rowCount() == 440
    assert not view.model.canFetchMore()
    assert shown_texts(view)[-1] == "mensaje 439"
    assert view.count_label.text() == "Mentions shown: 440"
    # j at the end of the loaded rows asks for the next page
    view.refresh()
    view.table.selectRow(49)
    view.move(1)
    assert view.model.rowCount() == 250
    assert view.table.currentIndex().row() == 50
    # a page still on its way when the filters change is dropped (the mention opened above is
    # "read" now: a stale unfiltered page would bring it into the "new" list)
    view.refresh()
    view.model.fetchMore()
    view.state_combo.setCurrentIndex(view.state_combo.findData(MentionState.NEW))
    qtbot.wait(300)
    rows = [view.model.row_at(i) for i in range(view.model.rowCount())]
    assert rows and all(r.state == MentionState.NEW for r in rows)
    assert len({r.id for r in rows}) == len(rows)
    view.state_combo.setCurrentIndex(0)
    # a screen taller than the first page fills itself
    view.refresh()
    view.resize(900, 4000)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 50, timeout=3000)


def test_results_of_an_older_search_are_dropped(qtbot, inbox: InboxView) -> None:
    from mbdesk.store.queries.mentions import MentionFilter
    from mbdesk.ui.views.inbox import load_first_page

    stale = load_first_page(MentionFilter(search="domingo"))
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        type_text(qtbot, inbox.search, "太慢了")
    inbox._show_results(inbox._generation - 1, MentionFilter(search="domingo"), stale)
    assert shown_texts(inbox) == ["发货太慢了，等了一个星期"]
    assert inbox.search.text() == "太慢了"


def test_filters_combine_with_a_search(qtbot, inbox: InboxView) -> None:
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        type_text(qtbot, inbox.search, "tarta")
    assert len(shown_texts(inbox)) == 2
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        inbox.stream_combo.setCurrentIndex(inbox.stream_combo.findData(Stream.MENTIONS))
    assert shown_texts(inbox) == ["¿Abren el domingo?"]
    with qtbot.waitSignal(inbox.loaded, timeout=5000):
        inbox.refresh()  # a sync after new mentions arrived keeps the search
    assert shown_texts(inbox) == ["¿Abren el domingo?"]


def test_account_column_shows_dot_and_short_name_whole_name_as_tooltip(inbox: InboxView) -> None:
    Account.update(display_name="Panadería Luna · 月亮面包坊").where(
        Account.display_name == "Panadería").execute()
    inbox.refresh()
    first = inbox.model.index(0, ACCOUNT)
    assert first.data() == "Panadería Luna"  # the first part: fits the column, says which
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Panadería Luna · 月亮面包坊"
    assert first.data(ColorRole).name() == "#e11d48"
    assert short_name("Luna 客服 · Atención al cliente") == "Luna 客服"
    assert short_name("Coca-Cola") == "Coca-Cola"  # a hyphen inside a word is no separator
    assert short_name("Bakery (Help desk)") == "Bakery"
    assert short_name("月亮面包坊") == "月亮面包坊"


def test_delegate_gets_every_role_of_a_cell_in_one_call(inbox: InboxView) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    delegate = QStyledItemDelegate()  # one delegate paints every cell, reusing its role span
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, inbox.model.index(0, ACCOUNT))  # multiData
    assert option.text == "Panadería"
    assert option.font.bold()  # a new mention
    assert not option.icon.isNull()  # the account's colour dot
    read = QStyleOptionViewItem()
    delegate.initStyleOption(read, inbox.model.index(2, TEXT))
    assert not read.font.bold()  # read: normal weight
    assert read.icon.isNull()  # the dot only in the Account column
    assert read.text == inbox.model.index(2, TEXT).data()


def test_an_author_name_with_a_direction_override_is_isolated_in_the_list(inbox) -> None:
    from datetime import UTC

    from mbdesk.ui.models.mentions import shown_texts
    from mbdesk.ui.safe_text import FSI, PDI

    plain = inbox.model.row_at(0)
    evil = plain._replace(id=10**9, author_name="\u202eevil")
    shown = shown_texts([plain, evil], UTC)
    assert isinstance(shown[plain.id], str)  # a plain name: only its time is kept
    author, when = shown[evil.id]
    assert author.startswith(FSI) and author.endswith(PDI) and when
    inbox.model.replace_row(0, evil)  # a row the load never saw: made when first shown
    assert inbox.model.index(0, AUTHOR).data() == author
    assert inbox.model.index(1, AUTHOR).data() == "李雷"


def test_reading_pane_is_built_after_the_list_painted(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate

    from mbdesk.ui.laid_out_text import LaidOutTextDelegate

    shop = Account.create(platform="mastodon", handle="shop@example.social")
    ana = Person.create(platform="mastodon", remote_id="1", handle="ana@example.social")
    Mention.create(account=shop, remote_id="1", author=ana, text_plain="Hola",
                   state=MentionState.NEW, created_at=utcnow())
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert "pane" not in view.__dict__  # the list shows first (start-up)
    assert shown_texts(view) == ["Hola"]
    assert type(view.table.itemDelegate()) is QStyledItemDelegate  # the first paint: the style
    view.show()
    qtbot.waitUntil(lambda: "pane" in view.__dict__)  # nobody asked: built after the paint
    assert view.pane.isVisibleTo(view)
    assert isinstance(view.table.itemDelegate(), LaidOutTextDelegate)  # then, laid-out texts
    assert view.pane.empty_overview.text() == view.header_label.text() == "1 new · 1 waiting " \
        "for a reply, oldest 0 min"
    assert not view.undo_button.isEnabled() and not view.done_button.isEnabled()


def test_the_list_shows_without_the_orm_and_the_pane_loads_it(qtbot, ctx, workspace) -> None:
    """Start-up shows the inbox before the ORM is loaded: the list, header and counts come
    from plain SQL; the reading pane (built after the list painted) and triage load it."""
    from mbdesk.store import sql
    from mbdesk.store.models import database_proxy

    shop = Account.create(platform="mastodon", handle="shop@example.social")
    ana = Person.create(platform="mastodon", remote_id="1", handle="ana@example.social")
    for i, text in enumerate(("Hola", "¿Abren hoy?")):
        Mention.create(account=shop, remote_id=str(i), author=ana, text_plain=text,
                       state=MentionState.NEW, created_at=utcnow() - timedelta(minutes=i))
    ctx.db.close()
    ctx.db = None
    database_proxy.initialize(None)  # as at start-up: any use of the models would fail now
    sql.open_plain(workspace.database)
    try:
        view = InboxView(ctx)
        qtbot.addWidget(view)
        view.refresh()
        assert shown_texts(view) == ["Hola", "¿Abren hoy?"]
        assert view.header_label.text().startswith("2 new")
        assert view.account_combo.count() == 2 and ctx.db is None
        view.show()
        qtbot.waitUntil(lambda: "pane" in view.__dict__)  # built after the paint: with the ORM
        assert ctx.db is not None and sql.orm_bound()
        view.table.selectRow(0)
        read(qtbot, view)
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
        assert Mention.get(Mention.text_plain == "Hola").state == MentionState.DONE
    finally:
        if ctx.db is not None:
            ctx.db.close()
        sql.use_orm(database_proxy)
