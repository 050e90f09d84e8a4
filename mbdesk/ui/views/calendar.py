"""The posting calendar: month and week views of scheduled posts as chips (account colour, state
mark), drag and drop to move them, good-practice warnings, holidays, queue slots, CSV import and
CSV / iCalendar export, and the "Pause all" switch.

Times are shown in the user's zone (Settings, else the system zone). Moving by days keeps the
local wall-clock time (a 09:00 post stays 09:00 across DST); the week view drops on a day and a
time. A post the server holds moves there through the sync service; without one (or offline) the
move is kept and the next sync applies it — the message bar says so.

Signals:
    day_activated(object): a day cell was double-clicked (a ``datetime.date``).
    open_draft(int): open this draft in the composer (a chip with a draft was clicked).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain import holidays_cal, planning
from mbdesk.errors import MbdeskError
from mbdesk.store import schedule, schedule_io, settings
from mbdesk.store.models import OutboxItem
from mbdesk.store.queries.accounts import account_briefs
from mbdesk.store.queries.outbox import schedule_summary
from mbdesk.store.queries.schedule import best_hours_by_account
from mbdesk.ui.i18n import join_clauses, join_list
from mbdesk.ui.localtime import (
    format_date,
    format_date_range,
    format_local,
    format_month,
    format_time,
    to_utc_naive,
    ui_locale,
    user_zone,
)
from mbdesk.ui.models.outbox import (
    DATE_ROLE,
    DELETED_MARK,
    EXPIRY_MARK,
    MOVING_MARK,
    ON_SERVER_MARK,
    PAUSED_MARK,
    REAUTH_MARK,
    WARNING_MARK,
    CalendarMonthModel,
    DayChip,
    HolidayProvider,
    after_expiry_text,
    chip_state_label,
    kept_by_mbdesk_text,
    needs_reauth_text,
    outbox_state_label,
    paused_label,
    week_start_day,
)
from mbdesk.ui.stored_text import shown
from mbdesk.ui.tip_wrap import wrap_tip
from mbdesk.ui.views.base import View
from mbdesk.ui.views.calendar_grids import MonthGrid, WeekCanvas, WeekScroll

SUMMARY_DAYS = 7
BEST_HOURS_TTL = timedelta(minutes=15)
WARNINGS_SHOWN = 150  # the list's first lines; every warning still marks its chip and day
OFF_PEAK_TOGGLE = "off-peak"  # the warnings list's one line for every "outside best hours"
MONTH, WEEK = "month", "week"


def zone_name(zone) -> str:
    return getattr(zone, "key", "") or ""


class CalendarView(View):
    key = "calendar"
    day_activated = Signal(object)
    open_draft = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CalendarMonthModel(user_zone(), self)
        self.mode = MONTH
        self._week_start = self._start_of_week(datetime.now(self.model.zone).date())
        self._holiday_override = False
        self.details_dialog = None
        self._best_hours_cache: tuple[datetime, object, dict[int, frozenset[int]]] | None = None

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("calendar-summary")
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.pause_switch = QCheckBox(self.tr("Pause all publishing"), self)
        self.pause_switch.setObjectName("calendar-pause")
        self.pause_switch.setToolTip(self.tr(
            "Holds every scheduled post (posts on the server are taken back at the next sync) "
            "until you switch it off. Replies still go out."))
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.pause_switch)

        # the pause banner (shown while paused)
        self.banner = QFrame(self)
        self.banner.setObjectName("calendar-pause-banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#calendar-pause-banner { background: #fde68a; }"
                                  "#calendar-pause-banner QLabel { color: #1f2937; }")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.banner_label = QLabel(self.tr(
            "⏸ Publishing is paused: no scheduled post goes out until you resume."), self.banner)
        self.banner_label.setWordWrap(True)
        bold = self.banner_label.font()
        bold.setBold(True)
        self.banner_label.setFont(bold)
        self.resume_button = QPushButton(self.tr("Resume publishing"), self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.resume_button)
        self.banner.hide()

        # the message bar: the outcome of the last move / import / export
        self.message = QLabel(self)
        self.message.setObjectName("calendar-message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.prev_button = QPushButton("‹", self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QPushButton("›", self)
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("calendar-month")
        month_font = self.month_label.font()
        month_font.setPointSizeF(month_font.pointSizeF() * 1.3)
        month_font.setBold(True)
        self.month_label.setFont(month_font)
        self.month_button = QPushButton(self.tr("Month"), self)
        self.week_button = QPushButton(self.tr("Week"), self)
        self.mode_group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)
        self.slots_button = QPushButton(self.tr("Queue slots…"), self)
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.export_button = QPushButton(self.tr("Export"), self)  # sized to text + arrow
        export_menu = QMenu(self.export_button)
        self.export_csv_action = export_menu.addAction(self.tr("Schedule as CSV…"))
        self.export_ics_action = export_menu.addAction(self.tr("Calendar file (.ics)…"))
        self.export_button.setMenu(export_menu)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.month_label)
        bar.addStretch(1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(12)
        bar.addWidget(self.slots_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)

        self.legend = QLabel(self)
        self.legend.setObjectName("calendar-legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.grid = MonthGrid(self)
        self.grid.setModel(self.model)
        self.grid.doubleClicked.connect(self._on_double_clicked)
        self.grid.clicked.connect(self._on_clicked)
        self.week = WeekCanvas()
        self.week_scroll = WeekScroll(self.week, self)
        self.surfaces = QStackedWidget(self)
        self.surfaces.addWidget(self.grid)
        self.surfaces.addWidget(self.week_scroll)
        for surface in (self.grid, self.week):
            surface.chip_clicked.connect(self.open_post)
            surface.chip_dropped.connect(self.move_chip)
        self.week.more_clicked.connect(self.show_posts_menu)
        self.posts_menu: QMenu | None = None

        # side panel: the chosen day's posts, then the warnings
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.day_heading = QLabel(side)
        self.day_heading.setObjectName("calendar-day-heading")
        self.day_heading.setWordWrap(True)
        self.day_list = QListWidget(side)
        self.day_list.setObjectName("calendar-day-list")
        self.day_list.setWordWrap(True)
        self.day_list.itemActivated.connect(
            lambda item: self.open_post(item.data(Qt.ItemDataRole.UserRole)))
        self.warnings_heading = QLabel(side)
        self.warnings_heading.setObjectName("calendar-warnings-heading")
        self.warnings_list = QListWidget(side)
        self.warnings_list.setObjectName("calendar-warnings")
        self.warnings_list.setWordWrap(True)
        self.warnings_list.itemClicked.connect(self._on_warning_clicked)
        self._off_peak_open = False
        side_layout.addWidget(self.day_heading)
        side_layout.addWidget(self.day_list, 3)
        side_layout.addWidget(self.warnings_heading)
        side_layout.addWidget(self.warnings_list, 2)
        self._selected_day: date | None = None
        self._show_day(None)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.surfaces)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 260])

        self.states_hint = QLabel(self)
        self.states_hint.setObjectName("calendar-states")
        self.states_hint.setText("   ".join(
            f"{mark} {label}" for mark, label in (
                ("◷", outbox_state_label("queued")),
                (ON_SERVER_MARK, outbox_state_label("on_server")),
                ("✓", outbox_state_label("sent")),
                (DELETED_MARK, self.tr("deleted")),
                ("✗", outbox_state_label("failed")),
                ("?", outbox_state_label("unknown")),
                ("‖", self.tr("held")),
                (PAUSED_MARK, paused_label()),
                (MOVING_MARK, self.tr("move waits for the next sync")),
                (WARNING_MARK, self.tr("warning")),
                (REAUTH_MARK, self.tr("account needs re-authorization")),
                (EXPIRY_MARK, self.tr("after the sign-in runs out")),
            )) + "    " + self.tr("Drag a post to move it; click it to open it."))
        self.states_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.states_hint)

        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.show_today)
        self.month_button.clicked.connect(lambda: self.set_mode(MONTH))
        self.week_button.clicked.connect(lambda: self.set_mode(WEEK))
        self.pause_switch.toggled.connect(self.set_paused)
        self.resume_button.clicked.connect(lambda: self.set_paused(False))
        self.slots_button.clicked.connect(self.edit_queue_slots)
        self.import_button.clicked.connect(self.import_csv)
        self.export_csv_action.triggered.connect(self.export_csv)
        self.export_ics_action.triggered.connect(self.export_ics)
        self._update_nav_tooltips()

    def title(self) -> str:
        return self.tr("Calendar")

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        accounts = account_briefs()
        zone = user_zone()
        schedule.clear_applied_moves()
        self.model.set_zone(zone)
        self.model.set_accounts(accounts)
        self.model.set_checks(schedule.rules(), self._best_hours(zone))
        if not self._holiday_override:
            country = settings.get("holiday_country") or holidays_cal.default_country()
            country = "" if country == "-" else country  # "-": no holidays (Settings)
            language = settings.get("language") or ui_locale().name()
            self.model.set_holiday_provider(holidays_cal.provider(country, language)
                                            if country else None)
        self.model.load()
        self._update_label()
        self._update_summary()
        self._update_pause()
        self.legend.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{a.color}">■</span>&nbsp;{_escape(a.name)}' for a in accounts))
        self._after_load()

    def show_month(self, year: int, month: int) -> None:
        self.model.show_month(year, month)
        if self.mode == WEEK:
            self._week_start = self._start_of_week(date(year, month, 1))
        self._after_load(clear_day=True)

    def show_week(self, day: date) -> None:
        """Show the week holding ``day`` (switches to the week view)."""
        self._week_start = self._start_of_week(day)
        self.set_mode(WEEK)

    def show_today(self) -> None:
        today = datetime.now(self.model.zone).date()
        self._week_start = self._start_of_week(today)
        self.model.show_month(today.year, today.month)
        self._after_load()
        self._show_day(today)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.month_button.setChecked(mode == MONTH)
        self.week_button.setChecked(mode == WEEK)
        self.surfaces.setCurrentIndex(0 if mode == MONTH else 1)
        if mode == WEEK:
            self._load_month_of(self._week_start)
            self.week_scroll.verticalScrollBar().setValue(self.week.y_of(time(7, 0)))
        self._update_nav_tooltips()
        self._after_load()

    def set_holiday_provider(self, provider: HolidayProvider | None) -> None:
        """Use ``provider`` instead of the Settings country (tests, other sources)."""
        self._holiday_override = provider is not None
        self.model.set_holiday_provider(provider)
        self.model.load()
        self._after_load()

    def set_paused(self, paused: bool) -> None:
        """The "Pause all" switch: stored at once; the sync engine reads it on every run."""
        if paused != schedule.is_paused():
            schedule.set_paused(paused)
            sync = self.ctx.services.get("sync")
            if sync is not None:
                sync.sync_now()
            self._say(self.tr("Publishing is paused: every scheduled post is held.") if paused
                      else self.tr("Publishing resumed: scheduled posts go out at their time."))
        self._update_pause()

    # -- moving and opening posts ------------------------------------------------------------
    def move_chip(self, post_id: int, day: date, clock: time | None = None) -> bool:
        """Move a post to ``day`` (keeping its local wall-clock time) or to ``day`` at ``clock``.
        What a drop does; returns whether it moved."""
        chip = self.model.chip(post_id)
        zone = self.model.zone
        if chip is not None:
            current = to_utc_naive(chip.local_time)
        else:
            current = OutboxItem.select(OutboxItem.scheduled_at).where(
                OutboxItem.id == post_id).scalar()
        if current is None:
            self._say(self.tr("That post is no longer in the outbox."), error=True)
            return False
        when = (planning.move_to_day(current, zone, day) if clock is None
                else planning.move_to(day, clock, zone))
        if when == current:
            return False
        try:
            result = schedule.move_post(post_id, when, zone_name(zone))
        except schedule.ScheduleError as exc:
            self._say(self._move_error(exc), error=True)
            return False
        sync = self.ctx.services.get("sync")
        stamp = format_local(when, zone, long=True)
        if result.pending:
            online = sync is not None and not self._account_offline(sync, result.account_id)
            if sync is not None:
                sync.move_item(result.account_id, post_id, when)
            if online:
                self._say(self.tr("Moved to {when}. The copy on the server is being moved too.")
                          .format(when=stamp))
            else:
                self._say(self.tr(
                    "Moved to {when} here. The server still holds it at the old time: the move "
                    "is kept and applied by the next sync (mbdesk is not syncing now). If no sync "
                    "runs before the old time, the server publishes it then.").format(when=stamp),
                    warning=True)
        else:
            if sync is not None:
                sync.publish_now(result.account_id)
            self._say(self.tr("Moved to {when}.").format(when=stamp))
        self.model.load()
        self._after_load()
        return True

    def open_post(self, post_id: int) -> None:
        """A chip with a draft opens in the composer; anything else in a details dialog."""
        chip = self.model.chip(post_id)
        if chip is not None:
            self._show_day(chip.local_time.date())
        item = OutboxItem.get_or_none(OutboxItem.id == post_id)
        if item is None:
            return
        if item.draft_id is not None:
            self.open_draft.emit(item.draft_id)
            return
        from mbdesk.ui.calendar_dialogs import PostDetailsDialog

        account = chip.account if chip else str(item.account_id)
        self.details_dialog = PostDetailsDialog(
            item.body, account, item.scheduled_at, outbox_state_label(item.state),
            shown(item.last_error), self.model.zone, self)
        self.details_dialog.open()

    # -- queue slots, import, export ---------------------------------------------------------
    def edit_queue_slots(self) -> None:
        from mbdesk.ui.calendar_dialogs import QueueSlotsDialog

        accounts = account_briefs()
        if not accounts:
            self._say(self.tr("Connect an account first (Accounts)."), error=True)
            return
        dialog = QueueSlotsDialog(accounts, self)
        if dialog.exec():
            self._say(self.tr("Queue slots saved."))

    def import_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import posts from CSV"), "",
                                                  self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        from mbdesk.ui.calendar_dialogs import ImportReportDialog

        allow_outside = False
        while True:
            report = self.check_import(Path(path), allow_media_outside=allow_outside)
            dialog = ImportReportDialog(Path(path), report, self.model.zone, self)
            result = dialog.exec()
            if result == ImportReportDialog.ALLOW_OUTSIDE and not allow_outside:
                allow_outside = True  # the owner confirmed: check the file again
                continue
            break
        if result == QDialog.DialogCode.Accepted.value and report.importable:
            self.apply_import(report)

    def check_import(self, path: Path, *, allow_media_outside: bool = False):
        zone = self.model.zone
        return schedule_io.check_import(path, zone_name(zone),
                                        allow_media_outside=allow_media_outside)

    def apply_import(self, report) -> list[int]:
        try:
            ids = schedule_io.import_rows(report.valid, self.ctx.workspace.media)
        except (OSError, ValueError, MbdeskError) as exc:
            self._say(self.tr("Nothing was imported: {error}").format(error=exc), error=True)
            return []
        self._say(self.tr("%n post(s) imported and scheduled.", "", len(ids)))
        sync = self.ctx.services.get("sync")
        if sync is not None:
            sync.sync_now()
        self.refresh()
        return ids

    def export_csv(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the schedule"),
                                                  "schedule.csv", self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            Path(path).write_text(schedule_io.export_csv(self.model.zone), encoding="utf-8")
        except OSError as exc:
            self._say(self.tr("Could not write {path}: {error}").format(path=path,
                                                                        error=exc.strerror),
                      error=True)
            return
        self._say(self.tr("Schedule saved to {path}.").format(path=path))

    def export_ics(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to a calendar app"),
                                                  "mbdesk-posts.ics",
                                                  self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        try:
            Path(path).write_bytes(schedule_io.export_ics())
        except OSError as exc:
            self._say(self.tr("Could not write {path}: {error}").format(path=path,
                                                                        error=exc.strerror),
                      error=True)
            return
        self._say(self.tr("Calendar file saved to {path}: open it in any calendar app.")
                  .format(path=path))

    # -- internals ---------------------------------------------------------------------------
    def _best_hours(self, zone) -> dict[int, frozenset[int]]:
        """Each account's best hours; history changes slowly, so kept for a quarter hour (the
        query reads every post's metrics: ~90 ms on a 20,000-post shop)."""
        now = datetime.now(UTC).replace(tzinfo=None)
        cached = self._best_hours_cache
        if cached is None or cached[1] != zone or now - cached[0] > BEST_HOURS_TTL:
            cached = (now, zone, best_hours_by_account(zone, now))
            self._best_hours_cache = cached
        return cached[2]

    def _start_of_week(self, day: date) -> date:
        first = week_start_day(ui_locale())
        return day - timedelta(days=(day.weekday() - first) % 7)

    def _load_month_of(self, day: date) -> None:
        if (self.model.year, self.model.month) != (day.year, day.month):
            self.model.show_month(day.year, day.month)

    def _step(self, steps: int) -> None:
        if self.mode == MONTH:
            self.model.step(steps)
        else:
            self._week_start += timedelta(days=7 * steps)
            self._load_month_of(self._week_start)
        self._after_load(clear_day=True)

    def _after_load(self, clear_day: bool = False) -> None:
        self._update_label()
        if self.mode == WEEK:
            end = self._week_start + timedelta(days=6)
            days = self.model.chips_between(self._week_start, end)
            holidays = {self._week_start + timedelta(days=i):
                        self.model.holidays_on(self._week_start + timedelta(days=i))
                        for i in range(7)}
            warnings = {d: self.model.warnings_on(d) for d in holidays}
            self.week.set_week(self._week_start, days, holidays, warnings,
                               datetime.now(self.model.zone).date())
            self.week_scroll.header.update()
        self._update_warnings()
        self._show_day(None if clear_day else self._selected_day)

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
        locale = ui_locale()
        chips = self.model.chips_on(day)
        heading = self.tr("{day}: %n post(s)", "", len(chips)).format(
            day=format_date(day, "long", locale))
        holidays = self.model.holidays_on(day)
        if holidays:
            heading += "\n" + " · ".join(holidays)
        self.day_heading.setText(heading)
        for chip in chips:
            item = QListWidgetItem(f"{chip.text(locale)}\n{chip.account} · "
                                   f"{self._state_text(chip)}")
            item.setData(Qt.ItemDataRole.UserRole, chip.post_id)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(chip.color))
            tips = ["\n".join(wrap_tip(shown(chip.last_error)))] if chip.last_error else []
            tips += [kept_by_mbdesk_text()] if chip.kept_by_mbdesk else []
            tips += [after_expiry_text()] if chip.after_expiry else []
            tips += [needs_reauth_text()] if chip.needs_reauth else []
            tips += ["\n".join(wrap_tip("ℹ " + shown(chip.note)))] if chip.note else []
            tips += [self._warning_kind_text(kind) for kind in chip.warnings]
            if tips:
                item.setToolTip("\n".join(tips))
            self.day_list.addItem(item)

    def _state_text(self, chip: DayChip) -> str:
        text = chip_state_label(chip)
        if chip.kept_by_mbdesk:
            text += " · " + self.tr("local scheduling only (kept by mbdesk)")
        if chip.moving:
            text += " · " + self.tr("move waits for the next sync")
        return text

    def _warning_kind_text(self, kind: str) -> str:
        return {
            planning.WARN_TOO_MANY: self.tr("More posts that day than your limit"),
            planning.WARN_TOO_CLOSE: self.tr("Too close to another post of this account"),
            planning.WARN_OFF_PEAK: self.tr("Outside this account's best hours"),
        }.get(kind, kind)

    def warning_texts(self) -> list[str]:
        return [self.warnings_list.item(i).text() for i in range(self.warnings_list.count())]

    def _update_warnings(self) -> None:
        """Real problems first (failed, sign-in gone, over the day's limit, too close), each
        on its line; the soft "outside its best hours" ones folded into one line that lists
        them when clicked."""
        self.warnings_list.clear()
        if self.mode == WEEK:
            first, last = self._week_start, self._week_start + timedelta(days=6)
        else:
            first = date(self.model.year, self.model.month, 1)
            last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
        warnings = [w for w in self.model.warnings if first <= w.day <= last]
        locale = ui_locale()
        rules = schedule.rules()
        days: dict[date, str] = {}

        def day_text(day: date) -> str:
            return days.get(day) or days.setdefault(day, format_date(day, "weekday_month",
                                                                     locale))

        def chip_line(chip: DayChip) -> str:
            clock = format_time(chip.local_time.time(), locale)
            return f"{day_text(chip.local_time.date())} {clock} · {chip.account}"

        problems: list[tuple[int, date, str, date]] = []  # rank, sort day, text, day
        # a sign-in that is gone blocks every post of the account: one line per account
        blocked: dict[tuple[str, str], list[DayChip]] = {}
        for chips in self.model.chips_between(first, last).values():
            for chip in chips:
                day = chip.local_time.date()
                if chip.needs_reauth:
                    blocked.setdefault((REAUTH_MARK, chip.account), []).append(chip)
                elif chip.after_expiry:
                    blocked.setdefault((EXPIRY_MARK, chip.account), []).append(chip)
                if chip.state == "failed":
                    problems.append((0, day, "✗ " + self.tr("{post}: failed").format(
                        post=chip_line(chip)), day))
        for (mark, account), chips in blocked.items():
            chips.sort(key=lambda c: c.local_time)
            if mark == REAUTH_MARK:
                text = self.tr("{account} needs re-authorization: %n post(s) will not go out "
                               "(the first {when})", "", len(chips))
            else:
                text = self.tr("{account}: %n post(s) due after the sign-in runs out (the "
                               "first {when})", "", len(chips))
            when = (f"{day_text(chips[0].local_time.date())} "
                    f"{format_time(chips[0].local_time.time(), locale)}")
            day = chips[0].local_time.date()
            problems.append((0, day, f"{mark} " + text.format(account=account, when=when), day))
        soft = []
        for warning in warnings:
            brief = self.model.account(warning.account_id)
            account = brief.name if brief else "?"
            if warning.kind == planning.WARN_TOO_MANY:
                text = self.tr("{day} · {account}: {count} posts (limit {limit} a day)").format(
                    day=day_text(warning.day), account=account, count=warning.count,
                    limit=rules.max_per_day)
                problems.append((1, warning.day, f"{WARNING_MARK} {text}", warning.day))
            elif warning.kind == planning.WARN_TOO_CLOSE:
                text = self.tr("{day} · {account}: two posts {minutes} min apart (keep at least "
                               "{gap} min)").format(day=day_text(warning.day), account=account,
                                                    minutes=warning.count,
                                                    gap=rules.min_gap_minutes)
                problems.append((1, warning.day, f"{WARNING_MARK} {text}", warning.day))
            else:
                soft.append(warning)
        problems.sort(key=lambda p: (p[0], p[1]))
        for _, _, text, day in problems[:WARNINGS_SHOWN]:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.warnings_list.addItem(item)
        if len(problems) > WARNINGS_SHOWN:
            self.warnings_list.addItem(self.tr("… and %n more (see the ⚠ days)", "",
                                               len(problems) - WARNINGS_SHOWN))
        if soft:
            arrow = "▾" if self._off_peak_open else "▸"
            item = QListWidgetItem(f"{arrow} " + self.tr(
                "%n post(s) outside their account's best hours", "", len(soft)))
            item.setData(Qt.ItemDataRole.UserRole, OFF_PEAK_TOGGLE)
            item.setToolTip(self.tr("A soft hint: these posts may reach fewer people. Click to "
                                    "list them."))
            self.warnings_list.addItem(item)
        if soft and self._off_peak_open:
            for warning in soft[:WARNINGS_SHOWN]:
                brief = self.model.account(warning.account_id)
                chip = self.model.chip(warning.post_ids[0])
                clock = format_time(chip.local_time.time(), locale) if chip else ""
                hours = join_list(format_time(time(h), locale, hour_only=True)
                                  for h in warning.hours)
                text = self.tr("{day} {time} · {account}: outside its best hours ({hours})"
                               ).format(day=day_text(warning.day), time=clock,
                                        account=brief.name if brief else "?", hours=hours)
                item = QListWidgetItem(f"    {text}")
                item.setData(Qt.ItemDataRole.UserRole, warning.day)
                self.warnings_list.addItem(item)
        if problems:
            heading = self.tr("To fix: %n", "", len(problems))
            if soft:
                heading = join_clauses([heading, self.tr("%n hint(s)", "", len(soft))])
        elif soft:
            heading = self.tr("Nothing to fix; %n hint(s)", "", len(soft))
        else:
            heading = self.tr("No warnings")
        self.warnings_heading.setText(heading)

    def _on_warning_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data == OFF_PEAK_TOGGLE:
            self._off_peak_open = not self._off_peak_open
            self._update_warnings()
        elif isinstance(data, date):
            self._show_day(data)

    def show_posts_menu(self, post_ids: list[int], where) -> QMenu:
        """The posts behind a week chip's "+N" badge, as a menu: pick one to open it."""
        menu = QMenu(self)
        locale = ui_locale()
        for post_id in post_ids:
            chip = self.model.chip(post_id)
            if chip is None:
                continue
            action = menu.addAction(f"{chip.text(locale)} — {chip.account} "
                                    f"({chip_state_label(chip)})")
            action.triggered.connect(lambda _=False, pid=post_id: self.open_post(pid))
        self.posts_menu = menu
        menu.popup(where)
        return menu

    def _update_label(self) -> None:
        locale = ui_locale()
        if self.mode == MONTH:
            title = format_month(date(self.model.year, self.model.month, 1), locale)
            self.month_label.setText(title[:1].upper() + title[1:])  # a title: "Diciembre de"
            return
        end = self._week_start + timedelta(days=6)
        self.month_label.setText(self.tr("Week {week}: {range}").format(
            week=self._week_start.isocalendar().week,
            range=format_date_range(self._week_start, end, locale)))

    def _update_nav_tooltips(self) -> None:
        week = self.mode == WEEK
        self.prev_button.setToolTip(self.tr("Previous week") if week else self.tr("Previous month"))
        self.next_button.setToolTip(self.tr("Next week") if week else self.tr("Next month"))

    def _update_summary(self) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        summary = schedule_summary(now, SUMMARY_DAYS)
        parts = [self.tr("%n post(s) scheduled in the next 7 days", "", summary.scheduled)]
        if summary.failed:
            parts.append(self.tr("%n failed", "", summary.failed))
        if summary.held:
            parts.append(self.tr("%n held for your decision", "", summary.held))
        self.summary_label.setText(join_clauses(parts))

    def _update_pause(self) -> None:
        paused = schedule.is_paused()
        self.pause_switch.blockSignals(True)
        self.pause_switch.setChecked(paused)
        self.pause_switch.blockSignals(False)
        self.banner.setVisible(paused)

    def _say(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        self.message.setText(("✗ " if error else "⚠ " if warning else "✓ ") + text)
        self.message.setProperty("kind", "error" if error else "warning" if warning else "ok")
        self.message.show()

    def _move_error(self, exc: schedule.ScheduleError) -> str:
        return {
            "past": self.tr("Not moved: that time is in the past. Drop it on a later day or "
                            "hour."),
            "not_movable": self.tr("Not moved: this post has already gone out (or is going "
                                   "out)."),
            "gone": self.tr("Not moved: the post is no longer in the outbox."),
            "reply": self.tr("Not moved: replies go out as soon as possible."),
            "raced": self.tr("Not moved: the post changed meanwhile; try again."),
        }.get(exc.code, exc.message)

    @staticmethod
    def _account_offline(sync, account_id: int) -> bool:
        states = getattr(sync, "account_states", {}) or {}
        return states.get(account_id) in ("offline", "error")

    def _on_double_clicked(self, index: QModelIndex) -> None:
        day: date | None = index.data(DATE_ROLE)
        if day is not None:
            self.day_activated.emit(day)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
