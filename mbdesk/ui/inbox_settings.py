"""Inbox settings: replies, saved replies, notifications, and the crisis watch's lexicon.

:class:`InboxSettingsPanel` is the Inbox tab of File → Settings; the inbox's "Saved replies…"
button shows the same panel in a dialog of its own (:class:`InboxSettingsDialog`).

The lexicon starts as the shipped lists (``resources/lexicons/negative_*.txt``); saving an edited
list stores it in the setting ``crisis_lexicon`` and re-flags every mention on a worker thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain.crisis import LANGUAGES, effective_lexicon, shipped_lexicon
from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext
from mbdesk.store import crisis as crisis_store
from mbdesk.store import settings


class InboxSettingsDialog(QDialog):
    """The inbox settings on their own (opened from the inbox); Settings has them as a tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 page: str = "saved") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inbox settings"))
        self.resize(620, 560)
        self.panel = InboxSettingsPanel(ctx, self)
        self.panel.show_page(page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.panel.save()
        super().accept()


class InboxSettingsPanel(QWidget):
    """Replies and notifications on top; saved replies and the crisis watch in two tabs below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._saved_tab(), self.tr("Saved replies"))
        self.tabs.addTab(self._lexicon_tab(), self.tr("Crisis watch"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._general_tab())
        layout.addWidget(self.tabs, 1)

    def show_page(self, page: str) -> None:
        """``saved`` or ``crisis``: the part below to show first."""
        self.tabs.setCurrentIndex(1 if page == "crisis" else 0)

    # --- parts --------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.marks_done = QCheckBox(self.tr("Replying marks the mention done"), page)
        self.marks_done.setChecked(bool(settings.get("reply_marks_done")))
        form.addRow("", self.marks_done)
        self.notify = QComboBox(page)
        self.notify.addItem(self.tr("Every new mention"), "all")
        self.notify.addItem(self.tr("Priority and negative mentions only"), "priority")
        self.notify.addItem(self.tr("None"), "none")
        self.notify.setCurrentIndex(max(0, self.notify.findData(
            settings.get("notify_mentions") or "all")))
        form.addRow(self.tr("Desktop notifications"), self.notify)
        self.shop_name = QLineEdit(settings.get("shop_name") or "", page)
        self.shop_name.setPlaceholderText(self.tr("The account's name"))
        form.addRow(self.tr("Shop name for {shop}"), self.shop_name)
        return page

    def _saved_tab(self) -> QWidget:
        page = QWidget(self)
        self.saved = [dict(s) for s in settings.get("saved_replies") or []
                      if isinstance(s, dict)]
        self.saved_list = QListWidget(page)
        self.saved_title = QLineEdit(page)
        self.saved_title.setPlaceholderText(self.tr("Title, e.g. Opening hours"))
        self.saved_body = QPlainTextEdit(page)
        self.saved_body.setPlaceholderText(self.tr(
            "Hello {author}, we are open 8:00–20:00 every day. — {shop}"))
        add = QPushButton(self.tr("Add as new"), page)
        update = QPushButton(self.tr("Update selected"), page)
        remove = QPushButton(self.tr("Remove"), page)
        add.clicked.connect(self._add_saved)
        update.clicked.connect(self._update_saved)
        remove.clicked.connect(self._remove_saved)
        self.saved_list.currentRowChanged.connect(self._show_saved)
        hint = QLabel(self.tr("Placeholders: {author} (their name), {handle}, {shop}, {account}. "
                              "In the reply box, Alt+1 to Alt+9 insert the first nine."), page)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        for b in (add, update, remove):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.saved_list, 1)
        layout.addWidget(self.saved_title)
        layout.addWidget(self.saved_body, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        self._reload_saved()
        return page

    def _lexicon_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.threshold = QSpinBox(page)
        self.threshold.setRange(0, 1000)
        self.threshold.setSpecialValueText(self.tr("Off"))
        self.threshold.setValue(crisis_store.threshold())
        form.addRow(self.tr("Alert at negative mentions per hour"), self.threshold)
        self.lexicon_edits: dict[str, QPlainTextEdit] = {}
        lex_tabs = QTabWidget(page)
        current = effective_lexicon(settings.get("crisis_lexicon"))
        names = {"zh": self.tr("Chinese"), "es": self.tr("Spanish"), "en": self.tr("English")}
        for lang in LANGUAGES:
            edit = QPlainTextEdit("\n".join(current[lang]), page)
            self.lexicon_edits[lang] = edit
            lex_tabs.addTab(edit, names[lang])
        restore = QPushButton(self.tr("Restore the shipped lists"), page)
        restore.clicked.connect(self._restore_lexicon)
        hint = QLabel(self.tr("One word or phrase a line. Latin-script words match whole words; "
                              "Chinese matches anywhere in the text."), page)
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(lex_tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(restore)
        return page

    # --- saved replies ------------------------------------------------------------------------

    def _reload_saved(self) -> None:
        self.saved_list.clear()
        for n, item in enumerate(self.saved, start=1):
            prefix = f"Alt+{n}  " if n < 10 else ""
            self.saved_list.addItem(prefix + (item.get("title") or item.get("body", "")[:40]))

    def _show_saved(self, row: int) -> None:
        if 0 <= row < len(self.saved):
            self.saved_title.setText(self.saved[row].get("title", ""))
            self.saved_body.setPlainText(self.saved[row].get("body", ""))

    def _add_saved(self) -> None:
        body = self.saved_body.toPlainText().strip()
        if body:
            self.saved.append({"title": self.saved_title.text().strip(), "body": body})
            self._reload_saved()

    def _update_saved(self) -> None:
        row = self.saved_list.currentRow()
        body = self.saved_body.toPlainText().strip()
        if 0 <= row < len(self.saved) and body:
            self.saved[row] = {"title": self.saved_title.text().strip(), "body": body}
            self._reload_saved()

    def _remove_saved(self) -> None:
        row = self.saved_list.currentRow()
        if 0 <= row < len(self.saved):
            del self.saved[row]
            self._reload_saved()

    # --- lexicon ------------------------------------------------------------------------------

    def _restore_lexicon(self) -> None:
        for lang, terms in shipped_lexicon().items():
            self.lexicon_edits[lang].setPlainText("\n".join(terms))

    def edited_lexicon(self) -> dict[str, list[str]]:
        return {lang: [t.strip() for t in edit.toPlainText().splitlines() if t.strip()]
                for lang, edit in self.lexicon_edits.items()}

    def save(self) -> None:
        settings.put("reply_marks_done", self.marks_done.isChecked())
        settings.put("notify_mentions", self.notify.currentData())
        settings.put("shop_name", self.shop_name.text().strip())
        settings.put("saved_replies", self.saved)
        settings.put("crisis_threshold_per_hour", self.threshold.value())
        lexicon = self.edited_lexicon()
        before = effective_lexicon(settings.get("crisis_lexicon"))
        if lexicon != before:
            settings.put("crisis_lexicon", None if lexicon == shipped_lexicon() else lexicon)
            run_in_background(crisis_store.reflag_all, lambda _result: None)
