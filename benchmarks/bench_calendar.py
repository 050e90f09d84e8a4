"""Time the calendar month view with 1,000 scheduled posts next to an empty month (prints figures).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_calendar.py

Makes a temporary workspace with three accounts and 1,000 posts spread over one month (with
warnings, holidays and a history for best hours, as the real screen has), then measures for the
full month and for an empty month in the same run: building + loading the month (``refresh`` /
``show_month``) and the first paint (``grab`` of the grid). Floor: ≤ 100 ms for the full month.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.secrets import SecretStore  # noqa: E402
from mbdesk.services.context import AppContext  # noqa: E402
from mbdesk.store import settings  # noqa: E402
from mbdesk.store.db import open_database  # noqa: E402
from mbdesk.store.models import Account, OutboxItem, Post, PostMetricSnapshot  # noqa: E402

FLOOR_MS = 100.0
POSTS = 1000
YEAR, MONTH, EMPTY_MONTH = 2031, 3, 6


def fill(count: int) -> None:
    rng = random.Random(4)
    accounts = [Account.create(platform="mastodon", handle=f"shop{i}@example.social",
                               color=color)
                for i, color in enumerate(("#e11d48", "#0ea5e9", "#16a34a"))]
    start = datetime(YEAR, MONTH, 1, 6, 0)
    rows = [{"account": rng.choice(accounts).id,
             "body": f"Post {i} " + "bread " * rng.randint(2, 30),
             "state": rng.choice(("queued", "queued", "on_server", "failed")),
             "scheduled_at": start + timedelta(minutes=rng.randint(0, 30 * 24 * 60 - 1))}
            for i in range(count)]
    for chunk in range(0, len(rows), 200):
        OutboxItem.insert_many(rows[chunk:chunk + 200]).execute()
    for i in range(120):  # engagement history, so the best-hours check runs too
        post = Post.create(account=accounts[i % 3], remote_id=str(i), text="old",
                           published_at=datetime(YEAR, 1, 1, 8) + timedelta(hours=7 * i))
        PostMetricSnapshot.create(post=post, favourites=rng.randint(0, 40))


def measure(app: QApplication, view, year: int, month: int) -> tuple[float, float]:
    """(load ms, first paint ms) for one month, on a freshly shown view."""
    started = time.perf_counter()
    view.show_month(year, month)
    app.processEvents()
    load = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    image = view.grid.viewport().grab()
    paint = (time.perf_counter() - started) * 1000
    assert not image.isNull()
    return load, paint


def best(fn: Callable[[], tuple[float, float]], runs: int = 5) -> tuple[float, float]:
    results = [fn() for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="mbdesk-bench-cal-") as tmp:
        ws = Workspace(root=Path(tmp))
        prepare_workspace(ws)
        db = open_database(ws)
        settings.put("timezone", "Europe/Madrid")
        settings.put("holiday_country", "ES")
        fill(POSTS)
        from mbdesk.ui.views.calendar import CalendarView

        ctx = AppContext(workspace=ws, db=db, secrets=SecretStore())
        started = time.perf_counter()
        view = CalendarView(ctx)
        view.resize(1400, 900)
        view.show()
        view.refresh()
        app.processEvents()
        build_ms = (time.perf_counter() - started) * 1000
        cold_full = measure(app, view, YEAR, MONTH)
        cold_empty = measure(app, view, YEAR, EMPTY_MONTH)
        full = best(lambda: measure(app, view, YEAR, MONTH))
        empty = best(lambda: measure(app, view, YEAR, EMPTY_MONTH))
        shown = view.model.total_chips()
        view.show_month(YEAR, MONTH)
        chips = view.model.total_chips()
        warnings = len(view.model.warnings)
        db.close()
    full_total, empty_total = sum(full), sum(empty)
    print(f"calendar view built + first refresh (today's month): {build_ms:7.1f} ms")
    print(f"month with {chips} posts ({warnings} warnings): load {full[0]:6.1f} ms + first paint "
          f"{full[1]:6.1f} ms = {full_total:6.1f} ms   (cold {sum(cold_full):6.1f} ms)")
    print(f"empty month ({shown} posts):            load {empty[0]:6.1f} ms + first paint "
          f"{empty[1]:6.1f} ms = {empty_total:6.1f} ms   (cold {sum(cold_empty):6.1f} ms)")
    ratio = full_total / empty_total if empty_total else float("inf")
    verdict = "ok" if full_total <= FLOOR_MS else "OVER"
    print(f"full / empty: {ratio:.1f}x; floor {FLOOR_MS:.0f} ms for the full month: {verdict}")
    return 0 if full_total <= FLOOR_MS else 1


if __name__ == "__main__":
    sys.exit(main())
