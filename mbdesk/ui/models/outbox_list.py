"""The outbox panel's table: each publish/reply with its state and, when it did not go out, why.

Rows come page by page (``PagedTableModel``) from ``store.queries.outbox_list``. Roles:
``ITEM_ROLE`` (the ``OutboxListRow``) on every cell. Failed rows are bold with the reason in the
last column, so a failure is never silent; a row's note (something the owner should know that
is not an error, e.g. the server published it at once) follows the reason. "Tries" counts the
sends and the look-ups on the server; ``attempt_action_text`` / ``attempt_outcome_text`` word a
row's history (the History dialog).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from mbdesk.store.models import OutboxKind, OutboxState
from mbdesk.store.queries.outbox_list import OutboxListRow, outbox_page
from mbdesk.ui.localtime import format_local
from mbdesk.ui.models.paged import PagedTableModel
from mbdesk.ui.safe_text import plain_tooltip
from mbdesk.ui.stored_text import shown

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def outbox_state_text(state: str) -> str:
    labels = {
        OutboxState.QUEUED: QCoreApplication.translate("OutboxPanel", "Queued"),
        OutboxState.SENDING: QCoreApplication.translate("OutboxPanel", "Sending…"),
        OutboxState.ON_SERVER: QCoreApplication.translate("OutboxPanel",
                                                          "On the server (scheduled)"),
        OutboxState.SENT: QCoreApplication.translate("OutboxPanel", "Sent"),
        OutboxState.FAILED: QCoreApplication.translate("OutboxPanel", "Failed"),
        OutboxState.UNKNOWN: QCoreApplication.translate("OutboxPanel",
                                                        "Outcome unknown — checking"),
        OutboxState.HELD: QCoreApplication.translate("OutboxPanel", "Held — waiting for you"),
    }
    return labels.get(state, state)


def row_state_text(row: OutboxListRow) -> str:
    """A row's state as the panel says it: a sent post also says edited / deleted, and an
    edit or delete that went through says done."""
    if row.state == OutboxState.SENT and row.deleted_at is not None:
        return QCoreApplication.translate("OutboxPanel", "Deleted")
    if row.state == OutboxState.SENT and row.kind in OutboxKind.CHANGES:
        return QCoreApplication.translate("OutboxPanel", "Done")
    if row.state == OutboxState.SENT and row.edited_at is not None:
        return QCoreApplication.translate("OutboxPanel", "Sent (edited)")
    return outbox_state_text(row.state)


def kind_text(kind: str) -> str:
    return {
        OutboxKind.REPLY: QCoreApplication.translate("OutboxListModel", "Reply"),
        OutboxKind.EDIT: QCoreApplication.translate("OutboxListModel", "Edit"),
        OutboxKind.DELETE: QCoreApplication.translate("OutboxListModel", "Delete"),
    }.get(kind, QCoreApplication.translate("OutboxListModel", "Post"))


def attempt_action_text(action: str) -> str:
    labels = {
        "send": QCoreApplication.translate("OutboxHistory", "Send"),
        "schedule": QCoreApplication.translate("OutboxHistory", "Hand to the server"),
        "lookup": QCoreApplication.translate("OutboxHistory", "Look up (did it arrive?)"),
        "check": QCoreApplication.translate("OutboxHistory", "Check (did the server publish it?)"),
        "cancel": QCoreApplication.translate("OutboxHistory", "Take back from the server"),
        "edit": QCoreApplication.translate("OutboxHistory", "Edit"),
        "delete": QCoreApplication.translate("OutboxHistory", "Delete"),
    }
    return labels.get(action, action)


def attempt_outcome_text(outcome: str) -> str:
    labels = {
        "started": QCoreApplication.translate("OutboxHistory",
                                              "started (running, or mbdesk stopped during it)"),
        "interrupted": QCoreApplication.translate("OutboxHistory", "interrupted: mbdesk stopped"),
        "sent": QCoreApplication.translate("OutboxHistory", "published"),
        "on_server": QCoreApplication.translate("OutboxHistory", "held by the server"),
        "published_at_once": QCoreApplication.translate(
            "OutboxHistory", "published at once (the server ignored the time)"),
        "not_supported": QCoreApplication.translate(
            "OutboxHistory", "the server cannot hold it: kept by mbdesk"),
        "refused": QCoreApplication.translate("OutboxHistory",
                                              "the server would not hold it: kept by mbdesk"),
        "failed": QCoreApplication.translate("OutboxHistory", "refused by the server"),
        "unknown": QCoreApplication.translate("OutboxHistory", "answer lost"),
        "later": QCoreApplication.translate("OutboxHistory", "not now: tried again later"),
        "not_found": QCoreApplication.translate("OutboxHistory", "not on the server"),
        "found": QCoreApplication.translate("OutboxHistory", "found on the server"),
        "cancelled": QCoreApplication.translate("OutboxHistory", "taken back"),
        "edited": QCoreApplication.translate("OutboxHistory", "edited on the server"),
        "deleted": QCoreApplication.translate("OutboxHistory", "deleted on the server"),
        "already_gone": QCoreApplication.translate("OutboxHistory",
                                                   "already gone: nothing to delete"),
        "cannot_check": QCoreApplication.translate(
            "OutboxHistory", "cannot look on this account: look on the platform"),
    }
    return labels.get(outcome, outcome)


class OutboxListModel(PagedTableModel):
    # "tries" comes last so the older columns keep their numbers; the panel shows it after
    # "state" (a header move)
    COLUMNS = ("when", "account", "kind", "state", "text", "reason", "tries")
    COLUMN_COUNT = len(COLUMNS)

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.account_id: int | None = None
        self.group = "attention"

    def show(self, account_id: int | None, group: str) -> None:
        self.account_id, self.group = account_id, group
        self.set_fetcher(lambda after, limit: outbox_page(account_id, group, after, limit))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Account"), self.tr("Kind"), self.tr("State"),
                self.tr("Text"), self.tr("Reason / note"), self.tr("Tries"))[section]

    def cell(self, row: OutboxListRow, column: int, role: int):
        name = self.COLUMNS[column]
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, name)
        if role == Qt.ItemDataRole.ToolTipRole and name == "reason" and (row.last_error
                                                                          or row.note):
            # the server's words, shown literally (a tooltip would render <b> or <img>)
            return plain_tooltip("\n\n".join(shown(t) for t in (row.last_error, row.note) if t))
        if role == Qt.ItemDataRole.ToolTipRole and name in ("text", "reason"):
            return plain_tooltip(row.head)
        if role == Qt.ItemDataRole.ToolTipRole and name == "tries":
            return self.tr("Sent %n time(s); the History… button lists every try.", "",
                           row.attempts)
        if role == Qt.ItemDataRole.FontRole and row.state == OutboxState.FAILED:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tries_text(self, row: OutboxListRow) -> str:
        """"2" or "2 · 1 look-up": how often mbdesk sent it and looked on the server."""
        text = str(row.attempts)
        if row.lookups:
            text += " · " + self.tr("%n look-up(s)", "", row.lookups)
        return text

    def _text(self, row: OutboxListRow, name: str) -> str:
        if name == "when":
            return format_local(row.when, self.zone)
        if name == "account":
            return row.handle
        if name == "kind":
            return kind_text(row.kind)
        if name == "state":
            return row_state_text(row)
        if name == "text":
            return row.head
        if name == "tries":
            return self.tries_text(row)
        if name == "reason":
            parts = [" ".join(shown(row.last_error).split())] if row.last_error else []
            if row.note:  # stored in English; known sentences shown translated (stored_text)
                parts.append("ℹ " + " ".join(shown(row.note).split()))
            return " · ".join(parts)
        return ""
