"""The window shell: navigation, settings, onboarding, crash handling, screenshots, start-up."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mbdesk.store import settings
from mbdesk.ui import crash
from mbdesk.ui.views import VIEW_KEYS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, ctx):
    from mbdesk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


def test_every_view_opens_from_the_navigation(window, qtbot) -> None:
    window.show()
    for row, key in enumerate(VIEW_KEYS):
        window.nav.setCurrentRow(row)  # analytics builds a moment later (it says "Loading…")
        qtbot.waitUntil(lambda key=key: window.stack.currentWidget() is window._views.get(key))
        assert window.view(key).title()
    assert window.nav.item(VIEW_KEYS.index("inbox")).text() == "Inbox"


def test_settings_dialog_saves_and_rejects_unknown_zone(ctx, qtbot) -> None:
    from mbdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(ctx.workspace.root)
    dialog.timezone.setEditText("Mars/Olympus")
    dialog.accept()
    assert "Unknown time zone" in dialog.note.text()
    assert settings.get("timezone") == ""
    dialog.timezone.setCurrentIndex(dialog.timezone.findData("Asia/Shanghai"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert settings.get("timezone") == "Asia/Shanghai"
    assert settings.get("theme") == "dark"
    assert settings.get("language") == "es"


def test_onboarding_later_is_remembered(ctx, qtbot) -> None:
    from mbdesk.ui.onboarding import OnboardingDialog

    dialog = OnboardingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.later_button.click()
    assert settings.get("onboarded") is True


def test_onboarding_add_account_opens_accounts(window, qtbot) -> None:
    from mbdesk.ui.onboarding import OnboardingDialog

    window.show()
    view = window.view("accounts")
    opened = []
    view.open_add_dialog = lambda: opened.append(True)
    dialog = OnboardingDialog(window.ctx, window)
    dialog.add_button.click()
    assert window.stack.currentWidget() is view
    assert opened == [True]


def test_crash_hook_logs_the_bug_and_shows_a_dialog(tmp_path: Path, qtbot, caplog) -> None:
    log_file = tmp_path / "mbdesk.log"
    crash.install(log_file, interactive=lambda: True)
    seen: list[str] = []

    def close_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()

    QTimer.singleShot(50, close_dialog)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger="mbdesk.crash"):
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert "boom in a slot" in caplog.text
    assert seen and "not lost" in seen[0]


def test_crash_hook_without_a_screen_prints_instead_of_blocking(tmp_path: Path, capsys) -> None:
    crash.install(tmp_path / "mbdesk.log")  # offscreen in tests: no modal dialog
    try:
        raise RuntimeError("boom offscreen")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = sys.__excepthook__
    assert "boom offscreen" in capsys.readouterr().err


def _run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=180)


def test_demo_screenshots_render_every_view(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = _run(["--demo", "--data-dir", str(tmp_path / "data"), "--screenshot", str(out)],
                  tmp_path)
    assert result.returncode == 0, result.stderr
    for key in VIEW_KEYS:
        png = out / f"{key}.png"
        assert png.exists() and png.stat().st_size > 10_000, key
    # the demo lives in its own folder, never in the real one
    assert (tmp_path / "data" / "demo-workspace" / "mbdesk.sqlite3").exists()
    assert not (tmp_path / "data" / "mbdesk.sqlite3").exists()


def test_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    data.mkdir()
    conn = sqlite3.connect(data / "mbdesk.sqlite3")
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (999)")
    conn.commit()
    conn.close()
    result = _run(["--data-dir", str(data), "--screenshot", str(tmp_path / "shots")], tmp_path)
    assert result.returncode == 2
    assert "newer" in result.stderr and "not changed" in result.stderr


def test_accounts_list_json_on_demo(tmp_path: Path) -> None:
    import json

    result = _run(["--demo", "--data-dir", str(tmp_path), "accounts", "list", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    accounts = json.loads(result.stdout)
    assert len(accounts) == 3
    assert {"id", "uid", "platform", "handle", "status"} <= set(accounts[0])



def test_first_screen_is_built_after_the_frame_painted(window, qtbot) -> None:
    assert window._views == {}  # nothing heavy before the window is on screen
    with qtbot.waitSignals([window.first_paint_done, window.initial_view_painted], timeout=10000,
                           order="strict"):
        window.show()
    assert window.stack.currentWidget() is window.view("inbox")
    assert window.view_actions[0].shortcut().toString() == "Ctrl+1"  # set after the paint


def test_window_paints_before_the_orm_is_loaded_then_shows_the_inbox(tmp_path: Path) -> None:
    result = _run(["--data-dir", str(tmp_path / "data")], tmp_path, MBDESK_STARTUP_PROBE="1")
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("MBDESK_")]
    assert [parts[0] for parts in lines] == ["MBDESK_PAINTED", "MBDESK_VIEW_PAINTED"]
    assert lines[0][2] == "orm_loaded=False"  # peewee is not on the path to the first paint
    assert lines[0][3] == "qt_enums=False"  # nor Qt's enum namespace (~30 ms)
    assert lines[0][4] == "gc=False"  # nor cycle collections among start-up's objects
    assert float(lines[1][1]) >= float(lines[0][1])
    assert lines[1][2] == "orm_loaded=False"  # the inbox's first load is plain SQL


def test_inbox_paints_its_rows_before_the_orm_is_loaded(tmp_path: Path) -> None:
    made = _run(["--demo", "--data-dir", str(tmp_path), "accounts", "list"], tmp_path)
    assert made.returncode == 0, made.stderr
    # the filled demo database, opened as a normal workspace (the demo itself needs the ORM
    # at start to fill itself)
    result = _run(["--data-dir", str(tmp_path / "demo-workspace")], tmp_path,
                  MBDESK_STARTUP_PROBE="1")
    assert result.returncode == 0, result.stderr
    lines = [line.split() for line in result.stdout.splitlines() if line.startswith("MBDESK_")]
    assert [parts[0] for parts in lines] == ["MBDESK_PAINTED", "MBDESK_VIEW_PAINTED"]
    # the first page, without peewee and without Qt's enum namespace (~28 ms)
    assert lines[1][2:] == ["orm_loaded=False", "rows=50", "qt_enums=False"]


def test_a_screen_opened_before_the_inbox_loads_the_orm_itself(workspace, db, qtbot) -> None:
    """Start-up loads the ORM once the inbox painted; a click on another screen before that
    (or a dialog) loads it then, on the workspace's database."""
    from mbdesk.secrets import SecretStore
    from mbdesk.services.context import AppContext
    from mbdesk.store import sql
    from mbdesk.store.models import Account, database_proxy
    from mbdesk.ui.main_window import MainWindow

    Account.create(platform="sandbox", handle="first_click", display_name="First click")
    db.close()
    database_proxy.initialize(None)  # as in a start-up that has not loaded the ORM yet
    sql.open_plain(workspace.database)
    ctx = AppContext(workspace=workspace, db=None,
                     secrets=SecretStore(workspace.root / "plaintext-secrets.json"))
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert ctx.db is None and not sql.orm_bound()
        view = window.show_view("accounts")  # before the window even painted
        assert ctx.db is not None and sql.orm_bound()
        assert window.stack.currentWidget() is view
        assert [r.handle for r in view.model.rows()] == ["first_click"]
        inbox = window.show_view("inbox")  # and the inbox after it, on the same database
        assert inbox.account_combo.findData(1) == 1
    finally:
        if ctx.db is not None:
            ctx.db.close()
        sql.use_orm(database_proxy)


