"""Read queries the composer needs beyond the draft itself: each account's live limits, and
whether a draft already has posts waiting in the outbox."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from mbdesk.store.models import Account, OutboxItem, OutboxState


@dataclass(frozen=True)
class TargetAccount:
    """An account as a composer target: its platform and the limits sync learned."""

    id: int
    handle: str
    platform: str
    color: str
    status: str
    limits: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.handle


def _limits(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def target_accounts() -> list[TargetAccount]:
    query = Account.select(Account.id, Account.handle, Account.platform, Account.color,
                           Account.status, Account.limits_json,
                           Account.options_json).order_by(Account.id)
    return [TargetAccount(*row[:-2], limits=_with_link_rule(_limits(row[-2]), row[-1]))
            for row in query.tuples()]


def _with_link_rule(limits: dict[str, Any], options_json: str) -> dict[str, Any]:
    """Weibo's safe domain and default link (account options) travel with the limits, so
    the composer's checks see them; other accounts have none."""
    options = _limits(options_json)
    for key in ("safe_domain", "default_link"):
        if options.get(key):
            limits[key] = str(options[key])
    return limits


ACTIVE = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.UNKNOWN, OutboxState.HELD,
          OutboxState.ON_SERVER)


def active_outbox_count(draft_id: int) -> int:
    """Posts of this draft that are still to go out (or may have gone: unknown)."""
    return (OutboxItem.select().where((OutboxItem.draft == draft_id)
                                      & OutboxItem.state.in_(ACTIVE)).count())
