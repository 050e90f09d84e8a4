"""pyqtgraph's date axis, speaking the interface language.

pyqtgraph writes month and weekday names with ``strftime``, which speaks the C library's
locale (English, or the system's) whatever language mbdesk shows; this axis writes them with
QLocale, so a Chinese chart reads "1月 2月" and a Spanish one "ene feb". Numbers (days, hours,
years) stay as pyqtgraph writes them. ``LocaleNumberAxis`` groups value-axis numbers by locale.
"""

from __future__ import annotations

import calendar
import math
import os
from itertools import pairwise

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtWidgets  # noqa: F401 - Qt binding first, then pyqtgraph

# isort: split
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from PySide6.QtCore import QLocale

_NAMED = ("%b", "%a")  # the strftime codes that write names


class LocalDateAxis(pg.DateAxisItem):
    """A ``DateAxisItem`` whose month and weekday names follow ``QLocale()``."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is not None and spec.format == "%d":  # day numbers under month names
            return self._day_strings(values, scale, spacing)
        if spec is None or not any(code in spec.format for code in _NAMED):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        out: list[str] = []
        for value in values:
            try:
                day = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            names = (spec.format
                     .replace("%b", locale.standaloneMonthName(day.month, short))
                     .replace("%a", locale.dayName(day.isoweekday(), short)))
            out.append(day.strftime(names))  # what is left are numbers: %d, %Y
        return out

    def _day_strings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        """Day numbers, minus those that would run into a month's name: the month label sits
        on the 1st, so a day closer to a 1st than half a day-tick step is left blank (pyqtgraph
        drew "29Oct" and "Nov03")."""
        out = super().tickStrings(values, scale, spacing)
        # ``spacing`` is the level's (one day); the ticks drawn may be every few days
        step = min((b - a for a, b in pairwise(values)), default=spacing)
        half_step = max(step, spacing) / 2 / 86400
        for i, value in enumerate(values):
            try:
                day = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                continue
            since_first = day.day - 1
            to_next_first = calendar.monthrange(day.year, day.month)[1] - day.day + 1
            if 0 < since_first < half_step or to_next_first < half_step:
                out[i] = ""
        return out


class LocaleNumberAxis(pg.AxisItem):
    """A value axis writing its numbers as the interface language does: 12,345 in English and
    Chinese, 12.345 in Spanish (pyqtgraph writes "12345" whatever the language)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)  # "(x1e+03)" reads worse than a grouped number

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        step = spacing * scale
        decimals = 0 if step >= 1 else min(6, max(1, -math.floor(math.log10(step))))
        out = []
        for value in values:
            shown = value * scale
            if decimals == 0:
                out.append(locale.toString(round(float(shown))))
            else:
                out.append(locale.toString(float(shown), "f", decimals))
        return out
