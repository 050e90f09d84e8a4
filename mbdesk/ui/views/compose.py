"""Compose & Drafts: the drafts library on the left, the composer of one draft on the right.

The library is a lazily loaded table (keyset pages of 200, ``ui.models.drafts``) filtered by
full-text search (FTS5, see ``store.queries.drafts``), category, account and state, with
Open / Duplicate / Archive on a right click. The composer (``ui.compose.editor``) saves by
itself, so switching drafts never asks and never loses typing.

Signals:
    draft_saved(int): a draft was written (its id), so other screens may refresh.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk.store.drafts import archive_draft, duplicate_draft
from mbdesk.store.models import Category, DraftState
from mbdesk.store.queries.accounts import account_briefs
from mbdesk.store.queries.compose import target_accounts
from mbdesk.store.queries.drafts import ARCHIVED, DraftFilter, count_drafts, get_draft
from mbdesk.ui.compose.editor import ComposerWidget
from mbdesk.ui.localtime import user_zone, widest_local_time
from mbdesk.ui.models.drafts import (
    DRAFT_ID_ROLE,
    DraftsTableModel,
    TargetsDelegate,
    category_label,
    draft_state_label,
)
from mbdesk.ui.tables import list_table
from mbdesk.ui.views.base import View

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200


class ComposeView(View):
    key = "compose"
    draft_saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = DraftsTableModel(user_zone(), self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.editor = ComposerWidget(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_library())
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Scaled to the real width when shown: the library keeps room for its titles in every
        # language (the editor's size hint alone would take most of the window).
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.editor.new_button.clicked.connect(self.new_draft)
        self.editor.duplicate_button.clicked.connect(self.duplicate)
        self.editor.archive_button.clicked.connect(self.toggle_archive)
        self.editor.saved.connect(self._on_saved)

    def title(self) -> str:
        return self.tr("Compose & Drafts")

    # -- building ----------------------------------------------------------------------------
    def _build_library(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(box)
        self.search.setObjectName("draft-search")
        self.search.setPlaceholderText(self.tr("Search drafts…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        self.category_filter = QComboBox(box)
        self.category_filter.addItem(self.tr("All categories"), "")
        for cat in Category.ALL:
            self.category_filter.addItem(category_label(cat), cat)
        self.account_filter = QComboBox(box)
        self.account_filter.setObjectName("draft-account-filter")
        self.account_filter.addItem(self.tr("All accounts"), None)
        self.state_filter = QComboBox(box)
        self.state_filter.addItem(self.tr("All states"), "")
        for state in (*DraftState.ALL, ARCHIVED):
            self.state_filter.addItem(draft_state_label(state), state)
        for combo in (self.category_filter, self.account_filter, self.state_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.count_label = QLabel(box)
        layout.addWidget(self.count_label)
        self.library_stack = QStackedWidget(box)
        self.table = list_table(box, self.model, name="drafts-table")
        self.table.setItemDelegateForColumn(DraftsTableModel.COLUMNS.index("targets"),
                                            TargetsDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(DraftsTableModel.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 100)
        header.resizeSection(2, 120)
        header.resizeSection(3, 80)
        # "Updated" as wide as its longest date, so the time is never cut off
        header.resizeSection(4, widest_local_time(self.table.fontMetrics()) + 14)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty_label = QLabel(box)
        self.empty_label.setObjectName("drafts-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.library_stack.addWidget(self.table)
        self.library_stack.addWidget(self.empty_label)
        layout.addWidget(self.library_stack, 1)
        return box

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload accounts and the first page of the library; the composer keeps its draft."""
        briefs = account_briefs()
        self.model.set_zone(user_zone())
        self.model.set_accounts(briefs)
        self._fill_account_filter(briefs)
        self.editor.set_accounts(target_accounts())
        self._reload_library(select=self.editor.draft_id)

    def _fill_account_filter(self, briefs) -> None:
        current = self.account_filter.currentData()
        self.account_filter.blockSignals(True)
        while self.account_filter.count() > 1:
            self.account_filter.removeItem(1)
        for a in briefs:
            self.account_filter.addItem(a.name, a.id)
        self.account_filter.setCurrentIndex(max(0, self.account_filter.findData(current)))
        self.account_filter.blockSignals(False)

    def current_filter(self) -> DraftFilter:
        return DraftFilter(text=self.search.text().strip(),
                           category=self.category_filter.currentData() or "",
                           state=self.state_filter.currentData() or "",
                           account_id=self.account_filter.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._reload_library(select=self.editor.draft_id)

    def _reload_library(self, select: int | None = None) -> None:
        flt = self.current_filter()
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.load(flt)
        selection.blockSignals(False)
        # %Ln: grouped as the language writes it ("1,234 draft(s)", "1234 borradores")
        self.count_label.setText(self.tr("%Ln draft(s)", "", count_drafts(flt)))
        if self.model.rowCount() == 0:
            filtered = flt != DraftFilter()
            self.empty_label.setText(
                self.tr("No drafts match — clear the search or choose another category, "
                        "account or state.") if filtered else
                self.tr("No drafts yet — write your first post on the right."))
            self.library_stack.setCurrentWidget(self.empty_label)
        else:
            self.library_stack.setCurrentWidget(self.table)
        if select is not None:
            self._select_row(self.model.row_of(select))

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        selection.blockSignals(False)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        draft_id = current.data(DRAFT_ID_ROLE) if current.isValid() else None
        if draft_id is None or draft_id == self.editor.draft_id:
            return
        self.open_draft(draft_id)

    def open_draft(self, draft_id: int) -> None:
        """Open a draft in the composer (the one being edited is saved first)."""
        self.editor.flush()
        if not self.editor.open_draft(draft_id):
            self._reload_library()
            return
        self._select_row(self.model.row_of(draft_id))

    def _on_saved(self, draft_id: int, created: bool) -> None:
        if created or not self.model.refresh_row(draft_id):
            self._reload_library(select=draft_id)
        self.draft_saved.emit(draft_id)

    # -- actions -----------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.editor.save():
            return False
        self._reload_library(select=self.editor.draft_id)
        return True

    def new_draft(self) -> None:
        self.editor.flush()
        self._select_row(-1)
        self.editor.clear()
        self.editor.title_edit.setFocus()

    def duplicate(self, draft_id: int | None = None) -> None:
        self.editor.flush()
        draft_id = draft_id or self.editor.draft_id
        detail = get_draft(draft_id) if draft_id else None
        if detail is None:
            return
        copy_title = self.tr("%s (copy)") % detail.title if detail.title else ""
        new_id = duplicate_draft(detail.id, copy_title)
        self.editor.open_draft(new_id)
        self._reload_library(select=new_id)
        self.editor.status_label.setText(
            self.tr("Duplicated: you are now editing the copy."))

    def toggle_archive(self, draft_id: int | None = None) -> None:
        self.editor.flush()
        draft_id = draft_id or self.editor.draft_id
        detail = get_draft(draft_id) if draft_id else None
        if detail is None:
            return
        archived = not detail.archived
        archive_draft(detail.id, archived)
        if detail.id == self.editor.draft_id:
            self.editor.clear()
        self._reload_library()
        self.editor.status_label.setText(
            self.tr("Archived: choose “Archived” in the state filter to find it again.")
            if archived else self.tr("Restored to the library."))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        draft_id = index.data(DRAFT_ID_ROLE)
        row = self.model.draft_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Open in composer")).triggered.connect(
            lambda: self.open_draft(draft_id))
        menu.addAction(self.tr("Duplicate")).triggered.connect(
            lambda: self.duplicate(draft_id))
        menu.addAction(self.tr("Restore") if row and row.archived else self.tr("Archive")
                       ).triggered.connect(lambda: self.toggle_archive(draft_id))
        menu.popup(self.table.viewport().mapToGlobal(pos))
