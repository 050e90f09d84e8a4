"""The read-only list table every screen uses: whole rows, no editing, no grid, compact rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QRegion
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
        lay_out_ahead = getattr(self.itemDelegate(), "lay_out_ahead", None)
        if self._only_below and lay_out_ahead is not None:
            # The last screen of rows, which a scroll to the end shows next: laid out now, as
            # the page lands, its paint only draws (two shorter waits instead of one long one).
            height = self.verticalHeader().defaultSectionSize()
            shown = self.viewport().height() // height + 2
            lay_out_ahead(range(max(first, last + 1 - shown), last + 1),
                          [(column, width) for column, _x, width in self._columns()], height)

    def doItemsLayout(self) -> None:
        only_below, self._only_below = self._only_below, False
        if only_below:
            self.updateGeometries()  # the scroll bar's range; the rows shown did not change
        else:
            super().doItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        """With a delegate that draws plain cells itself (ui/laid_out_text.py), draw those in
        one pass: the row backgrounds as the style does, then each cell. Qt's own pass calls
        into Python once per cell and builds the cell's style option each time, twice the
        time of the drawing. Selected and current rows, and cells that are not plain, are
        left to Qt's own pass, over just their area."""
        draw_plain = getattr(self.itemDelegate(), "draw_plain", None)
        model = self.model()
        region = event.region()
        bounds = region.boundingRect()
        first = self.rowAt(bounds.top())
        if draw_plain is None or first < 0 or self.showGrid() or not self.isEnabled():
            super().paintEvent(event)
            return
        last = self.rowAt(bounds.bottom())
        last = model.rowCount() - 1 if last < 0 else last
        columns = self._columns()
        if not columns:
            return
        left = min(x for _c, x, _w in columns)
        width = max(x + w for _c, x, w in columns) - left
        selection = self.selectionModel()
        current = self.currentIndex().row() if self.hasFocus() else -1
        alternate = self._alternate_brush() if self.alternatingRowColors() else None
        by_qt = QRegion()
        painter = QPainter(self.viewport())
        for row in range(first, last + 1):
            top, height = self.rowViewportPosition(row), self.rowHeight(row)
            if row == current or selection.isRowSelected(row):
                by_qt += QRect(left, top, width, height)
                continue
            if alternate is not None and row & 1:
                painter.fillRect(left, top, width, height, alternate)
            for column, x, column_width in columns:
                cell = QRect(x, top, column_width, height)
                if not draw_plain(painter, row, column, cell):
                    by_qt += cell
        painter.end()
        if not by_qt.isEmpty():
            super().paintEvent(QPaintEvent(by_qt & region))

    def _columns(self) -> list[tuple[int, int, int]]:
        """(column, x in the viewport, width) of each column not hidden."""
        return [(column, self.columnViewportPosition(column), self.columnWidth(column))
                for column in range(self.model().columnCount()) if not self.isColumnHidden(column)]

    def _alternate_brush(self) -> QBrush:
        """The brush the style fills every other row with (its colour group as the style
        picks it: the window active or not)."""
        from PySide6.QtGui import QPalette  # after the first paint (its enums: start-up)

        group = QPalette.ColorGroup.Active if self.isActiveWindow() else \
            QPalette.ColorGroup.Inactive
        return self.palette().brush(group, QPalette.ColorRole.AlternateBase)


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
