"""The base of every main screen: built lazily, refreshed when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mbdesk.services.context import AppContext


class View(QWidget):
    """A main screen. Subclasses set ``key`` and build their widgets in ``__init__``.

    ``refresh()`` reloads from the store; the main window calls it when the view is shown and
    after a sync changed data. It must stay fast (first page only; lazy models for the rest).
    """

    key = ""
    # False: building and refreshing the screen needs no ORM (its queries are plain SQL,
    # ``store/sql.py``), so it can be the first screen while peewee is not loaded yet
    needs_orm = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"view-{self.key}")

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the store (override)."""
