"""GUI responsiveness while the SyncService pulls 100,000 mentions from a local fake Mastodon.

A QApplication runs a 5 ms QTimer heartbeat on the GUI thread; the SyncService syncs one
account against the fake server on 127.0.0.1 (real HTTP, pages of 80 mentions, bulk ingest on a
worker thread). Prints how late the heartbeat ticked: max and p99 stall (floor: max <= 50 ms).
No assertions.

    python benchmarks/bench_sync_gui_stall.py [--mentions 100000]
"""

from __future__ import annotations

import argparse
import bisect
import gc
import itertools
import logging
import multiprocessing
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
from fake_mastodon import FakeMastodon  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.secrets import SecretStore  # noqa: E402
from mbdesk.services.sync_service import SyncService  # noqa: E402
from mbdesk.store.db import open_database  # noqa: E402
from mbdesk.store.models import Account, Mention, Platform  # noqa: E402
from mbdesk.sync.engine import SyncState  # noqa: E402
from mbdesk.sync.runner import make_engine  # noqa: E402

HEARTBEAT_MS = 5


class BulkFake(FakeMastodon):
    """The fake with many mentions and O(log n) notification paging (the stock fake sorts
    and scans its whole list per request, which is fine for tests but not for 100,000)."""

    def __init__(self, mentions: int, authors: int = 2000) -> None:
        super().__init__()
        self.supports_notification_requests = False
        people = [self.add_account(f"fan{i}", "remote.example") for i in range(authors)]
        start = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=200)
        texts = ("¿A qué hora cerráis hoy? @shop", "请问今天营业时间到几点？ @shop",
                 "The croissants were amazing, thanks @shop!")
        with self.lock:
            for n in range(mentions):
                when = start + timedelta(seconds=60 * n)
                st = self._create_status(people[n % authors], {
                    "text": f"{texts[n % 3]} #{n}", "visibility": "public", "language": "es",
                    "media_ids": []}, created_at=when)
                self.notifications.append({"id": self._new_id(), "type": "mention",
                                           "account_id": st["account_id"],
                                           "status_id": st["id"], "created_at": when,
                                           "filtered": False})
            self._by_id = {s["id"]: s for s in self._statuses}
            self._note_ids = [int(n["id"]) for n in self.notifications]

    def _render_notification(self, n):
        st = self._by_id.get(n["status_id"])
        return {"id": n["id"], "type": n["type"], "created_at": n["created_at"].isoformat() + "Z",
                "account": self._render_account(n["account_id"]),
                "status": self._render_status(st) if st else None}

    def r_notifications(self, req):
        self._auth(req, "read:notifications")
        limit = max(1, min(int(req.get("limit") or 40), 80))
        ids, notes = self._note_ids, self.notifications
        if req.get("min_id"):
            i = bisect.bisect_right(ids, int(req.get("min_id")))
            page = notes[i:i + limit]
        elif req.get("max_id"):
            j = bisect.bisect_left(ids, int(req.get("max_id")))
            page = notes[max(0, j - limit):j]
        else:
            page = notes[-limit:]
        page = list(reversed(page))  # newest first, as Mastodon answers
        if not page:
            return 200, [], {}
        links = self._link(req, page[-1]["id"], page[0]["id"])
        return 200, [self._render_notification(n) for n in page], links


def serve(mentions: int, conn) -> None:
    """Child process: run the fake (a real server never shares the app's GIL), report its
    address, then wait for the word to stop."""
    server = BulkFake(mentions).start()
    gc.collect()
    gc.freeze()
    conn.send((server.url, server.token, server.me_id))
    conn.recv()
    server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # never touch a real keyring
    logging.getLogger("mbdesk.secrets").setLevel(logging.ERROR)
    t_fake = time.perf_counter()
    ctx = multiprocessing.get_context("spawn")
    parent_end, child_end = ctx.Pipe()
    child = ctx.Process(target=serve, args=(args.mentions, child_end), daemon=True)
    child.start()
    url, token, me_id = parent_end.recv()
    print(f"fake server (own process) ready with {args.mentions:,} mentions "
          f"({time.perf_counter() - t_fake:.1f} s)")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(root=Path(tmp) / "ws")
        prepare_workspace(ws)
        db = open_database(ws)
        secrets = SecretStore(ws.root / "plaintext-secrets.json", allow_plaintext=True)
        account = Account.create(platform=Platform.MASTODON, instance_url=url,
                                 handle="shop@fake.example", remote_id=me_id,
                                 cursors_json='{"mentions": "0"}')  # walk from the oldest
        secrets.set_token(account.uid, token)
        engine = make_engine(secrets, ws.root)
        engine.mention_batches = 1000
        service = SyncService(db, engine)

        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        outcome: list[object] = []

        def finished(result) -> None:
            outcome.append(result)
            app.quit()

        service.run_finished.connect(finished)
        QTimer.singleShot(30 * 60 * 1000, app.quit)  # a guard, never reached normally
        heartbeat.start()
        t0 = time.perf_counter()
        service.start()
        app.exec()
        elapsed = time.perf_counter() - t0
        heartbeat.stop()
        service.stop()
        stored = Mention.select().count()
        db.close()
    parent_end.send("stop")
    child.join(timeout=30)

    gaps = sorted((b - a) * 1000 - HEARTBEAT_MS for a, b in itertools.pairwise(ticks))
    state = outcome[0].state if outcome else "timeout"
    print(f"sync: {state}, {stored:,} mentions stored in {elapsed:.1f} s "
          f"({stored / elapsed:,.0f} mentions/s, HTTP + parse + ingest)")
    if gaps:
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        print(f"heartbeat {HEARTBEAT_MS} ms: {len(ticks):,} ticks; stall max {max(gaps):.1f} ms, "
              f"p99 {p99:.1f} ms, median {gaps[len(gaps) // 2]:.1f} ms (floor: max <= 50 ms)")
        if os.environ.get("BENCH_DEBUG"):
            worst = sorted(((b - a) * 1000, a - t0) for a, b in itertools.pairwise(ticks))[-8:]
            print("worst gaps (ms, at s):", [(round(g), round(t, 2)) for g, t in worst])
    return 0 if state == SyncState.OK else 1


if __name__ == "__main__":
    raise SystemExit(main())
