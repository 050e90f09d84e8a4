"""File menu: Back up now…, Restore…, Export workspace… (the window side of ``store.archive``).

Copying and unpacking run on the thread pool; the dialogs only ask and report. A restore is
staged, then applied by a restart of mbdesk, so no open connection (GUI, sync worker) ever sees
the database file replaced under it.
"""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext

if TYPE_CHECKING:
    from mbdesk.store.archive import BackupSummary

log = logging.getLogger(__name__)
RESTART_PROPERTY = "mbdesk_restart"


class WorkspaceActions(QObject):
    """Owns the three actions; ``parent`` is the main window (dialogs centre on it)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.backup_action = QAction(parent)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(parent)
        self.restore_action.triggered.connect(self.restore)
        self.export_action = QAction(parent)
        self.export_action.triggered.connect(self.export)
        self.busy = False

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.export_action]

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore a backup…"))
        self.export_action.setText(self.tr("&Export workspace…"))

    def _status(self, text: str) -> None:
        panel = getattr(self.window, "status_panel", None)
        if panel is not None:
            panel.set_message(text)

    def _start(self, fn, on_done) -> None:
        """One copy at a time; the actions are off while it runs."""
        self.busy = True
        for action in self.actions():
            action.setEnabled(False)

        def done(result) -> None:
            self._finish()
            on_done(result)

        def failed(message: str) -> None:
            self._finish()
            QMessageBox.warning(self.window, self.tr("mbdesk"), message)

        run_in_background(fn, done, failed)

    def _finish(self) -> None:
        self.busy = False
        for action in self.actions():
            action.setEnabled(True)

    # -- back up -----------------------------------------------------------------------------
    def back_up_now(self, _checked: bool = False, target: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from mbdesk.store import archive  # zipfile etc.: not at start-up

        ws = self.ctx.workspace
        if target is None:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
            suggested = ws.backups / f"backup-{stamp}{archive.BACKUP_SUFFIX}"
            target, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Back up now"), str(suggested),
                self.tr("mbdesk backups (*.zip)"))
            if not target:
                return
        path = Path(target)
        self._status(self.tr("Writing the backup…"))
        self._start(lambda: archive.backup_now(ws, path), self._backed_up)

    def _backed_up(self, path: Path) -> None:
        self._status(self.tr("Backup written: {path}").format(path=path))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup written"), self.tr(
            "The backup is in {path}.\nIt holds the database and the images. Access tokens stay "
            "in this computer's keyring: after restoring on another computer, sign in to each "
            "account again.").format(path=path), parent=self.window)
        show = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    # -- restore -----------------------------------------------------------------------------
    def restore(self, _checked: bool = False, source: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from mbdesk.store import archive  # zipfile etc.: not at start-up

        ws = self.ctx.workspace
        if source is None:
            source, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore a backup"), str(ws.backups),
                self.tr("mbdesk backups (*.zip *.sqlite3);;All files (*)"))
            if not source:
                return
        path = Path(source)
        self._status(self.tr("Reading the backup…"))
        self._start(lambda: archive.stage_restore(ws, path), self.confirm_restore)

    def confirm_restore(self, summary: BackupSummary) -> bool:
        """Show what the backup holds; restart to apply it, or forget it. True = restarting."""
        self._status("")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"),
                          self.describe(summary), parent=self.window)
        box.setInformativeText(self.tr(
            "Your current data is kept as a copy in the backups folder. mbdesk restarts to "
            "finish; anything typed and not yet saved is saved first."))
        go = box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.last_box = box
        box.exec()
        if box.clickedButton() is not go:
            from mbdesk.store import archive

            archive.discard_staged_restore(self.ctx.workspace)
            self._status(self.tr("Restore cancelled; nothing was changed."))
            return False
        log.info("restore of %s staged; restarting", summary.path.name)
        app = QApplication.instance()
        app.setProperty(RESTART_PROPERTY, True)
        self.window.close()
        return True

    def describe(self, summary: BackupSummary) -> str:
        from mbdesk.ui.localtime import format_local_time, ui_locale, user_zone

        locale = ui_locale()
        made = (format_local_time(summary.created_at.astimezone(user_zone()))
                if summary.created_at else self.tr("unknown date"))
        labels = {
            "accounts": self.tr("Accounts"), "drafts": self.tr("Drafts"),
            "posts": self.tr("Posts"), "mentions": self.tr("Mentions"),
            "people": self.tr("People"), "tags": self.tr("Tags"),
        }
        lines = [self.tr("Backup: {name}").format(name=summary.path.name),
                 self.tr("Made: {when}").format(when=made)]
        lines += [self.tr("{label}: {count}").format(label=labels.get(key, key),
                                                      count=locale.toString(count))
                  for key, count in summary.counts.items()]  # "账号：3" in Chinese
        lines.append(self.tr("Images: {count}").format(count=locale.toString(summary.media_files)))
        return "\n".join(lines)

    # -- export ------------------------------------------------------------------------------
    def export(self, _checked: bool = False, folder: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from mbdesk.store import archive  # zipfile etc.: not at start-up

        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export the workspace into an empty folder"),
                str(Path.home()))
            if not folder:
                return
        ws = self.ctx.workspace
        path = Path(folder)
        self._status(self.tr("Exporting…"))
        self._start(lambda: archive.export_workspace(ws, path),
                    lambda rows: self._exported(path, rows))

    def _exported(self, path: Path, rows: dict[str, int]) -> None:
        from mbdesk.ui.localtime import ui_locale

        locale = ui_locale()
        text = self.tr("Exported {tables} tables ({rows} rows) and the images to {path}.").format(
            tables=locale.toString(len(rows)), rows=locale.toString(sum(rows.values())),
            path=path)
        self._status(text)
        QMessageBox.information(self.window, self.tr("Export finished"), text)


def restart_command() -> list[str]:
    """The command line that starts this same mbdesk again (a bundle or ``python main.py``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def restart_if_asked() -> None:
    """After the window closed for a restore: start mbdesk again in this process's place."""
    app = QApplication.instance()
    if app is None or not app.property(RESTART_PROPERTY):
        return
    command = restart_command()
    log.info("restarting mbdesk to finish the restore")
    logging.shutdown()
    os.execv(command[0], command)
