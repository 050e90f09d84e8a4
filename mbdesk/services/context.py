"""Everything a screen needs from the app, passed down instead of imported as globals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mbdesk.paths import Workspace
from mbdesk.secrets import SecretStore

if TYPE_CHECKING:
    from peewee import SqliteDatabase


@dataclass
class AppContext:
    workspace: Workspace
    db: SqliteDatabase | None  # None only between the first paint and the ORM being loaded
    secrets: SecretStore
    services: dict[str, Any] = field(default_factory=dict)  # e.g. "sync": the SyncService
