"""Each account's server profile (what its server can do) and the state of each sync step.

Both are small JSON documents on the account row, written by the sync engine and read by the
Accounts screen, ``accounts list --json``, the composer and the calendar.

``Account.profile_json``::

    {"software": "gotosocial", "version": "0.19.1", "account_domain": "shop.example",
     "probed_at": "2026-12-03T10:00:00", "capabilities": {"server_scheduling": false, ...},
     "notes": {"server_scheduling": "why it is off, in words the owner can read"}}

A capability is ``True`` (shown to work), ``False`` (shown not to) or absent (not known yet).

``Account.steps_json``: ``{step: {"state": ok|error|absent|skipped, "at": ISO, "error": str}}``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from mbdesk.store.models import Account

# Capabilities in the order the Accounts screen lists them.
CAPABILITIES = ("server_scheduling", "scheduled_statuses", "idempotency",
                "notification_requests", "follow_requests", "statuses_batch", "quote_posts",
                "rate_limit_headers")


class StepState:
    OK = "ok"
    ERROR = "error"  # failed this time; the other steps still ran
    ABSENT = "absent"  # the server lacks it (or it failed as an optional endpoint): re-probed later
    SKIPPED = "skipped"  # not due this run


def _load(account_id: int, column) -> dict[str, Any]:
    raw = Account.select(column).where(Account.id == account_id).scalar() or "{}"
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def load_profile(account_id: int) -> dict[str, Any]:
    return _load(account_id, Account.profile_json)


def capabilities(account_id: int) -> dict[str, bool]:
    caps = load_profile(account_id).get("capabilities")
    return {k: v for k, v in caps.items() if isinstance(v, bool)} if isinstance(caps, dict) else {}


def capability(account_id: int, name: str) -> bool | None:
    """True / False when known, None when the server was not probed for it yet."""
    return capabilities(account_id).get(name)


def save_profile(account_id: int, profile: dict[str, Any]) -> None:
    """Replace the profile (call inside a write transaction)."""
    Account.update(profile_json=json.dumps(profile, ensure_ascii=False)).where(
        Account.id == account_id).execute()


def set_capability(account_id: int, name: str, value: bool, note: str = "") -> None:
    """Record what the server was just seen to do (a note says why, for the owner)."""
    profile = load_profile(account_id)
    profile.setdefault("capabilities", {})[name] = value
    notes = profile.setdefault("notes", {})
    if note:
        notes[name] = note
    else:
        notes.pop(name, None)
    save_profile(account_id, profile)


def load_steps(account_id: int) -> dict[str, dict[str, Any]]:
    steps = _load(account_id, Account.steps_json)
    return {k: v for k, v in steps.items() if isinstance(v, dict)}


def save_steps(account_id: int, steps: dict[str, dict[str, Any]]) -> None:
    Account.update(steps_json=json.dumps(steps, ensure_ascii=False)).where(
        Account.id == account_id).execute()


def step_entry(state: str, at: datetime, error: str = "", unreadable: int = 0) -> dict[str, Any]:
    """One step's outcome; ``unreadable`` = items the server sent that could not be read
    (skipped, the rest kept), left out when there were none."""
    entry: dict[str, Any] = {"state": state, "at": at.isoformat(timespec="seconds"),
                             "error": error}
    if unreadable:
        entry["unreadable"] = unreadable
    return entry
