"""The crash handler: a bug is logged with its traceback and shown in a dialog; the app goes on."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mbdesk.errors import DiskFullError, MbdeskError, known_error

log = logging.getLogger("mbdesk.crash")
_showing = False


def has_screen() -> bool:
    """False under the offscreen/minimal platforms (screenshots, CI), where no one could
    dismiss a modal dialog: there the traceback goes to stderr instead of blocking forever."""
    app = QApplication.instance()
    return app is not None and QApplication.platformName() not in ("offscreen", "minimal")


def install(log_file: Path, interactive: Callable[[], bool] = has_screen) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        known = known_error(exc)  # a full disk is not a bug: say so, not "mbdesk hit a bug"
        if known is not None:
            log.warning("%s\n%s", known.message, details)
            if interactive():
                show_known_problem(known)
            else:
                print(f"mbdesk: {known_text(known)}", file=sys.stderr)
            return
        log.error("unhandled exception\n%s", details)
        if interactive():
            show_crash_dialog(details, log_file)
        else:
            print(f"mbdesk hit a bug (details also in {log_file}):\n{details}", file=sys.stderr)

    sys.excepthook = hook


def known_text(known: MbdeskError) -> str:
    """The user's words for a known error (the disk-full one translated)."""
    if isinstance(known, DiskFullError):
        return " ".join((
            QCoreApplication.translate("Crash", "The disk is full: mbdesk could not save its "
                                       "last change."),
            QCoreApplication.translate("Crash", "Free some space on the disk that holds the "
                                       "data folder, then try again; what was saved before "
                                       "is safe.")))
    return str(known)


def show_known_problem(known: MbdeskError) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    from PySide6.QtWidgets import QMessageBox  # only when there is something to show

    try:
        QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Crash", "mbdesk"),
                    known_text(known)).exec()
    finally:
        _showing = False


def show_crash_dialog(details: str, log_file: Path) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    from PySide6.QtWidgets import QMessageBox  # not at import: start-up would pay its enums

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
