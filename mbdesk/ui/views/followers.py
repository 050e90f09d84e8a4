"""Who follows the shop: followers of every account (or one), new and lost ones, tags.

The side panel shows one person's facts, the accounts they follow, tags and notes (read-only
here). Names, bios and notes are remote or user text and are shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbdesk.services.context import AppContext
from mbdesk.store.queries import accounts as account_queries
from mbdesk.store.queries import people as queries
from mbdesk.store.queries.people import PeopleFilter, PersonDetail, TagChip
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.people import (
    FIRST_SEEN,
    FOLLOWERS,
    HANDLE,
    LOST,
    NAME,
    PLATFORM,
    TAGS,
    PeopleTableModel,
    PersonIdRole,
    TagsRole,
)
from mbdesk.ui.views.base import View

SEARCH_DELAY_MS = 250


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
            width = metrics.horizontalAdvance(chip.name) + 12
            if x + width > option.rect.right():
                break
            rect = QRect(x, y, width, height)
            color = QColor(chip.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(chip_text_color(color))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip.name)
            x += width + 4
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        chips: tuple[TagChip, ...] = index.data(TagsRole) or ()
        width = sum(option.fontMetrics.horizontalAdvance(c.name) + 16 for c in chips) + 8
        return QSize(width, option.fontMetrics.height() + 8)


class FollowersView(View):
    """The followers screen.

    Public for tests: ``model``, ``table``, ``search``, ``account_combo``, ``tag_combo``,
    ``new_check``, ``lost_check``, ``header_label`` and the side panel labels.
    """

    key = "followers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PeopleTableModel(self)
        self._current: PersonDetail | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
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

        self.account_combo = QComboBox(self)
        self.tag_combo = QComboBox(self)
        self.new_check = QCheckBox(self.tr("New this week"), self)
        self.lost_check = QCheckBox(self.tr("Lost"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, or @handle prefix…"))
        self.search.setClearButtonEnabled(True)
        for combo in (self.account_combo, self.tag_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        for check in (self.new_check, self.lost_check):
            check.toggled.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        filters = QHBoxLayout()
        for widget in (self.account_combo, self.tag_combo, self.new_check, self.lost_check):
            filters.addWidget(widget)
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
        self.table.setItemDelegateForColumn(TAGS, TagChipsDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HANDLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 170), (PLATFORM, 80), (FOLLOWERS, 80),
                              (FIRST_SEEN, 130), (TAGS, 160), (LOST, 50)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])  # a ratio: the table gets three quarters

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _plain_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_panel(self) -> QWidget:
        pane = QFrame(self)
        pane.setFrameShape(QFrame.Shape.StyledPanel)
        pane.setMinimumWidth(260)
        self.person_name = self._plain_label(pane)
        font = self.person_name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.person_name.setFont(font)
        self.person_handle = self._plain_label(pane)
        self.person_bio = self._plain_label(pane)
        self.facts = QFormLayout()
        self.fact_followers = self._plain_label(pane)
        self.fact_following = self._plain_label(pane)
        self.fact_posts = self._plain_label(pane)
        self.fact_flags = self._plain_label(pane)
        self.fact_mentions = self._plain_label(pane)
        self.fact_follows = self._plain_label(pane)
        self.facts.addRow(self.tr("Followers"), self.fact_followers)
        self.facts.addRow(self.tr("Following"), self.fact_following)
        self.facts.addRow(self.tr("Posts"), self.fact_posts)
        self.facts.addRow(self.tr("Flags"), self.fact_flags)
        self.facts.addRow(self.tr("Mentions"), self.fact_mentions)
        self.facts.addRow(self.tr("Follows"), self.fact_follows)
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(4)
        notes_title = QLabel(self.tr("Notes"), pane)
        self.notes = QPlainTextEdit(pane)
        self.notes.setReadOnly(True)
        # Everything below the name is about one person: hidden while no one is selected.
        self.person_box = QWidget(pane)
        box = QVBoxLayout(self.person_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.person_handle)
        box.addLayout(self.tags_row)
        box.addWidget(self.person_bio)
        box.addLayout(self.facts)
        box.addWidget(notes_title)
        box.addWidget(self.notes, 1)
        layout = QVBoxLayout(pane)
        layout.addWidget(self.person_name)
        layout.addWidget(self.person_box, 1)
        layout.addStretch(0)
        self.panel = pane
        self._show_person(None)
        return pane

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload accounts, tags, totals and the first page, keeping the filters."""
        self._reload_choices()
        self.apply_filters()

    def _reload_choices(self) -> None:
        chosen_account = self.account_combo.currentData()
        chosen_tag = self.tag_combo.currentData()
        for combo in (self.account_combo, self.tag_combo):
            combo.blockSignals(True)
            combo.clear()
        self.account_combo.addItem(self.tr("All accounts"), None)
        for acc in account_queries.account_briefs():
            self.account_combo.addItem(acc.display_name or acc.handle, acc.id)
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for tag in queries.all_tags():
            self.tag_combo.addItem(tag.name, tag.id)
            self.tag_combo.setItemData(self.tag_combo.count() - 1, QColor(tag.color),
                                       Qt.ItemDataRole.DecorationRole)
        for combo, chosen in ((self.account_combo, chosen_account),
                              (self.tag_combo, chosen_tag)):
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def current_filter(self) -> PeopleFilter:
        return PeopleFilter(
            account_id=self.account_combo.currentData(),
            tag_id=self.tag_combo.currentData(),
            new_this_week=self.new_check.isChecked(),
            lost=self.lost_check.isChecked(),
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
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
        row = self.model.row_of(lambda r: r.person_id == keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._show_person(None)

    # --- side panel ---------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = current.data(PersonIdRole) if current.isValid() else None
        self._show_person(queries.detail(person_id) if person_id is not None else None)

    def _clear_tags(self) -> None:
        while self.tags_row.count():
            item = self.tags_row.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()

    def _show_person(self, person: PersonDetail | None) -> None:
        self._current = person
        self._clear_tags()
        self.person_box.setVisible(person is not None)
        if person is None:
            self.person_name.setText(self.tr("No one selected"))
            for label in (self.person_handle, self.person_bio, self.fact_followers,
                          self.fact_following, self.fact_posts, self.fact_flags,
                          self.fact_mentions, self.fact_follows):
                label.clear()
            self.notes.clear()
            return
        locale = QLocale()
        zone = user_zone()
        self.person_name.setText(person.display_name or person.handle)
        self.person_handle.setText(f"@{person.handle.lstrip('@')} · {person.platform.capitalize()}")
        self.person_bio.setText(person.bio)
        self.person_bio.setVisible(bool(person.bio.strip()))
        self.fact_followers.setText(locale.toString(person.followers_count))
        self.fact_following.setText(locale.toString(person.following_count))
        self.fact_posts.setText(locale.toString(person.posts_count))
        flags = [self.tr("verified")] if person.verified else []
        if person.bot:
            flags.append(self.tr("bot"))
        self.fact_flags.setText(", ".join(flags) or "—")
        self.fact_mentions.setText(locale.toString(person.mentions_count))
        lines = []
        for follow in person.follows:
            since = format_local(follow.first_seen, zone)
            if follow.lost_at is None:
                lines.append(self.tr("{account} since {date}").format(
                    account=follow.account_name, date=since))
            else:
                lines.append(self.tr("{account}: left {date}").format(
                    account=follow.account_name, date=format_local(follow.lost_at, zone)))
        self.fact_follows.setText("\n".join(lines) or "—")
        for chip in person.tags:
            label = QLabel(chip.name, self.panel)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAutoFillBackground(True)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(chip.color))
            palette.setColor(QPalette.ColorRole.WindowText, chip_text_color(QColor(chip.color)))
            label.setPalette(palette)
            label.setContentsMargins(6, 1, 6, 1)
            label.setObjectName(f"tag-chip-{chip.id}")
            self.tags_row.addWidget(label)
        self.tags_row.addStretch(1)
        self.notes.setPlainText("\n\n".join(person.notes))
