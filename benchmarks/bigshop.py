"""What the screen benchmarks share: the big-shop workspace opened as the window opens it, and
the percentile they report. Imported by ``bench_*.py`` run as scripts (this folder is on
``sys.path`` then)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "benchmarks/data/big-shop"


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA,
                        help="a big-shop workspace (benchmarks/make_big_shop.py; opening migrates)")


def open_shop(data_dir: Path, secrets_file: str | None = None):
    """(app, workspace, database, context) for ``data_dir``, or None (said on stderr) when it
    holds no database yet. Qt is imported here: callers set QT_QPA_PLATFORM first."""
    from PySide6.QtWidgets import QApplication

    from mbdesk.paths import Workspace
    from mbdesk.secrets import SecretStore
    from mbdesk.services.context import AppContext
    from mbdesk.store.db import open_database

    ws = Workspace(root=data_dir.resolve())
    if not ws.database.exists():
        print(f"no database in {ws.root}; run benchmarks/make_big_shop.py first", file=sys.stderr)
        return None
    app = QApplication.instance() or QApplication([])
    db = open_database(ws)
    secrets = SecretStore(ws.root / secrets_file) if secrets_file else SecretStore()
    return app, ws, db, AppContext(ws, db, secrets)


def percentile(values: list[float], q: float) -> float:
    """The value at fraction ``q`` of the sorted values (nearest rank; 0.95 = p95)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0
