"""X in the window: the composer's weighted counter, Add account → X (the callback address to
register, the browser sign-in on a worker), and the Accounts details with the access-level note.
Each test saves a PNG (``MBDESK_SHOTS`` = a folder to keep them in, for looking at)."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
import requests
from fake_x import FakeX

from mbdesk.services.accounts_service import AccountsService
from mbdesk.store.models import Account


def shot(widget, tmp_path: Path, name: str) -> None:
    folder = Path(os.environ.get("MBDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_composer_counts_x_by_twitter_text(qtbot, ctx, tmp_path):
    from mbdesk.ui.views.compose import ComposeView

    mastodon = Account.create(platform="mastodon", handle="shop@example.social",
                              color="#e11d48")
    x = Account.create(platform="x", handle="shop", color="#111827",
                       limits_json=json.dumps({"max_characters": 280}))
    view = ComposeView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.refresh()
    ed = view.editor
    ed.new_button.click()
    for account in (mastodon, x):
        ed.rows[account.id].check.setChecked(True)
    text = "新品上市！手工陶瓷杯 🍵 https://shop.example.com/cups " + "限时优惠" * 30
    ed.body_edit.setPlainText(text)
    ed.recount()
    # X: CJK weighs 2, the link 23, the emoji 2 — over 280 while Mastodon still fits
    assert ed.rows[x.id].level == "over" and ed.rows[mastodon.id].level == "ok"
    assert "/ 280" in ed.rows[x.id].count.text()
    qtbot.wait(100)
    shot(view, tmp_path, "compose-x")


def test_add_account_x_page_names_the_callback_and_signs_in(qtbot, ctx, tmp_path, monkeypatch):
    from mbdesk.platforms import x_auth
    from mbdesk.ui.views.accounts import AddAccountDialog

    monkeypatch.setattr(x_auth, "LOOPBACK_PORT", 0)  # any free port; the fake accepts it
    with FakeX() as server:
        opened: list[str] = []

        def browser(url: str) -> None:  # the owner clicks "Authorize app" (off the GUI thread)
            opened.append(url)
            threading.Thread(target=requests.get, args=(url,), kwargs={"timeout": 10},
                             daemon=True).start()

        dialog = AddAccountDialog(AccountsService(ctx.db, ctx.secrets), open_url=browser)
        qtbot.addWidget(dialog)
        dialog.platform_combo.setCurrentIndex(dialog.PLATFORMS.index("x"))
        dialog.show()
        assert dialog.x_redirect_edit.text() == "http://127.0.0.1:8914/callback"
        dialog.connect_button.click()
        assert "client id" in dialog.message.text()
        shot(dialog, tmp_path, "add-account-x")
        dialog.client_id_edit.setText(server.client_id)
        dialog.x_api_edit.setText(server.url)
        with qtbot.waitSignal(dialog.connected, timeout=20_000) as blocker:
            dialog.connect_button.click()
        account = Account.get_by_id(blocker.args[0])
        assert (account.platform, account.handle) == ("x", "shop")
        assert opened and "code_challenge_method=S256" in opened[0]


@pytest.mark.parametrize("level", ["free"])
def test_accounts_screen_shows_the_access_level(qtbot, ctx, tmp_path, level):
    from sync_helpers import make_engine
    from test_x import add_x_account

    from mbdesk.sync.engine import Job
    from mbdesk.ui.views.accounts import AccountsView

    with FakeX(access_level=level) as server:
        account = add_x_account(server, ctx.secrets)
        make_engine(ctx.secrets, ctx.workspace.root).run_account(account,
                                                                   Job.ALL | {Job.REFRESH})
    view = AccountsView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.refresh()
    view.prepare_screenshot()
    qtbot.wait(50)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in view.findChildren(QLabel))
    assert "not available with this app's access level" in texts
    assert "allows posting only" in texts
    shot(view, tmp_path, "accounts-x")


def test_reauthorize_x_prefills_the_client_id_and_api_address(qtbot, ctx):
    from mbdesk.store.accounts import set_options
    from mbdesk.ui.views.accounts import AccountsView

    account = Account.create(platform="x", instance_url="https://api.x.example", handle="shop",
                             color="#111827")
    set_options(account.id, client_id="shop-app-client-id", api_base="https://api.x.example")
    view = AccountsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    [row] = view.model.rows()
    dialog = view.make_add_dialog(reauth=row)
    qtbot.addWidget(dialog)
    assert dialog.platform_combo.currentData() == "x"
    assert dialog.client_id_edit.text() == "shop-app-client-id"
    assert dialog.x_api_edit.text() == "https://api.x.example"


def test_calendar_says_local_scheduling_only_on_x_chips(qtbot, ctx):
    from datetime import UTC, timedelta

    from PySide6.QtCore import Qt
    from sync_helpers import make_engine
    from test_x import add_x_account

    from mbdesk.store.models import OutboxItem, utcnow
    from mbdesk.sync.engine import Job
    from mbdesk.ui.localtime import user_zone
    from mbdesk.ui.views.calendar import CalendarView

    with FakeX() as server:
        account = add_x_account(server, ctx.secrets)
        make_engine(ctx.secrets, ctx.workspace.root).run_account(account,
                                                                   Job.ALL | {Job.REFRESH})
    when = utcnow() + timedelta(days=2)
    OutboxItem.create(account=account, body="New mugs this weekend", state="queued",
                      scheduled_at=when)
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    local = when.replace(tzinfo=UTC).astimezone(user_zone()).date()
    view.show_month(local.year, local.month)
    (chip,) = view.model.chips_on(local)
    assert chip.kept_by_mbdesk
    assert "local scheduling only" in view.model.index_of(local).data(
        Qt.ItemDataRole.ToolTipRole)
