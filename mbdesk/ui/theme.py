"""Light / dark / system appearance and fonts that can show Chinese."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")


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

    At start with "system" the platform palette is left alone (Qt's Fusion follows the desktop's
    colour scheme by itself); asking for the scheme would build all of ``Qt``'s enum classes,
    a cost the first paint does not need.
    """
    if app.style().name().lower() != "fusion":  # creating the style again costs start-up time
        app.setStyle(QStyleFactory.create("Fusion"))
    follow_system = theme in (None, "", "system")
    if follow_system and starting:
        return
    dark = theme == "dark" or (follow_system and system_is_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def dark_palette() -> QPalette:
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
