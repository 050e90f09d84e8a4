"""Typed access to the ``setting`` table (JSON values), with defaults in one place."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mbdesk.store import sql

DEFAULTS: dict[str, Any] = {
    "language": "",  # empty: follow the system locale
    "timezone": "",  # empty: the system zone
    "theme": "system",  # light | dark | system
    "onboarded": False,
    "allow_plaintext_secrets": False,
    "publishing_paused": False,
    "missed_post_policy": "hold",  # hold | send
    "sync_interval_minutes": 5,
    # posting calendar (mbdesk/domain/schedule.py); 0 switches a check off
    "holiday_country": "",  # ISO code; empty: from the system locale
    "warn_max_posts_per_day": 10,
    "warn_min_gap_minutes": 60,
    "warn_best_hours": True,
    "queue_slots": {},  # account id -> {weekday: ["09:00", ...]}
    "pending_moves": {},  # outbox id -> {"when": UTC ISO, "tz": zone}: server copy to move
    # tag suggestion rules (mbdesk/domain/suggestions.py), editable in the followers screen
    "suggest_kol_min_followers": 5000,
    "suggest_kol_flags": True,  # verified accounts count as KOL candidates
    "suggest_engaged_mentions": 3,
    "suggest_engaged_days": 30,
    "suggest_purchase_questions": True,
    # inbox (mbdesk/ui/views/inbox.py, mbdesk/store/crisis.py)
    "reply_marks_done": True,  # sending a reply from the inbox archives the mention
    "crisis_threshold_per_hour": 5,  # negative mentions in the last hour that raise the alert
    "crisis_lexicon": None,  # {"zh": [...], "es": [...], "en": [...]}; None: the shipped file
    "notify_mentions": "all",  # all | priority | none (desktop notifications)
    "saved_replies": [],  # [{"title": ..., "body": ...}]; {author}, {shop} are filled in
    "shop_name": "",  # {shop} in saved replies; empty: the replying account's name
}


def get(key: str) -> Any:
    """The stored value, else the default (plain SQL: the inbox reads settings before the ORM
    is loaded)."""
    row = sql.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row[0])


def put(key: str, value: Any) -> None:
    from mbdesk.store.models import Setting

    payload = json.dumps(value, ensure_ascii=False)
    Setting.insert(key=key, value=payload).on_conflict_replace().execute()


def read_without_orm(database: Path, keys: Iterable[str]) -> dict[str, Any]:
    """Read a few settings with plain sqlite3, for the start-up path before peewee is loaded."""
    wanted = list(keys)
    values = {key: DEFAULTS.get(key) for key in wanted}
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        marks = ",".join("?" * len(wanted))
        for key, raw in conn.execute(f"SELECT key, value FROM setting WHERE key IN ({marks})",
                                     wanted):
            values[key] = json.loads(raw)
    finally:
        conn.close()
    return values
