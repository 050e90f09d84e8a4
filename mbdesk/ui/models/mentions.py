"""The inbox list: mentions of every account, newest first: 50 at once, then 200 at a time."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from mbdesk.store.models import MentionState
from mbdesk.store.queries import mentions as queries
from mbdesk.store.queries.mentions import MentionFilter, MentionRow
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.paged import PagedTableModel
from mbdesk.ui.safe_text import isolate, plain_tooltip

IdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

ACCOUNT, AUTHOR, TIME, TEXT, STATE = range(5)
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, IdRole,
                    StateRole})


def state_label(state: str) -> str:
    labels = {
        MentionState.NEW: QCoreApplication.translate("MentionModel", "new"),
        MentionState.READ: QCoreApplication.translate("MentionModel", "read"),
        MentionState.DONE: QCoreApplication.translate("MentionModel", "done"),
    }
    return labels.get(state, state)


class MentionTableModel(PagedTableModel):
    """Rows are ``MentionRow``; ``IdRole`` gives the mention id, ``StateRole`` its state."""

    FIRST_PAGE_SIZE = queries.FIRST_PAGE_SIZE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filter = MentionFilter()
        self._zone: tzinfo | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._times: dict[int, str] = {}  # mention id → its time as shown (zone of this load)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Answer the roles views ask for on every paint quickly: the others never reach cell()
        (a scrolled-through inbox of 200,000 rows is painted thousands of times)."""
        if role not in _ROLES:
            return None
        return super().data(index, role)

    def set_filter(self, flt: MentionFilter) -> None:
        """Query the first page of ``flt`` now (on this thread) and show it."""
        self.show_results(flt, queries.page(flt, None, self.FIRST_PAGE_SIZE))

    def show_results(self, flt: MentionFilter, first_page: list[MentionRow]) -> None:
        """Show a first page of ``flt`` queried elsewhere; later pages load on scrolling."""
        self.filter = flt
        self._zone = user_zone()
        self._times.clear()
        self.show_first_page(lambda after, limit: queries.page(flt, after, limit), first_page)

    def set_state(self, mention_id: int, state: str) -> None:
        """Show a state change made elsewhere (the row stays until the next reload)."""
        row = self.row_of(lambda r: r.id == mention_id)
        if row >= 0:
            self.replace_row(row, self.row_at(row)._replace(state=state))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("MentionModel", "Account"),
            QCoreApplication.translate("MentionModel", "From"),
            QCoreApplication.translate("MentionModel", "Time"),
            QCoreApplication.translate("MentionModel", "Text"),
            QCoreApplication.translate("MentionModel", "State"),
        )[section]

    def cell(self, row: MentionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ACCOUNT:
                return row.account_name
            if column == AUTHOR:
                return isolate(row.author_name or row.author_handle)  # no RTL override leaks
            if column == TIME:
                text = self._times.get(row.id)
                if text is None:
                    text = self._times[row.id] = format_local(row.created_at,
                                                              self._zone or user_zone())
                return text
            if column == TEXT:
                return row.first_line
            if column == STATE:
                return state_label(row.state)
        elif role == Qt.ItemDataRole.FontRole:
            return self._bold if row.state == MentionState.NEW else None
        elif role == Qt.ItemDataRole.DecorationRole and column == ACCOUNT:
            return QColor(row.account_color)
        elif role == Qt.ItemDataRole.ToolTipRole and column == AUTHOR:
            return plain_tooltip(isolate(row.author_handle))
        elif role == Qt.ItemDataRole.ToolTipRole and column == ACCOUNT:
            return row.account_name
        elif role == IdRole:
            return row.id
        elif role == StateRole:
            return row.state
        return None
