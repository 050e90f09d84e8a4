"""Interface language: ours (.qm in resources/translations) plus Qt's own dialogs' strings."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mbdesk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("es", "Español"),
)
_installed: list[QTranslator] = []


def join_list(items: Iterable[str]) -> str:
    """Names in a row as the interface language lists them ("a, b" — in Chinese "a、b")."""
    return QApplication.translate("List", ", ", "between the names of a list").join(items)


def join_clauses(items: Iterable[str]) -> str:
    """Parts of one sentence ("3 scheduled, 1 failed" — in Chinese with "，")."""
    return QApplication.translate("List", ", ", "between the parts of a sentence").join(items)


def pick_language(preferred: str) -> str:
    """The setting if given, else the system locale mapped to a language we ship."""
    name = preferred or QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("es"):
        return "es"
    return "en"


def install_translators(app: QApplication, preferred: str) -> str:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = pick_language(preferred)
    # an explicit choice: dates and numbers follow the chosen language too; so they do when the
    # system has no real locale (C.UTF-8), whose dates read "4 12 2026"
    if preferred or QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"mbdesk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
