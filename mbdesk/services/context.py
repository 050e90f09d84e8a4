"""Everything a screen needs from the app, passed down instead of imported as globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import SqliteDatabase

from mbdesk.paths import Workspace
from mbdesk.secrets import SecretStore


@dataclass
class AppContext:
    workspace: Workspace
    db: SqliteDatabase
    secrets: SecretStore
    services: dict[str, Any] = field(default_factory=dict)  # e.g. "sync": the SyncService
