"""Widgets sized to their translated text, so Spanish and Chinese labels are never cut."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def fit_placeholder(edit: QLineEdit, extra: int = 0) -> None:
    """The field is never narrower than its placeholder (plus the clear button and frame):
    a squeezed row cut "Buscar menciones… (/)" to "Buscar menci…"."""
    text = edit.placeholderText()
    if not text:
        return
    width = edit.fontMetrics().horizontalAdvance(text) + 2 * 8 + extra
    if edit.isClearButtonEnabled():
        width += edit.fontMetrics().height() + 4
    edit.setMinimumWidth(width)
