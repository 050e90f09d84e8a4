"""Long work before the window exists (a database migration): on a thread, with a busy dialog.

Without it a large migration (~10 s on 200,000 mentions) would leave the person looking at
nothing and wondering whether mbdesk started at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog

SHOW_AFTER_MS = 400  # quick work never flashes a dialog


def run_with_busy_dialog(work: Callable[[], None], title: str, label: str) -> None:
    """Run ``work`` on a thread while the event loop turns; a busy dialog shows when it takes a
    while. It cannot be cancelled (a migration is one transaction: stopping gains nothing).
    An exception raised by ``work`` is raised here, on the caller's thread."""
    failure: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as exc:  # handed to the caller, who shows it
            failure.append(exc)

    thread = threading.Thread(target=target, name="mbdesk-busy", daemon=True)
    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setAutoClose(False)
    dialog.hide()  # a QProgressDialog may show itself; this one shows only when work is slow
    show_later = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    show_later.timeout.connect(dialog.show)
    loop = QEventLoop()
    poll = QTimer(interval=50)
    poll.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    thread.start()
    show_later.start()
    poll.start()
    loop.exec()
    show_later.stop()
    poll.stop()
    dialog.close()
    dialog.deleteLater()
    if failure:
        raise failure[0]
