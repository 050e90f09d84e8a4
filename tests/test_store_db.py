"""The database: schema, migrations from every old version, safety copies, refusals, FTS."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from mbdesk.errors import DatabaseCorruptError, DatabaseTooNewError, DataFolderError
from mbdesk.paths import Workspace, data_folder_error, prepare_workspace
from mbdesk.store import backup, settings
from mbdesk.store.db import check_integrity, ensure_integrity, open_database
from mbdesk.store.migrations import SCHEMA_VERSION, split_statements
from mbdesk.store.models import ALL_MODELS, Account, Mention, Person
from mbdesk.store.queries import mentions
from mbdesk.store.queries.mentions import MentionFilter
from mbdesk.store.search_index import match_expression, search_key

FIXTURES = Path(__file__).parent / "fixtures"


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def test_models_match_the_migrated_schema(workspace: Workspace, db) -> None:
    conn = sqlite3.connect(workspace.database)
    for model in ALL_MODELS:
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert columns(conn, model._meta.table_name) == expected, model.__name__


def test_pragmas_wal_foreign_keys_busy_timeout(db) -> None:
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_v*.sqlite3")))
def test_every_old_schema_migrates_with_a_copy_taken_first(tmp_path: Path, fixture: Path) -> None:
    ws = Workspace(root=tmp_path / "ws")
    prepare_workspace(ws)
    shutil.copyfile(fixture, ws.database)
    old_version = int(fixture.stem.split("_v")[1])
    open_database(ws)
    conn = sqlite3.connect(ws.database)
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    copies = list(ws.backups.glob(f"pre-migration-v{old_version}-*.sqlite3"))
    assert len(copies) == 1
    assert sqlite3.connect(copies[0]).execute("SELECT COUNT(*) FROM mention").fetchone()[0] == 1
    # the old rows survived and are searchable through the index added later
    assert [r.id for r in mentions.page(MentionFilter(search="周日营"))] == [1]
    assert Account.get_by_id(1).display_name == "Shop 店"


def test_fresh_database_takes_no_migration_copy(workspace: Workspace, db) -> None:
    assert list(workspace.backups.glob("pre-migration-*")) == []


def test_newer_schema_is_refused_and_left_untouched(workspace: Workspace) -> None:
    conn = sqlite3.connect(workspace.database)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION + 5,))
    conn.commit()
    conn.close()
    before = workspace.database.read_bytes()
    with pytest.raises(DatabaseTooNewError) as err:
        open_database(workspace)
    assert "newer" in err.value.message
    assert workspace.database.read_bytes() == before


def test_garbage_file_is_reported_as_damaged_with_backup_offered(workspace: Workspace) -> None:
    open_database(workspace).close()
    made = backup.daily_backup(workspace.database, workspace.backups, today="2026-11-20")
    assert made is not None
    workspace.database.write_bytes(b"this is not a database" * 100)
    for side in ("-wal", "-shm"):
        Path(str(workspace.database) + side).unlink(missing_ok=True)
    with pytest.raises(DatabaseCorruptError) as err:
        open_database(workspace)
    assert err.value.backup == str(made)
    assert "restore" in err.value.hint.lower()
    kept = backup.restore_backup(Path(err.value.backup), workspace.database)
    assert kept.exists()  # the damaged file is kept aside, never deleted
    open_database(workspace)
    assert check_integrity(workspace.database) == []


def test_integrity_check_reports_damage(workspace: Workspace, db) -> None:
    people = [{"platform": "sandbox", "remote_id": str(i), "handle": f"p{i}"} for i in range(3000)]
    with db.atomic():
        Person.insert_many(people).execute()
    db.close()
    conn = sqlite3.connect(workspace.database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'person_handle'")
    index_page = root.fetchone()[0]
    conn.close()
    raw = bytearray(workspace.database.read_bytes())
    start = (index_page - 1) * page_size  # scribble over the root page of one index
    raw[start + 8:start + page_size] = bytes(reversed(raw[start + 8:start + page_size]))
    workspace.database.write_bytes(bytes(raw))
    assert check_integrity(workspace.database) != []
    with pytest.raises(DatabaseCorruptError):
        ensure_integrity(workspace)


def test_read_only_data_folder_gets_a_clear_message(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere; the permission check cannot fail as root")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(DataFolderError) as err:
        prepare_workspace(Workspace(root=folder))
    assert "cannot write" in err.value.message


def test_data_folder_that_is_a_file_gets_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError) as err:
        prepare_workspace(Workspace(root=blocker))
    assert str(blocker) in err.value.message


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, ("full", "Nothing you wrote was lost")),
    (errno.EROFS, ("cannot write", "--data-dir")),
    (errno.EACCES, ("cannot write", "writable")),
])
def test_data_folder_errors_say_what_to_do(code: int, words: tuple[str, str]) -> None:
    error = data_folder_error(Path("/data"), OSError(code, os.strerror(code)))
    assert words[0] in error.message
    assert words[1] in error.hint


def test_search_index_follows_inserts_updates_and_deletes(db) -> None:
    """The triggers keep the index's key (time << 31 | id) as search_key computes it."""
    account = Account.create(platform="sandbox", handle="shop")
    mention = Mention.create(account=account, remote_id="1", text_plain="Pedido de pan integral",
                             created_at=datetime(2026, 3, 1, 9, 30, 15, 250_000))

    def hits(term: str) -> list[int]:
        cursor = db.execute_sql("SELECT rowid FROM mention_search WHERE mention_search MATCH ?",
                                (match_expression(term),))
        return [r[0] for r in cursor]

    assert hits("integral") == [search_key(mention.created_at, mention.id)]
    mention.text_plain = "我想订一个生日蛋糕"
    mention.created_at = datetime(1969, 12, 31, 23, 0)  # before 1970: a negative key still works
    mention.save()
    assert hits("integral") == []
    assert hits("生日蛋") == [search_key(mention.created_at, mention.id)]
    mention.delete_instance()
    assert hits("生日蛋") == []


