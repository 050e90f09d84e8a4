"""The accounts table: one row per connected account with its health and its counts.

Roles: ``ACCOUNT_ID_ROLE`` (int) on every cell; the first column's decoration is the account
colour (a swatch). An account that needs re-authorization gets an amber status cell (an explicit
background *and* foreground pair, so it reads in light and dark themes alike).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from mbdesk.store.models import AccountStatus, Platform
from mbdesk.store.queries.accounts import AccountRow, account_rows
from mbdesk.ui.localtime import format_local, to_local

ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_BACKGROUND = QColor("#fde68a")
WARN_FOREGROUND = QColor("#7c2d12")



def platform_label(platform: str) -> str:
    labels = {
        Platform.MASTODON: "Mastodon",
        Platform.BLUESKY: "Bluesky",
        Platform.WEIBO: QCoreApplication.translate("Platform", "Weibo"),
        Platform.SANDBOX: QCoreApplication.translate("Platform", "Sandbox (offline test server)"),
    }
    return labels.get(platform, platform)


def account_status_label(status: str) -> str:
    labels = {
        AccountStatus.ACTIVE: QCoreApplication.translate("AccountStatus", "Connected"),
        AccountStatus.NEEDS_REAUTH: QCoreApplication.translate("AccountStatus",
                                                               "Needs re-authorization"),
        AccountStatus.DISABLED: QCoreApplication.translate("AccountStatus", "Disabled"),
    }
    return labels.get(status, status)


def sync_state_label(state: str) -> str:
    labels = {
        "idle": QCoreApplication.translate("SyncState", "Idle"),
        "syncing": QCoreApplication.translate("SyncState", "Syncing…"),
        "error": QCoreApplication.translate("SyncState", "Error"),
        "offline": QCoreApplication.translate("SyncState", "Offline"),
        "ok": QCoreApplication.translate("SyncState", "Up to date"),
        "rate_limited": QCoreApplication.translate("SyncState", "Rate limited"),
        "needs_reauth": QCoreApplication.translate("SyncState", "Waiting for sign-in"),
        "stopped": QCoreApplication.translate("SyncState", "Stopped"),
    }
    return labels.get(state, state)


class AccountsTableModel(QAbstractTableModel):
    """All accounts (a shop has a handful, so no paging)."""

    COLUMNS = ("platform", "handle", "display_name", "status", "sync", "last_synced",
               "followers", "mentions_new", "queued", "rate_limit", "last_error")
    NUMERIC = ("followers", "mentions_new", "queued")

    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[AccountRow] = []
        self._syncing: frozenset[int] = frozenset()

    def set_syncing(self, account_ids) -> None:
        """Accounts whose run was asked for and has not ended (shown as syncing)."""
        self._syncing = frozenset(account_ids)

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone

    def load(self) -> None:
        self.beginResetModel()
        self._rows = account_rows()
        self.endResetModel()

    def rows(self) -> list[AccountRow]:
        return list(self._rows)

    def account_at(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Platform"), self.tr("Handle"), self.tr("Display name"),
                self.tr("Status"), self.tr("Sync"), self.tr("Last synced"),
                self.tr("Followers"), self.tr("New mentions"), self.tr("Queued posts"),
                self.tr("Rate limit"), self.tr("Last error"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ACCOUNT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "platform":
            return QColor(row.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.needs_reauth and column == "status":
            if role == Qt.ItemDataRole.BackgroundRole:
                return WARN_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return WARN_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The server no longer accepts mbdesk's sign-in for this account. "
                               "Sign in again so scheduled posts can go out.")
        if role == Qt.ItemDataRole.ToolTipRole and column == "last_error" and row.last_error:
            return row.last_error
        return None

    def _display(self, row: AccountRow, column: str) -> str:
        if column == "platform":
            return platform_label(row.platform)
        if column == "handle":
            return row.handle
        if column == "display_name":
            return row.display_name
        if column == "status":
            return account_status_label(row.status)
        if column == "sync":
            return sync_state_label("syncing" if row.id in self._syncing else row.sync_state)
        if column == "last_synced":
            return format_local(row.last_synced_at, self._zone) or self.tr("never")
        if column == "followers":
            return "—" if row.followers is None else QLocale().toString(row.followers)
        if column == "mentions_new":
            return str(row.mentions_new)
        if column == "queued":
            return str(row.queued)
        if column == "rate_limit":
            return self._rate_limit_text(row)
        if column == "last_error":
            return " ".join(row.last_error.split())
        return ""

    def _rate_limit_text(self, row: AccountRow) -> str:
        until = row.rate_limited_until
        if until is None or until <= datetime.now(UTC).replace(tzinfo=None):
            return self.tr("OK")
        local = to_local(until, self._zone)
        return self.tr("Paused until {time}").format(time=local.strftime("%H:%M"))
