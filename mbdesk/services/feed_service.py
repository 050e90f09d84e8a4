"""The window's feed checker: every feed each hour and on "Check now", on a worker thread.

One check at a time (a request while one runs is folded into one follow-up). The fetches run
through ``services.feeds`` with this service's stop event, so quitting abandons a fetch within
a fraction of a second. Nothing here touches a widget: results leave through signals.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from mbdesk.services.background import run_in_background

CHECK_EVERY_MS = 60 * 60 * 1000  # hourly
FIRST_CHECK_MS = 2 * 60 * 1000  # after start-up work has settled


class FeedService(QObject):
    """Signals:
        busy_changed(bool): a check started or ended.
        checked(object): the list of ``services.feeds.CheckOutcome`` of a finished check.
        drafts_added(int): a check made this many new drafts (> 0).
    """

    busy_changed = Signal(bool)
    checked = Signal(object)
    drafts_added = Signal(int)

    def __init__(self, parent: QObject | None = None, *, every_ms: int = CHECK_EVERY_MS,
                 ready=lambda: True) -> None:
        super().__init__(parent)
        self.stop_event = threading.Event()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.busy = False
        self._again = False
        self._ready = ready  # False while the database is not known good (start-up check)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)
        self.every_ms = every_ms

    def start(self, first_ms: int = FIRST_CHECK_MS) -> None:
        self.stop_event.clear()
        self.timer.start(first_ms)

    def stop(self, wait_ms: int = 5_000) -> None:
        self.timer.stop()
        self.stop_event.set()
        self.pool.waitForDone(wait_ms)

    def check_now(self) -> None:
        """Check every feed now (or right after the check that is running)."""
        if self.stop_event.is_set():
            return
        if not self._ready():
            self.timer.start(self.every_ms // 12 or 1)  # look again in a few minutes
            return
        if self.busy:
            self._again = True
            return
        from mbdesk.services.feeds import check_all

        self.busy = True
        self.busy_changed.emit(True)
        stop = self.stop_event
        run_in_background(lambda: check_all(stop), self._finished, self._failed, pool=self.pool)

    def _finished(self, outcomes: list) -> None:
        self._done()
        self.checked.emit(outcomes)
        made = sum(o.new_drafts for o in outcomes)
        if made:
            self.drafts_added.emit(made)

    def _failed(self, _message: str) -> None:
        self._done()
        self.checked.emit([])

    def _done(self) -> None:
        self.busy = False
        self.busy_changed.emit(False)
        if self.stop_event.is_set():
            return
        if self._again:
            self._again = False
            self.check_now()
        else:
            self.timer.start(self.every_ms)
