"""The one CSV writer of mbdesk: cells that a spreadsheet would run as a formula are defused.

Follower names, handles and post texts come from strangers. A cell starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets as a
formula (``=HYPERLINK(...)`` phones home, ``=cmd|...`` once ran programs). As OWASP recommends,
such a cell is written with a leading ``'``, which spreadsheets show as text and hide; plain
numbers (``-3``, ``+1.5``) stay numbers. :func:`unguard` takes the mark off again, so our own
exports import back as they were (``store.schedule_io``). Pure Python.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def guard(value: Any) -> Any:
    """The cell as it is safe to write (non-text values are left to ``csv``)."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return GUARD + value
    if unguard(value) != value:  # a text that itself starts with "'=": keep its quote on import
        return GUARD + value
    return value


def unguard(value: str) -> str:
    """A cell read back: our guard removed (only where :func:`guard` would have put it)."""
    if value.startswith(GUARD) and value[1:2] and guard(value[1:]) == value:
        return value[1:]
    return value


class SafeWriter:
    """``csv.writer`` with every cell through :func:`guard`."""

    def __init__(self, handle: Any, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([guard(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def writer(handle: Any, **options: Any) -> SafeWriter:
    """Use this, never ``csv.writer``, for any CSV mbdesk writes."""
    return SafeWriter(handle, **options)
