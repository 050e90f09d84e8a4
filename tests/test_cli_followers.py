"""``mbdesk followers list|tag`` and ``mbdesk stats``: real processes, outputs parsed."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from mbdesk.store.models import (
    Account,
    AccountSnapshot,
    FollowerEdge,
    Person,
    PersonTag,
    Tag,
    utcnow,
)

ROOT = Path(__file__).resolve().parents[1]


def run(workspace, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "main.py", "--data-dir", str(workspace.root), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                          check=False)


@pytest.fixture
def shop(workspace, db):
    now = utcnow()
    shop = Account.create(platform="mastodon", handle="shop@example.social")
    weibo = Account.create(platform="weibo", handle="bakery")
    kol = Tag.create(name="KOL", kind="kol", color="#d97706")
    for i, (handle, name, count, account, days, lost) in enumerate([
        ("ana@example.social", "Ana", 12_000, shop, 1, None),
        ("bo@example.social", "Bo", 40, shop, 5, 2),
        ("王小明", "王小明", 300, weibo, 3, None),
    ]):
        person = Person.create(platform=account.platform, remote_id=str(i), handle=handle,
                               display_name=name, followers_count=count)
        FollowerEdge.create(account=account, person=person, first_seen=now - timedelta(days=days),
                            lost_at=now - timedelta(days=lost) if lost else None)
        if count > 10_000:
            PersonTag.create(person=person, tag=kol)
    today = now.date()
    for d in range(3):
        AccountSnapshot.create(account=shop, day=today - timedelta(days=d), followers=100 - d)
    return shop


def test_list_json_fields_and_filters(workspace, shop) -> None:
    proc = run(workspace, "followers", "list", "--account", "shop", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["handle"] for r in rows] == ["ana@example.social", "bo@example.social"]
    assert list(rows[0]) == ["person_id", "handle", "name", "platform", "followers_count",
                             "first_seen", "last_interaction_at", "lost", "tags"]
    assert rows[0]["tags"] == ["KOL"] and rows[0]["followers_count"] == 12_000
    assert rows[0]["first_seen"].endswith("Z") and rows[0]["last_interaction_at"] is None
    assert rows[1]["lost"] is True
    proc = run(workspace, "followers", "list", "--tag", "kol", "--json")
    assert [r["name"] for r in json.loads(proc.stdout)] == ["Ana"]
    proc = run(workspace, "followers", "list", "--tag", "nope")
    assert proc.returncode == 2 and "No tag called 'nope'" in proc.stderr


def test_list_csv(workspace, shop) -> None:
    proc = run(workspace, "followers", "list", "--csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0] == ["person_id", "handle", "name", "platform", "followers_count",
                       "first_seen", "last_interaction_at", "lost", "tags"]
    assert [r[2] for r in rows[1:]] == ["Ana", "王小明", "Bo"]
    assert rows[1][8] == "KOL" and rows[3][7] == "yes"


def test_tag_by_handle_creates_and_removes(workspace, shop) -> None:
    proc = run(workspace, "followers", "tag", "@王小明", "Wholesale")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Tagged @王小明 'Wholesale'."
    proc = run(workspace, "followers", "tag", "ana@example.social", "customer",
               "--account", "shop")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(run(workspace, "followers", "list", "--json").stdout)
    tags = {r["name"]: r["tags"] for r in rows}
    assert tags == {"Ana": ["Customer", "KOL"], "王小明": ["Wholesale"], "Bo": []}
    proc = run(workspace, "followers", "tag", "王小明", "Wholesale", "--remove")
    assert proc.stdout.strip() == "Removed 'Wholesale' from @王小明."
    proc = run(workspace, "followers", "tag", "王小明", "KOL", "--account", "shop")
    assert proc.returncode == 2 and "No one with the handle" in proc.stderr


def test_stats_daily_followers_new_lost(workspace, shop) -> None:
    proc = run(workspace, "stats", "--account", "shop", "--days", "3", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["account"] == "shop@example.social"
    today = utcnow().date()
    assert out["days"] == [
        {"date": (today - timedelta(days=2)).isoformat(), "followers": 98, "new": 0, "lost": 1,
         "net": -1},
        {"date": (today - timedelta(days=1)).isoformat(), "followers": 99, "new": 1, "lost": 0,
         "net": 1},
        {"date": today.isoformat(), "followers": 100, "new": 0, "lost": 0, "net": 0},
    ]
    text = run(workspace, "stats", "--account", "shop", "--days", "3").stdout
    assert text.splitlines()[0].split() == ["date", "followers", "new", "lost"]
    assert text.splitlines()[-1] == "1 new, 1 lost in 3 days"
