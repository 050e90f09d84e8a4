"""The inbox's reading pane: one mention, its thread, its author, and the reply composer.

Remote text goes through ``mbdesk.domain.sanitize`` into a :class:`SafeTextBrowser` (which
loads no resource at all); names and handles are plain-text labels. The thread is shown from
the local cache at once and refreshed from the platform on a worker thread when the mention is
opened; offline, the cached copy stays. Our own replies to the mention are listed in the thread
with their outbox state (queued, sending, sent, failed with the reason and "Edit and retry").

With nothing selected the pane shows what to do instead of empty boxes: the inbox's counts
and its keys. A Mastodon reply is addressed above the box ("Replying to @author", and a check box
per other person the post named, kept unless unticked): the handles go in front of the text when
it is queued (``mbdesk.domain.replies``, as ``mbdesk inbox reply`` does), never twice.

Signals (the view acts on them): ``reply_requested(str)``, ``retry_requested(int, str)``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain import replies as reply_rules
from mbdesk.domain import text as text_rules
from mbdesk.domain.sanitize import plain_to_html, sanitize_html
from mbdesk.services.background import run_in_background
from mbdesk.store.models import OutboxState, Stream
from mbdesk.store.queries import conversation as conversation_queries
from mbdesk.store.queries import mentions as mention_queries
from mbdesk.store.queries.conversation import AuthorCard, ReplyRow
from mbdesk.store.queries.mentions import MentionDetail
from mbdesk.store.threads import CachedPost
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.models.mentions import state_label as mention_state_label
from mbdesk.ui.safe_browser import SafeTextBrowser
from mbdesk.ui.safe_text import isolate
from mbdesk.ui.stored_text import shown
from mbdesk.ui.tag_names import tag_label


def count_reply(platform: str, text: str, max_characters: int | None) -> tuple[int, int]:
    """(used, limit) as the platform's server counts (``mbdesk.domain.text``)."""
    try:
        result = text_rules.count(platform, text, max_characters=max_characters)
    except ValueError:  # a platform without a rule: graphemes against 500
        return text_rules.grapheme_count(text), max_characters or 500
    return result.count, result.limit


# What the reading pane builds of one remote text at first (and adds per "Show more"): laying
# out a 5 MB mention froze the window for seconds. The full text stays stored and searchable.
DISPLAY_CHARS = 20_000


def mention_html(text_html: str, text_plain: str, limit: int = DISPLAY_CHARS) -> str:
    """The safe markup of a mention: its sanitized HTML, or its plain text escaped; only the
    first ``limit`` characters of either, with an ellipsis when cut."""
    cut = "<p>…</p>" if len(text_html if text_html.strip() else text_plain) > limit else ""
    if text_html.strip():
        return sanitize_html(text_html[:limit]) + cut
    return plain_to_html(text_plain[:limit]) + cut


def shown_length(detail: MentionDetail) -> int:
    """How long the text the pane shows of ``detail`` is (its HTML, else its plain text)."""
    return len(detail.text_html if detail.text_html.strip() else detail.text_plain)


def read_mention(mention_id: int) -> tuple[MentionDetail | None, AuthorCard | None]:
    """The selected mention and its author's card (run on a worker thread)."""
    detail = mention_queries.detail(mention_id)
    card = conversation_queries.author_card(detail.author_id) if detail else None
    return detail, card


