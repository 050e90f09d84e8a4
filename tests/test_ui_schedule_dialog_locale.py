"""The Schedule dialog's date and time fields in the interface language's own formats (issue
15: no ISO "2026-12-04" or 24-hour clock shown to an English user), still read back exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from mbdesk.ui.compose.schedule_dialog import ScheduleDialog

NNBSP = "\u202f"  # CLDR puts a narrow no-break space before AM/PM


@pytest.fixture
def language() -> Iterator[callable]:
    previous = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("name", "day", "clock"), [
    ("en_US", "Tue, Mar 4, 2031", f"2:00{NNBSP}PM"),
    ("zh_CN", "2031年3月4日周二", "14:00"),
    ("es", "mar, 4 mar 2031", "14:00"),
])
def test_date_and_time_read_as_the_language_writes_them(qtbot, language, name, day, clock):
    language(name)
    dialog = ScheduleDialog(UTC, None, initial=datetime(2031, 3, 4, 14, 0))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == day
    assert dialog.time_edit.text() == clock
    assert "2031-03-04" not in dialog.date_edit.text()
    dialog.accept()
    assert dialog.result_utc == datetime(2031, 3, 4, 14, 0)


def test_an_english_user_can_still_switch_to_the_morning(qtbot, language):
    language("en_US")
    dialog = ScheduleDialog(UTC, None, initial=datetime(2031, 3, 4, 14, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.time_edit
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.AmPmSection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    dialog.accept()
    assert dialog.result_utc == datetime(2031, 3, 4, 2, 0)
