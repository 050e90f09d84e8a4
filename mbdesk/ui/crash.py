"""The crash handler: a bug is logged with its traceback and shown in a dialog; the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("mbdesk.crash")
_showing = False


def install(log_file: Path) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception\n%s", details)
        show_crash_dialog(details, log_file)

    sys.excepthook = hook


def show_crash_dialog(details: str, log_file: Path) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Crash", "mbdesk hit a bug"),
            QCoreApplication.translate("Crash", "Something went wrong inside mbdesk. Your drafts "
                                       "and queued posts are saved in the database and were "
                                       "not lost."))
        box.setInformativeText(QCoreApplication.translate(
            "Crash", "The details were written to {log}. You can keep working; if the problem "
            "comes back, restart mbdesk and send that log file to the developers.")
            .format(log=log_file))
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False
