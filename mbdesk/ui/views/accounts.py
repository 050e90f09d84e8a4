"""Accounts: the connected accounts with their health and counts; add and remove accounts.

Adding goes through the "accounts" service (``ctx.services["accounts"]``), which does the
network part (OAuth in the browser for Mastodon, an app password for Bluesky). Its contract:
``connect(request: ConnectRequest) -> int`` — blocking, called on a worker thread, returns the
new account's id, raises ``MbdeskError`` (or a platform error) with a message for the user.
Without that service the dialog says connecting is not available yet; it never pretends.

Removing asks first, deletes the token from the keyring, then the account row (with its
mentions, followers and queued posts, by cascade).

Signals:
    accounts_changed(): an account was added or removed (other screens reload their lists).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbdesk.errors import MbdeskError, SecretStoreError
from mbdesk.platforms.base import PlatformError
from mbdesk.services.background import run_in_background
from mbdesk.store.accounts import delete_account
from mbdesk.store.models import Platform
from mbdesk.ui.localtime import user_zone
from mbdesk.ui.models.accounts import AccountsTableModel, platform_label
from mbdesk.ui.views.base import View


@dataclass(frozen=True)
class ConnectRequest:
    """What the owner typed to connect an account (passed to the accounts service)."""

    platform: str
    server: str = ""  # Mastodon instance (mastodon.social) or Bluesky service ("" = bsky.social)
    handle: str = ""  # Bluesky handle, e.g. shop.bsky.social
    password: str = ""  # Bluesky app password / Weibo app secret; never stored by the dialog
    app_key: str = ""  # Weibo app key


class AddAccountDialog(QDialog):
    """Choose the platform, give what it needs, connect through the accounts service.

    Signals:
        connected(int): the service connected a new account (its id).
    """

    connected = Signal(int)
    PLATFORMS = (Platform.MASTODON, Platform.BLUESKY, Platform.WEIBO)

    def __init__(self, service: object | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Add account"))
        self.setMinimumWidth(460)
        self.platform_combo = QComboBox(self)
        for platform in self.PLATFORMS:
            self.platform_combo.addItem(platform_label(platform), platform)
        self.pages = QStackedWidget(self)
        self.server_edit = QLineEdit(self)
        self.server_edit.setPlaceholderText("mastodon.social")
        self.handle_edit = QLineEdit(self)
        self.handle_edit.setPlaceholderText("yourshop.bsky.social")
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.bsky_service_edit = QLineEdit(self)
        self.bsky_service_edit.setPlaceholderText("bsky.social")
        self.app_key_edit = QLineEdit(self)
        self.app_secret_edit = QLineEdit(self)
        self.app_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pages.addWidget(self._page(
            self.tr("mbdesk opens your browser so you sign in on your own server; your password "
                    "is never typed here."),
            [(self.tr("Server"), self.server_edit)]))
        self.pages.addWidget(self._page(
            self.tr("Use an app password, not your main password: in Bluesky open Settings → "
                    "Privacy and security → App passwords."),
            [(self.tr("Handle"), self.handle_edit),
             (self.tr("App password"), self.password_edit),
             (self.tr("Service (optional)"), self.bsky_service_edit)]))
        self.pages.addWidget(self._page(
            self.tr("Weibo needs an app registered at open.weibo.com; enter its key and secret, "
                    "then sign in in the browser."),
            [(self.tr("App key"), self.app_key_edit), (self.tr("App secret"),
                                                       self.app_secret_edit)]))
        self.message = QLabel(self)
        self.message.setObjectName("add-account-message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(self.tr("Connect"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.connect_account)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Platform"), self.platform_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.platform_combo.currentIndexChanged.connect(self._on_platform_changed)
        self._on_platform_changed()

    def _page(self, explanation: str, fields: list[tuple[str, QWidget]]) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(explanation, page)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        for label, widget in fields:
            form.addRow(label, widget)
        layout.addLayout(form)
        return page

    def _on_platform_changed(self) -> None:
        self.pages.setCurrentIndex(self.platform_combo.currentIndex())
        self.message.clear()
        self.adjustSize()  # pages differ in height; never squeeze the fields

    def request(self) -> ConnectRequest:
        platform = self.platform_combo.currentData()
        if platform == Platform.MASTODON:
            return ConnectRequest(platform, server=self.server_edit.text().strip())
        if platform == Platform.BLUESKY:
            return ConnectRequest(platform, handle=self.handle_edit.text().strip().lstrip("@"),
                                  password=self.password_edit.text(),
                                  server=self.bsky_service_edit.text().strip())
        return ConnectRequest(platform, app_key=self.app_key_edit.text().strip(),
                              password=self.app_secret_edit.text())

    def _missing(self, request: ConnectRequest) -> str:
        if request.platform == Platform.MASTODON and not request.server:
            return self.tr("Enter your server's address, for example mastodon.social.")
        if request.platform == Platform.BLUESKY and not (request.handle and request.password):
            return self.tr("Enter your handle and an app password.")
        if request.platform == Platform.WEIBO and not (request.app_key and request.password):
            return self.tr("Enter the app key and the app secret.")
        return ""

    def connect_account(self) -> None:
        request = self.request()
        problem = self._missing(request)
        if problem:
            self._show_message(problem)
            return
        connect = getattr(self.service, "connect", None)
        if connect is None:
            self._show_message(self.tr(
                "Connecting an account needs the network support, which is not installed in "
                "this version yet. Nothing was added; you can try the demo workspace meanwhile."))
            return
        self._set_busy(True)
        self._show_message(self.tr("Connecting… if your browser opened, finish signing in "
                                   "there."))
        run_in_background(lambda: _connect(connect, request), self._on_connected,
                          self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        self.platform_combo.setEnabled(not busy)
        self.pages.setEnabled(not busy)

    def _on_connected(self, account_id: object) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.app_secret_edit.clear()
        self.connected.emit(int(account_id))  # type: ignore[call-overload]
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self._show_message(self.tr("Could not connect: {reason}").format(reason=message))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.adjustSize()


def _connect(connect, request: ConnectRequest) -> int:
    """Worker-thread side: platform errors become known errors with their own message."""
    try:
        return int(connect(request))
    except PlatformError as exc:
        raise MbdeskError(str(exc)) from exc


class AccountsView(View):
    key = "accounts"
    accounts_changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AccountsTableModel(user_zone(), self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("accounts-summary")
        self.add_button = QPushButton(self.tr("Add account…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)

        self.stack = QStackedWidget(self)
        self.table = QTableView(self)
        self.table.setObjectName("accounts-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("accounts-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setText(self.tr(
            "No accounts yet — click “Add account…” to connect your shop's Mastodon, Bluesky "
            "or Weibo account."))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button.clicked.connect(self.remove_selected)

    def title(self) -> str:
        return self.tr("Accounts")

    def refresh(self) -> None:
        self.model.set_zone(user_zone())
        self.model.load()
        rows = self.model.rows()
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        text = self.tr("%n account(s)", "", len(rows))
        reauth = sum(1 for r in rows if r.needs_reauth)
        if reauth:
            text += " · " + self.tr("%n need(s) re-authorization", "", reauth)
        self.summary_label.setText(text)
        self._update_buttons()

    def selected_account(self):
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.account_at(index.row())

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.selected_account() is not None)

    # -- actions -----------------------------------------------------------------------------
    def make_add_dialog(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self.ctx.services.get("accounts"), self)
        dialog.connected.connect(self._on_account_added)
        return dialog

    def open_add_dialog(self) -> None:
        """Also called by onboarding ("Add an account")."""
        self.make_add_dialog().exec()

    def _on_account_added(self, _account_id: int) -> None:
        self.refresh()
        self.accounts_changed.emit()

    def remove_selected(self) -> bool:
        account = self.selected_account()
        if account is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove account"),
            self.tr("Remove {handle} from mbdesk? Its mentions, followers and queued posts in "
                    "mbdesk are deleted and its sign-in is removed from the keyring. Nothing "
                    "changes on the server; drafts stay.").format(handle=account.handle),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.ctx.secrets.delete_token(account.uid)
        except SecretStoreError as exc:
            QMessageBox.warning(self, self.tr("Keyring problem"),
                                self.tr("The account was not removed: {reason}")
                                .format(reason=str(exc)))
            return False
        delete_account(account.id)
        self.refresh()
        self.accounts_changed.emit()
        return True
