"""The main window: navigation, lazily built screens, status bar, menus.

Signals:
    first_paint_done(): emitted once, after the window frame first painted.
    initial_view_painted(): emitted once, after the first screen painted with its data.

The first screen is built right after the frame has painted (not before), so the window
appears at once even on a big database and fills in a moment later.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from mbdesk import __version__
from mbdesk.services.context import AppContext
from mbdesk.store import backup
from mbdesk.store.db import CheckCancelled, check_integrity, open_database
from mbdesk.ui.views import VIEW_KEYS, load_view_class
from mbdesk.ui.views.base import View

log = logging.getLogger(__name__)
KEYRING_CHECK_DELAY_MS = 3000
ANALYTICS_PREWARM_DELAY_MS = 1500  # after the first screen: the import then competes with nothing
SLOW_FIRST_OPEN = frozenset({"analytics"})  # imports pyqtgraph and builds five plots (~0.4 s)


class MainWindow(QMainWindow):
    first_paint_done = Signal()
    initial_view_painted = Signal()
    INITIAL_VIEW = "inbox"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._views: dict[str, View] = {}
        self._painted = False
        self._cancel_checks = threading.Event()
        QApplication.instance().aboutToQuit.connect(self._cancel_checks.set)
        self.setObjectName("main-window")
        self.resize(1280, 800)
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        self.retranslate()
        self.nav.blockSignals(True)  # the first screen is built after the frame painted
        self.nav.setCurrentRow(VIEW_KEYS.index(self.INITIAL_VIEW))
        self.nav.blockSignals(False)

    # -- layout ------------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(central)
        for _ in VIEW_KEYS:  # row i is VIEW_KEYS[i]
            item = QListWidgetItem()
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced by the view on first open
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        central.installEventFilter(self)

    def _build_menus(self) -> None:
        """The menu titles now; their actions once the first screen painted, or when a menu
        opens before that (``_fill_menus``): the actions, the backup and feed services behind
        them and the key sequences cost ~7 ms the first paint does not need."""
        self.file_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self._menus_filled = False
        for menu in (self.file_menu, self.help_menu):
            menu.aboutToShow.connect(self._fill_menus)

    def _fill_menus(self) -> None:
        if self._menus_filled:
            return
        self._menus_filled = True
        from PySide6.QtGui import QAction

        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.logs_action = QAction(self)
        self.logs_action.triggered.connect(self._on_open_logs)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about)
        from mbdesk.ui.workspace_menu import WorkspaceActions

        self.workspace_actions = WorkspaceActions(self.ctx, self)
        for action in self.workspace_actions.actions():
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        from mbdesk.ui.feeds_menu import feeds_action  # Feeds to drafts… and hourly checks

        self.file_menu.addAction(feeds_action(self.ctx, self))
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.logs_action)
        self.help_menu.addAction(self.about_action)
        self.view_actions = []
        for key in VIEW_KEYS:
            action = QAction(self)
            action.triggered.connect(lambda _=False, k=key: self.show_view(k))
            self.addAction(action)
            self.view_actions.append(action)
        self._retranslate_actions()

    def _install_shortcuts(self) -> None:
        """Keyboard shortcuts (and the menus' actions), set once the first screen has painted:
        the first key sequence builds all of Qt's enum classes, which neither the frame nor the
        first screen needs before it shows."""
        from PySide6.QtGui import QKeySequence

        self._fill_menus()
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for index, action in enumerate(self.view_actions, start=1):
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))

    def _build_status_bar(self) -> None:
        from mbdesk.ui.status import StatusPanel

        self.status_panel = StatusPanel(self.ctx, self)
        self.statusBar().addPermanentWidget(self.status_panel, 1)

    def retranslate(self) -> None:
        title = self.tr("mbdesk")
        if self.ctx.workspace.is_demo:
            title = self.tr("mbdesk — demo workspace")
        self.setWindowTitle(title)
        for row, key in enumerate(VIEW_KEYS):
            self.nav.item(row).setText(self.view_title(key))
        if getattr(self, "_unread", 0):
            self._show_unread(self._unread)
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self._menus_filled:
            self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        self.settings_action.setText(self.tr("&Settings…"))
        self.workspace_actions.retranslate()
        self.quit_action.setText(self.tr("&Quit"))
        self.logs_action.setText(self.tr("Open the &log folder"))
        self.about_action.setText(self.tr("&About mbdesk"))

    def view_title(self, key: str) -> str:
        titles = {
            "compose": self.tr("Compose & Drafts"),
            "calendar": self.tr("Calendar"),
            "inbox": self.tr("Inbox"),
            "followers": self.tr("Followers"),
            "analytics": self.tr("Analytics"),
            "accounts": self.tr("Accounts"),
        }
        return titles[key]

    # -- views -------------------------------------------------------------------------------
    def view(self, key: str) -> View:
        """The screen for ``key``, built on first use."""
        if key not in self._views:
            cls = load_view_class(key)
            if cls.needs_orm:
                self.ctx.ensure_orm()  # start-up loads it once the inbox painted
            view = cls(self.ctx, self.stack)
            self._replace_page(VIEW_KEYS.index(key), view)
            self._views[key] = view
            if key == "calendar":  # a chip with a draft opens it in the composer
                view.open_draft.connect(  # type: ignore[attr-defined]
                    lambda draft_id: self.show_view("compose").open_draft(draft_id))
        return self._views[key]

    def show_view(self, key: str) -> View:
        """Switch to ``key`` now (built at once even when the navigation would defer it)."""
        self.nav.setCurrentRow(VIEW_KEYS.index(key))
        if self.stack.currentWidget() is not self.view(key):
            self._open(key)
        return self._views[key]

    def _show_loading(self, row: int) -> None:
        """Put "Loading…" where the screen will be. ``Qt`` is imported here, not at the top:
        its first import builds Qt's enum namespace (~30 ms), which start-up must not pay
        before the window paints (``tests/test_app_shell.py`` guards it)."""
        from PySide6.QtCore import Qt

        label = QLabel(self.tr("Loading…"), self.stack)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._replace_page(row, label)
        self.stack.setCurrentIndex(row)
        label.repaint()

    def _replace_page(self, row: int, widget: QWidget) -> None:
        old = self.stack.widget(row)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(row, widget)

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = VIEW_KEYS[row]
        if key in SLOW_FIRST_OPEN and key not in self._views:
            # Say "Loading…" on screen before the long first build (a click never looks dead).
            self._show_loading(row)
            QTimer.singleShot(0, lambda: self._open_if_still_wanted(row))
            return
        self._open(key)

    def _open_if_still_wanted(self, row: int) -> None:
        key = VIEW_KEYS[row]
        if self.nav.currentRow() == row and self.stack.currentWidget() is not self._views.get(key):
            self._open(key)

    def _open(self, key: str) -> None:
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        view.refresh()

    def refresh_all(self) -> None:
        for view in self._views.values():
            view.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel_checks.set()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self.centralWidget() and not self._painted:
                self._painted = True
                self.first_paint_done.emit()
                QTimer.singleShot(0, self._build_initial_view)
            elif isinstance(watched, View):
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.initial_view_painted.emit)
                QTimer.singleShot(0, self._install_shortcuts)
        return super().eventFilter(watched, event)

    def _build_initial_view(self) -> None:
        """Build and show the selected screen unless something already did."""
        key = VIEW_KEYS[max(self.nav.currentRow(), 0)]
        first = key not in self._views
        view = self.view(key)
        if first:
            view.installEventFilter(self)  # its paint installs the shortcuts
        else:
            QTimer.singleShot(0, self._install_shortcuts)
        self.stack.setCurrentWidget(view)
        view.refresh()

    # -- start-up follow-ups -----------------------------------------------------------------
    def start_background_work(self) -> None:
        """Check the database, then take the daily backup — off the GUI thread.

        Every start runs ``quick_check``; the first start of a day runs the full
        ``integrity_check`` before taking that day's backup, so a backup is always of a sound
        file. On a 250 MB database the full check takes seconds, so it can be cancelled on quit.
        """
        ws = self.ctx.workspace
        cancel = self._cancel_checks

        def check_and_backup() -> list[str]:
            full = not backup.has_daily_backup(ws.backups)
            try:
                problems = check_integrity(ws.database, quick=not full, cancel=cancel)
                if not problems and full:
                    backup.daily_backup(ws.database, ws.backups)
            except CheckCancelled:
                return []
            return problems

        self.status_panel.set_message(self.tr("Checking the database…"))
        # asking for the keyring loads D-Bus and crypto libraries: not urgent, do it a bit later
        QTimer.singleShot(KEYRING_CHECK_DELAY_MS, self.status_panel.check_keyring)
        from mbdesk.ui import plot_prewarm  # pyqtgraph on a thread, so Analytics opens at once
        QTimer.singleShot(ANALYTICS_PREWARM_DELAY_MS, self,
                          lambda: plot_prewarm.start(then=self._prebuild_analytics))
        from mbdesk.services.background import run_in_background  # after the paint

        run_in_background(check_and_backup, self._on_integrity_checked, self._on_background_error)

    def _prebuild_analytics(self) -> None:
        """Build Analytics hidden once its module is imported (idle time, short steps), so a
        click shows its charts drawn."""
        from mbdesk.ui import plot_prewarm

        plot_prewarm.warm(self._analytics_ahead)

    def _analytics_ahead(self) -> View | None:
        """The hidden Analytics screen, or None when it is opening already or the window is
        gone (the click builds it then)."""
        import shiboken6

        key = "analytics"
        if not shiboken6.isValid(self) or not self.isVisible() or key in self._views \
                or self.nav.currentRow() == VIEW_KEYS.index(key):
            return None
        return self.view(key)

    def _on_integrity_checked(self, problems: list[str]) -> None:
        if not problems:
            self.status_panel.set_message(self.tr("Database checked: OK"))
            self._attach_sync()
            self.status_panel.start_sync()
            return
        log.error("integrity check failed: %s", problems[:5])
        self.status_panel.set_message(self.tr("The database is damaged"))
        self._offer_restore(problems)

    def _attach_sync(self) -> None:
        """Create the sync service once the database is known good (imported late: start-up)."""
        if "sync" in self.ctx.services:
            return
        from mbdesk.services.sync_service import SyncService

        sync = SyncService.for_context(self.ctx, parent=self)
        self.ctx.services["sync"] = sync
        sync.data_changed.connect(self._on_data_changed)
        QApplication.instance().aboutToQuit.connect(sync.stop)
        self._on_data_changed()  # the screen on show follows the new service (Accounts: live state)
        from mbdesk.ui.inbox_notifier import InboxNotifier  # tray icon, new-mention alerts

        notifier = InboxNotifier(self.ctx, sync, parent=self)
        self.ctx.services["notifier"] = notifier
        notifier.unread_changed.connect(self._show_unread)  # the in-window badge
        notifier.shown.connect(
            lambda title, text: self.status_panel.set_message(f"{title}: {text}"))
        self._show_unread(notifier.unread)

    def _show_unread(self, count: int) -> None:
        """The Inbox entry of the navigation carries the unread count (also without a tray)."""
        self._unread = count
        row = VIEW_KEYS.index("inbox")
        title = self.view_title("inbox")
        self.nav.item(row).setText(
            self.tr("{title} ({count})").format(title=title, count=QLocale().toString(count))
            if count > 0 else title)

    def _on_data_changed(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, View):
            current.refresh()
        ahead = self._views.get("analytics")  # built ahead, hidden: kept current, ready to show
        if ahead is not None and ahead is not current:
            ahead.refresh()

    def _offer_restore(self, problems: list[str]) -> None:
        ws = self.ctx.workspace
        last = backup.latest_backup(ws.backups)
        from PySide6.QtWidgets import QMessageBox  # not imported before the first paint

        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Database damaged"),
                          self.tr("The database check found problems: {details}")
                          .format(details="; ".join(problems[:3])), parent=self)
        if last is None:
            box.setInformativeText(self.tr(
                "No backup exists yet. Keep mbdesk closed and copy the data folder {folder} "
                "somewhere safe before trying anything else.").format(folder=ws.root))
            box.exec()
            return
        box.setInformativeText(self.tr(
            "You can restore the last backup ({name}). The damaged file is kept beside it, "
            "not deleted.").format(name=last.name))
        restore = box.addButton(self.tr("Restore last backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            self.ctx.db.close()
            backup.restore_backup(last, ws.database)
            self.ctx.db = open_database(ws)
            self.refresh_all()
            self.status_panel.set_message(self.tr("Restored {name}").format(name=last.name))

    def _on_background_error(self, message: str) -> None:
        self.status_panel.set_message(message)

    def run_onboarding(self) -> None:
        from mbdesk.ui.onboarding import OnboardingDialog

        OnboardingDialog(self.ctx, self).exec()

    def open_settings(self) -> None:
        from mbdesk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def _on_open_logs(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.workspace.logs)))

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About mbdesk"), self.tr(
            "mbdesk {version}\nA desktop console for a shop's microblog accounts.\n"
            "Data folder: {folder}").format(version=__version__, folder=self.ctx.workspace.root))
