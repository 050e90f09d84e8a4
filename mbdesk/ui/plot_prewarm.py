"""Import the Analytics screen (pyqtgraph, numpy, the plot classes) on a thread in idle time.

Importing pyqtgraph takes 0.4–0.6 s, which the first click on Analytics used to wait for. The
main window starts this a moment after its first paint: the import runs on a daemon thread
(Python switches to the GUI thread every few milliseconds, so the window stays responsive), and
the first click finds the module in ``sys.modules``. Nothing here creates a widget: widgets
belong to the GUI thread. A click before the import is done simply waits for it (Python's import
lock), as it did before.
"""

from __future__ import annotations

import logging
import sys
import threading

log = logging.getLogger(__name__)
MODULE = "mbdesk.ui.views.analytics"
_started = threading.Event()


def _import() -> None:
    try:
        __import__(MODULE)
    except Exception:  # the click will import it again and show the real error then
        log.warning("could not import the Analytics screen ahead of time", exc_info=True)


def start() -> threading.Thread | None:
    """Begin the import once (later calls, or an already imported module, do nothing)."""
    if MODULE in sys.modules or _started.is_set():
        return None
    _started.set()
    thread = threading.Thread(target=_import, name="analytics-prewarm", daemon=True)
    thread.start()
    return thread
