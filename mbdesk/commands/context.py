"""What a subcommand needs: the workspace and an open database, made on first use."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from mbdesk.paths import Workspace, prepare_workspace, resolve_workspace
from mbdesk.store.db import needs_migration, open_database


@dataclass
class CliContext:
    args: argparse.Namespace
    _db: SqliteDatabase | None = field(default=None, init=False)

    @property
    def workspace(self) -> Workspace:
        return resolve_workspace(self.args.data_dir, self.args.demo)

    def database(self) -> SqliteDatabase:
        """Open (creating or migrating) the workspace database once."""
        if self._db is None:
            ws = self.workspace
            prepare_workspace(ws)
            if needs_migration(ws):
                print("Updating the database to a newer format (once; this can take a minute "
                      "for a large inbox)…", file=sys.stderr)
            self._db = open_database(ws)
            if ws.is_demo:
                from mbdesk.store.demo import ensure_demo_workspace

                ensure_demo_workspace(ws)
        return self._db