def test_daily_backup_rotates(workspace: Workspace, db) -> None:
    for day in range(1, 11):
        backup.daily_backup(workspace.database, workspace.backups, today=f"2026-11-{day:02d}",
                            keep=7)
    names = sorted(p.name for p in workspace.backups.glob("daily-*.sqlite3"))
    assert names == [f"daily-2026-11-{d:02d}.sqlite3" for d in range(4, 11)]
    assert backup.daily_backup(workspace.database, workspace.backups, today="2026-11-10") is None
    assert check_integrity(workspace.backups / "daily-2026-11-10.sqlite3") == []


def test_settings_round_trip_with_defaults(db) -> None:
    assert settings.get("theme") == "system"
    settings.put("timezone", "Asia/Shanghai")
    settings.put("theme", "dark")
    assert settings.get("timezone") == "Asia/Shanghai"
    assert settings.get("theme") == "dark"


def test_trigger_bodies_stay_whole_when_split() -> None:
    sql = ("CREATE TABLE t (x);\n"
           "CREATE TRIGGER a AFTER INSERT ON t BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n")
    assert len(split_statements(sql)) == 2


def test_second_process_on_the_same_folder_is_refused(workspace: Workspace) -> None:
    from mbdesk.errors import AlreadyRunningError
    from mbdesk.instance_lock import InstanceLock

    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from mbdesk.instance_lock import InstanceLock;"
         f"lock = InstanceLock(Path({str(workspace.lock_file)!r})); lock.acquire();"
         "print('locked', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunningError) as err:
            InstanceLock(workspace.lock_file).acquire()
        assert str(holder.pid) in err.value.message
    finally:
        holder.communicate("\n", timeout=10)
    lock = InstanceLock(workspace.lock_file)  # released when the holder exits
    lock.acquire()
    lock.release()
