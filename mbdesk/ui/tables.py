"""The read-only list table every screen uses: whole rows, no editing, no grid, compact rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from mbdesk.ui.models.paged import PagedTableModel


class PagedTable(QTableView):
    """The table of a paged model: a page appended below the rows shown is laid out at once
    and without repainting them.

    Qt lays rows out on a zero timer after the next paint, and every layout repaints all rows
    shown: scrolling through 200,000 inbox rows, each page cost a second paint of the rows just
    painted. A page comes in one insertion at the end, laid out when ``page_loaded`` says so
    (the same call): nothing else can change the rows in between. It scrolls by the pixel:
    scrolled by the row, the view aligns the last row with the bottom while it is the last,
    so rows appended below moved the rows shown by a few pixels."""

    def __init__(self, parent: QWidget | None, model: PagedTableModel) -> None:
        super().__init__(parent)
        self._only_below = False  # the pending layout is for rows appended below those shown
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setModel(model)
        model.page_loaded.connect(self.executeDelayedItemsLayout)

    def rowsInserted(self, parent: QModelIndex | QPersistentModelIndex, first: int,
                     last: int) -> None:
        super().rowsInserted(parent, first, last)
        shown_last = self.rowAt(self.viewport().height() - 1)  # -1: the rows do not fill it
        self._only_below = 0 <= shown_last < first and last == self.model().rowCount() - 1

    def doItemsLayout(self) -> None:
        only_below, self._only_below = self._only_below, False
        if only_below:
            self.updateGeometries()  # the scroll bar's range; the rows shown did not change
        else:
            super().doItemsLayout()


def list_table(parent: QWidget, model: QAbstractItemModel, *, name: str = "",
               multi_select: bool = False, compact: bool = False) -> QTableView:
    if isinstance(model, PagedTableModel):
        table: QTableView = PagedTable(parent, model)
    else:
        table = QTableView(parent)
        table.setModel(model)
    if name:
        table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    if compact:  # long lists: no grid, rows just one line of text high
        table.setShowGrid(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table
