"""Paged list models read the next page ahead once the view asked for one, and append it at once
when the view asks again: every row comes once, in order; a reload drops a page on its way.
The inbox's time texts, made once per day and clock minute of a load, read as before."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTableView

from mbdesk.store.queries.mentions import MentionRow
from mbdesk.ui.localtime import format_local_time, to_local
from mbdesk.ui.models.mentions import shown_texts
from mbdesk.ui.models.paged import PagedTableModel
from mbdesk.ui.tables import list_table


class Row(NamedTuple):
    key: int


class Numbers(PagedTableModel):
    FIRST_PAGE_SIZE = 50
    PAGE_SIZE = 200

    def cell(self, row: Row, column: int, role: int) -> Any:
        return row.key if role == Qt.ItemDataRole.DisplayRole else None


class Source:
    """``count`` rows keyed 0, 1, 2, …; remembers every query (they run on worker threads)."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.queries: list[Any] = []
        self._lock = threading.Lock()

    def __call__(self, after: int | None, limit: int) -> list[Row]:
        with self._lock:
            self.queries.append(after)
        start = 0 if after is None else after + 1
        return [Row(k) for k in range(start, min(start + limit, self.count))]


def keys(model: PagedTableModel) -> list[int]:
    return [model.row_at(i).key for i in range(model.rowCount())]


def test_the_next_page_is_read_ahead_and_appended_at_once(qtbot) -> None:
    source = Source(650)  # 50 + 200 + 200 + 200: the last page is full, then an empty one
    model = Numbers()
    model.show_first_page(source, source(None, 50))
    assert keys(model) == list(range(50))
    assert source.queries == [None]  # nothing is read ahead before the view asks for more
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()
    assert keys(model) == list(range(250))
    qtbot.waitUntil(lambda: model.page_ready)  # the page after it, read ahead
    assert len(source.queries) == 3
    loaded: list[int] = []
    model.page_loaded.connect(lambda: loaded.append(model.rowCount()))
    model.fetchMore()
    assert loaded == [450]  # appended within the call
    assert keys(model) == list(range(450))
    qtbot.waitUntil(lambda: model.page_ready)
    model.fetch_more_now()  # a key press past the end takes the page read ahead
    assert keys(model) == list(range(650))
    assert model.canFetchMore()  # a full page: there may be more
    qtbot.waitUntil(lambda: model.page_ready)
    model.fetchMore()  # the page read ahead was empty: the end
    assert loaded == [450, 650, 650]
    assert not model.canFetchMore()
    assert keys(model) == list(range(650))
    assert source.queries == [None, 49, 249, 449, 649]  # each page queried once, in order


def test_asking_while_the_page_is_on_its_way_appends_it_when_it_lands(qtbot) -> None:
    source = Source(1000)
    model = Numbers()
    model.show_first_page(source, source(None, 50))
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()
        model.fetchMore()  # one page at a time
    assert keys(model) == list(range(250))
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()  # the read-ahead may still be on its way: it is shown when it lands
    assert keys(model) == list(range(450))
    assert len(set(source.queries)) == len(source.queries)


def test_a_reload_drops_the_page_read_ahead(qtbot) -> None:
    old, new = Source(1000), Source(10)
    model = Numbers()
    model.show_first_page(old, old(None, 50))
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()
    qtbot.waitUntil(lambda: len(old.queries) == 3)  # read ahead: on its way, or landed
    model.show_first_page(new, new(None, 50))  # new filters: fewer rows than a first page
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QApplication.processEvents()  # the old page's result is delivered (and dropped)
    assert keys(model) == list(range(10))
    assert not model.canFetchMore() and not model.page_ready
    model.fetchMore()
    assert keys(model) == list(range(10))


