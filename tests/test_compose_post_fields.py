"""Content warning, visibility and language of a draft reach the fake Mastodon server through the
one way in (services.scheduling → store.post_queue → outbox → sync/requests → client), a lost
answer is still found by the look-up before any resend, and a server refuses what real ones do.
"""

from __future__ import annotations

import pytest
from fake_mastodon import FakeMastodon, Fault
from sync_helpers import add_account, make_engine

from mbdesk.domain.compose import TargetSpec, check_post, count_target
from mbdesk.platforms.base import PublishRequest, Rejected
from mbdesk.services.scheduling import schedule_draft
from mbdesk.store.drafts import DraftInput, save_draft
from mbdesk.store.models import Account, OutboxItem, OutboxState
from mbdesk.sync.clients import AccountInfo, build_client
from mbdesk.sync.engine import Job

STATUSES = "/api/v1/statuses"


@pytest.fixture
def server():
    with FakeMastodon() as srv:
        yield srv


def draft_for(account_id: int, **fields) -> int:
    return save_draft(None, DraftInput(title="", body="Nuevo pan de centeno",
                                       target_ids=(account_id,), **fields))


def test_cw_visibility_and_language_reach_the_server(server, ctx, clock):
    account = add_account(server, ctx.secrets)
    draft_id = draft_for(account, spoiler_text="Comida", visibility="unlisted", language="es")
    result = schedule_draft(draft_id, None, "", ctx.workspace.media)
    row = OutboxItem.get_by_id(result.item_ids[0])
    assert (row.spoiler_text, row.visibility, row.language) == ("Comida", "unlisted", "es")
    engine = make_engine(ctx.secrets, ctx.workspace.root, clock)
    assert engine.run_account(account, {Job.PUBLISH}).published == 1
    [status] = server.own_statuses()
    assert (status["spoiler_text"], status["visibility"], status["language"]) == (
        "Comida", "unlisted", "es")
    [sent] = server.requests_to(STATUSES, "POST")
    form = dict(sent["form"])
    assert (form["spoiler_text"], form["visibility"], form["language"]) == (
        "Comida", "unlisted", "es")


def test_a_lost_answer_is_found_with_its_content_warning_and_not_sent_twice(server, ctx, clock):
    account = add_account(server, ctx.secrets)
    draft_id = draft_for(account, spoiler_text="Spoiler: cake", visibility="direct",
                         language="en")
    (item_id,) = schedule_draft(draft_id, None, "", ctx.workspace.media).item_ids
    server.faults.append(Fault.drop(apply=True, method="POST", path=STATUSES))
    engine = make_engine(ctx.secrets, ctx.workspace.root, clock)
    engine.run_account(account, {Job.PUBLISH})
    row = OutboxItem.get_by_id(item_id)
    assert row.state == OutboxState.SENT
    [status] = server.own_statuses()
    assert status["id"] == row.remote_id and status["visibility"] == "direct"
    assert len(server.requests_to(STATUSES, "POST")) == 1


def test_the_server_refuses_an_unknown_visibility(server, ctx):
    account = add_account(server, ctx.secrets)
    client = build_client(AccountInfo.load(account), ctx.secrets, ctx.workspace.root)
    with pytest.raises(Rejected, match="Visibility"):
        client.publish(PublishRequest("k-1", "Hello", visibility="followers"))
    assert server.own_statuses() == []


def test_only_platforms_with_the_fields_get_them(db, ctx):
    sky = Account.create(platform="bluesky", handle="shop.bsky.social")
    weibo = Account.create(platform="weibo", handle="小店")
    masto = Account.create(platform="mastodon", handle="shop@example.social")
    draft_id = save_draft(None, DraftInput(
        title="", body="Pan https://shop.example/pan", target_ids=(sky.id, weibo.id, masto.id),
        spoiler_text="Comida", visibility="private", language="es"))
    Account.update(options_json='{"safe_domain": "shop.example"}').where(
        Account.id == weibo.id).execute()
    result = schedule_draft(draft_id, None, "", ctx.workspace.media)
    rows = {r.account_id: r for r in OutboxItem.select().where(
        OutboxItem.id.in_(list(result.item_ids)))}
    assert (rows[masto.id].spoiler_text, rows[masto.id].visibility) == ("Comida", "private")
    assert (rows[sky.id].spoiler_text, rows[sky.id].visibility, rows[sky.id].language) == (
        "", "public", "es")  # Bluesky records carry langs, nothing else
    assert (rows[weibo.id].spoiler_text, rows[weibo.id].language) == ("", "")


def test_the_content_warning_counts_on_mastodon_only():
    masto = TargetSpec(1, "m", "mastodon", "x" * 490, {}, spoiler_text="y" * 20)
    sky = TargetSpec(2, "b", "bluesky", "x" * 290, {}, spoiler_text="y" * 20)
    assert count_target(masto, "").count == 510 and not count_target(masto, "").fits
    assert count_target(sky, "").count == 290


def test_an_account_that_needs_reauthorization_is_a_warning_not_a_refusal():
    spec = TargetSpec(1, "shop@example.social", "mastodon", "Hola", {}, needs_reauth=True)
    [problem] = check_post([spec], "", [])
    assert (problem.code, problem.severity) == ("needs_reauth", "warning")


def test_a_bluesky_post_carries_the_language_as_langs_and_the_server_checks_it():
    from fake_bluesky import FakeBluesky

    from mbdesk.platforms.bluesky import BlueskyClient, create_session
    from mbdesk.store.outbox import make_tid

    with FakeBluesky() as sky:
        session = create_session(sky.url, sky.handle, sky.password, read_timeout=2.0)
        client = BlueskyClient(session, read_timeout=2.0, connect_timeout=1.0)
        client.publish(PublishRequest("k-1", "Hola", language="es", record_key=make_tid()))
        [record] = sky.records.values()
        assert record["value"]["langs"] == ["es"]
        with pytest.raises(Rejected, match="BCP 47"):
            client.publish(PublishRequest("k-2", "Hola", language="español",
                                          record_key=make_tid()))
        assert len(sky.records) == 1
