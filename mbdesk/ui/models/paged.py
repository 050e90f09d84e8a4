"""A table model that loads its rows page by page from a keyset query function.

The query function takes the key of the last loaded row (``None`` for the first page) and a
page size, and returns plain row objects that carry their own ``key``. Qt's views call
``canFetchMore``/``fetchMore`` as the user scrolls, so only what is seen is ever loaded.

Later pages are queried on a worker thread and appended when they arrive: a page is a few
milliseconds from a warm cache, but tens when the disk must be read, and scrolling must never
wait for the disk. ``fetch_more_now`` loads one synchronously (keyboard moves past the end).

Once the view has asked for a later page, the page after it is read ahead (one at most) and
kept until the view asks again; then it is appended at once, inside the view's own scroll
step. So a person scrolling on never waits at a page boundary, and the view lays out and paints
once per page: a page landing on its own made the view lay out and repaint everything visible
a second time (scrolling through 200,000 inbox rows: half the paints, benchmarks/bench_inbox.py).

The model is a ``QStandardItemModel`` that holds no items: only its row and column counts, kept
with the rows. So ``rowCount``, ``columnCount``, ``index`` and ``flags`` are answered in C++, and a
view's paint calls into Python once per cell (``multiData``), where a Python table model is
called three times (Qt's ``index()`` asks ``rowCount`` and ``columnCount`` for every cell). Each
call takes the interpreter lock, which a worker loading the next page may hold: a repaint of the
inbox took 30 ms instead of 19 with such a worker running. Cells are read-only and hold no
children; views set ``NoEditTriggers`` (C++ ``flags()`` says "editable" for a cell without item).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItemModel

from mbdesk.services.background import run_in_background
from mbdesk.ui import item_roles

log = logging.getLogger(__name__)

PageFetcher = Callable[[Any, int], Sequence[Any]]
AFTER_PAINT_MS = 10  # twice Qt's longest wait between marking a window dirty and painting
Index = QModelIndex | QPersistentModelIndex


def _young_collected(page: list[Any]) -> list[Any]:
    """The page, after a collection of the young generations on this (worker) thread.

    A page's rows are tracked by the garbage collector (named tuples stay tracked), and pass
    through its young generations once; left to itself, it examined thousands of them at once
    in the middle of a paint (5-9 ms, 25 ms on a loaded machine: scrolling the inbox). Here it
    examines one page's worth, while nothing is painting."""
    gc.collect(1)
    return page


