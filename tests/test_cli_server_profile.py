"""The JSON the CLI prints about server profiles, sync steps and outbox histories: new keys
next to the old ones (which stay as they were), and ``outbox show ID``."""

from __future__ import annotations

import json
from datetime import datetime

from mbdesk.app import main
from mbdesk.store.models import Account, OutboxAttempt, OutboxItem

NOW = datetime(2026, 12, 3, 10, 0, 0)
OLD_ACCOUNT_KEYS = {"id", "uid", "platform", "instance", "handle", "display_name", "status",
                    "sync_state", "last_error"}
OLD_OUTBOX_KEYS = {"id", "uid", "kind", "account_id", "account", "state", "scheduled_at",
                   "scheduled_tz", "attempts", "next_attempt_at", "last_error", "remote_id",
                   "remote_url", "server_scheduled_id", "in_reply_to_remote_id", "mention_id",
                   "created_at", "sent_at", "text"}


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


def out_json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def make_shop() -> Account:
    profile = {"software": "gotosocial", "version": "0.19.1", "account_domain": "shop.example",
               "probed_at": NOW.isoformat(),
               "capabilities": {"server_scheduling": False, "follow_requests": True},
               "limits": {"max_characters": 500, "characters_reserved_per_url": 25,
                          "max_media": 4},
               "notes": {"server_scheduling": "It published a scheduled post at once."}}
    steps = {"mentions": {"state": "error", "at": NOW.isoformat(), "error": "timed out"},
             "watches": {"state": "absent", "at": NOW.isoformat(), "error": ""}}
    return Account.create(platform="mastodon", handle="luna@shop.example",
                          profile_json=json.dumps(profile), steps_json=json.dumps(steps))


def test_accounts_list_json_has_profile_and_steps(workspace, db, capsys):
    make_shop()
    Account.create(platform="bluesky", handle="luna.bsky.social")
    assert run(workspace, "accounts", "list", "--json") == 0
    shop, fresh = out_json(capsys)
    assert set(shop) >= OLD_ACCOUNT_KEYS
    assert shop["software"] == "gotosocial" and shop["version"] == "0.19.1"
    assert shop["account_domain"] == "shop.example"
    assert shop["probed_at"] == "2026-12-03T10:00:00Z"
    assert shop["capabilities"] == {"server_scheduling": False, "follow_requests": True}
    assert shop["capability_notes"] == {
        "server_scheduling": "It published a scheduled post at once."}
    assert shop["limits"]["characters_reserved_per_url"] == 25
    assert shop["steps"] == {
        "mentions": {"state": "error", "at": "2026-12-03T10:00:00Z", "error": "timed out"},
        "watches": {"state": "absent", "at": "2026-12-03T10:00:00Z", "error": ""}}
    assert (fresh["software"], fresh["probed_at"], fresh["capabilities"], fresh["steps"]) == (
        "", None, {}, {})


def test_outbox_list_json_has_lookups_and_note(workspace, db, capsys):
    shop = make_shop()
    item = OutboxItem.create(account=shop, body="Pan", state="sent", attempts=1,
                             note="Published at once.")
    plain = OutboxItem.create(account=shop, body="Queued", state="queued")
    for action in ("send", "lookup", "check"):
        OutboxAttempt.create(outbox=item, action=action, started_at=NOW, outcome="found")
    assert run(workspace, "outbox", "list", "--json") == 0
    first, second = out_json(capsys)
    assert set(first) >= OLD_OUTBOX_KEYS
    assert (first["id"], first["lookups"], first["note"]) == (item.id, 2, "Published at once.")
    assert (second["id"], second["lookups"], second["note"]) == (plain.id, 0, "")


def test_outbox_show_prints_the_history(workspace, db, capsys):
    shop = make_shop()
    item = OutboxItem.create(account=shop, body="Pan de muerto", state="sent", attempts=1,
                             note="Published at once.")
    OutboxAttempt.create(outbox=item, action="schedule", started_at=NOW,
                         finished_at=datetime(2026, 12, 3, 10, 0, 2), outcome="unknown",
                         detail="connection reset")
    OutboxAttempt.create(outbox=item, action="lookup", started_at=datetime(2026, 12, 3, 10, 1))
    assert run(workspace, "outbox", "show", str(item.id), "--json") == 0
    record = out_json(capsys)
    assert set(record) >= OLD_OUTBOX_KEYS
    assert record["lookups"] == 1 and record["note"] == "Published at once."
    assert record["history"] == [
        {"id": 1, "action": "schedule", "started_at": "2026-12-03T10:00:00Z",
         "finished_at": "2026-12-03T10:00:02Z", "outcome": "unknown",
         "detail": "connection reset"},
        {"id": 2, "action": "lookup", "started_at": "2026-12-03T10:01:00Z",
         "finished_at": None, "outcome": "started", "detail": ""},
    ]
    assert run(workspace, "outbox", "show", str(item.id)) == 0
    text = capsys.readouterr().out
    assert "note: Published at once." in text and "connection reset" in text
    assert "lookup" in text and "started" in text


def test_outbox_show_unknown_id_is_a_known_problem(workspace, db, capsys):
    assert run(workspace, "outbox", "show", "999") == 2
    assert "No outbox item 999" in capsys.readouterr().err


def test_outbox_retry_of_an_unknown_item_needs_the_owners_word(workspace, db, capsys):
    shop = make_shop()
    item = OutboxItem.create(account=shop, body="Did it arrive?", state="unknown")
    assert run(workspace, "outbox", "retry", str(item.id)) == 2
    err = capsys.readouterr().err
    assert "--checked-not-there" in err and "outbox cancel" in err
    assert OutboxItem.get_by_id(item.id).state == "unknown"
    assert run(workspace, "outbox", "retry", str(item.id), "--checked-not-there") == 0
    assert OutboxItem.get_by_id(item.id).state == "queued"
    OutboxItem.update(state="unknown").execute()
    assert run(workspace, "outbox", "cancel", str(item.id)) == 0
    assert OutboxItem.get_or_none(OutboxItem.id == item.id) is None
