"""A huge mention (megabytes of text from a hostile or broken server) is stored whole but the
reading pane builds only the first part of it, with a "Show more" button; the window never
lays out megabytes at once."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication

from mbdesk.store.models import Account, Mention, Platform
from mbdesk.ui.views.inbox import InboxView
from mbdesk.ui.views.inbox_conversation import DISPLAY_CHARS


def test_a_huge_mention_is_shown_a_part_at_a_time_and_kept_whole(qtbot, ctx):
    shop = Account.create(platform=Platform.MASTODON, instance_url="https://x.example",
                          handle="shop@x.example", display_name="Shop", remote_id="1")
    normal = Mention.create(account=shop, remote_id="n1", status_remote_id="s1",
                            text_plain="¿Abrís el domingo?", text_html="<p>¿Abrís el domingo?</p>")
    huge_html = "<p>" + "croissant " * 200_000 + "THE-END</p>"  # 2 MB
    huge = Mention.create(account=shop, remote_id="n2", status_remote_id="s2",
                          text_plain="croissant " * 200_000, text_html=huge_html)
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    pane = view.pane

    def select(mention_id: int) -> None:
        qtbot.waitUntil(lambda: view.model.row_of(lambda r: r.id == mention_id) >= 0)
        view.table.selectRow(view.model.row_of(lambda r: r.id == mention_id))
        qtbot.waitUntil(lambda: view._current is not None)  # read on a worker
        assert view._current.id == mention_id

    select(normal.id)
    assert pane.detail_text.toPlainText() == "¿Abrís el domingo?"
    assert pane.more_button.isHidden()

    select(huge.id)
    shown = pane.detail_text.toPlainText()
    assert len(shown) <= DISPLAY_CHARS + 10 and "THE-END" not in shown
    assert not pane.more_button.isHidden()
    number = QLocale().toString  # as the locale writes numbers
    assert f"{number(DISPLAY_CHARS)} of {number(len(huge_html))}" in pane.more_button.text()
    pane.more_button.click()
    assert DISPLAY_CHARS + 10 < len(pane.detail_text.toPlainText()) <= 2 * DISPLAY_CHARS + 10
    assert Mention.get_by_id(huge.id).text_html == huge_html  # stored whole

    select(normal.id)  # back to a normal one: no button, the part resets
    assert pane.more_button.isHidden()
    select(huge.id)
    assert len(pane.detail_text.toPlainText()) <= DISPLAY_CHARS + 10


def test_the_selected_mention_is_read_on_a_worker_and_a_late_answer_is_dropped(qtbot, ctx):
    shop = Account.create(platform=Platform.MASTODON, instance_url="https://x.example",
                          handle="shop@x.example", display_name="Shop", remote_id="1")
    normal = Mention.create(account=shop, remote_id="n1", text_plain="¿Abrís el domingo?")
    huge = Mention.create(account=shop, remote_id="n2", text_plain="croissant " * 300_000)
    view = InboxView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    row = {m.id: view.model.row_of(lambda r, i=m.id: r.id == i) for m in (normal, huge)}
    view.table.selectRow(row[huge.id])
    # not read on the GUI thread: nothing to act on (or reply to) until the worker answers
    assert view._current is None and view.reader.pending_id == huge.id
    assert not view.pane.composer.isEnabled() and not view.done_button.isEnabled()
    view.table.selectRow(row[normal.id])  # moved on before the huge one arrived
    qtbot.waitUntil(lambda: view._current is not None)
    QThreadPool.globalInstance().waitForDone()  # the huge one's read has finished too…
    QApplication.processEvents()  # …and its answer was delivered: dropped as stale
    assert view._current.id == normal.id
    assert view.pane.detail_text.toPlainText() == "¿Abrís el domingo?"
    assert view.pane.more_button.isHidden() and view.pane.composer.isEnabled()
