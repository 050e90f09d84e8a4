"""Work-arounds for bugs of the Qt binding that would otherwise crash the interpreter.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without taking a new reference to
it, so every signal emitted from Python code takes one reference away from ``True``. On Python
3.11 (where ``True`` is not immortal) its count starts in the hundreds: pyqtgraph, which emits a
signal for every ``setData``, pan and zoom, drives it to zero within minutes, and the process
aborts with "Fatal Python error: bool_dealloc" (at exit, or in the middle of a session).

``pin_bool_refcounts`` measures the leak once and, only if it is there, gives ``True`` and
``False`` a reserve of references that no session can use up. It is a no-op on a fixed PySide6
and on Python 3.12+ (immortal objects).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

RESERVE = 1 << 40  # references; at a million emits a second this lasts twelve days
_PROBES = 64
_pinned = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Whether emitting a signal from Python takes a reference away from ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    leaked = before - sys.getrefcount(True) >= _PROBES // 2
    if leaked:  # give back what the probe took
        _add_references(True, before - sys.getrefcount(True))
    return leaked


def _add_references(obj: object, count: int) -> None:
    # CPython: ob_refcnt is the first field of every object (Py_ssize_t).
    ctypes.c_ssize_t.from_address(id(obj)).value += count


def painter_leaks_none() -> bool:
    """Whether a ``None``-returning QPainter call (save, setPen, drawRect…) takes a reference
    away from ``None`` — the same 6.12.0 bug for void methods: a busy delegate (the calendar
    paints thousands of calls per frame) drives it to zero ("none_dealloc")."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        painter.save()
        painter.restore()
    painter.end()
    taken = before - sys.getrefcount(None)
    if taken > 0:
        _add_references(None, taken)
    return taken >= _PROBES


_none_pinned = False


def pin_none_refcount() -> bool:
    """Protect ``None`` from the void-method leak if this binding has it; True when applied."""
    global _none_pinned
    if _none_pinned:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not painter_leaks_none():
        return False
    _add_references(None, RESERVE)
    _none_pinned = True
    return True


def pin_bool_refcounts() -> bool:
    """Protect ``True``/``False`` from the leak if this binding has it; True when applied."""
    global _pinned
    if _pinned:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not emit_leaks_true():
        return False
    _add_references(True, RESERVE)
    _add_references(False, RESERVE)
    _pinned = True
    return True


def guard_refcount_leaks() -> set[str]:
    """Both guards at once (``mbdesk.ui`` runs it on import); the objects now guarded."""
    guarded = set()
    if pin_bool_refcounts():
        guarded |= {"True", "False"}
    if pin_none_refcount():
        guarded.add("None")
    return guarded
