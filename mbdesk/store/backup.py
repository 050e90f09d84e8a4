"""Copies of the database: a rotating daily backup, a copy before each migration, restore.

All copies go through SQLite's online backup API, so they are consistent even while another
connection (the sync worker) is writing.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from mbdesk.paths import PRIVATE_FILE, create_private_file

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7


def copy_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` with the backup API (consistent under concurrent writes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)  # a backup holds everything the database does: 0600
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def daily_backup(database: Path, backups: Path, *, today: str | None = None,
                 keep: int = KEEP_DAILY) -> Path | None:
    """Take today's backup unless it exists, and keep only the newest ``keep`` ones."""
    if not database.exists():
        return None
    day = today or datetime.now(UTC).strftime("%Y-%m-%d")
    target = backups / f"{DAILY_PREFIX}{day}.sqlite3"
    made = None
    if not target.exists():
        made = copy_database(database, target)
    for old in sorted(backups.glob(f"{DAILY_PREFIX}*.sqlite3"))[:-keep]:
        old.unlink(missing_ok=True)
    return made


def has_daily_backup(backups: Path, today: str | None = None) -> bool:
    day = today or datetime.now(UTC).strftime("%Y-%m-%d")
    return (backups / f"{DAILY_PREFIX}{day}.sqlite3").exists()


def pre_migration_copy(database: Path, backups: Path, from_version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return copy_database(database, backups / f"pre-migration-v{from_version}-{stamp}.sqlite3")


def latest_backup(backups: Path) -> Path | None:
    """The newest backup of any kind, judged by modification time."""
    candidates = [p for p in backups.glob("*.sqlite3") if p.is_file()]
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def restore_backup(backup: Path, database: Path) -> Path:
    """Put ``backup`` in place of ``database``; the damaged file is kept beside it, not deleted."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    if database.exists():
        database.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))
    shutil.copyfile(backup, database)
    database.chmod(PRIVATE_FILE)
    return kept
