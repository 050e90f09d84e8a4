"""An account as lists show it in a narrow column: its colour as a dot and a short name.

A display name such as "Panadería Luna · 月亮面包坊" is cut by a 115 px column to
"Panadería L…"; its first part ("Panadería Luna") says which account as well and fits.
Both are computed once per account (and dot colour), never per paint.
"""

from __future__ import annotations

import math
import re
import sys
from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

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
    """A round dot of ``color`` (any name QColor reads; grey when unreadable) with a darker
    rim, cached per colour. GUI thread only (it makes a pixmap).

    Drawn pixel by pixel, each pixel's share of the circle as its opacity (antialiasing),
    not with QPainter: PySide6 resolves ``setPen``/``setBrush`` against their ``Qt.PenStyle``
    overloads, which builds all of ``Qt``'s enums (~28 ms) before the inbox's first paint."""
    fill = QColor(color)
    if not fill.isValid():
        fill = QColor("#9ca3af")
    rim = fill.darker(125)
    centre, radius = DOT_SIZE / 2, DOT_DIAMETER / 2
    pixels = bytearray()  # premultiplied ARGB, 4 bytes a pixel in the machine's order
    for y in range(DOT_SIZE):
        for x in range(DOT_SIZE):
            distance = math.hypot(x + 0.5 - centre, y + 0.5 - centre)
            cover = min(1.0, max(0.0, radius + 0.5 - distance))
            shade = rim if distance > radius - 1.0 else fill
            alpha = round(255 * cover)
            argb = (alpha << 24 | shade.red() * alpha // 255 << 16
                    | shade.green() * alpha // 255 << 8 | shade.blue() * alpha // 255)
            pixels += argb.to_bytes(4, sys.byteorder)
    image = QImage(bytes(pixels), DOT_SIZE, DOT_SIZE, 4 * DOT_SIZE,
                   QImage.Format.Format_ARGB32_Premultiplied).copy()  # owns its pixels
    return QIcon(QPixmap.fromImage(image))
