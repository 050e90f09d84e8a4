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
    db: SqliteDatabase | None  # None only until the inbox painted (see ensure_orm)
    secrets: SecretStore
    services: dict[str, Any] = field(default_factory=dict)  # e.g. "sync": the SyncService

    def ensure_orm(self) -> SqliteDatabase:
        """The ORM's database, loaded now if it is not yet. The window loads it once the inbox
        painted (the inbox's first load is plain SQL: ``store/sql.py``); whatever needs it
        before that (another screen clicked first, a dialog) calls this."""
        if self.db is None:
            from mbdesk.store.db import connect

            self.db = connect(self.workspace.database)
        return self.db
