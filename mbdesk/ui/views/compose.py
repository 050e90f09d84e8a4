"""Compose & Drafts: the drafts library on the left, the editor of one draft on the right.

The library is a lazily loaded table filtered by search text (full-text, see
``store.queries.drafts``), category and state. The editor writes only through
``mbdesk.store.drafts`` on Save; switching away from unsaved changes asks first.

Signals:
    draft_saved(int): a draft was written (its id), so other screens may refresh.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

import regex
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbdesk.store.drafts import DraftInput, archive_draft, duplicate_draft, save_draft
from mbdesk.store.models import Category, DraftState
from mbdesk.store.queries.accounts import AccountBrief, account_briefs
from mbdesk.store.queries.drafts import ARCHIVED, DraftDetail, DraftFilter, count_drafts, get_draft
from mbdesk.ui.localtime import user_zone
from mbdesk.ui.models.drafts import (
    DRAFT_ID_ROLE,
    DraftsTableModel,
    TargetsDelegate,
    category_label,
    draft_state_label,
)
from mbdesk.ui.views.base import View

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
FALLBACK_LIMIT = 500


@dataclass(frozen=True)
class TextCount:
    used: int
    limit: int


@functools.cache
def _load_text_rules():
    """``mbdesk.domain.text`` (the servers' own counting rules), or None if it is unusable."""
    try:
        from mbdesk.domain import text as rules
    except Exception:  # a missing or broken rules module must not take the composer down
        log.exception("text counting rules unavailable; counting graphemes against 500")
        return None
    return rules if hasattr(rules, "count") else None


def count_text(platform: str, text: str, max_characters: int | None = None) -> TextCount:
    """The length as the platform counts it (``mbdesk.domain.text``), else grapheme clusters.

    The fallback (graphemes against 500) keeps the composer useful if the rules are missing;
    it is an estimate, never the server's word.
    """
    rules = _load_text_rules()
    if rules is not None:
        try:
            result = rules.count(platform, text, max_characters=max_characters)
        except ValueError:  # e.g. a platform the rules do not know
            log.warning("no counting rule for platform %r", platform)
        else:
            return TextCount(int(result.count), int(result.limit))
    return TextCount(len(regex.findall(r"\X", text)), max_characters or FALLBACK_LIMIT)


class ComposeView(View):
    key = "compose"
    draft_saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._accounts: list[AccountBrief] = []
        self._current_id: int | None = None
        self._current: DraftDetail | None = None
        self._dirty = False
        self._loading_editor = False
        self.model = DraftsTableModel(user_zone(), self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_library())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._clear_editor()

    def title(self) -> str:
        return self.tr("Compose & Drafts")

    # -- building ----------------------------------------------------------------------------
    def _build_library(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit(box)
        self.search.setObjectName("draft-search")
        self.search.setPlaceholderText(self.tr("Search drafts…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.category_filter = QComboBox(box)
        self.category_filter.addItem(self.tr("All categories"), "")
        for cat in Category.ALL:
            self.category_filter.addItem(category_label(cat), cat)
        self.state_filter = QComboBox(box)
        self.state_filter.addItem(self.tr("All states"), "")
        for state in (*DraftState.ALL, ARCHIVED):
            self.state_filter.addItem(draft_state_label(state), state)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.state_filter, 1)
        layout.addLayout(filters)

        self.count_label = QLabel(box)
        layout.addWidget(self.count_label)
        self.library_stack = QStackedWidget(box)
        self.table = QTableView(box)
        self.table.setObjectName("drafts-table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DraftsTableModel.COLUMNS.index("targets"),
                                            TargetsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(DraftsTableModel.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        header.resizeSection(2, 170)
        header.resizeSection(3, 90)
        header.resizeSection(4, 130)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.empty_label = QLabel(box)
        self.empty_label.setObjectName("drafts-empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.library_stack.addWidget(self.table)
        self.library_stack.addWidget(self.empty_label)
        layout.addWidget(self.library_stack, 1)
        return box

    def _build_editor(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor_heading = QLabel(box)
        font = self.editor_heading.font()
        font.setBold(True)
        self.editor_heading.setFont(font)
        layout.addWidget(self.editor_heading)
        form = QFormLayout()
        self.title_edit = QLineEdit(box)
        self.title_edit.setObjectName("draft-title")
        self.title_edit.setPlaceholderText(self.tr("Optional: a title only you see"))
        self.category_combo = QComboBox(box)
        for cat in Category.ALL:
            self.category_combo.addItem(category_label(cat), cat)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Category"), self.category_combo)
        layout.addLayout(form)
        self.body_edit = QPlainTextEdit(box)
        self.body_edit.setObjectName("draft-body")
        self.body_edit.setPlaceholderText(self.tr("Write your post here…"))
        layout.addWidget(self.body_edit, 1)

        layout.addWidget(QLabel(self.tr("Post to"), box))
        self.targets_box = QWidget(box)
        self.targets_layout = QGridLayout(self.targets_box)
        self.targets_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.targets_box)
        self.target_checks: dict[int, QCheckBox] = {}
        self.target_counts: dict[int, QLabel] = {}

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), box)
        self.save_button = QPushButton(self.tr("Save"), box)
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), box)
        self.archive_button = QPushButton(self.tr("Archive"), box)
        for button in (self.new_button, self.duplicate_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.status_label = QLabel(box)
        self.status_label.setObjectName("compose-status")
        layout.addWidget(self.status_label)

        self.new_button.clicked.connect(self.new_draft)
        self.save_button.clicked.connect(self.save)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.title_edit.textEdited.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.category_combo.currentIndexChanged.connect(self._on_edited)
        return box

    def _rebuild_targets(self) -> None:
        """One checkbox and one length counter per account (accounts may have changed)."""
        while self.targets_layout.count():
            item = self.targets_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.target_checks.clear()
        self.target_counts.clear()
        if not self._accounts:
            hint = QLabel(self.tr("No accounts yet — add one on the Accounts screen to choose "
                                  "where this post goes."), self.targets_box)
            hint.setWordWrap(True)
            self.targets_layout.addWidget(hint, 0, 0)
            return
        for row, account in enumerate(self._accounts):
            check = QCheckBox(account.name, self.targets_box)
            check.setObjectName(f"target-{account.id}")
            swatch = QLabel(self.targets_box)
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background:{account.color}; border-radius:3px;")
            count = QLabel(self.targets_box)
            count.setObjectName(f"count-{account.id}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            check.toggled.connect(self._on_edited)
            check.toggled.connect(self._update_counts)
            self.targets_layout.addWidget(swatch, row, 0)
            self.targets_layout.addWidget(check, row, 1)
            self.targets_layout.addWidget(count, row, 2)
            self.target_checks[account.id] = check
            self.target_counts[account.id] = count
        self.targets_layout.setColumnStretch(1, 1)

    # -- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload accounts and the first page of the library; keep the editor's draft."""
        self._accounts = account_briefs()
        self.model.set_zone(user_zone())
        self.model.set_accounts(self._accounts)
        checked = self.checked_targets()
        self._rebuild_targets()
        self._set_checked(checked)
        self._reload_library(select=self._current_id)
        self._update_counts()

    def current_filter(self) -> DraftFilter:
        return DraftFilter(text=self.search.text().strip(),
                           category=self.category_filter.currentData() or "",
                           state=self.state_filter.currentData() or "")

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self._reload_library(select=self._current_id)

    def _reload_library(self, select: int | None = None) -> None:
        flt = self.current_filter()
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.load(flt)
        selection.blockSignals(False)
        total = count_drafts(flt)
        self.count_label.setText(self.tr("%n draft(s)", "", total))
        if self.model.rowCount() == 0:
            filtered = flt != DraftFilter()
            self.empty_label.setText(
                self.tr("No drafts match — clear the search or choose another category or "
                        "state.") if filtered else
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
        else:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        selection.blockSignals(False)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        draft_id = current.data(DRAFT_ID_ROLE) if current.isValid() else None
        if draft_id == self._current_id:
            return
        if not self.confirm_discard():
            self._select_row(previous.row() if previous.isValid() else -1)
            return
        if draft_id is None:
            self._clear_editor()
        else:
            self.open_draft(draft_id)
            # Saving on the way out reloads the list: point the selection at this draft again.
            self._select_row(self.model.row_of(draft_id))

    def open_draft(self, draft_id: int) -> None:
        detail = get_draft(draft_id)
        if detail is None:
            self._clear_editor()
            return
        self._loading_editor = True
        self._current_id, self._current = detail.id, detail
        self.title_edit.setText(detail.title)
        self.body_edit.setPlainText(detail.body)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(detail.category)))
        self._set_checked(detail.target_ids)
        self._loading_editor = False
        self._set_dirty(False)
        self.status_label.clear()
        self._update_buttons()
        self._update_counts()

    def _clear_editor(self) -> None:
        self._loading_editor = True
        self._current_id, self._current = None, None
        self.title_edit.clear()
        self.body_edit.clear()
        self.category_combo.setCurrentIndex(0)
        self._set_checked(())
        self._loading_editor = False
        self._set_dirty(False)
        self._update_buttons()
        self._update_counts()

    # -- editor state ------------------------------------------------------------------------
    def checked_targets(self) -> tuple[int, ...]:
        return tuple(a for a, check in self.target_checks.items() if check.isChecked())

    def _set_checked(self, account_ids) -> None:
        wanted = set(account_ids)
        for account_id, check in self.target_checks.items():
            check.blockSignals(True)
            check.setChecked(account_id in wanted)
            check.blockSignals(False)

    def _on_edited(self, *_args) -> None:
        if not self._loading_editor:
            self._set_dirty(True)

    def _on_body_changed(self) -> None:
        self._on_edited()
        self._update_counts()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if self._current is None:
            heading = self.tr("New draft")
        else:
            heading = self.tr("Editing: %s") % (self._current.title or self.tr("untitled draft"))
        self.editor_heading.setText(heading + (" •" if dirty else ""))

    def _update_buttons(self) -> None:
        has = self._current is not None
        self.duplicate_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        archived = bool(self._current and self._current.archived)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def _update_counts(self) -> None:
        text = self.body_edit.toPlainText()
        accounts = {a.id: a for a in self._accounts}
        for account_id, label in self.target_counts.items():
            account = accounts[account_id]
            result = count_text(account.platform, text, account.max_characters)
            checked = self.target_checks[account_id].isChecked()
            label.setText(f"{result.used} / {result.limit}")
            label.setEnabled(checked)
            over = result.used > result.limit
            label.setStyleSheet("color:#d9534f; font-weight:bold;" if over and checked else "")
            label.setToolTip(self.tr("{platform} counts {used} of {limit} characters")
                             .format(platform=accounts[account_id].platform,
                                     used=result.used, limit=result.limit))

    def is_dirty(self) -> bool:
        return self._dirty

    def confirm_discard(self) -> bool:
        """True when it is fine to leave the editor (nothing unsaved, saved, or discarded)."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved draft"),
            self.tr("This draft has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- actions -----------------------------------------------------------------------------
    def editor_input(self) -> DraftInput:
        return DraftInput(title=self.title_edit.text(), body=self.body_edit.toPlainText(),
                          category=self.category_combo.currentData(),
                          target_ids=self.checked_targets())

    def save(self) -> bool:
        data = self.editor_input()
        if not data.body.strip() and not data.title.strip():
            self.status_label.setText(self.tr("Nothing to save yet: write a title or a text."))
            return False
        draft_id = save_draft(self._current_id, data)
        self.open_draft(draft_id)
        self._reload_library(select=draft_id)
        self.status_label.setText(self.tr("Saved."))
        self.draft_saved.emit(draft_id)
        return True

    def new_draft(self) -> None:
        if not self.confirm_discard():
            return
        self._select_row(-1)
        self._clear_editor()
        self.title_edit.setFocus()

    def duplicate(self) -> None:
        if self._current is None or not self.confirm_discard():
            return
        title = self._current.title
        copy_title = self.tr("%s (copy)") % title if title else ""
        new_id = duplicate_draft(self._current.id, copy_title)
        self.open_draft(new_id)
        self._reload_library(select=new_id)
        self.status_label.setText(self.tr("Duplicated: you are now editing the copy."))

    def toggle_archive(self) -> None:
        if self._current is None or not self.confirm_discard():
            return
        archived = not self._current.archived
        archive_draft(self._current.id, archived)
        self._clear_editor()
        self._reload_library()
        self.status_label.setText(self.tr("Archived: choose “Archived” in the state filter to "
                                          "find it again.") if archived else
                                  self.tr("Restored to the library."))

