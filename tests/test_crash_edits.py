"""Crash and chaos test for edits and deletes of sent posts: ``mbdesk sync`` killed with SIGKILL
at random moments while it edits and deletes, against a server that ignores Idempotency-Key,
with a share of requests failing at random (the same faults as for publishing: lost answers,
5xx pages before and after the work, resets, timeouts, slow answers, 429, malformed bodies).

Half of the posts get one edit, the other half a delete. At the end (the network heals) every
edited post must carry exactly one edit (its version history: the original and the new text),
every deleted post must be gone, no change row may be left unresolved, and the database must
pass ``PRAGMA integrity_check``. ``benchmarks/bench_chaos.py --edits`` runs it bigger.
"""

from __future__ import annotations

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

from fake_mastodon import KEY_IGNORING  # noqa: E402
from sync_helpers import add_account, spawn_sync  # noqa: E402
from test_crash_publish import CLIENT_TIMEOUT, ChaosFake, _heal, summary  # noqa: E402

from mbdesk.paths import Workspace, prepare_workspace  # noqa: E402
from mbdesk.store import post_changes  # noqa: E402
from mbdesk.store.db import check_integrity, open_database  # noqa: E402
from mbdesk.store.models import Account, OutboxItem, OutboxState, Post, utcnow  # noqa: E402


def crash_edit_run(root: Path, posts: int, kills: int, seed: int = 1,
                   profile: str = "gotosocial", fault_rate: float = 0.0) -> dict[str, object]:
    """Edit half of ``posts`` sent posts and delete the other half through ``kills`` killed
    ``mbdesk sync`` processes."""
    rng = random.Random(seed)
    ws = Workspace(root=root)
    prepare_workspace(ws)
    db = open_database(ws)
    server = ChaosFake(seed, profile, fault_rate).start()
    try:
        account_id = add_account(server, None)
        uid = Account.get_by_id(account_id).uid
        edits: dict[str, str] = {}  # remote id -> the new text
        deletes: list[str] = []
        for i in range(posts):
            text = f"Chaos post {i:04d} 🍞"
            with server.lock:
                st = server._create_status(server.me_id, {"text": text})
            item = OutboxItem.create(account=account_id, body=text, state=OutboxState.SENT,
                                     remote_id=st["id"], sent_at=utcnow())
            Post.create(account=account_id, remote_id=st["id"], outbox=item.id, text=text)
            if i % 2 == 0:
                edits[st["id"]] = f"Chaos post {i:04d} 🍞 — edited"
                post_changes.request_edit(item.id, edits[st["id"]])
            else:
                deletes.append(st["id"])
                post_changes.request_delete(item.id)
        db.close()
        for _ in range(kills):
            proc = spawn_sync(root, uid, server.token, interval=0.5, timeout=CLIENT_TIMEOUT)
            threading.Event().wait(rng.uniform(0.2, 1.5))
            proc.kill()
            proc.wait()
            proc.stdout.close()
        # one whole run still under faults (on a loaded machine the killed children may not
        # have got far enough to meet any), then the network heals
        proc = spawn_sync(root, uid, server.token, once=True, timeout=CLIENT_TIMEOUT)
        proc.communicate(timeout=300)
        server.fault_rate = 0.0
        for _ in range(8):
            if _heal(ws.database) == 0:
                break
            proc = spawn_sync(root, uid, server.token, once=True, timeout=CLIENT_TIMEOUT)
            proc.communicate(timeout=300)
        with server.lock:
            applied = {sid: server.edits_of(sid) for sid in edits}
            texts = {s["id"]: s["text"] for s in server._statuses if s["id"] in edits}
            gone = {sid: server.is_deleted(sid) for sid in deletes}
        conn = sqlite3.connect(ws.database)
        states = Counter(r for r in conn.execute(
            "SELECT kind, state FROM outbox_item WHERE kind IN ('edit', 'delete')"))
        lookups = conn.execute(
            "SELECT COUNT(*) FROM outbox_attempt WHERE action = 'lookup'").fetchone()[0]
        conn.close()
        return {
            "posts": posts,
            "kills": kills,
            "faults": sum(server.injected.values()),
            "fault_kinds": dict(server.injected),
            "lost": sum(1 for sid, n in applied.items() if n == 0 or texts[sid] != edits[sid])
            + sum(1 for done in gone.values() if not done),
            "dup": sum(n - 1 for n in applied.values() if n > 1),
            "unknown": sum(n for (_, state), n in states.items() if state != "sent"),
            "states": states,
            "lookups": lookups,
            "integrity": check_integrity(ws.database),
            "put_requests": sum(len(server.requests_to(f"/api/v1/statuses/{sid}", "PUT"))
                                for sid in edits),
            "delete_requests": sum(len(server.requests_to(f"/api/v1/statuses/{sid}",
                                                          "DELETE")) for sid in deletes),
        }
    finally:
        server._pause.set()
        server.stop()


def test_killed_sync_edits_and_deletes_each_post_exactly_once(tmp_path: Path) -> None:
    """Kills and 20 % faults of every kind on a server that ignores the key."""
    result = crash_edit_run(tmp_path / "ws", posts=24, kills=6, seed=5,
                            profile=KEY_IGNORING[0], fault_rate=0.2)
    assert (result["lost"], result["dup"], result["unknown"]) == (0, 0, 0), summary(result)
    assert result["integrity"] == []
    assert result["faults"] > 0
