"""Saved snippets: a menu that inserts one at the cursor, and a small manager to edit them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.store.snippets import Snippet, list_snippets, save_snippets


class SnippetsMenu(QMenu):
    """Lists the snippets (rebuilt each time it opens) and ends with "Manage snippets…"."""

    chosen = Signal(str)
    manage = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        self.clear()
        snippets = list_snippets()
        for snippet in snippets:
            label = snippet.name or snippet.text.splitlines()[0][:40]
            action = self.addAction(label)
            action.setToolTip(snippet.text)
            action.triggered.connect(lambda _=False, t=snippet.text: self.chosen.emit(t))
        if not snippets:
            empty = self.addAction(self.tr("No snippets yet"))
            empty.setEnabled(False)
        self.addSeparator()
        self.addAction(self.tr("Manage snippets…")).triggered.connect(self.manage)


class SnippetsDialog(QDialog):
    """Edit the list in place; Save writes it to the database, Cancel changes nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snippets"))
        self.resize(560, 360)
        self.list = QListWidget(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Opening hours"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Text inserted at the cursor"))
        add = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.name_edit)
        right.addWidget(self.text_edit, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        for snippet in list_snippets():
            self._add_item(snippet)
        add.clicked.connect(self.add_snippet)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.currentItemChanged.connect(self._show)
        self.name_edit.textEdited.connect(self._store)
        self.text_edit.textChanged.connect(self._store)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show(self.list.currentItem())

    def _add_item(self, snippet: Snippet) -> QListWidgetItem:
        item = QListWidgetItem(snippet.name or self.tr("(unnamed)"), self.list)
        item.setData(Qt.ItemDataRole.UserRole, (snippet.name, snippet.text))
        return item

    def add_snippet(self, name: str = "", text: str = "") -> None:
        item = self._add_item(Snippet(name or self.tr("New snippet"), text))
        self.list.setCurrentItem(item)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _show(self, item: QListWidgetItem | None, *_args) -> None:
        name, text = item.data(Qt.ItemDataRole.UserRole) if item else ("", "")
        for w in (self.name_edit, self.text_edit):
            w.blockSignals(True)
        self.name_edit.setText(name)
        self.text_edit.setPlainText(text)
        for w in (self.name_edit, self.text_edit):
            w.blockSignals(False)
            w.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)

    def _store(self, *_args) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        name = self.name_edit.text()
        item.setData(Qt.ItemDataRole.UserRole, (name, self.text_edit.toPlainText()))
        item.setText(name or self.tr("(unnamed)"))

    def snippets(self) -> list[Snippet]:
        return [Snippet(*self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())]

    def accept(self) -> None:
        save_snippets(self.snippets())
        super().accept()
