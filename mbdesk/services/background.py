"""Run a blocking function on the thread pool and get its result back on the GUI thread.

The function runs on a worker thread with its own database connection (peewee, or before the
ORM is loaded ``store/sql.py``, opens one per thread; closed after each task); the callbacks run
on the GUI thread through a queued signal, so they may touch widgets. Only plain values cross
threads.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mbdesk.errors import MbdeskError

log = logging.getLogger(__name__)
_alive: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry the result back there."""

    succeeded = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        from mbdesk.store import sql  # not the models: peewee may not be loaded yet

        try:
            try:
                result = self.fn()
            except MbdeskError as exc:
                self.relay.failed.emit(str(exc))
            except Exception:  # a bug: log it with its traceback, tell the GUI plainly
                log.error("background task failed\n%s", traceback.format_exc())
                self.relay.failed.emit("An internal error occurred; details are in the log.")
            else:
                self.relay.succeeded.emit(result)
        except RuntimeError:  # the receiver is gone: the app is quitting
            log.debug("background result dropped: the window closed first")
        finally:
            sql.close_thread()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[str], None] | None = None,
                      pool: QThreadPool | None = None) -> None:
    relay = _Relay()
    _alive.add(relay)

    def finish(_: object = None) -> None:
        _alive.discard(relay)
        relay.deleteLater()

    relay.succeeded.connect(on_done)
    if on_error is not None:
        relay.failed.connect(on_error)
    relay.succeeded.connect(finish)
    relay.failed.connect(finish)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))
