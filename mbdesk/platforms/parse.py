"""Defensive readers for what a server sends, shared by the platform clients.

A server (or something pretending to be one) can send any JSON: a string where an object
belongs, a date that overflows when turned into UTC, a count of 10³⁰, ids that are lists, a
body nested 100,000 levels deep. One such item must never stop an account's sync for good,
so the clients read every remote item through these helpers: optional fields fall back to a
safe value, a missing required field raises :class:`BadItem`, and :func:`each` skips (and
counts) the items that cannot be read while keeping the rest of the page.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# SQLite's INTEGER is a signed 64-bit number: every count we store must fit.
MAX_COUNT = 2**63 - 1
# Longer digit strings are no id or count a server means (and int() of a very long one raises).
MAX_DIGITS = 30


class BadItem(ValueError):
    """One remote item lacks what it must have (an id, an author): it is skipped and counted."""


# What reading one malformed item can raise; anything else is a bug and goes up.
UNREADABLE: tuple[type[BaseException], ...] = (
    BadItem, TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError,
    RecursionError)


def json_body(resp: Any) -> Any:
    """``resp.json()``, with a body nested too deeply for the decoder (RecursionError) turned
    into the ValueError every caller already treats as "unreadable answer"."""
    try:
        return resp.json()
    except RecursionError:
        raise ValueError("The answer is nested too deeply to read.") from None


def obj(value: Any) -> dict[str, Any]:
    """``value`` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def items(value: Any) -> list[Any]:
    """``value`` when it is a JSON array, else an empty one (a string is no list of items)."""
    return value if isinstance(value, list) else []


def text(value: Any, default: str = "") -> str:
    """A string field: strings as they are, numbers as their digits, anything else ``default``
    (a list or object never becomes its Python repr on the screen)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value) if math.isfinite(value) else default
    return default


def ident(value: Any) -> str:
    """An id: a non-empty string, or an integer as its digits; "" for anything else."""
    if isinstance(value, str):
        return value.strip() if len(value) <= 2000 else ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if abs(value) < 10**MAX_DIGITS else ""
    return ""


def required_id(value: Any, what: str = "id") -> str:
    """An id the item cannot do without; :class:`BadItem` when it is missing or malformed."""
    out = ident(value)
    if not out:
        raise BadItem(f"an item without a usable {what}")
    return out


def digits(value: Any) -> str:
    """A numeric id (Weibo, X): ASCII digits only, short enough to compare; "" otherwise."""
    out = ident(value)
    return out if out.isascii() and out.isdigit() and len(out) <= MAX_DIGITS else ""


def count(value: Any) -> int:
    """A count to store: 0 for what is not a number, clamped into 0 … 2⁶³−1 (SQLite's
    INTEGER) for what is too big — never an overflow when the row is written."""
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, float):
        if math.isnan(value):
            return 0
        if math.isinf(value):
            return MAX_COUNT if value > 0 else 0
        value = int(value)
    elif isinstance(value, str):
        s = value.strip()
        if not (s.isascii() and s.isdigit()):
            return 0
        if len(s) > 19:
            return MAX_COUNT
        value = int(s)
    if not isinstance(value, int):
        return 0
    return max(0, min(value, MAX_COUNT))


def time(value: Any) -> datetime | None:
    """ISO 8601 (``Z`` or an offset) → naive UTC; None when absent, unparseable, or out of
    range once converted (``0001-01-01T00:00:00+14:00`` overflows)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if dt.tzinfo is not None:
            dt = dt.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None
    return dt


def utc(dt: datetime) -> datetime | None:
    """An aware datetime → naive UTC, None when that overflows (year 1 or 9999 edges)."""
    try:
        return dt.astimezone(UTC).replace(tzinfo=None) if dt.tzinfo is not None else dt
    except (ValueError, OverflowError):
        return None


def each(values: Iterable[Any], read: Callable[[Any], T | None]) -> tuple[list[T], int]:
    """``read`` every item; an item it cannot read is skipped and counted, the rest kept.

    ``read`` returning None means "not for us" (a notification of another type): dropped
    without counting. Returns (what was read, how many items were unreadable).
    """
    out: list[T] = []
    skipped = 0
    for value in values:
        try:
            result = read(value)
        except UNREADABLE as exc:
            skipped += 1
            log.info("skipped an item from the server that could not be read (%s: %s)",
                     type(exc).__name__, str(exc)[:200])
            continue
        if result is not None:
            out.append(result)
    return out, skipped


__all__ = ["MAX_COUNT", "UNREADABLE", "BadItem", "count", "digits", "each", "ident", "items",
           "json_body", "obj", "required_id", "text", "time", "utc"]