@pytest.mark.parametrize("language", ["en_US", "zh_CN", "es_ES"])
def test_time_texts_made_once_per_minute_read_as_before(language: str) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        start = datetime(2026, 12, 30, 21, 58, 7)
        rows = [MentionRow(id=i, account_id=1, account_name="a", account_color="#000000",
                           author_name="Ana", author_handle="ana", state="new", stream="mention",
                           created_at=start + timedelta(seconds=37 * i), first_line="hola")
                for i in range(400)]  # across midnight and the year, seconds apart
        texts: dict[Any, str] = {}
        shown = shown_texts(rows[:200], UTC, texts) | shown_texts(rows[200:], UTC, texts)
        assert [shown[r.id] for r in rows] == [format_local_time(to_local(r.created_at, UTC))
                                               for r in rows]
        assert len({shown[r.id] for r in rows}) > 200  # they do differ by the minute
    finally:
        QLocale.setDefault(before)


def shown_table(qtbot, model: PagedTableModel, height: int) -> QTableView:
    table = list_table(None, model, compact=True)
    qtbot.addWidget(table)
    table.resize(300, height)
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_page_is_laid_out_at_once_and_the_next_read_after_the_paint(qtbot) -> None:
    """One paint per page: the list lays a new page out when it lands (its scroll bar reaches
    the new rows before anything paints; Qt's own delayed layout repainted the same rows
    again), and the page after it is queried once that paint is done, not during it."""
    source = Source(1000)
    model = Numbers()
    model.show_first_page(source, source(None, 50))
    table = shown_table(qtbot, model, 200)
    bar = table.verticalScrollBar()
    ranges: list[int] = []
    model.page_loaded.connect(lambda: ranges.append(bar.maximum()))
    first_range = bar.maximum()
    with qtbot.waitSignal(model.page_loaded):
        bar.setValue(bar.maximum())  # the view asks for more
    assert ranges[0] > first_range  # laid out before page_loaded's other listeners ran
    qtbot.waitUntil(lambda: model.page_ready)
    model.fetchMore()  # appends the page read ahead at once ...
    assert len(ranges) == 2 and not model._loading  # ... and reads on only after a paint
    qtbot.waitUntil(lambda: model.page_ready)
    assert source.queries == [None, 49, 249, 449]


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def on_screen(table: QTableView) -> QImage:
    """What the table's rows look like on the screen (not a fresh rendering, as grab() is)."""
    viewport = table.viewport()
    corner = viewport.mapTo(table.window(), QPoint(0, 0))
    return table.screen().grabWindow(table.window().winId(), corner.x(), corner.y(),
                                      viewport.width(), viewport.height()).toImage()


def test_a_page_appended_below_the_rows_shown_does_not_repaint_them(qtbot) -> None:
    source = Source(1000)
    model = Numbers()
    model.show_first_page(source, source(None, 50))
    table = shown_table(qtbot, model, 200)
    counter = PaintCounter()
    table.viewport().installEventFilter(counter)
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())  # the last rows: the view asks for the next page
    qtbot.waitUntil(lambda: counter.paints == 1)  # the scroll painted
    with qtbot.waitSignal(model.page_loaded):
        pass  # the page lands below the rows shown
    assert bar.maximum() > bar.value() and model.rowCount() == 250
    QApplication.processEvents()
    assert counter.paints == 1  # nothing shown changed: no second paint of the same rows
    shown = on_screen(table)
    table.viewport().update()  # a full repaint shows the same
    QApplication.processEvents()
    assert on_screen(table) == shown
    bar.setValue(bar.maximum())  # and the new rows are there
    QApplication.processEvents()
    assert table.rowAt(table.viewport().height() - 1) > 240


def test_rows_appended_into_a_list_not_yet_full_are_painted(qtbot) -> None:
    class FewFirst(Numbers):
        FIRST_PAGE_SIZE = 3  # three rows: the view is far from full

    source = Source(10)  # all fit: no scroll bar comes to repaint the rows anyway
    model = FewFirst()
    model.show_first_page(source, source(None, 3))
    table = shown_table(qtbot, model, 400)
    qtbot.waitUntil(lambda: model.rowCount() == 10)  # the view fetches more to fill itself
    QApplication.processEvents()
    assert table.rowAt(table.viewport().height() - 1) == -1  # all ten rows, room to spare
    shown = on_screen(table)
    table.viewport().update()
    QApplication.processEvents()
    assert on_screen(table) == shown  # ... and painted
