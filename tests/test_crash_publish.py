"""Crash test: ``mbdesk sync`` killed with SIGKILL at random moments while publishing.

The fake Mastodon server runs in this process and answers each request a little late, after it
has applied it, so many kills land in the worst window (the post exists, the answer is lost).
After every kill the sync is started again. At the end every outbox item must be on the server
exactly once, none lost, and the database must pass ``PRAGMA integrity_check``.

In the suite it runs a modest count; for a longer manual run::

    python tests/test_crash_publish.py --items 300 --kills 60
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import threading
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from fake_mastodon import FakeMastodon  # noqa: E402
from sync_helpers import add_account, spawn_sync  # noqa: E402

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.store import outbox  # noqa: E402
from mbdesk.store.db import check_integrity, open_database  # noqa: E402
from mbdesk.store.models import Account, Platform  # noqa: E402


class SlowFake(FakeMastodon):
    """Applies each request at once, then holds the answer for a random few milliseconds."""

    def __init__(self, seed: int) -> None:
        super().__init__()
        self._rng = random.Random(seed)
        self._pause = threading.Event()

    def dispatch(self, req):
        answer = super().dispatch(req)
        with self.lock:
            delay = self._rng.uniform(0.0, 0.06)
        self._pause.wait(delay)
        return answer


def crash_run(root: Path, items: int, kills: int, seed: int = 1) -> dict[str, object]:
    """Publish ``items`` posts through repeatedly killed ``mbdesk sync`` processes."""
    rng = random.Random(seed)
    ws = Workspace(root=root)
    prepare_workspace(ws)
    db = open_database(ws)
    server = SlowFake(seed).start()
    try:
        account_id = add_account(server, None)
        uid = Account.get_by_id(account_id).uid
        texts = [f"Crash-test post {i:04d} 🍞" for i in range(items)]
        for text in texts:
            outbox.enqueue(account_id, Platform.MASTODON, text)
        db.close()
        for _ in range(kills):
            proc = spawn_sync(root, uid, server.token, interval=0.5)
            # the child needs ~0.3-0.6 s to start; kill anywhere from start-up to mid-batch
            threading.Event().wait(rng.uniform(0.2, 1.5))
            proc.kill()
            proc.wait()
            proc.stdout.close()
        for _ in range(5):  # finish: run once until the outbox is empty
            proc = spawn_sync(root, uid, server.token, once=True)
            proc.communicate(timeout=120)
            conn = sqlite3.connect(ws.database)
            left = conn.execute("SELECT COUNT(*) FROM outbox_item WHERE state != 'sent'")
            remaining = left.fetchone()[0]
            conn.close()
            if remaining == 0:
                break
        on_server = Counter(s["content"] for s in server.own_statuses())
        conn = sqlite3.connect(ws.database)
        states = Counter(r[0] for r in conn.execute("SELECT state FROM outbox_item"))
        posts = conn.execute("SELECT COUNT(*) FROM post").fetchone()[0]
        conn.close()
        return {
            "expected": {f"<p>{t}</p>" for t in texts},
            "on_server": on_server,
            "states": states,
            "posts": posts,
            "integrity": check_integrity(ws.database),
            "requests": len(server.requests_to("/api/v1/statuses", "POST")),
        }
    finally:
        server._pause.set()
        server.stop()


def check(result: dict[str, object], items: int) -> None:
    on_server: Counter = result["on_server"]  # type: ignore[assignment]
    duplicates = {text: n for text, n in on_server.items() if n > 1}
    assert not duplicates, f"published twice: {duplicates}"
    assert set(on_server) == result["expected"], "a post is missing or unexpected"
    assert result["states"] == Counter({"sent": items}), result["states"]
    assert result["posts"] == items
    assert result["integrity"] == []


def test_killed_sync_publishes_every_post_exactly_once(tmp_path: Path) -> None:
    items = 40
    result = crash_run(tmp_path / "ws", items=items, kills=6, seed=7)
    check(result, items)
    assert result["requests"] >= items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = crash_run(Path(tmp) / "ws", args.items, args.kills, args.seed)
    check(result, args.items)
    print(f"ok: {args.items} posts, {args.kills} kills, {result['requests']} POST requests, "
          f"each post on the server exactly once; integrity ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
