"""The Schedule dialog's "Best next time" list: one line per target account with the time
``domain.best_time`` suggests for it (from its own posts' engagement, its cadence rules and its
queue slots) and why, a **Use** button that puts that time in the dialog's fields, and
**Schedule each at its best time** (every account at its own time).

Signals:
    use(datetime): the owner picked one account's suggestion (naive UTC).
    schedule_each(): the owner wants each account at its own suggested time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from mbdesk.domain import best_time
from mbdesk.domain.best_time import TimeSuggestion
from mbdesk.ui.localtime import format_local


def reason_text(s: TimeSuggestion) -> str:
    """Why this time, in the owner's words (history means 20 posts or more: no singular)."""
    if s.reason == best_time.REASON_SLOT_BEST:
        return QCoreApplication.translate(
            "BestTimes", "a free queue slot at one of its best times (from {count} posts)"
        ).format(count=s.posts)
    if s.reason == best_time.REASON_SLOT:
        return QCoreApplication.translate("BestTimes", "its next free queue slot")
    if s.reason == best_time.REASON_BEST:
        return QCoreApplication.translate(
            "BestTimes", "its best day and hour (from {count} posts)").format(count=s.posts)
    return QCoreApplication.translate(
        "BestTimes", "too few posts to judge yet: the next free hour")


class BestTimesBox(QGroupBox):
    use = Signal(object)
    schedule_each = Signal()

    def __init__(self, accounts: Sequence[tuple[int, str]], zone: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Best next time for each account"), parent)
        self.setObjectName("best-times")
        self.zone = zone
        self.suggestions: dict[int, TimeSuggestion] = {}
        self.loaded = False
        self.status = QLabel(self.tr("Looking at each account's posts, cadence and queue "
                                     "slots…"), self)
        self.status.setObjectName("best-times-status")
        self.status.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.time_labels: dict[int, QLabel] = {}
        self.reason_labels: dict[int, QLabel] = {}
        self.use_buttons: dict[int, QPushButton] = {}
        for row, (account_id, name) in enumerate(accounts):
            name_label = QLabel(name, self)
            time_label = QLabel("…", self)
            time_label.setObjectName(f"best-time-{account_id}")
            reason = QLabel(self)
            reason.setObjectName(f"best-reason-{account_id}")
            reason.setWordWrap(True)
            font = reason.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            font.setItalic(True)
            reason.setFont(font)
            button = QPushButton(self.tr("Use"), self)
            button.setObjectName(f"best-use-{account_id}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, a=account_id: self._use(a))
            grid.addWidget(name_label, 2 * row, 0)
            grid.addWidget(time_label, 2 * row, 1)
            grid.addWidget(button, 2 * row, 2)
            grid.addWidget(reason, 2 * row + 1, 0, 1, 3)
            self.time_labels[account_id] = time_label
            self.reason_labels[account_id] = reason
            self.use_buttons[account_id] = button
        self.each_button = QPushButton(self.tr("Schedule each at its best time"), self)
        self.each_button.setObjectName("schedule-each")
        self.each_button.setEnabled(False)
        self.each_button.setVisible(len(accounts) > 1)
        self.each_button.clicked.connect(self.schedule_each)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(grid)
        layout.addWidget(self.each_button)

    def set_suggestions(self, suggestions: Sequence[TimeSuggestion]) -> None:
        self.loaded = True
        self.suggestions = {s.account_id: s for s in suggestions}
        self.status.hide()
        for account_id, label in self.time_labels.items():
            found = self.suggestions.get(account_id)
            if found is None:
                label.setText(self.tr("no free time in the next 60 days"))
                continue
            label.setText(format_local(found.when, self.zone))
            self.reason_labels[account_id].setText(reason_text(found))
            self.use_buttons[account_id].setEnabled(True)
        self.each_button.setEnabled(bool(self.suggestions)
                                    and len(self.suggestions) == len(self.time_labels))

    def failed(self, message: str) -> None:
        self.loaded = True
        self.status.setText(self.tr("Could not work out the best times ({error}); pick a "
                                    "time yourself.").format(error=message))

    def _use(self, account_id: int) -> None:
        found = self.suggestions.get(account_id)
        if found is not None:
            self.use.emit(found.when)

    def times(self) -> dict[int, datetime]:
        return {a: s.when for a, s in self.suggestions.items()}
