"""Edit… and Delete… for a sent post (the outbox panel): the dialogs and the plain answers.

The edit dialog shows the post's current text with the counter of its platform (the account's
live limit); *Save edit* is enabled only for a new text that fits. What the owner types is
committed as an outbox row (``store.post_changes.request_edit``) before anything is sent, so
it is never lost. Where the platform or the server has no edit, the window says so and offers
to delete the post and copy the text to post again — never a silent no-op. Reads here are
small indexed ones on the GUI thread, like the panel's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mbdesk.store import post_changes, server_profiles
from mbdesk.store.models import Account
from mbdesk.store.queries.outbox_list import OutboxListRow
from mbdesk.ui.models.accounts import platform_name
from mbdesk.ui.safe_text import plain_label


class EditPostDialog(QDialog):
    """The new text of a sent post, counted as its server counts it."""

    def __init__(self, item: OutboxListRow, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit-post")
        self.setWindowTitle(self.tr("Edit sent post"))
        self.item = item
        self.original = text
        intro = QLabel(self.tr("The new text replaces the post's text on {account}. Images and "
                               "the content warning stay. mbdesk sends the edit once, also when "
                               "the connection drops, and keeps every earlier text in the "
                               "post's history.").format(account=item.handle), self)
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("edit-post-text")
        self.editor.setPlainText(text)
        self.counter = QLabel(self)
        self.counter.setObjectName("edit-post-counter")
        self.problem = plain_label(QLabel(self))
        self.problem.setObjectName("edit-post-problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = self.buttons.addButton(self.tr("Save edit"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("edit-post-save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.counter)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._update)
        self._update()
        self.resize(560, 320)

    def text(self) -> str:
        return self.editor.toPlainText()

    def _update(self) -> None:
        text = self.text()
        counted = post_changes.count_text(self.item.account_id, text)
        self.counter.setText(self.tr("{count} / {limit}").format(count=counted.count,
                                                               limit=counted.limit))
        self.counter.setStyleSheet("" if counted.fits else "color: #dc2626;")
        problem = ""
        if not text.strip():
            problem = self.tr("The new text is empty. To take the post down, use Delete….")
        elif not counted.fits:
            problem = self.tr("Too long for this account by {over}: shorten it.").format(
                over=counted.count - counted.limit)
        elif text == self.original:
            problem = self.tr("Change the text to save an edit.")
        self.problem.setText(problem)
        self.save.setEnabled(not problem)


def platform_of(account_id: int) -> str:
    return Account.select(Account.platform).where(Account.id == account_id).scalar() or ""


def no_edit_text(parent: QWidget, account_id: int) -> str:
    """Why this post cannot be edited, in the owner's language, with the way out."""
    platform = platform_of(account_id)
    if platform in post_changes.EDIT_PLATFORMS:
        software = str(server_profiles.load_profile(account_id).get("software") or "")
        return QCoreApplication.translate(
            "PostChange", "This server ({software}) does not allow editing a sent post. "
            "Delete it and post the new text again?").format(
                software=software or platform_name(platform))
    return QCoreApplication.translate(
        "PostChange", "{platform} does not allow editing a sent post. Delete it and post the "
        "new text again?").format(platform=platform_name(platform))


def offer_delete_instead(parent: QWidget, item: OutboxListRow, text: str) -> bool:
    """The platform has no edit: say so and offer delete-and-post-again (the text goes to
    the clipboard, so nothing typed is lost). True when the owner chose to delete."""
    more = QCoreApplication.translate(
        "PostChange", "Yes deletes the post (after one more confirmation) and copies its text, "
        "so you can post the corrected text from Compose.")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PostChange", "Edit sent post"),
        no_edit_text(parent, item.account_id) + "\n\n" + more,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)
    return True


def delete_question(item: OutboxListRow, text: str) -> str:
    """The delete confirmation, naming the platform as every list does ("Sandbox" translated)."""
    return QCoreApplication.translate(
        "PostChange", "Delete this post on {platform} for everyone? This cannot be undone. "
        "mbdesk deletes it once, also when the connection drops, and keeps its texts in the "
        "history.\n\n{text}").format(platform=platform_name(platform_of(item.account_id)),
                                      text=text[:300])


def confirm_delete(parent: QWidget, item: OutboxListRow, text: str) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PostChange", "Delete sent post"),
        delete_question(item, text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
