"""The window's start-up sequence, each step with a clear message when it cannot go on."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mbdesk import APP_ID, APP_NAME, __version__
from mbdesk.errors import DatabaseCorruptError, MbdeskError
from mbdesk.instance_lock import InstanceLock
from mbdesk.logging_setup import setup_logging
from mbdesk.paths import Workspace, prepare_workspace, resolve_workspace
from mbdesk.secrets import SecretStore
from mbdesk.services.context import AppContext
from mbdesk.store import settings, sql
from mbdesk.store.backup import restore_backup
from mbdesk.store.db import connect, needs_migration, prepare_schema
from mbdesk.ui import crash, font_warmup, i18n, theme
from mbdesk.ui.gui_thread import favour_gui_thread

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

log = logging.getLogger(__name__)
GC_RESUME_LATEST_MS = 5000


class GuiStartup:
    """Runs the window; returns the process exit code."""

    def __init__(self, args: argparse.Namespace | SimpleNamespace) -> None:
        self.args = args
        self.lock: InstanceLock | None = None
        self.made_app = False  # this start-up created the QApplication (with Fusion)

    def run(self) -> int:
        if self.args.screenshot:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        favour_gui_thread()  # workers hand the interpreter lock back to painting sooner
        font_warmup.start()  # fontconfig reads its caches while the modules below load
        app = QApplication.instance()
        self.made_app = app is None
        if app is None:
            app = QApplication([*sys.argv[:1], *theme.STYLE_ARGUMENTS])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName(APP_NAME)
        app.setDesktopFileName(APP_ID)  # before any window shows (Wayland's app id)
        theme.apply_fonts(app)
        try:
            ws = resolve_workspace(self.args.data_dir, self.args.demo)
            prepare_workspace(ws)
            self.lock = InstanceLock(ws.lock_file)
            self.lock.acquire()
            log_file = setup_logging(ws.logs)
            crash.install(log_file)
            log.info("mbdesk %s starting on %s", __version__, ws.root)
            _apply_staged_restore(ws)
            db = self._prepare_database(ws)
        except MbdeskError as exc:
            if not self.args.screenshot:
                show_known_error(exc)
            raise
        try:
            code = self._run_window(app, ws, db)
        finally:
            if self.lock:
                self.lock.release()
        if code == 0:
            from mbdesk.ui.workspace_menu import restart_if_asked

            restart_if_asked()  # File → Restore: start again to apply the staged backup
        return code

    def _prepare_database(self, ws: Workspace):
        """Create or migrate the file (plain sqlite3); offer the last backup if it is damaged.

        Returns the ORM database only when the demo had to be filled (that needs it at once);
        otherwise the ORM is loaded once the inbox painted."""
        try:
            self._prepare_schema(ws)
        except DatabaseCorruptError as exc:
            if exc.backup and not self.args.screenshot and offer_restore(exc):
                restore_backup(Path(exc.backup), ws.database)
                prepare_schema(ws)
            else:
                raise
        if ws.is_demo:
            from mbdesk.store.demo import ensure_demo_workspace

            db = connect(ws.database)
            ensure_demo_workspace(ws)
            return db
        return None

    def _prepare_schema(self, ws: Workspace) -> None:
        """Create or migrate the file; a migration runs behind a busy dialog in the user's
        language (on 200,000 mentions it takes seconds)."""
        if not needs_migration(ws):
            prepare_schema(ws)
            return
        from mbdesk.ui.busy import run_with_busy_dialog

        language = settings.read_without_orm(ws.database, ("language",))["language"]
        i18n.install_translators(QApplication.instance(), self.args.language or language or "")
        log.info("migrating the database before the window opens")
        run_with_busy_dialog(
            lambda: prepare_schema(ws), APP_NAME,
            QApplication.translate("Startup", "Updating the database to a newer format…\n"
                                   "This happens once and can take a minute for a large inbox."))

    def _run_window(self, app: QApplication, ws: Workspace, db) -> int:
        if db is None:  # until the ORM is loaded, the inbox's queries run on plain sqlite3
            sql.open_plain(ws.database)
        # on the connection the inbox then reads from (a connection's first query reads the
        # whole schema: one connection, not two)
        early = {key: settings.get(key)
                 for key in ("language", "theme", "allow_plaintext_secrets", "onboarded")}
        i18n.install_translators(app, self.args.language or early["language"] or "")
        theme.apply_theme(app, early["theme"], starting=self.made_app)
        secrets = SecretStore(ws.root / "plaintext-secrets.json",
                              allow_plaintext=self.args.allow_plaintext_secrets
                              or bool(early["allow_plaintext_secrets"]))
        ctx = AppContext(workspace=ws, db=db, secrets=secrets)
        from mbdesk.ui.main_window import MainWindow

        window = MainWindow(ctx)
        if self.args.screenshot:
            from mbdesk.ui.screenshot import render_views

            _add_accounts_service(ctx)
            resume_garbage_collection()
            ctx.db = ctx.db or connect(ws.database)
            return render_views(window, self.args.screenshot)

        probing = bool(os.environ.get("MBDESK_STARTUP_PROBE"))
        if probing:
            _report_first_paint(window)
        # the ORM (peewee and the models, ~45 ms) once the inbox painted from plain SQL, before
        # the follow-ups; what needs it sooner loads it then (ctx.ensure_orm)
        window.initial_view_painted.connect(ctx.ensure_orm)
        # adding accounts is for a screen that can be opened once the window is on screen
        window.first_paint_done.connect(
            lambda: QTimer.singleShot(0, partial(_add_accounts_service, ctx)))
        # the icon (SVG and PNG loading, ~4 ms) once the first screen is up
        window.initial_view_painted.connect(lambda: QTimer.singleShot(0, _install_icon))
        window.show()
        # the slow follow-ups wait until the first screen is up, so they never compete with it
        window.initial_view_painted.connect(window.start_background_work)
        # the collector was off for start-up (mbdesk.app): on once the first screen is up, or
        # after a few seconds when it never paints (a window started minimised)
        window.initial_view_painted.connect(resume_garbage_collection)
        QTimer.singleShot(GC_RESUME_LATEST_MS, resume_garbage_collection)
        if not ws.is_demo and not probing and not early["onboarded"]:
            window.initial_view_painted.connect(window.run_onboarding)
        return app.exec()


def _add_accounts_service(ctx: AppContext) -> None:
    from mbdesk.services.accounts_service import AccountsService  # no network imports

    ctx.services.setdefault("accounts", AccountsService.for_context(ctx))


def resume_garbage_collection() -> None:
    """Freeze what start-up made (it lives as long as the window) and collect again: later
    collections then never scan those objects."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _install_icon() -> None:
    from mbdesk.ui import app_icon

    app_icon.install(QApplication.instance())


