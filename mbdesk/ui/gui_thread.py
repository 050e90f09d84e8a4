"""Give the GUI thread the interpreter lock back sooner when worker threads run Python.

Workers (page loading, sync, imports ahead of time) run Python while the GUI thread paints. When
the GUI thread comes back from Qt (which runs without the lock) it must wait until the running
worker hands the lock over, which CPython asks for only after the switch interval: 5 ms by
default, and on a loaded machine a worker that is descheduled while holding the lock stretches
each wait further. Scrolling through 200,000 inbox rows (benchmarks/bench_inbox.py --only
scroll) stalled the GUI up to 110-145 ms with 5 ms, ~50 ms with 1 ms. Workers lose a little
throughput to the extra hand-overs; none of them is latency-bound.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.001


def favour_gui_thread() -> None:
    """Called once at start (the window, and the benchmarks that measure it as the window runs)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
