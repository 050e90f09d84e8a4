"""The File menu's "Feeds to drafts…" and the hourly feed checks behind it.

Kept light (no feedparser, no requests at import): the window builds its menus before the
first paint. The feed service starts with the window but checks only once the database is
known good (the sync service exists), two minutes after start and then every hour; the demo
workspace's sample feed is never fetched on a timer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from mbdesk.services.context import AppContext


class FeedsAction(QObject):
    """Owns the action and the window's ``FeedService`` (``ctx.services["feeds"]``)."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.action = QAction(window)
        self.action.setObjectName("feeds-action")
        self.action.triggered.connect(self.open_dialog)
        self.retranslate()
        window.installEventFilter(self)
        self.service = self._start_service()

    def _start_service(self):
        from mbdesk.services.feed_service import FeedService

        ctx = self.ctx
        service = FeedService(self, ready=lambda: ctx.db is not None and "sync" in ctx.services)
        ctx.services["feeds"] = service
        service.drafts_added.connect(self._on_drafts_added)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(service.stop)
        if not ctx.workspace.is_demo:
            service.start()
        return service

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("Fee&ds to drafts…"))

    def open_dialog(self):
        from mbdesk.ui.feeds_dialog import FeedsDialog

        self.ctx.ensure_orm()  # opened before the inbox painted, the ORM is not loaded yet
        dialog = FeedsDialog(self.service, self.window)
        dialog.open()
        return dialog

    def _on_drafts_added(self, count: int) -> None:
        stack = getattr(self.window, "stack", None)
        current = stack.currentWidget() if stack is not None else None
        if current is not None and hasattr(current, "refresh"):
            current.refresh()  # the drafts list shows them at once
        panel = getattr(self.window, "status_panel", None)
        if panel is not None:
            panel.set_message(self.tr("%n new draft(s) from feeds", "", count))


def feeds_action(ctx: AppContext, window: QWidget) -> QAction:
    """The menu action (its owner lives as long as the window)."""
    return FeedsAction(ctx, window).action
