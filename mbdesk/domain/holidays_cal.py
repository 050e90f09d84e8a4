"""Public holidays of the owner's country for the calendar, from the ``holidays`` package.

Names come in the interface language when the package has it for that country, else in the
country's default language (Spain's in Spanish, China's in Chinese). The package is imported
on first use (it is large).
"""

from __future__ import annotations

import contextlib
import locale
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache


def default_country() -> str:
    """The territory of the system locale (``es_ES.UTF-8`` → ``ES``), or "" when unknown."""
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_TIME", "LANG")]
    with contextlib.suppress(ValueError):
        candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        code = value.split(".")[0].split("@")[0]
        if "_" in code:
            territory = code.split("_", 1)[1].upper()
            if len(territory) == 2 and territory.isalpha() and territory in supported_countries():
                return territory
    return ""


@lru_cache(maxsize=1)
def supported_countries() -> tuple[str, ...]:
    """ISO 3166 codes the package knows (the Settings choice names them in the UI language)."""
    import holidays

    return tuple(sorted(c for c in holidays.list_supported_countries() if len(c) == 2))


def _language(country_cls_languages: Sequence[str], ui_language: str) -> str | None:
    if not ui_language:
        return None
    for candidate in (ui_language, ui_language.split("_")[0]):
        if candidate in country_cls_languages:
            return candidate
    if ui_language.startswith("en") and "en_US" in country_cls_languages:
        return "en_US"
    return None


def holidays_between(country: str, first: date, last: date,
                     ui_language: str = "") -> dict[date, list[str]]:
    """``{day: [names]}`` for ``first..last`` (inclusive); {} for an empty/unknown country."""
    if not country:
        return {}
    import holidays

    try:
        probe = holidays.country_holidays(country.upper())
    except NotImplementedError:
        return {}
    # the interface language where the package has it, else the country's own default — said
    # explicitly: left unset, the package picks by the process locale (English under C.UTF-8)
    language = (_language(getattr(probe, "supported_languages", ()) or (), ui_language)
                or getattr(probe, "default_language", None))
    years = range(first.year, last.year + 1)
    try:
        table = holidays.country_holidays(country.upper(), years=years, language=language)
    except FileNotFoundError:  # the package's translations are missing (a stripped install)
        table = holidays.country_holidays(country.upper(), years=years)
    result: dict[date, list[str]] = {}
    for day, names in sorted(table.items()):
        if first <= day <= last:
            result[day] = [name.strip() for name in str(names).split(";") if name.strip()]
    return result


def provider(country: str, ui_language: str = ""
             ) -> Callable[[date, date], Mapping[date, Sequence[str]]]:
    """A calendar holiday provider bound to one country."""
    return lambda first, last: holidays_between(country, first, last, ui_language)
