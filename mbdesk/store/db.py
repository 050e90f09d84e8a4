"""Opening the one SQLite file: pragmas, schema version, migrations, integrity.

``open_database`` is the only way in. It refuses a database from a newer mbdesk, copies the file
before migrating, runs each migration in its own transaction, and binds the peewee models.
``check_integrity`` is separate so the window can run it off the GUI thread at start-up.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mbdesk.errors import DatabaseCorruptError, DatabaseTooNewError
from mbdesk.paths import Workspace, create_private_file, data_folder_error
from mbdesk.store import backup
from mbdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from peewee import SqliteDatabase

log = logging.getLogger(__name__)

PRAGMAS = {
    "journal_mode": "wal",
    "busy_timeout": 5000,
    "foreign_keys": 1,
    "synchronous": "normal",
    "cache_size": -4000,  # 4 MiB per connection: enough for list pages, modest RSS
}


def read_schema_version(conn: sqlite3.Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply every migration above the current version, each atomically; return those applied.

    Each step re-reads the version inside its write transaction: processes started together on
    a new or older database all get here, and the ones that waited for the lock must skip what
    the first one already applied.
    """
    current = read_schema_version(conn)
    applied = []
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            conn.execute("BEGIN IMMEDIATE")
            if read_schema_version(conn) >= migration.version:
                conn.execute("ROLLBACK")
                continue
            try:
                migration.apply(conn)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)",
                             (migration.version,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            log.info("migrated database to v%d: %s", migration.version, migration.description)
            applied.append(migration.version)
    return applied


def _corrupt(ws: Workspace, detail: str) -> DatabaseCorruptError:
    last = backup.latest_backup(ws.backups)
    hint = (f"You can restore the last backup ({last.name}); the damaged file is kept aside."
            if last else "No backup exists yet; the file is kept as it is for recovery.")
    return DatabaseCorruptError(f"The database {ws.database} is damaged: {detail}.",
                                hint=hint, backup=str(last) if last else None)


def needs_migration(ws: Workspace) -> bool:
    """Whether opening the database will migrate an existing file (which can take a while).
    Any trouble reading it says no: ``prepare_schema`` then reports it properly."""
    if not ws.database.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{ws.database}?mode=ro", uri=True)
        try:
            (version,) = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return 0 < int(version or 0) < SCHEMA_VERSION


def prepare_schema(ws: Workspace) -> None:
    """Create or migrate the database file, with the safety copy and clear errors."""
    is_new = not ws.database.exists()
    if is_new:
        create_private_file(ws.database)  # 0600, not SQLite's 0644
    try:
        conn = sqlite3.connect(ws.database, isolation_level=None)
    except sqlite3.Error as exc:
        raise _corrupt(ws, str(exc)) from exc
    try:
        conn.execute("PRAGMA busy_timeout=5000")
        try:
            current = read_schema_version(conn)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
                raise data_folder_error(ws.root, PermissionError(13, str(exc))) from exc
            raise _corrupt(ws, str(exc)) from exc
        if current > SCHEMA_VERSION:
            raise DatabaseTooNewError(
                f"The database {ws.database} has schema version {current}, newer than this "
                f"mbdesk understands ({SCHEMA_VERSION}).",
                hint="Install the newer mbdesk again, or start this one with another --data-dir. "
                "The file was not changed.",
            )
        if current < SCHEMA_VERSION:
            with _migration_lock(ws):
                current = read_schema_version(conn)  # another process may have done it
                if current < SCHEMA_VERSION:
                    if not is_new and current > 0:
                        copy = backup.pre_migration_copy(ws.database, ws.backups, current)
                        log.info("copied database to %s before migrating", copy)
                    conn.execute("PRAGMA journal_mode=wal")
                    migrate(conn)
    except sqlite3.OperationalError as exc:
        if "disk" in str(exc) and "full" in str(exc):
            raise data_folder_error(ws.root, OSError(28, "No space left on device")) from exc
        raise
    finally:
        conn.close()


@contextlib.contextmanager
def _migration_lock(ws: Workspace) -> Iterator[None]:
    """One process at a time creates or migrates the file (a ``flock`` beside it, released by
    the OS if the process dies). Without it, processes started together on a new or older
    database each took the pre-migration copy to the same name, or copied a database another
    was still creating, and failed with "disk I/O error"."""
    path = ws.database.with_name(ws.database.name + ".migrate-lock")
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise data_folder_error(ws.root, exc) from exc
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class CheckCancelled(Exception):
    """The integrity check was stopped because the app is quitting."""


def check_integrity(database: Path, *, quick: bool = False,
                    cancel: threading.Event | None = None) -> list[str]:
    """Run ``PRAGMA integrity_check`` (or the faster ``quick_check``) on its own connection.

    Returns the problems (empty = ok). ``cancel`` stops a long check when the app quits, so
    closing the window never waits for it.
    """
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    if cancel is not None:
        conn.set_progress_handler(lambda: 1 if cancel.is_set() else 0, 20_000)
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.OperationalError as exc:
        if cancel is not None and cancel.is_set():
            raise CheckCancelled() from exc
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def ensure_integrity(ws: Workspace) -> None:
    problems = check_integrity(ws.database)
    if problems:
        raise _corrupt(ws, "; ".join(problems[:3]))


def connect(database: Path) -> SqliteDatabase:
    """A peewee database bound to the models (one connection per thread, opened lazily).

    peewee is imported here, not at module level: the window paints before it needs the ORM.
    """
    from peewee import SqliteDatabase

    from mbdesk.store import sql
    from mbdesk.store.models import database_proxy
    from mbdesk.store.search_index import WORDS_FUNCTION, index_text

    db = SqliteDatabase(str(database), pragmas=PRAGMAS, check_same_thread=False)
    db.register_function(index_text, WORDS_FUNCTION, 1, deterministic=True)  # search triggers
    database_proxy.initialize(db)
    sql.use_orm(database_proxy)  # raw queries (store/sql.py) now share the ORM's connections
    return db


def open_database(ws: Workspace) -> SqliteDatabase:
    """Create or migrate the workspace database and bind the models to it."""
    prepare_schema(ws)
    return connect(ws.database)
