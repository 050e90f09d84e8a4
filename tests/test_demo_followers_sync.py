"""The demo workspace's first syncs find the followers it was generated with: no account shows
its followers as lost and the same number as new (the Weibo account did: its people were
stored as sandbox people, while the sync keys a Weibo account's people as Weibo people)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from mbdesk.app import main
from mbdesk.paths import resolve_workspace
from mbdesk.store import demo
from mbdesk.store.models import utcnow


def cli(root, *argv: str) -> int:
    return main(["--data-dir", str(root), "--demo", *argv])


def churn(root, since: datetime) -> dict[str, tuple[int, int, int]]:
    """Per account handle: (followers now, edges first seen since, edges lost since)."""
    path = resolve_workspace(root, demo=True).database
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT a.handle, SUM(e.lost_at IS NULL), SUM(e.first_seen >= ?), "
            "SUM(e.lost_at >= ?) FROM follower_edge AS e JOIN account AS a ON a.id = e.account_id "
            "GROUP BY a.id", [since.isoformat(" "), since.isoformat(" ")]).fetchall()
    return {handle: (alive, new, lost) for handle, alive, new, lost in rows}


def weibo_people_elsewhere(root) -> int:
    """The Weibo account's followers and mention authors that are not Weibo people."""
    with sqlite3.connect(resolve_workspace(root, demo=True).database) as conn:
        return conn.execute(
            "SELECT COUNT(*) FROM person AS p WHERE p.platform <> 'weibo' AND p.id IN ("
            "SELECT e.person_id FROM follower_edge AS e JOIN account AS a ON a.id = e.account_id"
            " WHERE a.platform = 'weibo' UNION SELECT m.author_id FROM mention AS m JOIN"
            " account AS a ON a.id = m.account_id WHERE a.platform = 'weibo')").fetchone()[0]


def people_platforms(root) -> dict[str, set[str]]:
    """Per account handle: the platforms of the people following it."""
    with sqlite3.connect(resolve_workspace(root, demo=True).database) as conn:
        rows = conn.execute("SELECT DISTINCT a.handle, p.platform FROM follower_edge AS e JOIN "
                            "person AS p ON p.id = e.person_id JOIN account AS a ON "
                            "a.id = e.account_id").fetchall()
    found: dict[str, set[str]] = {}
    for handle, platform in rows:
        found.setdefault(handle, set()).add(platform)
    return found


def walks_done(root) -> bool:
    with sqlite3.connect(resolve_workspace(root, demo=True).database) as conn:
        rows = conn.execute(
            "SELECT json_extract(cursors_json, '$.followers_done_at'), "
            "json_extract(cursors_json, '$.followers_walk') FROM account").fetchall()
    return all(done and walk is None for done, walk in rows)


def test_first_syncs_of_the_demo_show_no_follower_churn(tmp_path, capsys):
    assert cli(tmp_path, "accounts", "list") == 0  # generates the demo
    before = churn(tmp_path, datetime.min)
    assert weibo_people_elsewhere(tmp_path) == 0
    assert people_platforms(tmp_path) == {"luna_bakery": {"sandbox"}, "luna_ayuda": {"sandbox"},
                                          "月亮面包坊": {"weibo"}}
    since = utcnow()
    # the first account's 2,000 followers take two runs (40 pages a run)
    for _ in range(2):
        capsys.readouterr()
        assert cli(tmp_path, "sync", "--once") == 0
        assert "followers" not in capsys.readouterr().out
    assert walks_done(tmp_path)  # every account's walk reached its end
    after = churn(tmp_path, since)
    assert set(after) == set(before) and len(after) == 3
    for handle, (alive, new, lost) in after.items():
        assert (alive, new, lost) == (before[handle][0], 0, 0), handle
    # The sync probed the sandbox again: the Weibo account still has Weibo's profile.
    with sqlite3.connect(resolve_workspace(tmp_path, demo=True).database) as conn:
        software, partial, limit, url = conn.execute(
            "SELECT json_extract(profile_json, '$.software'), "
            "json_extract(profile_json, '$.capabilities.followers_partial'), "
            "json_extract(limits_json, '$.max_characters'), "
            "json_extract(limits_json, '$.characters_reserved_per_url') "
            "FROM account WHERE platform = 'weibo'").fetchone()
    assert (software, partial, limit, url) == ("weibo", 1, 140, 10)


def test_an_old_demo_gets_its_weibo_followers_back(tmp_path, capsys, monkeypatch):
    """A demo made and synced before the fix: starting it again merges each follower's two
    edges, so the day of false churn disappears from the history too."""
    with monkeypatch.context() as old:  # the generator and repair as they were
        old.setattr(demo, "give_account_its_people", lambda *a, **k: 0)
        assert cli(tmp_path, "accounts", "list") == 0
        alive = churn(tmp_path, datetime.min)["月亮面包坊"][0]
        since = utcnow()
        capsys.readouterr()
        assert cli(tmp_path, "sync", "--once") == 0
        assert f"followers +{alive} -{alive}" in capsys.readouterr().out  # the reported bug
    assert weibo_people_elsewhere(tmp_path) > 0
    assert cli(tmp_path, "accounts", "list") == 0  # opening the demo repairs it
    assert weibo_people_elsewhere(tmp_path) == 0
    assert churn(tmp_path, since)["月亮面包坊"] == (alive, 0, 0)
    capsys.readouterr()
    assert cli(tmp_path, "sync", "--once") == 0
    assert "月亮面包坊: ok" in capsys.readouterr().out
    assert churn(tmp_path, since)["月亮面包坊"] == (alive, 0, 0)
