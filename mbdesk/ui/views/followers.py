"""Who follows the shop: followers of every account (or one), new and lost ones, tags.

The list sorts and filters (account, platform, tag, new this week, lost, search over name,
handle and notes) and tags many people at once. Above it, "Follow requests (N)" lists the people
waiting for a locked account to accept them, with Accept / Reject: the answer goes to the server
on a worker thread, and an accepted person is in the list at once. The side panel shows one
person: facts, tags (add / remove), suggested tags (accept / dismiss), notes saved as they are
typed, their mentions and the shop's replies, and when they followed or left each account.
Names, bios, notes and mention texts are remote or user text and are shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain.suggestions import ENGAGED, KOL, POTENTIAL, Suggestion
from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext
from mbdesk.services.follow_requests import Answer, answer_request
from mbdesk.store import suggest as suggest_store
from mbdesk.store import tags as tag_store
from mbdesk.store.queries import accounts as account_queries
from mbdesk.store.queries import people as queries
from mbdesk.store.queries.people import PeopleFilter, PersonDetail, TagChip
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_local, user_zone, widest_local_time
from mbdesk.ui.models.accounts import platform_name
from mbdesk.ui.models.follow_requests import ACCOUNT as REQUEST_ACCOUNT
from mbdesk.ui.models.follow_requests import ACTIONS as REQUEST_ACTIONS
from mbdesk.ui.models.follow_requests import HANDLE as REQUEST_HANDLE
from mbdesk.ui.models.follow_requests import NAME as REQUEST_NAME
from mbdesk.ui.models.follow_requests import SEEN as REQUEST_SEEN
from mbdesk.ui.models.follow_requests import FollowRequestsModel
from mbdesk.ui.models.follow_requests import PersonIdRole as RequestPersonRole
from mbdesk.ui.models.people import (
    FIRST_SEEN,
    FOLLOWERS,
    HANDLE,
    LAST_INTERACTION,
    LOST,
    NAME,
    PLATFORM,
    SORT_OF_COLUMN,
    TAGS,
    PeopleTableModel,
    PersonIdRole,
    TagsRole,
)
from mbdesk.ui.safe_text import isolate
from mbdesk.ui.tables import list_table
from mbdesk.ui.tag_names import tag_label
from mbdesk.ui.text_fit import fit_placeholder
from mbdesk.ui.views.base import View

SEARCH_DELAY_MS = 250
NOTE_SAVE_DELAY_MS = 800  # notes are saved this long after the last keystroke


def chip_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on a tag's own colour."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


class TagChipsDelegate(QStyledItemDelegate):
    """Paints a row's tags as small rounded chips in each tag's colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        chips: tuple[TagChip, ...] = index.data(TagsRole) or ()
        self.initStyleOption(option, index)
        option.text = ""
        option.icon = option.icon.__class__()
        style = option.widget.style() if option.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.x() + 4
        height = metrics.height() + 2
        y = option.rect.y() + (option.rect.height() - height) // 2
        for chip in chips:
            name = tag_label(chip.name, chip.kind)
            width = metrics.horizontalAdvance(name) + 12
            if x + width > option.rect.right():
                break
            rect = QRect(x, y, width, height)
            color = QColor(chip.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(chip_text_color(color))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        chips: tuple[TagChip, ...] = index.data(TagsRole) or ()
        width = sum(option.fontMetrics.horizontalAdvance(tag_label(c.name, c.kind)) + 16
                    for c in chips) + 8
        return QSize(width, option.fontMetrics.height() + 8)


class FollowersView(View):
    """The followers screen.

    Public for tests: ``model``, ``table``, ``search``, ``account_combo``, ``platform_combo``,
    ``tag_combo``, ``sort_combo``, ``new_check``, ``lost_check``, ``header_label``,
    ``bulk_button``, the side panel widgets (``notes``, ``history``, ``suggestion_rows``...).
    ``ask_tag_name`` is the question "which new tag?" (tests replace it).
    """

    key = "followers"
    note_saved = Signal(int)  # person id, after an autosave landed
    request_answered = Signal(object)  # the services.follow_requests.Answer, on the GUI thread

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PeopleTableModel(self)
        self.requests_model = FollowRequestsModel(self)
        self._current: PersonDetail | None = None
        self._note_person: int | None = None  # whose note the editor holds
        self._loading_note = False
        self._note_dirty = False
        self.suggestions: list[Suggestion] = []
        self.ask_tag_name = self._ask_tag_name
        self._briefs: list[account_queries.AccountBrief] = []
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note_now)
        self._build()

    def title(self) -> str:
        return self.tr("Followers")

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.header_label = QLabel(self)
        font = self.header_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.header_label.setFont(font)
        self.tags_button = QPushButton(self.tr("Tags…"), self)
        self.tags_button.clicked.connect(self.open_tag_manager)
        self.rules_button = QPushButton(self.tr("Suggestion rules…"), self)
        self.rules_button.clicked.connect(self.open_rules)
        top = QHBoxLayout()
        top.addWidget(self.header_label, 1)
        top.addWidget(self.tags_button)
        top.addWidget(self.rules_button)

        self.account_combo = QComboBox(self)
        self.platform_combo = QComboBox(self)
        self.tag_combo = QComboBox(self)
        self.sort_combo = QComboBox(self)
        for key, label in (("newest", self.tr("Newest followers")),
                           ("oldest", self.tr("Oldest followers")),
                           ("followers", self.tr("Most followers")),
                           ("name", self.tr("Name")),
                           ("interaction", self.tr("Last interaction"))):
            self.sort_combo.addItem(label, key)
        self.new_check = QCheckBox(self.tr("New this week"), self)
        self.lost_check = QCheckBox(self.tr("Lost"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search people…"))
        self.search.setToolTip(self.tr("Searches names, notes, and the start of an @handle"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        for combo in (self.account_combo, self.platform_combo, self.tag_combo, self.sort_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.new_check, self.lost_check):
            check.toggled.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        # a push button with a menu: its arrow sits beside the text (a tool button's arrow
        # was drawn over the end of "Etiquetar (1)")
        self.bulk_button = QPushButton(self.tr("Tag selected"), self)
        self.bulk_menu = QMenu(self.bulk_button)
        self.bulk_menu.aboutToShow.connect(self._fill_bulk_menu)
        self.bulk_button.setMenu(self.bulk_menu)
        self.bulk_button.setEnabled(False)
        filters = QHBoxLayout()
        for widget in (self.account_combo, self.platform_combo, self.tag_combo, self.new_check,
                       self.lost_check):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.sort_combo)
        # the bulk action sits with the other tag buttons above: in Spanish the filter row
        # had no room left for its combos ("Todas las plataforma…")
        top.insertWidget(1, self.bulk_button)

        self.table = list_table(self, self.model, multi_select=True, compact=True)
        self.table.setItemDelegateForColumn(TAGS, TagChipsDelegate(self.table))
        header = self.table.horizontalHeader()
        # no stretched handle: it kept the list wider than its pane once a person was open
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()  # the dates' time never cut ("≤ " marks a baseline)
        dates = widest_local_time(metrics) + metrics.horizontalAdvance("≤ ") + 14
        for column, width in ((NAME, 160), (HANDLE, 150), (PLATFORM, 80), (FOLLOWERS, 80),
                              (FIRST_SEEN, dates), (LAST_INTERACTION, dates), (TAGS, 160),
                              (LOST, 50)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # never narrower than its (translated) title
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        # Tags right after the handle: with a person's details open the list is narrower and
        # its right end scrolls out of view; the dates may go there, what you tag may not
        header.moveSection(header.visualIndex(TAGS), header.visualIndex(HANDLE) + 1)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by_column)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([2600, 1000])

        # accounts whose server shows only part of a large follower list (the profile says so)
        self.partial_note = QLabel(self)
        self.partial_note.setObjectName("followers-partial-note")
        self.partial_note.setWordWrap(True)
        self.partial_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.partial_note.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.partial_note)
        layout.addWidget(self._build_requests())
        layout.addWidget(splitter, 1)

    def _build_requests(self) -> QWidget:
        """The "Follow requests (N)" section: hidden while nobody waits."""
        box = QFrame(self)
        box.setObjectName("follow-requests")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.requests_toggle = QToolButton(box)
        self.requests_toggle.setCheckable(True)
        self.requests_toggle.setChecked(True)
        self.requests_toggle.setAutoRaise(True)
        self.requests_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.requests_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        font = self.requests_toggle.font()
        font.setBold(True)
        self.requests_toggle.setFont(font)
        self.requests_toggle.toggled.connect(self._toggle_requests)
        self.requests_hint = QLabel(
            self.tr("These people asked to follow a locked account; they follow it only once "
                    "you accept."), box)
        self.requests_hint.setWordWrap(True)
        self.requests_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head = QHBoxLayout()
        head.addWidget(self.requests_toggle)
        head.addWidget(self.requests_hint, 1)
        self.requests_message = self._plain_label(box)
        self.requests_message.setObjectName("follow-request-problem")
        palette = self.requests_message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#dc2626"))
        self.requests_message.setPalette(palette)
        self.requests_message.hide()
        self.requests_table = list_table(box, self.requests_model, name="follow-requests-table")
        self.requests_table.setShowGrid(False)
        header = self.requests_table.horizontalHeader()
        header.setSectionResizeMode(REQUEST_ACCOUNT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((REQUEST_NAME, 180), (REQUEST_HANDLE, 240), (REQUEST_SEEN, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.requests_table.setColumnWidth(column, max(width,
                                                           header.sectionSizeHint(column)))
        header.setSectionResizeMode(REQUEST_ACTIONS, QHeaderView.ResizeMode.ResizeToContents)
        probe = QPushButton(self.tr("Accept"))
        self.requests_table.verticalHeader().setDefaultSectionSize(
            probe.sizeHint().height() + 4)
        probe.deleteLater()
        self.requests_table.selectionModel().currentRowChanged.connect(
            self._on_request_current_changed)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 2, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.requests_message)
        layout.addWidget(self.requests_table)
        self.requests_box = box
        box.hide()
        return box

    def _plain_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _section_title(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _build_panel(self) -> QWidget:
        pane = QFrame(self)
        pane.setFrameShape(QFrame.Shape.StyledPanel)
        pane.setMinimumWidth(300)
        self.person_name = self._plain_label(pane)
        font = self.person_name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.person_name.setFont(font)
        self.person_box = QWidget(pane)
        box_parent = self.person_box
        self.person_handle = self._plain_label(box_parent)
        self.person_bio = self._plain_label(box_parent)
        self.facts = QFormLayout()
        self.fact_followers = self._plain_label(box_parent)
        self.fact_following = self._plain_label(box_parent)
        self.fact_posts = self._plain_label(box_parent)
        self.fact_flags = self._plain_label(box_parent)
        self.fact_mentions = self._plain_label(box_parent)
        self.fact_follows = self._plain_label(box_parent)
        self.facts.addRow(self.tr("Followers"), self.fact_followers)
        self.facts.addRow(self.tr("Following"), self.fact_following)
        self.facts.addRow(self.tr("Posts"), self.fact_posts)
        self.facts.addRow(self.tr("Flags"), self.fact_flags)
        self.facts.addRow(self.tr("Mentions"), self.fact_mentions)
        self.facts.addRow(self.tr("Follows"), self.fact_follows)
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(4)
        self.add_tag_button = QPushButton(self.tr("+ Tag"), box_parent)
        self.add_tag_menu = QMenu(self.add_tag_button)
        self.add_tag_menu.aboutToShow.connect(self._fill_add_tag_menu)
        self.add_tag_button.setMenu(self.add_tag_menu)
        tags_line = QHBoxLayout()
        tags_line.addLayout(self.tags_row, 1)
        tags_line.addWidget(self.add_tag_button)
        self.suggestion_box = QWidget(box_parent)
        self.suggestion_layout = QVBoxLayout(self.suggestion_box)
        self.suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.suggestion_rows: list[QWidget] = []
        notes_title = self._section_title(self.tr("Notes"), box_parent)
        self.note_status = QLabel(box_parent)
        notes_head = QHBoxLayout()
        notes_head.addWidget(notes_title)
        notes_head.addStretch(1)
        notes_head.addWidget(self.note_status)
        self.notes = QPlainTextEdit(box_parent)
        self.notes.setPlaceholderText(self.tr("Your notes on this person (saved as you type)"))
        self.notes.setMinimumHeight(70)
        self.notes.setMaximumHeight(120)
        self.notes.textChanged.connect(self._on_note_edited)
        history_title = self._section_title(self.tr("History"), box_parent)
        self.history = QListWidget(box_parent)
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(160)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        box = QVBoxLayout(self.person_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.person_handle)
        box.addLayout(tags_line)
        box.addWidget(self.suggestion_box)
        box.addWidget(self.person_bio)
        box.addLayout(self.facts)
        box.addLayout(notes_head)
        box.addWidget(self.notes)
        box.addWidget(history_title)
        box.addWidget(self.history, 1)
        inner = QWidget(pane)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.person_name)
        inner_layout.addWidget(self.person_box, 1)
        scroll = QScrollArea(pane)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.panel = pane
        self._show_person(None)
        return pane

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload accounts, tags, totals and the first page, keeping the filters."""
        self._reload_choices()
        self.apply_filters()

    def _reload_choices(self) -> None:
        combos = (self.account_combo, self.platform_combo, self.tag_combo)
        chosen = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        self.account_combo.addItem(self.tr("All accounts"), None)
        self._briefs = account_queries.account_briefs()
        for acc in self._briefs:
            self.account_combo.addItem(acc.display_name or acc.handle, acc.id)
        self.platform_combo.addItem(self.tr("All platforms"), None)
        for platform in queries.platforms():
            self.platform_combo.addItem(platform_name(platform), platform)
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for tag in queries.all_tags():
            self.tag_combo.addItem(tag_label(tag.name, tag.kind), tag.id)
            self.tag_combo.setItemData(self.tag_combo.count() - 1, QColor(tag.color),
                                       Qt.ItemDataRole.DecorationRole)
        for combo, value in zip(combos, chosen, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(
            account_id=self.account_combo.currentData(),
            tag_id=self.tag_combo.currentData(),
            new_this_week=self.new_check.isChecked(),
            lost=self.lost_check.isChecked(),
            search=self.search.text().strip(),
            platform=self.platform_combo.currentData(),
            sort=self.sort_combo.currentData() or "newest",
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.load_requests()
        keep = self._current.id if self._current else None
        flt = self.current_filter()
        self.model.set_filter(flt)
        totals = queries.totals(flt.account_id)
        locale = QLocale()
        self.header_label.setText(
            self.tr("{now} followers · {new} new this week · {lost} lost this week").format(
                now=locale.toString(totals.followers_now),
                new=locale.toString(totals.new_this_week),
                lost=locale.toString(totals.lost_this_week)))
        self._show_partial_note(flt)
        row = self.model.row_of(lambda r: r.person_id == keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show_person(None)

    def _show_partial_note(self, flt: PeopleFilter) -> None:
        """Say so where an account's server lists only part of its followers (its profile's
        ``followers_partial``): the list is shorter than the count, and that is not a bug."""
        partial = [b for b in self._briefs if b.followers_partial
                   and flt.account_id in (None, b.id) and flt.platform in (None, b.platform)]
        self.partial_note.setText(self.tr(
            "ⓘ {accounts}: the server shows apps only part of a large follower list, so fewer "
            "people may be listed here than the follower count says.").format(
                accounts=join_list(b.display_name or b.handle for b in partial)))
        self.partial_note.setVisible(bool(partial))

    # --- follow requests ----------------------------------------------------------------------

    def load_requests(self) -> None:
        """Reload the pending requests of the account filter (all accounts: every request)."""
        self.requests_model.load(self.account_combo.currentData())
        count = self.requests_model.rowCount()
        self.requests_toggle.setText(self.tr("Follow requests (%n)", "", count))
        for row, request in enumerate(self.requests_model.rows()):
            self.requests_table.setIndexWidget(
                self.requests_model.index(row, REQUEST_ACTIONS), self._request_buttons(request.id))
        rows = min(count, 5)  # the followers list keeps most of the room
        self.requests_table.setFixedHeight(
            self.requests_table.horizontalHeader().sizeHint().height()
            + rows * self.requests_table.verticalHeader().defaultSectionSize() + 4)
        self.requests_box.setVisible(count > 0 or not self.requests_message.isHidden())

    def _toggle_requests(self, shown: bool) -> None:
        self.requests_table.setVisible(shown)
        self.requests_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)

    def _request_buttons(self, request_id: int) -> QWidget:
        cell = QWidget(self.requests_table)
        row = QHBoxLayout(cell)
        row.setContentsMargins(2, 1, 2, 1)
        row.setSpacing(4)
        busy = request_id in self.requests_model.busy
        accept = QPushButton(self.tr("Accept"), cell)
        accept.setObjectName(f"accept-request-{request_id}")
        accept.clicked.connect(lambda: self.answer_request(request_id, True))
        reject = QPushButton(self.tr("Reject"), cell)
        reject.setObjectName(f"reject-request-{request_id}")
        reject.clicked.connect(lambda: self.answer_request(request_id, False))
        for button in (accept, reject):
            button.setEnabled(not busy)
            row.addWidget(button)
        return cell

    def request_buttons(self, request_id: int) -> tuple[QPushButton | None, QPushButton | None]:
        """The Accept and Reject buttons of a listed request (for tests)."""
        accept = self.requests_table.findChild(QPushButton, f"accept-request-{request_id}")
        reject = self.requests_table.findChild(QPushButton, f"reject-request-{request_id}")
        return accept, reject

    def answer_request(self, request_id: int, accept: bool) -> None:
        """Send the answer on a worker thread; the buttons wait until it is back."""
        if request_id in self.requests_model.busy:
            return
        self.requests_model.busy.add(request_id)
        self.requests_message.hide()
        accept_button, reject_button = self.request_buttons(request_id)
        for button in (accept_button, reject_button):
            if button is not None:
                button.setEnabled(False)
        if accept_button is not None and accept:
            accept_button.setText(self.tr("Accepting…"))
        elif reject_button is not None and not accept:
            reject_button.setText(self.tr("Rejecting…"))
        secrets, root = self.ctx.secrets, self.ctx.workspace.root

        def work() -> Answer:
            return answer_request(request_id, accept, secrets=secrets, workspace_root=root)

        def failed(message: str) -> None:
            self._on_answered(Answer(request_id, accept, False, message))

        run_in_background(work, self._on_answered, failed)

    def _on_answered(self, answer: Answer) -> None:
        self.requests_model.busy.discard(answer.request_id)
        if answer.ok:
            self.requests_message.hide()
        else:
            self._show_request_problem(answer)
        self.apply_filters()  # the request leaves the list; an accepted person joins the table
        self.request_answered.emit(answer)

    def _show_request_problem(self, answer: Answer) -> None:
        row = self.requests_model.row_of_request(answer.request_id)
        who = ("@" + self.requests_model.rows()[row].handle.lstrip("@")) if row >= 0 else ""
        what = (self.tr("Could not accept the follow request of {who}.") if answer.accepted
                else self.tr("Could not reject the follow request of {who}.")).format(who=who)
        if answer.gone:
            todo = self.tr("The server no longer has it (withdrawn, or answered in another "
                           "app), so it is no longer listed.")
        elif answer.needs_reauth:
            todo = self.tr("Authorize the account again on the Accounts screen, then try "
                           "again.")
        else:
            todo = self.tr("Check the connection and try again; the request stays listed.")
        reason = f" ({answer.message})" if answer.message else ""
        self.requests_message.setText(f"{what}{reason} {todo}")
        self.requests_message.show()

    def _on_request_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = current.data(RequestPersonRole) if current.isValid() else None
        if person_id is not None:
            self.table.clearSelection()
            self._show_person(queries.detail(person_id))

    def _sort_by_column(self, column: int) -> None:
        key = SORT_OF_COLUMN.get(column)
        if key == "newest" and self.sort_combo.currentData() == "newest":
            key = "oldest"  # a second click on "first seen" turns the order around
        if key is not None:
            self.sort_combo.setCurrentIndex(self.sort_combo.findData(key))

    # --- selection and bulk tagging -----------------------------------------------------------

    def selected_person_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return self.model.person_ids(rows)

    def _on_selection_changed(self, *_args: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.bulk_button.setEnabled(count > 0)
        self.bulk_button.setText(
            self.tr("Tag %n selected", "", count) if count else self.tr("Tag selected"))

    def _tag_menu(self, menu: QMenu, on_tag, skip: set[int] = frozenset()) -> None:
        menu.clear()
        tag_store.ensure_builtin_tags()  # stored in English, shown translated (ui/tag_names)
        for tag in queries.all_tags():
            if tag.id in skip:
                continue
            action = menu.addAction(tag_label(tag.name, tag.kind))
            action.setIcon(_color_icon(tag.color))
            action.triggered.connect(lambda _=False, t=tag.id: on_tag(t))
        menu.addSeparator()
        menu.addAction(self.tr("New tag…")).triggered.connect(lambda: self._new_tag_for(on_tag))

    def _fill_bulk_menu(self) -> None:
        self._tag_menu(self.bulk_menu, self.tag_selected)

    def _fill_add_tag_menu(self) -> None:
        skip = {c.id for c in self._current.tags} if self._current else set()
        self._tag_menu(self.add_tag_menu,
                       lambda t: self._current and self.add_tag(self._current.id, t), skip)

    def _new_tag_for(self, on_tag) -> None:
        name = self.ask_tag_name()
        if name:
            on_tag(tag_store.get_or_create_tag(name))
            self._reload_choices()

    def _ask_tag_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("New tag"), self.tr("Name of the new tag:"))
        return name.strip() if ok and name.strip() else None

    def tag_selected(self, tag_id: int) -> int:
        """Tag every selected person; returns how many got the tag now."""
        ids = self.selected_person_ids()
        added = tag_store.tag_people(ids, tag_id)
        self.model.update_tags(ids)
        self._reshow_current()
        return added

    def add_tag(self, person_id: int, tag_id: int) -> None:
        tag_store.tag_people([person_id], tag_id)
        self.model.update_tags([person_id])
        self._reshow_current()

    def remove_tag(self, person_id: int, tag_id: int) -> None:
        tag_store.untag_people([person_id], tag_id)
        self.model.update_tags([person_id])
        self._reshow_current()

    def _reshow_current(self) -> None:
        if self._current is not None:
            self._show_person(queries.detail(self._current.id))

    # --- dialogs ------------------------------------------------------------------------------

    def open_tag_manager(self) -> None:
        from mbdesk.ui.tag_manager import TagManagerDialog

        dialog = TagManagerDialog(self)
        dialog.changed.connect(self._after_tags_changed)
        dialog.exec()

    def _after_tags_changed(self) -> None:
        self._reload_choices()
        self.model.update_tags()
        self._reshow_current()

    def open_rules(self) -> None:
        from mbdesk.ui.suggestion_rules import SuggestionRulesDialog

        dialog = SuggestionRulesDialog(suggest_store.rules(), self)
        if dialog.exec():
            suggest_store.save_rules(dialog.rules())
            self._reshow_current()

    # --- side panel ---------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = current.data(PersonIdRole) if current.isValid() else None
        if self._current is not None and person_id == self._current.id:
            return
        self._show_person(queries.detail(person_id) if person_id is not None else None)

    def _clear_layout(self, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()

    def _show_person(self, person: PersonDetail | None) -> None:
        if self._current is None or person is None or person.id != self._current.id:
            self.save_note_now()  # a pending note goes to the person it was typed for
        self._current = person
        self._clear_layout(self.tags_row)
        self.person_box.setVisible(person is not None)
        self.panel.setVisible(person is not None)  # the list gets the room while no one is open
        if person is None:
            self.person_name.setText(self.tr("No one selected"))
            for label in (self.person_handle, self.person_bio, self.fact_followers,
                          self.fact_following, self.fact_posts, self.fact_flags,
                          self.fact_mentions, self.fact_follows):
                label.clear()
            self._set_note(None, "")
            self.history.clear()
            self._show_suggestions([])
            return
        locale = QLocale()
        zone = user_zone()
        self.person_name.setText(isolate(person.display_name or person.handle))
        self.person_handle.setText(f"@{isolate(person.handle.lstrip('@'))} · "
                                   f"{platform_name(person.platform)}")
        self.person_bio.setText(person.bio)
        self.person_bio.setVisible(bool(person.bio.strip()))
        self.fact_followers.setText(locale.toString(person.followers_count))
        self.fact_following.setText(locale.toString(person.following_count))
        self.fact_posts.setText(locale.toString(person.posts_count))
        flags = [self.tr("verified")] if person.verified else []
        if person.bot:
            flags.append(self.tr("bot"))
        self.fact_flags.setText(join_list(flags) or "—")
        self.fact_mentions.setText(locale.toString(person.mentions_count))
        lines = []
        for follow in person.follows:
            since = format_local(follow.first_seen, zone)
            if follow.lost_at is None:
                text = (self.tr("{account}: already following on {date}") if follow.baseline
                        else self.tr("{account} since {date}"))
                lines.append(text.format(account=follow.account_name, date=since))
            else:
                text = (self.tr("{account}: already following on {start}, left {date}")
                        if follow.baseline else self.tr("{account}: followed {start}, left {date}"))
                lines.append(text.format(account=follow.account_name, start=since,
                                         date=format_local(follow.lost_at, zone)))
        self.fact_follows.setText("\n".join(lines) or "—")
        for chip in person.tags:
            self.tags_row.addWidget(self._chip(chip, person.id))
        self.tags_row.addStretch(1)
        if self._note_person != person.id:
            self._set_note(person.id, "\n\n".join(person.notes))
        self._fill_history(person.id)
        self._show_suggestions(suggest_store.suggestions_for(
            person.id, self.ctx.workspace.root / "lexicons"))

    def _chip(self, chip: TagChip, person_id: int) -> QWidget:
        box = QFrame(self.person_box)
        box.setObjectName(f"tag-box-{chip.id}")
        box.setAutoFillBackground(True)
        palette = box.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(chip.color))
        palette.setColor(QPalette.ColorRole.WindowText, chip_text_color(QColor(chip.color)))
        palette.setColor(QPalette.ColorRole.ButtonText, chip_text_color(QColor(chip.color)))
        box.setPalette(palette)
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 1, 2, 1)
        row.setSpacing(2)
        label = QLabel(tag_label(chip.name, chip.kind), box)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(f"tag-chip-{chip.id}")
        remove = QToolButton(box)
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setObjectName(f"tag-remove-{chip.id}")
        remove.setToolTip(self.tr("Remove the tag “{0}”").format(tag_label(chip.name,
                                                                          chip.kind)))
        remove.clicked.connect(lambda: self.remove_tag(person_id, chip.id))
        row.addWidget(label)
        row.addWidget(remove)
        return box

    def _fill_history(self, person_id: int) -> None:
        self.history.clear()
        zone = user_zone()
        items = queries.history(person_id)
        if not items:
            self.history.addItem(self.tr("No mentions yet."))
            return
        for item in items:
            when = format_local(item.at, zone)
            text = " ".join(item.text.split())
            if item.kind == "mention":
                line = self.tr("{date} · to {account}: {text}").format(
                    date=when, account=item.account_name, text=text)
            else:
                line = self.tr("↳ {date} · {account} replied ({state}): {text}").format(
                    date=when, account=item.account_name, text=text,
                    state=self._reply_states().get(item.state, item.state))
            entry = QListWidgetItem(line, self.history)
            entry.setData(Qt.ItemDataRole.UserRole, item.kind)
            if item.kind == "reply":
                entry.setForeground(self.palette().color(QPalette.ColorRole.Link))

    def _reply_states(self) -> dict[str, str]:
        return {"queued": self.tr("queued"), "sending": self.tr("sending"),
                "sent": self.tr("sent"), "failed": self.tr("failed"),
                "unknown": self.tr("unknown"), "held": self.tr("held")}

    # --- suggestions --------------------------------------------------------------------------

    def suggestion_text(self, suggestion: Suggestion) -> str:
        locale = QLocale()
        if suggestion.rule == KOL:
            if suggestion.evidence == "verified":
                return self.tr("KOL? The account is verified.")
            return self.tr("KOL? {n} followers.").format(
                n=locale.toString(int(suggestion.evidence)))
        if suggestion.rule == ENGAGED:
            return self.tr("Engaged: mentioned the shop {n} times recently.").format(
                n=suggestion.evidence)
        if suggestion.rule == POTENTIAL:
            return self.tr("Potential customer? Asked “{0}”.").format(suggestion.evidence)
        return suggestion.rule

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        self.suggestions = suggestions
        self._clear_layout(self.suggestion_layout)
        self.suggestion_rows = []
        for suggestion in suggestions:
            row = QFrame(self.suggestion_box)
            row.setFrameShape(QFrame.Shape.StyledPanel)
            row.setObjectName(f"suggestion-{suggestion.rule}")
            line = QHBoxLayout(row)
            line.setContentsMargins(6, 2, 2, 2)
            text = QLabel(self.suggestion_text(suggestion), row)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            accept = QPushButton(self.tr("Accept"), row)
            accept.setObjectName("accept")
            accept.clicked.connect(lambda _=False, r=suggestion.rule: self.accept_suggestion(r))
            dismiss = QPushButton(self.tr("Dismiss"), row)
            dismiss.setObjectName("dismiss")
            dismiss.clicked.connect(lambda _=False, r=suggestion.rule: self.dismiss_suggestion(r))
            line.addWidget(text, 1)
            line.addWidget(accept)
            line.addWidget(dismiss)
            self.suggestion_layout.addWidget(row)
            self.suggestion_rows.append(row)
        self.suggestion_box.setVisible(bool(suggestions))

    def accept_suggestion(self, rule: str) -> None:
        if self._current is None:
            return
        tag_store.ensure_builtin_tags()  # stored in English, shown translated (ui/tag_names)
        suggest_store.accept(self._current.id, rule, self.tr("Engaged"))
        self.model.update_tags([self._current.id])
        self._reload_choices()
        self._reshow_current()

    def dismiss_suggestion(self, rule: str) -> None:
        if self._current is None:
            return
        suggest_store.dismiss(self._current.id, rule)
        self._reshow_current()

    # --- notes (autosaved) --------------------------------------------------------------------

    def _set_note(self, person_id: int | None, text: str) -> None:
        self._loading_note = True
        self._note_dirty = False
        self._note_timer.stop()
        self._note_person = person_id
        self.notes.setPlainText(text)
        self._loading_note = False
        self.note_status.clear()

    def _on_note_edited(self) -> None:
        if self._loading_note or self._note_person is None:
            return
        self.note_status.setText(self.tr("Editing…"))
        self._note_dirty = True
        self._note_timer.start()

    def save_note_now(self) -> None:
        """Write a pending note edit at once (the timer, a person switch, leaving the view)."""
        if not self._note_dirty or self._note_person is None:
            return
        self._note_timer.stop()
        self._note_dirty = False
        person_id = self._note_person
        tag_store.save_note(person_id, self.notes.toPlainText())
        self.note_status.setText(self.tr("Saved"))
        self.note_saved.emit(person_id)

    def hideEvent(self, event) -> None:  # Qt override: a pending note is saved first
        self.save_note_now()
        super().hideEvent(event)


def _color_icon(color: str):
    from mbdesk.ui.tag_manager import color_icon

    return color_icon(color)
