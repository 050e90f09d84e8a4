"""The user's time zone for display: the "timezone" setting, else the system's IANA zone.

Stored datetimes are naive UTC; screens turn them into aware local times here, so a DST change
inside the shown range is handled by ``zoneinfo`` and never by a fixed offset.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QLocale, QTimeZone
from PySide6.QtGui import QFontMetrics

from mbdesk.domain.system_zone import system_zone_name
from mbdesk.store import settings

log = logging.getLogger(__name__)


def _qt_zone_name() -> str:
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


def system_zone() -> tzinfo:
    """The system's zone: named by $TZ or /etc/localtime, else as Qt finds it (Windows; ~4 ms
    on the first call), else the current fixed offset."""
    for find in (system_zone_name, _qt_zone_name):
        try:
            return ZoneInfo(find())
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return datetime.now().astimezone().tzinfo or UTC


def user_zone() -> tzinfo:
    """The zone chosen in Settings (empty or unknown: the system zone)."""
    name = settings.get("timezone") or ""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r in settings; using the system zone", name)
    return system_zone()


def to_local(utc_naive: datetime, zone: tzinfo) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone(zone)


def to_utc_naive(local: datetime) -> datetime:
    """An aware local datetime as the naive UTC the database stores."""
    return local.astimezone(UTC).replace(tzinfo=None)


def ui_locale() -> QLocale:
    """The locale dates and times are written in: the default one (the interface language when
    Settings names one, else the system's) — but never Qt's "C" locale, whose "d MM yyyy" reads
    "4 12 2026": then US English, like the English interface."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


@lru_cache(maxsize=16)
def _date_formats(name: str) -> dict[str, str]:
    """Date formats of one locale, all derived from its own long format (so every language
    keeps its order and words): "medium" abbreviates names ("Fri, Dec 4, 2026", "2026年12月4日
    周五", "vie, 4 dic 2026"), "day_month" also drops the year, "plain" the weekday."""
    locale = QLocale(name) if name != "C" else QLocale(QLocale.Language.English,
                                                       QLocale.Country.UnitedStates)
    long_format = locale.dateFormat(QLocale.FormatType.LongFormat)
    medium = long_format.replace("dddd", "ddd").replace("MMMM", "MMM")
    medium = re.sub(r"\s*'de'(?=\s)", "", medium)  # es/pt: "4 dic 2026", not "4 de dic de 2026"
    weekday_month = re.sub(r"^y+(?:年|[\s/.\-])*", "", medium)
    weekday_month = re.sub(r"[\s,/.\-]*y+(?:\s*'[^']*'\.?)?\s*$", "", weekday_month)
    if "y" in weekday_month.replace("'", "") or not weekday_month:
        weekday_month = "ddd d MMM"  # the year sits mid-format: a plain fallback
    def without_weekday(fmt: str) -> str:
        stripped = re.sub(r"^ddd[\s,.]*", "", fmt)
        stripped = re.sub(r"[\s,.]*ddd$", "", stripped)
        return stripped if "ddd" not in stripped else fmt
    time_short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    hour = time_short.replace(":mm", "") if re.search(r"[aA][pP]", time_short) else time_short
    return {
        "short": locale.dateFormat(QLocale.FormatType.ShortFormat),
        "medium": medium,
        "long": long_format,
        "plain": without_weekday(medium),
        "weekday_month": weekday_month,
        "day_month": without_weekday(weekday_month),
        "time": time_short,
        "hour": hour,
    }


def date_format(style: str = "medium", locale: QLocale | None = None) -> str:
    """The Qt format string of ``style`` ("short", "medium", "long", "plain", "day_month",
    "weekday_month") in ``locale`` (default: :func:`ui_locale`)."""
    locale = locale or ui_locale()
    return _date_formats(locale.name())[style]


def format_date(day: date, style: str = "medium", locale: QLocale | None = None) -> str:
    """A calendar day as the interface language writes it (see :func:`date_format`)."""
    locale = locale or ui_locale()
    return locale.toString(day, _date_formats(locale.name())[style])


def format_time(clock: time, locale: QLocale | None = None, *, hour_only: bool = False) -> str:
    """A time of day: "2:45 PM" in English, "14:45" in Chinese and Spanish ("2 PM" / "14:00"
    with ``hour_only``, for the week view's hour ruler)."""
    locale = locale or ui_locale()
    return locale.toString(clock, _date_formats(locale.name())["hour" if hour_only else "time"])


def format_month(day: date, locale: QLocale | None = None) -> str:
    """A month and its year as the language writes them (CLDR's "yMMMM"): "December 2026",
    "2026年12月", "diciembre de 2026" — Qt has no such format of its own."""
    from babel.dates import format_skeleton  # ~25 ms, only when a month title is shown

    locale = locale or ui_locale()
    try:
        return format_skeleton("yMMMM", day, locale=locale.name())
    except ValueError:  # a locale CLDR does not know
        return f"{locale.standaloneMonthName(day.month)} {day.year}"


def format_date_range(first: date, last: date, locale: QLocale | None = None) -> str:
    """"Dec 7 – Dec 13, 2026" (the year once when both days share it)."""
    locale = locale or ui_locale()
    if first.year != last.year:
        return f"{format_date(first, 'plain', locale)} – {format_date(last, 'plain', locale)}"
    if date_format("plain", locale).startswith("y"):  # year first: "2026年12月7日 – 12月13日"
        return f"{format_date(first, 'plain', locale)} – {format_date(last, 'day_month', locale)}"
    return f"{format_date(first, 'day_month', locale)} – {format_date(last, 'plain', locale)}"


def format_local_time(local: datetime, *, long: bool = False,
                      locale: QLocale | None = None, style: str = "") -> str:
    """An aware local datetime: "Fri, Dec 4, 2026 2:45 PM" ("Friday, December 4, …" long;
    ``style="plain"`` drops the weekday, for narrow list columns: "Dec 4, 2026 2:45 PM")."""
    locale = locale or ui_locale()
    formats = _date_formats(locale.name())
    day_style = style or ("long" if long else "medium")
    return (f"{locale.toString(local.date(), formats[day_style])} "
            f"{locale.toString(local.time(), formats['time'])}")


def format_local(utc_naive: datetime | None, zone: tzinfo, *, long: bool = False,
                 style: str = "") -> str:
    """A stored time as a local date and time in the interface language (medium or long;
    ``style="plain"``: without the weekday, for list columns)."""
    if utc_naive is None:
        return ""
    return format_local_time(to_local(utc_naive, zone), long=long, style=style)


def widest_local_time(metrics: QFontMetrics, style: str = "plain") -> int:
    """Pixels the longest date and time of a year take in ``style`` ("Sep 30, 2026 12:44 PM",
    "2026年12月30日 23:44", "30 sept 2026 23:44"): a date column this wide never cuts the time."""
    samples = (datetime(2026, month, 30, hour, 44, tzinfo=UTC)
               for month in (9, 11, 12) for hour in (12, 23))
    return max(metrics.horizontalAdvance(format_local_time(when, style=style))
               for when in samples)
