"""The two painted calendar surfaces: the month grid (a ``QTableView`` over
``CalendarMonthModel``) and the week canvas (7 day columns × 24 hours, chips placed by time).

Both paint every chip themselves (no widget per post), find the chip under the mouse from the
same geometry they paint with, start a drag with the post id as ``MIME_TYPE``, and turn a drop
into ``chip_dropped`` — the one code path a move by mouse takes.

Signals (both):
    chip_clicked(int): a chip was clicked (the outbox id).
    chip_dropped(int, object, object): a chip was dropped on a day (``date``) and, in the week
        view, a local time of day (``time``; None in the month view: keep the wall clock).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QScrollArea,
    QTableView,
    QToolTip,
    QWidget,
)

from mbdesk.ui.localtime import format_date, format_time, ui_locale
from mbdesk.ui.models.outbox import (
    CHIP_FONT_SCALE,
    CHIPS_ROLE,
    DATE_ROLE,
    EXPIRY_MARK,
    REAUTH_MARK,
    WARNING_MARK,
    CalendarDayDelegate,
    DayChip,
    after_expiry_text,
    chip_state_label,
    day_chip_rects,
    needs_reauth_text,
    paint_chip,
)
from mbdesk.ui.stored_text import shown
from mbdesk.ui.tip_wrap import indented

MIME_TYPE = "application/x-mbdesk-outbox-id"
SNAP_MINUTES = 15


def chip_mime(post_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(str(post_id).encode("ascii")))
    return mime


def mime_post_id(mime: QMimeData | None) -> int | None:
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    raw = bytes(mime.data(MIME_TYPE).data()).decode("ascii", "replace")
    return int(raw) if raw.isdigit() else None


class _ChipDragMixin:
    """Press on a chip, move past the drag distance: a drag; release without moving: a click."""

    chip_clicked: Signal

    def _chip_drag_init(self) -> None:
        self._press_pos: QPoint | None = None
        self._press_chip: DayChip | None = None
        self._dragging = False

    def chip_at(self, pos: QPoint) -> DayChip | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _press(self, event: QMouseEvent) -> None:
        self._dragging = False
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
            self._press_chip = self.chip_at(self._press_pos)
        else:
            self._press_pos, self._press_chip = None, None

    def _move(self, event: QMouseEvent, source: QWidget) -> bool:
        if (self._press_chip is None or self._press_pos is None
                or not event.buttons() & Qt.MouseButton.LeftButton):
            return False
        distance = (event.position().toPoint() - self._press_pos).manhattanLength()
        if distance < QApplication.startDragDistance():
            return False
        self._dragging = True
        chip, self._press_chip = self._press_chip, None
        drag = QDrag(source)
        drag.setMimeData(chip_mime(chip.post_id))
        drag.exec(Qt.DropAction.MoveAction)
        return True

    def _release(self, event: QMouseEvent) -> None:
        chip = self._press_chip
        self._press_chip, self._press_pos = None, None
        if chip is not None and not self._dragging and event.button() == Qt.MouseButton.LeftButton:
            self.chip_clicked.emit(chip.post_id)


class MonthGrid(_ChipDragMixin, QTableView):
    chip_clicked = Signal(int)
    chip_dropped = Signal(int, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chip_drag_init()
        self.setObjectName("calendar-grid")
        self.setItemDelegate(CalendarDayDelegate(self))
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def chip_at(self, pos: QPoint) -> DayChip | None:
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        chips: list[DayChip] = index.data(CHIPS_ROLE) or []
        rects, _, _ = day_chip_rects(self.visualRect(index), self.font(), len(chips))
        for chip, rect in zip(chips, rects, strict=False):
            if rect.contains(pos):
                return chip
        return None

    def chip_rect(self, post_id: int) -> QRect | None:
        """Where a chip is painted (viewport coordinates), or None when hidden / not shown."""
        model = self.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                chips: list[DayChip] = index.data(CHIPS_ROLE) or []
                rects, _, _ = day_chip_rects(self.visualRect(index), self.font(), len(chips))
                for chip, rect in zip(chips, rects, strict=False):
                    if chip.post_id == post_id:
                        return rect
        return None

    def day_rect(self, day: date) -> QRect | None:
        model = self.model()
        index = model.index_of(day)  # type: ignore[attr-defined]
        return self.visualRect(index) if index.isValid() else None

    # -- mouse and drag and drop -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press(event)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._move(event, self):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release(event)
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mime_post_id(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if mime_post_id(event.mimeData()) is not None and index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        post_id = mime_post_id(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        if post_id is None or not index.isValid():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.chip_dropped.emit(post_id, index.data(DATE_ROLE), None)


class WeekCanvas(_ChipDragMixin, QWidget):
    """Seven day columns × 24 hour rows; chips at their local time. Posts close together stack
    below each other (and side by side where the column is wide enough for readable chips); a
    chip would have to move more than ``MAX_SHIFT`` below its time goes behind a "+N" badge on
    the last chip of its lane, which lists them (``more_clicked``)."""

    chip_clicked = Signal(int)
    chip_dropped = Signal(int, object, object)
    more_clicked = Signal(list, QPoint)  # the posts behind a "+N" badge (ids), global position
    GUTTER = 52
    HOUR_HEIGHT = 44
    MIN_LANE_WIDTH = 130  # narrower chips cannot show time and text: stack instead
    MAX_SHIFT = HOUR_HEIGHT  # a chip stays within an hour of its time, else behind "+N"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chip_drag_init()
        self.setObjectName("calendar-week")
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self._start = date.today()
        self._days: dict[date, list[DayChip]] = {}
        self._holidays: dict[date, list[str]] = {}
        self._warnings: dict[date, int] = {}
        self._today: date | None = None
        self._layout: list[tuple[DayChip, QRect]] = []
        self._hidden: dict[int, list[DayChip]] = {}  # host chip id → chips behind its badge
        self.setMinimumHeight(self.header_height() + 24 * self.HOUR_HEIGHT)

    def set_week(self, start: date, days: dict[date, list[DayChip]],
                 holidays: dict[date, list[str]], warnings: dict[date, int],
                 today: date | None) -> None:
        self._start, self._days, self._holidays = start, days, holidays
        self._warnings, self._today = warnings, today
        self._layout = []
        self.update()

    @property
    def start(self) -> date:
        return self._start

    def header_height(self) -> int:
        """The canvas scrolls under a fixed header (``WeekScroll``): only a small top pad."""
        return QFontMetrics(self.font()).height() // 2

    def day_header_height(self) -> int:
        return 2 * QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(900, self.header_height() + 24 * self.HOUR_HEIGHT)

    def _column_width(self) -> float:
        return max(10.0, (self.width() - self.GUTTER) / 7)

    def day_rect(self, day: date) -> QRect:
        col = (day - self._start).days
        width = self._column_width()
        left = int(self.GUTTER + col * width)
        return QRect(left, self.header_height(), int(self.GUTTER + (col + 1) * width) - left,
                     24 * self.HOUR_HEIGHT)

    def y_of(self, clock: time) -> int:
        return int(self.header_height() + (clock.hour + clock.minute / 60) * self.HOUR_HEIGHT)

    def position_at(self, pos: QPoint) -> tuple[date, time] | None:
        """The day and local time (snapped to 15 minutes) under ``pos``."""
        if pos.x() < self.GUTTER or pos.y() < self.header_height():
            return None
        col = int((pos.x() - self.GUTTER) // self._column_width())
        if not 0 <= col < 7:
            return None
        minutes = (pos.y() - self.header_height()) / self.HOUR_HEIGHT * 60
        minutes = int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
        minutes = max(0, min(minutes, 24 * 60 - SNAP_MINUTES))
        return self._start + timedelta(days=col), time(minutes // 60, minutes % 60)

    def chip_layout(self) -> list[tuple[DayChip, QRect]]:
        """Each shown chip and its rect (see the class docstring for how close posts share
        room); fills ``hidden_behind``."""
        if self._layout:
            return self._layout
        chip_font = QFont(self.font())
        chip_font.setPointSizeF(chip_font.pointSizeF() * CHIP_FONT_SCALE)
        height = max(QFontMetrics(chip_font).height() + 4, self.HOUR_HEIGHT // 2 - 2)
        layout: list[tuple[DayChip, QRect]] = []
        hidden: dict[int, list[DayChip]] = {}
        for offset in range(7):
            day = self._start + timedelta(days=offset)
            chips = sorted(self._days.get(day, []), key=lambda c: (c.local_time, c.post_id))
            column = self.day_rect(day)
            max_lanes = max(1, min(3, (column.width() - 4) // self.MIN_LANE_WIDTH))
            lanes: list[int] = []  # bottom of the last chip in each lane
            last: list[DayChip] = []  # the last chip placed in each lane
            placed: list[tuple[DayChip, int, int]] = []
            for chip in chips:
                top = self.y_of(chip.local_time.time())
                lane = next((i for i, bottom in enumerate(lanes) if bottom <= top), None)
                if lane is None and len(lanes) < max_lanes:
                    lanes.append(0)
                    last.append(chip)
                    lane = len(lanes) - 1
                if lane is None:  # every lane busy: stack under the one that frees first
                    lane = min(range(len(lanes)), key=lambda i: lanes[i])
                    if lanes[lane] - top > self.MAX_SHIFT:
                        hidden.setdefault(last[lane].post_id, []).append(chip)
                        continue
                    top = lanes[lane]
                lanes[lane] = top + height
                last[lane] = chip
                placed.append((chip, top, lane))
            count = max(1, len(lanes))
            width = (column.width() - 4) / count
            for chip, top, lane in placed:
                left = int(column.left() + 2 + lane * width)
                layout.append((chip, QRect(left, top, max(4, int(width) - 1), height)))
        self._layout = layout
        self._hidden = hidden
        return layout

    def hidden_behind(self, post_id: int) -> list[DayChip]:
        """The chips behind this chip's "+N" badge (none: no badge)."""
        self.chip_layout()
        return self._hidden.get(post_id, [])

    def badge_rect(self, post_id: int) -> QRect | None:
        """Where this chip's "+N" badge is painted (None: it hides nothing)."""
        rect = self.chip_rect(post_id)
        hidden = self.hidden_behind(post_id)
        if rect is None or not hidden:
            return None
        chip_font = QFont(self.font())
        chip_font.setPointSizeF(chip_font.pointSizeF() * CHIP_FONT_SCALE)
        width = QFontMetrics(chip_font).horizontalAdvance(f"+{len(hidden)}") + 8
        return QRect(rect.right() - width - 1, rect.top() + 2, width, rect.height() - 4)

    def chip_at(self, pos: QPoint) -> DayChip | None:
        for chip, rect in reversed(self.chip_layout()):
            if rect.contains(pos):
                return chip
        return None

    def chip_rect(self, post_id: int) -> QRect | None:
        return next((rect for chip, rect in self.chip_layout() if chip.post_id == post_id), None)

    def resizeEvent(self, event) -> None:
        self._layout = []
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # a chip's time, account and state in full
            pos = event.pos()  # type: ignore[attr-defined]
            chip = self.chip_at(pos)
            if chip is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.chip_tooltip(chip), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def chip_tooltip(self, chip: DayChip) -> str:
        locale = ui_locale()
        lines = [f"{chip.text(locale)} — {chip.account} ({chip_state_label(chip)})"]
        if chip.needs_reauth:
            lines.append(f"    {REAUTH_MARK} {needs_reauth_text()}")
        if chip.after_expiry:
            lines.append(f"    {EXPIRY_MARK} {after_expiry_text()}")
        if chip.last_error and chip.state == "failed":
            lines.append(indented(shown(chip.last_error)).lstrip("\n"))
        for other in self.hidden_behind(chip.post_id):
            lines.append(f"{other.text(locale)} — {other.account} ({chip_state_label(other)})")
        return "\n".join(lines)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        group = QPalette.ColorGroup.Active
        painter.fillRect(self.rect(), palette.color(group, QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        header = self.header_height()
        locale = ui_locale()
        mid = palette.color(group, QPalette.ColorRole.Mid)
        # hour rows
        for hour in range(24):
            y = header + hour * self.HOUR_HEIGHT
            painter.setPen(mid)
            painter.drawLine(self.GUTTER, y, self.width(), y)
            painter.setPen(palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(0, y, self.GUTTER - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             format_time(time(hour, 0), locale, hour_only=True))
        # day columns
        for offset in range(7):
            column = self.day_rect(self._start + timedelta(days=offset))
            painter.setPen(mid)
            painter.drawLine(column.left(), 0, column.left(), self.height())
        # chips
        chip_font = QFont(self.font())
        chip_font.setPointSizeF(chip_font.pointSizeF() * CHIP_FONT_SCALE)
        painter.setFont(chip_font)
        chip_metrics = QFontMetrics(chip_font)
        for chip, rect in self.chip_layout():
            badge = self.badge_rect(chip.post_id)
            paint_chip(painter, chip, rect, chip_metrics, locale,
                       right_reserve=badge.width() + 2 if badge else 0)
            if badge is not None:  # "+N": more posts at this time, listed on click
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
                painter.drawRoundedRect(badge, 3, 3)
                painter.setPen(palette.color(group, QPalette.ColorRole.Text))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter,
                                 f"+{len(self.hidden_behind(chip.post_id))}")
        # now line
        if self._today is not None and 0 <= (self._today - self._start).days < 7:
            now = datetime.now().time()
            column = self.day_rect(self._today)
            painter.setPen(QPen(palette.color(group, QPalette.ColorRole.Highlight), 2))
            y = self.y_of(now)
            painter.drawLine(column.left(), y, column.right(), y)
        painter.end()


    def paint_header(self, painter: QPainter, height: int) -> None:
        """Day names, dates, warning marks and holiday names (painted by ``WeekScroll``)."""
        palette = self.palette()
        group = QPalette.ColorGroup.Active
        painter.fillRect(0, 0, self.width(), height, palette.color(group, QPalette.ColorRole.Base))
        metrics = QFontMetrics(self.font())
        header = height
        locale = ui_locale()
        mid = palette.color(group, QPalette.ColorRole.Mid)
        text = palette.color(group, QPalette.ColorRole.Text)
        for offset in range(7):
            day = self._start + timedelta(days=offset)
            column = self.day_rect(day)
            head = QRect(column.left(), 0, column.width(), header)
            if day == self._today:
                painter.fillRect(head, palette.color(group, QPalette.ColorRole.AlternateBase))
            painter.setPen(mid)
            painter.drawLine(column.left(), 0, column.left(), self.height())
            bold = QFont(self.font())
            bold.setBold(day == self._today)
            painter.setFont(bold)
            painter.setPen(text)
            label = format_date(day, "weekday_month", locale)
            if self._warnings.get(day):
                label = f"{label}  {WARNING_MARK}"
            painter.drawText(head.adjusted(4, 2, -4, -metrics.height() - 4),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setFont(self.font())
            names = self._holidays.get(day) or []
            if names:
                italic = QFont(self.font())
                italic.setItalic(True)
                painter.setFont(italic)
                painter.setPen(palette.color(group, QPalette.ColorRole.Link))
                painter.drawText(head.adjusted(4, metrics.height() + 2, -4, -2),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 QFontMetrics(italic).elidedText(
                                     " · ".join(names), Qt.TextElideMode.ElideRight,
                                     head.width() - 8))
                painter.setFont(self.font())
        painter.setPen(QPen(mid, 1))
        painter.drawLine(0, header - 1, self.width(), header - 1)

    def header_tooltip(self, x: int) -> str:
        """The long date and holiday names of the day column at ``x``."""
        if x < self.GUTTER:
            return ""
        col = int((x - self.GUTTER) // self._column_width())
        if not 0 <= col < 7:
            return ""
        day = self._start + timedelta(days=col)
        return "\n".join([format_date(day, "long"), *(self._holidays.get(day) or [])])

    # -- mouse and drag and drop -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        chip = self.chip_at(pos)
        badge = self.badge_rect(chip.post_id) if chip is not None else None
        if chip is not None and badge is not None and badge.contains(pos) \
                and event.button() == Qt.MouseButton.LeftButton:
            ids = [chip.post_id, *(c.post_id for c in self.hidden_behind(chip.post_id))]
            self.more_clicked.emit(ids, self.mapToGlobal(badge.bottomLeft()))
            return
        self._press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._move(event, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if mime_post_id(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if (mime_post_id(event.mimeData()) is not None
                and self.position_at(event.position().toPoint()) is not None):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        post_id = mime_post_id(event.mimeData())
        where = self.position_at(event.position().toPoint())
        if post_id is None or where is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.chip_dropped.emit(post_id, where[0], where[1])


class _WeekHeader(QWidget):
    def __init__(self, canvas: WeekCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self.canvas = canvas

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the day in full and its holidays, uncut
            x = event.pos().x()  # type: ignore[attr-defined]
            text = self.canvas.header_tooltip(x)
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.canvas.paint_header(painter, self.height())
        painter.end()


class WeekScroll(QScrollArea):
    """The week canvas scrolling under a fixed row of day headers."""

    def __init__(self, canvas: WeekCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setWidget(canvas)
        self.setWidgetResizable(True)
        self.header = _WeekHeader(canvas, self)
        self.setViewportMargins(0, canvas.day_header_height(), 0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        rect = self.viewport().geometry()
        self.header.setGeometry(rect.left(), rect.top() - self.canvas.day_header_height(),
                                rect.width(), self.canvas.day_header_height())

    def update_all(self) -> None:
        self.canvas.update()
        self.header.update()
