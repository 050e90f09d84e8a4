"""Dialogs of the posting calendar: weekly queue slots per account, the CSV import report
(shown before anything is scheduled), and the details of a post without a draft."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain import planning
from mbdesk.domain.schedule_csv import ImportReport, Problem
from mbdesk.store import schedule
from mbdesk.store.queries.accounts import AccountBrief
from mbdesk.ui.localtime import format_local


class QueueSlotsDialog(QDialog):
    """Per-account weekly posting times ("09:00, 12:30, 19:00" per weekday)."""

    def __init__(self, accounts: list[AccountBrief], parent: QWidget | None = None,
                 account_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queue-slots")
        self.setWindowTitle(self.tr("Queue slots"))
        self.setMinimumWidth(480)
        self._slots = {a.id: schedule.queue_slots(a.id) for a in accounts}
        self._current: int | None = None
        self.account = QComboBox(self)
        for a in accounts:
            self.account.addItem(a.name, a.id)
        intro = QLabel(self.tr("Times of day when “Add to queue” may place this account's "
                               "posts, per weekday (for example 09:00, 12:30, 19:00)."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account)
        self.days: list[QLineEdit] = []
        locale = QLocale()
        for weekday in range(7):
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("no slots"))
            self.days.append(edit)
            form.addRow(locale.dayName(weekday + 1, QLocale.FormatType.LongFormat).capitalize(),
                        edit)
        self.copy_button = QPushButton(self.tr("Copy Monday to Tuesday–Friday"), self)
        self.copy_button.clicked.connect(self._copy_monday)
        self.error = QLabel(self)
        self.error.setObjectName("queue-slots-error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.account.currentIndexChanged.connect(self._switch)
        if account_id is not None and (i := self.account.findData(account_id)) >= 0:
            self.account.setCurrentIndex(i)
        self._switch()

    def _copy_monday(self) -> None:
        for edit in self.days[1:5]:
            edit.setText(self.days[0].text())

    def _read(self) -> dict[int, list[time]] | None:
        slots: dict[int, list[time]] = {}
        for weekday, edit in enumerate(self.days):
            try:
                times = planning.parse_clocks(edit.text())
            except ValueError:
                self.error.setText(self.tr("“{text}” is not a list of times like 09:00, 12:30.")
                                   .format(text=edit.text()))
                edit.setFocus()
                return None
            if times:
                slots[weekday] = times
        self.error.clear()
        return slots

    def _switch(self) -> None:
        if self._current is not None:
            read = self._read()
            if read is None:
                self.account.blockSignals(True)
                self.account.setCurrentIndex(self.account.findData(self._current))
                self.account.blockSignals(False)
                return
            self._slots[self._current] = read
        self._current = self.account.currentData()
        current = self._slots.get(self._current, {}) if self._current is not None else {}
        for weekday, edit in enumerate(self.days):
            edit.setText(", ".join(t.strftime("%H:%M") for t in current.get(weekday, [])))

    def accept(self) -> None:
        read = self._read()
        if read is None:
            return
        if self._current is not None:
            self._slots[self._current] = read
        for account_id, slots in self._slots.items():
            schedule.set_queue_slots(account_id, slots)
        super().accept()


def problem_text(problem: Problem) -> str:
    """A CSV import problem in the interface language."""
    d = dict(problem.detail)
    texts = {
        "encoding": QCoreApplication.translate(
            "ScheduleImport",
            "The file is not UTF-8 text (byte {byte} on line {line}). Save it as “CSV "
            "UTF-8” and import it again."),
        "empty_file": QCoreApplication.translate(
            "ScheduleImport",
            "The file is empty."),
        "no_header": QCoreApplication.translate(
            "ScheduleImport",
            "The file has no header row."),
        "bad_csv": QCoreApplication.translate(
            "ScheduleImport",
            "The CSV cannot be read at line {line}: {error}."),
        "missing_columns": QCoreApplication.translate(
            "ScheduleImport",
            "Missing column(s): {missing}. The header has: {found}."),
        "too_many_rows": QCoreApplication.translate(
            "ScheduleImport",
            "More than {max} rows; split the file."),
        "no_date": QCoreApplication.translate(
            "ScheduleImport",
            "No date/time."),
        "bad_date": QCoreApplication.translate(
            "ScheduleImport",
            "Cannot read the date/time “{value}” (use e.g. 2026-05-04 09:00)."),
        "bad_zone": QCoreApplication.translate(
            "ScheduleImport",
            "Unknown time zone “{zone}”."),
        "dst_gap": QCoreApplication.translate(
            "ScheduleImport",
            "{value} does not exist in {zone}: the clocks skip that hour (daylight saving "
            "time)."),
        "past": QCoreApplication.translate(
            "ScheduleImport",
            "{value} is in the past."),
        "too_far": QCoreApplication.translate(
            "ScheduleImport",
            "{value} is more than {years} years ahead; check the year."),
        "no_account": QCoreApplication.translate(
            "ScheduleImport",
            "No account."),
        "unknown_account": QCoreApplication.translate(
            "ScheduleImport",
            "Unknown account “{account}”."),
        "no_text": QCoreApplication.translate(
            "ScheduleImport",
            "No text and no media."),
        "too_long": QCoreApplication.translate(
            "ScheduleImport",
            "The text is {count} long; {account} ({platform}) accepts {limit}."),
        "unknown_platform": QCoreApplication.translate(
            "ScheduleImport",
            "Cannot count text for the platform {platform}."),
        "no_media": QCoreApplication.translate(
            "ScheduleImport",
            "Media file not found: {path}."),
        "alt_without_media": QCoreApplication.translate(
            "ScheduleImport",
            "Alt text given without a media file."),
        "extra_fields": QCoreApplication.translate(
            "ScheduleImport",
            "The row has {count} fields; the header has {expected}."),
    }
    if problem.code == "media_outside":
        return QCoreApplication.translate(
            "ScheduleImport",
            "The media file {path} is outside the CSV's folder; move it next to the CSV, or "
            "allow files outside it below.").format(path=d.get("path", ""))
    if problem.code == "bad_media":
        from mbdesk.ui.compose.problems import image_problem_text

        return image_problem_text(str(d.get("code", "")), str(d.get("path", "")))
    if problem.code == "refused":  # a check of the one way in (store.post_queue)
        from mbdesk.domain.compose import Problem as ComposeProblem
        from mbdesk.ui.compose.problems import problem_text as compose_text

        text = compose_text(ComposeProblem(str(d.get("code", "")), "error", None, d))
        return text if text != d.get("code") else str(d.get("reason", text))
    for key in ("missing", "found"):
        if isinstance(d.get(key), list):
            d[key] = ", ".join(d[key]) or "—"
    return texts.get(problem.code, problem.code).format(**d)


class ImportReportDialog(QDialog):
    """Every row of the file with its verdict; Import schedules the valid rows in one go."""

    COLUMNS = 6
    ALLOW_OUTSIDE = 2  # result: check the file again with media outside its folder allowed

    def __init__(self, path: Path, report: ImportReport, zone, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("schedule-import")
        self.setWindowTitle(self.tr("Import posts from {name}").format(name=path.name))
        self.resize(900, 520)
        self.report = report
        valid, invalid = len(report.valid), len(report.invalid)
        self.summary = QLabel(self)
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        if report.problems:
            text = "\n".join(problem_text(p) for p in report.problems)
            self.summary.setText(self.tr("Nothing can be imported from this file:") + "\n" + text)
        else:
            self.summary.setText(
                self.tr("%n row(s) read: ", "", len(report.rows))
                + self.tr("%n ready to schedule, ", "", valid)
                + self.tr("%n with problems (listed in red; they will not be imported — fix "
                          "them in the file and import it again).", "", invalid)
                + " " + self.tr("Nothing is scheduled until you press Import."))
        self.table = QTableWidget(len(report.rows), self.COLUMNS, self)
        self.table.setObjectName("import-rows")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Status"),
                                              self.tr("Time"), self.tr("Account"),
                                              self.tr("Text"), self.tr("Problems")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bad = QColor("#dc2626")
        for row, item in enumerate(report.rows):
            when = format_local(item.when, zone) if item.when else item.raw.get("datetime", "")
            status = self.tr("ready") if item.ok else self.tr("problem")
            cells = [str(item.line), ("✓ " if item.ok else "✗ ") + status, when,
                     item.account.handle if item.account else item.raw.get("account", ""),
                     " ".join(item.body.split())[:80],
                     "\n".join(problem_text(p) for p in item.problems)]
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if not item.ok and column in (1, 5):
                    cell.setForeground(bad)
                self.table.setItem(row, column, cell)
        self.table.setColumnWidth(4, 260)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox(self)
        self.outside = [p.detail.get("path", "") for r in report.rows for p in r.problems
                        if p.code == "media_outside"]
        self.allow_outside_button = None
        if self.outside:  # the owner may confirm, after seeing the paths (issue 12)
            self.allow_outside_button = self.buttons.addButton(
                self.tr("Allow files outside the CSV's folder…"),
                QDialogButtonBox.ButtonRole.ActionRole)
            self.allow_outside_button.setObjectName("allow-media-outside")
            self.allow_outside_button.clicked.connect(self._confirm_outside)
        self.import_button = self.buttons.addButton(
            self.tr("Import %n post(s)", "", valid), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(report.importable)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the wrapped columns have their real width now

    def _confirm_outside(self) -> None:
        paths = "\n".join(self.outside[:10])
        answer = QMessageBox.question(
            self, self.tr("Use files outside the CSV's folder?"),
            self.tr("This file names images outside its own folder:\n{paths}\n\nOnly allow "
                    "this for a file you wrote yourself: a CSV from elsewhere could pick any "
                    "file of this computer. The images are still checked.").format(paths=paths))
        if answer == QMessageBox.StandardButton.Yes:
            self.done(self.ALLOW_OUTSIDE)


class PostDetailsDialog(QDialog):
    """A scheduled post that has no draft to open (a reply, an imported or CLI post)."""

    def __init__(self, text: str, account: str, when, state: str, error: str, zone,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post-details")
        self.setWindowTitle(self.tr("Scheduled post"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("Account"), QLabel(account, self))
        form.addRow(self.tr("Time"), QLabel(format_local(when, zone, long=True), self))
        form.addRow(self.tr("State"), QLabel(state, self))
        if error:
            note = QLabel(error, self)
            note.setTextFormat(Qt.TextFormat.PlainText)  # a server's words, never markup
            note.setObjectName("post-details-note")
            note.setWordWrap(True)
            form.addRow(self.tr("Note"), note)
        self.body = QLabel(text, self)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body)
        layout.addWidget(buttons)
