"""``mbdesk inbox list --search``, ``inbox reply`` and ``inbox done`` against the fake Mastodon."""

from __future__ import annotations

import json

from sync_helpers import add_account

from mbdesk.app import main
from mbdesk.store import settings
from mbdesk.store.models import Account, Mention, MentionState, OutboxItem, OutboxState


def run(workspace, *argv: str) -> int:
    return main(["--data-dir", str(workspace.root), *argv])


def listed(workspace, capsys, *argv: str) -> list[dict]:
    capsys.readouterr()
    assert run(workspace, "inbox", "list", "--json", *argv) == 0
    return json.loads(capsys.readouterr().out)


def test_search_state_reply_and_done(server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    _, sid = server.add_mention("@shop 请问今天营业时间到几点？")
    server.add_mention("@shop ¿Hacéis envíos a Valencia?")
    server.add_mention("@shop The egg tarts were cold, disappointed")
    assert run(workspace, "sync", "--once") == 0
    assert len(listed(workspace, capsys)) == 3
    [zh] = listed(workspace, capsys, "--search", "营业时间")  # Chinese, ≥ 3 characters: FTS
    assert zh["status_remote_id"] == sid
    assert [m["text"] for m in listed(workspace, capsys, "--search", "几点")] == [zh["text"]]
    assert len(listed(workspace, capsys, "--search", "VALENCIA")) == 1
    assert listed(workspace, capsys, "--search", '"; DROP TABLE mention; --') == []
    [cold] = listed(workspace, capsys, "--search", "egg tarts")
    assert cold["negative"] is True and cold["priority"] == 2
    assert set(cold) >= {"id", "account", "state", "stream", "author_handle", "created_at",
                         "first_reply_at", "priority", "negative", "text", "url"}

    assert run(workspace, "inbox", "reply", str(zh["id"]), "9:00–20:00，欢迎光临") == 0
    assert "queued" in capsys.readouterr().out
    [item] = OutboxItem.select()
    assert item.state == OutboxState.QUEUED and item.in_reply_to_remote_id == sid
    assert Mention.get_by_id(zh["id"]).state == MentionState.DONE  # reply_marks_done
    assert run(workspace, "sync", "--once") == 0
    assert run(workspace, "sync", "--once") == 0
    replies = [s for s in server.own_statuses() if s["in_reply_to_id"] == sid]
    assert len(replies) == 1
    [done] = listed(workspace, capsys, "--state", "done")
    assert done["id"] == zh["id"] and done["first_reply_at"]

    assert run(workspace, "inbox", "done", str(cold["id"])) == 0
    assert {m["id"] for m in listed(workspace, capsys, "--state", "done")} == \
        {zh["id"], cold["id"]}
    assert run(workspace, "inbox", "done", "9999") == 2
    assert "No mention with id 9999" in capsys.readouterr().err


def test_reply_refuses_overlong_text_and_keeps_state_without_the_setting(
        server, workspace, db, ctx, capsys):
    add_account(server, ctx.secrets)
    server.add_mention("@shop hi")
    assert run(workspace, "sync", "--once") == 0
    mention = Mention.get()
    assert run(workspace, "inbox", "reply", str(mention.id), "x" * 501) == 2
    assert "accepts 500" in capsys.readouterr().err
    assert OutboxItem.select().count() == 0
    settings.put("reply_marks_done", False)
    assert run(workspace, "inbox", "reply", str(mention.id), "@alice hello") == 0
    assert Mention.get_by_id(mention.id).state == MentionState.NEW
    assert Account.select().count() == 1


def test_reply_is_addressed_to_the_author_and_the_others_kept(server, workspace, db, ctx,
                                                              capsys):
    add_account(server, ctx.secrets)
    server.add_account("bob", "other.example")
    _, sid = server.add_mention("@shop @bob@other.example do you deliver?")
    _, sid2 = server.add_mention("@shop @bob@other.example and on Sunday?")
    assert run(workspace, "sync", "--once") == 0
    first, second = (Mention.get(Mention.status_remote_id == s).id for s in (sid, sid2))
    capsys.readouterr()
    # the others are kept by default; a handle the user typed is not put in front twice
    assert run(workspace, "inbox", "reply", str(first), "@bob@other.example yes, 5 km") == 0
    assert "It reads: @alice@remote.example @bob@other.example yes, 5 km" in \
        capsys.readouterr().out
    assert run(workspace, "inbox", "reply", str(second), "no", "--drop", "@alice") == 2
    assert "not among the people" in capsys.readouterr().err
    assert run(workspace, "inbox", "reply", str(second), "no",
               "--drop", "alice@remote.example") == 2
    assert "always addressed" in capsys.readouterr().err
    assert run(workspace, "inbox", "reply", str(second), "no", "--author-only") == 0
    assert run(workspace, "sync", "--once") == 0
    sent = {s["in_reply_to_id"]: s for s in server.own_statuses()}
    assert [m["acct"] for m in sent[sid]["mentions"]] == ["alice@remote.example",
                                                          "bob@other.example"]
    assert sent[sid]["content"].count("@<span>bob</span>") == 1
    assert [m["acct"] for m in sent[sid2]["mentions"]] == ["alice@remote.example"]
