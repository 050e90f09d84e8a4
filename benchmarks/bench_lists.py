"""Time the inbox, followers and analytics screens on a big workspace (prints figures).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_lists.py [--data-dir DIR]

For each screen: building it, its first ``refresh()`` (cold: first queries of the process) and
the best of five later ones (warm). Then the first page of the list queries under common
filters and searches, best of five. Make the workspace with ``benchmarks/make_big_shop.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bigshop import add_data_dir, open_shop  # noqa: E402

from mbdesk.store.models import MentionState, Stream  # noqa: E402
from mbdesk.store.queries import mentions, people  # noqa: E402
from mbdesk.ui.views import load_view_class  # noqa: E402

SCREENS = ("inbox", "followers", "analytics")


def best_ms(fn: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def once_ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_dir(parser)
    args = parser.parse_args(argv)
    shop = open_shop(args.data_dir)
    if shop is None:
        return 1
    app, ws, db, ctx = shop
    (n,) = db.execute_sql("SELECT COUNT(*) FROM mention").fetchone()
    print(f"workspace {ws.root} ({n:,} mentions)")
    print(f"{'screen':<10} {'import':>8} {'build':>8} {'refresh cold':>13} {'warm':>8}")
    for key in SCREENS:
        import_ms = once_ms(lambda key=key: load_view_class(key))
        cls = load_view_class(key)
        view = None

        def build(cls=cls) -> None:
            nonlocal view
            view = cls(ctx)

        build_ms = once_ms(build)
        cold = once_ms(view.refresh)
        warm = best_ms(view.refresh)
        print(f"{key:<10} {import_ms:>6.0f}ms {build_ms:>6.0f}ms {cold:>11.1f}ms {warm:>6.1f}ms")
        view.deleteLater()
    app.processEvents()

    print("\nfirst page of 200, best of 5:")
    cases: list[tuple[str, Callable[[], object]]] = [
        ("inbox, all", lambda: mentions.page(mentions.MentionFilter())),
        ("inbox, new", lambda: mentions.page(mentions.MentionFilter(state=MentionState.NEW))),
        ("inbox, account 2", lambda: mentions.page(mentions.MentionFilter(account_id=2))),
        ("inbox, account 2 + done", lambda: mentions.page(
            mentions.MentionFilter(account_id=2, state=MentionState.DONE))),
        ("inbox, watches", lambda: mentions.page(mentions.MentionFilter(stream=Stream.WATCH))),
    ]
    for term in ("可颂", "面包", "croissant", "envío", "horario", "太慢了", "xq", "zzzz"):
        cases.append((f"inbox, search {term!r}",
                      lambda term=term: mentions.page(mentions.MentionFilter(search=term))))
    cases += [
        ("inbox, header counts", mentions.counts),
        ("inbox, capped count", lambda: mentions.count(mentions.MentionFilter())),
        ("followers, all", lambda: people.page(people.PeopleFilter())),
        ("followers, account 2", lambda: people.page(people.PeopleFilter(account_id=2))),
        ("followers, lost", lambda: people.page(people.PeopleFilter(lost=True))),
        ("followers, new this week", lambda: people.page(people.PeopleFilter(new_this_week=True))),
        ("followers, tag 1", lambda: people.page(people.PeopleFilter(tag_id=1))),
        ("followers, search 'María'", lambda: people.page(people.PeopleFilter(search="María"))),
        ("followers, search '王'", lambda: people.page(people.PeopleFilter(search="王"))),
        ("followers, search '@li'", lambda: people.page(people.PeopleFilter(search="@li"))),
        ("followers, totals", people.totals),
    ]
    for label, fn in cases:
        print(f"  {label:<32} {best_ms(fn):>7.1f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
