"""The user's time zone for display: the "timezone" setting, else the system's IANA zone.

Stored datetimes are naive UTC; screens turn them into aware local times here, so a DST change
inside the shown range is handled by ``zoneinfo`` and never by a fixed offset.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QLocale, QTimeZone

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


def format_local(utc_naive: datetime | None, zone: tzinfo, *, long: bool = False) -> str:
    """A stored time as a short (or long) local date and time in the UI locale."""
    if utc_naive is None:
        return ""
    local = to_local(utc_naive, zone)
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no real locale (C.UTF-8): ISO is clearest
        return local.strftime("%Y-%m-%d %H:%M")
    return f"{locale.toString(local.date(), fmt)} {locale.toString(local.time(), fmt)}"
