"""The composer: one draft, several target accounts, each with a live length counter.

Text typed here is never lost: every change starts a 1.5 s autosave timer, and leaving a field,
opening another draft, hiding the screen and quitting write at once (``flush``). A target can
get its own text ("Edit for this account", a tab of its own, marked diverged) and go back to
the shared one. Counters run 150 ms after typing stops, with the same rules the scheduler
applies (``domain.compose``), so Schedule is refused — button disabled, reason shown — exactly
while some target would refuse the post.

Signals:
    saved(int, bool): the draft was written (id, True when this save created it).
    autosaved(int): a save made by the autosave timer or a flush.
    counts_updated(): counters and the problems list were recomputed.
    scheduled(int): outbox rows were created for the draft.
"""

from __future__ import annotations

import logging
from datetime import datetime

from peewee import PeeweeException
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain.compose import (
    MediaSpec,
    TargetSpec,
    append_default_link,
    blocking,
    check_post,
    count_target,
    counter_level,
)
from mbdesk.domain.images import image_rule
from mbdesk.domain.schedule import ScheduleTimeError, local_to_utc
from mbdesk.services.background import run_in_background
from mbdesk.services.scheduling import (
    Scheduled,
    SchedulingRefused,
    queue_draft,
    schedule_draft,
)
from mbdesk.store import schedule as schedule_store
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import AccountStatus, Category, DraftState, utcnow
from mbdesk.store.queries.best_time import best_times
from mbdesk.store.queries.compose import TargetAccount
from mbdesk.store.queries.drafts import DraftDetail, get_draft
from mbdesk.store.server_profiles import capability
from mbdesk.ui.compose.media_panel import MediaPanel
from mbdesk.ui.compose.post_fields import PostFieldsBox
from mbdesk.ui.compose.problems import cadence_warning_text, problem_text
from mbdesk.ui.compose.schedule_dialog import ScheduleDialog, time_error_text, zone_name
from mbdesk.ui.compose.snippets import SnippetsDialog, SnippetsMenu
from mbdesk.ui.compose.targets import AMBER, RED, TargetRow
from mbdesk.ui.compose.utm_line import UtmLine
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.drafts import category_label

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
COUNT_DELAY_MS = 150


