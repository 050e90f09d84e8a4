"""Tag suggestions by rules the owner can read and change; nothing here applies a tag.

Three rules, thresholds from settings (``Rules.from_settings``):

* ``kol`` — "KOL?": the person has at least ``kol_min_followers`` followers, or is verified
  (when ``kol_flags``); bots are never suggested as opinion leaders;
* ``engaged`` — "engaged": mentioned the shop ``engaged_mentions`` times in ``engaged_days`` days;
* ``potential`` — "potential customer?": one of their mentions asks a purchase question, matched
  against the phrase lists ``resources/lexicons/purchase_{zh,es,en}.txt``.

A rule already satisfied (the person carries a tag of that kind) or dismissed for the person is
not offered. The UI shows the suggestions with Accept / Dismiss; dismissals are stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KOL = "kol"
ENGAGED = "engaged"
POTENTIAL = "potential"
RULES = (KOL, ENGAGED, POTENTIAL)
# The tag kind an accepted suggestion adds ("engaged" has no built-in kind: a custom tag).
RULE_TAG_KIND = {KOL: "kol", ENGAGED: "custom", POTENTIAL: "potential"}
LEXICON_LANGUAGES = ("zh", "es", "en")


@dataclass(frozen=True)
class Rules:
    kol_min_followers: int = 5000
    kol_flags: bool = True
    engaged_mentions: int = 3
    engaged_days: int = 30
    purchase_questions: bool = True

    @classmethod
    def from_settings(cls, get: Callable[[str], Any]) -> Rules:
        """Read the thresholds through a settings getter (``mbdesk.store.settings.get``)."""
        def value(key: str, default: Any) -> Any:
            found = get(key)
            return default if found is None else type(default)(found)

        d = cls()
        return cls(
            kol_min_followers=max(0, value("suggest_kol_min_followers", d.kol_min_followers)),
            kol_flags=value("suggest_kol_flags", d.kol_flags),
            engaged_mentions=max(1, value("suggest_engaged_mentions", d.engaged_mentions)),
            engaged_days=max(1, value("suggest_engaged_days", d.engaged_days)),
            purchase_questions=value("suggest_purchase_questions", d.purchase_questions),
        )

    def as_settings(self) -> dict[str, Any]:
        return {
            "suggest_kol_min_followers": self.kol_min_followers,
            "suggest_kol_flags": self.kol_flags,
            "suggest_engaged_mentions": self.engaged_mentions,
            "suggest_engaged_days": self.engaged_days,
            "suggest_purchase_questions": self.purchase_questions,
        }


@dataclass(frozen=True)
class PersonFacts:
    """What the rules look at for one person."""

    followers_count: int
    verified: bool = False
    bot: bool = False
    recent_mentions: int = 0  # mentions of the shop within ``engaged_days``
    texts: Sequence[str] = ()  # their mention texts (plain), newest first
    tag_kinds: frozenset[str] = frozenset()  # kinds of the tags they already carry
    tag_names: frozenset[str] = frozenset()  # lower-cased names of their tags


@dataclass(frozen=True)
class Suggestion:
    rule: str  # KOL | ENGAGED | POTENTIAL
    evidence: str = ""  # the matched phrase, the count: shown so the owner sees why


@dataclass(frozen=True)
class Lexicon:
    phrases: tuple[str, ...] = ()
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, phrases: Iterable[str]) -> Lexicon:
        unique = tuple(dict.fromkeys(p.strip().casefold() for p in phrases if p.strip()))
        if not unique:
            return cls()
        parts = []
        for phrase in sorted(unique, key=len, reverse=True):
            body = re.escape(phrase)
            # Latin words match whole words ("price", not "priceless"); CJK has no spaces.
            if phrase[0].isalnum() and not _is_cjk(phrase[0]):
                body = r"(?<!\w)" + body
            if phrase[-1].isalnum() and not _is_cjk(phrase[-1]):
                body += r"(?!\w)"
            parts.append(body)
        return cls(unique, re.compile("|".join(parts)))

    def find(self, text: str) -> str | None:
        """The first phrase of the lexicon in ``text`` (case-insensitive), else ``None``."""
        if self._pattern is None:
            return None
        match = self._pattern.search(text.casefold())
        return match.group(0) if match else None


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def read_phrases(path: Path) -> list[str]:
    """One phrase a line; blank lines and ``#`` comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_lexicon(directory: Path) -> Lexicon:
    """The purchase-question phrases of every language in ``directory``."""
    phrases: list[str] = []
    for language in LEXICON_LANGUAGES:
        path = directory / f"purchase_{language}.txt"
        if path.exists():
            phrases += read_phrases(path)
    return Lexicon.of(phrases)


def suggest(facts: PersonFacts, rules: Rules, lexicon: Lexicon,
            dismissed: Iterable[str] = ()) -> list[Suggestion]:
    """The suggestions to offer for one person, in rule order."""
    skip = set(dismissed)
    out: list[Suggestion] = []
    if KOL not in skip and "kol" not in facts.tag_kinds and not facts.bot:
        if facts.followers_count >= rules.kol_min_followers:
            out.append(Suggestion(KOL, str(facts.followers_count)))
        elif rules.kol_flags and facts.verified:
            out.append(Suggestion(KOL, "verified"))
    if (ENGAGED not in skip and ENGAGED not in facts.tag_names
            and facts.recent_mentions >= rules.engaged_mentions):
        out.append(Suggestion(ENGAGED, str(facts.recent_mentions)))
    if (rules.purchase_questions and POTENTIAL not in skip
            and not facts.tag_kinds & {"potential", "customer"}):
        for text in facts.texts:
            phrase = lexicon.find(text)
            if phrase:
                out.append(Suggestion(POTENTIAL, phrase))
                break
    return out
