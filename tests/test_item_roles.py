"""The plain role numbers the first screen uses are Qt's."""

from PySide6.QtCore import Qt

from mbdesk.ui import item_roles


def test_roles_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == item_roles.DISPLAY
    assert Qt.ItemDataRole.DecorationRole.value == item_roles.DECORATION
    assert Qt.ItemDataRole.ToolTipRole.value == item_roles.TOOLTIP
    assert Qt.ItemDataRole.FontRole.value == item_roles.FONT
    assert Qt.ItemDataRole.UserRole.value == item_roles.USER
