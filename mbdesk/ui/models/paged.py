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
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from mbdesk.services.background import run_in_background
from mbdesk.ui import item_roles

log = logging.getLogger(__name__)

PageFetcher = Callable[[Any, int], Sequence[Any]]
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Rows of one keyset query; subclasses define the columns in ``cell()``.

    ``page_loaded`` is emitted after a later page was appended (or found empty)."""

    page_loaded = Signal()

    PAGE_SIZE = 200
    FIRST_PAGE_SIZE = PAGE_SIZE  # smaller shows sooner (the view fetches more to fill itself)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._more = False
        self._fetch: PageFetcher | None = None
        self._loading = False  # a later page is being queried on a worker thread
        self._wanted = False  # the view asked for it: append the page on its way when it lands
        self._ahead: list[Any] | None = None  # the next page, read ahead, not shown yet
        self._generation = 0  # bumped per first page: a page of an older query is dropped

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
        self.beginResetModel()
        self._rows = list(rows)
        self._more = len(self._rows) >= self.FIRST_PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Append the page read ahead now, else query it on a worker thread (one at a time) and
        append it when it lands; then read the one after it ahead."""
        if parent.isValid() or not self._can_page():
            return
        if self._ahead is not None:
            self._append_ahead()
        elif not self._loading:
            self._wanted = True
            self._query_next()
        else:
            self._wanted = True  # on its way (perhaps read ahead): show it when it lands

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
        self._read_ahead()

    def _query_next(self) -> None:
        fetch, after, generation = self._fetch, self._rows[-1].key, self._generation
        self._loading = True
        run_in_background(lambda: list(fetch(after, self.PAGE_SIZE)),  # type: ignore[misc]
                          lambda page: self._page_arrived(generation, page),
                          lambda message: self._page_failed(generation, message))

    def _append_ahead(self) -> None:
        page, self._ahead = self._ahead, None
        self._append(page)  # type: ignore[arg-type]
        self._read_ahead()

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
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self.page_loaded.emit()

    # --- access -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The index of the first loaded row for which ``predicate`` holds, else -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def replace_row(self, row: int, value: Any) -> None:
        """Swap one loaded row for a changed copy (e.g. a new state) and repaint it."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def page_ready(self) -> bool:
        """The next page was read ahead: asking for more appends it at once."""
        return self._ahead is not None

    def data(self, index: Index, role: int = item_roles.DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError
