"""Time the Schedule dialog's best next time per account on the big shop (prints figures).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_best_time.py [--data-dir DIR]

``store.queries.best_time.best_times`` for every account (its posts' engagement of 180 days,
queue slots, planned posts, then ``domain.best_time``), next to the calendar's
``best_hours_by_account`` (the same kind of grouped query over all accounts) as the baseline in
the same run. Both run on a worker thread in the window; the figure says how long the dialog
shows "Looking at each account's posts…" before the suggestions appear.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bigshop import add_data_dir, open_shop

RUNS = 7


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    add_data_dir(parser)
    args = parser.parse_args()
    opened = open_shop(args.data_dir)
    if opened is None:
        return 1
    from zoneinfo import ZoneInfo

    from mbdesk.store.models import Account, Post, utcnow
    from mbdesk.store.queries.best_time import best_times
    from mbdesk.store.queries.schedule import best_hours_by_account

    zone = ZoneInfo("Europe/Madrid")
    ids = [a.id for a in Account.select(Account.id)]
    latest = Post.select(Post.published_at).order_by(Post.published_at.desc()).scalar()
    now = max(utcnow(), latest) if latest else utcnow()

    def timed(fn) -> float:
        runs = []
        for _ in range(RUNS):
            start = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - start) * 1000)
        return statistics.median(runs)

    baseline = timed(lambda: best_hours_by_account(zone, now))
    ours = timed(lambda: best_times(ids, zone, now))
    found = best_times(ids, zone, now)
    print(f"accounts: {len(ids)}, posts: {Post.select().count()}")
    print(f"best_hours_by_account (calendar, baseline): {baseline:.1f} ms median of {RUNS}")
    print(f"best_times per account (Schedule dialog):   {ours:.1f} ms median of {RUNS} "
          f"({ours / baseline:.2f}x the baseline)")
    for s in found:
        print(f"  account {s.account_id}: {s.when:%a %Y-%m-%d %H:%M} UTC, {s.reason}, "
              f"{s.posts} posts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
