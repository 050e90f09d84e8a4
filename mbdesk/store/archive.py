"""The owner's own copies of the workspace: back up now, restore a backup, export for leaving.

A backup is one ``.zip``: a consistent copy of the database (SQLite's backup API, so the sync
worker may keep writing), the attached images and a ``manifest.json`` saying when it was made
and what it holds. Restoring never deletes the current database: it is copied to
``backups/before-restore-<time>.sqlite3`` first. A restore is *staged* (checked, unpacked beside
the workspace) and *applied* only while nothing has the database open — at the next start of
the window, or at once by ``mbdesk restore`` — so no open connection ever sees the file change
under it. Tokens live in the keyring, never in a backup: a restored workspace on a new computer
asks to sign in again. Pure Python, no Qt.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from mbdesk import __version__
from mbdesk.domain import csv_safe
from mbdesk.errors import MbdeskError
from mbdesk.paths import DB_FILENAME, PRIVATE_FILE, Workspace, create_private_file
from mbdesk.store.backup import copy_database
from mbdesk.store.migrations import SCHEMA_VERSION

FORMAT = "mbdesk-backup"
MANIFEST = "manifest.json"
STAGING = "restore-pending"
BACKUP_SUFFIX = ".mbdesk-backup.zip"
MAX_UNPACKED_BYTES = 20 * 1024**3  # a zip that claims more than this is not one of ours

# What a backup's summary counts: (label key, table). Missing tables count as 0 (older schema).
COUNTED = (
    ("accounts", "account"),
    ("drafts", "draft"),
    ("posts", "outbox_item"),
    ("mentions", "mention"),
    ("people", "person"),
    ("tags", "tag"),
)


class ArchiveError(MbdeskError):
    """A backup that cannot be read or restored, or an export folder that is not free."""

    title = "Backup problem"


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, shown before the owner agrees to restore it."""

    path: Path
    created_at: datetime | None
    schema_version: int
    app_version: str
    counts: dict[str, int] = field(default_factory=dict)
    media_files: int = 0


# --- back up ------------------------------------------------------------------------------------

def backup_now(ws: Workspace, target: Path | None = None, *,
               now: datetime | None = None) -> Path:
    """Write a backup zip (default ``backups/backup-<time>.mbdesk-backup.zip``); return it."""
    now = now or datetime.now(UTC)
    if target is None:
        target = ws.backups / f"backup-{now.strftime('%Y%m%dT%H%M%S')}{BACKUP_SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    snapshot = ws.backups / f".snapshot-{os.getpid()}.sqlite3"
    try:
        copy_database(ws.database, snapshot)
        manifest = {
            "format": FORMAT, "format_version": 1, "created_at": now.isoformat(),
            "app_version": __version__, "schema_version": _schema_version(snapshot),
            "media_root": str(ws.media), "counts": _counts(snapshot),
        }
        create_private_file(partial)
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
            archive.write(snapshot, DB_FILENAME)
            for path in _media_files(ws.media):
                archive.write(path, f"media/{path.relative_to(ws.media).as_posix()}")
        partial.replace(target)
    finally:
        snapshot.unlink(missing_ok=True)
        partial.unlink(missing_ok=True)
    return target


def _media_files(media: Path) -> list[Path]:
    if not media.is_dir():
        return []
    return sorted(p for p in media.rglob("*") if p.is_file() and not p.is_symlink())


# --- look at a backup ---------------------------------------------------------------------------