def _apply_staged_restore(ws: Workspace) -> None:
    """A restore chosen in File → Restore is applied here, before anything opens the file."""
    if not (ws.root / "restore-pending").exists():  # no import of the archive code otherwise
        return
    from mbdesk.store import archive

    kept = archive.apply_staged_restore(ws)
    log.info("restored the staged backup; the previous database was kept as %s", kept)


def show_known_error(exc: MbdeskError) -> None:
    from PySide6.QtWidgets import QMessageBox  # only on an error: not before the first paint

    box = QMessageBox(QMessageBox.Icon.Critical, exc.title, exc.message)
    box.setInformativeText(exc.hint)
    box.exec()


def offer_restore(exc: DatabaseCorruptError) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, exc.title, exc.message)
    box.setInformativeText(exc.hint)
    restore = box.addButton(QApplication.translate("Startup", "Restore last backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def _report_first_paint(window) -> None:
    """For the start-up benchmark: print when the frame and then the first screen have
    painted (wall time), then quit."""
    def frame() -> None:
        orm = "peewee" in sys.modules  # the start-up test checks the ORM was not needed yet
        # ... nor Qt's enum namespace (its first "from PySide6.QtCore import Qt" costs ~30 ms)
        enums = "Qt" in sys.modules["PySide6.QtCore"].__dict__
        print(f"MBDESK_PAINTED {time.time():.6f} orm_loaded={orm} qt_enums={enums} "
              f"gc={gc.isenabled()}", flush=True)

    def view() -> None:
        orm = "peewee" in sys.modules  # the inbox painted its rows from plain SQL
        shown = window.stack.currentWidget()
        rows = shown.model.rowCount() if hasattr(shown, "model") else 0
        enums = "Qt" in sys.modules["PySide6.QtCore"].__dict__  # nor Qt's enums (~28 ms)
        print(f"MBDESK_VIEW_PAINTED {time.time():.6f} orm_loaded={orm} rows={rows} "
              f"qt_enums={enums}", flush=True)
        QApplication.instance().quit()

    window.first_paint_done.connect(frame)
    window.initial_view_painted.connect(view)
