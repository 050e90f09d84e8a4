"""Import the Analytics screen (pyqtgraph, numpy, the plot classes) on a thread in idle time.

Importing pyqtgraph takes 0.4–0.6 s, which the first click on Analytics used to wait for. The
main window starts this a moment after its first paint: the import runs on a daemon thread
(Python switches to the GUI thread every few milliseconds, so the window stays responsive), and
the first click finds the module in ``sys.modules``. Nothing here creates a widget: widgets
belong to the GUI thread. A click before the import is done simply waits for it (Python's import
lock), as it did before.

Once imported, ``start(then=...)`` calls ``then`` on the GUI thread: the main window builds the
screen there, hidden, and ``warm`` renders it once when its figures are drawn (layout, resize
events, every plot item painted once). A click then only shows a screen whose charts are drawn;
``refresh`` reads the figures again on a worker and redraws only if they changed. Building costs
the GUI thread ~40–70 ms in idle time, in two steps (the screen, later its first render).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
MODULE = "mbdesk.ui.views.analytics"
_started = threading.Event()
_relays: set[_Relay] = set()


class _Relay(QObject):
    """Made on the GUI thread; the import thread's signal reaches ``then`` there (queued)."""

    imported = Signal()


def _import() -> None:
    try:
        __import__(MODULE)
    except Exception:  # the click will import it again and show the real error then
        log.warning("could not import the Analytics screen ahead of time", exc_info=True)


def start(then: Callable[[], None] | None = None) -> threading.Thread | None:
    """Begin the import once (later calls, or an already imported module, import nothing);
    ``then`` runs on the GUI thread once the module is there (call from the GUI thread)."""
    if MODULE in sys.modules or _started.is_set():
        if then is not None and MODULE in sys.modules:
            QTimer.singleShot(0, then)
        return None
    _started.set()
    relay: _Relay | None = None
    if then is not None:
        relay = _Relay()
        _relays.add(relay)

        def done() -> None:
            _relays.discard(relay)
            relay.deleteLater()
            if MODULE in sys.modules:  # a failed import was logged; the click shows the error
                then()

        relay.imported.connect(done)

    def run() -> None:
        _import()
        if relay is not None:
            relay.imported.emit()

    thread = threading.Thread(target=run, name="analytics-prewarm", daemon=True)
    thread.start()
    return thread


QUIET_MS = 300  # a warm-up step waits until the user has not typed, clicked or scrolled this long
GIVE_UP_MS = 60_000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel})


class _InputWatch(QObject):
    """When the user last typed, clicked, scrolled or moved the mouse: an application-wide
    event filter, installed only while a warm-up runs, so its steps never land in a scroll."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.clock.restart()
            self.seen = True
        return False

    def wait_ms(self) -> int:
        """How long a step should still wait (0: the user paused long enough)."""
        return max(0, QUIET_MS - self.clock.elapsed()) if self.seen else 0


def warm(make_view: Callable[[], QWidget | None], done: Callable[[], None] | None = None,
         ) -> None:
    """Build the Analytics screen hidden in idle time, one short GUI step (≤ ~20 ms of CPU)
    per event-loop turn, each once the user paused (``QUIET_MS``): its two date charts
    (``make_spare_plot``), the screen (``make_view``, which returns it, or None when it is no
    longer wanted; its growth figures are read on a worker and drawn when they arrive), its
    curves, then an offscreen render in steps (``render_ahead``), so its first show only paints.
    Nothing is rendered for a screen already shown or closed meanwhile. ``done`` (benchmarks)
    runs at the end."""
    from mbdesk.ui.views import analytics

    app = QCoreApplication.instance()
    watch = _InputWatch()
    app.installEventFilter(watch)
    steps = [analytics.make_spare_plot] * analytics.SPARE_PLOTS

    def when_quiet(work: Callable[[], None]) -> None:
        """Run ``work`` in an event-loop turn of its own once the user paused."""

        def attempt() -> None:
            wait = watch.wait_ms()
            if wait:
                QTimer.singleShot(wait, attempt)
            else:
                work()

        QTimer.singleShot(0, attempt)

    finished: list[bool] = []

    def finish() -> None:
        if finished:
            return
        finished.append(True)
        app.removeEventFilter(watch)
        watch.deleteLater()
        if done is not None:
            done()

    def render(view: QWidget) -> None:
        if shiboken6.isValid(view):
            view.render_ahead(when_quiet, finish)  # type: ignore[attr-defined]
        else:
            finish()

    def step() -> None:
        if steps:
            steps.pop(0)()
            when_quiet(step)
            return
        view = make_view()
        if view is None:
            finish()
            return
        QTimer.singleShot(GIVE_UP_MS, finish)  # figures that could not be read: stop watching
        when_quiet(lambda: shiboken6.isValid(view)
                   and view.make_curves_ahead())  # type: ignore[attr-defined]

        def on_loaded(tab: str) -> None:
            if tab == "growth":
                view.loaded.disconnect(on_loaded)  # type: ignore[attr-defined]
                when_quiet(lambda: render(view))

        if "growth" in view.drawn:  # type: ignore[attr-defined]
            when_quiet(lambda: render(view))
        else:
            view.loaded.connect(on_loaded)  # type: ignore[attr-defined]

    when_quiet(step)
