"""The tag manager: the built-in tags and the owner's own, with rename, colour, merge, delete.

Questions to the owner (a name, a colour, which tag to merge into, "really delete?") go through
the ``ask_*``/``confirm`` attributes, plain callables that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.errors import MbdeskError
from mbdesk.store import tags as tag_store
from mbdesk.store.models import TagKind
from mbdesk.store.queries import people as queries
from mbdesk.ui.tag_names import tag_label


def color_icon(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TagManagerDialog(QDialog):
    """Lists tags with their use; ``changed`` is emitted after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.ask_choice: Callable[[str, str, list[str]], str | None] = self._ask_choice
        self.ask_color: Callable[[str], str | None] = self._ask_color
        self.confirm: Callable[[str], bool] = self._confirm
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.new_button = QPushButton(self.tr("New tag…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.color_button = QPushButton(self.tr("Colour…"), self)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.new_button.clicked.connect(self.new_tag)
        self.rename_button.clicked.connect(self.rename_current)
        self.color_button.clicked.connect(self.recolor_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.color_button,
                       self.merge_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        hint = QLabel(self.tr("Customer, KOL and potential customer are built in: they can be "
                              "renamed and recoloured, not deleted."), self)
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.resize(460, 360)
        self.reload()

    # --- list ---------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        tag_store.ensure_builtin_tags()  # stored in English, shown translated (ui/tag_names)
        keep = select if select is not None else self.current_id()
        self.usage = queries.tag_usage()
        self.list.clear()
        locale = QLocale()
        for use in self.usage:
            label = self.tr("{name} · {n} people").format(
                name=tag_label(use.tag.name, use.tag.kind), n=locale.toString(use.people))
            if use.tag.kind in TagKind.BUILTIN:
                label += " · " + self.tr("built in")
            item = QListWidgetItem(color_icon(use.tag.color), label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, use.tag.id)
            if use.tag.id == keep:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current(self):
        tag_id = self.current_id()
        return next((u.tag for u in getattr(self, "usage", []) if u.tag.id == tag_id), None)

    def _update_buttons(self) -> None:
        tag = self._current()
        builtin = tag is not None and tag.kind in TagKind.BUILTIN
        self.rename_button.setEnabled(tag is not None)
        self.color_button.setEnabled(tag is not None)
        self.merge_button.setEnabled(tag is not None and not builtin)
        self.delete_button.setEnabled(tag is not None and not builtin)

    def _done(self, select: int | None = None, message: str = "") -> None:
        self.message.setText(message)
        self.reload(select)
        self.changed.emit()

    def _run(self, action: Callable[[], object]) -> object | None:
        try:
            return action()
        except MbdeskError as exc:
            self.message.setText(exc.message)
            return None

    # --- actions ------------------------------------------------------------------------------

    def new_tag(self) -> None:
        name = self.ask_text(self.tr("New tag"), self.tr("Name of the new tag:"), "")
        if name:
            tag_id = self._run(lambda: tag_store.create_tag(name))
            if tag_id is not None:
                self._done(int(tag_id))

    def rename_current(self) -> None:
        tag = self._current()
        if tag is None:
            return
        shown = tag_label(tag.name, tag.kind)
        name = self.ask_text(self.tr("Rename tag"), self.tr("New name:"), shown)
        if name and name not in (tag.name, shown) and self._run(
                lambda: tag_store.rename_tag(tag.id, name) or True):
            self._done(tag.id)

    def recolor_current(self) -> None:
        tag = self._current()
        if tag is None:
            return
        color = self.ask_color(tag.color)
        if color:
            tag_store.recolor_tag(tag.id, color)
            self._done(tag.id)

    def merge_current(self) -> None:
        tag = self._current()
        if tag is None:
            return
        others = [u.tag for u in self.usage if u.tag.id != tag.id]
        name = self.ask_choice(
            self.tr("Merge tag"),
            self.tr("Move everyone tagged “{0}” to:").format(tag_label(tag.name, tag.kind)),
            [tag_label(t.name, t.kind) for t in others])
        target = next((t for t in others if tag_label(t.name, t.kind) == name), None)
        if target is None:
            return
        count = self._run(lambda: tag_store.merge_tags(tag.id, target.id))
        if count is not None:
            self._done(target.id, self.tr("Merged “{0}” into “{1}”.").format(
                tag_label(tag.name, tag.kind), tag_label(target.name, target.kind)))

    def delete_current(self) -> None:
        tag = self._current()
        if tag is None:
            return
        use = next(u.people for u in self.usage if u.tag.id == tag.id)
        question = self.tr("Delete the tag “{name}”? It is removed from {n} people.").format(
            name=tag_label(tag.name, tag.kind), n=QLocale().toString(use))
        if not self.confirm(question):
            return
        if self._run(lambda: tag_store.delete_tag(tag.id)) is not None:
            self._done(None, self.tr("Deleted “{0}”.").format(tag_label(tag.name, tag.kind)))

    # --- default questions (real dialogs) -----------------------------------------------------

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok else None

    def _ask_choice(self, title: str, label: str, items: list[str]) -> str | None:
        if not items:
            return None
        value, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return value if ok else None

    def _ask_color(self, current: str) -> str | None:
        color = QColorDialog.getColor(QColor(current), self, self.tr("Tag colour"))
        return color.name() if color.isValid() else None

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete tag"), question)
        return answer == QMessageBox.StandardButton.Yes
