"""The read-only list table every screen uses: whole rows, no editing, no grid, compact rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from mbdesk.ui.models.paged import PagedTableModel


def list_table(parent: QWidget, model: QAbstractItemModel, *, name: str = "",
               multi_select: bool = False, compact: bool = False) -> QTableView:
    table = QTableView(parent)
    if name:
        table.setObjectName(name)
    table.setModel(model)
    if isinstance(model, PagedTableModel):
        # Lay a new page out at once, not on the view's zero timer after the next paint: that
        # layout repaints everything shown (the same rows), so each page was painted twice.
        model.page_loaded.connect(table.executeDelayedItemsLayout)
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
