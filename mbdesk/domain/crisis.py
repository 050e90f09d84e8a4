"""The crisis watch's negative-word lexicon and its matcher (pure Python).

The shipped lists live in ``resources/lexicons/negative_{zh,es,en}.txt``; the owner's edited
lists (setting ``crisis_lexicon``) replace them. Latin-script words match as whole words,
case-insensitively ("cold" not in "scolded"); Chinese terms match as substrings, since Chinese
has no spaces between words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from mbdesk.paths import resources_dir

LANGUAGES = ("zh", "es", "en")
Lexicon = dict[str, list[str]]


def parse_lexicon_text(text: str) -> list[str]:
    """Terms of a lexicon file: one a line, blank lines and ``#`` comments skipped."""
    terms = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            terms.append(line)
    return terms


def shipped_lexicon() -> Lexicon:
    """The lists shipped with mbdesk."""
    out: Lexicon = {}
    for lang in LANGUAGES:
        path = resources_dir() / "lexicons" / f"negative_{lang}.txt"
        out[lang] = parse_lexicon_text(path.read_text(encoding="utf-8")) if path.exists() else []
    return out


def effective_lexicon(custom: Mapping[str, Sequence[str]] | None) -> Lexicon:
    """The owner's lists where set, the shipped ones elsewhere."""
    base = shipped_lexicon()
    if custom:
        for lang in LANGUAGES:
            if isinstance(custom.get(lang), list | tuple):
                base[lang] = [str(t).strip() for t in custom[lang] if str(t).strip()]
    return base


def _pattern(term: str) -> str:
    escaped = re.escape(term.casefold())
    latin = all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x2E80) for ch in term)
    if latin:
        return rf"(?<!\w){escaped}(?!\w)"  # whole words for Latin scripts
    return escaped  # CJK: substrings


@lru_cache(maxsize=8)
def _compiled(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # longest first, so "food poisoning" wins over a shorter overlapping term
    ordered = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(_pattern(t) for t in ordered))


class Matcher:
    """Finds negative terms in text, for every language at once."""

    def __init__(self, lexicon: Mapping[str, Sequence[str]]) -> None:
        terms = tuple(t for lang in lexicon for t in lexicon[lang] if t)
        self._regex = _compiled(terms)

    def find(self, text: str) -> list[str]:
        if self._regex is None or not text:
            return []
        return [m.group(0) for m in self._regex.finditer(text.casefold())]

    def is_negative(self, text: str) -> bool:
        return self._regex is not None and bool(text) and \
            self._regex.search(text.casefold()) is not None
