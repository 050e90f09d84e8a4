"""The mention inbox: every account's mentions in one list, triaged like mail (new/read/done).

Remote text is hostile: the reading pane shows ``text_plain`` in a plain-text widget and never
renders HTML. Keys: j/k move, e done, u unread (typing in the search box is not affected).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext
from mbdesk.store import inbox as inbox_store
from mbdesk.store.models import MentionState, Stream, utcnow
from mbdesk.store.queries import accounts as account_queries
from mbdesk.store.queries import mentions as queries
from mbdesk.store.queries.mentions import MentionDetail, MentionFilter, MentionRow
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.mentions import ACCOUNT, AUTHOR, STATE, TEXT, TIME, IdRole, MentionTableModel
from mbdesk.ui.models.mentions import state_label as mention_state_label
from mbdesk.ui.views.base import View

SEARCH_DELAY_MS = 250

FirstPage = tuple[list[MentionRow], tuple[int, bool]]


def load_first_page(flt: MentionFilter) -> FirstPage:
    """The first page and the capped count: plain values, safe to build on a worker thread."""
    return queries.page(flt), queries.count(flt)


class InboxView(View):
    """The mention inbox screen.

    Signals: ``loaded`` after the list shows the current filters (searches load on a worker
    thread; filters and ``refresh()`` load at once).

    Public for tests and the main window: ``model``, ``table``, ``search``, the filter combos,
    ``header_label``, ``detail_text`` and the three state buttons.
    """

    key = "inbox"
    loaded = Signal()  # the list, header and counts now show the current filters

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = MentionTableModel(self)
        self._current: MentionDetail | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_edited)
        self._generation = 0  # bumped per query: results of an older one are dropped
        self._build()
        self._build_shortcuts()

    def title(self) -> str:
        return self.tr("Inbox")

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.header_label = QLabel(self)
        font = self.header_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.header_label.setFont(font)

        self.account_combo = QComboBox(self)
        self.state_combo = QComboBox(self)
        self.state_combo.addItem(self.tr("All states"), None)
        self.state_combo.addItem(self.tr("New"), MentionState.NEW)
        self.state_combo.addItem(self.tr("Read"), MentionState.READ)
        self.state_combo.addItem(self.tr("Done"), MentionState.DONE)
        self.stream_combo = QComboBox(self)
        self.stream_combo.addItem(self.tr("Mentions and watches"), None)
        self.stream_combo.addItem(self.tr("Mentions"), Stream.MENTIONS)
        self.stream_combo.addItem(self.tr("Keyword watches"), Stream.WATCH)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search mentions…"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.account_combo, self.state_combo, self.stream_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_search_edited)

        filters = QHBoxLayout()
        filters.addWidget(self.account_combo)
        filters.addWidget(self.state_combo)
        filters.addWidget(self.stream_combo)
        filters.addWidget(self.search, 1)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ACCOUNT, 140), (AUTHOR, 130), (TIME, 125), (STATE, 55)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        # wide enough for a bold (new) date in this locale's short format
        bold = QFont(self.table.font())
        bold.setBold(True)
        sample = format_local(datetime(2026, 12, 30, 23, 59), UTC)
        self.table.setColumnWidth(TIME, QFontMetrics(bold).horizontalAdvance(sample) + 16)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2000, 1000])  # a ratio: the list gets two thirds

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _build_detail(self) -> QWidget:
        pane = QFrame(self)
        pane.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_author = QLabel(pane)
        self.detail_author.setTextFormat(Qt.TextFormat.PlainText)  # names are remote content
        font = self.detail_author.font()
        font.setBold(True)
        self.detail_author.setFont(font)
        self.detail_meta = QLabel(pane)
        self.detail_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_meta.setWordWrap(True)
        self.detail_text = QPlainTextEdit(pane)  # plain text only: never renders remote HTML
        self.detail_text.setReadOnly(True)
        self.read_button = QPushButton(self.tr("Mark read"), pane)
        self.done_button = QPushButton(self.tr("Done (E)"), pane)
        self.unread_button = QPushButton(self.tr("Unread (U)"), pane)
        self.read_button.clicked.connect(lambda: self.set_current_state(MentionState.READ))
        self.done_button.clicked.connect(self.mark_done)
        self.unread_button.clicked.connect(lambda: self.set_current_state(MentionState.NEW))
        buttons = QHBoxLayout()
        for button in (self.read_button, self.done_button, self.unread_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(pane)
        layout.addWidget(self.detail_author)
        layout.addWidget(self.detail_meta)
        layout.addWidget(self.detail_text, 1)
        layout.addLayout(buttons)
        self._show_detail(None)
        return pane

    def _build_shortcuts(self) -> None:
        for key, slot in (("J", lambda: self.move(1)), ("K", lambda: self.move(-1)),
                          ("E", self.mark_done),
                          ("U", lambda: self.set_current_state(MentionState.NEW))):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload accounts, counts and the first page, keeping the filters and selection."""
        self._reload_accounts()
        self.apply_filters()

    def _reload_accounts(self) -> None:
        chosen = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("All accounts"), None)
        for acc in account_queries.account_briefs():
            self.account_combo.addItem(acc.display_name or acc.handle, acc.id)
            self.account_combo.setItemData(self.account_combo.count() - 1, acc.handle,
                                           Qt.ItemDataRole.ToolTipRole)
        index = self.account_combo.findData(chosen)
        self.account_combo.setCurrentIndex(max(index, 0))
        self.account_combo.blockSignals(False)

    def current_filter(self) -> MentionFilter:
        return MentionFilter(
            account_id=self.account_combo.currentData(),
            state=self.state_combo.currentData(),
            stream=self.stream_combo.currentData(),
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        """Show the rows of the current filters: at once without a search term (index walks,
        a few ms), on a worker thread with one."""
        self._search_timer.stop()
        flt = self.current_filter()
        if flt.search:
            self._on_search_edited()
            return
        self._generation += 1
        self._show_results(self._generation, flt, load_first_page(flt))

    def _on_search_edited(self) -> None:
        """Search on a worker thread: a rare short term needs a scan of every mention."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        self.count_label.setText(self.tr("Searching…"))
        run_in_background(
            lambda: load_first_page(flt),
            lambda result: self._show_results(generation, flt, result),
            self._on_search_failed,
        )

    def _on_search_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.count_label.setText(self.tr("Search failed: {0}").format(message))

    def _show_results(self, generation: int, flt: MentionFilter, result: FirstPage) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the screen is gone, or the user typed on: a newer query is coming
        rows, (n, capped) = result
        keep = self._current.id if self._current else None
        self.model.show_results(flt, rows)
        self._update_header()
        number = QLocale().toString(n) + ("+" if capped else "")
        self.count_label.setText(self.tr("Mentions shown: {0}").format(number))
        row = self.model.row_of(lambda r: r.id == keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show_detail(None)
        self.loaded.emit()

    def _update_header(self) -> None:
        counts = queries.counts(self.account_combo.currentData(),
                                self.stream_combo.currentData())
        text = self.tr("%n new", "", counts.new)
        if counts.oldest_new_at is not None:
            text += " · " + self.tr("oldest waiting {0}").format(
                self.waiting_text(utcnow() - counts.oldest_new_at))
        self.header_label.setText(text)

    def waiting_text(self, waited: timedelta) -> str:
        minutes = max(0, int(waited.total_seconds() // 60))
        if minutes < 60:
            return self.tr("%n min", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n h", "", minutes // 60)
        return self.tr("%n d", "", minutes // (24 * 60))

    # --- reading pane -------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mention_id = current.data(IdRole) if current.isValid() else None
        self._show_detail(queries.detail(mention_id) if mention_id is not None else None)

    def _show_detail(self, detail: MentionDetail | None) -> None:
        self._current = detail
        for button in (self.read_button, self.done_button, self.unread_button):
            button.setEnabled(detail is not None)
        if detail is None:
            self.detail_author.setText(self.tr("No mention selected"))
            self.detail_meta.clear()
            self.detail_text.clear()
            return
        author = detail.author_name or detail.author_handle or self.tr("(unknown author)")
        if detail.author_name and detail.author_handle:
            author += f"  @{detail.author_handle.lstrip('@')}"
        self.detail_author.setText(author)
        when = format_local(detail.created_at, user_zone(), long=True)
        stream = self.tr("keyword watch") if detail.stream == Stream.WATCH else self.tr("mention")
        self.detail_meta.setText(self.tr("To {account} · {when} · {stream} · {state}").format(
            account=detail.account_name, when=when, stream=stream,
            state=mention_state_label(detail.state)))
        self.detail_text.setPlainText(detail.text_plain)
        self.read_button.setEnabled(detail.state != MentionState.READ)
        self.done_button.setEnabled(detail.state != MentionState.DONE)
        self.unread_button.setEnabled(detail.state != MentionState.NEW)

    # --- actions ------------------------------------------------------------------------------

    def move(self, step: int) -> None:
        """Select the next (1) or previous (-1) mention, loading more rows at the end."""
        row = self.table.currentIndex().row() + step if self.table.currentIndex().isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def set_current_state(self, state: str) -> None:
        if self._current is None:
            return
        inbox_store.set_state([self._current.id], state)
        self.model.set_state(self._current.id, state)
        self._show_detail(queries.detail(self._current.id))
        self._update_header()

    def mark_done(self) -> None:
        """Archive the selected mention and go on to the next, as in a mail client."""
        if self._current is None:
            return
        self.set_current_state(MentionState.DONE)
        self.move(1)