class MentionLoader(QObject):
    """Reads the selected mention on a worker thread: its text may be megabytes (a hostile or
    broken server), and reading such a row from SQLite held the window ~40 ms. Only the answer
    to the newest request is delivered; one for a selection already left is dropped."""

    arrived = Signal(object, object)  # MentionDetail | None, AuthorCard | None
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self.pending_id: int | None = None  # the mention being read, None when idle

    def load(self, mention_id: int) -> None:
        self._generation += 1
        generation = self._generation
        self.pending_id = mention_id
        run_in_background(lambda: read_mention(mention_id),
                          lambda got: self._deliver(generation, got),
                          lambda message: self._fail(generation, message))

    def cancel(self) -> None:
        """Forget the read on the way (nothing selected any more)."""
        self._generation += 1
        self.pending_id = None

    def _deliver(self, generation: int, got: tuple) -> None:
        if generation == self._generation:
            self.pending_id = None
            self.arrived.emit(*got)

    def _fail(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.pending_id = None
            self.failed.emit(message)


class ConversationPane(QFrame):
    reply_requested = Signal(str)
    retry_requested = Signal(int, str)  # outbox id of a failed reply, its edited text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail: MentionDetail | None = None
        self._handles: list[str] = []  # whom a reply addresses: the author first
        self._others: list[QCheckBox] = []
        self._editing_failed: int | None = None
        self._max_characters: int | None = None
        self._saved: list[dict] = []
        self._values: dict[str, str] = {}
        # a mention still being read shows "Loading…" only if it takes a while (no flicker)
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(150)
        self._loading_timer.timeout.connect(self._show_loading_text)
        self._build()
        self.show_mention(None)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.detail_author = QLabel(self)
        self.detail_author.setTextFormat(Qt.TextFormat.PlainText)  # names are remote content
        font = self.detail_author.font()
        font.setBold(True)
        self.detail_author.setFont(font)
        self.detail_meta = QLabel(self)
        self.detail_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_meta.setWordWrap(True)
        self.card_label = QLabel(self)
        self.card_label.setTextFormat(Qt.TextFormat.PlainText)
        self.card_label.setWordWrap(True)
        self.card_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.detail_text = SafeTextBrowser(self)  # the mention itself, sanitized
        self._shown_chars = DISPLAY_CHARS
        self.more_button = QPushButton(self)  # a very long mention is shown a part at a time
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.thread_status = QLabel(self)
        self.thread_status.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.thread_view = SafeTextBrowser(self)  # thread, our replies, earlier replies
        self.thread_view.action_clicked.connect(self._on_action)

        self.composer = QPlainTextEdit(self)
        self.composer.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter sends)"))
        self.composer.setTabChangesFocus(True)
        self.composer.textChanged.connect(self._update_counter)
        self.counter = QLabel(self)
        self.saved_combo = QComboBox(self)
        self.saved_combo.activated.connect(self._insert_saved_at)
        self.send_button = QPushButton(self.tr("Send reply"), self)
        self.send_button.clicked.connect(self.send)
        self.cancel_edit_button = QPushButton(self.tr("Cancel edit"), self)
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.cancel_edit_button.hide()
        send = QShortcut(QKeySequence("Ctrl+Return"), self.composer)
        send.setContext(Qt.ShortcutContext.WidgetShortcut)
        send.activated.connect(self.send)
        for n in range(1, 10):  # Alt+1..9 insert saved reply n
            shortcut = QShortcut(QKeySequence(f"Alt+{n}"), self.composer)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda n=n: self.insert_saved(n - 1))

        self.buttons = QHBoxLayout()
        self._build_address_row()
        compose_row = QHBoxLayout()
        compose_row.addWidget(self.saved_combo, 1)
        compose_row.addWidget(self.counter)
        compose_row.addWidget(self.cancel_edit_button)
        compose_row.addWidget(self.send_button)

        reading = QWidget(self)
        top = QVBoxLayout(reading)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.detail_author)
        top.addWidget(self.detail_meta)
        top.addWidget(self.card_label)
        top.addWidget(self.detail_text, 2)
        top.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(self.buttons)
        top.addWidget(self.thread_status)
        top.addWidget(self.thread_view, 3)
        writing = QWidget(self)
        bottom = QVBoxLayout(writing)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.address_row)
        bottom.addWidget(self.composer, 1)
        bottom.addLayout(compose_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(reading)
        split.addWidget(writing)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([4000, 1100])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(split)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _build_empty_page(self) -> QWidget:
        """What the pane says with no mention selected: what to do, the counts, the keys."""
        page = QWidget(self)
        self.empty_title = QLabel(self.tr("Select a message to read and reply"), page)
        font = self.empty_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.empty_title.setFont(font)
        self.empty_overview = QLabel(page)
        self.empty_keys = QLabel(page)
        self.empty_keys.setText("\n".join((
            self.tr("J / K: next / previous message"),
            self.tr("Enter: open it and load its thread"),
            self.tr("R: reply · Ctrl+Enter: send the reply"),
            self.tr("E: done · U: unread · Ctrl+Z: undo"),
            self.tr("/: search the inbox"))))
        self.empty_keys.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box = QVBoxLayout(page)
        box.addStretch(1)
        for label in (self.empty_title, self.empty_overview, self.empty_keys):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            box.addWidget(label)
        box.addSpacing(8)
        box.addStretch(2)
        return page

    def set_overview(self, text: str) -> None:
        """The inbox's counts ("12 new · 3 waiting for a reply"), shown with nothing selected."""
        self.empty_overview.setText(text)

    def _build_address_row(self) -> None:
        """"Replying to @author" and a check box per other person the post named."""
        self.address_row = QScrollArea(self)  # many names scroll sideways, never widen the pane
        self.address_row.setFrameShape(QFrame.Shape.NoFrame)
        self.address_row.setWidgetResizable(True)
        self.address_row.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.address_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        inner = QWidget(self.address_row)
        self._address_layout = QHBoxLayout(inner)
        self._address_layout.setContentsMargins(0, 0, 0, 0)
        self.address_label = QLabel(inner)
        self.address_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_label.setToolTip(self.tr(
            "Mastodon notifies only the people a reply names: their @handles go in front of "
            "your text when it is sent (not twice if you typed them)."))
        self._address_layout.addWidget(self.address_label)
        self._address_layout.addStretch(1)
        self.address_row.setWidget(inner)
        self.address_row.hide()

    def _show_addressees(self, detail: MentionDetail) -> None:
        self._handles = reply_rules.addressees(detail.platform, detail.author_handle,
                                               detail.mentioned, detail.account_handle)
        for box in self._others:
            self._address_layout.removeWidget(box)
            box.deleteLater()
        self._others = []
        if not self._handles:
            self.address_row.hide()
            return
        self.address_label.setText(self.tr("Replying to @{0}").format(self._handles[0]))
        for n, handle in enumerate(self._handles[1:], start=1):
            box = QCheckBox("@" + handle, self.address_row.widget())
            box.setChecked(True)  # kept unless the user drops them, as Mastodon clients do
            box.setToolTip(self.tr("Untick to leave @{0} out of the reply").format(handle))
            box.toggled.connect(lambda _on: self._update_counter())
            self._address_layout.insertWidget(n, box)
            self._others.append(box)
        height = self.address_label.sizeHint().height()
        if self._others:
            height = max(height, self._others[0].sizeHint().height())
        self.address_row.setFixedHeight(
            height + self.address_row.horizontalScrollBar().sizeHint().height())
        self.address_row.show()

    def dropped(self) -> list[str]:
        """The others the user unticked (the author is always addressed)."""
        return [h for h, box in zip(self._handles[1:], self._others, strict=True)
                if not box.isChecked()]

    def addressed_text(self) -> str:
        """The reply as it will be sent: the kept handles in front (unless typed)."""
        text = self.composer.toPlainText()
        if self._editing_failed is not None or self.detail is None:
            return text  # a failed reply was addressed when it was first queued
        dropped = set(self.dropped())
        return reply_rules.address(text, [h for h in self._handles if h not in dropped],
                                   self.detail.account_handle)

    # --- showing --------------------------------------------------------------------------------

    def show_loading(self) -> None:
        """Another mention is being read: what is on screen can no longer be replied to."""
        for w in (self.composer, self.send_button, self.saved_combo):
            w.setEnabled(False)
        self._loading_timer.start()

    def _show_loading_text(self) -> None:
        self.pages.setCurrentIndex(1)
        self.detail_author.setText(self.tr("Loading the message…"))
        for label in (self.detail_meta, self.card_label, self.thread_status):
            label.clear()
        self.detail_text.clear()
        self.more_button.hide()
        self.thread_view.clear()

    def show_read_error(self, message: str) -> None:
        """The mention could not be read from the database: say so and how to retry."""
        self._loading_timer.stop()
        self._show_loading_text()
        self.detail_author.setText(self.tr("This message could not be read"))
        self.detail_meta.setText(self.tr("{reason} Select it again to retry; if it keeps "
                                         "failing, restart mbdesk.").format(reason=message))

    def show_mention(self, detail: MentionDetail | None, card: AuthorCard | None = None,
                     shop_name: str = "") -> None:
        self._loading_timer.stop()
        changed = detail is None or self.detail is None or detail.id != self.detail.id
        self.detail = detail
        for w in (self.composer, self.send_button, self.saved_combo):
            w.setEnabled(detail is not None)
        self.pages.setCurrentIndex(0 if detail is None else 1)
        if detail is None:
            self.detail_author.setText(self.tr("No mention selected"))
            for label in (self.detail_meta, self.card_label, self.thread_status):
                label.clear()
            self.detail_text.clear()
            self.more_button.hide()
            self.thread_view.clear()
            self.composer.clear()
            self._update_counter()
            return
        # isolated: a right-to-left override in a name cannot reverse what follows it
        author = isolate(detail.author_name or detail.author_handle) or self.tr(
            "(unknown author)")
        if detail.author_name and detail.author_handle:
            author += f"  @{isolate(detail.author_handle.lstrip('@'))}"
        self.detail_author.setText(author)
        # short format: the long one names the system zone, not the chosen one (localtime.py)
        when = format_local(detail.created_at, user_zone())
        if detail.stream == Stream.WATCH:
            stream = self.tr("keyword watch “{0}”").format(detail.watch_query) \
                if detail.watch_query else self.tr("keyword watch")
        else:
            stream = self.tr("mention")
        meta = self.tr("To {account} · {when} · {stream} · {state}").format(
            account=detail.account_name, when=when, stream=stream,
            state=mention_state_label(detail.state))
        if detail.negative:
            meta += " · " + self.tr("negative (crisis watch)")
        self.detail_meta.setText(meta)
        self.card_label.setText(self.card_text(card))
        if changed:
            self._shown_chars = DISPLAY_CHARS
        self._show_text()
        self._values = {
            "author": detail.author_name or detail.author_handle.split("@")[0],
            "handle": "@" + detail.author_handle.lstrip("@") if detail.author_handle else "",
            "shop": shop_name or detail.account_name,
            "account": detail.account_name,
        }
        if changed:
            self._editing_failed = None
            self.cancel_edit_button.hide()
            self.composer.clear()
            self._show_addressees(detail)
        self._update_counter()

    def _show_text(self) -> None:
        """Build the view of the first ``_shown_chars`` characters only (see DISPLAY_CHARS)."""
        detail = self.detail
        if detail is None:
            return
        self.detail_text.setHtml(mention_html(detail.text_html, detail.text_plain,
                                              self._shown_chars))
        total = shown_length(detail)
        self.more_button.setVisible(total > self._shown_chars)
        self.more_button.setText(self.tr("Show more ({0} of {1} characters shown)").format(
            QLocale().toString(self._shown_chars), QLocale().toString(total)))  # 20.000 in es

    def show_more(self) -> None:
        """The next part of a very long mention (each step builds at most DISPLAY_CHARS more)."""
        self._shown_chars += DISPLAY_CHARS
        self._show_text()

    def card_text(self, card: AuthorCard | None) -> str:
        if card is None:
            return ""
        parts = [self.tr("%n follower(s)", "", card.followers_count),
                 self.tr("%n mention(s) from them", "", card.mention_count)]
        if card.tags:
            parts.append(self.tr("Tags: {0}").format(
                join_list(tag_label(name, kind) for name, kind, _ in card.tags)))
        text = " · ".join(parts)
        if card.notes:
            text += "\n" + self.tr("Notes: {0}").format(" / ".join(
                " ".join(n.split())[:120] for n in card.notes))
        return text

    def set_limits(self, max_characters: int | None) -> None:
        self._max_characters = max_characters
        self._update_counter()

    def set_saved_replies(self, saved: list[dict]) -> None:
        self._saved = [s for s in saved if isinstance(s, dict) and s.get("body")]
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Insert a saved reply… (Alt+1–9)"), None)
        for n, item in enumerate(self._saved, start=1):
            title = item.get("title") or item["body"][:30]
            self.saved_combo.addItem(f"{n}. {title}" if n < 10 else title, n - 1)

    def show_thread(self, posts: list[CachedPost], replies: list[ReplyRow],
                    earlier: list[ReplyRow], status: str) -> None:
        """The thread (cached posts), our replies to this mention, earlier replies to the author."""
        self.thread_status.setText(status)
        zone = user_zone()
        anchor = self.detail.status_remote_id if self.detail else ""
        chunks: list[str] = []
        for post in posts:
            who = escape(isolate(post.author_name or post.author_handle))
            head = f"<b>{who}</b> @{escape(isolate(post.author_handle))} · " \
                   f"{escape(format_local(post.created_at, zone))}"
            body = mention_html(post.text_html, post.text_plain)
            mark = " ▶" if post.remote_id == anchor else ""
            chunks.append(f"<p>{head}{mark}</p>{body}<hr>")
        if replies:
            chunks.append("<h4>" + escape(self.tr("Your replies")) + "</h4>")
            for r in replies:
                chunks.append(self._reply_html(r, zone))
        if earlier:
            chunks.append("<h4>" + escape(self.tr("Earlier replies to this person")) + "</h4>")
            for r in earlier:
                chunks.append(self._reply_html(r, zone, actions=False))
        if not chunks:
            chunks.append("<p><i>" + escape(self.tr("No thread saved yet.")) + "</i></p>")
        self.thread_view.setHtml("".join(chunks))

    def _reply_html(self, r: ReplyRow, zone, actions: bool = True) -> str:
        state = self.reply_state_text(r)
        when = format_local(r.sent_at or r.created_at, zone)
        html = (f"<p><b>[{escape(state)}]</b> {escape(when)}<br>{plain_to_html(r.body)}")
        if r.state == OutboxState.FAILED:
            html += "<br>" + escape(self.tr("Reason: {0}").format(shown(r.last_error) or "?"))
            if actions:
                label = self.tr("Edit and retry")
                html += f' <a href="mbdesk:retry/{r.id}">{escape(label)}</a>'
        return html + "</p>"

    def reply_state_text(self, r: ReplyRow) -> str:
        return {
            OutboxState.QUEUED: self.tr("queued"),
            OutboxState.SENDING: self.tr("sending"),
            OutboxState.SENT: self.tr("sent"),
            OutboxState.FAILED: self.tr("failed"),
            OutboxState.UNKNOWN: self.tr("checking"),
            OutboxState.HELD: self.tr("held"),
            OutboxState.ON_SERVER: self.tr("scheduled on the server"),
        }.get(r.state, r.state)

    # --- composing ------------------------------------------------------------------------------

    def _update_counter(self) -> None:
        if self.detail is None:
            self.counter.clear()
            return
        used, limit = count_reply(self.detail.platform, self.addressed_text(),
                                  self._max_characters)
        self.counter.setText(f"{used} / {limit}")
        over = used > limit
        self.counter.setForegroundRole(QPalette.ColorRole.Highlight if over
                                       else QPalette.ColorRole.WindowText)
        self.counter.setToolTip(self.tr("Too long for this server") if over else "")
        self.send_button.setEnabled(not over and bool(self.composer.toPlainText().strip()))

    def _insert_saved_at(self, combo_index: int) -> None:
        index = self.saved_combo.itemData(combo_index)
        if index is not None:
            self.insert_saved(index)
        self.saved_combo.setCurrentIndex(0)

    def insert_saved(self, index: int) -> None:
        """Insert saved reply ``index`` at the cursor, placeholders filled in."""
        if self.detail is None or not 0 <= index < len(self._saved):
            return
        self.composer.insertPlainText(reply_rules.fill(self._saved[index]["body"], self._values))
        self.composer.setFocus()

    def send(self) -> None:
        text = self.composer.toPlainText().strip()
        if self.detail is None or not self.send_button.isEnabled() or not text:
            return
        if self._editing_failed is not None:
            self.retry_requested.emit(self._editing_failed, text)
        else:
            self.reply_requested.emit(text)

    def reply_taken(self) -> None:
        """The reply is in the outbox: empty the box (kept as typed when queuing failed)."""
        self._editing_failed = None
        self.cancel_edit_button.hide()
        self.address_row.setVisible(bool(self._handles))
        self.composer.clear()

    def edit_failed(self, item_id: int, body: str) -> None:
        """Load a failed reply into the composer; sending retries it with the new text."""
        self._editing_failed = item_id
        self.address_row.hide()  # the failed text carries its handles already
        self.composer.setPlainText(body)
        self.cancel_edit_button.show()
        self.composer.setFocus()

    def cancel_edit(self) -> None:
        self._editing_failed = None
        self.cancel_edit_button.hide()
        self.address_row.setVisible(bool(self._handles))
        self.composer.clear()

    def _on_action(self, path: str) -> None:
        kind, _, ident = path.partition("/")
        if kind == "retry" and ident.isdigit():
            self.retry_clicked(int(ident))

    def retry_clicked(self, item_id: int) -> None:
        """Overridden by the view (it knows the reply's text)."""

