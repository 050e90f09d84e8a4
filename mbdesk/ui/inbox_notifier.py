"""Tray icon with the unread count, and desktop notifications for new mentions, crises and
sign-ins about to run out (tokens that cannot be renewed: a week, 3 days and 1 day ahead).

Where the desktop has a system tray (``QSystemTrayIcon.isSystemTrayAvailable()``) they come
from the tray icon; where it has none (stock GNOME) they go to the desktop's notification server
over D-Bus (``services.desktop_notifications``). Either way the window shows them too: the
signals ``unread_changed`` (the Inbox entry in the navigation shows the count) and ``shown``
(the status line shows the latest notification). The setting
``notify_mentions`` chooses what pops up: ``all`` new mentions, ``priority`` only (priority or
negative ones), or ``none``. Everything shown is also kept in ``messages`` (tests, the log).
"""

from __future__ import annotations

import os

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext
from mbdesk.store import crisis as crisis_store
from mbdesk.store import settings
from mbdesk.store.models import AccountStatus, MentionState, database_proxy, utcnow


def unread_count() -> int:
    return database_proxy.execute_sql("SELECT COUNT(*) FROM mention WHERE state = ?",
                                      [MentionState.NEW]).fetchone()[0]


def new_since(last_id: int) -> tuple[int, int, int]:
    """(new mentions, of which priority or negative, highest id) with ``id > last_id``."""
    n, urgent, top = database_proxy.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(priority > 0 OR negative), 0), COALESCE(MAX(id), ?)"
        " FROM mention WHERE id > ? AND state = ?",
        [last_id, last_id, MentionState.NEW]).fetchone()
    return n, urgent, top


