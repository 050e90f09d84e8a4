"""Tag suggestions for one person from the stored facts, and what Accept / Dismiss write.

The rules themselves are pure (``mbdesk/domain/suggestions.py``); this module reads their
thresholds from settings, the phrase lists from ``resources/lexicons`` (plus an optional
``lexicons/`` folder in the data folder where the owner can add phrases), the person's facts
and dismissals from the database.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from mbdesk.domain.suggestions import (
    ENGAGED,
    RULE_TAG_KIND,
    Lexicon,
    Rules,
    Suggestion,
    read_phrases,
    suggest,
)
from mbdesk.paths import resources_dir
from mbdesk.store import settings, tags
from mbdesk.store.queries import people as people_queries

ENGAGED_TAG_NAME = "Engaged"


def rules() -> Rules:
    return Rules.from_settings(settings.get)


def save_rules(value: Rules) -> None:
    for key, item in value.as_settings().items():
        settings.put(key, item)


@cache
def _lexicon(folders: tuple[Path, ...]) -> Lexicon:
    phrases: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("purchase_*.txt")):
            phrases += read_phrases(path)
    return Lexicon.of(phrases)


def lexicon(extra: Path | None = None) -> Lexicon:
    folders = [resources_dir() / "lexicons"]
    if extra is not None and extra.is_dir():
        folders.append(extra)
    return _lexicon(tuple(folders))


def suggestions_for(person_id: int, extra_lexicon: Path | None = None) -> list[Suggestion]:
    """What to offer for ``person_id`` now (never applied here)."""
    current = rules()
    facts = people_queries.suggestion_facts(person_id, current.engaged_days)
    if facts is None:
        return []
    return suggest(facts, current, lexicon(extra_lexicon), tags.dismissed_rules(person_id))


def accept(person_id: int, rule: str, engaged_name: str = ENGAGED_TAG_NAME) -> int:
    """Add the tag a suggestion proposes; returns the tag id."""
    if rule == ENGAGED:
        tag_id = tags.get_or_create_tag(engaged_name)
    else:
        tag_id = tags.tag_of_kind(RULE_TAG_KIND[rule])
    tags.tag_people([person_id], tag_id)
    return tag_id


def dismiss(person_id: int, rule: str) -> None:
    tags.dismiss_suggestion(person_id, rule)
