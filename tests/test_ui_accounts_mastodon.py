"""Accounts screen against the fake Mastodon server over real HTTP on 127.0.0.1: add an account
through the browser (loopback redirect) or a pasted code, the error cases (nothing half-made),
re-authorize after a revoked token, remove, Sync now with live state, and the outbox panel.

The test plays the browser: the view's ``open_url`` is replaced by a function that GETs the
authorization URL on the fake, which redirects to mbdesk's loopback receiver.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import keyring
import keyring.backends.fail
import pytest
import requests
from fake_mastodon import FakeMastodon, Fault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sync_helpers import add_account, make_engine

from mbdesk.secrets import SERVICE
from mbdesk.services.accounts_service import AccountsService
from mbdesk.services.mastodon_connect import APPS_SETTING_PREFIX
from mbdesk.services.sync_service import SyncService
from mbdesk.store import outbox, settings
from mbdesk.store.models import Account, AccountStatus, OutboxItem, OutboxState, Platform
from mbdesk.store.queries.outbox_list import OutboxFilter
from mbdesk.ui.models.accounts import AccountsTableModel
from mbdesk.ui.views.accounts import AccountsView


class Browser:
    """The owner's browser: opens each URL on its own thread, following redirects (so the
    fake's answer lands on the loopback receiver), unless ``follow`` is off (a browser that
    cannot come back to mbdesk)."""

    def __init__(self, follow: bool = True) -> None:
        self.follow = follow
        self.opened: list[str] = []
        self.pages: list[requests.Response] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        if self.follow:
            threading.Thread(target=self.get, args=(url,), daemon=True).start()

    def get(self, url: str) -> requests.Response:
        with requests.Session() as session:
            session.trust_env = False
            page = session.get(url, timeout=10)
        self.pages.append(page)
        return page


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    with FakeMastodon() as srv:
        yield srv


@pytest.fixture
def sync(ctx) -> Iterator[SyncService]:
    thresholds = gc.get_threshold()
    service = SyncService(ctx.db, make_engine(ctx.secrets, ctx.workspace.root))
    ctx.services["sync"] = service
    yield service
    service.stop()
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.fixture
def view(qtbot, ctx) -> AccountsView:
    ctx.services["accounts"] = AccountsService(ctx.db, ctx.secrets)
    widget = AccountsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    return widget


def cell(view: AccountsView, row: int, column: str) -> str:
    return view.model.index(row, AccountsTableModel.COLUMNS.index(column)).data()


def open_dialog(qtbot, view: AccountsView, browser: Browser, server_url: str = "", **kw):
    view.open_url = browser
    dialog = view.make_add_dialog(**kw)
    qtbot.addWidget(dialog)
    dialog.show()
    if server_url:
        dialog.server_edit.setText(server_url)
    return dialog


def connect_and_fail(qtbot, dialog) -> str:
    """Press Connect and wait until the worker reports the failure; the dialog's message."""
    dialog.connect_account()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)
    return dialog.message.text()


# --- adding ------------------------------------------------------------------------------------


def test_add_account_through_the_browser_and_loopback(qtbot, server, ctx, view, sync,
                                                      memory_keyring):
    browser = Browser()
    dialog = open_dialog(qtbot, view, browser, server.url)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert browser.opened[0].startswith(server.url + "/oauth/authorize?")
    assert "redirect_uri=http%3A%2F%2F127.0.0.1%3A" in browser.opened[0]
    assert "code_challenge_method=S256" in browser.opened[0]
    assert "close this tab" in browser.pages[0].text
    account = Account.get()
    assert (account.platform, account.remote_id, account.instance_url) == (
        Platform.MASTODON, server.me_id, server.url)
    token = memory_keyring.store[(SERVICE, account.uid)]
    assert server.tokens[token]["account_id"] == server.me_id and token != server.token
    # the handle's domain is the server's own (its instance document), not the address typed
    assert view.model.rowCount() == 1 and cell(view, 0, "handle") == "shop@fake.example"
    # the app registration is remembered for the server (the secret is not in the account row)
    stored = settings.get(APPS_SETTING_PREFIX + server.url)
    assert stored["client_id"] in server.apps
    # the sync service learns about the account and syncs it at once
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000) as signal:
        pass
    assert signal.args == [account.id, "ok"]
    qtbot.waitUntil(lambda: cell(view, 0, "sync") == "Up to date", timeout=5000)
    assert cell(view, 0, "last_synced") != "never"

    # a second sign-in on the same server registers no second app
    dialog2 = open_dialog(qtbot, view, Browser(), server.url)
    with qtbot.waitSignal(dialog2.accepted, timeout=15000):
        dialog2.connect_account()
    assert len(server.requests_to("/api/v1/apps", "POST")) == 1
    assert Account.select().count() == 1  # same person, same server: one account


