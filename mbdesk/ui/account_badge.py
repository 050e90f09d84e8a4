"""An account as lists show it in a narrow column: its colour as a dot and a short name.

A display name such as "Panadería Luna · 月亮面包坊" is cut by a 115 px column to
"Panadería L…"; its first part ("Panadería Luna") says which account as well and fits.
Both are computed once per account (and dot colour), never per paint.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

# Separators shops put between the parts of a display name: "Name · 名字", "Name | Shop",
# "Name — Help", "Name (Help)". A hyphen counts only with spaces around it ("Coca-Cola" stays).
_SEPARATORS = re.compile(r"\s+[·•|—–-]\s+|\s*[·•|｜（(]\s*")
DOT_SIZE = 16  # the item views' small-icon size: no scaling
DOT_DIAMETER = 10


def short_name(name: str | None) -> str:
    """The first part of a display name ("Panadería Luna · 月亮面包坊" → "Panadería Luna");
    the whole name when it has one part or the first part is empty."""
    name = (name or "").strip()
    first = _SEPARATORS.split(name, maxsplit=1)[0].strip()
    return first or name


@lru_cache(maxsize=64)
def color_dot(color: str) -> QIcon:
    """A round dot of ``color`` (any name QColor reads; grey when unreadable), cached per
    colour. GUI thread only (it paints a pixmap)."""
    fill = QColor(color)
    if not fill.isValid():
        fill = QColor("#9ca3af")
    pixmap = QPixmap(DOT_SIZE, DOT_SIZE)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(fill.darker(125))
    painter.setBrush(fill)
    offset = (DOT_SIZE - DOT_DIAMETER) / 2
    painter.drawEllipse(offset, offset, DOT_DIAMETER - 1, DOT_DIAMETER - 1)
    painter.end()
    return QIcon(pixmap)
