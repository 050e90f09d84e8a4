"""The status bar: online/offline, sync state, and the latest message."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from mbdesk.secrets import has_secure_backend
from mbdesk.services.context import AppContext


class StatusPanel(QWidget):
    """Shows connectivity from QNetworkInformation (when the OS offers it) and the sync state."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.message = QLabel(self)
        self.message.setObjectName("status-message")
        self.workspace = QLabel(self)
        self.network = QLabel(self)
        self.network.setObjectName("status-network")
        self.sync = QLabel(self)
        self.sync.setObjectName("status-sync")
        self.keyring = QLabel(self)
        self.keyring.setObjectName("status-keyring")
        self.keyring.hide()
        layout.addWidget(self.message, 1)
        layout.addWidget(self.keyring)
        layout.addWidget(self.workspace)
        layout.addWidget(self.network)
        layout.addWidget(self.sync)
        if ctx.workspace.is_demo:
            self.workspace.setText(self.tr("Demo workspace"))
        self._online: bool | None = None
        self.set_sync_state(self.tr("Sync not started"))
        self._show_network()

    def check_keyring(self) -> None:
        """Ask (off the GUI thread: it may talk to D-Bus) whether a secure keyring exists."""
        from mbdesk.services.background import run_in_background  # after the paint

        run_in_background(has_secure_backend, self._on_keyring_checked)

    def _on_keyring_checked(self, secure: bool) -> None:
        self.keyring.setVisible(not secure)
        self.keyring.setText(self.tr("⚠ No secure keyring: accounts cannot be connected"))
        self.keyring.setToolTip(self.tr(
            "mbdesk keeps account tokens only in the system keyring. Install and unlock one "
            "(for example gnome-keyring or KWallet), or allow plaintext storage in Settings."))

    def start_sync(self) -> None:
        """Watch the network and start the sync service, if the app has one."""
        from PySide6.QtNetwork import QNetworkInformation  # not needed before the first paint

        if QNetworkInformation.loadDefaultBackend():
            info = QNetworkInformation.instance()
            info.reachabilityChanged.connect(self._on_reachability)
            self._on_reachability(info.reachability())
        sync = self.ctx.services.get("sync")
        if sync is None:
            self.set_sync_state(self.tr("Sync idle — no platform connection to sync"))
            return
        sync.state_changed.connect(self.set_sync_state)
        sync.start()

    def _on_reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        R = QNetworkInformation.Reachability
        if reachability == R.Unknown:
            self._online = None
        else:
            self._online = reachability in (R.Online, R.Site)
        self._show_network()

    def _show_network(self) -> None:
        if self._online is None:
            self.network.setText(self.tr("Network: unknown"))
        elif self._online:
            self.network.setText(self.tr("● Online"))
        else:
            self.network.setText(self.tr("○ Offline — changes wait in the outbox"))

    @property
    def online(self) -> bool | None:
        return self._online

    def set_sync_state(self, text: str) -> None:
        self.sync.setText(text)

    def show_stored_state(self) -> None:
        """``--screenshot``: no sync runs and the network is not watched, so say only what is
        known: when the accounts last synced (stored), and nothing about the network."""
        from peewee import fn

        from mbdesk.store.models import Account
        from mbdesk.ui.localtime import format_local, user_zone

        self.network.clear()
        self.network.hide()
        last = Account.select(fn.MAX(Account.last_synced_at)).scalar()
        if isinstance(last, str):  # SQLite hands MAX() back as text
            from datetime import datetime

            last = datetime.fromisoformat(last)
        self.sync.setText(self.tr("Last synced {0}").format(format_local(last, user_zone()))
                          if last else "")

    def set_message(self, text: str) -> None:
        self.message.setText(text)
