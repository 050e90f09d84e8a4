"""An item delegate that lays a cell's text out once and then only draws it.

Qt's own delegate, through the style, lays a cell's text out several times on every paint (to
find the text's place, to see whether it must be elided, to elide it, to draw it): scrolling
through the inbox's 200,000 rows, that was two thirds of every repaint. Here a plain cell (a
line of text, perhaps bold, perhaps an icon) is drawn from a ``QStaticText`` made once per
text, weight and width, elided as the style elides, at the places the style gives its text and
icon. Anything else goes the style's way: a selected, focused, hovered or disabled cell,
right-to-left or multi-line text, text with "<".

Nothing here builds PySide6's ``Qt`` enum namespace (~28 ms, see ui/item_roles.py): the inbox
paints through this before it exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPixmap,
    QStaticText,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# What a plain cell shows: its text, whether it is bold, and its icon (None: none); None for a
# cell the style must paint.
PlainCell = tuple[str, bool, QIcon | None]
PlainCellReader = Callable[[int, int], PlainCell | None]
Place = tuple[QRect, QRect, int]  # icon rect, text rect (in the cell), text margin
Laid = tuple[QStaticText, int] | None  # the laid-out text and its height; None: not plain

_STYLE_STATES = (QStyle.StateFlag.State_Selected.value | QStyle.StateFlag.State_HasFocus.value
                 | QStyle.StateFlag.State_MouseOver.value)
_ENABLED = QStyle.StateFlag.State_Enabled.value
# Right-to-left scripts, bidi controls and line breaks: the style's text layout handles these;
# and "<", which QStaticText may take for the start of rich text (telling it otherwise would
# need PySide6's Qt enums).
_NOT_PLAIN = re.compile("[<\n\r\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069"
                        "\ufb1d-\ufdff\ufe70-\ufefe]")
_IDENTITY = QTransform()
_WIDE = 1_000_000.0  # a line width nothing reaches: one line, no wrapping
ELLIPSIS = "\u2026"
_UNKNOWN = object()  # not in the cache (None there means: not plain)


class LaidOutTextDelegate(QStyledItemDelegate):
    """Draws plain cells from cached text layouts; ``read(row, column)`` says what one shows."""

    CACHE_LIMIT = 2048  # laid-out texts kept in each of two generations

    def __init__(self, view: QAbstractItemView, read: PlainCellReader) -> None:
        super().__init__(view)
        self._view = view
        self._read = read
        # Two generations: a full one becomes the old one, whose texts still shown move back
        # when drawn; the rest go with it at the next turn (no per-hit bookkeeping).
        self._layouts: dict[tuple[str, bool, int], Laid] = {}
        self._older: dict[tuple[str, bool, int], Laid] = {}
        self._places: dict[tuple[int, int, int, bool], Place] = {}
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}
        self._fonts: tuple[QFont, QFont] | None = None  # the view's font, and bold

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        state = option.state.value
        if state & _STYLE_STATES or not state & _ENABLED \
                or not self.draw_plain(painter, index.row(), index.column(), option.rect,
                                       option, index):
            super().paint(painter, option, index)

    def draw_plain(self, painter: QPainter, row: int, column: int, rect: QRect,
                   option: QStyleOptionViewItem | None = None,
                   index: QModelIndex | QPersistentModelIndex | None = None) -> bool:
        """Draw a plain cell (not selected, focused or disabled) into ``rect``; False when it
        is not plain, or (without the style's option for it) where the style would put its
        text is not known yet for this column width."""
        cell = self._read(row, column)
        if cell is None:
            return False
        text, bold, icon = cell
        place = self._places.get((column, rect.width(), rect.height(), icon is not None))
        if place is None:
            if option is None or index is None:
                return False
            place = self._place(option, index, icon)
        laid = self._laid_out(text, bold, place)
        if laid is None:
            return False
        static, height = laid
        icon_rect, text_rect, margin = place
        left, top = rect.x(), rect.y()
        if icon is not None:
            self._draw_icon(painter, icon, icon_rect.translated(left, top))
        top += text_rect.y() + (text_rect.height() - height) // 2  # centred, as the style
        painter.setFont(self._fonts[bold])  # type: ignore[index]  # set by _place
        painter.drawStaticText(QPointF(left + text_rect.x() + margin, top), static)
        return True

    def lay_out_ahead(self, rows: range, columns: list[tuple[int, int]], height: int) -> None:
        """Lay out the texts of cells not shown yet (``columns``: number and width), so that
        painting them later only draws."""
        for row in rows:
            for column, width in columns:
                cell = self._read(row, column)
                place = cell and self._places.get((column, width, height, cell[2] is not None))
                if place:
                    self._laid_out(cell[0], cell[1], place)

    def _laid_out(self, text: str, bold: bool, place: Place) -> Laid:
        """The text laid out for a cell placed at ``place``, from the cache or made now."""
        key = (text, bold, place[1].width() - 2 * place[2])
        laid = self._layouts.get(key, _UNKNOWN)
        return self._layout(key) if laid is _UNKNOWN else laid  # type: ignore[return-value]

    def _place(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
               icon: QIcon | None) -> Place:
        """Where the style puts a cell's icon and text, relative to the cell; asked once per
        column width (the style lays the cell out from all its data: a copy gets it)."""
        rect = option.rect
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        widget = self._view
        style = widget.style()
        shift = -rect.x(), -rect.y()
        icon_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemDecoration, full,
                                         widget).translated(*shift)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, full,
                                         widget).translated(*shift)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        if self._fonts is None:
            bold = QFont(option.font)
            bold.setBold(True)
            self._fonts = QFont(option.font), bold
        place = (icon_rect, text_rect, margin)
        self._places[(index.column(), rect.width(), rect.height(), icon is not None)] = place
        return place

    def _layout(self, key: tuple[str, bool, int]) -> Laid:
        """The text laid out on one line, elided to the width as the style would; None when it
        is not plain (the style then paints the cell)."""
        laid = self._older.get(key)
        if laid is None and key not in self._older:
            text, bold, width = key
            if text and width > 0 and not _NOT_PLAIN.search(text) and self._fonts:
                font = self._fonts[bold]
                static = _static(text, font)
                if static.size().width() > width:
                    shown = _elided(text, font, width)
                    static = None if shown is None else _static(shown, font)
                laid = None if static is None else (static, round(static.size().height()))
        if len(self._layouts) >= self.CACHE_LIMIT:
            self._older, self._layouts = self._layouts, {}
        self._layouts[key] = laid
        return laid

    def _draw_icon(self, painter: QPainter, icon: QIcon, rect: QRect) -> None:
        """The icon's pixmap centred in ``rect``, as ``QIcon.paint`` places it."""
        key = (icon.cacheKey(), rect.width(), rect.height())
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = icon.pixmap(rect.size())
        size = pixmap.deviceIndependentSize()
        painter.drawPixmap(rect.x() + (rect.width() - round(size.width())) // 2,
                           rect.y() + (rect.height() - round(size.height())) // 2, pixmap)


def _static(text: str, font: QFont) -> QStaticText:
    """``text`` laid out once for drawing with ``font`` (it draws twice as fast as a layout)."""
    static = QStaticText(text)
    static.prepare(_IDENTITY, font)
    return static


def _one_line(text: str, font: QFont) -> tuple[QTextLayout, float]:
    """``text`` laid out on one line, and its natural width."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(_WIDE)
    layout.endLayout()
    return layout, line.naturalTextWidth()


def _elided(text: str, font: QFont, width: int) -> str | None:
    """``text`` cut where it stops fitting ``width`` with an ellipsis after it, as Qt's style
    elides; None when not even one character fits."""
    room = width - QFontMetricsF(font).horizontalAdvance(ELLIPSIS)
    layout, _natural = _one_line(text, font)
    cut = layout.lineAt(0).xToCursor(max(room, 0.0))  # a grapheme boundary, in UTF-16 units
    units = text.encode("utf-16-le")
    while cut > 0:
        shown = units[:2 * cut].decode("utf-16-le", "ignore") + ELLIPSIS
        layout, natural = _one_line(shown, font)
        if natural <= width:
            return shown
        cut = layout.previousCursorPosition(cut)  # one grapheme less
    return None
