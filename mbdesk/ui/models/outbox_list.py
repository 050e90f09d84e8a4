"""The outbox panel's table: each publish/reply with its state and, when it did not go out, why.

Rows come page by page (``PagedTableModel``) from ``store.queries.outbox_list``. Roles:
``ITEM_ROLE`` (the ``OutboxListRow``) on every cell. Failed rows are bold with the reason in the
last column, so a failure is never silent.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from mbdesk.store.models import OutboxKind, OutboxState
from mbdesk.store.queries.outbox_list import OutboxListRow, outbox_page
from mbdesk.ui.localtime import format_local
from mbdesk.ui.models.paged import PagedTableModel

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def outbox_state_text(state: str) -> str:
    labels = {
        OutboxState.QUEUED: QCoreApplication.translate("OutboxPanel", "Queued"),
        OutboxState.SENDING: QCoreApplication.translate("OutboxPanel", "Sending…"),
        OutboxState.ON_SERVER: QCoreApplication.translate("OutboxPanel",
                                                          "On the server (scheduled)"),
        OutboxState.SENT: QCoreApplication.translate("OutboxPanel", "Sent"),
        OutboxState.FAILED: QCoreApplication.translate("OutboxPanel", "Failed"),
        OutboxState.UNKNOWN: QCoreApplication.translate("OutboxPanel",
                                                        "Outcome unknown — checking"),
        OutboxState.HELD: QCoreApplication.translate("OutboxPanel", "Held — waiting for you"),
    }
    return labels.get(state, state)


class OutboxListModel(PagedTableModel):
    COLUMNS = ("when", "account", "kind", "state", "text", "reason")

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.account_id: int | None = None
        self.group = "attention"

    def show(self, account_id: int | None, group: str) -> None:
        self.account_id, self.group = account_id, group
        self.set_fetcher(lambda after, limit: outbox_page(account_id, group, after, limit))

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Account"), self.tr("Kind"), self.tr("State"),
                self.tr("Text"), self.tr("Reason / note"))[section]

    def cell(self, row: OutboxListRow, column: int, role: int):
        name = self.COLUMNS[column]
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, name)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("text", "reason"):
            return row.last_error if name == "reason" and row.last_error else row.head
        if role == Qt.ItemDataRole.FontRole and row.state == OutboxState.FAILED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: OutboxListRow, name: str) -> str:
        if name == "when":
            return format_local(row.when, self.zone)
        if name == "account":
            return row.handle
        if name == "kind":
            return self.tr("Reply") if row.kind == OutboxKind.REPLY else self.tr("Post")
        if name == "state":
            return outbox_state_text(row.state)
        if name == "text":
            return row.head
        if name == "reason":
            return " ".join(row.last_error.split())
        return ""