def test_paste_the_code_instead(qtbot, server, ctx, view, memory_keyring):
    browser = Browser(follow=False)  # this browser cannot reach mbdesk's loopback address
    dialog = open_dialog(qtbot, view, browser, server.url)
    with qtbot.waitSignal(dialog._bridge.open_requested, timeout=15000):
        dialog.connect_account()
    assert dialog.waiting_box.isVisibleTo(dialog) and dialog.show_code_button.isEnabled()
    qtbot.mouseClick(dialog.show_code_button, Qt.MouseButton.LeftButton)
    paste_url = browser.opened[-1]
    assert "redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob" in paste_url
    page = browser.get(paste_url)
    code = re.search(r"<code>([^<]+)</code>", page.text).group(1)
    dialog.code_edit.setText(f"  {code} ")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.mouseClick(dialog.use_code_button, Qt.MouseButton.LeftButton)
    account = Account.get()
    token = memory_keyring.store[(SERVICE, account.uid)]
    assert server.tokens[token]["account_id"] == server.me_id


def test_exact_port_server_signs_in_through_the_window(qtbot, server, ctx, view,
                                                       memory_keyring):
    """GoToSocial matches the redirect URI exactly, port included: the registered address is
    the one the browser is sent to, and the handle is the server's own."""
    server.redirect_exact_port = True
    server.account_domain = "127.0.0.1"  # the handles' domain, without the API's port
    browser = Browser()
    dialog = open_dialog(qtbot, view, browser, server.url)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.connect_account()
    used = re.search(r"redirect_uri=([^&]+)", browser.opened[0]).group(1)
    assert requests.utils.unquote(used) in settings.get(APPS_SETTING_PREFIX + server.url)[
        "redirect_uris"]
    assert "close this tab" in browser.pages[0].text
    assert Account.get().handle == "shop@127.0.0.1"


def test_refused_redirect_switches_to_the_pasted_code(qtbot, server, ctx, view, memory_keyring):
    """The server sends the browser back refusing mbdesk's address (GoToSocial: server_error):
    the dialog says so, opens the page with a code by itself and takes the pasted code."""
    from mbdesk.platforms.mastodon_auth import OOB_REDIRECT, LoopbackReceiver, register_app

    server.redirect_exact_port = True
    app = register_app(server.url, redirect_uris=("http://127.0.0.1:1/callback", OOB_REDIRECT))
    with LoopbackReceiver("probe") as probe:
        port = probe.port
    settings.put(APPS_SETTING_PREFIX + server.url, {  # what we remember differs from the server
        "client_id": app.client_id, "client_secret": app.client_secret,
        "redirect_uris": [f"http://127.0.0.1:{port}/callback", OOB_REDIRECT],
        "scopes": app.scopes})
    browser = Browser()
    dialog = open_dialog(qtbot, view, browser, server.url)
    dialog.connect_account()
    qtbot.waitUntil(lambda: any("<code>" in page.text for page in list(browser.pages)),
                    timeout=15000)
    assert "redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob" in browser.opened[-1]
    assert "did not accept mbdesk's sign-in address" in dialog.waiting_label.text()
    assert "Paste the code instead" in dialog.message.text()
    assert "Authorize" not in dialog.message.text() and dialog._busy
    assert dialog.waiting_box.isVisibleTo(dialog) and dialog.use_code_button.isEnabled()
    page = next(page for page in list(browser.pages) if "<code>" in page.text)
    dialog.code_edit.setText(re.search(r"<code>([^<]+)</code>", page.text).group(1))
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.mouseClick(dialog.use_code_button, Qt.MouseButton.LeftButton)
    token = memory_keyring.store[(SERVICE, Account.get().uid)]
    assert server.tokens[token]["account_id"] == server.me_id


def test_cancel_stops_the_loopback_receiver_and_adds_nothing(qtbot, server, ctx, view):
    browser = Browser(follow=False)
    dialog = open_dialog(qtbot, view, browser, server.url)
    with qtbot.waitSignal(dialog._bridge.open_requested, timeout=15000):
        dialog.connect_account()
    loopback = re.search(r"redirect_uri=http%3A%2F%2F127.0.0.1%3A(\d+)", browser.opened[0])
    port = int(loopback.group(1))
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=15000)
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://127.0.0.1:{port}/callback?code=x&state=y", timeout=2)
    assert Account.select().count() == 0 and dialog.message.text() != ""  # no error shown
    assert "Could not connect" not in dialog.message.text()


def test_denied_authorization_says_so_and_adds_nothing(qtbot, server, ctx, view, memory_keyring):
    server.deny_authorization = True
    dialog = open_dialog(qtbot, view, Browser(), server.url)
    message = connect_and_fail(qtbot, dialog)
    assert "did not go through" in message and "access_denied" in message
    assert Account.select().count() == 0 and not memory_keyring.store
    assert dialog.isVisible() and dialog.connect_button.isEnabled()  # may start again