class ComposerWidget(QWidget):
    saved = Signal(int, bool)
    autosaved = Signal(int)
    counts_updated = Signal()
    scheduled = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._accounts: list[TargetAccount] = []
        self._draft_id: int | None = None
        self._detail: DraftDetail | None = None
        self._dirty = False
        self._loading = False
        self.variant_edits: dict[int, QPlainTextEdit] = {}
        self.rows: dict[int, TargetRow] = {}
        self.problems = []
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.recount)
        self._build()
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        app.aboutToQuit.connect(self.flush)
        self.clear()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("draft-title")
        self.title_edit.setPlaceholderText(self.tr("Optional: a title only you see"))
        self.category_combo = QComboBox(self)
        for cat in Category.ALL:
            self.category_combo.addItem(category_label(cat), cat)
        self.hashtags_edit = QLineEdit(self)
        self.hashtags_edit.setObjectName("draft-hashtags")
        self.hashtags_edit.setPlaceholderText(self.tr("e.g. #handmade #ceramics"))
        top = QHBoxLayout()
        top.addWidget(self.title_edit, 2)
        top.addWidget(self.category_combo, 1)
        form.addRow(self.tr("Title"), top)
        form.addRow(self.tr("Hashtags"), self.hashtags_edit)
        layout.addLayout(form)
        self.post_fields = PostFieldsBox(self)  # content warning, visibility, language
        layout.addWidget(self.post_fields)

        tools = QHBoxLayout()
        self.undo_button = QToolButton(self)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button = QToolButton(self)
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.snippets_button = QPushButton(self.tr("Insert snippet"), self)
        self.snippets_button.setToolTip(self.tr("Signature, opening hours, shop link…: insert "
                                                "a saved text at the cursor"))
        self.snippets_menu = SnippetsMenu(self.snippets_button)
        self.snippets_button.setMenu(self.snippets_menu)
        for button in (self.undo_button, self.redo_button, self.snippets_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.body_edit = self._text_edit("draft-body")
        self.body_edit.setPlaceholderText(self.tr("Write your post here…"))
        self.tabs.addTab(self.body_edit, self.tr("Shared text"))
        layout.addWidget(self.tabs, 3)

        layout.addWidget(QLabel(self.tr("Post to"), self))
        self.targets_box = QWidget(self)
        self.targets_layout = QVBoxLayout(self.targets_box)
        self.targets_layout.setContentsMargins(0, 0, 0, 0)
        self.targets_layout.setSpacing(0)
        layout.addWidget(self.targets_box)

        images = QGroupBox(self.tr("Images"), self)
        images_layout = QVBoxLayout(images)
        images_layout.setContentsMargins(6, 4, 6, 4)
        self.media_panel = MediaPanel(self.ctx.workspace.media, images)
        images_layout.addWidget(self.media_panel)
        layout.addWidget(images)

        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("compose-problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.problems_label)
        self.utm_line = UtmLine(self)  # the campaign and the tagged links (Link tagging)
        layout.addWidget(self.utm_line)
        self.append_link_button = QPushButton(self.tr("Add the shop link"), self)
        self.append_link_button.setObjectName("compose-append-link")
        self.append_link_button.setToolTip(self.tr(
            "Append the account's default link, which is on its safe domain"))
        self.append_link_button.clicked.connect(self.append_default_links)
        self.append_link_button.hide()
        layout.addWidget(self.append_link_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the draft now (Ctrl+S); it also saves by "
                                            "itself while you type"))
        self.publish_button = QPushButton(self.tr("Publish now"), self)
        self.queue_button = QPushButton(self.tr("Add to queue"), self)
        self.queue_button.setObjectName("compose-add-to-queue")
        self.schedule_button = QPushButton(self.tr("Schedule…"), self)
        self.schedule_button.setDefault(True)
        # two rows (the draft's own buttons, then the ways to send it): seven buttons in one
        # row made the composer ~640 px wide in Spanish and squeezed the drafts' titles out
        for button in (self.new_button, self.duplicate_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        sending = QHBoxLayout()
        sending.addStretch(1)
        for button in (self.publish_button, self.queue_button, self.schedule_button):
            sending.addWidget(button)
        layout.addLayout(buttons)
        layout.addLayout(sending)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("compose-status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.cadence_label = QLabel(self)  # cadence warnings of the posts just queued
        self.cadence_label.setObjectName("compose-cadence")
        self.cadence_label.setWordWrap(True)
        self.cadence_label.setStyleSheet(f"color:{AMBER};")
        self.cadence_label.hide()
        layout.addWidget(self.cadence_label)

        self.title_edit.textEdited.connect(self._on_edited)
        self.hashtags_edit.textEdited.connect(self._on_edited)
        self.category_combo.currentIndexChanged.connect(self._on_edited)
        self.media_panel.changed.connect(self._on_edited)
        self.utm_line.edited.connect(self._on_edited)
        self.post_fields.changed.connect(self._on_edited)
        self.tabs.currentChanged.connect(self._update_undo)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.snippets_menu.chosen.connect(self.insert_snippet)
        self.snippets_menu.manage.connect(self.manage_snippets)
        self.save_button.clicked.connect(self.save)
        self.schedule_button.clicked.connect(self.schedule)
        self.queue_button.clicked.connect(self.add_to_queue)
        self.publish_button.clicked.connect(self.publish_now)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence("Ctrl+Z"), self.undo),
                           (QKeySequence("Ctrl+Shift+Z"), self.redo)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.textChanged.connect(self._on_edited)
        edit.undoAvailable.connect(self._update_undo)
        edit.redoAvailable.connect(self._update_undo)
        return edit

    # -- accounts ----------------------------------------------------------------------------
    def set_accounts(self, accounts: list[TargetAccount]) -> None:
        """(Re)build the target rows; ticks and own texts of remaining accounts stay."""
        checked = set(self.checked_targets())
        self._accounts = accounts
        for row in self.rows.values():
            row.deleteLater()
        self.rows.clear()
        while self.targets_layout.count():
            item = self.targets_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not accounts:
            hint = QLabel(self.tr("No accounts yet — add one on the Accounts screen to choose "
                                  "where this post goes."), self.targets_box)
            hint.setWordWrap(True)
            self.targets_layout.addWidget(hint)
        for account in accounts:
            row = TargetRow(account, self.targets_box)
            row.set_checked(account.id in checked)
            row.set_diverged(account.id in self.variant_edits)
            row.toggled.connect(self._on_target_toggled)
            row.variant_wanted.connect(self._on_variant_wanted)
            self.rows[account.id] = row
            self.targets_layout.addWidget(row)
        self.recount()

    def checked_targets(self) -> tuple[int, ...]:
        return tuple(a for a, row in self.rows.items() if row.is_checked())

    # -- loading -----------------------------------------------------------------------------
    @property
    def draft_id(self) -> int | None:
        return self._draft_id

    @property
    def detail(self) -> DraftDetail | None:
        return self._detail

    def open_draft(self, draft_id: int) -> bool:
        """Show a saved draft (the caller flushed the previous one). False if it is gone."""
        detail = get_draft(draft_id)
        if detail is None:
            self.clear()
            return False
        self._loading = True
        self._draft_id, self._detail = detail.id, detail
        self.title_edit.setText(detail.title)
        self.body_edit.setPlainText(detail.body)
        self.hashtags_edit.setText(detail.hashtags)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(detail.category)))
        self.post_fields.set_values(detail.spoiler_text, detail.visibility, detail.language)
        self._drop_all_variants()
        for row in self.rows.values():
            row.set_checked(row.account.id in detail.target_ids)
        for target in detail.targets:
            if target.diverged and target.body is not None and target.account_id in self.rows:
                self._add_variant(target.account_id, target.body, switch=False)
        self.media_panel.set_media(detail.media)
        self._loading = False
        self._after_load()
        return True

    def clear(self) -> None:
        self._loading = True
        self._draft_id, self._detail = None, None
        self.title_edit.clear()
        self.body_edit.setPlainText("")
        self.hashtags_edit.clear()
        self.category_combo.setCurrentIndex(0)
        self.post_fields.set_values("", "public", "")
        self._drop_all_variants()
        for row in self.rows.values():
            row.set_checked(False)
        self.media_panel.set_media(())
        self._loading = False
        self._after_load()

    def _after_load(self) -> None:
        self._autosave.stop()
        self._set_dirty(False)
        self.status_label.clear()
        self.cadence_label.hide()
        self.tabs.setCurrentIndex(0)
        self.utm_line.set_campaign(self._detail.campaign if self._detail else "")
        self._update_buttons()
        self.recount()

    # -- editing -----------------------------------------------------------------------------
    def current_text_edit(self) -> QPlainTextEdit:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, QPlainTextEdit) else self.body_edit

    def _on_edited(self, *_args) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._autosave.start()
        self._count_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if self._detail is None:
            heading = self.tr("New draft")
        else:
            heading = self.tr("Editing: %s") % (self._detail.title or self.tr("untitled draft"))
        if self._detail is not None and self._detail.state == DraftState.SCHEDULED:
            heading += " — " + self.tr("scheduled: changes here do not change the queued "
                                       "posts (move or cancel them in the Calendar)")
        self.heading.setText(heading + (" •" if dirty else ""))

    def is_dirty(self) -> bool:
        return self._dirty

    def undo(self) -> None:
        self.current_text_edit().undo()

    def redo(self) -> None:
        self.current_text_edit().redo()

    def _update_undo(self, *_args) -> None:
        doc = self.current_text_edit().document()
        self.undo_button.setEnabled(doc.isUndoAvailable())
        self.redo_button.setEnabled(doc.isRedoAvailable())

    def insert_snippet(self, text: str) -> None:
        edit = self.current_text_edit()
        edit.insertPlainText(text)  # at the cursor, one undo step
        edit.setFocus()

    def manage_snippets(self) -> None:
        SnippetsDialog(self).exec()

    # -- per-account variants ----------------------------------------------------------------
    def _add_variant(self, account_id: int, text: str, switch: bool = True) -> QPlainTextEdit:
        edit = self._text_edit(f"variant-edit-{account_id}")
        edit.setPlainText(text)
        self.variant_edits[account_id] = edit
        name = self.rows[account_id].account.name
        index = self.tabs.addTab(edit, name)
        self.tabs.setTabToolTip(index, self.tr("The text only {name} gets").format(name=name))
        self.rows[account_id].set_diverged(True)
        if switch:
            self.tabs.setCurrentWidget(edit)
            edit.setFocus()
        return edit

    def _drop_variant(self, account_id: int) -> None:
        edit = self.variant_edits.pop(account_id, None)
        if edit is not None:
            self.tabs.removeTab(self.tabs.indexOf(edit))
            edit.deleteLater()
        if account_id in self.rows:
            self.rows[account_id].set_diverged(False)

    def _drop_all_variants(self) -> None:
        for account_id in list(self.variant_edits):
            self._drop_variant(account_id)

    def edit_for_account(self, account_id: int) -> QPlainTextEdit:
        """Give ``account_id`` its own text, starting from the shared one."""
        if account_id in self.variant_edits:
            self.tabs.setCurrentWidget(self.variant_edits[account_id])
            return self.variant_edits[account_id]
        edit = self._add_variant(account_id, self.body_edit.toPlainText())
        self._on_edited()
        return edit

    def back_to_shared(self, account_id: int) -> bool:
        """Drop the account's own text (asks first when it differs from the shared text)."""
        edit = self.variant_edits.get(account_id)
        if edit is None:
            return True
        if edit.toPlainText() != self.body_edit.toPlainText() and not self._confirm_drop(
                account_id):
            return False
        self._drop_variant(account_id)
        self._on_edited()
        return True

    def _confirm_drop(self, account_id: int) -> bool:
        name = self.rows[account_id].account.name
        answer = QMessageBox.question(
            self, self.tr("Drop the text for {name}?").format(name=name),
            self.tr("{name} has its own text. Drop it and post the shared text there?")
            .format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_variant_wanted(self, account_id: int, own: bool) -> None:
        if own:
            self.edit_for_account(account_id)
        else:
            self.back_to_shared(account_id)

    def _on_target_toggled(self, account_id: int, checked: bool) -> None:
        if (not checked and account_id in self.variant_edits
                and not self.back_to_shared(account_id)):
            self.rows[account_id].set_checked(True)  # kept: its own text stays
            return
        self._on_edited()
        self.recount()

    # -- counting and checks -----------------------------------------------------------------
    def target_specs(self, only_checked: bool = True) -> list[TargetSpec]:
        shared = self.body_edit.toPlainText()
        specs = []
        for account_id, row in self.rows.items():
            if only_checked and not row.is_checked():
                continue
            edit = self.variant_edits.get(account_id)
            body = edit.toPlainText() if edit is not None else shared
            a = row.account
            specs.append(TargetSpec(a.id, a.name, a.platform, body, a.limits,
                                    spoiler_text=self.post_fields.spoiler_text(),
                                    needs_reauth=a.status == AccountStatus.NEEDS_REAUTH))
        return specs

    def recount(self) -> None:
        """Counters per target, the problems list and the Schedule/Publish buttons."""
        self._count_timer.stop()
        hashtags = self.hashtags_edit.text()
        self.utm_line.reload()  # counters and checks measure the text as sent (links tagged)
        for spec in self.utm_line.tag_specs(self.target_specs(only_checked=False)):
            result = count_target(spec, hashtags)
            self.rows[spec.account_id].show_count(result, counter_level(result))
        media = [MediaSpec(m.alt_text, m.mime_type) for m in self.media_panel.media()]
        checked = self.utm_line.tag_specs(self.target_specs())
        self.utm_line.show_links(self.target_specs())
        self.post_fields.set_platforms(s.platform for s in checked)
        self.problems = check_post(checked, hashtags, media)
        self.media_panel.set_rules([image_rule(s.platform, s.limits) for s in checked])
        errors = blocking(self.problems)
        warnings = [p for p in self.problems if p.severity != "error"]
        lines = [f'<span style="color:{RED}">✖ {_html(problem_text(p))}</span>' for p in errors]
        lines += [f'<span style="color:{AMBER}">⚠ {_html(problem_text(p))}</span>'
                  for p in warnings]
        self.problems_label.setText("<br>".join(lines))
        self.problems_label.setVisible(bool(lines))
        self.append_link_button.setVisible(bool(self._link_fixable()))
        reason = "\n".join(problem_text(p) for p in errors)
        for button in (self.schedule_button, self.publish_button, self.queue_button):
            button.setEnabled(not errors)
            button.setToolTip(reason)
        if not errors:
            self.queue_button.setToolTip(self.tr(
                "Put the post in the next free queue slot of each account (Calendar → Queue "
                "slots)"))
        self.counts_updated.emit()

    def _link_fixable(self) -> list[int]:
        """Accounts whose text lacks the required link while a default link is set."""
        return [p.account_id for p in self.problems
                if p.code == "weibo_no_safe_link" and p.values.get("link")
                and p.account_id is not None]

    def append_default_links(self) -> None:
        """Append each such account's default link: to its own text where it has one, else
        to the shared text (then every target sees it; accounts without the rule ignore it)."""
        specs = {s.account_id: s for s in self.target_specs()}
        for account_id in self._link_fixable():
            spec = specs.get(account_id)
            if spec is None:
                continue
            edit = self.variant_edits.get(account_id) or self.body_edit
            edit.setPlainText(append_default_link(edit.toPlainText(), spec))
        self.recount()

    def schedule_refusal(self) -> str:
        """Why Schedule is disabled ("" when it is not)."""
        return "\n".join(problem_text(p) for p in blocking(self.problems))

    # -- saving ------------------------------------------------------------------------------
    def editor_input(self) -> DraftInput:
        return DraftInput(
            title=self.title_edit.text(), body=self.body_edit.toPlainText(),
            category=self.category_combo.currentData(), target_ids=self.checked_targets(),
            hashtags=self.hashtags_edit.text().strip(),
            language=self.post_fields.language(),
            spoiler_text=self.post_fields.spoiler_text(),
            visibility=self.post_fields.visibility(),
            link=self._detail.link if self._detail else "",
            variants={a: e.toPlainText() for a, e in self.variant_edits.items()
                      if self.rows.get(a) is not None and self.rows[a].is_checked()},
            media=self.media_panel.media(), campaign=self.utm_line.campaign())

    def _has_content(self, data: DraftInput) -> bool:
        return bool(data.body.strip() or data.title.strip() or data.media
                    or any(v.strip() for v in (data.variants or {}).values()))

    def _write(self, automatic: bool) -> bool:
        data = self.editor_input()
        if self._draft_id is None and not self._has_content(data):
            if not automatic:
                self.status_label.setText(self.tr("Nothing to save yet: write a title or a "
                                                  "text."))
            self._set_dirty(False)
            return False
        created = self._draft_id is None
        try:
            draft_id = save_draft(self._draft_id, data)
        except (PeeweeException, OSError) as exc:
            log.exception("saving draft %s failed", self._draft_id)
            self.status_label.setText(self.tr("Could not save ({error}); your text is still "
                                              "here and saving is tried again.").format(
                error=exc))
            self._autosave.start()
            return False
        self._draft_id = draft_id
        self._detail = get_draft(draft_id)
        if self._detail is not None:
            self.media_panel.set_ids([m.id for m in self._detail.media])
        self._set_dirty(False)
        self._update_buttons()
        stamp = format_local(utcnow(), user_zone())
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Saved automatically at {time}.").format(time=stamp)
                                  if automatic else self.tr("Saved."))
        self.saved.emit(draft_id, created)
        if automatic:
            self.autosaved.emit(draft_id)
        return True

    def flush(self) -> None:
        """Write now if anything changed (autosave timer, focus change, leaving, quitting)."""
        self._autosave.stop()
        if self._dirty:
            self._write(automatic=True)

    def save(self) -> bool:
        self._autosave.stop()
        return self._write(automatic=False)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._dirty and old is not None and self.isAncestorOf(old):
            self.flush()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

    def _update_buttons(self) -> None:
        has = self._detail is not None
        self.duplicate_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        archived = bool(self._detail and self._detail.archived)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self._update_undo()

    # -- scheduling --------------------------------------------------------------------------
    def schedule(self) -> None:
        """Ask for a time (in the owner's zone) and queue the draft for every target."""
        self.recount()
        if blocking(self.problems):
            self._show_error(self.schedule_refusal())
            return
        zone = user_zone()
        specs = self.target_specs()
        dialog = ScheduleDialog(zone, self, hint=self.kept_by_mbdesk_hint(),
                                accounts=[(s.account_id, s.name) for s in specs])
        ids = [s.account_id for s in specs]
        # each account's own best next time, found on a worker (it reads months of posts)
        run_in_background(lambda: best_times(ids, zone), dialog.set_suggestions,
                          dialog.suggestions_failed)
        accepted = dialog.exec()
        times, when = dialog.result_times, dialog.result_utc
        dialog.deleteLater()  # a late answer from the worker then goes nowhere
        if not accepted:
            return
        if times:
            self._enqueue(None, times=times)
        elif when is not None:
            self._enqueue(when)

    def add_to_queue(self) -> bool:
        """Each account's post at its next free queue slot (Calendar → Queue slots); without
        slots, says so and offers to set them (then tries again)."""
        self.recount()
        if blocking(self.problems):
            self._show_error(self.schedule_refusal())
            return False
        missing = [s for s in self.target_specs()
                   if not any(schedule_store.queue_slots(s.account_id).values())]
        if missing:
            if not self.offer_queue_slots(missing[0].account_id, join_list(
                    [s.name for s in missing])):
                return False
            if any(not any(schedule_store.queue_slots(s.account_id).values())
                   for s in missing):
                self._show_error(self.tr("Not queued: {accounts} still has no queue slots.")
                                 .format(accounts=join_list([s.name for s in missing])))
                return False
        return self._enqueue(None, queue=True)

    def offer_queue_slots(self, account_id: int, names: str) -> bool:
        """Ask to set the weekly queue slots now; True when the owner saved some."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("No queue slots"), self.tr(
            "{accounts} has no queue slots yet: Add to queue puts a post at the next free "
            "one of an account's weekly posting times. Set them now?").format(accounts=names),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("compose-no-slots")
        open_button = box.addButton(self.tr("Set queue slots…"),
                                    QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is not open_button:
            self._show_error(self.tr("Not queued: {accounts} has no queue slots (Calendar → "
                                     "Queue slots).").format(accounts=names))
            return False
        return self.edit_queue_slots(account_id)

    def edit_queue_slots(self, account_id: int) -> bool:
        from mbdesk.store.queries.accounts import account_briefs
        from mbdesk.ui.calendar_dialogs import QueueSlotsDialog

        return bool(QueueSlotsDialog(account_briefs(), self, account_id=account_id).exec())

    def kept_by_mbdesk_hint(self) -> str:
        """Checked accounts whose server profile says it cannot hold scheduled posts: those
        go out only while mbdesk (or 'mbdesk sync') runs, so the schedule dialog says so."""
        names = [spec.name for spec in self.target_specs()
                 if capability(spec.account_id, "server_scheduling") is False]
        if not names:
            return ""
        return self.tr("On {accounts}, scheduled posts are kept by mbdesk (the server cannot "
                       "hold them) — keep mbdesk or 'mbdesk sync' running at that time.").format(
            accounts=join_list(names))

    def schedule_local(self, local: datetime) -> bool:
        """Queue the draft at ``local`` (naive, in the user's zone); False with the reason
        shown when the time or the post is refused."""
        zone = user_zone()
        try:
            when = local_to_utc(local, zone, utcnow())
        except ScheduleTimeError as exc:
            self._show_error(time_error_text(exc, zone))
            return False
        return self._enqueue(when)

    def publish_now(self) -> None:
        self.recount()
        if blocking(self.problems):
            self._show_error(self.schedule_refusal())
            return
        n = len(self.checked_targets())
        answer = QMessageBox.question(
            self, self.tr("Publish now?"),
            self.tr("Publish this post on %n account(s) now?", "", n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._enqueue(None)

    def _enqueue(self, when: datetime | None, *, times: dict[int, datetime] | None = None,
                 queue: bool = False) -> bool:
        """Queue the draft: at ``when`` (None: now), each account at its own time (``times``)
        or at each account's next free queue slot (``queue``)."""
        if self._dirty or self._draft_id is None:
            self._autosave.stop()
            if not self._write(automatic=True):
                return False
        zone = user_zone()
        assert self._draft_id is not None
        try:
            if queue:
                result = queue_draft(self._draft_id, zone, zone_name(zone),
                                     self.ctx.workspace.media)
            else:
                result = schedule_draft(self._draft_id, when, zone_name(zone),
                                        self.ctx.workspace.media, times=times, zone=zone)
        except SchedulingRefused as exc:
            self._show_error("\n".join(problem_text(p) for p in exc.problems))
            return False
        except schedule_store.ScheduleError as exc:
            self._show_error(self._queue_error_text(exc))
            return False
        self._detail = get_draft(self._draft_id)
        self._set_dirty(False)
        self._show_cadence(result)
        n = len(result.item_ids)
        if times is not None or queue:
            names = {s.account_id: s.name for s in self.target_specs()}
            text = "\n".join(
                self.tr("Queued for {when} on {account}.").format(
                    when=format_local(at, zone), account=names.get(account_id, ""))
                for account_id, at in result.times.items() if at is not None)
        elif when is None:
            text = self.tr("Queued to publish now on %n account(s).", "", n)
            sync = self.ctx.services.get("sync")
            if sync is not None:
                for spec in self.target_specs():
                    sync.publish_now(spec.account_id)
        else:
            text = self.tr("Scheduled for {when} ({zone}) on %n account(s).", "", n).format(
                when=format_local(when, zone), zone=zone_name(zone))
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self._update_buttons()
        self.scheduled.emit(self._draft_id)
        self.saved.emit(self._draft_id, False)
        return True

    def _show_error(self, text: str) -> None:
        self.status_label.setStyleSheet(f"color:{RED};")
        self.status_label.setText(text)
        self.cadence_label.hide()

    def _queue_error_text(self, exc: schedule_store.ScheduleError) -> str:
        if exc.code == "queue_full":
            return self.tr("Not queued: an account has no free queue slot in the next 60 days. "
                           "Add slots or move posts in the Calendar.")
        if exc.code == "no_slots":
            return self.tr("Not queued: an account has no queue slots (Calendar → Queue "
                           "slots).")
        return self.tr("Not queued: tick at least one account.")

    def _show_cadence(self, result: Scheduled) -> None:
        """The calendar's good-practice warnings the new posts break: shown, never a refusal
        (``mbdesk post`` prints the same ones)."""
        names = {s.account_id: s.name for s in self.target_specs()}
        rules = schedule_store.rules()
        lines = [cadence_warning_text(w, names.get(w.account_id, ""), rules)
                 for w in result.warnings]
        self.cadence_label.setText("\n".join("⚠ " + line for line in lines))
        self.cadence_label.setVisible(bool(lines))

    def is_scheduled(self) -> bool:
        return bool(self._detail and self._detail.state == DraftState.SCHEDULED)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
