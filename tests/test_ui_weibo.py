"""Add account → Weibo in the window: the dialog asks for the key, secret and code, opens the
authorization page, and the accounts service connects through the fake Weibo server."""

from __future__ import annotations

from fake_weibo import FakeWeibo

from mbdesk.services.accounts_service import AccountsService
from mbdesk.store.accounts import options
from mbdesk.store.models import Account
from mbdesk.ui.views.accounts import AccountsView, ConnectRequest


def test_dialog_asks_for_the_code_and_opens_the_authorization_page(qtbot, ctx):
    view = AccountsView(ctx)
    qtbot.addWidget(view)
    opened: list[str] = []
    dialog = view.make_add_dialog()
    dialog.open_url = opened.append
    qtbot.addWidget(dialog)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("weibo"))
    dialog.app_key_edit.setText("3001")
    dialog.app_secret_edit.setText("s3cr3t-app")
    dialog.connect_account()
    assert "code" in dialog.message.text()
    dialog.weibo_authorize_button.click()
    assert opened and "client_id=3001" in opened[0] and "/oauth2/authorize" in opened[0]
    dialog.weibo_code_edit.setText("https://api.weibo.com/oauth2/default.html?code=abc")
    dialog.safe_domain_edit.setText("shop.example")
    request = dialog.request()
    assert (request.code, request.safe_domain) == (
        "https://api.weibo.com/oauth2/default.html?code=abc", "shop.example")


def test_service_connects_a_weibo_account_by_code(ctx, db):
    with FakeWeibo() as weibo:
        code = weibo.issue_code()
        service = AccountsService(db, ctx.secrets, read_timeout=2.0)
        account_id = service.connect(ConnectRequest(
            "weibo", server=weibo.url, app_key=weibo.app_key, password=weibo.app_secret,
            code=f"https://api.weibo.com/oauth2/default.html?code={code}",
            safe_domain="https://shop.example/", default_link="https://shop.example/menu"))
    account = Account.get_by_id(account_id)
    assert account.handle == "小面包店" and account.remote_id == weibo.me
    opts = options(account_id)
    assert opts["safe_domain"] == "shop.example" and opts["token_expires_at"]


def test_accounts_banner_warns_a_week_before_the_token_expires_and_reauth_prefills(qtbot, ctx):
    from datetime import timedelta

    from mbdesk.store.accounts import set_options
    from mbdesk.store.models import utcnow

    soon = Account.create(platform="weibo", handle="小面包店", remote_id="5001")
    set_options(soon.id, app_key="3001",
                token_expires_at=(utcnow() + timedelta(days=3, hours=1)).isoformat() + "Z")
    later = Account.create(platform="weibo", handle="客服", remote_id="5002")
    set_options(later.id, token_expires_at=(utcnow() + timedelta(days=30)).isoformat() + "Z")
    view = AccountsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.banner.isVisible()
    text = view.banner_label.text()
    assert "小面包店" in text and "客服" not in text and "3 day" in text
    dialog = view.make_add_dialog(reauth=view._expiring(view.model.rows())[0])
    qtbot.addWidget(dialog)
    assert dialog.app_key_edit.text() == "3001"
    assert dialog.platform_combo.currentData() == "weibo"


def test_calendar_marks_posts_due_after_the_token_runs_out(qtbot, ctx):
    from datetime import date, datetime

    from PySide6.QtCore import Qt

    from mbdesk.store import settings
    from mbdesk.store.accounts import set_options
    from mbdesk.store.models import OutboxItem
    from mbdesk.ui.views.calendar import CalendarView

    settings.put("timezone", "Asia/Shanghai")
    shop = Account.create(platform="weibo", handle="小面包店", remote_id="5001")
    set_options(shop.id, token_expires_at="2026-05-12T00:00:00Z")
    OutboxItem.create(account=shop, body="before", state="queued",
                      scheduled_at=datetime(2026, 5, 11, 1, 0))
    OutboxItem.create(account=shop, body="after", state="queued",
                      scheduled_at=datetime(2026, 5, 13, 1, 0))
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.show_month(2026, 5)
    (before,) = view.model.chips_on(date(2026, 5, 11))
    (after,) = view.model.chips_on(date(2026, 5, 13))
    assert not before.after_expiry and after.after_expiry
    assert "⌛" in after.text(view.locale())
    tip = view.model.index_of(date(2026, 5, 13)).data(Qt.ItemDataRole.ToolTipRole)
    assert "re-authorize" in tip


def test_composer_checks_the_safe_domain_live_and_appends_the_shop_link(qtbot, ctx):
    from mbdesk.store.accounts import set_options
    from mbdesk.ui.views.compose import ComposeView

    shop = Account.create(platform="weibo", handle="小面包店", remote_id="5001")
    set_options(shop.id, safe_domain="shop.example", default_link="https://shop.example/menu")
    view = ComposeView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    view.refresh()
    ed = view.editor
    ed.new_button.click()
    ed.rows[shop.id].check.setChecked(True)
    ed.body_edit.setPlainText("今天的新鲜面包出炉了")
    ed.recount()
    assert not ed.schedule_button.isEnabled()
    assert "shop.example" in ed.schedule_refusal()
    assert ed.append_link_button.isVisible()
    ed.append_link_button.click()
    assert ed.body_edit.toPlainText() == "今天的新鲜面包出炉了 https://shop.example/menu"
    assert ed.schedule_button.isEnabled() and not ed.append_link_button.isVisible()
    assert ed.rows[shop.id].count.text() == "21 / 140"  # 10 + a space (½) + the link (10)
    ed.body_edit.setPlainText("#新品# https://shop.example")
    ed.recount()
    assert "#topic#" in ed.schedule_refusal()
