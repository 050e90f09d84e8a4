"""Feeds to drafts: add a shop's RSS/Atom feed, see each feed's last check and the drafts it
made, check now, remove.

Each feed can have default target accounts ("Accounts" menus: for the feed about to be added,
and for the selected one): the drafts it makes come with them ticked.

Adding fetches the feed once on a worker thread (``services.feeds.add_feed``): the title
shows it is the right feed, and a web page, an unreachable host or a too-large answer is
refused with a message that says what to do. Checks run on the feed service's worker
(``services.feed_service``); this dialog only asks and shows.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mbdesk.services.background import run_in_background
from mbdesk.ui.localtime import format_local, user_zone
from mbdesk.ui.stored_text import shown


def problem_text(code: str) -> str:
    """Words for a ``services.feeds.FeedProblem`` code, translated."""
    texts = {
        "bad_url": QCoreApplication.translate(
            "Feeds", "That is not a feed address: it must start with http:// or "
                     "https://."),
        "unreachable": QCoreApplication.translate(
            "Feeds", "The feed's server could not be reached. Check the address and the "
                     "network, then try again."),
        "too_big": QCoreApplication.translate(
            "Feeds", "The feed is larger than 5 MB, so mbdesk did not read it. Use a "
                     "feed of the newest entries only."),
        "not_a_feed": QCoreApplication.translate(
            "Feeds", "That address gives a web page or something else, not an RSS or "
                     "Atom feed. Look on the site for its feed link (often /feed or "
                     "/rss.xml)."),
        "http_error": QCoreApplication.translate(
            "Feeds", "The feed's server refused the request. Check the address."),
        "failed": QCoreApplication.translate(
            "Feeds", "The feed could not be read; mbdesk tries again at the next check."),
        "stopped": QCoreApplication.translate("Feeds", "Stopped before the feed was read."),
        "exists": QCoreApplication.translate("Feeds", "This feed is already in the list."),
    }
    return texts.get(code) or QCoreApplication.translate("Feeds", "The feed could not be read.")


def result_text(code: str) -> str:
    """A feed's last check in a few words."""
    texts = {
        "": QCoreApplication.translate("Feeds", "not checked yet"),
        "ok": QCoreApplication.translate("Feeds", "OK"),
        "not_modified": QCoreApplication.translate("Feeds", "unchanged"),
        "unreachable": QCoreApplication.translate("Feeds", "server not reached"),
        "too_big": QCoreApplication.translate("Feeds", "too large"),
        "not_a_feed": QCoreApplication.translate("Feeds", "not a feed"),
        "http_error": QCoreApplication.translate("Feeds", "refused by the server"),
    }
    return texts.get(code) or QCoreApplication.translate("Feeds", "could not be read")


def _sentence_gap(text: str) -> str:
    """No space after a full-width full stop (Chinese), one after any other."""
    return "" if text.endswith(("。", "！", "？")) else " "


def _add(text: str, stop, account_ids: tuple[int, ...] = ()) -> tuple:
    """Worker thread: ("ok", Added) | ("problem", code, detail)."""
    from mbdesk.services.feeds import FeedProblem, add_feed

    try:
        return ("ok", add_feed(text, stop, account_ids))
    except FeedProblem as exc:
        return ("problem", exc.code, exc.detail)


def _list() -> tuple[list, list[tuple[int, str]]]:
    """Worker thread: the feeds, and every account as (id, handle) for the pickers."""
    from mbdesk.store.feeds import list_feeds
    from mbdesk.store.models import Account

    accounts = [(a.id, a.handle) for a in Account.select(Account.id, Account.handle)
                .order_by(Account.platform, Account.handle)]
    return list_feeds(), accounts


def _set_accounts(feed_id: int, account_ids: tuple[int, ...]) -> None:
    from mbdesk.store.feeds import set_feed_accounts

    set_feed_accounts(feed_id, account_ids)