class PagedTableModel(QStandardItemModel):
    """Rows of one keyset query; subclasses define the columns in ``cell()``.

    ``page_loaded`` is emitted after a later page was appended (or found empty)."""

    page_loaded = Signal()

    PAGE_SIZE = 200
    FIRST_PAGE_SIZE = PAGE_SIZE  # smaller shows sooner (the view fetches more to fill itself)
    COLUMN_COUNT = 1
    ROLES: frozenset[int] | None = None  # the roles cell() answers, if not all (a quick "no")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, self.COLUMN_COUNT, parent)
        self._rows: list[Any] = []
        self._more = False
        self._fetch: PageFetcher | None = None
        self._loading = False  # a later page is being queried on a worker thread
        self._wanted = False  # the view asked for it: append the page on its way when it lands
        self._ahead: list[Any] | None = None  # the next page, read ahead, not shown yet
        self._generation = 0  # bumped per first page: a page of an older query is dropped
        self._ahead_timer = QTimer(self)  # reads ahead once the page just shown has painted
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(AFTER_PAINT_MS)
        self._ahead_timer.timeout.connect(self._read_ahead)

    # --- loading ------------------------------------------------------------------------------

    def set_fetcher(self, fetch: PageFetcher) -> None:
        """Use a new query (new filters) and load its first page."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.show_first_page(self._fetch, self._fetch(None, self.FIRST_PAGE_SIZE) if self._fetch
                             else [])

    def show_first_page(self, fetch: PageFetcher | None, rows: Sequence[Any]) -> None:
        """Show a first page loaded elsewhere (e.g. on a worker thread); ``fetch`` pages on."""
        self._fetch = fetch
        self._generation += 1
        self._loading = self._wanted = False
        self._ahead = None
        self._ahead_timer.stop()
        self.beginResetModel()
        self._rows = list(rows)
        self._more = len(self._rows) >= self.FIRST_PAGE_SIZE
        was_blocked = self.blockSignals(True)  # the reset tells the views
        self.setRowCount(len(self._rows))
        self.blockSignals(was_blocked)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the page read ahead now, else query it on a worker thread (one at a time,
        once the scroll that asked has painted) and append it when it lands; then read the one
        after it ahead."""
        if parent.isValid() or not self._can_page():
            return
        if self._ahead is not None:
            self._append_ahead()
            return
        self._wanted = True  # show it when it lands
        if not self._loading:
            self._read_ahead_after_paint()

    def fetch_more_now(self) -> None:
        """Load the next page on this thread (a key press that must land on the next row)."""
        if not self._can_page():
            return
        if self._ahead is not None:
            self._append_ahead()
            return
        self._generation += 1  # a page already on its way would come twice
        self._loading = self._wanted = False
        self._append(list(self._fetch(self._rows[-1].key, self.PAGE_SIZE)))  # type: ignore[misc]
        self._read_ahead_after_paint()

    def _query_next(self) -> None:
        fetch, after, generation = self._fetch, self._rows[-1].key, self._generation
        size = self.PAGE_SIZE
        self._loading = True
        run_in_background(lambda: _young_collected(list(fetch(after, size))),  # type: ignore[misc]
                          lambda page: self._page_arrived(generation, page),
                          lambda message: self._page_failed(generation, message))

    def _append_ahead(self) -> None:
        page, self._ahead = self._ahead, None
        self._append(page)  # type: ignore[arg-type]
        self._read_ahead_after_paint()

    def _read_ahead_after_paint(self) -> None:
        """Query the next page once the views have painted (the page just appended, or the
        scroll that asked for more), so the worker's query does not run during the paint and
        take the interpreter lock from it: started at once (or on a zero timer, which fires
        first) it made the inbox's paints 3-4x longer on a loaded machine. Qt paints a window
        at most 5 ms after it was marked dirty (``QT_QPA_UPDATE_IDLE_TIME``), and a paint runs
        to its end before a later timer fires."""
        self._ahead_timer.start()

    def _read_ahead(self) -> None:
        """Query the page after the last one shown, to keep until the view asks for it."""
        if self._can_page() and not self._loading and self._ahead is None:
            self._query_next()

    def _can_page(self) -> bool:
        return self._more and self._fetch is not None and bool(self._rows)

    def _page_arrived(self, generation: int, page: list[Any]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the model is gone, or shows another query now
        self._loading = False
        self._ahead = page
        if self._wanted:
            self._wanted = False
            self._append_ahead()

    def _page_failed(self, generation: int, message: str) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self._loading = self._wanted = False  # the next scroll tries again
            log.warning("could not load the next page: %s", message)

    def _append(self, page: list[Any]) -> None:
        self._more = len(page) == self.PAGE_SIZE
        if page:
            start = len(self._rows)
            self._rows.extend(page)
            self.insertRows(start, len(page))  # tells the views
        self.page_loaded.emit()

    # --- access -------------------------------------------------------------------------------

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The index of the first loaded row for which ``predicate`` holds, else -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def replace_row(self, row: int, value: Any) -> None:
        """Swap one loaded row for a changed copy (e.g. a new state) and repaint it."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def page_ready(self) -> bool:
        """The next page was read ahead: asking for more appends it at once."""
        return self._ahead is not None

    def data(self, index: Index, role: int = item_roles.DISPLAY) -> Any:
        roles = self.ROLES
        if (roles is not None and role not in roles) or not index.isValid():
            return None
        rows, row = self._rows, index.row()
        return self.cell(rows[row], index.column(), role) if row < len(rows) else None

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        """Every role a delegate asks for one cell, in one call: Qt's item delegates ask seven
        or more per cell, which would otherwise be as many calls into Python (the items
        QStandardItemModel's own would read are not there). Every role is written, None ones
        cleared: a delegate reuses its span from cell to cell."""
        rows, roles = self._rows, self.ROLES
        row = index.row() if index.isValid() else len(rows)
        shown = rows[row] if row < len(rows) else None
        column, cell = index.column(), self.cell
        for i in range(span.size()):
            item = span[i]
            role = item.role()
            value = None if shown is None or (roles is not None and role not in roles) \
                else cell(shown, column, role)
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError
