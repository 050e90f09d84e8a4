"""Issue 12, defect 8 (the smaller ones): a dead sync worker, a full disk, hostile instance
addresses, plain-http servers, file permissions of the data folder."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from sync_helpers import add_account

from mbdesk.app import main
from mbdesk.errors import DiskFullError, known_error
from mbdesk.store import db as store_db
from mbdesk.store.models import Account, AccountStatus
from mbdesk.sync.engine import SyncEngine


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


# --- sync --once whose worker died ------------------------------------------------------------


def test_sync_once_fails_when_its_worker_dies(server, ctx, workspace, capsys, monkeypatch):
    add_account(server, ctx.secrets)

    def dies(self, account_id, jobs=()):
        raise RuntimeError("database disk image is malformed")

    monkeypatch.setattr(SyncEngine, "run_account", dies)
    rc = run(workspace, "sync", "--once")
    out = capsys.readouterr().out
    assert rc != 0
    assert "internal error" in out and "see the log" in out


# --- a full disk ------------------------------------------------------------------------------


def _fill(path: Path) -> BaseException:
    """Write into a real SQLite file capped at its size until SQLite says SQLITE_FULL."""
    db = SqliteDatabase(str(path))
    db.execute_sql("CREATE TABLE t (x BLOB)")
    db.execute_sql("PRAGMA max_page_count = 8")
    try:
        with db.atomic():
            for _ in range(100):
                db.execute_sql("INSERT INTO t VALUES (randomblob(4000))")
    except Exception as exc:  # whatever the rollback turned it into
        return exc
    finally:
        db.close()
    raise AssertionError("the database never filled up")


def test_a_full_disk_reads_as_a_full_disk(tmp_path: Path) -> None:
    exc = _fill(tmp_path / "full.sqlite3")
    known = known_error(exc)
    assert isinstance(known, DiskFullError)
    assert "disk is full" in known.message and "rollback" not in str(known)


def test_cannot_rollback_after_sqlite_full_is_still_a_full_disk(tmp_path: Path) -> None:
    import sqlite3

    full = _fill(tmp_path / "full.sqlite3")
    try:
        try:
            raise full
        except Exception:
            raise sqlite3.OperationalError(  # noqa: B904 - chained implicitly, as peewee does
                "cannot rollback - no transaction is active")
    except sqlite3.OperationalError as exc:
        assert isinstance(known_error(exc), DiskFullError)
    assert known_error(ValueError("a bug")) is None


def test_cli_says_the_disk_is_full(server, ctx, workspace, capsys, monkeypatch) -> None:
    add_account(server, ctx.secrets)
    pages = ctx.db.execute_sql("PRAGMA page_count").fetchone()[0]
    ctx.db.close()
    monkeypatch.setitem(store_db.PRAGMAS, "max_page_count", pages)
    long_text = "Rye " * 120
    rc = 0
    for _ in range(40):  # until the capped file has no page left
        rc = run(workspace, "post", "--account", "shop", long_text)
        if rc:
            break
    err = capsys.readouterr().err
    assert rc == 2
    assert "The disk is full" in err and "rollback" not in err and "Traceback" not in err


def test_the_window_says_the_disk_is_full_not_a_bug(tmp_path: Path, capsys) -> None:
    from mbdesk.ui import crash

    previous = sys.excepthook
    crash.install(tmp_path / "mbdesk.log", interactive=lambda: False)
    try:
        exc = _fill(tmp_path / "full.sqlite3")
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    err = capsys.readouterr().err
    assert "disk is full" in err and "hit a bug" not in err


# --- hostile instance addresses ---------------------------------------------------------------


@pytest.mark.parametrize("address", ["javascript:alert(1)", "https://example.org:99999",
                                     "ftp://example.org", "https://", "file:///etc/passwd"])
def test_a_bad_instance_address_is_refused_clearly(workspace, db, capsys, address) -> None:
    rc = run(workspace, "accounts", "add", "mastodon", "--instance", address, "--token-stdin")
    err = capsys.readouterr().err
    assert rc == 2
    assert "Traceback" not in err and "address" in err
    assert Account.select().count() == 0


def test_a_plain_http_server_is_warned_about() -> None:
    from mbdesk.services.mastodon_connect import normalize_instance, plain_http_warning

    for quiet in ("http://127.0.0.1:8080", "http://localhost", "https://example.org",
                  "example.org", "http://[::1]:3000"):
        assert plain_http_warning(normalize_instance(quiet)) == "", quiet
    assert "not encrypted" in plain_http_warning(normalize_instance("http://example.org"))
    assert normalize_instance("https://Example.org:8443/@shop") == "https://example.org:8443"


def test_cli_warns_on_stderr_before_using_plain_http(server, workspace, db, capsys,
                                                     monkeypatch) -> None:
    import io

    remote = server.url.replace("127.0.0.1", "127.0.0.2")  # same fake, not loopback by name
    monkeypatch.setattr(sys, "stdin", io.StringIO(server.token + "\n"))
    run(workspace, "accounts", "add", "mastodon", "--instance", remote, "--token-stdin")
    assert "not encrypted" in capsys.readouterr().err


# --- file permissions -------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_is_private(tmp_path: Path) -> None:
    from mbdesk.paths import Workspace, prepare_workspace
    from mbdesk.store.backup import copy_database

    old = os.umask(0o022)
    try:
        ws = Workspace(root=tmp_path / "ws")
        prepare_workspace(ws)
        database = store_db.open_database(ws)
        Account.create(platform="mastodon", instance_url="https://example.org", handle="shop",
                       status=AccountStatus.ACTIVE)
        database.close()
        backup = copy_database(ws.database, ws.backups / "daily-2026-01-01.sqlite3")
    finally:
        os.umask(old)
    for folder in (ws.root, ws.backups, ws.logs, ws.media):
        assert _mode(folder) == 0o700, folder
    for path in (ws.database, backup):
        assert _mode(path) == 0o600, path
    for side in ws.root.glob("*.sqlite3-*"):
        assert _mode(side) == 0o600, side


def test_existing_folders_are_tightened_at_start(tmp_path: Path) -> None:
    from mbdesk.paths import Workspace, prepare_workspace

    ws = Workspace(root=tmp_path / "ws")
    for folder in (ws.root, ws.backups, ws.logs, ws.media):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    old_db, old_log, old_photo = ws.database, ws.logs / "mbdesk.log", ws.media / "a.jpg"
    for path in (old_db, old_log, old_photo):
        path.write_bytes(b"x")
        path.chmod(0o644)
    prepare_workspace(ws)
    for folder in (ws.root, ws.backups, ws.logs, ws.media):
        assert _mode(folder) == 0o700, folder
    for path in (old_db, old_log, old_photo):
        assert _mode(path) == 0o600, path


# --- the Add account dialog -------------------------------------------------------------------


def _add_dialog(qtbot, ctx, text: str):
    from mbdesk.services.accounts_service import AccountsService
    from mbdesk.ui.views.accounts import AddAccountDialog

    dialog = AddAccountDialog(AccountsService.for_context(ctx), open_url=lambda url: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_edit.setText(text)
    return dialog


@pytest.mark.parametrize("address", ["javascript:alert(1)", "https://example.org:99999"])
def test_the_dialog_refuses_a_bad_address_at_once(qtbot, ctx, address) -> None:
    dialog = _add_dialog(qtbot, ctx, address)
    dialog.connect_account()
    assert not dialog._busy  # nothing started on a worker
    assert "not a server address" in dialog.message.text()


def test_the_dialog_asks_before_plain_http(qtbot, ctx, monkeypatch) -> None:
    from mbdesk.ui.views.accounts import AddAccountDialog

    asked: list[str] = []

    def decline(self, host: str) -> bool:
        asked.append(host)
        return False

    monkeypatch.setattr(AddAccountDialog, "confirm_plain_http", decline)
    dialog = _add_dialog(qtbot, ctx, "http://shop.example:8080")
    dialog.connect_account()
    assert asked == ["shop.example:8080"] and not dialog._busy
    local = _add_dialog(qtbot, ctx, "http://127.0.0.1:9")
    local.connect_account()  # on this machine: no question
    assert asked == ["shop.example:8080"]
    qtbot.waitUntil(lambda: not local._busy, timeout=15000)


# --- arguments that are not UTF-8 -------------------------------------------------------------


def test_post_with_an_argument_that_is_not_utf8(server, ctx, workspace) -> None:
    import subprocess

    add_account(server, ctx.secrets)
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([os.fsencode(sys.executable), b"-m", b"mbdesk", b"--data-dir",
                           os.fsencode(workspace.root), b"post", b"--account", b"shop",
                           b"\xff\xfe bread"], cwd=root, capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(root)}, check=False)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "not valid UTF-8" in err and "Traceback" not in err


# --- dates beyond a sane horizon --------------------------------------------------------------


def test_post_at_year_9999_is_refused(server, ctx, workspace, capsys) -> None:
    add_account(server, ctx.secrets)
    for when in ("9999-12-31T09:00", "9999-12-31T23:59+00:00", "2040-01-01T09:00"):
        assert run(workspace, "post", "--account", "shop", "--at", when, "Far") == 2, when
        err = capsys.readouterr().err
        assert "years ahead" in err and "Traceback" not in err


def test_the_schedule_dialogs_rule_refuses_year_9999() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from mbdesk.domain.schedule import ScheduleTimeError, local_to_utc

    now = datetime(2026, 5, 1, 12, 0)
    for local in (datetime(9999, 12, 31, 23, 59), datetime(2032, 1, 1, 9, 0)):
        with pytest.raises(ScheduleTimeError) as caught:
            local_to_utc(local, ZoneInfo("Pacific/Kiritimati"), now)
        assert caught.value.code == "too_far"
    assert local_to_utc(datetime(2030, 1, 1, 9, 0), ZoneInfo("Europe/Madrid"), now)


def test_csv_import_refuses_year_9999() -> None:
    from datetime import datetime

    from mbdesk.domain.schedule_csv import AccountInfo, check_csv, describe

    data = (b"datetime,account,text\n"
            b"9999-12-31 23:59,shop,Far\n"
            b"9999-12-31T23:59+14:00,shop,Far\n"
            b"2040-01-01 09:00,shop,Far\n")
    report = check_csv(data, accounts={"shop": AccountInfo(1, "shop", "mastodon")},
                       default_zone="Pacific/Kiritimati", now=datetime(2026, 5, 1))
    assert [[p.code for p in row.problems] for row in report.rows] == [["too_far"]] * 3
    assert "years ahead" in describe(report.rows[0].problems[0])


def test_schedule_export_survives_a_row_at_the_end_of_the_calendar(server, ctx, workspace,
                                                                   capsys) -> None:
    from datetime import datetime

    from icalendar import Calendar

    from mbdesk.store import outbox

    account = add_account(server, ctx.secrets)
    outbox.enqueue(account, "mastodon", "Left by an older mbdesk",
                   scheduled_at=datetime(9999, 12, 31, 23, 59), scheduled_tz="Pacific/Kiritimati")
    ics, csv_file = workspace.root / "plan.ics", workspace.root / "plan.csv"
    assert run(workspace, "schedule", "export", "--ics", str(ics)) == 0
    assert run(workspace, "schedule", "export", "--csv", str(csv_file)) == 0
    assert "Traceback" not in capsys.readouterr().err
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert [e["dtstart"].dt.year for e in events] == [9999]
    assert "9999-12-31" in csv_file.read_text("utf-8")
