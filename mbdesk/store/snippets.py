"""Saved snippets (signature, opening hours, shop link) the owner inserts while writing.

Kept in the ``setting`` table under ``snippets`` as a JSON list of ``{"name", "text"}``, so no
schema change was needed and a backup of the database carries them along.
"""

from __future__ import annotations

from dataclasses import dataclass

from mbdesk.store import settings

KEY = "snippets"


@dataclass(frozen=True)
class Snippet:
    name: str
    text: str


def list_snippets() -> list[Snippet]:
    raw = settings.get(KEY) or []
    out = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            out.append(Snippet(str(item.get("name") or ""), item["text"]))
    return out


def save_snippets(snippets: list[Snippet]) -> None:
    """Replace the whole list (the manager edits it as one)."""
    settings.put(KEY, [{"name": s.name.strip(), "text": s.text} for s in snippets
                       if s.text.strip() or s.name.strip()])
