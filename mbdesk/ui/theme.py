"""Light / dark / system appearance and fonts that can show Chinese."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

THEMES = ("system", "light", "dark")
# Given to the QApplication that start-up creates: Qt then makes Fusion itself, and start-up
# never asks for the style from Python (that wraps it and builds QStyle's enums, ~8 ms)
STYLE_ARGUMENTS = ("-style", "fusion")


def apply_fonts(app: QApplication) -> None:
    """Prefer Noto Sans CJK after the default family so Han characters never fall to boxes."""
    font = QFont(app.font())
    font.setFamilies([font.family(), "Noto Sans CJK SC", "Noto Sans", "DejaVu Sans"])
    app.setFont(font)


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str | None, *, starting: bool = False) -> None:
    """Fusion with a light, dark or the platform's palette.

    At start (the application was made with ``STYLE_ARGUMENTS``, so it is Fusion already) with
    "system" the platform palette is left alone (Qt's Fusion follows the desktop's colour scheme
    by itself); asking for the scheme would build all of ``Qt``'s enum classes, a cost the first
    paint does not need.
    """
    if not starting and app.style().name().lower() != "fusion":  # no second style creation
        app.setStyle(QStyleFactory.create("Fusion"))
    follow_system = theme in (None, "", "system")
    if follow_system and starting:
        return
    dark = theme == "dark" or (follow_system and system_is_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor, QPalette  # their enums only when a palette is made

    p = QPalette()
    base, alt, text = QColor("#1f2329"), QColor("#2a2f36"), QColor("#e6e8eb")
    roles = {
        QPalette.ColorRole.Window: alt,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: alt,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3b82f6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6ea8fe"),
        QPalette.ColorRole.PlaceholderText: QColor("#8b929a"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7280"))
    return p
