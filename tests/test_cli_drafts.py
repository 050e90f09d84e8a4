"""``mbdesk drafts list|check|schedule`` as a real process: JSON fields, the composer's own
checks (a Weibo target over its limit refuses the whole schedule), DST gaps, outbox rows."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account, Draft, DraftState, OutboxItem


def run_cli(workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mbdesk", "--data-dir", str(workspace.root),
                           "drafts", *args], capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "TZ": "Europe/Madrid",
                               "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen",
                               "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
                          cwd=Path(__file__).resolve().parents[1])


@pytest.fixture
def shop(db):
    mastodon = Account.create(platform="mastodon", handle="shop@example.social")
    weibo = Account.create(platform="weibo", handle="小店")
    long_id = save_draft(None, DraftInput(title="春季", body="新品上市手工陶瓷杯" * 20,
                                          target_ids=(mastodon.id, weibo.id)))
    ok_id = save_draft(None, DraftInput(title="Tazas", body="¡Tazas nuevas!",
                                        category="promotion", hashtags="#cerámica",
                                        target_ids=(mastodon.id, weibo.id),
                                        variants={weibo.id: "新品陶瓷杯到店"}))
    return mastodon, weibo, long_id, ok_id


def test_list_json_and_filters(workspace, shop):
    result = run_cli(workspace, "list", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["title"] for r in records] == ["Tazas", "春季"]
    assert set(records[0]) == {"id", "title", "first_line", "category", "state", "archived",
                               "updated_at", "targets"}
    assert records[0]["targets"] == ["shop@example.social", "小店"]
    assert records[0]["updated_at"].endswith("Z")
    result = run_cli(workspace, "list", "--json", "--search", "陶瓷杯")
    assert [r["title"] for r in json.loads(result.stdout)] == ["春季"]
    result = run_cli(workspace, "list", "--json", "--category", "promotion")
    assert [r["title"] for r in json.loads(result.stdout)] == ["Tazas"]


def test_check_and_schedule_refuse_what_a_server_would(workspace, shop):
    _, _, long_id, _ = shop
    result = run_cli(workspace, "check", str(long_id), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [(t["account"], t["count"], t["fits"]) for t in report["targets"]] == [
        ("shop@example.social", 180, True), ("小店", 180, False)]
    assert report["problems"][0] == {"code": "too_long", "severity": "error", "account": "小店",
                                     "count": 180, "limit": 140, "over": 40}
    result = run_cli(workspace, "schedule", str(long_id), "--at", "2031-07-01T09:00")
    assert result.returncode == 2
    assert "Nothing was queued: 小店: 180 of 140; shorten it by 40." in result.stderr
    assert OutboxItem.select().count() == 0


def test_schedule_in_the_local_zone_refusing_a_dst_gap(workspace, shop):
    mastodon, weibo, _, ok_id = shop
    result = run_cli(workspace, "schedule", str(ok_id), "--at", "2031-03-30T02:30")
    assert result.returncode == 2 and "daylight saving" in result.stderr
    result = run_cli(workspace, "schedule", str(ok_id), "--at", "2031-07-01T09:00")
    assert result.returncode == 0, result.stderr
    rows = {r.account_id: r for r in OutboxItem.select()}
    assert {r.scheduled_at for r in rows.values()} == {datetime(2031, 7, 1, 7, 0)}
    assert rows[mastodon.id].body == "¡Tazas nuevas!\n\n#cerámica"
    assert rows[weibo.id].body == "新品陶瓷杯到店"
    assert Draft.get_by_id(ok_id).state == DraftState.SCHEDULED
    result = run_cli(workspace, "schedule", str(ok_id))
    assert result.returncode == 2 and "already scheduled" in result.stderr
