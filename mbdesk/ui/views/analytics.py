"""Growth at a glance: followers, new and lost, engagement per post, best time, response time.

This is the only main screen that imports pyqtgraph, and it is imported only when first opened,
so start-up never pays for it. PySide6 is imported (and named to pyqtgraph) before pyqtgraph.

Every plot item (curves, bars, the heat map image, the crosshair) is created once and updated
with ``setData``/``setOpts``/``setImage``, never re-added (no scene churn). Only the tab on
screen is built at first and reloaded; the others when they are opened. Figures are read on a
worker thread (``fetch_tab``) and drawn when they arrive, so opening never waits for SQLite;
``mbdesk.ui.plot_prewarm`` imports this module in idle time after the window painted.

One account filter applies to every tab and is remembered while the app runs (``_REMEMBERED``).
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtWidgets  # noqa: F401 - Qt binding first, then pyqtgraph

# isort: split
import html
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mbdesk.domain import analytics as domain
from mbdesk.domain import csv_safe
from mbdesk.domain.analytics import ClickState
from mbdesk.services.background import run_in_background
from mbdesk.services.context import AppContext
from mbdesk.store.queries import analytics as queries
from mbdesk.store.queries.analytics import AccountSummary, FollowerSeries, PostEngagement
from mbdesk.ui.date_axis import LocalDateAxis, LocaleNumberAxis
from mbdesk.ui.i18n import join_list
from mbdesk.ui.localtime import format_date, format_local, user_zone
from mbdesk.ui.models.drafts import category_label
from mbdesk.ui.views.base import View
from mbdesk.ui.views.competitors import mount as mount_competitors

DEFAULT_RANGE = "90d"
TABS = ("growth", "engagement", "best_time", "summary")
DAY = 86400.0
WEEKLY_AFTER_DAYS = 180  # longer spans show new/lost bars per week
NEW_COLOR = "#16a34a"
LOST_COLOR = "#dc2626"
METRIC_COLORS = {"replies": "#2563eb", "reposts": "#16a34a", "favourites": "#f59e0b"}
SCALES = ("followers", "indexed")
# What the owner chose while the app runs: the account filter and the growth scale.
_REMEMBERED: dict[str, Any] = {"account": None, "scale": None}


def fetch_tab(tab: str, since: date | None, account_id: int | None,
              zone: tzinfo) -> dict[str, Any]:
    """Everything one tab shows, read from the store (runs on a worker thread; plain values)."""
    if tab == "growth":
        series = queries.follower_series(since, account_id)
        new_lost = queries.new_lost_by_day(account_id, since)
        latest = max([*new_lost[0], *new_lost[1]], default=None)
        return {"series": series, "new_lost": new_lost,
                "arrays": {s.account.id: series_arrays(s) for s in series},
                "changes": (latest, queries.changes_on(latest, account_id, limit=300)
                            if latest else []),
                "summaries": queries.summaries(since, account_id=account_id)}
    if tab == "engagement":
        posts = queries.post_engagement(since, account_id)
        return {"posts": posts, "per_day": engagement_per_day(posts, zone),
                "categories": domain.per_category((p.category, p.total) for p in posts)}
    if tab == "best_time":
        posts = queries.post_engagement(since, account_id)
        return {"grid": domain.engagement_grid(((p.published_at, p.total) for p in posts), zone)}
    if tab == "summary":
        return {"waits_7": queries.reply_waits(7, account_id=account_id),
                "waits_30": queries.reply_waits(30, account_id=account_id),
                "reach": queries.reach_summary(since, account_id)}
    return {}


def engagement_per_day(posts: list[PostEngagement], zone: tzinfo) -> dict[date, list[int]]:
    """Replies, reposts and favourites summed per local day of publishing."""
    per_day: dict[date, list[int]] = {}
    for post in posts:
        day = post.published_at.replace(tzinfo=UTC).astimezone(zone).date()
        sums = per_day.setdefault(day, [0, 0, 0])
        sums[0] += post.replies
        sums[1] += post.reposts
        sums[2] += post.favourites
    return per_day


def color_icon(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def one_point_symbol(n: int) -> str | None:
    """A lone day is drawn as a dot: a line needs two points, so one would draw nothing."""
    return "o" if n == 1 else None


def padded(lo: float, hi: float) -> tuple[float, float]:
    """A range that is never empty (one day, or a flat line, still gets some height)."""
    if hi > lo:
        return lo, hi
    pad = max(1.0, abs(lo) * 0.05)
    return lo - pad, hi + pad


def day_x(day: date) -> float:
    """A day as the UTC epoch seconds of its noon (what ``DateAxisItem`` reads)."""
    return datetime.combine(day, time(12), tzinfo=UTC).timestamp()


def x_day(x: float) -> date:
    return datetime.fromtimestamp(x, UTC).date()


def bar_arrays(counts: dict[date, int], weekly: bool) -> tuple[np.ndarray, np.ndarray]:
    """Bar centres (epoch seconds) and heights, per day or summed per Monday-to-Sunday week."""
    if weekly:
        weeks: dict[date, int] = {}
        for day, n in counts.items():
            monday = day - timedelta(days=day.weekday())
            weeks[monday] = weeks.get(monday, 0) + n
        keys = sorted(weeks)
        x = [day_x(k) + 3 * DAY for k in keys]  # Thursday noon: the middle of the week
        return np.array(x, dtype=float), np.array([weeks[k] for k in keys], dtype=float)
    keys = sorted(counts)
    return (np.array([day_x(k) for k in keys], dtype=float),
            np.array([counts[k] for k in keys], dtype=float))


def series_arrays(series: FollowerSeries) -> tuple[np.ndarray, np.ndarray]:
    """Days as UTC epoch seconds and follower counts."""
    x = np.fromiter((day_x(d) for d in series.days), dtype=float, count=len(series.days))
    return x, np.asarray(series.followers, dtype=float)


def format_day(day: date) -> str:
    """A date as the UI locale writes it ("Wed, Dec 2, 2026"; never the C locale's
    "4 12 2026", nor the ambiguous "12/2/26")."""
    return format_date(day, "medium")


def weekday_names() -> list[str]:
    locale = QLocale()
    return [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]


def format_minutes(minutes: float | None) -> str:
    if minutes is None:
        return "—"
    if minutes < 60:
        return QCoreApplication.translate("Analytics", "{0} min").format(round(minutes))
    hours, rest = divmod(round(minutes), 60)
    return QCoreApplication.translate("Analytics", "{0} h {1:02d} min").format(
        QLocale().toString(hours), rest)


def plain_plot(date_axis: bool = True) -> pg.PlotWidget:
    """A chart with the locale's axes (dates or numbers along the bottom), not yet styled."""
    axis: dict[str, pg.AxisItem] = {"left": LocaleNumberAxis(orientation="left")}
    axis["bottom"] = (LocalDateAxis(orientation="bottom") if date_axis
                      else LocaleNumberAxis(orientation="bottom"))
    # No right-click menu: pyqtgraph's is English-only and technical (the range buttons and
    # Save as PNG do what a shop needs), and skipping it makes each plot quicker to build.
    return pg.PlotWidget(axisItems=axis, enableMenu=False)