def stage_restore(ws: Workspace, source: Path) -> BackupSummary:
    """Check ``source`` (a backup zip or a plain ``.sqlite3`` backup) and unpack it beside the
    workspace; return what it holds. Nothing of the current workspace changes yet:
    :func:`apply_staged_restore` does that, :func:`discard_staged_restore` forgets it."""
    discard_staged_restore(ws)
    staging = ws.root / STAGING
    unpacking = ws.root / (STAGING + ".partial")
    shutil.rmtree(unpacking, ignore_errors=True)
    unpacking.mkdir(mode=0o700)
    try:
        manifest = _unpack(source, unpacking)
        summary = _summarise(source, unpacking / DB_FILENAME, manifest, unpacking / "media")
        (unpacking / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        unpacking.replace(staging)
    except BaseException:
        shutil.rmtree(unpacking, ignore_errors=True)
        raise
    return summary


def discard_staged_restore(ws: Workspace) -> None:
    shutil.rmtree(ws.root / STAGING, ignore_errors=True)


def has_staged_restore(ws: Workspace) -> bool:
    return (ws.root / STAGING / DB_FILENAME).is_file()


def _unpack(source: Path, folder: Path) -> dict:
    if not source.is_file():
        raise ArchiveError(f"{source} is not a file.")
    with open(source, "rb") as handle:
        head = handle.read(16)
    if head.startswith(b"PK\x03\x04") or zipfile.is_zipfile(source):
        return _unpack_zip(source, folder)
    if head != b"SQLite format 3\x00":
        raise ArchiveError(f"{source.name} is neither an mbdesk backup (.zip) nor a "
                           "database copy (.sqlite3).")
    copy_database(source, folder / DB_FILENAME)
    return {"format": FORMAT, "created_at": datetime.fromtimestamp(
        source.stat().st_mtime, UTC).isoformat(), "app_version": "", "media_root": ""}


def _unpack_zip(source: Path, folder: Path) -> dict:
    try:
        with zipfile.ZipFile(source) as archive:
            try:
                manifest = json.loads(archive.read(MANIFEST))
            except (KeyError, ValueError) as exc:
                raise ArchiveError(f"{source.name} is a zip file but not an mbdesk backup "
                                   "(it has no readable manifest.json).") from exc
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise ArchiveError(f"{source.name} is not an mbdesk backup.")
            members = archive.infolist()
            if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
                raise ArchiveError(f"{source.name} would unpack to more than 20 GB; "
                                   "it is not a backup mbdesk made.")
            names = {m.filename for m in members}
            if DB_FILENAME not in names:
                raise ArchiveError(f"{source.name} holds no database.")
            for member in members:
                if member.is_dir() or member.filename == MANIFEST:
                    continue
                relative = _safe_member(member.filename)
                if relative is None:
                    raise ArchiveError(f"{source.name} holds a file outside its own folders "
                                       f"({member.filename!r}); it was not restored.")
                target = folder.joinpath(*relative.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                create_private_file(target)
                with archive.open(member) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
    except zipfile.BadZipFile as exc:
        raise ArchiveError(f"{source.name} is damaged ({exc}).") from exc
    return manifest


def _safe_member(name: str) -> PurePosixPath | None:
    """The member's path if it is the database or under media/ without climbing out."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name:
        return None
    if name == DB_FILENAME or (len(path.parts) > 1 and path.parts[0] == "media"):
        return path
    return None


def _summarise(source: Path, database: Path, manifest: dict, media: Path) -> BackupSummary:
    from mbdesk.store.db import check_integrity

    problems = check_integrity(database, quick=True)
    if problems:
        raise ArchiveError(f"The database in {source.name} is damaged "
                           f"({'; '.join(problems[:2])}); it cannot be restored.")
    version = _schema_version(database)
    if version == 0:
        raise ArchiveError(f"{source.name} is an SQLite file but not an mbdesk database.")
    if version > SCHEMA_VERSION:
        raise ArchiveError(f"{source.name} was made by a newer mbdesk (database format "
                           f"{version}; this one reads up to {SCHEMA_VERSION}). Update mbdesk "
                           "first, then restore it.")
    try:
        created = datetime.fromisoformat(str(manifest.get("created_at", "")))
    except ValueError:
        created = None
    return BackupSummary(path=source, created_at=created, schema_version=version,
                         app_version=str(manifest.get("app_version", "")),
                         counts=_counts(database), media_files=len(_media_files(media)))


def _schema_version(database: Path) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()


def _counts(database: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {key: (conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                      if table in tables else 0) for key, table in COUNTED}
    finally:
        conn.close()


# --- restore ------------------------------------------------------------------------------------

def apply_staged_restore(ws: Workspace, *, now: datetime | None = None) -> Path | None:
    """Put the staged backup in place of the database; return where the old one was kept.

    Call only while no connection has the workspace database open (start-up, or the CLI holding
    the instance lock). Images are merged into the media folder (a file of the same name is
    kept); the restored rows' image paths are moved to this workspace's media folder.
    """
    staging = ws.root / STAGING
    if not has_staged_restore(ws):
        return None
    now = now or datetime.now(UTC)
    kept = None
    if ws.database.exists():
        kept = copy_database(ws.database,
                             ws.backups / f"before-restore-{now.strftime('%Y%m%dT%H%M%S')}.sqlite3")
    manifest = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
    _merge_media(staging / "media", ws.media)
    restored = staging / DB_FILENAME
    _move_media_paths(restored, str(manifest.get("media_root") or ""), str(ws.media))
    for suffix in ("-wal", "-shm"):
        ws.database.with_name(ws.database.name + suffix).unlink(missing_ok=True)
    restored.chmod(PRIVATE_FILE)
    restored.replace(ws.database)
    shutil.rmtree(staging, ignore_errors=True)
    return kept


def _merge_media(source: Path, media: Path) -> None:
    for path in _media_files(source):
        target = media / path.relative_to(source)
        if target.exists():
            continue
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.move(str(path), target)
        target.chmod(PRIVATE_FILE)


def _move_media_paths(database: Path, old_root: str, new_root: str) -> None:
    """Image paths are stored whole; a backup from another folder or computer points there."""
    if not old_root or old_root == new_root:
        return
    conn = sqlite3.connect(database)
    try:
        with conn:
            conn.execute("UPDATE media SET path = ? || substr(path, ?) "
                         "WHERE substr(path, 1, ?) = ?",
                         (new_root, len(old_root) + 1, len(old_root), old_root))
    finally:
        conn.close()


# --- export -------------------------------------------------------------------------------------

def export_workspace(ws: Workspace, folder: Path) -> dict[str, int]:
    """Write every table as ``<table>.csv`` plus the images into ``folder`` (made if missing,
    must be empty): everything a person leaving mbdesk takes along. Returns rows per table.

    The search indexes are left out (they are rebuilt from the texts); formulas are defused
    like every CSV mbdesk writes."""
    if folder.exists() and any(folder.iterdir()):
        raise ArchiveError(f"{folder} is not empty; choose a new or empty folder so nothing "
                           "there is overwritten.")
    folder.mkdir(parents=True, exist_ok=True)
    snapshot = ws.backups / f".export-{os.getpid()}.sqlite3"
    rows: dict[str, int] = {}
    try:
        copy_database(ws.database, snapshot)
        conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            for table in _exported_tables(conn):
                rows[table] = _write_table(conn, table, folder / f"{table}.csv")
        finally:
            conn.close()
    finally:
        snapshot.unlink(missing_ok=True)
    for path in _media_files(ws.media):
        target = folder / "media" / path.relative_to(ws.media)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    (folder / "README.txt").write_text(_EXPORT_README.format(
        when=datetime.now(UTC).isoformat(timespec="seconds"), version=__version__),
        encoding="utf-8")
    return rows


def _exported_tables(conn: sqlite3.Connection) -> list[str]:
    virtual = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'")]
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return [n for n in names if not any(n == v or n.startswith(v + "_") for v in virtual)]


def _write_table(conn: sqlite3.Connection, table: str, path: Path) -> int:
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv_safe.writer(handle)
        out.writerow([c[0] for c in cursor.description])
        for row in cursor:
            out.writerow(_without_secrets(row) if table == "setting" else row)
            count += 1
    return count


def _without_secrets(row: tuple) -> tuple:
    """A setting whose JSON value holds an app's client secret (Mastodon app registrations)
    is exported without it: an export is for reading elsewhere, not for signing in."""
    key, value = row[0], row[1]
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return row
    if isinstance(data, dict) and any("secret" in k or "token" in k for k in data):
        data = {k: ("(not exported)" if "secret" in k or "token" in k else v)
                for k, v in data.items()}
        return (key, json.dumps(data), *row[2:])
    return row


_EXPORT_README = """\
mbdesk export, {when} (mbdesk {version})

Each .csv file is one table of the mbdesk database, with a header row (UTF-8, comma-separated).
Cells that a spreadsheet would run as a formula start with an apostrophe.
media/ holds the images attached to drafts and posts; the "media" table says which is which.
Access tokens are not included: they stay in this computer's keyring.
"""
