"""The posting calendar's month as a table model (weeks × 7 days) and the delegate that paints
each day's scheduled posts as chips.

No widget per post: a day cell is painted in one go by ``CalendarDayDelegate``, so a month with a
thousand posts costs 35–42 cell paints. Holidays are a hook: ``set_holiday_provider`` takes a
function ``(first_day, last_day) -> {date: [names]}``; the delegate prints the names in the cell.

Roles on every cell: ``DATE_ROLE`` (``datetime.date``), ``CHIPS_ROLE`` (list of ``DayChip``),
``IN_MONTH_ROLE`` (bool), ``HOLIDAYS_ROLE`` (list of str), ``TODAY_ROLE`` (bool),
``SELECTED_ROLE`` (bool: the day whose posts the view lists), ``WARNINGS_ROLE`` (int: the
good-practice warnings of that day).

Chip geometry comes from :func:`day_chip_rects`, used both to paint and to find the chip under
the mouse (click to open, drag to move), so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from mbdesk.domain import planning
from mbdesk.domain.blocked_posts import NEEDS_REAUTH, block_reason
from mbdesk.domain.token_expiry import due_after_expiry
from mbdesk.store import schedule as schedule_store
from mbdesk.store.models import OutboxState
from mbdesk.store.queries.accounts import AccountBrief
from mbdesk.store.queries.outbox import ScheduledPost
from mbdesk.store.queries.schedule import calendar_posts
from mbdesk.ui.localtime import (
    format_date,
    format_local_time,
    format_time,
    to_local,
    to_utc_naive,
    ui_locale,
)
from mbdesk.ui.models.drafts import contrast_text
from mbdesk.ui.stored_text import shown
from mbdesk.ui.tip_wrap import indented

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 2
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 3
HOLIDAYS_ROLE = Qt.ItemDataRole.UserRole + 4
TODAY_ROLE = Qt.ItemDataRole.UserRole + 5
SELECTED_ROLE = Qt.ItemDataRole.UserRole + 6
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 7

HolidayProvider = Callable[[date, date], Mapping[date, Sequence[str]]]
TOOLTIP_MAX = 15
FAILED_OUTLINE = QColor("#dc2626")
WARNING_OUTLINE = QColor("#f59e0b")
WARNING_MARK = "⚠"
MOVING_MARK = "⇢"
EXPIRY_MARK = "⌛"
REAUTH_MARK = "⊘"  # its account needs re-authorization: it cannot go out
REAUTH_OUTLINE = QColor("#7c3aed")
PAUSED_MARK = "❚❚"  # publishing is paused: it waits


def needs_reauth_text() -> str:
    return QCoreApplication.translate(
        "OutboxState", "will not go out: this account needs re-authorization (Accounts → "
        "Re-authorize…)")


def paused_label() -> str:
    return QCoreApplication.translate("OutboxState", "paused")


def chip_state_label(chip: DayChip) -> str:
    """The chip's state in words ("paused" while publishing is paused, not "queued"; a sent
    post taken down since: "deleted on …", in place of "sent")."""
    if chip.deleted_at is not None:
        return deleted_label(chip.deleted_at)
    if chip.paused:
        return paused_label()
    return outbox_state_label(chip.state, chip.on_server)


def deleted_label(local: datetime) -> str:
    """"deleted on Thu, Dec 3, 2026 2:05 PM" (the local time the delete went through)."""
    return QCoreApplication.translate("OutboxState", "deleted on {when}").format(
        when=format_local_time(local))


def after_expiry_text() -> str:
    return QCoreApplication.translate(
        "OutboxState", "due after this account's sign-in runs out — re-authorize it first "
        "(Accounts)")
CHIP_FONT_SCALE = 0.88  # chips in a slightly smaller type: more of a busy day fits


# Icon-like prefixes (plain glyphs present in DejaVu / Noto, so no image resources needed).
_MARKS = {
    OutboxState.QUEUED: "◷",
    OutboxState.SENDING: "↑",
    OutboxState.SENT: "✓",
    OutboxState.FAILED: "✗",
    OutboxState.UNKNOWN: "?",
    OutboxState.HELD: "‖",
}
ON_SERVER_MARK = "☁"
DELETED_MARK = "⌫"  # a sent post deleted since (the chip is also struck through)


def kept_by_mbdesk_text() -> str:
    return QCoreApplication.translate(
        "OutboxState", "local scheduling only: kept by mbdesk (this server cannot hold "
        "scheduled posts) — keep mbdesk or 'mbdesk sync' running at the time")


def outbox_state_label(state: str, on_server: bool = False) -> str:
    if state == OutboxState.ON_SERVER or (on_server and state == OutboxState.QUEUED):
        return QCoreApplication.translate("OutboxState", "scheduled on the server")
    labels = {
        OutboxState.QUEUED: QCoreApplication.translate("OutboxState", "queued"),
        OutboxState.SENDING: QCoreApplication.translate("OutboxState", "sending"),
        OutboxState.SENT: QCoreApplication.translate("OutboxState", "sent"),
        OutboxState.FAILED: QCoreApplication.translate("OutboxState", "failed"),
        OutboxState.UNKNOWN: QCoreApplication.translate("OutboxState", "outcome unknown"),
        OutboxState.HELD: QCoreApplication.translate(
            "OutboxState", "held: its time passed while mbdesk was closed"),
    }
    return labels.get(state, state)


@dataclass(frozen=True)
class DayChip:
    """One scheduled post as the calendar shows it (local time, account colour)."""

    post_id: int
    local_time: datetime
    head: str
    account: str
    color: str
    state: str
    on_server: bool
    last_error: str
    account_id: int = 0
    draft_id: int | None = None
    moving: bool = False  # its move waits for the server (next sync)
    warnings: tuple[str, ...] = ()  # good-practice warning kinds (planning.WARN_*)
    note: str = ""  # something the owner should know that is not an error
    server_cannot_hold: bool = False  # the account's server profile: it cannot hold scheduled posts
    after_expiry: bool = False  # due after the account's token runs out (Weibo)
    needs_reauth: bool = False  # still to be sent, but its account needs re-authorization
    paused: bool = False  # still to go out while publishing is paused (the "Pause all" switch)
    deleted_at: datetime | None = None  # local time a sent post was deleted (post_changes)

    @property
    def kept_by_mbdesk(self) -> bool:
        """Waits in mbdesk (not on the server) because this server cannot hold it: it goes out
        only while mbdesk or ``mbdesk sync`` runs."""
        return self.server_cannot_hold and self.state == OutboxState.QUEUED and not self.on_server

    @property
    def mark(self) -> str:
        if self.moving:
            return MOVING_MARK
        if self.deleted_at is not None:
            return DELETED_MARK
        if self.needs_reauth:  # in place of "queued": it will not go out
            return REAUTH_MARK
        if self.paused:
            return PAUSED_MARK
        if self.state == OutboxState.ON_SERVER or (
                self.on_server and self.state == OutboxState.QUEUED):
            return ON_SERVER_MARK
        return _MARKS.get(self.state, "•")

    def text(self, locale: QLocale) -> str:
        clock = format_time(self.local_time.time(), locale)
        warn = f"{WARNING_MARK} " if self.warnings else ""
        if self.after_expiry:
            warn = f"{EXPIRY_MARK} {warn}"
        return f"{warn}{self.mark} {clock} {self.head}"


def week_start_day(locale: QLocale) -> int:
    """The locale's first day of the week as Python's weekday() number (Monday = 0)."""
    return locale.firstDayOfWeek().value - 1


def month_grid(year: int, month: int, first_weekday: int) -> tuple[date, int]:
    """The first date shown and the number of weeks needed to show the whole month."""
    first = date(year, month, 1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    next_month = date(year + month // 12, month % 12 + 1, 1)
    weeks = -(-(next_month - start).days // 7)
    return start, weeks


def day_chip_rects(rect: QRect, font: QFont, count: int) -> tuple[list[QRect], int, int]:
    """Where a day cell's chips go: their rects (as many as fit), how many hide behind
    "+N more", and the header height. Used to paint and to hit-test."""
    metrics = QFontMetrics(font)
    chip_font = QFont(font)
    chip_font.setPointSizeF(font.pointSizeF() * CHIP_FONT_SCALE)
    chip_metrics = QFontMetrics(chip_font)
    pad = CalendarDayDelegate.PAD
    inner = rect.adjusted(pad, pad, -pad, -pad)
    header_h = metrics.height()
    line = chip_metrics.height() + 1
    top = inner.top() + header_h + 1
    shown, hidden = chips_that_fit(count, inner.bottom() - top, line + 1)
    rects = [QRect(inner.left(), top + i * (line + 1), inner.width(), line) for i in range(shown)]
    return rects, hidden, header_h


def chips_that_fit(count: int, available: int, line: int) -> tuple[int, int]:
    """How many chips to draw in ``available`` pixels, and how many hide behind "+N more"."""
    if line <= 0 or count == 0:
        return 0, count
    lines = max(0, available // line)
    if count <= lines:
        return count, 0
    shown = max(0, lines - 1)  # keep one line for "+N more"
    return shown, count - shown


class CalendarMonthModel(QAbstractTableModel):
    """One month of scheduled posts, as weeks (rows) × weekdays (columns)."""

    def __init__(self, zone: tzinfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._locale = ui_locale()
        self._paused = False
        self._first_weekday = week_start_day(self._locale)
        today = datetime.now(zone).date()
        self._year, self._month = today.year, today.month
        self._start, self._weeks = month_grid(self._year, self._month, self._first_weekday)
        self._days: dict[date, list[DayChip]] = {}
        self._by_id: dict[int, DayChip] = {}
        self._holidays: Mapping[date, Sequence[str]] = {}
        self._holiday_provider: HolidayProvider | None = None
        self._accounts: dict[int, AccountBrief] = {}
        self._today = today
        self._selected: date | None = None
        self._rules = planning.Rules()
        self._best_hours: Mapping[int, frozenset[int]] = {}
        self._warnings: list[planning.ScheduleWarning] = []
        self._post_warnings: dict[int, tuple[str, ...]] = {}
        self._day_warnings: dict[date, int] = {}

    # -- configuration -----------------------------------------------------------------------
    def set_zone(self, zone: tzinfo) -> None:
        self._zone = zone

    def set_accounts(self, accounts: Sequence[AccountBrief]) -> None:
        self._accounts = {a.id: a for a in accounts}

    def set_holiday_provider(self, provider: HolidayProvider | None) -> None:
        """The hook for public holidays (a later issue): called on every load."""
        self._holiday_provider = provider

    def set_first_weekday(self, weekday: int) -> None:
        self._first_weekday = weekday

    def set_checks(self, rules: planning.Rules,
                   best_hours: Mapping[int, frozenset[int]]) -> None:
        """The good-practice checks run on every load (Settings → thresholds)."""
        self._rules = rules
        self._best_hours = best_hours

    @property
    def warnings(self) -> list[planning.ScheduleWarning]:
        """The shown weeks' warnings, by day."""
        return list(self._warnings)

    @property
    def zone(self) -> tzinfo:
        return self._zone

    @property
    def year(self) -> int:
        return self._year

    @property
    def month(self) -> int:
        return self._month

    def shown_range(self) -> tuple[date, date]:
        """First and last date of the grid (both inclusive)."""
        return self._start, self._start + timedelta(days=7 * self._weeks - 1)

    # -- navigation and loading --------------------------------------------------------------
    def show_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        self.load()

    def step(self, months: int) -> None:
        index = self._year * 12 + (self._month - 1) + months
        self.show_month(index // 12, index % 12 + 1)

    def show_today(self) -> None:
        today = datetime.now(self._zone).date()
        self.show_month(today.year, today.month)

    def load(self) -> None:
        """Read the posts of the shown weeks and group them by local day."""
        self.beginResetModel()
        self._locale = ui_locale()
        self._paused = schedule_store.is_paused()
        self._today = datetime.now(self._zone).date()
        self._start, self._weeks = month_grid(self._year, self._month, self._first_weekday)
        first, last = self.shown_range()
        start_utc = to_utc_naive(datetime.combine(first, time(), tzinfo=self._zone))
        end_utc = to_utc_naive(datetime.combine(last + timedelta(days=1), time(),
                                                tzinfo=self._zone))
        posts, moving = calendar_posts(start_utc, end_utc)
        self._check(posts)
        days: dict[date, list[DayChip]] = {}
        by_id: dict[int, DayChip] = {}
        for post in posts:
            chip = self._chip(post, post.id in moving)
            days.setdefault(chip.local_time.date(), []).append(chip)
            by_id[chip.post_id] = chip
        self._days = days
        self._by_id = by_id
        self._holidays = self._holiday_provider(first, last) if self._holiday_provider else {}
        self.endResetModel()

    def _check(self, posts: Sequence[ScheduledPost]) -> None:
        planned = [planning.Planned(p.id, p.account_id, p.scheduled_at) for p in posts
                   if p.state in PLANNED_STATES]
        self._warnings = planning.check_rules(planned, self._zone, self._rules, self._best_hours)
        per_post: dict[int, list[str]] = {}
        per_day: dict[date, int] = {}
        for warning in self._warnings:
            per_day[warning.day] = per_day.get(warning.day, 0) + 1
            for post_id in warning.post_ids:
                per_post.setdefault(post_id, []).append(warning.kind)
        self._post_warnings = {k: tuple(dict.fromkeys(v)) for k, v in per_post.items()}
        self._day_warnings = per_day

    def _chip(self, post: ScheduledPost, moving: bool = False) -> DayChip:
        account = self._accounts.get(post.account_id)
        return DayChip(post_id=post.id, local_time=to_local(post.scheduled_at, self._zone),
                       head=post.head, account=account.name if account else "?",
                       color=account.color if account else "#94a3b8", state=post.state,
                       on_server=post.on_server, last_error=post.last_error,
                       account_id=post.account_id, draft_id=post.draft_id, moving=moving,
                       warnings=self._post_warnings.get(post.id, ()), note=post.note,
                       server_cannot_hold=bool(account and account.server_scheduling is False),
                       after_expiry=bool(
                           account and post.state in (OutboxState.QUEUED, OutboxState.HELD)
                           and due_after_expiry(post.scheduled_at, account.token_expires_at)),
                       needs_reauth=bool(account) and block_reason(
                           post.state, post.on_server, post.scheduled_at, account.status,
                           account.token_expires_at) == NEEDS_REAUTH,
                       paused=self._paused and not moving and post.state in (
                           OutboxState.QUEUED, OutboxState.ON_SERVER),
                       deleted_at=(to_local(post.deleted_at, self._zone)
                                   if post.deleted_at is not None else None))

    def set_selected(self, day: date | None) -> None:
        old, self._selected = self._selected, day
        for changed in (old, day):
            if changed is not None and (index := self.index_of(changed)).isValid():
                self.dataChanged.emit(index, index, [SELECTED_ROLE])

    def chips_on(self, day: date) -> list[DayChip]:
        return self._days.get(day, [])

    def chip(self, post_id: int) -> DayChip | None:
        return self._by_id.get(post_id)

    def account(self, account_id: int) -> AccountBrief | None:
        return self._accounts.get(account_id)

    def chips_between(self, first: date, last: date) -> dict[date, list[DayChip]]:
        return {d: c for d, c in self._days.items() if first <= d <= last}

    def holidays_on(self, day: date) -> list[str]:
        return list(self._holidays.get(day, ()))

    def warnings_on(self, day: date) -> int:
        return self._day_warnings.get(day, 0)

    def total_chips(self) -> int:
        return sum(len(v) for v in self._days.values())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._start).days
        if not 0 <= offset < 7 * self._weeks:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def date_at(self, row: int, column: int) -> date:
        return self._start + timedelta(days=row * 7 + column)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            weekday = (self._first_weekday + section) % 7 + 1  # Qt: Monday = 1
            return self._locale.dayName(weekday, QLocale.FormatType.ShortFormat)
        return str(self.date_at(section, 0).isocalendar().week)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.date_at(index.row(), index.column())
        if role == DATE_ROLE:
            return day
        if role == CHIPS_ROLE:
            return self._days.get(day, [])
        if role == IN_MONTH_ROLE:
            return day.month == self._month
        if role == TODAY_ROLE:
            return day == self._today
        if role == SELECTED_ROLE:
            return day == self._selected
        if role == HOLIDAYS_ROLE:
            return list(self._holidays.get(day, ()))
        if role == WARNINGS_ROLE:
            return self._day_warnings.get(day, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(day)
        return None

    def _tooltip(self, day: date) -> str | None:
        chips = self._days.get(day, [])
        holidays = list(self._holidays.get(day, ()))
        if not chips and not holidays:
            return None
        lines = [format_date(day, "long", self._locale), *holidays]
        for chip in chips[:TOOLTIP_MAX]:
            state = chip_state_label(chip)
            line = f"{chip.text(self._locale)} — {chip.account} ({state})"
            if chip.state == OutboxState.FAILED and chip.last_error:
                line += indented(shown(chip.last_error))  # own lines: tooltips never wrap
            if chip.kept_by_mbdesk:
                line += "\n    " + kept_by_mbdesk_text()
            if chip.after_expiry:
                line += "\n    " + EXPIRY_MARK + " " + after_expiry_text()
            if chip.needs_reauth:
                line += "\n    " + REAUTH_MARK + " " + needs_reauth_text()
            if chip.note:
                line += indented("ℹ " + shown(chip.note))
            lines.append(line)
        if len(chips) > TOOLTIP_MAX:
            lines.append(self.tr("… and %n more", "", len(chips) - TOOLTIP_MAX))
        return "\n".join(lines)


class CalendarDayDelegate(QStyledItemDelegate):
    """Paints a day: its number, holiday names, and one chip per post (then "+N more")."""

    PAD = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        in_month = bool(index.data(IN_MONTH_ROLE))
        today = bool(index.data(TODAY_ROLE))
        painter.save()
        group = QPalette.ColorGroup.Active
        background = palette.color(group, QPalette.ColorRole.Base if in_month
                                   else QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, background)
        text_color = palette.color(group, QPalette.ColorRole.Text if in_month
                                   else QPalette.ColorRole.PlaceholderText)
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        chip_font = QFont(font)
        chip_font.setPointSizeF(font.pointSizeF() * CHIP_FONT_SCALE)
        chip_metrics = QFontMetrics(chip_font)
        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        chips: list[DayChip] = index.data(CHIPS_ROLE) or []
        chip_rects, hidden, header_h = day_chip_rects(rect, font, len(chips))

        # header line: day number (today in a highlight circle) and holiday names
        day_font = QFont(font)
        day_font.setBold(today)
        painter.setFont(day_font)
        number = str(index.data(Qt.ItemDataRole.DisplayRole))
        number_rect = QRect(inner.left(), inner.top(), metrics.horizontalAdvance("00") + 8,
                            header_h)
        if today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(group, QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(number_rect, header_h / 2, header_h / 2)
            painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(text_color)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)
        if index.data(WARNINGS_ROLE):
            warn_rect = QRect(number_rect.right() + 2, inner.top(),
                              metrics.horizontalAdvance(WARNING_MARK) + 4, header_h)
            painter.setPen(WARNING_OUTLINE)
            painter.drawText(warn_rect, Qt.AlignmentFlag.AlignCenter, WARNING_MARK)
            number_rect = number_rect.united(warn_rect)
        holidays = index.data(HOLIDAYS_ROLE) or []
        if holidays:
            small = QFont(font)
            small.setItalic(True)
            painter.setFont(small)
            painter.setPen(palette.color(group, QPalette.ColorRole.Link))
            holiday_rect = QRect(number_rect.right() + 4, inner.top(),
                                 inner.right() - number_rect.right() - 4, header_h)
            painter.drawText(holiday_rect, Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter,  # elided in the italic's widths
                             QFontMetrics(small).elidedText(
                                 " · ".join(holidays), Qt.TextElideMode.ElideRight,
                                 holiday_rect.width()))

        # chips
        line = chip_metrics.height() + 1
        painter.setFont(chip_font)
        locale = ui_locale()
        for chip, chip_rect in zip(chips, chip_rects, strict=False):
            paint_chip(painter, chip, chip_rect, chip_metrics, locale)
        top = (chip_rects[-1].bottom() + 2) if chip_rects else inner.top() + header_h + 1
        if hidden:
            painter.setPen(text_color)
            painter.drawText(QRect(inner.left() + 4, top, inner.width() - 4, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+%n more", "", hidden))

        # grid lines and the chosen day
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if index.data(SELECTED_ROLE):
            painter.setPen(QPen(palette.color(group, QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        else:
            painter.setPen(palette.color(group, QPalette.ColorRole.Mid))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


PLANNED_STATES = (OutboxState.QUEUED, OutboxState.ON_SERVER, OutboxState.HELD,
                  OutboxState.SENDING, OutboxState.UNKNOWN)


def paint_chip(painter: QPainter, chip: DayChip, chip_rect: QRect, metrics: QFontMetrics,
               locale: QLocale, right_reserve: int = 0) -> None:
    """One chip: the account colour, an outline for trouble (red), a sign-in that is gone
    (violet) or a warning (amber); ``right_reserve`` pixels kept free of text (a badge)."""
    fill = QColor(chip.color)
    if chip.state == OutboxState.SENT:
        fill.setAlphaF(0.55)  # done: quieter than what is still to come
    if chip.deleted_at is not None:
        fill.setAlphaF(0.35)  # gone from the platform: quieter still, and struck through
    painter.setBrush(fill)
    if chip.needs_reauth:
        painter.setPen(QPen(REAUTH_OUTLINE, 2))
    elif chip.state in (OutboxState.FAILED, OutboxState.UNKNOWN, OutboxState.HELD):
        painter.setPen(QPen(FAILED_OUTLINE, 2))
    elif chip.warnings:
        painter.setPen(QPen(WARNING_OUTLINE, 2, Qt.PenStyle.DashLine))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(chip_rect, 3, 3)
    painter.setPen(contrast_text(QColor(chip.color)))
    font = painter.font()
    if chip.deleted_at is not None:
        # the pale fill shows the cell behind it: the text contrasts with what is seen
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        seen = QColor.fromRgbF(*(fill.alphaF() * c + (1 - fill.alphaF()) * b for c, b in (
            (fill.redF(), base.redF()), (fill.greenF(), base.greenF()),
            (fill.blueF(), base.blueF()))))
        painter.setPen(contrast_text(seen))
        struck = QFont(font)
        struck.setStrikeOut(True)
        painter.setFont(struck)
    text_rect = chip_rect.adjusted(4, 0, -3 - right_reserve, 0)
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(chip.text(locale), Qt.TextElideMode.ElideRight,
                                        text_rect.width()))
    painter.setFont(font)  # the next chip is not struck through
