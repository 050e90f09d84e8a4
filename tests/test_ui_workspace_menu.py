"""File → Back up now / Restore / Export in the window: work runs off the GUI thread, the restore
question shows what the backup holds, and agreeing stages it and asks for a restart."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mbdesk.store import archive
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account
from mbdesk.ui.workspace_menu import RESTART_PROPERTY, WorkspaceActions


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal message box, remembering its text."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)


def test_back_up_then_restore_asks_with_counts_and_stages(qtbot, ctx, tmp_path):
    account = Account.create(platform="mastodon", handle="shop@example.social")
    save_draft(None, DraftInput(title="Tazas", body="¡Tazas nuevas!", target_ids=(account.id,)))
    window = QWidget()
    qtbot.addWidget(window)
    actions = WorkspaceActions(ctx, window)
    actions.retranslate()
    target = tmp_path / "b.zip"
    seen: list[str] = []
    answer_next_box("OK", seen)
    actions.back_up_now(target=str(target))
    assert not actions.backup_action.isEnabled()  # one copy at a time
    qtbot.waitUntil(lambda: not actions.busy and bool(seen), timeout=20_000)
    assert target.exists() and str(target) in seen[0]

    answer_next_box("Cancel", seen)
    actions.restore(source=str(target))
    qtbot.waitUntil(lambda: len(seen) == 2 and not actions.busy, timeout=20_000)
    assert "Drafts: 1" in seen[1] and "Accounts: 1" in seen[1]
    assert not archive.has_staged_restore(ctx.workspace)  # cancelled: nothing kept

    app = QApplication.instance()
    try:
        answer_next_box("Restore and restart", seen)
        actions.restore(source=str(target))
        qtbot.waitUntil(lambda: len(seen) == 3 and not actions.busy, timeout=20_000)
        assert archive.has_staged_restore(ctx.workspace)
        assert app.property(RESTART_PROPERTY)
    finally:
        app.setProperty(RESTART_PROPERTY, False)


def test_a_bad_file_says_why(qtbot, ctx, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    actions = WorkspaceActions(ctx, window)
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    seen: list[str] = []
    answer_next_box("OK", seen)
    actions.restore(source=str(bad))
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "neither an mbdesk backup" in seen[0]



def test_the_restore_question_writes_counts_as_the_language_does(qtbot, ctx, tmp_path):
    """Chinese: every line with a full-width colon and grouped numbers ("用户：3,000")."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from mbdesk.ui import i18n

    app = QApplication.instance()
    locale = QLocale()
    try:
        assert i18n.install_translators(app, "zh_CN") == "zh_CN"
        actions = WorkspaceActions(ctx, QWidget())
        text = actions.describe(archive.BackupSummary(
            path=tmp_path / "b.zip", created_at=datetime(2026, 12, 3, 13, 44, tzinfo=UTC),
            schema_version=1, app_version="x", counts={"accounts": 3, "people": 3000},
            media_files=12))
    finally:
        i18n.install_translators(app, "en")
        QLocale.setDefault(locale)
    assert "账号：3" in text and "用户：3,000" in text and "图片：12" in text
    assert ": " not in text