def badge_icon(count: int) -> QIcon:
    """A round icon with the unread count on it (palette colours: fits dark and light)."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    palette = QApplication.palette()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight) if count
                     else QColor(palette.color(QPalette.ColorRole.Mid)))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(30 if count < 100 else 22)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter,
                     str(count) if count < 1000 else "999+")
    painter.end()
    return QIcon(pixmap)


class InboxNotifier(QObject):
    """Lives on the GUI thread; fed by the sync service's ``run_finished``.

    Signal ``scanned(int)``: the one-time crisis scan of older mentions flagged that many.
    """

    scanned = Signal(int)
    unread_changed = Signal(int)
    shown = Signal(str, str)  # title, text: every notification, also for the in-window line

    def __init__(self, ctx: AppContext, sync=None, parent: QObject | None = None,
                 tray_available: bool | None = None, desktop=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages: list[tuple[str, str]] = []
        self.desktop_ids: list[int | None] = []  # what the D-Bus server answered (tests, log)
        self._last_id = crisis_store.max_mention_id()
        self._crisis_shown_at = None
        available = (QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None
                     else tray_available)
        self.tray: QSystemTrayIcon | None = QSystemTrayIcon(self) if available else None
        self.desktop = desktop  # a DesktopNotifier, used where there is no tray
        if self.tray is not None:
            self.tray.activated.connect(self._on_activated)
            self.tray.show()
        elif desktop is None and os.environ.get("MBDESK_DESKTOP_NOTIFICATIONS") != "off":
            from mbdesk.services.desktop_notifications import DesktopNotifier

            self.desktop = DesktopNotifier()
        self.unread = -1
        self.update_unread()
        if sync is not None:  # the window: follow the sync, and flag what came before
            sync.run_finished.connect(self.on_run_finished)
            self.scan_existing_once()
            self.check_expiry()

    def scan_existing_once(self) -> None:
        """Mentions stored before the crisis watch existed are flagged once, on a worker thread
        (only adding flags: what the owner or another rule flagged stays)."""
        if settings.get("crisis_existing_scanned"):
            return

        def scan() -> int:
            flagged = crisis_store.flag_after(0)
            settings.put("crisis_existing_scanned", True)
            return flagged

        run_in_background(scan, self._on_scanned)

    def _on_scanned(self, flagged: int) -> None:
        if shiboken6.isValid(self):
            self.scanned.emit(flagged)

    def update_unread(self) -> None:
        count = unread_count()
        if count == self.unread:
            return
        self.unread = count
        self.unread_changed.emit(count)
        if self.tray is not None:
            self.tray.setIcon(badge_icon(count))
            self.tray.setToolTip(self.tr("mbdesk — %n unread mention(s)", "", count))

    def on_run_finished(self, result) -> None:
        if getattr(result, "new_mentions", 0) or getattr(result, "changed", False):
            self.check_new()
        self.check_expiry()  # the sync may have read a new expiry (or time moved on)

    def check_expiry(self) -> None:
        """One notification per account and step (7, 3, 1 days ahead; run out), remembered in
        the settings so a restart does not repeat it; a new expiry starts over."""
        from mbdesk.domain.token_expiry import notice_step
        from mbdesk.store.queries.accounts import account_briefs
        from mbdesk.ui.localtime import format_local, user_zone

        now = utcnow()
        shown = settings.get("token_expiry_notices") or {}
        kept: dict[str, str] = {}
        for brief in account_briefs():
            expires = brief.token_expires_at
            step = notice_step(expires, now)
            if expires is None or step is None or brief.status != AccountStatus.ACTIVE:
                continue
            key, mark = str(brief.id), f"{expires.isoformat()}|{step}"
            kept[key] = mark
            if shown.get(key) == mark:
                continue
            when = format_local(expires, user_zone())
            if step == 0:
                text = self.tr("{account}: the sign-in ran out on {date}. Posts wait until you "
                               "re-authorize it on the Accounts screen.")
            else:
                text = self.tr("{account}: the sign-in runs out within %n day(s), on {date}. "
                               "Re-authorize it on the Accounts screen so scheduled posts go "
                               "out.", "", step)
            self.notify(self.tr("Sign-in runs out"),
                        text.format(account=brief.display_name or brief.handle, date=when),
                        critical=True)
        if kept != shown:
            settings.put("token_expiry_notices", kept)
        from mbdesk.ui.blocked_post_notices import check_blocked_posts

        check_blocked_posts(self)  # posts due within a day / an hour whose sign-in is gone

    def check_new(self) -> None:
        """Notify about mentions that arrived since the last check, per the setting."""
        n, urgent, top = new_since(self._last_id)
        self._last_id = top
        self.update_unread()
        mode = settings.get("notify_mentions") or "all"
        if mode == "all" and n:
            self.notify(self.tr("New mentions"), self.tr("%n new mention(s) in the inbox", "", n))
        elif mode == "priority" and urgent:
            self.notify(self.tr("Priority mentions"),
                        self.tr("%n mention(s) need you soon", "", urgent))
        status = crisis_store.status(utcnow())
        if status.alert:
            self.crisis(status.negative_last_hour)

    def crisis(self, count: int) -> None:
        """One alert per hour at most: a crisis is told once, not at every sync."""
        now = utcnow()
        if self._crisis_shown_at is not None and \
                now - self._crisis_shown_at < crisis_store.WINDOW:
            return
        self._crisis_shown_at = now
        self.notify(self.tr("Crisis watch"),
                    self.tr("%n negative mention(s) in the last hour. Open the inbox to see "
                            "them together.", "", count), critical=True)

    def notify(self, title: str, text: str, critical: bool = False) -> None:
        """Pop up a desktop notification (a crisis even with "none"): from the tray icon, or
        through D-Bus on a worker thread where the desktop has no tray."""
        self.messages.append((title, text))
        self.shown.emit(title, text)
        if not critical and settings.get("notify_mentions") == "none":
            return
        if self.tray is None:
            if self.desktop is not None:
                desktop = self.desktop
                run_in_background(lambda: desktop.send(title, text, critical=critical),
                                  self._on_desktop_sent)
            return
        icon = (QSystemTrayIcon.MessageIcon.Warning if critical
                else QSystemTrayIcon.MessageIcon.Information)
        self.tray.showMessage(title, text, icon, 8000)

    def _on_desktop_sent(self, notification_id: int | None) -> None:
        self.desktop_ids.append(notification_id)

    def _on_activated(self, _reason) -> None:
        window = self.parent()
        if window is not None and hasattr(window, "show_view"):
            window.showNormal()
            window.raise_()
            window.activateWindow()
            window.show_view("inbox")
