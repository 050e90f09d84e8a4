"""PySide6's per-module "does it use PySide6?" check, answered from the file's bytes."""

from __future__ import annotations

import inspect
import sys
import types
from pathlib import Path

import mbdesk.ui  # installs the quick check
from mbdesk.ui import pyside_import_check


def _pyside_answer(module: types.ModuleType) -> bool:
    """What PySide6's own check answers: "PySide6" in the source inspect finds."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (OSError, TypeError, SyntaxError):
        return False


def test_the_window_package_installs_the_quick_check() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "_mbdesk_quick", False)
    assert pyside_import_check.install() is False  # once only: never wrapped twice
    assert mbdesk.ui.__name__ == "mbdesk.ui"


def test_it_answers_as_pyside_does(tmp_path: Path) -> None:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    import json

    import mbdesk.store.settings
    import mbdesk.ui.main_window

    uses = tmp_path / "uses_qt.py"
    uses.write_text("# -*- coding: latin-1 -*-\nimport PySide6.QtCore\n", encoding="latin-1")
    plain = tmp_path / "plain.py"
    plain.write_text("X = 'PySide2'\n")
    made = []
    for path in (uses, plain):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        made.append(module)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file
    modules = [mbdesk.ui.main_window, mbdesk.store.settings, json, sys, gone, *made]
    assert [check(m) for m in modules] == [_pyside_answer(m) for m in modules]
    assert [check(m) for m in modules] == [True, False, False, False, False, True, False]
