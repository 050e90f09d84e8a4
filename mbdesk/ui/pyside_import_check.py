"""A faster answer to the question PySide6 asks about every module imported after it.

PySide6 (6.4 and later, ``shibokensupport.feature``) replaces ``__import__`` and, for each new
module, asks "does it use PySide6?" (for its ``from __feature__ import …`` switches) by reading
the module's whole source with ``inspect.getsource`` and looking for the word "PySide6". That
goes through ``linecache`` (which then keeps every line of every module in memory) and costs
~0.2 ms a module: ~25 ms over the ~130 modules start-up imports after Qt, half of it before the
window paints. Reading the file's bytes gives the same answer in a sixth of the time.

Only the check is replaced, and only for plain ``.py`` files; everything else (no file, a
bundled module without source) goes to PySide6's own function, so the answer never differs.
When a PySide6 release renames or drops the function, this does nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (importing it installs the hook whose check is replaced here)

_MARK = "_mbdesk_quick"


def install() -> bool:
    """Replace PySide6's per-module source check with the byte search; True when it did."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return False
    feature._mod_uses_pyside = _quick_check(original)  # type: ignore[union-attr]
    return True


def _quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