def test_log_rotates_at_start_when_too_big(tmp_path: Path) -> None:
    from mbdesk.logging_setup import rotate

    log = tmp_path / "mbdesk.log"
    for generation in range(5):
        log.write_text(f"gen {generation}\n" * 10)
        rotate(log, max_bytes=50, backups=3)
    assert not log.exists()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["mbdesk.log.1", "mbdesk.log.2", "mbdesk.log.3"]
    assert (tmp_path / "mbdesk.log.1").read_text().startswith("gen 4")
    log.write_text("small")
    rotate(log, max_bytes=50, backups=3)
    assert log.read_text() == "small"


def test_slow_start_up_work_shows_a_busy_dialog_and_hands_errors_back(qtbot) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from mbdesk.ui.busy import run_with_busy_dialog

    seen: list[str] = []
    released = threading.Event()  # the slow work ends once the GUI has shown the dialog

    def look() -> None:
        if not seen:
            seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                        if isinstance(w, QProgressDialog) and w.isVisible())
        if seen:
            released.set()

    poll = QTimer(interval=50)
    poll.timeout.connect(look)
    poll.start()
    run_with_busy_dialog(lambda: released.wait(10), "mbdesk", "Updating…")
    poll.stop()
    assert seen == ["Updating…"]  # shown while the work ran on its thread, GUI still turning
    assert not any(isinstance(w, QProgressDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())

    def fail() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        run_with_busy_dialog(fail, "mbdesk", "Updating…")


def test_an_old_database_is_migrated_at_start_up(tmp_path: Path) -> None:
    import shutil

    from mbdesk.paths import Workspace
    from mbdesk.store.db import needs_migration

    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(ROOT / "tests/fixtures/schema_v9.sqlite3", data / "mbdesk.sqlite3")
    ws = Workspace(root=data)
    assert needs_migration(ws)
    result = _run(["--data-dir", str(data), "--screenshot", str(tmp_path / "shots")], tmp_path)
    assert result.returncode == 0, result.stderr
    assert not needs_migration(ws)
    assert not needs_migration(Workspace(root=tmp_path / "nothing-yet"))
    log = (data / "logs" / "mbdesk.log").read_text(encoding="utf-8")
    assert "migrating the database before the window opens" in log
    assert "migrated database to v" in log


def test_analytics_says_loading_before_its_long_first_build(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from mbdesk.ui.views import VIEW_KEYS

    window.show()
    qtbot.waitExposed(window)
    window.nav.setCurrentRow(VIEW_KEYS.index("analytics"))  # a click on "Analytics"
    shown = window.stack.currentWidget()
    assert isinstance(shown, QLabel) and shown.text() == "Loading…"
    # moving on before it was built builds nothing
    window.nav.setCurrentRow(VIEW_KEYS.index("inbox"))
    qtbot.wait(50)
    assert "analytics" not in window._views
    window.nav.setCurrentRow(VIEW_KEYS.index("analytics"))
    qtbot.waitUntil(lambda: type(window.stack.currentWidget()).__name__ == "AnalyticsView")


def test_garbage_collection_resumes_with_start_up_objects_frozen() -> None:
    import gc

    from mbdesk.ui.application import resume_garbage_collection

    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        resume_garbage_collection()
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen  # what start-up made is out of later scans
        resume_garbage_collection()  # a second call (the timer after the paint) changes nothing
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
