"""Build the big-shop benchmark workspace: 5 accounts, 3 years, 200,000 mentions.

    python benchmarks/make_big_shop.py [--out DIR] [--force] [--seed N]

The folder (default ``benchmarks/data/big-shop``, git-ignored) is a normal workspace: open it
with ``mbdesk --data-dir DIR`` to feel the app at that size. Prints rows per table, the file
size and how long generation took.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.store.db import open_database  # noqa: E402
from mbdesk.store.demo import BIG_SHOP, generate  # noqa: E402
from mbdesk.store.models import ALL_MODELS  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "data" / "big-shop"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="workspace folder")
    parser.add_argument("--force", action="store_true", help="replace an existing workspace")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    ws = Workspace(root=args.out.expanduser().resolve())
    if ws.database.exists():
        if not args.force:
            print(f"{ws.root} already holds a database; use --force to rebuild it.",
                  file=sys.stderr)
            return 1
        shutil.rmtree(ws.root)
    prepare_workspace(ws)
    db = open_database(ws)

    started = time.perf_counter()
    summary = generate(BIG_SHOP, seed=args.seed)
    generated = time.perf_counter() - started
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("ANALYZE")
    db.close()

    print(f"workspace: {ws.root}")
    width = max(len(m._meta.table_name) for m in ALL_MODELS)
    for model in ALL_MODELS:
        name = model._meta.table_name
        print(f"  {name:<{width}}  {summary.rows.get(name, 0):>9,}")
    size = ws.database.stat().st_size
    print(f"database: {size / 1_048_576:,.1f} MiB")
    print(f"generated in {generated:,.1f} s (total {time.perf_counter() - started:,.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
