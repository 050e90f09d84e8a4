"""The drafts library as a lazily loaded table model, and the labels of categories and states.

Rows come from ``mbdesk.store.queries.drafts`` a page at a time (``canFetchMore``/``fetchMore``),
keyset-paged, so 20,000 drafts cost what 200 do until the user scrolls.

Roles: ``DRAFT_ID_ROLE`` (int) on every cell; ``TARGETS_ROLE`` on the targets column: a list of
``(name, colour)`` pairs painted by ``TargetsDelegate``.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mbdesk.store.models import Category, DraftState
from mbdesk.store.queries.accounts import AccountBrief
from mbdesk.store.queries.drafts import (
    ARCHIVED,
    PAGE_SIZE,
    DraftFilter,
    DraftRow,
    draft_row,
    list_drafts,
)
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_local, format_local_time, to_local

DRAFT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TARGETS_ROLE = Qt.ItemDataRole.UserRole + 2



def category_label(category: str) -> str:
    labels = {
        Category.PRODUCT: QCoreApplication.translate("Category", "Product"),
        Category.PROMOTION: QCoreApplication.translate("Category", "Promotion / discount"),
        Category.SHOP_NEWS: QCoreApplication.translate("Category", "Shop news"),
        Category.INDUSTRY_NEWS: QCoreApplication.translate("Category", "Industry news"),
        Category.HOT_TOPIC: QCoreApplication.translate("Category", "Hot topic"),
        Category.SERVICE_NOTICE: QCoreApplication.translate("Category", "Service notice"),
        Category.FESTIVAL: QCoreApplication.translate("Category", "Festival / event"),
    }
    return labels.get(category, category)


def draft_state_label(state: str) -> str:
    labels = {
        DraftState.DRAFT: QCoreApplication.translate("DraftState", "Draft"),
        DraftState.SCHEDULED: QCoreApplication.translate("DraftState", "Scheduled"),
        DraftState.PUBLISHED: QCoreApplication.translate("DraftState", "Published"),
        DraftState.FAILED: QCoreApplication.translate("DraftState", "Failed"),
        ARCHIVED: QCoreApplication.translate("DraftState", "Archived"),
    }
    return labels.get(state, state)


class DraftsTableModel(QAbstractTableModel):
    """Drafts matching a ``DraftFilter``, newest change first, loaded page by page."""

    COLUMNS = ("title", "category", "targets", "state", "updated")

    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[DraftRow] = []
        self._filter = DraftFilter()
        self._exhausted = True
        self._accounts: dict[int, AccountBrief] = {}

    # -- loading -----------------------------------------------------------------------------
    def set_accounts(self, accounts: list[AccountBrief]) -> None:
        self._accounts = {a.id: a for a in accounts}

    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone

    @property
    def filter(self) -> DraftFilter:
        return self._filter

    def load(self, flt: DraftFilter | None = None) -> None:
        """(Re)load the first page, for a new filter or after a change."""
        if flt is not None:
            self._filter = flt
        self.beginResetModel()
        self._rows = list_drafts(self._filter, limit=PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._rows:
            return
        page = list_drafts(self._filter, after=self._rows[-1].cursor, limit=PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def refresh_row(self, draft_id: int) -> bool:
        """Re-read one loaded draft in place (keeps scrolling); False if it is not loaded."""
        i = self.row_of(draft_id)
        if i < 0:
            return False
        row = draft_row(draft_id)
        if row is None:
            return False
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
        return True

    # -- access ------------------------------------------------------------------------------
    def row_of(self, draft_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == draft_id:
                return i
        return -1

    def draft_at(self, row: int) -> DraftRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def target_names(self, row: DraftRow) -> list[tuple[str, str]]:
        return [(self._accounts[a].name, self._accounts[a].color)
                for a in row.target_ids if a in self._accounts]

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Title"), self.tr("Category"), self.tr("Targets"), self.tr("State"),
                self.tr("Updated"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == DRAFT_ID_ROLE:
            return row.id
        if role == TARGETS_ROLE and column == "targets":
            return self.target_names(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return row.label or self.tr("(empty draft)")
            if column == "category":
                return category_label(row.category)
            if column == "targets":
                return join_list(name for name, _ in self.target_names(row))
            if column == "state":
                return draft_state_label(ARCHIVED if row.archived else row.state)
            if column == "updated":  # no weekday: the column stays narrow, the titles wide
                return (format_local_time(to_local(row.updated_at, self._zone), style="plain")
                        if row.updated_at else "")
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.first_line if row.title else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "updated":
            return format_local(row.updated_at, self._zone, long=True)
        return None


class TargetsDelegate(QStyledItemDelegate):
    """Paints the target accounts as small coloured name chips."""

    PAD = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        targets = index.data(TARGETS_ROLE) or []
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget: QWidget | None = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        x = rect.left() + self.PAD
        height = metrics.height() + 2
        y = rect.top() + (rect.height() - height) // 2
        for name, color in targets:
            width = metrics.horizontalAdvance(name) + 2 * self.PAD
            if x + width > rect.right():
                room = rect.right() - x - 2 * self.PAD
                if room < metrics.horizontalAdvance("W…"):
                    break
                # A long handle is shortened rather than left out.
                name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(name) + 2 * self.PAD
            chip = QRect(x, y, width, height)
            fill = QColor(color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(contrast_text(fill))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, name)
            x += width + self.PAD
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        width = sum(metrics.horizontalAdvance(n) + 3 * self.PAD
                    for n, _ in index.data(TARGETS_ROLE) or [])
        return QSize(max(base.width(), width), max(base.height(), metrics.height() + 6))


def contrast_text(fill: QColor) -> QColor:
    """Black or white, whichever reads better on an account colour."""
    luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#111111") if luminance > 0.6 else QColor("#ffffff")