def test_app_registration_refused_422(qtbot, server, ctx, view):
    server.faults.append(Fault.http(422, method="POST", path="/api/v1/apps", json_body={
        "error": "Validation failed: Application registrations are closed"}))
    browser = Browser()
    message = connect_and_fail(qtbot, open_dialog(qtbot, view, browser, server.url))
    assert "refused to register mbdesk" in message and "registrations are closed" in message
    assert browser.opened == [] and Account.select().count() == 0
    assert settings.get(APPS_SETTING_PREFIX + server.url) is None


class NotMastodon(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html><body>My bakery's blog</body></html>"
        self.send_response(404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_a_server_that_is_not_mastodon_or_not_there(qtbot, ctx, view):
    httpd = HTTPServer(("127.0.0.1", 0), NotMastodon)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}"
        message = connect_and_fail(qtbot, open_dialog(qtbot, view, Browser(), url))
        assert "does not look like a Mastodon server" in message
    finally:
        httpd.shutdown()
        httpd.server_close()
    message = connect_and_fail(qtbot, open_dialog(qtbot, view, Browser(), url))  # gone now
    assert "Could not reach 127.0.0.1" in message
    assert Account.select().count() == 0


def test_no_keyring_refuses_before_the_browser_opens(qtbot, server, ctx, view):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    browser = Browser()
    message = connect_and_fail(qtbot, open_dialog(qtbot, view, browser, server.url))
    assert "No secure keyring" in message
    assert browser.opened == [] and Account.select().count() == 0
    assert server.requests_to("/api/v1/apps") == []


def test_keyring_refusing_the_token_leaves_no_account(qtbot, server, ctx, view, memory_keyring,
                                                      monkeypatch):
    def refuse(*_args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    message = connect_and_fail(qtbot, open_dialog(qtbot, view, Browser(), server.url))
    assert "keyring refused to save" in message
    assert Account.select().count() == 0


# --- re-authorize, remove, sync now ---------------------------------------------------------------


def test_reauthorize_after_the_server_revoked_the_token(qtbot, server, ctx, view, sync,
                                                        memory_keyring):
    account_id = add_account(server, ctx.secrets)
    view.refresh()
    server.revoke_token(server.token)
    view.table.selectRow(0)
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000) as signal:
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
    assert signal.args == [account_id, "needs_reauth"]
    assert Account.get_by_id(account_id).status == AccountStatus.NEEDS_REAUTH
    assert view.banner.isVisibleTo(view)
    assert "shop@fake.example" in view.banner_label.text()
    assert cell(view, 0, "status") == "Needs re-authorization"

    dialog = open_dialog(qtbot, view, Browser(), reauth=view.selected_account())
    assert dialog.server_edit.text() == server.url and dialog.server_edit.isReadOnly()
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.connect_account()
    account = Account.get_by_id(account_id)
    assert (account.status, account.last_error) == (AccountStatus.ACTIVE, "")
    token = memory_keyring.store[(SERVICE, account.uid)]
    assert token != server.token and not server.tokens[token]["revoked"]
    assert Account.select().count() == 1
    assert not view.banner.isVisibleTo(view)
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000) as signal:
        pass
    assert signal.args == [account_id, "ok"]


def test_reauthorize_as_someone_else_changes_nothing(qtbot, server, ctx, view, memory_keyring):
    other = Account.create(platform=Platform.MASTODON, instance_url=server.url,
                           handle="other@fake.example", remote_id="999999",
                           status=AccountStatus.NEEDS_REAUTH)
    ctx.secrets.set_token(other.uid, "old-token")
    view.refresh()
    view.table.selectRow(0)
    message = connect_and_fail(qtbot, open_dialog(qtbot, view, Browser(),
                                                  reauth=view.selected_account()))
    assert "You signed in as shop@" in message and "other@fake.example" in message
    assert Account.get_by_id(other.id).status == AccountStatus.NEEDS_REAUTH
    assert memory_keyring.store[(SERVICE, other.uid)] == "old-token"
    assert Account.select().count() == 1


def test_remove_deletes_the_token_and_tells_sync(qtbot, server, ctx, view, memory_keyring,
                                                 monkeypatch):
    class RecordingSync:
        account_state_changed = None
        refreshed = 0

        def refresh_accounts(self) -> None:
            self.refreshed += 1

    recorder = RecordingSync()
    ctx.services["sync"] = recorder
    view._sync_attached = recorder  # nothing to connect on the stand-in
    account_id = add_account(server, ctx.secrets)
    uid = Account.get_by_id(account_id).uid
    view.refresh()
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.remove_selected()
    assert (SERVICE, uid) not in memory_keyring.store
    assert Account.select().count() == 0 and recorder.refreshed == 1
    assert view.stack.currentWidget() is view.empty_label


