"""The outbox panel under the accounts table: what waits to go out, what went out, what failed
and why — for the selected account or for all — with the owner's actions.

Actions go through ``mbdesk.store.outbox`` (retry a failed post, release a held one, cancel one
that never reached a server) and then ask the sync service to publish now; cancelling a post
the server holds goes through ``sync.cancel_item`` (it must be taken back from the server).
An "outcome unknown" post is looked up by mbdesk and never sent twice on its own; Retry sends it
again only after the owner confirms they looked on the platform and it is not there (for
accounts that cannot look, such as an X app on the lowest access level), and Cancel stops the
checks. *History…* lists every send and look-up of the selected row
(``outbox.attempt_history``: one small indexed read, on the GUI thread like the panel's other
reads).

Signals:
    changed(): the owner changed an item (the accounts table reloads its counts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbdesk.store import outbox, post_changes
from mbdesk.store.models import OutboxKind, OutboxState
from mbdesk.store.queries.outbox_list import OutboxFilter, OutboxListRow, outbox_row, state_counts
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.outbox_list import (
    ITEM_ROLE,
    OutboxListModel,
    attempt_action_text,
    attempt_outcome_text,
    row_state_text,
)
from mbdesk.ui.safe_text import plain_label, plain_tooltip
from mbdesk.ui.stored_text import shown
from mbdesk.ui.tables import list_table
from mbdesk.ui.views.post_change_dialogs import (
    EditPostDialog,
    confirm_delete,
    no_edit_text,
    offer_delete_instead,
)


class OutboxPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.account_handle = ""
        self.model = OutboxListModel(user_zone(), self)
        self.title = QLabel(self)
        self.title.setObjectName("outbox-title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts = QLabel(self)
        self.counts.setObjectName("outbox-counts")
        self.filter_combo = QComboBox(self)
        for key, label in ((OutboxFilter.ATTENTION, self.tr("Needs attention")),
                           (OutboxFilter.WAITING, self.tr("Waiting to go out")),
                           (OutboxFilter.SENT, self.tr("Sent")),
                           (OutboxFilter.ALL, self.tr("All"))):
            self.filter_combo.addItem(label, key)
        self.table = list_table(self, self.model, name="outbox-table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.moveSection(OutboxListModel.COLUMNS.index("tries"),
                           OutboxListModel.COLUMNS.index("state") + 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("outbox-empty")
        self.empty.setWordWrap(True)
        self.detail = plain_label(QLabel(self))  # shows the server's words: never markup
        self.detail.setObjectName("outbox-detail")
        self.detail.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.release_button = QPushButton(self.tr("Send now"), self)
        self.release_button.setToolTip(self.tr("Send a held post now (its time has passed)"))
        self.cancel_button = QPushButton(self.tr("Cancel post"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("outbox-edit")
        self.edit_button.setToolTip(self.tr("Give the selected sent post a new text (where its "
                                            "platform allows it)"))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("outbox-delete")
        self.delete_button.setToolTip(self.tr("Delete the selected sent post on its platform"))
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setToolTip(self.tr("Every try to send the selected post, and every "
                                               "time mbdesk looked for it on the server"))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show"), self))
        top.addWidget(self.filter_combo)
        actions = QHBoxLayout()
        actions.addWidget(self.detail, 1)
        actions.addWidget(self.history_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.release_button)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)

        self.filter_combo.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.retry_button.clicked.connect(self.retry_selected)
        self.release_button.clicked.connect(self.release_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.history_button.clicked.connect(self.show_history)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._update_actions()

    # -- loading -------------------------------------------------------------------------------
    def set_account(self, account_id: int | None, handle: str = "") -> None:
        self.account_id, self.account_handle = account_id, handle
        self.reload()

    def set_filter(self, group: str) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(group))

    def reload(self) -> None:
        selected = self.selected_item()
        group = self.filter_combo.currentData()
        self.model.zone = user_zone()
        self.model.show(self.account_id, group)
        if self.account_id is None:
            self.title.setText(self.tr("Outbox — all accounts"))
        else:
            self.title.setText(self.tr("Outbox — {handle}").format(handle=self.account_handle))
        counts = state_counts(self.account_id)
        parts = []
        if counts.get(OutboxState.FAILED):
            parts.append(self.tr("%n failed", "", counts[OutboxState.FAILED]))
        if counts.get(OutboxState.HELD):
            parts.append(self.tr("%n held", "", counts[OutboxState.HELD]))
        if counts.get(OutboxState.UNKNOWN):
            parts.append(self.tr("%n being checked", "", counts[OutboxState.UNKNOWN]))
        waiting = sum(counts.get(s, 0) for s in (OutboxState.QUEUED, OutboxState.SENDING,
                                                 OutboxState.ON_SERVER))
        if waiting:
            parts.append(self.tr("%n waiting", "", waiting))
        self.counts.setText(" · ".join(parts))
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if group == OutboxFilter.ATTENTION:
            self.empty.setText(self.tr("Nothing needs your attention: no failed, held or "
                                       "unresolved posts."))
        else:
            self.empty.setText(self.tr("No posts here."))
        self.table.setColumnHidden(OutboxListModel.COLUMNS.index("account"),
                                   self.account_id is not None)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        text_col = OutboxListModel.COLUMNS.index("text")
        header.resizeSection(text_col, min(header.sectionSize(text_col), 320))
        reason_col = OutboxListModel.COLUMNS.index("reason")  # a long note: read it in the tip
        header.resizeSection(reason_col, min(header.sectionSize(reason_col), 420))
        if selected is not None:
            row = self.model.row_of(lambda r: r.id == selected.id)
            if row >= 0:
                self.table.selectRow(row)
        self._update_actions()

    # -- selection -----------------------------------------------------------------------------
    def selected_item(self) -> OutboxListRow | None:
        if not self.table.selectionModel().hasSelection():
            return None
        index = self.table.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _update_actions(self, *_args) -> None:
        item = self.selected_item()
        state = item.state if item else ""
        self.retry_button.setEnabled(state in (OutboxState.FAILED, OutboxState.UNKNOWN))
        self.release_button.setEnabled(state == OutboxState.HELD)
        self.cancel_button.setEnabled(state in (OutboxState.QUEUED, OutboxState.HELD,
                                                OutboxState.FAILED, OutboxState.ON_SERVER,
                                                OutboxState.UNKNOWN))
        self.history_button.setEnabled(item is not None)
        changeable = bool(item and item.state == OutboxState.SENT
                          and item.kind in OutboxKind.POSTS and item.deleted_at is None)
        self.edit_button.setEnabled(changeable)
        self.delete_button.setEnabled(changeable)
        self.detail.setText(self._explain(item))

    def _explain(self, item: OutboxListRow | None) -> str:
        if item is None:
            return ""
        text = self._explain_state(item)
        if item.note:
            note = "ℹ " + " ".join(shown(item.note).split())
            text = f"{text}\n{note}" if text else note
        return text

    def _explain_state(self, item: OutboxListRow) -> str:
        if item.state == OutboxState.FAILED:
            return self.tr("Failed: {reason} — fix it in the draft or press Retry.").format(
                reason=shown(item.last_error) or self.tr("no reason given"))
        if item.state == OutboxState.UNKNOWN and item.kind in OutboxKind.CHANGES:
            return self.tr("mbdesk lost the server's answer; it checks whether the change was "
                           "made and never makes it twice. {reason}").format(
                               reason=" ".join(shown(item.last_error).split())).strip()
        if item.state == OutboxState.SENT and item.deleted_at is not None:
            return self.tr("Deleted on the platform {when}.").format(
                when=format_local(item.deleted_at, user_zone()))
        if item.state in (OutboxState.QUEUED, OutboxState.SENDING) and (
                item.kind in OutboxKind.CHANGES):
            return (self.tr("The edit goes out with the next sync.") if item.kind ==
                    OutboxKind.EDIT else self.tr("The delete goes out with the next sync."))
        if item.state == OutboxState.UNKNOWN:
            return self.tr("mbdesk lost the server's answer; it checks whether the post "
                           "arrived and never sends it twice. {reason}").format(
                               reason=" ".join(shown(item.last_error).split())).strip()
        if item.state == OutboxState.HELD:
            return self.tr("Its time passed while mbdesk could not publish: send it now, or "
                           "cancel it.")
        if item.state == OutboxState.ON_SERVER:
            return self.tr("The server holds this post and publishes it at its time, even "
                           "with mbdesk closed.")
        return " ".join(shown(item.last_error).split())

    # -- history -------------------------------------------------------------------------------
    def make_history_dialog(self) -> OutboxHistoryDialog | None:
        item = self.selected_item()
        if item is None:
            return None
        versions = (post_changes.versions(item.id) if item.kind in OutboxKind.POSTS
                    and item.state == OutboxState.SENT else [])
        history = outbox.attempt_history(item.id)
        if versions:  # a sent post: its edits' and delete's tries belong to its story
            for change in post_changes.changes_of(item.id):
                history.extend(outbox.attempt_history(change.id))
            history.sort(key=lambda a: (a.started_at, a.id))
        return OutboxHistoryDialog(item, history, self.model.tries_text(item), self,
                                   versions=versions)

    def show_history(self) -> None:
        dialog = self.make_history_dialog()
        if dialog is not None:
            dialog.exec()

    # -- actions -------------------------------------------------------------------------------
    def _sync(self):
        return self.ctx.services.get("sync")

    def _publish_now(self, account_id: int) -> None:
        sync = self._sync()
        if sync is not None:
            sync.publish_now(account_id)

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def confirm_not_there(self, item: OutboxListRow) -> bool:
        """An unknown post goes again only on the owner's word: they looked and it is not
        there (a yes here is what keeps "never twice" true)."""
        answer = QMessageBox.question(
            self, self.tr("Send again?"),
            self.tr("mbdesk could not find out whether this post arrived. Look at the account on "
                    "the platform first.\n\nIs the post NOT there? Then it is sent again now. "
                    "If it is there, choose No and cancel the post instead.\n\n{text}")
            .format(text=item.head[:200]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def retry_selected(self) -> bool:
        item = self.selected_item()
        if item is None:
            return False
        unknown = item.state == OutboxState.UNKNOWN
        if unknown and not self.confirm_not_there(item):
            return False
        if not outbox.retry(item.id, checked_not_there=unknown):
            return False
        self._publish_now(item.account_id)
        self._done()
        return True

    def release_selected(self) -> bool:
        item = self.selected_item()
        if item is None or not outbox.release_held(item.id):
            return False
        self._publish_now(item.account_id)
        self._done()
        return True

    # -- edit or delete a sent post ---------------------------------------------------------
    def make_edit_dialog(self) -> EditPostDialog | None:
        item = self.selected_item()
        if item is None or not post_changes.allowed(item.id).edit:
            return None
        return EditPostDialog(item, post_changes.latest_text(item.id), self)

    def edit_selected(self) -> bool:
        """Edit…: the dialog, or (no edit on this platform/server) the plain answer with
        delete-and-post-again. The typed text is queued before anything is sent."""
        item = self.selected_item()
        if item is None:
            return False
        dialog = self.make_edit_dialog()
        if dialog is None:
            if offer_delete_instead(self, item, post_changes.latest_text(item.id)):
                return self.delete_selected()
            return False
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._queue_change(item, lambda: post_changes.request_edit(item.id,
                                                                          dialog.text()))

    def delete_selected(self) -> bool:
        item = self.selected_item()
        if item is None or not confirm_delete(self, item, post_changes.latest_text(item.id)):
            return False
        return self._queue_change(item, lambda: post_changes.request_delete(item.id))

    def _queue_change(self, item: OutboxListRow, ask) -> bool:
        try:
            ask()
        except post_changes.ChangeRefused as exc:
            said = {"edit_not_allowed": no_edit_text(self, item.account_id),
                    "deleted": self.tr("This post is deleted (or its delete is on the way)."),
                    "not_sent": self.tr("Only a post that went out can be edited or deleted."),
                    }.get(exc.code, shown(exc.message))
            QMessageBox.information(self, self.tr("Edit or delete"), said)
            return False
        self._publish_now(item.account_id)
        self._done()
        return True

    def cancel_selected(self) -> bool:
        item = self.selected_item()
        if item is None:
            return False
        question = self.tr("Cancel this post? It will not be published.\n\n{text}")
        if item.kind in OutboxKind.CHANGES:  # the post itself stays as it is
            question = (self.tr("Cancel this edit? The post keeps its text.\n\n{text}")
                        if item.kind == OutboxKind.EDIT else
                        self.tr("Cancel this delete? The post stays up.\n\n{text}"))
        answer = QMessageBox.question(
            self, self.tr("Cancel post"), question.format(text=item.head[:200]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        current = outbox_row(item.id)
        if current is None:
            self._done()
            return False
        if current.state == OutboxState.ON_SERVER:
            sync = self._sync()
            if sync is None:
                QMessageBox.information(self, self.tr("Cancel post"), self.tr(
                    "The server holds this post; it can be taken back once sync has started."))
                return False
            sync.cancel_item(current.account_id, current.id)  # reloads on data_changed
            self.detail.setText(self.tr("Taking the post back from the server…"))
            return True
        ok = outbox.delete_local(current.id)
        self._done()
        return ok


class OutboxHistoryDialog(QDialog):
    """Every send, hand-over and look-up of one outbox row, oldest first, in the owner's zone."""

    COLUMNS = ("started", "action", "outcome", "detail")

    def __init__(self, item: OutboxListRow, history: list[outbox.AttemptRecord], tries: str,
                 parent: QWidget | None = None, *,
                 versions: list[post_changes.Version] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox-history")
        self.setWindowTitle(self.tr("History of this post"))
        zone = user_zone()
        self.summary = QLabel(self)
        self.summary.setObjectName("outbox-history-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        lines = [item.head[:160], self.tr("{account} · {state} · tries: {tries}").format(
            account=item.handle, state=row_state_text(item), tries=tries)]
        if item.note:
            lines.append("ℹ " + " ".join(shown(item.note).split()))
        for number, version in enumerate(versions or []):  # the post's texts, oldest first
            when = format_local(version.at, zone) if version.at else ""
            label = (self.tr("Sent {when}:") if number == 0 else self.tr("Edited {when}:"))
            lines.append(label.format(when=when) + " " + " ".join(version.text.split())[:160])
        if item.deleted_at is not None:
            lines.append(self.tr("Deleted on the platform {when}.").format(
                when=format_local(item.deleted_at, zone)))
        self.summary.setText("\n".join(lines))
        self.table = QTableWidget(len(history), len(self.COLUMNS), self)
        self.table.setObjectName("outbox-history-table")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"),
                                              self.tr("Outcome"), self.tr("Detail")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        for row, attempt in enumerate(history):
            when = format_local(attempt.started_at, zone)
            if attempt.finished_at is not None:
                seconds = (attempt.finished_at - attempt.started_at).total_seconds()
                if seconds >= 1:
                    when += " " + self.tr("({seconds} s)").format(seconds=round(seconds))
            cells = (when, attempt_action_text(attempt.action),
                     attempt_outcome_text(attempt.outcome),
                     " ".join(shown(attempt.detail).split()))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tooltip(text))  # a server's detail: shown literally
                self.table.setItem(row, column, cell)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            self.COLUMNS.index("detail"), QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.empty = QLabel(self.tr("No tries recorded yet. (Posts queued before this version "
                                    "of mbdesk have no history.)"), self)
        self.empty.setObjectName("outbox-history-empty")
        self.empty.setWordWrap(True)
        self.table.setVisible(bool(history))
        self.empty.setVisible(not history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(860, 360)

    def showEvent(self, event) -> None:
        """Rows grow to wrap a long detail once the columns have their real widths."""
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows (for tests)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]
