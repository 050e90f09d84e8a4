"""The account colour dot: the colour in the middle, a darker rim, transparent corners."""

from __future__ import annotations

from PySide6.QtGui import QColor

from mbdesk.ui.account_badge import DOT_SIZE, color_dot


def _pixel(color: str, x: int, y: int) -> QColor:
    image = color_dot(color).pixmap(DOT_SIZE, DOT_SIZE).toImage()
    return image.pixelColor(x, y)


def test_dot_has_the_colour_a_darker_rim_and_clear_corners(qapp) -> None:
    middle = _pixel("#e11d48", DOT_SIZE // 2, DOT_SIZE // 2)
    assert (middle.red(), middle.green(), middle.blue(), middle.alpha()) == (0xE1, 0x1D, 0x48, 255)
    rim = _pixel("#e11d48", DOT_SIZE // 2, 3)  # the top edge of the 10 px circle
    assert rim.alpha() > 0 and rim.lightness() < middle.lightness()
    for x, y in ((0, 0), (DOT_SIZE - 1, 0), (0, DOT_SIZE - 1), (DOT_SIZE - 1, DOT_SIZE - 1)):
        assert _pixel("#e11d48", x, y).alpha() == 0


def test_unreadable_colour_is_grey(qapp) -> None:
    middle = _pixel("not a colour", DOT_SIZE // 2, DOT_SIZE // 2)
    assert middle.name() == "#9ca3af"
