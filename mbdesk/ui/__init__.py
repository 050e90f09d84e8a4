"""The window: Qt widgets only here. Importing it guards against PySide6 6.12.0's reference
leaks on ``True``/``None`` (see ``qt_workarounds``), which otherwise abort the interpreter."""

from mbdesk.ui.qt_workarounds import guard_refcount_leaks

guard_refcount_leaks()
