"""Accounts: the connected accounts with their health, live sync state and counts; add,
re-authorize, sync now and remove accounts; the outbox of the selected account (or all).

Adding goes through the "accounts" service (``ctx.services["accounts"]``), which does the
network part (``mbdesk/services/accounts_service.py``: OAuth in the browser for Mastodon, an app
password for Bluesky). Its contract: ``connect(request: ConnectRequest[, login]) -> int`` —
blocking, called on a worker thread, returns the account's id, raises ``MbdeskError`` (or a
platform error) with a message for the user. For Mastodon the dialog passes a
``BrowserLogin``: the service hands the sign-in URL back through it (a queued signal here, so
the browser opens from the GUI thread), and the dialog feeds it a pasted code or a cancel.
Without that service the dialog says connecting is not available; it never pretends.

Removing asks first, deletes the token from the keyring, then the account row (with its
mentions, followers and queued posts, by cascade), and tells the sync service.

Signals:
    accounts_changed(): an account was added or removed (other screens reload their lists).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk.errors import MbdeskError, SecretStoreError
from mbdesk.platforms.base import PlatformError
from mbdesk.services.background import run_in_background
from mbdesk.store.accounts import delete_account
from mbdesk.store.models import Platform
from mbdesk.store.queries.accounts import AccountRow
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_local_time, user_zone
from mbdesk.ui.models.accounts import (
    WARN_BACKGROUND,
    WARN_FOREGROUND,
    AccountsTableModel,
    platform_label,
)
from mbdesk.ui.safe_text import plain_label
from mbdesk.ui.tables import list_table
from mbdesk.ui.text_fit import fit_placeholder
from mbdesk.ui.views.account_details import AccountDetailsPanel
from mbdesk.ui.views.base import View
from mbdesk.ui.views.outbox_panel import OutboxPanel

UrlOpener = Callable[[str], None]


def open_in_browser(url: str) -> None:
    """The system browser (GUI thread only)."""
    QDesktopServices.openUrl(QUrl(url))


_connect_pool: QThreadPool | None = None


def connect_pool() -> QThreadPool:
    """Connecting may wait minutes for the browser: it gets its own threads, so it never holds
    a thread of the global pool that other background work needs."""
    global _connect_pool
    if _connect_pool is None:
        _connect_pool = QThreadPool(QCoreApplication.instance())
        _connect_pool.setMaxThreadCount(2)
    return _connect_pool


@dataclass(frozen=True)
class ConnectRequest:
    """What the owner typed to connect an account (passed to the accounts service)."""

    platform: str
    server: str = ""  # Mastodon instance (mastodon.social) or Bluesky service ("" = bsky.social)
    handle: str = ""  # Bluesky handle, e.g. shop.bsky.social
    password: str = ""  # Bluesky app password / Weibo app secret; never stored by the dialog
    app_key: str = ""  # Weibo app key
    code: str = ""  # Weibo: the authorization code, or the whole address the browser went to
    safe_domain: str = ""  # Weibo: the app's safe domain (every post links to it)
    default_link: str = ""  # Weibo: appended to a post without a safe-domain link
    client_id: str = ""  # X: the OAuth 2.0 client id of the shop's own app
    account_id: int | None = None  # re-authorize this account


class _LoginBridge(QObject):
    """Lives on the GUI thread; the worker emits, the slots run on the GUI thread."""

    open_requested = Signal(str)
    paste_url_ready = Signal(str)
    redirect_refused = Signal(str)  # the server refused the loopback address: paste instead
    x_open_requested = Signal(str)  # X: open the authorize page (no code to paste on X)


class AddAccountDialog(QDialog):
    """Choose the platform, give what it needs, connect through the accounts service.

    With ``reauth`` (an ``AccountRow``) it signs that account in again: platform and server
    are fixed, and the service checks it is the same person.

    Signals:
        connected(int): the service connected (or re-authorized) an account (its id).
    """

    connected = Signal(int)
    PLATFORMS = (Platform.MASTODON, Platform.BLUESKY, Platform.WEIBO, Platform.X)

    def __init__(self, service: object | None, parent: QWidget | None = None, *,
                 open_url: UrlOpener | None = None, reauth: AccountRow | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.open_url = open_url or open_in_browser
        self.reauth = reauth
        self._login = None  # the BrowserLogin of a running Mastodon sign-in
        self._busy = False
        self._paste_url = ""
        self._bridge = _LoginBridge(self)
        self._bridge.open_requested.connect(self._open_browser)
        self._bridge.paste_url_ready.connect(self._on_paste_url)
        self._bridge.redirect_refused.connect(self._on_redirect_refused)
        self._bridge.x_open_requested.connect(self._open_x_browser)
        self.setMinimumWidth(500)
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
        self.weibo_code_edit = QLineEdit(self)
        self.weibo_code_edit.setPlaceholderText(
            self.tr("the code, or the whole address the browser shows"))
        fit_placeholder(self.weibo_code_edit)  # Spanish: "…que muestra el navegador", whole
        self.safe_domain_edit = QLineEdit(self)
        self.safe_domain_edit.setPlaceholderText("shop.example")
        self.default_link_edit = QLineEdit(self)
        self.default_link_edit.setPlaceholderText("https://shop.example")
        self.weibo_authorize_button = QPushButton(self.tr("Open the authorization page"), self)
        self.weibo_authorize_button.clicked.connect(self._open_weibo_authorize)
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
                    "open the authorization page, allow the app and paste the code (or the "
                    "whole address) here. Every Weibo post must link to the app's safe domain."),
            [(self.tr("App key"), self.app_key_edit), (self.tr("App secret"),
                                                       self.app_secret_edit),
             ("", self.weibo_authorize_button),
             (self.tr("Code"), self.weibo_code_edit),
             (self.tr("Safe domain"), self.safe_domain_edit),
             (self.tr("Default link (optional)"), self.default_link_edit)]))
        self.pages.addWidget(self._build_x_page())
        self.waiting_box = self._build_waiting_box()
        self.message = plain_label(QLabel(self))  # may quote the server: never markup
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
        layout.addWidget(self.waiting_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.platform_combo.currentIndexChanged.connect(self._on_platform_changed)
        if reauth is not None:
            self.setWindowTitle(self.tr("Re-authorize {handle}").format(handle=reauth.handle))
            self.connect_button.setText(self.tr("Sign in again"))
            self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(
                reauth.platform)))
            self.platform_combo.setEnabled(False)
            self.server_edit.setText(reauth.instance_url)
            self.server_edit.setReadOnly(True)
            self.handle_edit.setText(reauth.handle)
            if reauth.platform == Platform.BLUESKY:
                self.bsky_service_edit.setText(reauth.instance_url)
            self.app_key_edit.setText(getattr(reauth, "app_key", ""))  # the app secret is kept
            if reauth.platform == Platform.X:  # the shop's own app: same client id and API
                self.client_id_edit.setText(getattr(reauth, "client_id", ""))
                self.x_api_edit.setText(reauth.instance_url)
        else:
            self.setWindowTitle(self.tr("Add account"))
        self._on_platform_changed()

    def _build_x_page(self) -> QWidget:
        """X: the shop's own app (developer.x.com) signs in through the browser; the dialog
        names the callback address to register there, which X matches exactly."""
        from mbdesk.platforms.x_auth import redirect_uri

        self.client_id_edit = QLineEdit(self)
        self.client_id_edit.setObjectName("add-account-x-client-id")
        self.x_api_edit = QLineEdit(self)
        self.x_api_edit.setPlaceholderText("https://api.x.com")
        self.x_redirect_edit = QLineEdit(redirect_uri(), self)
        self.x_redirect_edit.setReadOnly(True)
        return self._page(
            self.tr("X needs your own app at developer.x.com: in its User authentication "
                    "settings choose OAuth 2.0, type Native App, permissions Read and write, and "
                    "register the callback address below exactly. Enter the app's OAuth 2.0 "
                    "client id; mbdesk opens your browser to sign in. Posting works on every "
                    "access level; reading mentions, followers and metrics needs a paid one."),
            [(self.tr("Client id"), self.client_id_edit),
             (self.tr("Callback address"), self.x_redirect_edit),
             (self.tr("API address (optional)"), self.x_api_edit)])

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

    def _build_waiting_box(self) -> QWidget:
        """Shown while a Mastodon sign-in waits: open the page again, or paste a code."""
        box = QFrame(self)
        box.setObjectName("add-account-waiting")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.waiting_label = QLabel(self.tr(
            "Your browser shows your server's sign-in page. Allow mbdesk there; this window "
            "continues by itself."), box)
        self.waiting_label.setWordWrap(True)
        self._waiting_text = self.waiting_label.text()  # back after a fallback to the code
        self.reopen_button = QPushButton(self.tr("Open the page again"), box)
        self.reopen_button.clicked.connect(self._reopen)
        paste_title = QLabel(self.tr("<b>Paste the code instead</b>"), box)
        paste_help = QLabel(self.tr(
            "If the browser cannot come back to mbdesk (another computer, a locked-down "
            "browser), open the page that shows a code, allow mbdesk, and paste the code here."),
            box)
        paste_help.setWordWrap(True)
        self.show_code_button = QPushButton(self.tr("Open the page with a code"), box)
        self.show_code_button.setEnabled(False)
        self.show_code_button.clicked.connect(self._open_paste_page)
        self.code_edit = QLineEdit(box)
        self.code_edit.setObjectName("add-account-code")
        self.code_edit.setPlaceholderText(self.tr("Authorization code"))
        self.use_code_button = QPushButton(self.tr("Use this code"), box)
        self.use_code_button.clicked.connect(self.submit_code)
        self.code_edit.returnPressed.connect(self.submit_code)
        layout = QVBoxLayout(box)
        layout.addWidget(self.waiting_label)  # full width: wrapped text gets its height
        again = QHBoxLayout()
        again.addWidget(self.reopen_button)
        again.addStretch(1)
        layout.addLayout(again)
        layout.addWidget(paste_title)
        layout.addWidget(paste_help)
        row = QHBoxLayout()
        row.addWidget(self.show_code_button)
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.use_code_button)
        layout.addLayout(row)
        box.hide()
        return box

    def _on_platform_changed(self) -> None:
        current = self.platform_combo.currentIndex()
        self.pages.setCurrentIndex(current)
        # the stack is as tall as the page shown (not the tallest), so nothing gapes below it
        self.pages.setFixedHeight(self.pages.currentWidget().sizeHint().height())
        self.message.clear()
        self.adjustSize()  # pages differ in height; never squeeze the fields

    def request(self) -> ConnectRequest:
        platform = self.platform_combo.currentData()
        account_id = self.reauth.id if self.reauth is not None else None
        if platform == Platform.MASTODON:
            return ConnectRequest(platform, server=self.server_edit.text().strip(),
                                  account_id=account_id)
        if platform == Platform.BLUESKY:
            return ConnectRequest(platform, handle=self.handle_edit.text().strip().lstrip("@"),
                                  password=self.password_edit.text(),
                                  server=self.bsky_service_edit.text().strip(),
                                  account_id=account_id)
        if platform == Platform.X:
            return ConnectRequest(platform, client_id=self.client_id_edit.text().strip(),
                                  server=self.x_api_edit.text().strip(), account_id=account_id)
        return ConnectRequest(platform, app_key=self.app_key_edit.text().strip(),
                              password=self.app_secret_edit.text(),
                              code=self.weibo_code_edit.text().strip(),
                              safe_domain=self.safe_domain_edit.text().strip(),
                              default_link=self.default_link_edit.text().strip(),
                              account_id=account_id)

    def _missing(self, request: ConnectRequest) -> str:
        if request.platform == Platform.MASTODON and not request.server:
            return self.tr("Enter your server's address, for example mastodon.social.")
        if request.platform == Platform.BLUESKY and not (request.handle and request.password):
            return self.tr("Enter your handle and an app password.")
        if request.platform == Platform.WEIBO and not (request.app_key and (
                request.password or request.account_id)):
            return self.tr("Enter the app key and the app secret.")
        if request.platform == Platform.X and not request.client_id:
            return self.tr("Enter your X app's OAuth 2.0 client id.")
        if request.platform == Platform.WEIBO and not request.code:
            return self.tr("Open the authorization page, allow the app, then paste the code.")
        return ""

    def connect_account(self) -> None:
        if self._busy:
            return
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
        if request.platform == Platform.MASTODON and not self._address_ok(request.server):
            return
        login = None
        if request.platform == Platform.MASTODON:
            from mbdesk.services.mastodon_connect import BrowserLogin

            login = BrowserLogin(open_url=self._bridge.open_requested.emit,
                                 show_paste_url=self._bridge.paste_url_ready.emit,
                                 on_redirect_refused=self._bridge.redirect_refused.emit)
            self._show_message(self.tr("Checking the server…"))
        elif request.platform == Platform.X:
            from mbdesk.services.x_connect import XLogin

            login = XLogin(open_url=self._bridge.x_open_requested.emit)
            self._show_message(self.tr("Connecting…"))
        else:
            self._show_message(self.tr("Connecting…"))
        self._login = login
        self._set_busy(True)
        run_in_background(lambda: _connect(connect, request, login), self._on_connected,
                          self._on_failed, pool=connect_pool())

    def _address_ok(self, server: str) -> bool:
        """A bad address is said at once (nothing starts); a server reached over plain http
        that is not on this machine needs the owner's yes first."""
        from mbdesk.services.mastodon_connect import normalize_instance, plain_http_warning

        try:
            url = normalize_instance(server)
        except MbdeskError:
            self._show_message(self.tr(
                "This is not a server address. Enter it like mastodon.social (https://, and a "
                "port from 1 to 65535 if it has one)."))
            return False
        if not plain_http_warning(url):
            return True
        return self.confirm_plain_http(url.removeprefix("http://"))

    def confirm_plain_http(self, host: str) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Unencrypted connection"),
            self.tr("%1 is reached over plain http: the token and everything mbdesk sends "
                    "there are not encrypted on the way. Connect anyway?").replace("%1", host),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _open_weibo_authorize(self) -> None:
        """The browser opens Weibo's authorization page for the app key typed."""
        from mbdesk.platforms.weibo_auth import authorize_url

        key = self.app_key_edit.text().strip()
        if not key:
            self._show_message(self.tr("Enter the app key and the app secret."))
            return
        self.open_url(authorize_url(key))
        self._show_message(self.tr("Allow the app in the browser, then paste the code (or the "
                                   "whole address the browser went to) under Code."))

    def submit_code(self) -> None:
        """The owner pasted the code the server showed (the out-of-band fallback)."""
        code = self.code_edit.text().strip()
        if self._login is None or not code:
            return
        self._login.submit_code(code)
        self.code_edit.clear()
        self.use_code_button.setEnabled(False)
        self._show_message(self.tr("Checking the code…"))

    def _open_browser(self, url: str) -> None:
        self._browser_url = url
        self.waiting_label.setText(self._waiting_text)
        self.waiting_box.show()
        self._show_message(self.tr("Waiting for you to allow mbdesk in the browser…"))
        self.open_url(url)

    def _open_x_browser(self, url: str) -> None:
        """X's authorize page; the loopback receiver waits for the browser (Cancel stops it)."""
        self._browser_url = url
        self._show_message(self.tr("Waiting for you to allow mbdesk in the browser…"))
        self.open_url(url)

    def _reopen(self) -> None:
        url = getattr(self, "_browser_url", "")
        if url:
            self.open_url(url)

    def _on_paste_url(self, url: str) -> None:
        self._paste_url = url
        self.show_code_button.setEnabled(True)
        self.use_code_button.setEnabled(True)
        self.waiting_box.show()
        self.adjustSize()

    def _on_redirect_refused(self, url: str) -> None:
        """The server would not send the browser back to mbdesk: switch to the pasted code by
        itself, opening the page that shows it."""
        self._on_paste_url(url)
        self.waiting_label.setText(self.tr(
            "This server did not accept mbdesk's sign-in address, so the browser cannot come "
            "back to mbdesk by itself."))
        self._show_message(self.tr(
            "Paste the code instead: the page with a code is open in your browser; allow "
            "mbdesk there and paste the code here."))
        self.open_url(url)
        self.code_edit.setFocus()

    def _open_paste_page(self) -> None:
        if self._paste_url:
            self.open_url(self._paste_url)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.connect_button.setEnabled(not busy)
        self.platform_combo.setEnabled(not busy and self.reauth is None)
        self.pages.setEnabled(not busy)
        if not busy:
            self.waiting_box.hide()
            self.show_code_button.setEnabled(False)
            self.use_code_button.setEnabled(True)

    def _on_connected(self, account_id: object) -> None:
        self._login = None
        self._set_busy(False)
        self.password_edit.clear()
        self.app_secret_edit.clear()
        self.connected.emit(int(account_id))  # type: ignore[call-overload]
        self.accept()

    def _on_failed(self, message: str) -> None:
        cancelled = self._login is not None and self._login.cancelled
        self._login = None
        self._set_busy(False)
        if cancelled:
            return
        self._show_message(self.tr("Could not connect: {reason}").format(reason=message))

    def reject(self) -> None:
        """Cancel also stops a sign-in that waits for the browser (and its receiver)."""
        if self._login is not None:
            self._login.cancel()
        super().reject()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.adjustSize()


