"""The system's time zone, found without Qt where the system names it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from mbdesk.domain.system_zone import system_zone_name
from mbdesk.ui.localtime import system_zone


def test_tz_variable_names_the_zone(monkeypatch) -> None:
    monkeypatch.setenv("TZ", ":Asia/Shanghai")
    assert system_zone_name() == "Asia/Shanghai"
    assert system_zone() == ZoneInfo("Asia/Shanghai")


def test_an_unknown_name_falls_back_without_failing(qapp, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Nowhere/Atlantis")
    assert system_zone() is not None  # Qt's answer, else today's fixed offset


def test_without_tz_the_localtime_link_is_read(monkeypatch) -> None:
    import os

    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(os.path, "realpath", lambda _path: "/usr/share/zoneinfo/Europe/Madrid")
    assert system_zone_name() == "Europe/Madrid"
