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


def _synced_weibo_account(ctx, weibo) -> int:
    """A Weibo account whose server profile comes from a real probe of the fake server."""
    from sync_helpers import make_engine

    from mbdesk.platforms.weibo_auth import WeiboSecret
    from mbdesk.store.accounts import set_options
    from mbdesk.sync.engine import Job

    account = Account.create(platform="weibo", instance_url=weibo.url, handle="小面包店",
                             display_name="小面包店", remote_id=weibo.me, color="#e6162d")
    ctx.secrets.set_token(account.uid, WeiboSecret(weibo.token, "x").to_json())
    set_options(account.id, safe_domain="shop.example")
    make_engine(ctx.secrets, ctx.workspace.root).run_account(account.id,
                                                             Job.ALL | {Job.REFRESH})
    return account.id


def test_followers_screen_says_weibo_lists_only_part_of_the_followers(qtbot, ctx):
    from mbdesk.ui.views.followers import FollowersView

    with FakeWeibo() as weibo:
        weibo.add_followers(3)
        shop = _synced_weibo_account(ctx, weibo)
    other = Account.create(platform="mastodon", handle="shop@example.social")
    view = FollowersView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.refresh()
    assert view.partial_note.isVisible()
    assert "小面包店" in view.partial_note.text() and "only part" in view.partial_note.text()
    view.account_combo.setCurrentIndex(view.account_combo.findData(other.id))
    assert not view.partial_note.isVisible()
    view.account_combo.setCurrentIndex(view.account_combo.findData(shop))
    assert view.partial_note.isVisible()


def test_calendar_says_local_scheduling_only_on_weibo_chips(qtbot, ctx):
    from datetime import UTC, timedelta

    from PySide6.QtCore import Qt

    from mbdesk.store.models import OutboxItem, utcnow
    from mbdesk.ui.localtime import user_zone
    from mbdesk.ui.views.calendar import CalendarView

    with FakeWeibo() as weibo:
        shop = _synced_weibo_account(ctx, weibo)
    when = utcnow() + timedelta(days=2)
    OutboxItem.create(account=shop, body="周末新品 https://shop.example", state="queued",
                      scheduled_at=when)
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    local = when.replace(tzinfo=UTC).astimezone(user_zone()).date()
    view.show_month(local.year, local.month)
    (chip,) = view.model.chips_on(local)
    assert chip.kept_by_mbdesk
    tip = view.model.index_of(local).data(Qt.ItemDataRole.ToolTipRole)
    assert "local scheduling only" in tip


def test_desktop_notification_days_ahead_of_the_token_expiry(qtbot, ctx):
    from datetime import timedelta

    from mbdesk.store.accounts import set_options
    from mbdesk.store.models import utcnow
    from mbdesk.ui.inbox_notifier import InboxNotifier

    shop = Account.create(platform="weibo", handle="小面包店", remote_id="5001")
    set_options(shop.id, token_expires_at=(utcnow() + timedelta(days=2, hours=20)).isoformat()
                + "Z")
    notifier = InboxNotifier(ctx, tray_available=False)
    notifier.check_expiry()
    [(title, text)] = notifier.messages
    assert title == "Sign-in runs out" and "小面包店" in text and "within 3 day" in text
    notifier.check_expiry()
    assert len(notifier.messages) == 1  # once per step, also across restarts
    assert not InboxNotifier(ctx, tray_available=False).check_expiry() and len(
        notifier.messages) == 1
    set_options(shop.id, token_expires_at=(utcnow() + timedelta(hours=20)).isoformat() + "Z")
    notifier.check_expiry()
    assert "within 1 day" in notifier.messages[-1][1] and len(notifier.messages) == 2
    set_options(shop.id, token_expires_at=(utcnow() + timedelta(days=40)).isoformat() + "Z")
    notifier.check_expiry()  # re-authorized: nothing to say
    assert len(notifier.messages) == 2
