"""Dates in the interface language's own formats (never the C locale's "4 12 2026"), on the
calendar and through the one helper every screen uses; holiday names in the interface language
where the ``holidays`` package has it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QLocale

from mbdesk.domain.holidays_cal import holidays_between
from mbdesk.store import settings
from mbdesk.store.models import Account, OutboxItem
from mbdesk.ui.localtime import (
    format_date,
    format_date_range,
    format_local,
    format_local_time,
    format_time,
    ui_locale,
)
from mbdesk.ui.views.calendar import WEEK, CalendarView

NNBSP = "\u202f"  # CLDR puts a narrow no-break space before AM/PM
FRIDAY = datetime(2026, 12, 4, 14, 45)


@pytest.fixture
def language() -> Iterator[callable]:
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale.c() if name == "C" else QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("name", "when", "week", "clock"), [
    ("en", f"Fri, Dec 4, 2026 2:45{NNBSP}PM", "Dec 7 – Dec 13, 2026", f"2{NNBSP}PM"),
    ("zh_CN", "2026年12月4日周五 14:45", "2026年12月7日 – 12月13日", "14:00"),
    ("es", "vie, 4 dic 2026 14:45", "7 dic – 13 dic 2026", "14:00"),
    ("C", f"Fri, Dec 4, 2026 2:45{NNBSP}PM", "Dec 7 – Dec 13, 2026", f"2{NNBSP}PM"),
])
def test_each_language_writes_dates_its_own_way(language, name, when, week, clock):
    language(name)
    assert format_local_time(FRIDAY) == when
    assert format_local(FRIDAY, UTC) == when  # stored UTC → the zone → the same words
    assert format_date_range(date(2026, 12, 7), date(2026, 12, 13)) == week
    assert format_time(time(14), hour_only=True) == clock
    for text in (when, week, format_date(FRIDAY.date(), "long"),
                 format_date(FRIDAY.date(), "weekday_month")):
        assert "4 12 2026" not in text and "12 2026" not in text.replace("dic", "")


def test_the_c_locale_is_never_used_for_dates(language):
    language("C")
    assert ui_locale().language() == QLocale.Language.English
    assert format_date(date(2026, 12, 4), "long") == "Friday, December 4, 2026"


def test_a_year_boundary_week_names_both_years(language):
    language("en")
    assert format_date_range(date(2026, 12, 28), date(2027, 1, 3)) == \
        "Dec 28, 2026 – Jan 3, 2027"


@pytest.mark.parametrize(("name", "week_label", "heading"), [
    ("en", "Dec 6 – Dec 12, 2026", "Friday, December 11, 2026"),  # US weeks start on Sunday
    ("zh_CN", "2026年12月7日 – 12月13日", "2026年12月11日星期五"),
    ("es", "7 dic – 13 dic 2026", "viernes, 11 de diciembre de 2026"),
])
def test_calendar_week_and_day_in_the_interface_language(qtbot, ctx, language, name,
                                                         week_label, heading):
    language(name)
    settings.put("timezone", "UTC")
    settings.put("holiday_country", "-")
    shop = Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48")
    OutboxItem.create(account=shop, body="Stollen", state="queued",
                      scheduled_at=datetime(2026, 12, 11, 14, 45))
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.refresh()
    view.show_week(date(2026, 12, 10))
    assert view.mode == WEEK
    assert week_label in view.month_label.text()
    assert "12 2026" not in view.month_label.text().replace("dic", "")
    view._show_day(date(2026, 12, 11))
    assert view.day_heading.text().startswith(heading)
    (chip,) = view.model.chips_on(date(2026, 12, 11))
    assert format_time(time(14, 45)) in chip.text(ui_locale())


@pytest.mark.parametrize(("country", "ui", "day", "name"), [
    ("CN", "zh_CN", date(2026, 10, 1), "国庆节"),
    ("CN", "en", date(2026, 10, 1), "National Day"),
    ("ES", "es", date(2026, 12, 25), "Natividad del Señor"),
    ("ES", "en", date(2026, 12, 25), "Christmas Day"),
    ("MX", "es", date(2026, 12, 25), "Navidad"),
    # no Chinese for Spain: the country's own language, not whatever the process locale says
    ("ES", "zh_CN", date(2026, 12, 25), "Natividad del Señor"),
])
def test_holiday_names_in_the_interface_language_where_the_package_has_it(country, ui, day,
                                                                          name):
    assert holidays_between(country, day, day, ui) == {day: [name]}


def test_calendar_shows_holidays_in_the_chosen_language(qtbot, ctx, language):
    language("zh_CN")
    settings.put("language", "zh_CN")
    settings.put("holiday_country", "CN")
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.show_month(2026, 10)
    assert view.model.holidays_on(date(2026, 10, 1)) == ["国庆节"]


@pytest.mark.parametrize(("name", "title"), [
    ("en", "December 2026"), ("zh_CN", "2026年12月"), ("es", "Diciembre de 2026")])
def test_month_title_as_the_language_writes_it(qtbot, ctx, name, title):
    from PySide6.QtWidgets import QApplication

    from mbdesk.ui import i18n

    app = QApplication.instance()
    previous = QLocale()
    try:
        i18n.install_translators(app, name)
        settings.put("holiday_country", "-")
        view = CalendarView(ctx)
        qtbot.addWidget(view)
        view.refresh()
        view.show_month(2026, 12)
        assert view.month_label.text() == title
    finally:
        i18n.install_translators(app, "en")
        QLocale.setDefault(previous)
