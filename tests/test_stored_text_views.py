"""Stored English reasons and notes where the calendar and the sent-post dialogs show them:
in zh_CN and es the known sentences appear translated, "Sandbox" too, and a server's own words
stay as stored."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mbdesk.store import post_changes, settings
from mbdesk.store.models import Account, OutboxItem
from mbdesk.store.queries.outbox_list import OutboxListRow
from mbdesk.ui import i18n, stored_text, tag_names
from mbdesk.ui.views.calendar import CalendarView
from mbdesk.ui.views.post_change_dialogs import delete_question, no_edit_text

FAILED = "The Mastodon server failed (HTTP 503, POST /api/v1/statuses)."
NOTE = ("This server cannot hold scheduled posts; mbdesk publishes them itself at their time — "
        "keep mbdesk or 'mbdesk sync' running then.")
EXPECTED = {  # language → (failed reason, note) as the window words them
    "zh_CN": ("Mastodon 服务器出错", "mbdesk 会在时间到时自己发布"),
    "es": ("El servidor de Mastodon falló", "mbdesk las publica a su hora"),
}


@pytest.fixture
def language(qapp):
    def use(code: str) -> None:
        i18n.install_translators(QApplication.instance(), code)
        stored_text._rules.cache_clear()
        tag_names.builtin_labels.cache_clear()

    yield use
    use("en")


@pytest.fixture
def posts(db):
    shop = Account.create(platform="mastodon", handle="pan@example.social", color="#e11d48")
    failed = OutboxItem.create(account=shop, body="Pan", state="failed", last_error=FAILED,
                               scheduled_at=datetime(2030, 5, 8, 10, 0))
    kept = OutboxItem.create(account=shop, body="Roscón", state="queued", note=NOTE,
                             scheduled_at=datetime(2030, 5, 8, 12, 0))
    return failed, kept


def test_english_is_shown_as_stored(language, qtbot, ctx, posts):
    language("en")
    view = calendar(qtbot, ctx)
    tooltip = flat(view.model.index_of(date(2030, 5, 8)).data(Qt.ItemDataRole.ToolTipRole))
    assert flat(FAILED) in tooltip and flat(NOTE) in tooltip


@pytest.mark.parametrize("code", ["zh_CN", "es"])
def test_calendar_tooltips_show_stored_reasons_translated(language, qtbot, ctx, posts, code):
    language(code)
    failed, _kept = posts
    reason, note = EXPECTED[code]
    view = calendar(qtbot, ctx)
    tip = view.model.index_of(date(2030, 5, 8)).data(Qt.ItemDataRole.ToolTipRole)
    assert max(len(line) for line in tip.splitlines()) <= 4 + 80  # long reasons wrapped
    month = flat(tip)
    assert flat(reason) in month and flat(note) in month
    assert flat(FAILED) not in month and "cannotholdscheduledposts" not in month
    assert "HTTP503" in month and "POST/api/v1/statuses" in month  # the server's facts kept
    view._show_day(date(2030, 5, 8))
    tips = flat("".join(view.day_list.item(i).toolTip() for i in range(view.day_list.count())))
    assert flat(reason) in tips and flat(note) in tips and flat(FAILED) not in tips
    view.show_week(date(2030, 5, 8))
    rect = view.week.chip_rect(failed.id)
    assert rect is not None
    week = flat(view.week.chip_tooltip(view.week.chip_at(rect.center())))
    assert flat(reason) in week and flat(FAILED) not in week


def flat(text: str) -> str:
    """Without white space: a tooltip's long lines are wrapped where it fits."""
    return "".join(text.split())


def test_wrap_tip_breaks_at_spaces_and_between_chinese_characters() -> None:
    from mbdesk.ui.tip_wrap import wrap_tip

    assert wrap_tip("uno dos tres cuatro", 9) == ["uno dos", "tres", "cuatro"]
    assert wrap_tip("此服务器不能保存定时帖子", 8) == ["此服务器", "不能保存", "定时帖子"]
    assert wrap_tip("https://a.very.long.example/path short", 10) == [
        "https://a.very.long.example/path", "short"]  # a long word stays whole


@pytest.mark.parametrize(("code", "sandbox", "no_edit"), [
    ("zh_CN", "在 沙盒 上", "此服务器（GoToSocial）不允许编辑"),
    ("es", "en Pruebas", "Este servidor (GoToSocial) no permite editar"),
])
def test_sent_post_dialogs_name_the_sandbox_and_reasons_in_the_language(language, db, code,
                                                                        sandbox, no_edit):
    language(code)
    demo = Account.create(platform="sandbox", handle="demo@sandbox", color="#2563eb")
    row = OutboxListRow(id=1, account_id=demo.id, handle=demo.handle, kind="publish",
                        state="sent", scheduled_at=None, created_at=datetime(2030, 5, 1),
                        sent_at=datetime(2030, 5, 1), head="Pan", last_error="", attempts=1,
                        remote_url="")
    question = delete_question(row, "Pan")
    assert sandbox in question and "Sandbox" not in question
    weibo = Account.create(platform="weibo", handle="面包店", color="#16a34a")
    assert ("微博" if code == "zh_CN" else "Weibo") in no_edit_text(None, weibo.id)
    # the reasons store/post_changes gives (shown where a refusal has no own wording)
    assert stored_text.shown(post_changes.no_edit_message("mastodon", "GoToSocial")) \
        .startswith(no_edit)
    for english in ("The new text is the same as the post's text.",
                    "The post was deleted before this edit went out.",
                    post_changes.no_edit_message("sandbox"),
                    "The new text is 612 long; the server accepts 500. Shorten it."):
        said = stored_text.shown(english)
        assert said != english and "sandbox" not in said
    assert "612" in stored_text.shown("The new text is 612 long; the server accepts 500. "
                                      "Shorten it.")


def calendar(qtbot, ctx) -> CalendarView:
    settings.put("timezone", "UTC")
    settings.put("holiday_country", "-")
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.refresh()
    view.show_month(2030, 5)
    return view
