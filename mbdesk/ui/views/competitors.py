"""Analytics → Competitors: rivals watched through the owner's accounts (competitor watch).

Left, the rivals with their latest follower count and state, and a row to add one (the account
to read through, which fixes the platform, and the handle) or remove the selected one. Right,
for the selected rival over the Analytics range (the range buttons and the account filter above
the tabs apply here too: one account shows only the rivals read through it): its follower
curve beside the owner's account it is read through, both indexed to 100 on the first common
day (a shop with 800 followers and a rival with 40,000 share no axis in raw numbers); when it
posts, per weekday and per hour in the owner's time zone; and its best-engaging posts.

Mounted by ``AnalyticsView`` with one line (:func:`mount`). Everything that reads the store or
the network runs on a worker (``services.background``); only plain values come back.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain import rivals as figures
from mbdesk.services.background import run_in_background
from mbdesk.store import rivals as store
from mbdesk.store.models import Account, utcnow
from mbdesk.ui.date_axis import LocalDateAxis, LocaleNumberAxis
from mbdesk.ui.localtime import format_local, ui_locale, user_zone
from mbdesk.ui.models.accounts import platform_name
from mbdesk.ui.safe_text import isolate, plain_tooltip
from mbdesk.ui.stored_text import shown

DAYS = 90
RIVAL_COLOR = "#dc2626"
OWN_COLOR = "#2563eb"
WATCHABLE = ("mastodon", "bluesky", "x")


def mount(view: Any) -> CompetitorsPanel:
    """Add the Competitors tab to the Analytics screen (loads when first shown; follows the
    screen's range and account filter, reloading when they change while it is on screen)."""
    from mbdesk.store.queries.analytics import range_start

    panel = CompetitorsPanel(view.ctx, view.tabs,
                             filters=lambda: (range_start(view.range_key), view.account_id))
    view.competitors = panel
    view.tabs.addTab(panel, QCoreApplication.translate("CompetitorsPanel", "Competitors"))
    view.tabs.currentChanged.connect(
        lambda _i: panel.refresh() if view.tabs.currentWidget() is panel else None)
    view.filters_changed.connect(
        lambda: panel.refresh() if view.tabs.currentWidget() is panel else None)
    return panel


def _day_x(day: date) -> float:
    return (day - date(1970, 1, 1)).total_seconds()


def fetch(rival_id: int | None, zone, since: date | None = None,
          account_id: int | None = None) -> dict[str, Any]:
    """Everything the panel shows (on a worker): figures from ``since`` (None: all stored),
    rivals read through ``account_id`` only (None: all)."""
    rows = [r for r in store.list_rivals() if account_id is None or r.account_id == account_id]
    accounts = [(a.id, a.handle, a.platform, a.instance_url.startswith("sandbox://"))
                for a in Account.select().order_by(Account.platform, Account.handle)]
    out: dict[str, Any] = {"rows": rows, "accounts": accounts}
    if rival_id is None and rows:
        rival_id = rows[0].id
    row = next((r for r in rows if r.id == rival_id), None)
    if row is not None:
        first = since or date(1970, 1, 1)
        start = datetime.combine(first, time())
        out.update(
            selected=row.id, rhythm=store.rhythm(row.id, zone, start),
            best=store.best_posts(row.id, start, 8),
            rival_series=store.follower_series(row.id, first),
            own_series=store.own_series(row.account_id, first))
    return out


def default_filters() -> tuple[date | None, int | None]:
    """The panel alone (not in Analytics): the last 90 days, every account."""
    return utcnow().date() - timedelta(days=DAYS), None


class CompetitorsPanel(QWidget):
    """Public for tests: ``rival_list``, ``account_combo``, ``handle_edit``, ``add_button``,
    ``remove_button``, ``message``, ``header``, ``follower_plot`` (``rival_curve``,
    ``own_curve``), ``weekday_bars``, ``hour_bars``, ``rhythm_label``, ``best_table``;
    ``loaded`` fires when figures are drawn, ``added`` with the outcome of an add."""

    loaded = Signal()
    added = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None, *,
                 filters: Callable[[], tuple[date | None, int | None]] = default_filters
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters = filters  # the Analytics range start and account filter, read at refresh
        self.setObjectName("competitors")
        self.selected: int | None = None
        self._accounts: list[tuple[int, str, str, bool]] = []
        self._urls: list[str] = []
        self._loading = False
        self._built = False  # built on the first refresh: opening Analytics skips its 3 plots

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Competitors you watch"), left))
        self.rival_list = QListWidget(left)
        self.rival_list.setObjectName("competitors-list")
        self.rival_list.setWordWrap(True)
        self.rival_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.rival_list.setSpacing(2)
        self.rival_list.currentItemChanged.connect(self._on_selected)
        left_layout.addWidget(self.rival_list, 1)
        self.empty_label = QLabel(self.tr(
            "No competitors yet. Pick your account on their platform, type their handle and "
            "choose Add."), left)
        self.empty_label.setWordWrap(True)
        left_layout.addWidget(self.empty_label)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Through"), left), 0, 0)
        self.account_combo = QComboBox(left)
        self.account_combo.setObjectName("competitors-account")
        self.account_combo.setToolTip(self.tr("Your account on the competitor's platform: "
                                              "mbdesk reads their public posts through it"))
        self.account_combo.currentIndexChanged.connect(self._on_account_chosen)
        form.addWidget(self.account_combo, 0, 1)
        form.addWidget(QLabel(self.tr("Handle"), left), 1, 0)
        self.handle_edit = QLineEdit(left)
        self.handle_edit.setObjectName("competitors-handle")
        self.handle_edit.returnPressed.connect(self.add_rival)
        form.addWidget(self.handle_edit, 1, 1)
        left_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), left)
        self.add_button.clicked.connect(self.add_rival)
        self.remove_button = QPushButton(self.tr("Remove"), left)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.message = QLabel(left)
        self.message.setObjectName("competitors-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        left_layout.addWidget(self.message)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(right)
        self.header.setObjectName("competitors-header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        right_layout.addWidget(self.header)
        self.follower_plot = self._plot(date_axis=True)
        self.follower_plot.setLabel("left", self.tr("Followers, index (first day = 100)"))
        legend = self.follower_plot.addLegend(offset=(8, 8))
        self.rival_curve = self.follower_plot.plot([], [], pen=pg.mkPen(RIVAL_COLOR, width=2),
                                                   name=self.tr("Competitor"))
        self.own_curve = self.follower_plot.plot([], [], pen=pg.mkPen(OWN_COLOR, width=2),
                                                 name=self.tr("Your account"))
        self.legend = legend
        right_layout.addWidget(self.follower_plot, 3)
        rhythm = QHBoxLayout()
        self.weekday_plot = self._plot(date_axis=False)
        self.weekday_plot.setTitle(self.tr("Posts per weekday"))
        self.weekday_bars = pg.BarGraphItem(x=np.arange(7), height=np.zeros(7), width=0.7,
                                            brush=RIVAL_COLOR)
        self.weekday_plot.addItem(self.weekday_bars)
        self.hour_plot = self._plot(date_axis=False)
        self.hour_plot.setTitle(self.tr("Posts per hour of the day"))
        self.hour_bars = pg.BarGraphItem(x=np.arange(24), height=np.zeros(24), width=0.7,
                                         brush=RIVAL_COLOR)
        self.hour_plot.addItem(self.hour_bars)
        rhythm.addWidget(self.weekday_plot, 1)
        rhythm.addWidget(self.hour_plot, 2)
        right_layout.addLayout(rhythm, 2)
        self.rhythm_label = QLabel(right)
        self.rhythm_label.setWordWrap(True)
        right_layout.addWidget(self.rhythm_label)
        best_label = QLabel(self.tr("Their best-engaging posts in this range"), right)
        best_label.setObjectName("competitors-best-label")
        right_layout.addWidget(best_label)
        self.best_table = QTableWidget(0, 5, right)
        self.best_table.setObjectName("competitors-best")
        self.best_table.setHorizontalHeaderLabels([
            self.tr("Posted"), self.tr("Text"), self.tr("Likes"), self.tr("Reposts"),
            self.tr("Replies")])
        self.best_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.best_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.best_table.verticalHeader().hide()
        header = self.best_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.best_table.setToolTip(self.tr("Double-click a post to open it in the browser"))
        self.best_table.cellDoubleClicked.connect(self._open_post)
        right_layout.addWidget(self.best_table, 3)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._set_weekday_ticks()

    def _plot(self, date_axis: bool) -> pg.PlotWidget:
        axis: dict[str, pg.AxisItem] = {"left": LocaleNumberAxis(orientation="left")}
        axis["bottom"] = (LocalDateAxis(orientation="bottom") if date_axis
                          else LocaleNumberAxis(orientation="bottom"))
        plot = pg.PlotWidget(axisItems=axis)
        palette = self.palette()
        plot.setBackground(palette.color(QPalette.ColorRole.Base))
        pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
        for name in ("left", "bottom"):
            item = plot.getPlotItem().getAxis(name)
            item.setPen(pen)
            item.setTextPen(pen)
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        return plot

    def _set_weekday_ticks(self) -> None:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        self.weekday_plot.getPlotItem().getAxis("bottom").setTicks(
            [list(enumerate(names))])
        self.hour_plot.getPlotItem().getAxis("bottom").setTicks(
            [[(h, f"{h}") for h in range(0, 24, 3)]])

    # --- loading ------------------------------------------------------------------------------

    def refresh(self, background: bool = True) -> None:
        if not self._built:
            self._built = True
            self._build()
        rival_id, zone = self.selected, user_zone()
        since, account_id = self.filters()
        if not background:
            self._apply(fetch(rival_id, zone, since, account_id))
            return
        self._loading = True
        run_in_background(lambda: fetch(rival_id, zone, since, account_id), self._apply,
                          self._failed)

    def _failed(self, message: str) -> None:
        self._loading = False
        self.message.setText(self.tr("The competitors could not be read: {0}").format(message))

    def _apply(self, data: dict[str, Any]) -> None:
        self._loading = False
        self._fill_accounts(data["accounts"])
        filtered = self.account_combo.findData(self.filters()[1])
        if self.filters()[1] is not None and filtered >= 0:
            self.account_combo.setCurrentIndex(filtered)  # add through the account shown
        self._fill_list(data["rows"], data.get("selected"))
        self.remove_button.setEnabled(data.get("selected") is not None)
        row = next((r for r in data["rows"] if r.id == data.get("selected")), None)
        if row is None and self.filters()[1] is not None and data["accounts"]:
            self.header.setText(self.tr("No competitors are read through this account. Choose "
                                        "All accounts above, or add one here."))
            self._clear_figures()
        elif row is None:
            self.header.setText(self.tr("Add a competitor to see their followers, posting "
                                        "rhythm and best posts here."))
            self._clear_figures()
        else:
            self._fill_figures(row, data)
        self.loaded.emit()

    def _fill_accounts(self, accounts: list[tuple[int, str, str, bool]]) -> None:
        if accounts == self._accounts:
            return
        self._accounts = accounts
        current = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for account_id, handle, platform, _demo in accounts:
            self.account_combo.addItem(f"{handle} ({platform_title(platform)})", account_id)
        index = self.account_combo.findData(current)
        self.account_combo.setCurrentIndex(max(0, index))
        self.account_combo.blockSignals(False)
        self._on_account_chosen()

    def _fill_list(self, rows: list[store.RivalRow], selected: int | None) -> None:
        self.rival_list.blockSignals(True)
        self.rival_list.clear()
        for r in rows:
            followers = ("—" if r.followers is None
                         else self.tr("{n} followers").format(n=ui_locale().toString(r.followers)))
            # a remote name: isolated, so right-to-left letters cannot reorder the line
            text = (f"{isolate(r.display_name or r.handle)}\n{platform_title(r.platform)} · "
                    f"{followers}")
            state = state_text(r.state)
            if state:
                text += f"\n⚠ {state}"
            item = QListWidgetItem(text)
            # explicit height: lazily measured rows came out one line high for mixed scripts
            lines = text.count("\n") + 1
            spacing = self.rival_list.fontMetrics().lineSpacing() + 4
            item.setSizeHint(QSize(0, lines * spacing + 8))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(plain_tooltip(shown(r.last_error) or r.handle))
            self.rival_list.addItem(item)
            if r.id == selected:
                self.rival_list.setCurrentItem(item)
        self.rival_list.blockSignals(False)
        self.selected = selected
        # filtered to one account: the header says there are none through it (not "none yet")
        self.empty_label.setVisible(not rows and self.filters()[1] is None)

    def _clear_figures(self) -> None:
        self.rival_curve.setData([], [])
        self.own_curve.setData([], [])
        self.legend.clear()  # not the names of a rival no longer shown
        self.weekday_bars.setOpts(height=np.zeros(7))
        self.hour_bars.setOpts(height=np.zeros(24))
        self.rhythm_label.clear()
        self.best_table.setRowCount(0)

    def _fill_figures(self, row: store.RivalRow, data: dict[str, Any]) -> None:
        zone = user_zone()
        checked = format_local(row.checked_at, zone) if row.checked_at else "—"
        head = self.tr("{name} on {platform}, read through {account} · last checked {when}"
                       ).format(name=isolate(row.display_name or row.handle),
                                platform=platform_title(row.platform), account=row.account,
                                when=checked)
        if row.state != store.State.OK:
            head += "\n⚠ " + state_text(row.state) + (f" — {shown(row.last_error)}"
                                                       if row.last_error else "")
        self.header.setText(head)
        rival, own = data["rival_series"], data["own_series"]
        start = figures.common_start(rival, own)
        for curve, series in ((self.rival_curve, rival), (self.own_curve, own)):
            points = figures.indexed(series, start)
            curve.setData([_day_x(d) for d, _ in points], [v for _, v in points],
                          symbol="o" if len(points) == 1 else None)
        self.legend.clear()
        # pyqtgraph labels render HTML: remote names are escaped so they show as written
        self.legend.addItem(self.rival_curve, html.escape(row.display_name or row.handle))
        self.legend.addItem(self.own_curve, html.escape(row.account))
        self.follower_plot.getPlotItem().enableAutoRange()
        rhythm: figures.Rhythm = data["rhythm"]
        self.weekday_bars.setOpts(height=np.asarray(rhythm.by_weekday, dtype=float))
        self.hour_bars.setOpts(height=np.asarray(rhythm.by_hour, dtype=float))
        self.weekday_plot.getPlotItem().enableAutoRange()
        self.hour_plot.getPlotItem().enableAutoRange()
        if rhythm.total:
            hours = ", ".join(f"{h:02d}:00" for h in rhythm.busiest_hours())
            self.rhythm_label.setText(self.tr(
                "{per_week} posts a week; most often at {hours} (your time zone).").format(
                per_week=f"{rhythm.per_week:.1f}", hours=hours))
        else:
            self.rhythm_label.setText(self.tr("No posts of theirs read in this range."))
        best: list[store.BestPost] = data["best"]
        self.best_table.setRowCount(len(best))
        self._urls = [p.url for p in best]
        for i, p in enumerate(best):
            cells = [format_local(p.published_at, zone), " ".join(p.text.split()),
                     *(ui_locale().toString(n) for n in (p.favourites, p.reposts, p.replies))]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 1:
                    item.setToolTip(p.text)
                self.best_table.setItem(i, col, item)

    # --- actions ------------------------------------------------------------------------------

    def _on_selected(self, item: QListWidgetItem | None, _old=None) -> None:
        if item is None:
            return
        self.selected = item.data(Qt.ItemDataRole.UserRole)
        self.refresh()

    def _chosen_account(self) -> tuple[int, str, str, bool] | None:
        account_id = self.account_combo.currentData()
        return next((a for a in self._accounts if a[0] == account_id), None)

    def _on_account_chosen(self, *_args) -> None:
        account = self._chosen_account()
        allowed = account is not None and account[2] in WATCHABLE and not account[3]
        self.add_button.setEnabled(allowed)
        self.handle_edit.setPlaceholderText({
            "mastodon": self.tr("e.g. bakery or bakery@other.server"),
            "bluesky": self.tr("e.g. bakery.bsky.social"),
            "x": self.tr("e.g. @bakery")}.get(account[2] if account else "", ""))
        if account is None:
            self.message.setText(self.tr("Connect an account first (Accounts)."))
        elif account[2] == "weibo":
            self.message.setText(self.tr(
                "Weibo's API lets ordinary apps read only your own posts; other accounts' "
                "posts and counts are for commercial partners, so Weibo competitors cannot be "
                "watched."))
        elif account[3]:
            self.message.setText(self.tr(
                "The demo workspace's accounts cannot look up other accounts; its competitors "
                "are samples. Connect a real account to watch yours."))
        else:
            self.message.clear()

    def add_rival(self) -> None:
        account = self._chosen_account()
        handle = self.handle_edit.text().strip()
        if account is None or not self.add_button.isEnabled():
            return
        if not handle.lstrip("@"):
            self.message.setText(self.tr("Type the competitor's handle first."))
            return
        from mbdesk.services.rivals import add_rival

        self.add_button.setEnabled(False)
        self.message.setText(self.tr("Looking up {handle}…").format(handle=handle))
        secrets, root = self.ctx.secrets, self.ctx.workspace.root
        run_in_background(
            lambda: add_rival(account[0], handle, secrets=secrets, workspace_root=root),
            lambda outcome: self._added(outcome, handle, account),
            lambda error: self._add_failed(error))

    def _add_failed(self, error: str) -> None:
        self._on_account_chosen()
        self.message.setText(self.tr("Could not add it: {0}").format(error))

    def _added(self, outcome, handle: str, account: tuple[int, str, str, bool]) -> None:
        self._on_account_chosen()
        platform = platform_title(account[2])
        if outcome.ok:
            self.handle_edit.clear()
            self.selected = outcome.rival_id
            if not outcome.created:
                text = self.tr("You already watch {handle}.").format(handle=outcome.handle)
            elif outcome.code == store.State.PRIVATE:
                text = self.tr("Added {handle}. Its posts are not public, so only its follower "
                               "count is watched.").format(handle=outcome.handle)
            else:
                text = self.tr("Added {handle}: its follower count and posts are read at each "
                               "sync (every few hours).").format(handle=outcome.handle)
            self.message.setText(text)
            self.refresh()
        else:
            texts = {
                "not_found": self.tr("No account {handle} was found on {platform}. Check the "
                                     "spelling; on Mastodon add @server for an account on "
                                     "another server."),
                "not_allowed": self.tr("{platform} does not allow reading this account with "
                                       "your access: {reason}"),
                "needs_reauth": self.tr("{account} needs to be authorized again (Accounts); "
                                        "then add the competitor."),
                "rate_limited": self.tr("{platform} asked mbdesk to wait; try again in a few "
                                        "minutes."),
                "too_many": self.tr("You watch the most competitors one account can read "
                                    "(10); remove one first."),
                "no_account": self.tr("That account is no longer in mbdesk."),
            }
            text = texts.get(outcome.code, self.tr(
                "Could not look up {handle} ({reason}). Check the connection and try again."))
            self.message.setText(text.format(handle=handle, platform=platform,
                                             account=account[1], reason=outcome.message))
        self.added.emit(outcome)

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        item = self.rival_list.currentItem()
        name = item.text().split("\n", 1)[0] if item is not None else ""
        answer = QMessageBox.question(
            self, self.tr("Remove competitor"),
            self.tr("Stop watching {name}? Its follower history and stored posts are deleted."
                    ).format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        rival_id = self.selected
        self.selected = None
        run_in_background(lambda: store.remove(rival_id), lambda _ok: self.refresh(),
                          self._failed)

    def _open_post(self, row: int, _col: int) -> None:
        if 0 <= row < len(self._urls) and self._urls[row].startswith("https://"):
            QDesktopServices.openUrl(QUrl(self._urls[row]))


translate = QCoreApplication.translate  # pyside6-lupdate finds calls by this name


def platform_title(platform: str) -> str:
    """The platform's short name, as every other list shows it ("Sandbox" translated)."""
    return platform_name(platform)


def state_text(state: str) -> str:
    texts = {
        store.State.NOT_FOUND: translate("CompetitorsPanel",
                                         "not found any more (renamed or deleted?)"),
        store.State.PRIVATE: translate("CompetitorsPanel", "its posts are not public"),
        store.State.NOT_ALLOWED: translate("CompetitorsPanel",
                                           "the platform does not allow reading it"),
        store.State.ERROR: translate("CompetitorsPanel", "the last check failed"),
    }
    return "" if state == store.State.OK else texts.get(state, state)
