"""The mention inbox: every account's mentions in one list, triaged like mail (new/read/done).

Keys (on the list and the reading pane; never while typing in a text field): j/k move, Enter
opens (marks read, fetches the thread), e done, u unread, r reply, / search, Ctrl+Z undoes the
last state change. Remote HTML is sanitized and shown in a browser that loads no resource.
Replies are outbox rows at once and go out through the sync engine, online or later.
A crisis banner appears when negative mentions of the last hour pass the threshold.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mbdesk.errors import MbdeskError
from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext
from mbdesk.store import crisis as crisis_store
from mbdesk.store import settings
from mbdesk.store.constants import MentionState, Stream, TagKind, utcnow
from mbdesk.store.queries import accounts as account_queries
from mbdesk.store.queries import mentions as queries
from mbdesk.store.queries import response as response_queries
from mbdesk.store.queries.mentions import MentionDetail, MentionFilter, MentionRow
from mbdesk.ui import item_roles
from mbdesk.ui.account_badge import DOT_SIZE, short_name
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.mentions import ACCOUNT, AUTHOR, STATE, TEXT, TIME, IdRole, MentionTableModel
from mbdesk.ui.tables import list_table
from mbdesk.ui.text_fit import fit_placeholder
from mbdesk.ui.views.base import View

if TYPE_CHECKING:
    from mbdesk.store.queries.conversation import AuthorCard

SEARCH_DELAY_MS = 250
UNDO_DEPTH = 50

FirstPage = tuple[list[MentionRow], tuple[int, bool]]
# Made with the reading pane, a moment after the list first painted (or on first use)
PANE_PARTS = frozenset({"pane", "reader", "detail_author", "detail_meta", "detail_text",
                        "read_button", "done_button", "unread_button", "undo_button",
                        "thread_button"})


def load_first_page(flt: MentionFilter) -> FirstPage:
    """The first page and the capped count: plain values, safe to build on a worker thread."""
    return queries.page(flt, limit=queries.FIRST_PAGE_SIZE), queries.count(flt)


WARNING_BACKGROUND = "#fbbf24"  # amber
WARNING_TEXT = "#1c1917"


class CrisisBanner(QFrame):
    """The alert strip above the inbox: how many negative mentions, and what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # a warning, not a selection: amber with near-black text (the selection blue read as a
        # selected row); the same pair reads on the light and the dark palette (contrast ~11:1)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(WARNING_BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(WARNING_TEXT))
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show related mentions"), self)
        self.pause_button = QPushButton(self.tr("Pause scheduled posts"), self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        for button in (self.show_button, self.pause_button, self.dismiss_button):
            layout.addWidget(button)

    def say(self, text: str) -> None:
        """Show ``text`` as plain text. ``Qt`` is imported here, when a crisis shows: building
        its enums (~28 ms) is not for every start-up's first paint."""
        from PySide6.QtCore import Qt

        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setText(text)


class InboxView(View):
    """The mention inbox screen.

    Signals: ``loaded`` after the list shows the current filters (searches load on a worker
    thread; filters and ``refresh()`` load at once); ``thread_loaded`` after a thread fetch
    ended (cached or not); ``crisis_changed(bool)`` when the banner shows or hides.

    Public for tests and the main window: ``model``, ``table``, ``search``, the filter combos,
    ``header_label``, ``pane`` (reading pane and composer), ``banner`` and the state buttons.
    """

    key = "inbox"
    needs_orm = False  # its first load is plain SQL; the pane and the actions load the ORM
    loaded = Signal()  # the list, header and counts now show the current filters
    thread_loaded = Signal()
    crisis_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = MentionTableModel(self)
        self._current: MentionDetail | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_edited)
        self._generation = 0  # bumped per query: results of an older one are dropped
        self._undo: list[dict[int, str]] = []
        self._limits: dict[int, int | None] = {}
        self._crisis_dismissed = 0  # the count the owner dismissed the banner at
        self._thread_generation = 0
        self._account_column_fitted = False
        self._build()  # the keyboard shortcuts come with the reading pane (_build_pane)

    def title(self) -> str:
        return self.tr("Inbox")

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = CrisisBanner(self)
        self.banner.hide()
        self.banner.show_button.clicked.connect(self.show_crisis_mentions)
        self.banner.pause_button.clicked.connect(self.pause_publishing)
        self.banner.dismiss_button.clicked.connect(self.dismiss_crisis)

        self.header_label = QLabel(self)
        font = self.header_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.header_label.setFont(font)
        self.response_label = QLabel(self)
        self.response_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.account_combo = QComboBox(self)
        self.state_combo = QComboBox(self)
        self.state_combo.addItem(self.tr("All states"), None)
        self.state_combo.addItem(self.tr("New"), MentionState.NEW)
        self.state_combo.addItem(self.tr("Read"), MentionState.READ)
        self.state_combo.addItem(self.tr("Done"), MentionState.DONE)
        self.tag_combo = QComboBox(self)
        self.flag_combo = QComboBox(self)
        self.flag_combo.addItem(self.tr("Any priority"), None)
        self.flag_combo.addItem(self.tr("Priority"), "priority")
        self.flag_combo.addItem(self.tr("Negative (crisis)"), "negative")
        self.stream_combo = QComboBox(self)
        self.stream_combo.addItem(self.tr("Mentions and watches"), None)
        self.stream_combo.addItem(self.tr("Mentions"), Stream.MENTIONS)
        self.stream_combo.addItem(self.tr("Keyword watches"), Stream.WATCH)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search mentions… (/)"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)  # "Buscar menciones… (/)" was cut
        self.watches_button = QPushButton(self.tr("Watches…"), self)
        self.watches_button.clicked.connect(self.open_watches)
        self.settings_button = QPushButton(self.tr("Saved replies…"), self)
        self.settings_button.setToolTip(self.tr("Saved replies, notifications, crisis watch"))
        self.settings_button.clicked.connect(self.open_inbox_settings)
        for combo in (self.account_combo, self.state_combo, self.tag_combo, self.flag_combo,
                      self.stream_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_search_edited)

        filters = QHBoxLayout()
        for combo in (self.account_combo, self.state_combo, self.tag_combo, self.flag_combo,
                      self.stream_combo):
            filters.addWidget(combo)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.watches_button)
        filters.addWidget(self.settings_button)

        self.table = list_table(self, self.model, compact=True)
        header = self.table.horizontalHeader()
        header.setModel(self.model.header_model(header))  # before the sections' sizes are set
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ACCOUNT, 115), (AUTHOR, 110), (TIME, 125), (STATE, 55)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        # wide enough for a bold (new) date in this locale's short format
        bold = QFont(self.table.font())
        bold.setBold(True)
        sample = format_local(datetime(2026, 12, 30, 23, 59), UTC)
        self.table.setColumnWidth(TIME, QFontMetrics(bold).horizontalAdvance(sample) + 16)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.installEventFilter(self)

        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        splitter = QSplitter(parent=self)  # horizontal; by keyword: QSplitter(self) would be
        # checked against QSplitter(Qt.Orientation, …) first, which builds all of Qt's enums
        splitter.addWidget(left)
        self._pane_slot: QWidget | None = QWidget(splitter)  # the pane's place until built
        self._saved_replies: list[Any] = []
        self._overview = ""
        splitter.addWidget(self._pane_slot)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([5000, 3000])  # a ratio: the list gets five eighths
        self._splitter = splitter

        head = QHBoxLayout()
        head.addWidget(self.header_label)
        head.addStretch(1)
        head.addWidget(self.response_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.installEventFilter(self)  # its first paint builds the reading pane

    def __getattr__(self, name: str) -> Any:
        """The reading pane and its buttons, built at first use when that comes before the
        list painted (a test, a key press)."""
        if name in PANE_PARTS and self.__dict__.get("_pane_slot") is not None:
            self._build_pane()
            return self.__dict__[name]
        raise AttributeError(name)

    def _build_pane(self) -> None:
        """The reading pane and its buttons (~40 ms with its imports): after the list painted,
        so start-up shows the list with its rows first."""
        if self.__dict__.get("_pane_slot") is None:
            return  # built already
        self.ctx.ensure_orm()  # the pane's queries and the replies use the models
        from mbdesk.ui.laid_out_text import LaidOutTextDelegate
        from mbdesk.ui.views.inbox_conversation import ConversationPane, MentionLoader

        # The list's first paint went the style's way: this delegate's types (QStyle's enums
        # among them, ~8 ms) would have delayed it. It paints the same pixels, faster.
        self.table.setItemDelegate(LaidOutTextDelegate(self.table, self.model.plain_cell))

        slot, self._pane_slot = self._pane_slot, None
        self._build_shortcuts()
        self.pane = ConversationPane(self)
        self.reader = MentionLoader(self)
        self.reader.arrived.connect(self._show_detail)
        self.reader.failed.connect(self.pane.show_read_error)
        self.pane.reply_requested.connect(self.send_reply)
        self.pane.retry_requested.connect(self.retry_reply)
        self.pane.retry_clicked = self.edit_failed_reply  # type: ignore[method-assign]
        self.detail_author = self.pane.detail_author
        self.detail_meta = self.pane.detail_meta
        self.detail_text = self.pane.detail_text
        self.read_button = QPushButton(self.tr("Mark read"), self.pane)
        self.done_button = QPushButton(self.tr("Done (E)"), self.pane)
        self.unread_button = QPushButton(self.tr("Unread (U)"), self.pane)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self.pane)
        self.thread_button = QPushButton(self.tr("Load thread"), self.pane)
        self.read_button.clicked.connect(lambda: self.set_current_state(MentionState.READ))
        self.done_button.clicked.connect(self.mark_done)
        self.unread_button.clicked.connect(lambda: self.set_current_state(MentionState.NEW))
        self.undo_button.clicked.connect(self.undo)
        self.thread_button.clicked.connect(self.fetch_thread)
        for button in (self.read_button, self.done_button, self.unread_button, self.undo_button):
            self.pane.buttons.addWidget(button)
        self.pane.buttons.addStretch(1)
        self.pane.buttons.addWidget(self.thread_button)
        sizes = self._splitter.sizes()  # the person may have dragged it already
        self._splitter.replaceWidget(1, self.pane)
        self._splitter.setSizes(sizes if sum(sizes) else [5000, 3000])
        slot.deleteLater()
        self.pane.set_saved_replies(self._saved_replies)
        self._show_detail(None)
        self.pane.set_overview(self._overview)
        self.undo_button.setEnabled(bool(self._undo))

    def _build_shortcuts(self) -> None:
        """j/k/e/u/r, / and Ctrl+Z on the list and the pane (their context needs ``Qt``, so
        they are made with the pane, after the list painted)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        keys = (("J", lambda: self.move(1)), ("K", lambda: self.move(-1)),
                ("E", self.mark_done), ("U", lambda: self.set_current_state(MentionState.NEW)),
                ("R", self.start_reply), ("/", self.focus_search), ("Ctrl+Z", self.undo))
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._build_pane)  # the list is on screen: now the pane
            return False
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent  # its type (~3 ms) once a key is pressed

            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload accounts, tags, counts and the first page, keeping filters and selection."""
        self._reload_accounts()
        self._reload_tags()
        self._saved_replies = settings.get("saved_replies") or []
        if self._pane_slot is None:
            self.pane.set_saved_replies(self._saved_replies)
        self.apply_filters()
        self.update_crisis()

    def _reload_accounts(self) -> None:
        chosen = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("All accounts"), None)
        names = []
        for acc in account_queries.account_briefs():
            self.account_combo.addItem(acc.display_name or acc.handle, acc.id)
            self.account_combo.setItemData(self.account_combo.count() - 1, acc.handle,
                                           item_roles.TOOLTIP)
            self._limits[acc.id] = acc.max_characters
            names.append(short_name(acc.display_name or acc.handle))
        index = self.account_combo.findData(chosen)
        self.account_combo.setCurrentIndex(max(index, 0))
        self.account_combo.blockSignals(False)
        if names and not self._account_column_fitted:  # once: the person may resize it
            self._account_column_fitted = True
            bold = QFont(self.table.font())  # new mentions are bold
            bold.setBold(True)
            widest = max(QFontMetrics(bold).horizontalAdvance(n) for n in names)
            self.table.setColumnWidth(ACCOUNT, min(max(widest + DOT_SIZE + 20, 80), 220))

    def _reload_tags(self) -> None:
        chosen = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any author"), None)
        self.tag_combo.addItem(self.tr("Customers"), f"kind:{TagKind.CUSTOMER}")
        self.tag_combo.addItem(self.tr("KOLs"), f"kind:{TagKind.KOL}")
        self.tag_combo.addItem(self.tr("Potential customers"), f"kind:{TagKind.POTENTIAL}")
        for key, name, kind in queries.tag_choices():
            if kind == TagKind.CUSTOM:
                self.tag_combo.addItem(self.tr("Tag: {0}").format(name), key)
        index = self.tag_combo.findData(chosen)
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)

    def current_filter(self) -> MentionFilter:
        return MentionFilter(
            account_id=self.account_combo.currentData(),
            state=self.state_combo.currentData(),
            stream=self.stream_combo.currentData(),
            search=self.search.text().strip(),
            tag=self.tag_combo.currentData(),
            flag=self.flag_combo.currentData(),
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
        """Search on a worker thread (punctuation or emoji alone is looked for in every row): the
        rows show as soon as they are found, the count follows (``loaded`` after both)."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        self.count_label.setText(self.tr("Searching…"))
        run_in_background(
            lambda: queries.page(flt, limit=queries.FIRST_PAGE_SIZE),
            lambda rows: self._on_search_rows(generation, flt, rows),
            self._on_search_failed,
        )

    def _on_search_rows(self, generation: int, flt: MentionFilter,
                        rows: list[MentionRow]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._show_rows(flt, rows)  # the label still says "Searching…" until the count is in
        run_in_background(
            lambda: queries.count(flt),
            lambda counted: self._on_search_count(generation, counted),
            self._on_search_failed,
        )

    def _on_search_count(self, generation: int, counted: tuple[int, bool]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._show_count(counted)
        self.loaded.emit()

    def _on_search_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.count_label.setText(self.tr("Search failed: {0}").format(message))

    def _show_results(self, generation: int, flt: MentionFilter, result: FirstPage) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the screen is gone, or the user typed on: a newer query is coming
        rows, counted = result
        self._show_rows(flt, rows)
        self._show_count(counted)
        self.loaded.emit()

    def _show_rows(self, flt: MentionFilter, rows: list[MentionRow]) -> None:
        keep = self._current.id if self._current else (
            self.reader.pending_id if self._pane_slot is None else None)
        self.model.show_results(flt, rows)
        self._update_header()
        row = self.model.row_of(lambda r: r.id == keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            if self._pane_slot is None:  # else the pane starts empty when it is built
                self._show_detail(None)

    def _show_count(self, counted: tuple[int, bool]) -> None:
        n, capped = counted
        number = QLocale().toString(n) + ("+" if capped else "")
        self.count_label.setText(self.tr("Mentions shown: {0}").format(number))

    def _update_header(self) -> None:
        account = self.account_combo.currentData()
        counts = queries.counts(account, self.stream_combo.currentData())
        text = self.tr("%n new", "", counts.new)
        waiting = response_queries.waiting(account)
        if waiting.count:
            text += " · " + self.tr("%n waiting for a reply", "", waiting.count)
            if waiting.oldest_at is not None:
                text += self.tr(", oldest {0}").format(
                    self.waiting_text(utcnow() - waiting.oldest_at))
        elif counts.oldest_new_at is not None:
            text += " · " + self.tr("oldest waiting {0}").format(
                self.waiting_text(utcnow() - counts.oldest_new_at))
        self.header_label.setText(text)
        self._overview = text
        if self._pane_slot is None:
            self.pane.set_overview(text)
        median = response_queries.overall_median(7, utcnow(), account)
        self.response_label.setText(
            self.tr("Median first reply (7 days): {0}").format(self.waiting_text(median))
            if median is not None else self.tr("No replies in the last 7 days"))

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
        if mention_id is None:
            self.reader.cancel()
            self._show_detail(None)
            return
        self._current = None  # nothing to act on until the new mention is read
        for button in (self.read_button, self.done_button, self.unread_button,
                       self.thread_button):
            button.setEnabled(False)
        self.pane.show_loading()
        self.reader.load(mention_id)  # on a worker: its text may be megabytes

    def _show_detail(self, detail: MentionDetail | None, card: AuthorCard | None = None) -> None:
        self._current = detail
        for button in (self.read_button, self.done_button, self.unread_button,
                       self.thread_button):
            button.setEnabled(detail is not None)
        if detail is not None and card is None:
            from mbdesk.store.queries import conversation as conversation_queries

            card = conversation_queries.author_card(detail.author_id)
        self.pane.show_mention(detail, card, settings.get("shop_name") or "")
        if detail is None:
            return
        self.pane.set_limits(self._limits.get(detail.account_id))
        self.read_button.setEnabled(detail.state != MentionState.READ)
        self.done_button.setEnabled(detail.state != MentionState.DONE)
        self.unread_button.setEnabled(detail.state != MentionState.NEW)
        self.show_cached_thread()

    def show_cached_thread(self, status: str | None = None) -> None:
        """The thread as cached, with our replies to this mention and to its author."""
        detail = self._current
        if detail is None:
            return
        from mbdesk.store.queries import conversation as conversation_queries
        from mbdesk.store.threads import cached_thread

        posts, fetched = cached_thread(detail.account_id, detail.status_remote_id)
        if status is None:
            status = (self.tr("Thread saved {0}").format(format_local(fetched, user_zone()))
                      if fetched else self.tr("Thread not loaded yet (Enter loads it)"))
        self.pane.show_thread(
            posts, conversation_queries.replies_to_mention(detail.id),
            conversation_queries.earlier_replies_to_person(detail.author_id, detail.id), status)

    def open_current(self) -> None:
        """Enter: mark the mention read and fetch its thread."""
        if self._current is None:
            return
        if self._current.state == MentionState.NEW:
            self.set_current_state(MentionState.READ)
        self.fetch_thread()
        self.pane.detail_text.setFocus()

    def fetch_thread(self) -> None:
        """Fetch the thread on a worker thread; the cached copy stays when that fails."""
        detail = self._current
        if detail is None:
            return
        self._thread_generation += 1
        generation = self._thread_generation
        self.pane.thread_status.setText(self.tr("Loading the thread…"))
        secrets, root = self.ctx.secrets, self.ctx.workspace.root
        from mbdesk.services.threads import fetch_and_cache

        run_in_background(
            lambda: fetch_and_cache(detail.account_id, detail.status_remote_id,
                                    secrets=secrets, workspace_root=root),
            lambda outcome: self._on_thread_fetched(generation, detail.id, outcome),
            lambda message: self._on_thread_fetched(generation, detail.id, None, message))

    def _on_thread_fetched(self, generation: int, mention_id: int, outcome,
                           error: str = "") -> None:
        if not shiboken6.isValid(self):
            return
        if generation == self._thread_generation and self._current is not None \
                and self._current.id == mention_id:
            if outcome is not None and outcome.ok:
                self.show_cached_thread()
            else:
                reason = outcome.message if outcome is not None else error
                from mbdesk.store.threads import cached_thread

                _posts, fetched = cached_thread(self._current.account_id,
                                                self._current.status_remote_id)
                saved = (self.tr("showing the copy saved {0}").format(
                    format_local(fetched, user_zone())) if fetched
                    else self.tr("no saved copy yet"))
                self.show_cached_thread(self.tr("Could not load the thread ({0}); {1}")
                                        .format(reason, saved))
        self.thread_loaded.emit()

    # --- actions ------------------------------------------------------------------------------

    def move(self, step: int) -> None:
        """Select the next (1) or previous (-1) mention, loading more rows at the end."""
        row = self.table.currentIndex().row() + step if self.table.currentIndex().isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetch_more_now()  # the key must land on the next row
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def set_current_state(self, state: str) -> None:
        if self._current is None:
            return
        self._set_states({self._current.id: state})

    def _set_states(self, wanted: dict[int, str], record: bool = True) -> None:
        """Apply states (mention id → state), remembering the old ones for undo."""
        before = queries.states_of(list(wanted))
        changed = {i: s for i, s in wanted.items() if before.get(i) not in (None, s)}
        if not changed:
            return
        if record:
            self._undo.append({i: before[i] for i in changed})
            del self._undo[:-UNDO_DEPTH]
        self.ctx.ensure_orm()  # the writes go through the models
        from mbdesk.store import inbox as inbox_store

        for state in set(changed.values()):
            inbox_store.set_state([i for i, s in changed.items() if s == state], state)
        for mention_id, state in changed.items():
            self.model.set_state(mention_id, state)
        if self._current is not None and self._current.id in changed:  # not re-read: 5 MB
            self._show_detail(replace(self._current, state=changed[self._current.id]))
        self.undo_button.setEnabled(bool(self._undo))
        self._update_header()

    def undo(self) -> None:
        """Put back the states of the last change (e, u, read, a reply's done)."""
        if not self._undo:
            return
        previous = self._undo.pop()
        self._set_states(previous, record=False)
        row = self.model.row_of(lambda r: r.id in previous)
        if row >= 0:
            self.table.selectRow(row)
        self.undo_button.setEnabled(bool(self._undo))

    def mark_done(self) -> None:
        """Archive the selected mention and go on to the next, as in a mail client."""
        if self._current is None:
            return
        self.set_current_state(MentionState.DONE)
        self.move(1)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def start_reply(self) -> None:
        if self._current is None:
            return
        self.pane.composer.setFocus()
        cursor = self.pane.composer.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.pane.composer.setTextCursor(cursor)

    def send_reply(self, text: str) -> None:
        """Queue the reply in the outbox (at once, online or not) and ask the sync to send."""
        detail = self._current
        if detail is None:
            return
        from mbdesk.services import replies as reply_service  # outbox, media: not for the list

        before = queries.states_of([detail.id])
        try:
            reply_service.queue_reply(detail.id, text, drop=self.pane.dropped())
        except MbdeskError as exc:
            self.pane.thread_status.setText(str(exc))
            return
        self.pane.reply_taken()
        after = queries.states_of([detail.id])
        if after != before:  # the reply archived it: undo can bring it back
            self._undo.append(before)
            self.model.set_state(detail.id, after[detail.id])
        self._kick_sync(detail.account_id)
        self._show_detail(replace(detail, state=after[detail.id]))
        self.undo_button.setEnabled(bool(self._undo))
        self._update_header()

    def retry_reply(self, item_id: int, text: str) -> None:
        from mbdesk.services import replies as reply_service  # outbox, media: not for the list

        try:
            retried = reply_service.edit_and_retry(item_id, text)
        except MbdeskError as exc:
            self.pane.thread_status.setText(str(exc))
            return
        self.pane.reply_taken()
        if not retried:
            self.pane.thread_status.setText(self.tr("That reply is no longer failed; nothing "
                                                    "was changed."))
        if self._current is not None:
            self._kick_sync(self._current.account_id)
        self.show_cached_thread()

    def edit_failed_reply(self, item_id: int) -> None:
        if self._current is None:
            return
        from mbdesk.store.queries import conversation as conversation_queries

        for reply in conversation_queries.replies_to_mention(self._current.id):
            if reply.id == item_id:
                self.pane.edit_failed(item_id, reply.body)

    def _kick_sync(self, account_id: int) -> None:
        sync = self.ctx.services.get("sync")
        if sync is not None:
            sync.publish_now(account_id)

    # --- crisis watch -------------------------------------------------------------------------

    def update_crisis(self) -> None:
        """Show the banner while the last hour's negative mentions pass the threshold."""
        status = crisis_store.status(utcnow())
        show = status.alert and status.negative_last_hour > self._crisis_dismissed
        if not status.alert:
            self._crisis_dismissed = 0
        if show:
            self.banner.say(self.tr(
                "Crisis watch: %n negative mention(s) in the last hour. Stay calm: read them "
                "together, contact the people, and don't rush a public statement.", "",
                status.negative_last_hour))
            paused = bool(settings.get("publishing_paused"))
            self.banner.pause_button.setEnabled(not paused)
            self.banner.pause_button.setText(self.tr("Scheduled posts paused") if paused
                                             else self.tr("Pause scheduled posts"))
        if show != self.banner.isVisibleTo(self):
            self.banner.setVisible(show)
            self.crisis_changed.emit(show)
            notifier = self.ctx.services.get("notifier")
            if show and notifier is not None:
                notifier.crisis(status.negative_last_hour)

    def show_crisis_mentions(self) -> None:
        """The related mentions in one view: negative ones, any state, newest first."""
        for combo, value in ((self.flag_combo, "negative"), (self.state_combo, None),
                             (self.stream_combo, None), (self.tag_combo, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def pause_publishing(self) -> None:
        self.ctx.ensure_orm()
        settings.put("publishing_paused", True)
        self.banner.pause_button.setEnabled(False)
        self.banner.pause_button.setText(self.tr("Scheduled posts paused"))

    def dismiss_crisis(self) -> None:
        self._crisis_dismissed = crisis_store.status(utcnow()).negative_last_hour
        self.banner.hide()
        self.crisis_changed.emit(False)

    # --- watches ------------------------------------------------------------------------------

    def open_watches(self) -> None:
        from mbdesk.ui.watches_dialog import WatchesDialog

        self.ctx.ensure_orm()
        WatchesDialog(self.ctx, self.account_combo.currentData(), self).exec()
        self.refresh()

    def open_inbox_settings(self) -> None:
        from mbdesk.ui.inbox_settings import InboxSettingsDialog

        self.ctx.ensure_orm()
        InboxSettingsDialog(self.ctx, self).exec()
        self.refresh()
