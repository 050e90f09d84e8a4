"""Country names in the interface language ("德国", "Alemania"), for the holiday-country list.

Qt names a territory only in English or in its own language; Babel carries the CLDR names of
every territory in every language. Imported only when a list of countries is shown.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale


@cache
def _names(locale_name: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(locale_name).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def territory_name(code: str, locale: QLocale | None = None) -> str:
    """``code`` (ISO 3166 alpha-2) named in ``locale`` (default: the interface's)."""
    from mbdesk.ui.localtime import ui_locale

    name = _names((locale or ui_locale()).name()).get(code.upper())
    if name:
        return name
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory.value else code
