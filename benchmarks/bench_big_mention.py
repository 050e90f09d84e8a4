"""The worst GUI stall when selecting a huge mention in the inbox, next to a normal one.

A 5 MB mention (what a hostile or broken server can send) and a normal one in a fresh
database; the InboxView selects each in turn while a 5 ms QTimer heartbeat runs on the GUI
thread. Prints the worst heartbeat gap around each selection (the normal mention is the
baseline from the same run). ``--uncapped`` also times building the whole 5 MB view, as the
pane did before it was capped. No assertions.

    python benchmarks/bench_big_mention.py [--mb 5] [--rounds 5] [--uncapped]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.secrets import SecretStore  # noqa: E402
from mbdesk.services.context import AppContext  # noqa: E402
from mbdesk.store.db import open_database  # noqa: E402
from mbdesk.store.models import Account, Mention, Platform  # noqa: E402

HEARTBEAT_MS = 5


def worst_stall(app: QApplication, action) -> float:
    """Run ``action`` from the event loop; the longest gap between heartbeat ticks, in ms."""
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(HEARTBEAT_MS)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    beat.start()
    QTimer.singleShot(50, action)
    QTimer.singleShot(400, loop.quit)  # the action, its paint, and a quiet tail
    loop.exec()
    beat.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    return max(gaps) * 1000 if gaps else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--uncapped", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(root=Path(tmp) / "ws")
        prepare_workspace(ws)
        db = open_database(ws)
        ctx = AppContext(workspace=ws, db=db, secrets=SecretStore(ws.root / "p.json"))
        shop = Account.create(platform=Platform.MASTODON, instance_url="https://x.example",
                              handle="shop@x.example", display_name="Shop", remote_id="1")
        normal = Mention.create(account=shop, remote_id="n1", status_remote_id="s1",
                                text_plain="¿Abrís el domingo? @shop",
                                text_html="<p>¿Abrís el domingo? @shop</p>")
        words = int(args.mb * 1024 * 1024 / 10)
        big = Mention.create(account=shop, remote_id="n2", status_remote_id="s2",
                             text_plain="croissant " * words,
                             text_html="<p>" + "croissant " * words + "</p>")
        from mbdesk.ui.views.inbox import InboxView

        view = InboxView(ctx)
        view.resize(1200, 800)
        view.show()
        view.refresh()
        deadline = time.monotonic() + 10
        while view.model.row_of(lambda r: r.id == big.id) < 0 and time.monotonic() < deadline:
            app.processEvents()

        def select(mention_id: int):
            return lambda: view.table.selectRow(view.model.row_of(lambda r: r.id == mention_id))

        normal_ms, big_ms = [], []
        for _ in range(args.rounds):
            normal_ms.append(worst_stall(app, select(normal.id)))
            big_ms.append(worst_stall(app, select(big.id)))
        print(f"select a normal mention (baseline): worst stall {max(normal_ms):.1f} ms "
              f"(median round {sorted(normal_ms)[len(normal_ms) // 2]:.1f} ms)")
        print(f"select the {args.mb:g} MB mention: worst stall {max(big_ms):.1f} ms "
              f"(median round {sorted(big_ms)[len(big_ms) // 2]:.1f} ms) = "
              f"{max(big_ms) / max(normal_ms):.2f}x the baseline")
        more = worst_stall(app, view.pane.show_more)
        print(f"'Show more' on it once: worst stall {more:.1f} ms")
        if args.uncapped:
            from mbdesk.ui.views.inbox_conversation import mention_html

            detail = view.pane.detail
            start = time.perf_counter()
            view.pane.detail_text.setHtml(mention_html(detail.text_html, detail.text_plain,
                                                       limit=10**10))
            app.processEvents()
            print(f"building the whole {args.mb:g} MB view (as before the cap): "
                  f"{(time.perf_counter() - start) * 1000:.0f} ms")
        view.close()
        db.close()


if __name__ == "__main__":
    main()