class FeedsDialog(QDialog):
    """``service``: the window's ``FeedService`` (checks and their stop event)."""

    COLUMNS = 4

    def __init__(self, service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feeds-dialog")
        self.service = service
        self.setWindowTitle(self.tr("Feeds to drafts"))
        self.resize(720, 440)
        self._zone = user_zone()
        self._feeds: list = []
        self._accounts: list[tuple[int, str]] = []
        self._new_accounts: set[int] = set()  # ticked for the feed about to be added
        intro = QLabel(self.tr("New entries of a shop's product or blog feed (RSS or Atom) "
                               "become drafts, each entry once. Feeds are checked every hour "
                               "while mbdesk is open."), self)
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("feed-url")
        self.url_edit.setPlaceholderText(self.tr("Feed address, e.g. https://shop.example/feed"))
        self.url_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add feed"), self)
        self.add_button.setObjectName("feed-add")
        self.add_button.clicked.connect(self.add)
        self.new_accounts_button = self._accounts_button(
            "feed-new-accounts", self.tr("Accounts ticked on the drafts of the feed you add"),
            lambda: self._new_accounts, self._toggle_new_account)
        self.accounts_button = self._accounts_button(
            "feed-accounts", self.tr("Accounts ticked on the drafts of the selected feed"),
            self._selected_accounts, self._toggle_feed_account)
        self.message = QLabel(self)
        self.message.setObjectName("feed-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("feed-table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Feed"), self.tr("Last check"), self.tr("Drafts made"),
             self.tr("Accounts")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 170)  # long handles elide; the tooltip lists them all
        self.table.setWordWrap(False)  # one line per feed (a wrapped cell was cut in half)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.check_button = QPushButton(self.tr("Check now"), self)
        self.check_button.setObjectName("feed-check")
        self.check_button.clicked.connect(self.check_now)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("feed-remove")
        self.remove_button.clicked.connect(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        add_row = QHBoxLayout()
        add_row.addWidget(self.url_edit, 1)
        add_row.addWidget(self.new_accounts_button)
        add_row.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.accounts_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        service.busy_changed.connect(self._on_busy)
        service.checked.connect(self._on_checked)
        self._on_busy(service.busy)
        self._on_selection()
        self.reload()

    # -- list --------------------------------------------------------------------------------
    def reload(self) -> None:
        run_in_background(_list, self._show, self._show_error)

    def _show(self, listed: tuple[list, list[tuple[int, str]]]) -> None:
        if not shiboken6.isValid(self):
            return
        feeds, self._accounts = listed
        handles = dict(self._accounts)
        self._new_accounts &= set(handles)
        selected = self.selected_id()
        self._feeds = feeds
        self.table.setRowCount(len(feeds))
        for row, feed in enumerate(feeds):
            name = QTableWidgetItem(feed.title or feed.url)
            name.setToolTip(feed.url)
            name.setData(Qt.ItemDataRole.UserRole, feed.id)
            when = format_local(feed.checked_at, self._zone) if feed.checked_at else ""
            result = result_text(feed.last_result)
            check = QTableWidgetItem(f"{when} · {result}" if when else result)
            if feed.last_result not in ("", "ok", "not_modified"):
                check.setForeground(Qt.GlobalColor.darkRed)
                check.setToolTip(problem_text(feed.last_result)
                                 + (f"\n({shown(feed.last_error)})" if feed.last_error else ""))
            made = QTableWidgetItem(str(feed.drafts_made))
            made.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            names = [handles[i] for i in feed.account_ids if i in handles]
            targets = QTableWidgetItem(", ".join(names) if names else self.tr("none"))
            targets.setToolTip("\n".join(names) + "\n\n" + self.tr(
                "Ticked on the drafts this feed makes; change it with Accounts below")
                               if names else
                               self.tr("No account is ticked on this feed's drafts: tick "
                                       "them in each draft, or choose Accounts below"))
            for column, item in enumerate((name, check, made, targets)):
                self.table.setItem(row, column, item)
            if feed.id == selected:
                self.table.selectRow(row)
        if not feeds:
            self._say(self.tr("No feeds yet: paste a feed address above."))
        self._on_selection()

    def _show_error(self, message: str) -> None:
        if shiboken6.isValid(self):
            self._say(message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        """A line under the address: red for a problem, plain otherwise."""
        self.message.setStyleSheet("color:#b91c1c;" if error else "")
        self.message.setText(text)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_selection(self) -> None:
        self.remove_button.setEnabled(self.selected_id() is not None)
        self.accounts_button.setEnabled(self.selected_id() is not None and bool(self._accounts))
        self.new_accounts_button.setEnabled(bool(self._accounts))
        count = len(self._new_accounts)
        self.new_accounts_button.setText(
            self.tr("Accounts ({n})").format(n=count) if count else self.tr("Accounts"))

    # -- default target accounts -------------------------------------------------------------
    def _accounts_button(self, name: str, tip: str, ticked, toggle) -> QToolButton:
        """A button whose menu lists every account, ``ticked()`` checked; choosing one calls
        ``toggle(account_id, checked)`` (the menu is built when opened, from the last list)."""
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(self.tr("Accounts"))
        button.setToolTip(tip)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)

        def fill() -> None:
            menu.clear()
            chosen = ticked()
            for account_id, handle in self._accounts:
                action = menu.addAction(handle)
                action.setCheckable(True)
                action.setChecked(account_id in chosen)
                action.toggled.connect(lambda on, a=account_id: toggle(a, on))

        menu.aboutToShow.connect(fill)
        button.setMenu(menu)
        return button

    def _toggle_new_account(self, account_id: int, on: bool) -> None:
        (self._new_accounts.add if on else self._new_accounts.discard)(account_id)
        self._on_selection()

    def _selected_accounts(self) -> set[int]:
        feed = next((f for f in self._feeds if f.id == self.selected_id()), None)
        return set(feed.account_ids) if feed is not None else set()

    def _toggle_feed_account(self, account_id: int, on: bool) -> None:
        feed_id = self.selected_id()
        if feed_id is None:
            return
        chosen = self._selected_accounts()
        (chosen.add if on else chosen.discard)(account_id)
        ordered = tuple(a for a, _h in self._accounts if a in chosen)
        run_in_background(lambda: _set_accounts(feed_id, ordered), lambda _r: self.reload(),
                          self._show_error)

    # -- add ---------------------------------------------------------------------------------
    def add(self) -> None:
        from mbdesk.services.feeds import FeedProblem, normalize_url

        text = self.url_edit.text().strip()
        if not text:
            return
        try:
            normalize_url(text)
        except FeedProblem as exc:
            self._say(problem_text(exc.code), error=True)
            return
        self.add_button.setEnabled(False)
        self.url_edit.setEnabled(False)
        self._say(self.tr("Reading the feed…"))
        stop = self.service.stop_event
        accounts = tuple(a for a, _h in self._accounts if a in self._new_accounts)
        run_in_background(lambda: _add(text, stop, accounts), self._added, self._add_failed)

    def _added(self, result: tuple) -> None:
        if not shiboken6.isValid(self):
            return
        self.add_button.setEnabled(True)
        self.url_edit.setEnabled(True)
        if result[0] == "problem":
            self._say(problem_text(result[1]), error=True)
            self.url_edit.setFocus()
            return
        added = result[1]
        self.url_edit.clear()
        text = self.tr("Added “{title}”: %n draft(s) made from its newest entries.", "",
                       added.new_drafts).format(title=added.title or self.tr("(untitled)"))
        if added.remembered:
            text += _sentence_gap(text) + self.tr(
                "%n older entries are remembered without a draft.", "", added.remembered)
        self._say(text)
        self.reload()
        if added.new_drafts:
            self.service.drafts_added.emit(added.new_drafts)

    def _add_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.add_button.setEnabled(True)
            self.url_edit.setEnabled(True)
            self._say(message, error=True)

    # -- check and remove --------------------------------------------------------------------
    def check_now(self) -> None:
        self._say(self.tr("Checking the feeds…"))
        self.service.check_now()

    def _on_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)

    def _on_checked(self, outcomes: list) -> None:
        if not shiboken6.isValid(self):
            return
        made = sum(o.new_drafts for o in outcomes)
        failed = sum(1 for o in outcomes if o.result not in ("ok", "not_modified"))
        text = self.tr("Checked: %n new draft(s).", "", made)
        if failed:
            text += _sentence_gap(text) + self.tr(
                "%n feed(s) could not be read; see Last check.", "", failed)
        self._say(text)
        self.reload()

    def remove(self) -> None:
        feed_id = self.selected_id()
        feed = next((f for f in self._feeds if f.id == feed_id), None)
        if feed is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove feed"),
            self.tr("Remove “{title}”? The drafts it made stay. Its entries are forgotten: "
                    "adding it again makes drafts of its newest entries again.").format(
                title=feed.title or feed.url))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from mbdesk.store.feeds import remove_feed

        run_in_background(lambda: remove_feed(feed.id), lambda _r: self._removed(),
                          self._show_error)

    def _removed(self) -> None:
        if shiboken6.isValid(self):
            self._say(self.tr("Feed removed; its drafts stay."))
            self.reload()
