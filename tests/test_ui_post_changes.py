"""The outbox panel's Edit… and Delete… on sent posts: the dialog with the platform's counter,
the plain answer where a platform has no edit, the confirmation, the history with every text."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sync_helpers import add_account

from mbdesk.store import outbox, post_changes
from mbdesk.store.models import Account, OutboxItem, OutboxKind, OutboxState, Platform
from mbdesk.store.queries.outbox_list import OutboxFilter
from mbdesk.sync.engine import Job
from mbdesk.ui.views.outbox_panel import OutboxPanel


def _panel(qtbot, ctx, account_id: int, handle: str) -> OutboxPanel:
    panel = OutboxPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.set_account(account_id, handle)
    panel.set_filter(OutboxFilter.ALL)
    panel.show()
    return panel


def _select(panel: OutboxPanel, item_id: int) -> None:
    panel.reload()
    row = panel.model.row_of(lambda r: r.id == item_id)
    assert row >= 0
    panel.table.selectRow(row)


def test_edit_then_delete_from_the_panel(qtbot, ctx, server, account, engine, monkeypatch):
    item_id = outbox.enqueue(account, Platform.MASTODON, "Fresh rye bread today")
    engine.run_account(account, {Job.PUBLISH})
    remote = OutboxItem.get_by_id(item_id).remote_id
    panel = _panel(qtbot, ctx, account, "shop")
    _select(panel, item_id)
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    dialog = panel.make_edit_dialog()
    qtbot.addWidget(dialog)
    assert dialog.text() == "Fresh rye bread today"
    assert not dialog.save.isEnabled()  # unchanged
    dialog.editor.setPlainText("x" * 501)
    assert not dialog.save.isEnabled() and dialog.counter.text() == "501 / 500"
    dialog.editor.setPlainText("Fresh rye bread today, with seeds")
    assert dialog.save.isEnabled()
    typed = "Fresh rye bread today, with seeds"

    class Accepting:
        def __init__(self, *a, **k):
            self.inner = dialog

        def exec(self):
            return QDialog.DialogCode.Accepted

        def text(self):
            return typed

    monkeypatch.setattr(panel, "make_edit_dialog", lambda: Accepting())
    assert panel.edit_selected()
    edit = OutboxItem.get(OutboxItem.kind == OutboxKind.EDIT)
    assert edit.body == typed and edit.state == OutboxState.QUEUED  # saved before sending
    engine.run_account(account, {Job.PUBLISH})
    assert server.edits_of(remote) == 1
    _select(panel, item_id)
    history = panel.make_history_dialog()
    qtbot.addWidget(history)
    assert "Edited" in history.summary.text() and typed in history.summary.text()
    assert "Fresh rye bread today" in history.summary.text()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_selected()
    engine.run_account(account, {Job.PUBLISH})
    assert server.is_deleted(remote)
    _select(panel, item_id)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    assert "Deleted" in panel.detail.text()


@pytest.mark.parametrize("platform", [Platform.X, Platform.BLUESKY, Platform.WEIBO])
def test_no_edit_is_said_plainly_and_offers_delete(qtbot, ctx, monkeypatch, platform):
    account = Account.create(platform=platform, handle="shop", instance_url="http://127.0.0.1:9")
    item = OutboxItem.create(account=account.id, body="Typo in here", state=OutboxState.SENT,
                             remote_id="123", sent_at=OutboxItem.created_at.default())
    panel = _panel(qtbot, ctx, account.id, "shop")
    _select(panel, item.id)
    assert panel.edit_button.isEnabled()
    asked = []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not panel.edit_selected()
    name = {Platform.X: "X", Platform.BLUESKY: "Bluesky", Platform.WEIBO: "Weibo"}[platform]
    assert asked and asked[0].startswith(f"{name} does not allow editing a sent post")
    assert not OutboxItem.select().where(OutboxItem.kind == OutboxKind.EDIT).exists()


def test_a_server_without_edits_is_said_before_typing(qtbot, ctx, engine, clock, monkeypatch):
    from fake_mastodon import FakeMastodon

    with FakeMastodon(profile="minimal") as server:
        account = add_account(server, ctx.secrets)
        item_id = outbox.enqueue(account, Platform.MASTODON, "Bread")
        engine.run_account(account, {Job.PUBLISH})
        post_changes.request_edit(item_id, "Bread!")
        engine.run_account(account, {Job.PUBLISH})
        clock.advance(timedelta(minutes=1))
        panel = _panel(qtbot, ctx, account, "shop")
        _select(panel, item_id)
        assert panel.make_edit_dialog() is None
        asked = []
        monkeypatch.setattr(QMessageBox, "question",
                            lambda p, t, text, *a, **k: asked.append(text)
                            or QMessageBox.StandardButton.No)
        panel.edit_selected()
        assert "This server" in asked[0] and "does not allow editing" in asked[0]
