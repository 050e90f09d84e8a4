"""Time the drafts library on a big workspace: first page shown, and searches (prints figures).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_drafts.py [--data-dir DIR]

1. From creating the Compose & Drafts screen to its first page painted (cold: the first
   screen in the process, after a plain window was painted as the app's main window is;
   warm: best of five new screens), next to the bare SQL of the same page and
   count run in the same process, with the ratio. Floor: first page ≤ 100 ms.
2. Searches over a set of terms (Chinese, Spanish, English; FTS5 trigram and the short-term
   LIKE fallback): the screen (filter applied, list reloaded, count, repainted) and the bare
   SQL, p50 and p95 over all runs, with the ratio.

Make the workspace with ``benchmarks/make_big_shop.py --out DIR`` (use your own copy; the
screen's saves would touch it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bigshop import add_data_dir, open_shop, percentile  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402

from mbdesk.store.queries.drafts import FTS_MIN_CHARS, fts_phrase  # noqa: E402

TERMS = ("面包", "可颂", "新品上市", "蛋糕", "oferta", "horario", "panadero", "envío",
         "croissant", "sourdough", "opening hours", "zzzz")
RUNS = 5
FLOOR_MS = 100.0

PAGE_SQL = """
SELECT d.id, d.title, substr(d.body, 1, 200), d.category, d.state, d.archived, d.updated_at,
       (SELECT GROUP_CONCAT(t.account_id) FROM draft_target t WHERE t.draft_id = d.id)
FROM draft d WHERE d.archived = 0 {extra}
ORDER BY d.updated_at DESC, d.id DESC LIMIT 200
"""
COUNT_SQL = "SELECT COUNT(d.id) FROM draft d WHERE d.archived = 0 {extra}"


class PaintProbe(QObject):
    """Notes the first paint of a widget after ``arm()``."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app: QApplication, probe: PaintProbe) -> None:
    while not probe.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def ms(seconds: float) -> float:
    return seconds * 1000


def bare(db, term: str = "") -> None:
    """The same page and count the screen asks for, as plain SQL."""
    extra, params = "", []
    if len(term) >= FTS_MIN_CHARS:
        extra = "AND d.id IN (SELECT rowid FROM draft_fts WHERE draft_fts MATCH ?)"
        params = [fts_phrase(term)]
    elif term:
        extra = "AND (d.title LIKE ? OR d.body LIKE ?)"
        params = [f"%{term}%", f"%{term}%"]
    db.execute_sql(PAGE_SQL.format(extra=extra), params).fetchall()
    db.execute_sql(COUNT_SQL.format(extra=extra), params).fetchone()


def first_page(app: QApplication, ctx, cls) -> tuple[float, object]:
    """Creating the screen → its first page painted, in seconds (and the window, to close)."""
    started = time.perf_counter()
    window = QMainWindow()
    view = cls(ctx)
    window.setCentralWidget(view)
    window.resize(1400, 900)
    probe = PaintProbe(view.table.viewport())
    window.show()
    view.refresh()
    until_painted(app, probe)
    elapsed = time.perf_counter() - started
    assert view.model.rowCount() > 0
    return elapsed, window


def warm_up_qt(app: QApplication) -> QMainWindow:
    """Paint a plain window with a table and mixed-script text first: in the app the main window
    is up (style, fonts, CJK glyphs loaded) before any screen is created, so those one-time
    costs are not the screen's."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTableView

    window = QMainWindow()
    splitter = QSplitter(window)
    model = QStandardItemModel(30, 3, window)
    for row in range(30):
        model.setItem(row, 0, QStandardItem(f"Pan de masa madre {row} 手工面包"))
    table = QTableView(splitter)
    table.setModel(model)
    QPlainTextEdit("¡Hola! 新品上市", splitter)
    window.setCentralWidget(splitter)
    window.resize(1400, 900)
    probe = PaintProbe(table.viewport())
    window.show()
    until_painted(app, probe)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_dir(parser)
    args = parser.parse_args(argv)
    shop = open_shop(args.data_dir, "bench-secrets.json")
    if shop is None:
        return 1
    app, ws, db, ctx = shop
    (n,) = db.execute_sql("SELECT COUNT(*) FROM draft").fetchone()
    print(f"workspace {ws.root} ({n:,} drafts)")

    started = time.perf_counter()
    from mbdesk.ui.views.compose import ComposeView
    import_ms = ms(time.perf_counter() - started)

    _shell = warm_up_qt(app)  # kept open, like the main window
    cold, window = first_page(app, ctx, ComposeView)
    bare_cold = ms(_timed(lambda: bare(db)))
    window.close()
    warm_runs, bare_runs = [], []
    for _ in range(RUNS):
        elapsed, window = first_page(app, ctx, ComposeView)
        warm_runs.append(elapsed)
        bare_runs.append(_timed(lambda: bare(db)))
        window.close()
        window.deleteLater()
        app.processEvents()
    warm, bare_warm = ms(min(warm_runs)), ms(min(bare_runs))
    print(f"\nimport of the screen's module: {import_ms:.0f} ms (not part of the figures below)")
    print("first page shown (create screen → page of 200 painted), vs bare SQL page + count:")
    print(f"  cold  {ms(cold):7.1f} ms   bare SQL {bare_cold:6.1f} ms   "
          f"ratio {ms(cold) / bare_cold:5.1f}x   {'OK' if ms(cold) <= FLOOR_MS else 'OVER'}"
          f" (floor {FLOOR_MS:.0f} ms)")
    print(f"  warm  {warm:7.1f} ms   bare SQL {bare_warm:6.1f} ms   "
          f"ratio {warm / bare_warm:5.1f}x   {'OK' if warm <= FLOOR_MS else 'OVER'}")

    elapsed, window = first_page(app, ctx, ComposeView)
    view = window.centralWidget()
    screen_times, sql_times = [], []
    print(f"\nsearch, {RUNS} runs per term (screen: filter → list, count, repaint):")
    print(f"  {'term':<16} {'rows':>6} {'screen p50':>11} {'bare p50':>9}")
    for term in TERMS:
        per_screen, per_sql = [], []
        for _ in range(RUNS):
            view.search.setText(term)
            started = time.perf_counter()
            view.apply_filter()
            probe = PaintProbe(view.library_stack.currentWidget())
            view.library_stack.currentWidget().update()
            until_painted(app, probe)
            per_screen.append(time.perf_counter() - started)
            per_sql.append(_timed(lambda term=term: bare(db, term)))
        screen_times += per_screen
        sql_times += per_sql
        rows = view.count_label.text()
        print(f"  {term!r:<16} {rows.split()[0]:>6} {ms(statistics.median(per_screen)):>9.1f}ms"
              f" {ms(statistics.median(per_sql)):>7.1f}ms")
    for label, q in (("p50", 0.5), ("p95", 0.95)):
        s, b = ms(percentile(screen_times, q)), ms(percentile(sql_times, q))
        print(f"  all terms {label}: screen {s:6.1f} ms   bare SQL {b:6.1f} ms   "
              f"ratio {s / b:4.1f}x")
    window.close()
    db.close()
    return 0


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
