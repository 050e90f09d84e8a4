"""Start fontconfig on a worker thread while start-up imports its modules.

On Linux the first text Qt lays out initialises fontconfig, which reads its configuration and
font caches: ~5 ms on the GUI thread, before the window can paint. ``FcInit`` does that work and
is thread-safe; called through ctypes it runs without the interpreter lock, so it overlaps the
imports that follow. Qt's own call then finds fontconfig ready. Anywhere else (no fontconfig,
other systems) this does nothing.
"""

from __future__ import annotations

import contextlib
import sys
import threading

FONTCONFIG = "libfontconfig.so.1"  # the soname Qt's own build links against


def start() -> threading.Thread | None:
    """Initialise fontconfig in the background; the thread, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    worker = threading.Thread(target=_init_fontconfig, name="fontconfig-warmup", daemon=True)
    worker.start()
    return worker


def _init_fontconfig() -> None:
    import ctypes

    with contextlib.suppress(OSError):  # no fontconfig: Qt uses its own font files
        ctypes.CDLL(FONTCONFIG).FcInit()