def _connect(connect, request: ConnectRequest, login) -> int:
    """Worker-thread side: platform errors become known errors with their own message."""
    try:
        if login is not None:
            return int(connect(request, login=login))
        return int(connect(request))
    except PlatformError as exc:
        raise MbdeskError(str(exc)) from exc


class AccountsView(View):
    key = "accounts"
    accounts_changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.open_url: UrlOpener = open_in_browser  # tests play the browser here
        self._sync_attached = None
        self._syncing: set[int] = set()
        self.model = AccountsTableModel(user_zone(), self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("accounts-summary")
        self.add_button = QPushButton(self.tr("Add account…"), self)
        self.reauth_button = QPushButton(self.tr("Re-authorize…"), self)
        self.reauth_button.setEnabled(False)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setToolTip(self.tr("Sync the selected account now (all accounts when "
                                            "none is selected)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.reauth_button)
        bar.addWidget(self.sync_button)
        bar.addWidget(self.remove_button)
        self.utm_button = QPushButton(self.tr("Link tagging…"), self)
        self.utm_button.setToolTip(self.tr("Add UTM tags to links to your shop in posts"))
        self.utm_button.clicked.connect(self.open_utm_dialog)
        bar.addWidget(self.utm_button)

        self.banner = QFrame(self)
        self.banner.setObjectName("accounts-reauth-banner")
        self.banner.setStyleSheet(
            f"#accounts-reauth-banner {{ background: {WARN_BACKGROUND.name()}; "
            f"border-radius: 4px; }} #accounts-reauth-banner QLabel "
            f"{{ color: {WARN_FOREGROUND.name()}; }}")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setObjectName("accounts-reauth-text")
        self.banner_label.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Re-authorize…"), self.banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.stack = QStackedWidget(self)
        self.table = list_table(self, self.model, name="accounts-table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("accounts-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setText(self.tr(
            "No accounts yet — click “Add account…” to connect your shop's Mastodon, Bluesky "
            "or Weibo account."))
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.outbox = OutboxPanel(ctx, self)
        self.outbox.changed.connect(self._reload_accounts)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.details = AccountDetailsPanel(self)  # the selected account's server and steps
        rows_shown = 3  # the details box never squeezes the table below a shop's few accounts
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + rows_shown * self.table.verticalHeader().defaultSectionSize()
                                    + self.table.horizontalScrollBar().sizeHint().height()
                                    + 2 * self.table.frameWidth())
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.stack, 1)
        top_layout.addWidget(self.details)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.outbox)
        self.splitter.setStretchFactor(0, 1)  # the table and the selected account's details
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.reauth_button.clicked.connect(self.reauthorize_selected)
        self.banner_button.clicked.connect(self.reauthorize_first_needing)
        self.sync_button.clicked.connect(self.sync_selected)
        self.remove_button.clicked.connect(self.remove_selected)

    def title(self) -> str:
        return self.tr("Accounts")

    def open_utm_dialog(self) -> None:
        from mbdesk.ui.utm_dialog import UtmDialog
        UtmDialog(self).exec()

    def refresh(self) -> None:
        self._attach_sync()
        self._reload_accounts()
        self.outbox.reload()

    def _reload_accounts(self) -> None:
        selected = self.selected_account()
        self.model.set_zone(user_zone())
        self.model.set_syncing(self._syncing)
        self.model.load()
        rows = self.model.rows()
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        text = self.tr("%n account(s)", "", len(rows))
        reauth = [r for r in rows if r.needs_reauth]
        if reauth:
            text += " · " + self.tr("%n need(s) re-authorization", "", len(reauth))
        self.summary_label.setText(text)
        expiring = self._expiring(rows)
        self.banner.setVisible(bool(reauth or expiring))
        if reauth:
            self.banner_label.setText(self.tr(
                "⚠ {handles}: the server no longer accepts mbdesk's sign-in. Nothing is "
                "published or synced for it until you sign in again.").format(
                handles=join_list(r.handle for r in reauth)))
        elif expiring:
            self.banner_label.setText(self._expiry_text(expiring))
        if selected is not None:
            for row, account in enumerate(rows):
                if account.id == selected.id:
                    self.table.selectRow(row)
                    break
        self.details.setVisible(bool(rows))
        self.details.show_account(self.selected_account())  # a run may have changed its steps
        self._update_buttons()

    def prepare_screenshot(self) -> None:
        """``--screenshot``: select the first account, so its server and steps show."""
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected_account(self) -> AccountRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.account_at(index.row())

    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()
        account = self.selected_account()
        self.details.show_account(account)
        wanted = account.id if account else None
        if wanted != self.outbox.account_id:
            self.outbox.set_account(wanted, account.handle if account else "")

    def _update_buttons(self, *_args) -> None:
        account = self.selected_account()
        self.remove_button.setEnabled(account is not None)
        self.reauth_button.setEnabled(account is not None
                                      and account.platform != Platform.SANDBOX)

    # -- the sync service ----------------------------------------------------------------------
    def _sync(self):
        return self.ctx.services.get("sync")

    def _attach_sync(self) -> None:
        """Follow the sync service's signals (it is created after start-up checks, so this is
        tried on every refresh until it exists)."""
        sync = self._sync()
        if sync is None or sync is self._sync_attached:
            return
        self._sync_attached = sync
        sync.account_state_changed.connect(self._on_account_state)

    def _on_account_state(self, account_id: int, _state: str) -> None:
        """A run ended: its state, last error and rate limit are in the database now."""
        self._syncing.discard(account_id)
        self._reload_accounts()
        self.outbox.reload()

    def sync_selected(self) -> None:
        self._attach_sync()
        sync = self._sync()
        if sync is None:
            self.summary_label.setText(self.tr("Sync has not started yet; try again in a "
                                               "moment."))
            return
        account = self.selected_account()
        ids = [account.id] if account else [r.id for r in self.model.rows()]
        self._syncing.update(ids)
        self._reload_accounts()
        sync.sync_now(account.id if account else None)

    # -- actions -------------------------------------------------------------------------------
    def make_add_dialog(self, reauth: AccountRow | None = None) -> AddAccountDialog:
        dialog = AddAccountDialog(self.ctx.services.get("accounts"), self,
                                  open_url=lambda url: self.open_url(url), reauth=reauth)
        dialog.connected.connect(self._on_account_added)
        return dialog

    def open_add_dialog(self) -> None:
        """Also called by onboarding ("Add an account")."""
        self.make_add_dialog().exec()

    def reauthorize_selected(self) -> None:
        account = self.selected_account()
        if account is not None:
            self.make_add_dialog(reauth=account).exec()

    @staticmethod
    def _expiring(rows: list[AccountRow]) -> list[AccountRow]:
        """Accounts whose sign-in runs out within a week (Weibo tokens cannot be renewed)."""
        from mbdesk.domain.token_expiry import expiring
        from mbdesk.store.models import utcnow

        now = utcnow()
        return [r for r in rows if not r.needs_reauth
                and expiring(getattr(r, "token_expires_at", None), now)]

    def _expiry_text(self, rows: list[AccountRow]) -> str:
        from mbdesk.domain.token_expiry import days_left
        from mbdesk.store.models import utcnow

        first = min(rows, key=lambda r: r.token_expires_at)
        when = first.token_expires_at.replace(tzinfo=UTC).astimezone(user_zone())
        return self.tr(
            "⚠ {handles}: the sign-in runs out in %n day(s), on {date}. Posts due after that "
            "will not go out; re-authorize now.", "", days_left(first.token_expires_at, utcnow())
        ).format(handles=join_list(r.handle for r in rows),
                 date=format_local_time(when))

    def reauthorize_first_needing(self) -> None:
        account = next((r for r in self.model.rows() if r.needs_reauth), None) or next(
            iter(self._expiring(self.model.rows())), None)
        if account is not None:
            self.make_add_dialog(reauth=account).exec()

    def _on_account_added(self, account_id: int) -> None:
        self.refresh()
        self.accounts_changed.emit()
        sync = self._sync()
        if sync is not None:
            self._attach_sync()
            self._syncing.add(account_id)
            sync.refresh_accounts()
            sync.sync_now(account_id)
            self._reload_accounts()

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
        self._syncing.discard(account.id)
        sync = self._sync()
        if sync is not None:
            sync.refresh_accounts()
        self.table.clearSelection()
        self.refresh()
        self.accounts_changed.emit()
        return True
