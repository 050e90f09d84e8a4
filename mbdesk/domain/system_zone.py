"""The system's IANA time zone name, read without Qt (for the CLI, and for the window, where
Qt's ``QTimeZone.systemTimeZoneId`` costs ~4 ms on its first call)."""

from __future__ import annotations

import os


def system_zone_name() -> str:
    """$TZ, else where the /etc/localtime link points; "" when neither says (e.g. Windows)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        return name
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return ""
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else ""