def test_sync_now_shows_live_state_and_new_mentions(qtbot, server, ctx, view, sync):
    account_id = add_account(server, ctx.secrets)
    server.add_mention("@shop is the rye bread vegan?")
    view.refresh()
    view.table.selectRow(0)
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000) as signal:
        qtbot.mouseClick(view.sync_button, Qt.MouseButton.LeftButton)
        assert cell(view, 0, "sync") == "Syncing…"  # at once, before the run ends
    assert signal.args == [account_id, "ok"]
    assert cell(view, 0, "sync") == "Up to date"
    assert cell(view, 0, "mentions_new") == "1"
    assert cell(view, 0, "rate_limit") == "OK"


def test_rate_limit_shows_in_the_row(qtbot, server, ctx, view, sync):
    from datetime import timedelta

    account_id = add_account(server, ctx.secrets)
    server.faults.append(Fault.rate_limit(timedelta(minutes=10), times=50))
    view.refresh()
    view.table.selectRow(0)
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000) as signal:
        view.sync_selected()
    assert signal.args == [account_id, "rate_limited"]
    assert cell(view, 0, "sync") == "Rate limited"
    assert cell(view, 0, "rate_limit").startswith("Paused until")


# --- the outbox panel ---------------------------------------------------------------------------


def test_outbox_panel_shows_a_failure_and_retries_it(qtbot, server, ctx, view, sync):
    account_id = add_account(server, ctx.secrets)
    server.max_characters = 20
    item_id = outbox.enqueue(account_id, Platform.MASTODON, "Fresh rye and spelt loaves today")
    view.refresh()
    view.table.selectRow(0)
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000):
        view.sync_selected()
    panel = view.outbox
    assert panel.account_id == account_id
    panel.set_filter(OutboxFilter.ATTENTION)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 3).data() == "Failed"
    reason = panel.model.index(0, 5).data()
    assert "refused" in reason.lower() and reason == OutboxItem.get_by_id(item_id).last_error
    assert "1 failed" in panel.counts.text()
    panel.table.selectRow(0)
    assert panel.retry_button.isEnabled() and not panel.release_button.isEnabled()
    assert "Failed:" in panel.detail.text()

    server.max_characters = 500  # the owner's server raised its limit; try again
    with qtbot.waitSignal(sync.account_state_changed, timeout=15000):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert OutboxItem.get_by_id(item_id).state == OutboxState.SENT
    assert [s["content"] for s in server.own_statuses()].count(
        "<p>Fresh rye and spelt loaves today</p>") == 1
    assert panel.model.rowCount() == 0 and panel.empty.isVisibleTo(panel)
    panel.set_filter(OutboxFilter.SENT)
    assert panel.model.index(0, 3).data() == "Sent"


def test_outbox_panel_releases_and_cancels_held_posts(qtbot, server, ctx, view, monkeypatch):
    account_id = add_account(server, ctx.secrets)
    held = outbox.enqueue(account_id, Platform.MASTODON, "Held post")
    doomed = outbox.enqueue(account_id, Platform.MASTODON, "Cancel me")
    OutboxItem.update(state=OutboxState.HELD).execute()
    view.refresh()  # no account selected: every account's outbox
    panel = view.outbox
    assert panel.account_id is None and panel.model.rowCount() == 2
    assert panel.model.index(0, 3).data() == "Held — waiting for you"
    panel.table.selectRow(panel.model.row_of(lambda r: r.id == held))
    assert panel.release_button.isEnabled()
    assert panel.release_selected()
    assert OutboxItem.get_by_id(held).state == OutboxState.QUEUED
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(panel.model.row_of(lambda r: r.id == doomed))
    assert panel.cancel_selected()
    assert OutboxItem.get_or_none(OutboxItem.id == doomed) is None


def test_an_unknown_post_is_sent_again_only_on_the_owners_word(qtbot, server, ctx, view,
                                                                monkeypatch):
    account_id = add_account(server, ctx.secrets)
    item_id = outbox.enqueue(account_id, Platform.MASTODON, "Did it arrive?")
    OutboxItem.update(state=OutboxState.UNKNOWN, last_error="This app cannot read its posts."
                      ).execute()
    view.refresh()
    panel = view.outbox
    panel.table.selectRow(0)
    assert panel.retry_button.isEnabled() and panel.cancel_button.isEnabled()
    assert "never sends it twice" in panel.detail.text()
    assert "cannot read its posts" in panel.detail.text()
    asked = []

    def answer(button):
        def question(*args, **kwargs):
            asked.append(args[2])
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not panel.retry_selected()
    assert OutboxItem.get_by_id(item_id).state == OutboxState.UNKNOWN
    assert "NOT there" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert panel.retry_selected()
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.QUEUED and "your word" in row.note
