"""The inbox list's delegate draws plain cells from cached layouts, pixel for pixel as Qt's own
delegate draws them through the style: Latin, Spanish, Chinese and emoji text, bold rows, icons
and elided text; right-to-left text, "<", and a selected row go the style's way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from mbdesk.ui import item_roles
from mbdesk.ui.account_badge import color_dot
from mbdesk.ui.laid_out_text import ELLIPSIS, LaidOutTextDelegate, PlainCell, _elided
from mbdesk.ui.models.paged import PagedTableModel
from mbdesk.ui.tables import list_table

ROWS = [
    ("Panadería Luna", "María Núñez", "Bonjour, ¿a qué hora abrís mañana? ¿Hacéis envíos a "
     "Valencia? ¿Cuánto cuesta el envío de una tarta de cumpleaños?", True),
    ("月亮面包坊", "赵浩然", "今天的红豆面包又硬又难吃，跟以前完全不一样了，希望你们重视一下品质",
     False),
    ("Luna 客服", "Grace Wright 👋", "Rainy day, warm croissant. Perfect. 🥐☕ See you soon!",
     True),
    ("Panadería Luna", "سارة", "مرحبا، هل لديكم خبز بدون غلوتين؟", False),  # right to left
    ("Panadería Luna", "Ana", "I <3 your <b>bread</b>", False),  # "<": the style's way
    ("Luna Obrador", "", "", False),  # nothing to lay out
] * 3


class Cells(PagedTableModel):
    """Account (with its colour dot), author and text; bold rows are new."""

    COLUMN_COUNT = 3

    def __init__(self) -> None:
        super().__init__()
        self.dot = color_dot("#e11d48")
        self.bold = QFont()
        self.bold.setBold(True)

    def cell(self, row: tuple, column: int, role: int) -> object:
        if role == item_roles.DISPLAY:
            return row[column]
        if role == item_roles.FONT:
            return self.bold if row[3] else None
        if role == item_roles.DECORATION and column == 0:
            return self.dot
        return None

    def plain_cell(self, row: int, column: int) -> PlainCell | None:
        shown = self.row_at(row)
        return None if shown is None else (shown[column], shown[3],
                                           self.dot if column == 0 else None)


class Row(tuple):
    @property
    def key(self) -> int:
        return id(self)


def rendered(table: QTableView) -> QImage:
    QCoreApplication.processEvents()
    return table.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture
def table(qtbot) -> tuple[QTableView, Cells]:
    model = Cells()
    model.show_first_page(None, [Row(r) for r in ROWS])
    table = list_table(None, model, compact=True)
    qtbot.addWidget(table)
    table.resize(760, 600)
    table.setColumnWidth(0, 150)
    table.setColumnWidth(1, 140)
    table.setColumnWidth(2, 300)  # the long texts are elided
    table.show()
    qtbot.waitExposed(table)
    return table, model


def test_plain_cells_paint_exactly_as_the_style_does(table) -> None:
    view, model = table
    style_painted = rendered(view)  # Qt's own delegate
    delegate = LaidOutTextDelegate(view, model.plain_cell)
    view.setItemDelegate(delegate)
    ours = rendered(view)
    assert ours == style_painted
    laid_out = {key[0]: laid[0].text() for key, laid in delegate._layouts.items() if laid}
    assert {"月亮面包坊", "María Núñez", "Grace Wright 👋", ROWS[1][2]} <= set(laid_out)
    assert laid_out[ROWS[0][2]].endswith(ELLIPSIS)  # drawn elided, as the style elides it
    assert "سارة" not in laid_out and "I <3 your <b>bread</b>" not in laid_out
    assert ours == rendered(view)  # again, from the cache


def test_a_selected_row_and_a_bolder_state_still_match(table) -> None:
    view, model = table
    view.setItemDelegate(LaidOutTextDelegate(view, model.plain_cell))
    view.selectRow(2)
    ours = rendered(view)
    view.setItemDelegate(QStyledItemDelegate(view))
    assert ours == rendered(view)
    model.replace_row(1, Row((*ROWS[1][:3], True)))  # became new: bold
    style_painted = rendered(view)
    view.setItemDelegate(LaidOutTextDelegate(view, model.plain_cell))
    assert rendered(view) == style_painted


@pytest.mark.parametrize("text", [
    "Mi masa madre por fin burbujea después de tres semanas de intentos",
    "生日蛋糕多少钱一个？有没有团购价？我们公司下个月想订二十个",
    "🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐🥐",
    "👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦",
])
def test_elided_text_fits_and_keeps_whole_characters(qapp, text: str) -> None:
    font = QFont()
    metrics = QFontMetricsF(font)
    for width in (40, 90, 160):
        shown = _elided(text, font, width)
        assert shown is not None and shown.endswith(ELLIPSIS)
        assert text.startswith(shown[:-1])  # a prefix: no half of a surrogate pair or emoji
        assert metrics.horizontalAdvance(shown) <= width + 1
    assert _elided(text, font, 1) is None  # not even one character and the ellipsis


def test_an_icon_is_drawn_where_the_style_draws_it(qtbot) -> None:
    pixmap = QPixmap(10, 10)
    pixmap.fill(QColor("#2563eb"))
    model = Cells()
    model.dot = QIcon(pixmap)
    model.show_first_page(None, [Row(("Luna", "Ana", "hola", False))])
    view = list_table(None, model, compact=True)
    qtbot.addWidget(view)
    view.resize(400, 100)
    view.show()
    qtbot.waitExposed(view)
    style_painted = rendered(view)
    view.setItemDelegate(LaidOutTextDelegate(view, model.plain_cell))
    assert rendered(view) == style_painted


def test_scrolled_sideways_and_down_it_still_matches(table) -> None:
    view, model = table
    view.resize(420, 200)  # narrower than the columns, shorter than the rows
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    view.verticalScrollBar().setValue(37)  # a row cut at the top
    view.setColumnHidden(1, True)
    style_painted = rendered(view)
    view.setItemDelegate(LaidOutTextDelegate(view, model.plain_cell))
    rendered(view)  # the first pass learns where the style puts each column's text
    assert rendered(view) == style_painted
