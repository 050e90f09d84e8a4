"""Accounts screen: rows with counts and the re-authorization warning, Remove asks and deletes
the row and the keyring token, Add account never pretends to connect without the service."""

from __future__ import annotations

from datetime import date, datetime

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mbdesk.secrets import SERVICE
from mbdesk.store.models import Account, AccountSnapshot, Mention, OutboxItem
from mbdesk.ui.models.accounts import WARN_BACKGROUND, AccountsTableModel
from mbdesk.ui.views.accounts import AccountsView, ConnectRequest


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict, so the test never touches the machine's own keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def accounts(db, ctx, ring):
    shop = Account.create(platform="mastodon", handle="shop@example.social",
                          display_name="Panadería Luna", color="#f59e0b",
                          last_synced_at=datetime(2026, 5, 1, 8, 0))
    help_desk = Account.create(platform="bluesky", handle="help.bsky.social",
                               status="needs_reauth", last_error="401 token revoked")
    AccountSnapshot.create(account=shop, day=date(2026, 4, 30), followers=1200)
    AccountSnapshot.create(account=shop, day=date(2026, 5, 1), followers=1234)
    for i in range(3):
        Mention.create(account=shop, remote_id=str(i))
    OutboxItem.create(account=help_desk, body="queued post")
    ctx.secrets.set_token(shop.uid, "tok-shop")
    ctx.secrets.set_token(help_desk.uid, "tok-help")
    return shop, help_desk


@pytest.fixture
def view(qtbot, ctx, accounts):
    widget = AccountsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    widget.refresh()
    return widget


def cell(view: AccountsView, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, AccountsTableModel.COLUMNS.index(column)).data(role)


def test_rows_show_accounts_counts_and_reauth_warning(view):
    assert view.model.rowCount() == 2
    assert [cell(view, r, "handle") for r in range(2)] == ["shop@example.social",
                                                          "help.bsky.social"]
    assert cell(view, 0, "platform") == "Mastodon"
    assert cell(view, 0, "followers") in ("1,234", "1234", "1 234", "1.234")
    assert cell(view, 0, "mentions_new") == "3"
    assert cell(view, 1, "queued") == "1"
    assert cell(view, 1, "followers") == "—"
    assert cell(view, 1, "status") == "Needs re-authorization"
    assert cell(view, 1, "status", Qt.ItemDataRole.BackgroundRole) == WARN_BACKGROUND
    assert cell(view, 0, "status", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(view, 1, "last_error") == "401 token revoked"
    assert cell(view, 1, "last_synced") == "never"
    assert view.summary_label.text() == "2 account(s) · 1 need(s) re-authorization"
    assert not view.remove_button.isEnabled()


def test_remove_asks_then_deletes_row_and_token(qtbot, view, accounts, ring, monkeypatch):
    shop, help_desk = accounts
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    view.table.selectRow(1)
    assert view.remove_button.isEnabled()

    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)  # cancelled
    assert "help.bsky.social" in asked[0]
    assert Account.select().count() == 2
    assert (SERVICE, help_desk.uid) in ring.passwords

    with qtbot.waitSignal(view.accounts_changed):
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert [a.handle for a in Account.select()] == ["shop@example.social"]
    assert (SERVICE, help_desk.uid) not in ring.passwords
    assert (SERVICE, shop.uid) in ring.passwords  # the other account keeps its sign-in
    assert OutboxItem.select().count() == 0
    assert view.model.rowCount() == 1


def test_add_account_without_service_says_so_and_adds_nothing(qtbot, view):
    dialog = view.make_add_dialog()
    qtbot.addWidget(dialog)
    dialog.connect_account()
    assert "server" in dialog.message.text()  # asks for the missing address first
    dialog.server_edit.setText("mastodon.social")
    dialog.connect_account()
    assert "not installed" in dialog.message.text()
    assert Account.select().count() == 2
    assert dialog.result() == 0  # still open, nothing accepted


class FakeAccountsService:
    """Stands in for the sync issue's service: records the request, adds the row."""

    def __init__(self) -> None:
        self.requests: list[ConnectRequest] = []

    def connect(self, request: ConnectRequest) -> int:
        self.requests.append(request)
        return Account.create(platform=request.platform, handle=request.handle).id


def test_add_account_through_the_service(qtbot, ctx, view):
    service = FakeAccountsService()
    ctx.services["accounts"] = service
    dialog = view.make_add_dialog()
    qtbot.addWidget(dialog)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData("bluesky"))
    dialog.handle_edit.setText("@new.bsky.social")
    dialog.password_edit.setText("app-pass-1234")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.connect_account()
    assert service.requests == [ConnectRequest("bluesky", handle="new.bsky.social",
                                               password="app-pass-1234")]
    assert dialog.password_edit.text() == ""
    assert view.model.rowCount() == 3


def test_empty_state_explains_how_to_start(qtbot, ctx):
    widget = AccountsView(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.stack.currentWidget() is widget.empty_label
    assert "Add account…" in widget.empty_label.text()
