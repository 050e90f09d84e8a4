"""Growth at a glance: followers per account over time, and a few numbers per account.

This is the only main screen that imports pyqtgraph, and it is imported only when first opened,
so start-up never pays for it. PySide6 is imported (and named to pyqtgraph) before pyqtgraph.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import PySide6.QtWidgets  # noqa: F401 - Qt binding first, then pyqtgraph

# isort: split
from datetime import UTC, datetime, time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mbdesk.services.context import AppContext
from mbdesk.store.queries import analytics as queries
from mbdesk.store.queries.analytics import AccountSummary, FollowerSeries
from mbdesk.ui.views.base import View

DEFAULT_RANGE = "90d"


def series_arrays(series: FollowerSeries) -> tuple[np.ndarray, np.ndarray]:
    """Days as UTC epoch seconds (what ``DateAxisItem`` reads) and follower counts."""
    x = np.fromiter(
        (datetime.combine(d, time(12), tzinfo=UTC).timestamp() for d in series.days),
        dtype=float, count=len(series.days))
    return x, np.asarray(series.followers, dtype=float)


class SummaryTile(QFrame):
    """One account's numbers: followers now and their change, 30-day activity."""

    def __init__(self, summary: AccountSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"tile-{summary.account.id}")
        locale = QLocale()
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
        if summary.followers_now is None:
            self.followers.setText("—")
        else:
            self.followers.setText(locale.toString(summary.followers_now))
        change = summary.followers_change
        self.change = QLabel(self)
        self.change.setText(
            self.tr("no data in this range") if change is None
            else self.tr("{sign}{n} in this range").format(
                sign="+" if change >= 0 else "−", n=locale.toString(abs(change))))
        median = summary.median_engagement
        self.activity = QLabel(self)
        self.activity.setText("\n".join((
            self.tr("Mentions (30 days): {0}").format(locale.toString(summary.mentions_30d)),
            self.tr("Posts (30 days): {0}").format(locale.toString(summary.posts_30d)),
            self.tr("Median engagement per post: {0}").format(
                "—" if median is None else locale.toString(median, "f", 1)),
        )))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.followers)
        layout.addWidget(self.change)
        layout.addWidget(self.activity)


class AnalyticsView(View):
    """The analytics screen: follower-growth chart, range buttons, summary tiles.

    Public for tests: ``plot`` (the PlotWidget), ``curves`` (account id → PlotDataItem),
    ``range_buttons`` (range key → button), ``tiles`` (account id → SummaryTile).
    """

    key = "analytics"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.range_key = DEFAULT_RANGE
        self.curves: dict[int, pg.PlotDataItem] = {}
        self.tiles: dict[int, SummaryTile] = {}
        self._curve_identity: list[tuple[int, str, str]] = []
        self._build()

    def title(self) -> str:
        return self.tr("Analytics")

    def _build(self) -> None:
        heading = QLabel(self.tr("Follower growth"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)

        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QPushButton] = {}
        ranges = QHBoxLayout()
        ranges.addWidget(heading)
        ranges.addStretch(1)
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

        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setMinimumHeight(260)
        self._style_plot()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("left", self.tr("Followers"))
        self.plot.setMouseEnabled(x=True, y=False)
        item = self.plot.getPlotItem()
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.legend = item.addLegend(
            offset=(10, 10), labelTextColor=self.palette().color(QPalette.ColorRole.Text))

        self.empty_label = QLabel(
            self.tr("No follower history yet: it grows with each daily sync."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        self.tiles_box = QWidget(self)
        self.tiles_layout = QGridLayout(self.tiles_box)
        self.tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.tiles_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tiles_box)

    def _style_plot(self) -> None:
        """Follow the window palette, so the chart is readable in dark mode too."""
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pen)
            axis.setTextPen(pen)

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        """Reload the chart and the tiles for the chosen range (a few small queries)."""
        since = queries.range_start(self.range_key)
        self._fill_chart(queries.follower_series(since))
        self._fill_tiles(queries.summaries(since))

    def _fill_chart(self, all_series: list[FollowerSeries]) -> None:
        """Update the curves in place; build them only when the accounts changed.

        Re-adding plot items on every refresh is not only slower: with PySide6 6.12 each
        QGraphicsItem added to a scene under pyqtgraph drops a reference to ``True``, and after
        some hundreds of additions the interpreter aborts at exit (``bool_dealloc``).
        """
        identity = [(s.account.id, s.account.name, s.account.color) for s in all_series]
        if identity != self._curve_identity:
            for curve in self.curves.values():
                self.plot.removeItem(curve)
            self.legend.clear()
            self.curves = {
                s.account.id: self.plot.plot(
                    name=s.account.name, pen=pg.mkPen(QColor(s.account.color), width=2))
                for s in all_series
            }
            self._curve_identity = identity
        has_data = False
        for series in all_series:
            x, y = series_arrays(series)
            has_data = has_data or len(x) > 0
            self.curves[series.account.id].setData(x, y)
        self.empty_label.setVisible(not has_data)
        self.plot.enableAutoRange()

    def _fill_tiles(self, summaries: list[AccountSummary]) -> None:
        for tile in self.tiles.values():
            self.tiles_layout.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        columns = max(1, min(5, len(summaries)))  # a shop has 1–5 accounts: one row
        for i, summary in enumerate(summaries):
            tile = SummaryTile(summary, self.tiles_box)
            self.tiles_layout.addWidget(tile, i // columns, i % columns)
            self.tiles[summary.account.id] = tile
