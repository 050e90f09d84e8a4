"""Back up now / restore / export (issue 15): what a backup holds, that a restore keeps the
current database aside and refuses what is not ours, and that an export has every table."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mbdesk.paths import Workspace, prepare_workspace
from mbdesk.store import archive, settings
from mbdesk.store.db import open_database
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.migrations import SCHEMA_VERSION
from mbdesk.store.models import Account, Draft, Media

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@pytest.fixture
def shop(workspace, db):
    account = Account.create(platform="mastodon", handle="shop@example.social",
                             display_name="=HYPERLINK(\"http://evil\")")
    draft_id = save_draft(None, DraftInput(title="Tazas", body="¡Tazas nuevas! 新品陶瓷杯",
                                           target_ids=(account.id,)))
    image = workspace.media / "drafts" / "ab12-cup.png"
    image.parent.mkdir(parents=True, exist_ok=True)
    image.write_bytes(PNG)
    Media.create(draft=draft_id, path=str(image), mime_type="image/png", alt_text="a cup",
                 width=1, height=1, size_bytes=len(PNG), sha256="x", position=0)
    settings.put("mastodon_app:https://example.social",
                 {"client_id": "cid", "client_secret": "SECRET-123"})
    return account, draft_id


def test_backup_holds_database_images_and_manifest(workspace, shop):
    target = archive.backup_now(workspace)
    assert target.parent == workspace.backups and target.name.endswith(archive.BACKUP_SUFFIX)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert set(z.namelist()) == {"manifest.json", "mbdesk.sqlite3", "media/drafts/ab12-cup.png"}
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["counts"]["accounts"] == 1 and manifest["counts"]["drafts"] == 1
    assert not list(workspace.backups.glob("*.partial")) and not list(workspace.backups.glob(".s*"))


def test_restore_into_another_folder_moves_image_paths_and_keeps_the_old_db(tmp_path, workspace,
                                                                         shop):
    made = archive.backup_now(workspace, tmp_path / "b.zip")
    other = Workspace(root=tmp_path / "other")
    prepare_workspace(other)
    open_database(other).close()  # an empty workspace of its own
    summary = archive.stage_restore(other, made)
    assert summary.counts["drafts"] == 1 and summary.media_files == 1
    assert summary.created_at is not None and summary.schema_version == SCHEMA_VERSION
    assert archive.has_staged_restore(other)
    kept = archive.apply_staged_restore(other)
    assert kept is not None and kept.parent == other.backups and kept.name.startswith("before-")
    conn = sqlite3.connect(other.database)
    try:
        assert conn.execute("SELECT COUNT(*) FROM draft").fetchone()[0] == 1
        (path,) = conn.execute("SELECT path FROM media").fetchone()
    finally:
        conn.close()
    assert path == str(other.media / "drafts" / "ab12-cup.png") and Path(path).read_bytes() == PNG
    old = sqlite3.connect(kept)
    try:
        assert old.execute("SELECT COUNT(*) FROM draft").fetchone()[0] == 0  # the one kept aside
    finally:
        old.close()
    assert not archive.has_staged_restore(other)


def test_a_cancelled_restore_changes_nothing(tmp_path, workspace, shop):
    made = archive.backup_now(workspace, tmp_path / "b.zip")
    Draft.delete().execute()
    archive.stage_restore(workspace, made)
    archive.discard_staged_restore(workspace)
    assert archive.apply_staged_restore(workspace) is None
    assert Draft.select().count() == 0


@pytest.mark.parametrize("make, says", [
    (lambda p: p.write_text("hello"), "neither an mbdesk backup"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("x.txt", "x"), "not an mbdesk backup"),
    (lambda p: p.write_bytes(b"PK\x03\x04broken"), "damaged"),
])
def test_files_that_are_not_backups_are_refused(tmp_path, workspace, make, says):
    bad = tmp_path / "bad.zip"
    make(bad)
    with pytest.raises(archive.ArchiveError, match=says):
        archive.stage_restore(workspace, bad)
    assert not archive.has_staged_restore(workspace)


def test_a_zip_that_climbs_out_of_its_folder_is_refused(tmp_path, workspace, shop):
    made = archive.backup_now(workspace, tmp_path / "b.zip")
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(evil, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("media/../../escaped.txt", "x")
    with pytest.raises(archive.ArchiveError, match="outside its own folders"):
        archive.stage_restore(workspace, evil)
    assert not (workspace.root / "escaped.txt").exists() and not (tmp_path / "escaped.txt").exists()


def test_a_backup_from_a_newer_mbdesk_is_refused(tmp_path, workspace, shop):
    newer = tmp_path / "newer.sqlite3"
    archive.copy_database(workspace.database, newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION + 1,))
    conn.close()
    with pytest.raises(archive.ArchiveError, match="newer mbdesk"):
        archive.stage_restore(workspace, newer)


def test_export_writes_every_table_without_secrets_or_formulas(tmp_path, workspace, shop):
    out = tmp_path / "export"
    rows = archive.export_workspace(workspace, out)
    assert rows["draft"] == 1 and rows["account"] == 1
    assert not any("fts" in name or "search" in name for name in rows)  # indexes are rebuilt
    assert (out / "media" / "drafts" / "ab12-cup.png").read_bytes() == PNG
    text = "".join(p.read_text(encoding="utf-8") for p in out.glob("*.csv"))
    assert "SECRET-123" not in text and "cid" in text
    with open(out / "account.csv", encoding="utf-8", newline="") as handle:
        names = [row["display_name"] for row in csv.DictReader(handle)]
    assert names == ["'=HYPERLINK(\"http://evil\")"]
    with pytest.raises(archive.ArchiveError, match="not empty"):
        archive.export_workspace(workspace, out)


def run_cli(root: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mbdesk", "--data-dir", str(root), *args],
                          capture_output=True, text=True, timeout=120, input=stdin,
                          env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8",
                               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
                          cwd=Path(__file__).resolve().parents[1])


def test_cli_backup_restore_export(tmp_path, workspace, shop):
    zip_path = tmp_path / "b.zip"
    made = run_cli(workspace.root, "backup", str(zip_path))
    assert made.returncode == 0 and str(zip_path) in made.stdout
    other = tmp_path / "other"
    asked = run_cli(other, "restore", str(zip_path))  # no terminal, no --yes: nothing happens
    assert asked.returncode == 1 and "--yes" in asked.stderr and "1 drafts" in asked.stdout
    done = run_cli(other, "restore", "--yes", str(zip_path))
    assert done.returncode == 0, done.stderr
    assert "Restored" in done.stdout and "sign in" in done.stdout
    exported = run_cli(other, "export", str(tmp_path / "out"))
    assert exported.returncode == 0 and (tmp_path / "out" / "draft.csv").exists()
    bad = run_cli(other, "restore", "--yes", str(tmp_path / "missing.zip"))
    assert bad.returncode == 2 and "is not a file" in bad.stderr


def test_cli_restore_refuses_while_the_window_has_the_workspace(tmp_path, workspace, shop):
    from mbdesk.instance_lock import InstanceLock

    zip_path = archive.backup_now(workspace, tmp_path / "b.zip")
    with InstanceLock(workspace.lock_file):
        refused = run_cli(workspace.root, "restore", "--yes", str(zip_path))
    assert refused.returncode == 2 and "already running" in refused.stderr
    assert not archive.has_staged_restore(workspace)


def test_the_window_applies_a_staged_restore_before_opening_the_database(tmp_path, workspace,
                                                                        shop, db):
    from mbdesk.ui.application import _apply_staged_restore

    made = archive.backup_now(workspace, tmp_path / "b.zip")
    Draft.delete().execute()
    archive.stage_restore(workspace, made)
    db.close()  # as at start-up: nothing has the file open
    _apply_staged_restore(workspace)
    assert not archive.has_staged_restore(workspace)
    assert Draft.select().count() == 1
    assert list(workspace.backups.glob("before-restore-*.sqlite3"))
