"""Manage keyword watches per account: words, product names, competitors, #hashtags.

The sync engine pulls each enabled watch into the inbox's "Keyword watches" stream.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.errors import MbdeskError
from mbdesk.services.context import AppContext
from mbdesk.store import watches
from mbdesk.store.queries import accounts as account_queries
from mbdesk.ui.text_fit import fit_placeholder


class WatchesDialog(QDialog):
    def __init__(self, ctx: AppContext, account_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Keyword watches"))
        self.resize(480, 420)
        self.account_combo = QComboBox(self)
        for acc in account_queries.account_briefs():
            self.account_combo.addItem(acc.display_name or acc.handle, acc.id)
        if account_id is not None:
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account_id)))
        self.account_combo.currentIndexChanged.connect(self.reload)
        self.list = QListWidget(self)
        self.list.itemChanged.connect(self._on_item_changed)
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("A word, a product, a competitor or #hashtag"))
        fit_placeholder(self.query_edit)  # "Una palabra, un producto, un competidor o un #…"
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.query_edit.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("Watches are searched on the account's server at each sync "
                              "(hashtags through the tag timeline; words only where the "
                              "server offers full-text search). Untick to pause one."), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.account_combo)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        account_id = self.account_combo.currentData()
        for w in watches.list_watches(account_id) if account_id is not None else []:
            item = QListWidgetItem(self.tr("{query}  ({hits} found)").format(
                query=w.query, hits=w.hits))
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if w.enabled else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.add_button.setEnabled(account_id is not None)

    def add(self) -> None:
        account_id = self.account_combo.currentData()
        if account_id is None:
            return
        try:
            watches.add_watch(account_id, self.query_edit.text())
        except MbdeskError as exc:
            self.message.setText(str(exc))
            return
        self.query_edit.clear()
        self.message.clear()
        self.reload()
        sync = self.ctx.services.get("sync")
        if sync is not None:
            sync.sync_now(account_id)

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            watches.remove_watch(item.data(Qt.ItemDataRole.UserRole))
            self.reload()

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        watches.set_enabled(item.data(Qt.ItemDataRole.UserRole),
                            item.checkState() == Qt.CheckState.Checked)
