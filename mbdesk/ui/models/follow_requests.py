"""The pending follow requests shown above the followers list (few: loaded whole)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from mbdesk.store import follow_requests as store
from mbdesk.store.follow_requests import RequestRow
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.safe_text import isolate

RequestIdRole = Qt.ItemDataRole.UserRole + 1
PersonIdRole = Qt.ItemDataRole.UserRole + 2

NAME, HANDLE, ACCOUNT, SEEN, ACTIONS = range(5)
COLUMN_COUNT = 5


class FollowRequestsModel(QAbstractTableModel):
    """Rows are ``RequestRow``; the ACTIONS column is left empty for the view's buttons.
    ``busy`` holds the requests whose answer is on its way to the server."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestRow] = []
        self._zone: tzinfo | None = None
        self.busy: set[int] = set()

    def load(self, account_id: int | None = None) -> None:
        self.beginResetModel()
        self._zone = user_zone()
        self._rows = store.pending(account_id)
        self.endResetModel()

    def rows(self) -> list[RequestRow]:
        return list(self._rows)

    def row_of_request(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("FollowRequestsModel", "Name"),
            QCoreApplication.translate("FollowRequestsModel", "Handle"),
            QCoreApplication.translate("FollowRequestsModel", "Wants to follow"),
            QCoreApplication.translate("FollowRequestsModel", "Asked (first seen)"),
            "",
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return isolate(row.display_name or row.handle)  # no RTL override leaks
            if column == HANDLE:
                return isolate(row.handle.lstrip("@"))  # as the followers table shows handles
            if column == ACCOUNT:
                return row.account_name or row.account_handle
            if column == SEEN:
                return format_local(row.seen_at, self._zone or user_zone())
        elif role == Qt.ItemDataRole.ToolTipRole and column in (NAME, HANDLE) and row.bio:
            return row.bio[:300]
        elif role == Qt.ItemDataRole.ToolTipRole and column == ACCOUNT:
            return row.account_handle
        elif role == RequestIdRole:
            return row.id
        elif role == PersonIdRole:
            return row.person_id
        return None
