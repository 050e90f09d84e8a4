"""The posting calendar: a month of scheduled posts as coloured chips, per account colour.

A summary line says what is coming and what needs attention; prev / today / next move the month.
Times are shown in the user's zone (Settings, else the system zone). The grid is one
``QTableView`` painted by ``CalendarDayDelegate``, never a widget per post.

Holidays: ``set_holiday_provider(fn)`` with ``fn(first_day, last_day) -> {date: [names]}``.

Signals:
    day_activated(object): a day cell was double-clicked (a ``datetime.date``), for the week
        view / new-post-on-this-day features to come.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mbdesk.store.queries.accounts import account_briefs
from mbdesk.store.queries.outbox import schedule_summary
from mbdesk.ui.localtime import user_zone
from mbdesk.ui.models.outbox import (
    DATE_ROLE,
    ON_SERVER_MARK,
    CalendarDayDelegate,
    CalendarMonthModel,
    HolidayProvider,
    outbox_state_label,
)
from mbdesk.ui.views.base import View

SUMMARY_DAYS = 7


class CalendarView(View):
    key = "calendar"
    day_activated = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CalendarMonthModel(user_zone(), self)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("calendar-summary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.prev_button = QPushButton("‹", self)
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QPushButton("›", self)
        self.next_button.setToolTip(self.tr("Next month"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("calendar-month")
        month_font = self.month_label.font()
        month_font.setPointSizeF(month_font.pointSizeF() * 1.3)
        month_font.setBold(True)
        self.month_label.setFont(month_font)
        self.legend = QLabel(self)
        self.legend.setObjectName("calendar-legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.month_label)
        bar.addStretch(1)
        bar.addWidget(self.legend)

        self.grid = QTableView(self)
        self.grid.setObjectName("calendar-grid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(CalendarDayDelegate(self.grid))
        self.grid.setShowGrid(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setHighlightSections(False)
        self.grid.doubleClicked.connect(self._on_double_clicked)
        self.grid.clicked.connect(self._on_clicked)

        # The chosen day's posts in full: where "+N more" leads.
        self.day_panel = QWidget(self)
        panel_layout = QVBoxLayout(self.day_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.day_heading = QLabel(self.day_panel)
        self.day_heading.setObjectName("calendar-day-heading")
        self.day_heading.setWordWrap(True)
        self.day_list = QListWidget(self.day_panel)
        self.day_list.setObjectName("calendar-day-list")
        self.day_list.setWordWrap(True)
        panel_layout.addWidget(self.day_heading)
        panel_layout.addWidget(self.day_list, 1)
        self._selected_day: date | None = None
        self._show_day(None)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.day_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 240])

        self.states_hint = QLabel(self)
        self.states_hint.setObjectName("calendar-states")
        self.states_hint.setText("   ".join(
            f"{mark} {label}" for mark, label in (
                ("◷", outbox_state_label("queued")),
                (ON_SERVER_MARK, outbox_state_label("queued", on_server=True)),
                ("✓", outbox_state_label("sent")),
                ("✗", outbox_state_label("failed")),
                ("?", outbox_state_label("unknown")),
                ("‖", self.tr("held")),
            )))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.summary_label)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.states_hint)

        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.show_today)

    def title(self) -> str:
        return self.tr("Calendar")

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        accounts = account_briefs()
        self.model.set_zone(user_zone())
        self.model.set_accounts(accounts)
        self.model.load()
        self._update_month_label()
        self._update_summary()
        self.legend.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{a.color}">■</span>&nbsp;{_escape(a.name)}' for a in accounts))
        self._show_day(self._selected_day)

    def show_month(self, year: int, month: int) -> None:
        self.model.show_month(year, month)
        self._update_month_label()
        self._show_day(None)

    def show_today(self) -> None:
        self.model.show_today()
        self._update_month_label()
        self._show_day(datetime.now(self.model.zone).date())

    def set_holiday_provider(self, provider: HolidayProvider | None) -> None:
        """Public holidays come from a later issue; this is where they plug in."""
        self.model.set_holiday_provider(provider)
        self.model.load()

    # -- internals ---------------------------------------------------------------------------
    def _step(self, months: int) -> None:
        self.model.step(months)
        self._update_month_label()
        self._show_day(None)

    def _on_clicked(self, index: QModelIndex) -> None:
        self._show_day(index.data(DATE_ROLE))

    def _show_day(self, day: date | None) -> None:
        """List every post of ``day`` (the cell shows only what fits)."""
        self._selected_day = day
        self.model.set_selected(day)
        self.day_list.clear()
        if day is None:
            self.day_heading.setText(self.tr("Click a day to see all its posts."))
            return
        locale = QLocale()
        chips = self.model.chips_on(day)
        self.day_heading.setText(self.tr("{day}: %n post(s)", "", len(chips)).format(
            day=locale.toString(day, QLocale.FormatType.LongFormat)))
        for chip in chips:
            item = QListWidgetItem(f"{chip.text(locale)}\n{chip.account} · "
                                   f"{outbox_state_label(chip.state, chip.on_server)}")
            item.setData(Qt.ItemDataRole.UserRole, chip.post_id)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(chip.color))
            if chip.last_error:
                item.setToolTip(chip.last_error)
            self.day_list.addItem(item)

    def _update_month_label(self) -> None:
        locale = QLocale()
        name = locale.standaloneMonthName(self.model.month, QLocale.FormatType.LongFormat)
        self.month_label.setText(self.tr("{month} {year}").format(month=name.capitalize(),
                                                                  year=self.model.year))

    def _update_summary(self) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        summary = schedule_summary(now, SUMMARY_DAYS)
        parts = [self.tr("%n post(s) scheduled in the next 7 days", "", summary.scheduled)]
        if summary.failed:
            parts.append(self.tr("%n failed", "", summary.failed))
        if summary.held:
            parts.append(self.tr("%n held for your decision", "", summary.held))
        self.summary_label.setText(", ".join(parts))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        day: date | None = index.data(DATE_ROLE)
        if day is not None:
            self.day_activated.emit(day)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
