"""Write operations of the mention inbox: triage state (new → read → done, and back)."""

from __future__ import annotations

from collections.abc import Iterable

from mbdesk.store.models import Mention, MentionState, database_proxy


def set_state(mention_ids: Iterable[int], state: str) -> int:
    """Set the triage state of mentions; return how many rows changed."""
    if state not in MentionState.ALL:
        raise ValueError(f"unknown mention state {state!r}")
    ids = sorted(set(mention_ids))
    if not ids:
        return 0
    changed = 0
    with database_proxy.atomic():
        for start in range(0, len(ids), 500):  # stay below SQLite's bound-parameter limit
            chunk = ids[start:start + 500]
            changed += (Mention.update(state=state)
                        .where(Mention.id.in_(chunk), Mention.state != state)
                        .execute())
    return changed


def mark_read(mention_ids: Iterable[int]) -> int:
    """Opening a new mention marks it read; read or done ones stay as they are."""
    ids = list(mention_ids)
    if not ids:
        return 0
    with database_proxy.atomic():
        return (Mention.update(state=MentionState.READ)
                .where(Mention.id.in_(ids[:500]), Mention.state == MentionState.NEW)
                .execute())