# Date charts made ahead, each in an idle step of its own (``plot_prewarm.warm``): building the
# screen then takes ~10 ms instead of ~40 ms in one step. The growth tab takes two.
_SPARE_PLOTS: list[pg.PlotWidget] = []
SPARE_PLOTS = 2


def make_spare_plot() -> None:
    """Make one date chart for the next screen built (up to ``SPARE_PLOTS`` wait)."""
    if len(_SPARE_PLOTS) < SPARE_PLOTS:
        _SPARE_PLOTS.append(plain_plot())


class AfterPaint(QObject):
    """Runs work after the paints already asked for: its event is posted at the low priority
    Qt posts a window's paint request (UpdateRequest) with, and posted events of one priority
    are delivered in order. A screen with no paint pending runs the work at once."""

    EVENT = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: list[Callable[[], None]] = []

    def later(self, work: Callable[[], None]) -> None:
        self._work.append(work)
        QCoreApplication.postEvent(self, QEvent(self.EVENT),
                                   Qt.EventPriority.LowEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() == self.EVENT:
            work, self._work = self._work, []
            for item in work:
                item()
            return True
        return super().event(event)


class SummaryTile(QFrame):
    """One account's numbers: followers now and their change, 30-day activity."""

    def __init__(self, summary: AccountSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = summary.account
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"tile-{summary.account.id}")
        chip = QLabel(self)
        chip.setFixedSize(12, 12)
        chip.setAutoFillBackground(True)
        palette = chip.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(summary.account.color))
        chip.setPalette(palette)
        name = QLabel(summary.account.name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        top = QHBoxLayout()
        top.addWidget(chip)
        top.addWidget(name, 1)

        self.followers = QLabel(self)
        big = self.followers.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.followers.setFont(big)
        self.change = QLabel(self)
        self.activity = QLabel(self)
        self.set_summary(summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.followers)
        layout.addWidget(self.change)
        layout.addWidget(self.activity)

    def set_summary(self, summary: AccountSummary) -> None:
        """Show new figures of the same account (tiles are kept across reloads)."""
        locale = QLocale()
        if summary.followers_now is None:
            self.followers.setText("—")
        else:
            self.followers.setText(locale.toString(summary.followers_now))
        change = summary.followers_change
        self.change.setText(
            self.tr("no data in this range") if change is None
            else self.tr("{sign}{n} in this range").format(
                sign="+" if change >= 0 else "−", n=locale.toString(abs(change))))
        median = summary.median_engagement
        self.activity.setText("\n".join((
            self.tr("Mentions (30 days): {0}").format(locale.toString(summary.mentions_30d)),
            self.tr("Posts (30 days): {0}").format(locale.toString(summary.posts_30d)),
            self.tr("Median engagement per post: {0}").format(
                "—" if median is None else locale.toString(median, "f", 1)),
        )))


class EngagementModel(QAbstractTableModel):
    """Our posts with their latest metrics; sort through a proxy on ``SortRole``."""

    SortRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("published", "account", "category", "replies", "reposts", "favourites",
               "clicks", "total", "text")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PostEngagement] = []
        self._zone = UTC

    def set_rows(self, rows: list[PostEngagement]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._zone = user_zone()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Published"), self.tr("Account"), self.tr("Category"), self.tr("Replies"),
            self.tr("Reposts"), self.tr("Favourites"), self.tr("Link clicks"), self.tr("Total"),
            self.tr("Post"),
        )[section]

    def click_text(self, post: PostEngagement) -> str:
        """The action cell: a count, or why there is none."""
        if post.click_state == ClickState.REPORTED and post.clicks is not None:
            return QLocale().toString(post.clicks)
        if post.click_state == ClickState.NOT_REPORTED:
            return self.tr("not reported by this platform")
        if post.click_state == ClickState.ACCESS_LEVEL:
            return self.tr("not available with this app's access level")
        return "—"

    def click_tip(self, post: PostEngagement) -> str:
        if post.click_state == ClickState.NOT_REPORTED:
            return self.tr("This platform does not tell anyone how often the links in a post "
                           "were clicked. Visits from UTM-tagged links show up in the shop's "
                           "own web analytics.")
        if post.click_state == ClickState.ACCESS_LEVEL:
            return self.tr("This X app's access level cannot read post metrics. A higher "
                           "access level in the X developer portal lets mbdesk read link "
                           "clicks.")
        if post.click_state == ClickState.UNAVAILABLE:
            return self.tr("X reports link clicks only for the account's own posts of the "
                           "last 30 days; none were read for this post.")
        return self.tr("Clicks on the links in this post, as the platform reports them.")

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        raw = {
            "published": post.published_at, "account": post.account_name,
            "category": category_label(post.category), "replies": post.replies,
            "reposts": post.reposts, "favourites": post.favourites,
            "clicks": post.clicks if post.click_state == ClickState.REPORTED
            and post.clicks is not None else -1, "total": post.total,
            "text": " ".join(post.text.split()),
        }[column]
        if role == self.SortRole:  # plain numbers and text: the proxy compares those
            return post.published_at.timestamp() if column == "published" else raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "published":
                return format_local(post.published_at, self._zone)
            if column == "clicks":
                return self.click_text(post)
            if isinstance(raw, int):
                return QLocale().toString(raw)
            return raw
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(raw, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return post.text
        if role == Qt.ItemDataRole.ToolTipRole and column == "clicks":
            return self.click_tip(post)
        return None


class AnalyticsView(View):
    """The analytics screen: a range for all tabs, then growth, engagement, best time, summary.

    Public for tests: ``plot``/``curves``/``legend`` (follower growth), ``bars_plot`` with
    ``new_bars``/``lost_bars``, ``crosshair_label``, ``changes_list``, ``engagement_model``/
    ``engagement_table``/``engagement_curves``/``category_bars``, ``heat_image``/``best_label``,
    ``summary_values``, ``range_buttons``, ``account_combo``, ``scale_buttons``, ``tiles``,
    ``tabs``; ``loading`` (tabs whose figures are on their way; ``loaded`` fires per tab);
    ``csv_rows(tab)``, ``export_csv(tab, path)``, ``export_png(tab, path)``; ``ask_save_path``
    (tests replace it).
    """

    key = "analytics"
    loaded = Signal(str)  # a tab's figures arrived and are drawn
    filters_changed = Signal()  # the range or the account filter changed (Competitors follows)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.range_key = DEFAULT_RANGE
        self.account_id: int | None = _REMEMBERED["account"]
        self._scale_choice: str | None = _REMEMBERED["scale"]
        self.scale = "followers"
        self.loading: set[str] = set()
        # Tabs whose figures for the chosen range and account are on screen, and what they were
        # drawn from: a later read that finds the same figures draws nothing (see _apply).
        self.drawn: set[str] = set()
        self._shown: dict[str, dict[str, Any]] = {}
        self._after_paint = AfterPaint(self)
        self._rendered_ahead = False  # built ahead (plot_prewarm.warm): kept ready while hidden
        self._generation: dict[str, int] = {}
        self._raw: dict[int, np.ndarray] = {}
        self._given_arrays: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.curves: dict[int, pg.PlotDataItem] = {}
        self.tiles: dict[int, SummaryTile] = {}
        self._curve_identity: list[tuple[int, str, str]] = []
        self._series: list[FollowerSeries] = []
        self._arrays: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._new_lost: tuple[dict[date, int], dict[date, int]] = ({}, {})
        self._posts: list[PostEngagement] = []
        self._categories: list[domain.CategoryEngagement] = []
        self._grid: domain.HourGrid | None = None
        self._summary_rows: list[tuple[str, str]] = []
        self._stale = set(TABS)
        self.ask_save_path: Callable[[str, str, str], str | None] = self._ask_save_path
        # The growth figures are read on a worker while the widgets are built and painted;
        # the refresh() that follows the first show does not read them a second time.
        self._first_refresh = True
        self._stale = set(TABS)
        self._load("growth", build=False)
        self._build()  # curves and tiles are made when the figures arrive: first paint sooner

    def title(self) -> str:
        return self.tr("Analytics")

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.tr("Follower growth"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        self.heading = heading

        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        ranges = QHBoxLayout()
        ranges.addWidget(heading)
        self.status_label = QLabel(self)  # "Loading…" or why the figures could not be read
        self.status_label.setWordWrap(True)
        ranges.addWidget(self.status_label, 1)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("analytics-account")
        self.account_combo.setToolTip(self.tr("Show one account on every tab, or all of them"))
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_combo.addItem(self.tr("All accounts"), None)
        self.account_combo.currentIndexChanged.connect(self._on_account_chosen)
        ranges.addWidget(self.account_combo)
        ranges.addSpacing(12)
        labels = {"30d": self.tr("30 days"), "90d": self.tr("90 days"),
                  "1y": self.tr("1 year"), "all": self.tr("All")}
        for key in queries.RANGES:
            button = QPushButton(labels[key], self)
            button.setCheckable(True)
            button.setChecked(key == self.range_key)
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            ranges.addWidget(button)

        self.tabs = QTabWidget(self)
        self.tab_pages: dict[str, QWidget] = {}
        self.chart_boxes: dict[str, QWidget] = {}  # what "Save PNG" renders, per tab
        # A tab's plots are built when it is first shown: opening Analytics builds two plots.
        self._builders: dict[str, Callable[[QWidget], QWidget]] = {}
        for key, label, build in (
            ("growth", self.tr("Growth"), self._build_growth),
            ("engagement", self.tr("Engagement"), self._build_engagement),
            ("best_time", self.tr("Best time to post"), self._build_best_time),
            ("summary", self.tr("Response and reach"), self._build_summary),
        ):
            page = QWidget(self.tabs)
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(4, 4, 4, 4)
            self._builders[key] = build
            self.tab_pages[key] = page
            self.tabs.addTab(page, label)
        self._ensure_built("growth")
        mount_competitors(self)  # the Competitors tab (ui/views/competitors.py)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addWidget(self.tabs, 1)

    def _ensure_built(self, key: str) -> None:
        if key in self.chart_boxes or key not in self._builders:
            return
        page = self.tab_pages[key]
        box = self._builders[key](page)
        self.chart_boxes[key] = box
        layout = page.layout()
        layout.addWidget(box, 1)
        layout.addLayout(self._export_row(key, page))

    def _export_row(self, key: str, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        png = QPushButton(self.tr("Save as PNG…"), parent)
        png.setObjectName(f"png-{key}")
        png.clicked.connect(lambda: self._ask_and_export(key, "png"))
        data = QPushButton(self.tr("Save data as CSV…"), parent)
        data.setObjectName(f"csv-{key}")
        data.clicked.connect(lambda: self._ask_and_export(key, "csv"))
        row.addWidget(png)
        row.addWidget(data)
        return row

    def _new_plot(self, date_axis: bool = True) -> pg.PlotWidget:
        plot = _SPARE_PLOTS.pop() if date_axis and _SPARE_PLOTS else plain_plot(date_axis)
        palette = self.palette()
        plot.setBackground(palette.color(QPalette.ColorRole.Base))
        pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
        for name in ("left", "bottom"):
            axis_item = plot.getPlotItem().getAxis(name)
            axis_item.setPen(pen)
            axis_item.setTextPen(pen)
        # No pyqtgraph grid on the date charts: its translucent lines are replayed by both axes
        # on every frame and cost more than the data itself while panning (bench_analytics.py).
        return plot

    def _build_growth(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        self.plot = self._new_plot()
        self.plot.setMinimumHeight(220)
        self.plot.setLabel("left", self.tr("Followers"))
        self.plot.setMouseEnabled(x=True, y=False)
        item = self.plot.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        # The range is set once per fill (_fill_chart): no auto-range pass on every setData.
        item.vb.disableAutoRange()
        text_color = self.palette().color(QPalette.ColorRole.Text)
        self.legend = item.addLegend(offset=(10, 10), labelTextColor=text_color)

        self.bars_plot = self._new_plot()
        self.bars_plot.setFixedHeight(150)
        self.bars_plot.setLabel("left", self.tr("New / lost"))
        self.bars_plot.setMouseEnabled(x=True, y=False)
        self.bars_plot.setXLink(self.plot)
        self.bars_plot.getPlotItem().vb.disableAutoRange()
        # The dates are read on the bars' axis right below: one date axis to lay out per frame.
        self.plot.getPlotItem().hideAxis("bottom")
        empty = np.zeros(0)
        self.new_bars = pg.BarGraphItem(x=empty, height=empty, width=DAY * 0.8,
                                        brush=QColor(NEW_COLOR), pen=pg.mkPen(None))
        self.lost_bars = pg.BarGraphItem(x=empty, height=empty, width=DAY * 0.8,
                                         brush=QColor(LOST_COLOR), pen=pg.mkPen(None))
        self.bars_plot.addItem(self.new_bars)
        self.bars_plot.addItem(self.lost_bars)

        # The hover crosshair: two lines and one label, made once and moved.
        line_pen = pg.mkPen(text_color, width=1, style=Qt.PenStyle.DashLine)
        self.vline = pg.InfiniteLine(angle=90, movable=False, pen=line_pen)
        self.bars_vline = pg.InfiniteLine(angle=90, movable=False, pen=line_pen)
        self.crosshair_label = pg.TextItem(color=text_color, anchor=(0, 0),
                                           fill=pg.mkBrush(self.palette().color(
                                               QPalette.ColorRole.Base)))
        self.plot.addItem(self.vline, ignoreBounds=True)
        self.bars_plot.addItem(self.bars_vline, ignoreBounds=True)
        self.plot.addItem(self.crosshair_label, ignoreBounds=True)
        for thing in (self.vline, self.bars_vline, self.crosshair_label):
            thing.setZValue(1000)  # above the curves, which are made later
            thing.hide()
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_plot_clicked)
        self.bars_plot.scene().sigMouseClicked.connect(self._on_bars_clicked)

        self.empty_label = QLabel(
            self.tr("No follower history yet: it grows with each daily sync."), box)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.changes_title = QLabel(box)
        self.changes_title.setWordWrap(True)
        self.changes_list = QListWidget(box)
        self.changes_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        side = QWidget(box)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.changes_title)
        side_layout.addWidget(self.changes_list, 1)
        side.setMinimumWidth(220)

        # Accounts of 500 and 50,000 followers on one axis: the small one is a flat line at
        # the bottom. The growth index (each account = 100 at the range start) shows both.
        scale_row = QHBoxLayout()
        scale_row.setContentsMargins(0, 0, 0, 0)
        self.scale_group = QButtonGroup(box)
        self.scale_buttons: dict[str, QPushButton] = {}
        for key, label, tip in (
            ("followers", self.tr("Followers"), self.tr("Each account's follower count")),
            ("indexed", self.tr("Growth index"),
             self.tr("Each account = 100 at the start of the range, so small and large "
                     "accounts grow side by side (110 = 10 % more followers)")),
        ):
            button = QPushButton(label, box)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, k=key: self.set_scale(k))
            self.scale_group.addButton(button)
            self.scale_buttons[key] = button
            scale_row.addWidget(button)
        self.scale_note = QLabel(box)
        self.scale_note.setWordWrap(True)
        scale_row.addWidget(self.scale_note, 1)

        charts = QWidget(box)
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addLayout(scale_row)
        charts_layout.addWidget(self.plot, 1)
        charts_layout.addWidget(self.bars_plot)
        charts_layout.addWidget(self.empty_label)
        self.growth_charts = charts

        self.tiles_box = QWidget(box)
        self.tiles_layout = QGridLayout(self.tiles_box)
        self.tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.tiles_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        splitter = QSplitter(Qt.Orientation.Horizontal, box)
        splitter.addWidget(charts)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([4000, 1000])
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.tiles_box)
        return box

    def _build_engagement(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        self.engagement_plot = self._new_plot()
        self.engagement_plot.setLabel("left", self.tr("Per day"))
        self.engagement_plot.setMouseEnabled(x=True, y=False)
        legend = self.engagement_plot.getPlotItem().addLegend(
            offset=(10, 10), labelTextColor=self.palette().color(QPalette.ColorRole.Text))
        self.engagement_legend = legend
        names = {"replies": self.tr("Replies"), "reposts": self.tr("Reposts"),
                 "favourites": self.tr("Favourites")}
        self.engagement_curves = {
            key: self.engagement_plot.plot(name=names[key],
                                           pen=pg.mkPen(QColor(METRIC_COLORS[key]), width=2),
                                           symbolBrush=QColor(METRIC_COLORS[key]),
                                           symbolPen=QColor(METRIC_COLORS[key]), symbolSize=8)
            for key in METRIC_COLORS
        }
        self.category_plot = self._new_plot(date_axis=False)
        self.category_plot.setLabel("bottom", self.tr("Mean engagement per post"))
        self.category_plot.setMouseEnabled(x=False, y=False)
        self.category_plot.showGrid(x=True, y=False, alpha=0.2)  # static chart: a grid is cheap
        self.category_plot.invertY(True)  # best category on top
        empty = np.zeros(0)
        # horizontal bars: category names on the left axis stay readable in any language
        self.category_bars = pg.BarGraphItem(x0=0.0, y=empty, width=empty, height=0.7,
                                             brush=QColor("#7c3aed"), pen=pg.mkPen(None))
        self.category_plot.addItem(self.category_bars)
        self.engagement_model = EngagementModel(self)
        self.engagement_proxy = QSortFilterProxyModel(self)
        self.engagement_proxy.setSourceModel(self.engagement_model)
        self.engagement_proxy.setSortRole(EngagementModel.SortRole)
        self.engagement_table = QTableView(box)
        self.engagement_table.setModel(self.engagement_proxy)
        self.engagement_table.setSortingEnabled(True)
        self.engagement_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.engagement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.engagement_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.engagement_table.setWordWrap(False)
        self.engagement_table.setAlternatingRowColors(True)
        self.engagement_table.verticalHeader().hide()
        header = self.engagement_table.horizontalHeader()
        header.setSectionResizeMode(len(EngagementModel.COLUMNS) - 1,
                                    QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((175, 120, 145, 70, 70, 80, 190, 60)):
            self.engagement_table.setColumnWidth(column, width)
        self.clicks_note = QLabel(box)  # what a missing link-click count means
        self.clicks_note.setWordWrap(True)
        self.clicks_note.setObjectName("clicks-note")
        charts = QSplitter(Qt.Orientation.Horizontal, box)
        charts.addWidget(self.engagement_plot)
        charts.addWidget(self.category_plot)
        charts.setSizes([3000, 2000])
        charts.setMinimumHeight(200)
        self.engagement_charts = charts
        splitter = QSplitter(Qt.Orientation.Vertical, box)
        splitter.addWidget(charts)
        splitter.addWidget(self.engagement_table)
        splitter.setSizes([1000, 1000])
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        layout.addWidget(self.clicks_note)
        return box

    def _build_best_time(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        self.heat_plot = self._new_plot(date_axis=False)
        self.heat_plot.setMouseEnabled(x=False, y=False)
        self.heat_plot.invertY(True)
        self.heat_image = pg.ImageItem(np.zeros((domain.HOURS, domain.WEEKDAYS)))
        self.heat_image.setColorMap(pg.colormap.get("viridis"))
        self.heat_plot.addItem(self.heat_image)
        self.heat_plot.setLabel("bottom", self.tr("Hour of day"))
        self.heat_plot.getPlotItem().getAxis("bottom").setTicks(
            [[(h + 0.5, str(h)) for h in range(0, 24, 2)]])
        self.heat_plot.getPlotItem().getAxis("left").setTicks(
            [[(d + 0.5, name) for d, name in enumerate(weekday_names())]])
        self.heat_plot.setXRange(0, domain.HOURS, padding=0)
        self.heat_plot.setYRange(0, domain.WEEKDAYS, padding=0)
        self.heat_plot.setMinimumHeight(260)
        self.best_label = QLabel(box)
        self.best_label.setWordWrap(True)
        note = QLabel(self.tr("Mean engagement (replies + reposts + favourites) of the shop's "
                              "own posts by the weekday and hour they went out, in your time "
                              "zone. Brighter is better; hours with fewer than two posts stay "
                              "dark."), box)
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heat_plot, 1)
        layout.addWidget(self.best_label)
        layout.addWidget(note)
        return box

    def _build_summary(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        grid = QGridLayout(box)
        self.summary_values: dict[str, QLabel] = {}
        groups = (
            (self.tr("Response time"), (
                ("reply_7d", self.tr("Median first reply, 7 days")),
                ("reply_30d", self.tr("Median first reply, 30 days")),
                ("answered_30d", self.tr("Mentions answered, 30 days")))),
            (self.tr("Reach"), (
                ("followers", self.tr("Followers now (all accounts)")),
                ("new", self.tr("New followers in range")),
                ("lost", self.tr("Lost followers in range")))),
            (self.tr("Engagement"), (
                ("mentions", self.tr("Mentions and comments")),
                ("post_replies", self.tr("Replies to posts")),
                ("reposts", self.tr("Reposts / boosts")),
                ("favourites", self.tr("Favourites / likes")),
                ("positive", self.tr("Positive share of mentions")))),
            (self.tr("Action"), (
                ("clicks", self.tr("Link clicks")),
                ("posts", self.tr("Posts in range")))),
        )
        self.summary_names: dict[str, str] = {}
        self.summary_labels: dict[str, QLabel] = {}
        for column, (title, items) in enumerate(groups):
            frame = QFrame(box)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            form = QVBoxLayout(frame)
            heading = QLabel(title, frame)
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            heading.setFont(font)
            form.addWidget(heading)
            for key, name in items:
                label = QLabel(name, frame)
                value = QLabel("—", frame)
                big = value.font()
                big.setPointSizeF(big.pointSizeF() * 1.5)
                big.setBold(True)
                value.setFont(big)
                value.setObjectName(f"summary-{key}")
                form.addWidget(label)
                form.addWidget(value)
                self.summary_values[key] = value
                self.summary_names[key] = name
                self.summary_labels[key] = label
            if title == self.tr("Action"):
                self.summary_clicks_note = QLabel(frame)
                self.summary_clicks_note.setWordWrap(True)
                form.addWidget(self.summary_clicks_note)
            form.addStretch(1)
            grid.addWidget(frame, 0, column)
        grid.setRowStretch(1, 1)
        return box

    # --- loading ------------------------------------------------------------------------------

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        self._stale = set(TABS)
        self.drawn.clear()  # the figures on screen are another range's
        self._first_refresh = False  # the read begun when the screen was built is for the old one
        self.refresh()
        self.filters_changed.emit()

    def set_account(self, account_id: int | None) -> None:
        """Show one account (or all, ``None``) on every tab; remembered while the app runs."""
        index = self.account_combo.findData(account_id)
        if index < 0:
            index, account_id = 0, None
        self.account_id = account_id
        _REMEMBERED["account"] = account_id
        if self.account_combo.currentIndex() != index:
            self.account_combo.blockSignals(True)
            self.account_combo.setCurrentIndex(index)
            self.account_combo.blockSignals(False)
        self._stale = set(TABS)
        self.drawn.clear()
        self._load(self.current_tab())
        self.filters_changed.emit()

    def _on_account_chosen(self, index: int) -> None:
        if index >= 0:
            self.set_account(self.account_combo.itemData(index))

    def _fill_accounts(self) -> None:
        """The filter's choices: all accounts, then each in its colour (kept when they did not
        change; a remembered account that was removed falls back to all)."""
        accounts = queries.accounts()
        wanted = [(a.id, a.name, a.color) for a in accounts]
        have = [(self.account_combo.itemData(i), self.account_combo.itemText(i),
                 self.account_combo.itemData(i, Qt.ItemDataRole.UserRole + 1))
                for i in range(1, self.account_combo.count())]
        if wanted != have:
            self.account_combo.blockSignals(True)
            while self.account_combo.count() > 1:
                self.account_combo.removeItem(1)
            for account_id, name, color in wanted:
                self.account_combo.addItem(color_icon(color), name, account_id)
                self.account_combo.setItemData(self.account_combo.count() - 1, color,
                                               Qt.ItemDataRole.UserRole + 1)
            self.account_combo.blockSignals(False)
        index = self.account_combo.findData(self.account_id)
        if self.account_id is None or index < 0:
            index, self.account_id = 0, None
            _REMEMBERED["account"] = None
        self.account_combo.blockSignals(True)
        self.account_combo.setCurrentIndex(index)
        self.account_combo.blockSignals(False)

    def current_tab(self) -> str:
        """The key of the tab on screen ("" for a tab mounted from elsewhere)."""
        page = self.tabs.currentWidget()
        return next((key for key, p in self.tab_pages.items() if p is page), "")

    def refresh(self) -> None:
        """Reload the tab on screen for the chosen range; the others reload when opened.

        Figures already on screen stay there while they are read again (no "Loading…"), and
        are drawn again only if they changed: a screen built ahead in idle time
        (``ui/plot_prewarm.warm``) opens with its charts drawn."""
        account_before = self.account_id
        self._fill_accounts()
        if (self._first_refresh and self.account_id == account_before
                and "growth" in self.loading):
            self._first_refresh = False  # the figures read since __init__ are still current
            return
        self._first_refresh = False
        self._stale = set(TABS)
        self._load(self.current_tab())

    def _on_tab_changed(self, _index: int) -> None:
        tab = self.current_tab()
        self.heading.setText(self.tabs.tabText(self.tabs.currentIndex()))
        self._ensure_built(tab)
        if tab in self._stale:
            self._load(tab)

    def _load(self, tab: str, background: bool = True, build: bool = True) -> None:
        """Read a tab's figures on a worker thread and draw them when they arrive (an older
        load still on its way is dropped: its generation is no longer the tab's)."""
        if tab not in TABS:
            return
        if build:
            self._ensure_built(tab)
        since, account_id, zone = queries.range_start(self.range_key), self.account_id, user_zone()
        generation = self._generation.get(tab, 0) + 1
        self._generation[tab] = generation
        self._stale.discard(tab)
        if not background:
            self.loading.discard(tab)
            self._apply(tab, generation, fetch_tab(tab, since, account_id, zone))
            return
        self.loading.add(tab)
        if build and tab not in self.drawn:
            self._show_status()

        def read() -> None:
            run_in_background(lambda: fetch_tab(tab, since, account_id, zone),
                              lambda data: self._apply(tab, generation, data),
                              lambda message: self._load_failed(tab, generation, message))

        if tab in self.drawn:  # figures on screen: read them again once it painted them
            self._after_paint.later(read)  # (the worker's Python would slow that paint)
        else:
            read()

    def _apply(self, tab: str, generation: int, data: dict[str, Any]) -> None:
        if not shiboken6.isValid(self):
            return  # the screen was closed while its figures were read
        if self._generation.get(tab) != generation:
            return  # the range or account changed meanwhile: a newer load is on its way
        self.loading.discard(tab)
        self._show_status()
        # What is drawn, less the arrays made from it: the same figures read again (a refresh
        # of a screen already drawn) draw nothing, so opening a built screen only paints it.
        figures = {key: value for key, value in data.items() if key != "arrays"}
        if tab in self.drawn and self._shown.get(tab) == figures:
            self.loaded.emit(tab)
            return
        if tab == "growth":
            self._fill_chart(data["series"], data["arrays"])
            self._fill_bars(data["new_lost"], data["changes"])
            self._fill_tiles(data["summaries"])
        elif tab == "engagement":
            self._fill_engagement(data["posts"], data["per_day"], data["categories"])
        elif tab == "best_time":
            self._fill_heat(data["grid"])
        elif tab == "summary":
            self._fill_summary(data["waits_7"], data["waits_30"], data["reach"])
        self._shown[tab] = figures
        self.drawn.add(tab)
        if tab == "growth" and self._rendered_ahead and not self.isVisible():
            QTimer.singleShot(0, self.render_ahead)  # new figures while hidden: ready again
        self.loaded.emit(tab)

    def _load_failed(self, tab: str, generation: int, message: str) -> None:
        if not shiboken6.isValid(self) or self._generation.get(tab) != generation:
            return
        self.loading.discard(tab)
        self._stale.add(tab)
        self.status_label.setText(self.tr("The figures could not be read: {0} Choose the tab "
                                          "again to retry.").format(message))

    def _show_status(self) -> None:
        # figures on screen being read again are not "loading": they are there already
        self.status_label.setText(self.tr("Loading…") if self.loading - self.drawn else "")

    def make_curves_ahead(self) -> None:
        """Make the growth curves of the accounts shown before their figures arrive (a step of
        its own in ``plot_prewarm.warm``); drawing the figures then only fills them."""
        if "growth" in self.chart_boxes and "growth" not in self.drawn:
            self._make_curves(queries.accounts(self.account_id))

    def render_ahead(self, schedule: Callable[[Callable[[], None]], None] | None = None,
                     done: Callable[[], None] | None = None) -> None:
        """Render the hidden screen offscreen at the size its page will give it, in short steps
        (each then ``schedule``d: by default the next event-loop turn), so its next show only
        paints: layouts activated and pyqtgraph's resize events sent (a 1-pixel render), each
        chart painted once (axes, legend, curves), then the whole screen. Used by
        ``plot_prewarm.warm`` and again when a refresh while hidden drew other figures; it
        stops when the screen is shown. ``done`` runs at the end."""
        self._rendered_ahead = True
        later = schedule or (lambda work: QTimer.singleShot(0, work))

        def lay_out() -> None:
            page = self.parentWidget()
            if page is not None:  # a stack sizes only its current page: as it will size this
                self.resize(page.contentsRect().size())
            self.render(QPixmap(1, 1), QPoint(), QRegion(0, 0, 1, 1))  # paints one pixel

        def chart(plot: pg.PlotWidget) -> Callable[[], None]:
            return lambda: QWidget.render(plot, QPixmap(plot.size()))  # not the scene's render

        steps = [lay_out, chart(self.plot), chart(self.bars_plot),
                 lambda: self.render(QPixmap(self.size()))]

        def run_next() -> None:
            if steps and shiboken6.isValid(self) and not self.isVisible():
                steps.pop(0)()
                later(run_next)
            elif done is not None:
                done()

        run_next()

    def ensure_loaded(self, tab: str) -> None:
        """Have the tab's figures drawn now (exports and screenshots; reads on this thread)."""
        if tab in self._stale or tab in self.loading:
            self._load(tab, background=False)

    def prepare_screenshot(self) -> None:
        self.ensure_loaded(self.current_tab())

    # --- growth -------------------------------------------------------------------------------

    def _make_curves(self, accounts: list[queries.AccountRef]) -> None:
        """One curve per account; rebuilt only when the accounts (or the filter) changed."""
        identity = [(a.id, a.name, a.color) for a in accounts]
        if identity == self._curve_identity:
            return
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.legend.clear()
        self.curves = {
            # width 1: wider pens are drawn far slower, and panning repaints every frame
            # the legend renders HTML: a display name from the server is escaped
            a.id: self.plot.plot(name=html.escape(a.name), pen=pg.mkPen(QColor(a.color), width=1))
            for a in accounts
        }
        self._curve_identity = identity

    def _fill_chart(self, all_series: list[FollowerSeries],
                    arrays: dict[int, tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        """Update the curves in place; build them only when the accounts changed (``arrays``:
        each series as epoch seconds and counts, when the worker made them already)."""
        self._make_curves([s.account for s in all_series])
        self._series = all_series
        self._given_arrays = arrays if arrays is not None else {}
        self._arrays = {}
        self._raw = {}
        latest = [s.followers[-1] if s.followers else None for s in all_series]
        self.scale = self._scale_choice or domain.default_scale(latest)
        self.scale_buttons[self.scale].setChecked(True)
        indexed = self.scale == "indexed"
        self.plot.setLabel("left", self.tr("Growth index (start = 100)") if indexed
                           else self.tr("Followers"))
        self.scale_note.setText(self._scale_text(latest))
        has_data = False
        for series in all_series:
            x, raw = self._given_arrays.get(series.account.id) or series_arrays(series)
            y = np.asarray(domain.indexed(series.followers), dtype=float) if indexed else raw
            self._arrays[series.account.id] = (x, y)
            self._raw[series.account.id] = raw
            has_data = has_data or len(x) > 0
            color = QColor(series.account.color)
            self.curves[series.account.id].setData(  # a lone day: a dot in the account's colour
                x, y, symbol=one_point_symbol(len(x)), symbolBrush=color, symbolPen=color,
                symbolSize=8)
        self.empty_label.setVisible(not has_data)
        # Fit once to the whole data (not the clipped view: clipToView) and leave auto-range
        # off: re-fitting on every pan or zoom step costs a second repaint of both charts.
        filled = [(x, y) for x, y in self._arrays.values() if len(x)]
        if filled:
            xs = (min(x[0] for x, _ in filled), max(x[-1] for x, _ in filled))
            ys = padded(min(float(y.min()) for _, y in filled),
                        max(float(y.max()) for _, y in filled))
            self.plot.getPlotItem().vb.setRange(
                xRange=(xs[0] - DAY / 2, xs[1] + DAY / 2), yRange=ys, padding=0.02)

    def _scale_text(self, latest: list[int | None]) -> str:
        ratio = domain.spread(latest)
        if self.scale == "indexed":
            return self.tr("Each account = 100 at the start of the range.")
        if ratio >= domain.WIDE_SPREAD:
            return self.tr("The largest account has {0}× the followers of the smallest: the "
                           "growth index shows the small ones better.").format(
                QLocale().toString(int(ratio)))
        return ""

    def set_scale(self, scale: str) -> None:
        """Followers or the growth index; the owner's choice holds while the app runs."""
        self._scale_choice = scale
        _REMEMBERED["scale"] = scale
        self.scale_buttons[scale].setChecked(True)
        if self._series:
            self._fill_chart(self._series)

    def _fill_bars(self, new_lost: tuple[dict[date, int], dict[date, int]],
                   changes: tuple[date | None, list[queries.NewFollower]] | None = None,
                   ) -> None:
        """New (up) and lost (down) followers per day; per week beyond ``WEEKLY_AFTER_DAYS``
        (thousands of sub-pixel bars cost more to paint on each pan than they show)."""
        self._new_lost = new_lost
        new, lost = new_lost
        new_days = sorted(new)
        lost_days = sorted(lost)
        days = [*new_days, *lost_days]
        weekly = bool(days) and (max(days) - min(days)).days > WEEKLY_AFTER_DAYS
        self.bars_weekly = weekly
        self.bars_plot.setLabel("left", self.tr("New / lost per week") if weekly
                                else self.tr("New / lost"))
        for item, counts, sign in ((self.new_bars, new, 1.0), (self.lost_bars, lost, -1.0)):
            x, height = bar_arrays(counts, weekly)
            item.setOpts(x=x, height=sign * height, width=DAY * (7 if weekly else 1) * 0.8)
        top = float(self.new_bars.opts["height"].max(initial=0))
        bottom = -float(self.lost_bars.opts["height"].min(initial=0))
        self.bars_plot.setYRange(-bottom, max(top, 1), padding=0.05)
        if changes is not None:  # the latest day's list, read by the worker
            self.show_changes(*changes)
        else:
            self.show_changes(max([*new_days, *lost_days], default=None))

    def show_changes(self, day: date | None,
                     changes: list[queries.NewFollower] | None = None) -> None:
        """List who came and who left on ``day`` (the filtered account, or all)."""
        self.changes_list.clear()
        if day is None:
            self.changes_title.setText(self.tr("Click a day on the chart to see who came "
                                               "and who left."))
            return
        locale = QLocale()
        new, lost = self._new_lost
        self.changes_title.setText(self.tr("{day}: {new} new, {lost} lost").format(
            day=format_day(day),
            new=locale.toString(new.get(day, 0)), lost=locale.toString(lost.get(day, 0))))
        if changes is None:
            changes = queries.changes_on(day, self.account_id, limit=300)
        for change in changes:
            name = change.display_name or change.handle
            if change.lost:
                text = self.tr("− {name} (@{handle}) left {account}")
            else:
                text = self.tr("+ {name} (@{handle}) follows {account}")
            self.changes_list.addItem(text.format(name=name, handle=change.handle.lstrip("@"),
                                                  account=change.account_name))

    def _on_plot_clicked(self, event) -> None:
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self.show_changes(x_day(point.x()))

    def _on_bars_clicked(self, event) -> None:
        point = self.bars_plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self.show_changes(x_day(point.x()))

    def _on_mouse_moved(self, pos) -> None:
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(pos) or not self._arrays:
            for thing in (self.vline, self.bars_vline, self.crosshair_label):
                thing.hide()
            return
        self.show_crosshair_at(vb.mapSceneToView(pos).x())

    def crosshair_text(self, x: float) -> str:
        """Date, each account's followers that day, and the day's new / lost."""
        day = x_day(x)
        locale = QLocale()
        lines = [format_day(day)]
        for series in self._series:
            xs, ys = self._arrays.get(series.account.id, (np.zeros(0), np.zeros(0)))
            if len(xs) == 0:
                continue
            i = int(np.searchsorted(xs, day_x(day), side="right")) - 1
            if i < 0:
                continue
            followers = locale.toString(int(self._raw[series.account.id][i]))
            if self.scale == "indexed":
                lines.append(f"{series.account.name}: {locale.toString(float(ys[i]), 'f', 1)}"
                             f" ({followers})")
            else:
                lines.append(f"{series.account.name}: {followers}")
        new, lost = self._new_lost
        lines.append(self.tr("new {new} · lost {lost}").format(
            new=locale.toString(new.get(day, 0)), lost=locale.toString(lost.get(day, 0))))
        return "\n".join(lines)

    def show_crosshair_at(self, x: float) -> None:
        snapped = day_x(x_day(x))
        self.vline.setPos(snapped)
        self.bars_vline.setPos(snapped)
        self.crosshair_label.setText(self.crosshair_text(snapped))
        (x_lo, x_hi), (_y_lo, y_hi) = self.plot.getPlotItem().vb.viewRange()
        # keep the label inside the plot: left of the line in the right half
        self.crosshair_label.setAnchor((1, 0) if snapped > (x_lo + x_hi) / 2 else (0, 0))
        self.crosshair_label.setPos(snapped, y_hi)
        for thing in (self.vline, self.bars_vline, self.crosshair_label):
            thing.show()

    def _fill_tiles(self, summaries: list[AccountSummary]) -> None:
        """One tile per account, kept (and updated) while the accounts shown stay the same."""
        if [s.account for s in summaries] == [t.account for t in self.tiles.values()]:
            for summary in summaries:
                self.tiles[summary.account.id].set_summary(summary)
            return
        for tile in self.tiles.values():
            self.tiles_layout.removeWidget(tile)
            tile.hide()  # at once: the deletion waits for the event loop
            tile.deleteLater()
        self.tiles = {}
        columns = max(1, min(5, len(summaries)))  # a shop has 1–5 accounts: one row
        for i, summary in enumerate(summaries):
            tile = SummaryTile(summary, self.tiles_box)
            self.tiles_layout.addWidget(tile, i // columns, i % columns)
            self.tiles[summary.account.id] = tile

    # --- engagement ---------------------------------------------------------------------------

    def _fill_engagement(self, posts: list[PostEngagement],
                         per_day: dict[date, list[int]] | None = None,
                         categories: list[domain.CategoryEngagement] | None = None) -> None:
        self._posts = posts
        self.engagement_model.set_rows(posts)
        if per_day is None:
            per_day = engagement_per_day(posts, user_zone())
        days = sorted(per_day)
        x = np.array([day_x(d) for d in days], dtype=float)
        for i, key in enumerate(("replies", "reposts", "favourites")):
            self.engagement_curves[key].setData(
                x, np.array([per_day[d][i] for d in days], dtype=float),
                symbol=one_point_symbol(len(days)))
        self.engagement_plot.enableAutoRange()
        if len(days) == 1:  # one day: centre it rather than a zero-width range
            self.engagement_plot.setXRange(x[0] - DAY, x[0] + DAY, padding=0)
        self.clicks_note.setText(self._clicks_note({p.click_state for p in posts}))
        self._categories = (categories if categories is not None
                            else domain.per_category((p.category, p.total) for p in posts))
        self.category_bars.setOpts(
            x0=0.0, y=np.arange(len(self._categories), dtype=float),
            width=np.array([c.mean for c in self._categories], dtype=float), height=0.7)
        self.category_plot.getPlotItem().getAxis("left").setTicks(
            [[(i, category_label(c.category)) for i, c in enumerate(self._categories)]])
        self.category_plot.enableAutoRange()

    # --- best time ----------------------------------------------------------------------------

    def _fill_heat(self, grid: domain.HourGrid) -> None:
        self._grid = grid
        # [hour][weekday]: x = hour; cells of too few posts stay dark, as best_hours skips them
        image = np.array(domain.reliable_means(self._grid), dtype=float).T
        levels = (0.0, float(image.max()) or 1.0)
        self.heat_image.setImage(image, levels=levels, autoLevels=False)
        best = domain.best_hours(self._grid, top=5)
        names = weekday_names()
        if best:
            self.best_label.setText(self.tr("Best times: {0}").format(join_list(
                f"{names[d]} {h:02d}:00" for d, h in best)))
        else:
            self.best_label.setText(self.tr("Not enough posts in this range to tell."))

    # --- summary ------------------------------------------------------------------------------

    def _clicks_note(self, states: set[str] | frozenset[str]) -> str:
        """The help line under the action figures: what a missing count means."""
        lines = []
        if ClickState.NOT_REPORTED in states:
            lines.append(self.tr("Link clicks: Mastodon, Bluesky and Weibo do not report them. "
                                 "Visits from UTM-tagged links show up in the shop's own web "
                                 "analytics."))
        if ClickState.ACCESS_LEVEL in states:
            lines.append(self.tr("X: this app's access level cannot read post metrics, so "
                                 "link clicks are not available."))
        if ClickState.REPORTED in states or ClickState.UNAVAILABLE in states:
            lines.append(self.tr("X reports link clicks for the account's own posts of the "
                                 "last 30 days."))
        return "\n".join(lines)

    def _clicks_value(self, reach: queries.ReachSummary) -> str:
        if reach.clicks is not None:
            return QLocale().toString(reach.clicks)
        if reach.click_states == {ClickState.NOT_REPORTED}:
            return self.tr("not reported by this platform")
        if ClickState.ACCESS_LEVEL in reach.click_states and not (
                reach.click_states & {ClickState.UNAVAILABLE}):
            return self.tr("not available with this app's access level")
        return self.tr("not reported")

    def _fill_summary(self, waits_7: list[timedelta], waits_30: list[timedelta],
                      reach: queries.ReachSummary) -> None:
        locale = QLocale()
        ratio = reach.positive_ratio
        values = {
            "reply_7d": format_minutes(domain.median_minutes(waits_7)),
            "reply_30d": format_minutes(domain.median_minutes(waits_30)),
            "answered_30d": locale.toString(len(waits_30)),
            "followers": locale.toString(reach.followers),  # of the filtered account(s)
            "new": "+" + locale.toString(reach.new_followers),
            "lost": "−" + locale.toString(reach.lost_followers),
            "mentions": locale.toString(reach.mentions),
            "post_replies": locale.toString(reach.replies),
            "reposts": locale.toString(reach.reposts),
            "favourites": locale.toString(reach.favourites),
            "positive": "—" if ratio is None else f"{locale.toString(ratio * 100, 'f', 0)} %",
            "clicks": self._clicks_value(reach),
            "posts": locale.toString(reach.posts),
        }
        self.summary_names["followers"] = (self.tr("Followers now (all accounts)")
                                           if self.account_id is None
                                           else self.tr("Followers now"))
        self.summary_labels["followers"].setText(self.summary_names["followers"])
        for key, text in values.items():
            self.summary_values[key].setText(text)
        self.summary_clicks_note.setText(self._clicks_note(reach.click_states))
        self._summary_rows = [(self.summary_names[k], v) for k, v in values.items()]

    # --- export -------------------------------------------------------------------------------

    def csv_rows(self, tab: str) -> list[list[Any]]:
        """The data behind a tab's chart, header first (dates ISO, numbers plain)."""
        self.ensure_loaded(tab)
        if tab == "growth":
            names = [s.account.name for s in self._series]
            by_day: dict[date, dict[int, int]] = {}
            for series in self._series:
                for day, value in zip(series.days, series.followers, strict=True):
                    by_day.setdefault(day, {})[series.account.id] = value
            new, lost = self._new_lost
            days = sorted(set(by_day) | set(new) | set(lost))
            rows: list[list[Any]] = [["date", *names, "new", "lost"]]
            for day in days:
                values = by_day.get(day, {})
                rows.append([day.isoformat(),
                             *[values.get(s.account.id, "") for s in self._series],
                             new.get(day, 0), lost.get(day, 0)])
            return rows
        if tab == "engagement":
            rows = [["published_utc", "account", "category", "replies", "reposts", "favourites",
                     "clicks", "total", "text"]]
            for p in self._posts:
                rows.append([p.published_at.isoformat(sep=" "), p.account_name, p.category,
                             p.replies, p.reposts, p.favourites,
                             p.clicks if p.click_state == ClickState.REPORTED else "",
                             p.total, p.text])  # no click figure where none was reported
            rows.append([])
            rows.append(["category", "posts", "engagement", "mean"])
            for c in self._categories:
                rows.append([c.category, c.posts, c.total, round(c.mean, 2)])
            return rows
        if tab == "best_time":
            rows = [["weekday", "hour", "posts", "mean_engagement"]]
            if self._grid is not None:
                for d in range(domain.WEEKDAYS):
                    for h in range(domain.HOURS):
                        rows.append([d, h, self._grid.posts[d][h], round(self._grid.mean[d][h], 2)])
            return rows
        return [["metric", "value"], *[[k, v] for k, v in self._summary_rows]]

    def export_csv(self, tab: str, path: Path | str) -> None:
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:  # BOM: Excel reads UTF-8
            csv_safe.writer(handle).writerows(self.csv_rows(tab))  # no formulas

    def export_png(self, tab: str, path: Path | str) -> bool:
        """Save the tab's charts as shown (the tab is brought to the front to be laid out)."""
        self.tabs.setCurrentWidget(self.tab_pages[tab])
        self.ensure_loaded(tab)
        return self.chart_boxes[tab].grab().save(str(path), "PNG")

    def _ask_and_export(self, tab: str, kind: str) -> None:
        suggested = f"mbdesk-{tab}-{date.today().isoformat()}.{kind}"
        if kind == "png":
            path = self.ask_save_path(self.tr("Save chart as PNG"), self.tr("PNG image (*.png)"),
                                      suggested)
            if path:
                self.export_png(tab, path)
        else:
            path = self.ask_save_path(self.tr("Save data as CSV"), self.tr("CSV file (*.csv)"),
                                      suggested)
            if path:
                self.export_csv(tab, path)

    def _ask_save_path(self, title: str, file_filter: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested),
                                              file_filter)
        return path or None



