"""Asks for the date and time of a post in the owner's zone; refuses past and DST-gap times
in place (the dialog stays open with the reason), so nothing typed is lost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain.best_time import TimeSuggestion
from mbdesk.domain.schedule import HORIZON_YEARS, ScheduleTimeError, local_to_utc
from mbdesk.store.models import utcnow
from mbdesk.ui.compose.best_times import BestTimesBox
from mbdesk.ui.localtime import date_format, format_local_time, to_local, ui_locale


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", "") or str(zone)


def time_error_text(exc: ScheduleTimeError, zone: tzinfo) -> str:
    """Why a chosen time is refused, in the owner's words."""
    when = format_local_time(exc.when)
    if exc.code == "gap":
        return QCoreApplication.translate(
            "ScheduleDialog", "{when} does not exist in {zone}: the clocks skip that hour "
            "(daylight saving time). Pick a time outside it.").format(
            when=when, zone=zone_name(zone))
    if exc.code == "too_far":
        return QCoreApplication.translate(
            "ScheduleDialog", "{when} is more than {years} years ahead. Check the year.").format(
            when=when, years=HORIZON_YEARS)
    return QCoreApplication.translate(
        "ScheduleDialog", "{when} is in the past. Pick a future time.").format(when=when)


class ScheduleDialog(QDialog):
    """``accounts`` (id, name): the targets, each shown with its own best next time once
    :meth:`set_suggestions` brings them (worked out on a worker thread by the composer).
    After Schedule: ``result_utc`` (one time for all) or ``result_times`` (each its own)."""

    def __init__(self, zone: tzinfo, parent: QWidget | None = None,
                 initial: datetime | None = None, hint: str = "",
                 accounts: Sequence[tuple[int, str]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule post"))
        self.zone = zone
        self.result_utc: datetime | None = None
        self.result_times: dict[int, datetime] | None = None
        self.best = BestTimesBox(accounts, zone, self) if accounts else None
        start = initial or (to_local(utcnow(), zone) + timedelta(hours=1)).replace(
            minute=0, second=0, microsecond=0, tzinfo=None)
        self.date_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.date_edit.setCalendarPopup(True)
        # the interface language's own order and words ("Thu, Dec 3, 2026", "2026年12月3日周四",
        # "jue, 3 dic 2026", "2:00 PM"), never ISO "2026-12-03"
        locale = ui_locale()
        self.date_edit.setLocale(locale)
        self.date_edit.setDisplayFormat(date_format("medium", locale))
        self.time_edit = QTimeEdit(QTime(start.hour, start.minute), self)
        self.time_edit.setLocale(locale)
        self.time_edit.setDisplayFormat(date_format("time", locale))
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Time"), self.time_edit)
        zone_label = QLabel(self.tr("Time zone: {zone}").format(zone=zone_name(zone)), self)
        self.hint_label = QLabel(hint, self)  # e.g. accounts whose posts mbdesk keeps
        self.hint_label.setObjectName("schedule-hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))
        if hint:
            self.setMinimumWidth(440)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("schedule-error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#dc2626;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.best is not None:
            self.setMinimumWidth(480)
            layout.addWidget(self.best)
            self.best.use.connect(self.use_time)
            self.best.schedule_each.connect(self.accept_each)
        layout.addLayout(form)
        layout.addWidget(zone_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._touched = False  # the owner changed the date or time: suggestions never move it
        self.date_edit.dateChanged.connect(self._on_touched)
        self.time_edit.timeChanged.connect(self._on_touched)

    def set_suggestions(self, suggestions: Sequence[TimeSuggestion]) -> None:
        if self.best is None:
            return
        self.best.set_suggestions(suggestions)
        if len(self.best.time_labels) == 1 and suggestions and not self._touched:
            self.use_time(suggestions[0].when)  # one account: its best time, ready to take
            self._touched = False

    def _on_touched(self, *_args) -> None:
        self._touched = True

    def suggestions_failed(self, message: str) -> None:
        if self.best is not None:
            self.best.failed(message)

    def use_time(self, when_utc: datetime) -> None:
        """Put a suggested time (naive UTC) in the date and time fields."""
        local = to_local(when_utc, self.zone)
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        self.error_label.clear()

    def accept_each(self) -> None:
        """Each account at its own suggested time (refused in place if one has passed)."""
        times = self.best.times() if self.best is not None else {}
        now = utcnow()
        if not times or any(when <= now for when in times.values()):
            self.error_label.setText(self.tr("A suggested time has passed while the dialog was "
                                             "open. Pick a time, or open the dialog again."))
            return
        self.result_times = times
        super().accept()

    def local_value(self) -> datetime:
        d, t = self.date_edit.date(), self.time_edit.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def accept(self) -> None:
        try:
            self.result_utc = local_to_utc(self.local_value(), self.zone, utcnow())
        except ScheduleTimeError as exc:
            self.error_label.setText(time_error_text(exc, self.zone))
            return
        super().accept()
