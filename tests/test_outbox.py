"""The outbox state machine on its own (no network): enqueue, claim, recovery, policies,
owner actions, timing."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from mbdesk.platforms.base import PublishResult
from mbdesk.store import outbox, settings
from mbdesk.store.models import (
    Account,
    Draft,
    DraftState,
    Media,
    Mention,
    MentionState,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Platform,
    Post,
    utcnow,
)
from mbdesk.sync.requests import publish_request


@pytest.fixture
def account(db) -> int:
    return Account.create(platform=Platform.MASTODON, handle="shop@x.example").id


def row(item_id: int) -> OutboxItem:
    return OutboxItem.get_by_id(item_id)


def test_enqueue_commits_a_queued_row_with_its_media_copied(account, workspace, tmp_path):
    image = tmp_path / "loaf.jpg"
    image.write_bytes(b"\xff\xd8jpeg")
    item_id = outbox.enqueue(account, Platform.MASTODON, "Hello", attachments=[
        outbox.Attachment(str(image), alt_text="A loaf")], media_dir=workspace.media)
    item = row(item_id)
    assert item.state == OutboxState.QUEUED and len(item.uid) == 32 and item.record_key == ""
    job = outbox.load(item_id)
    assert [m.alt_text for m in job.media] == ["A loaf"]
    assert job.media[0].mime_type == "image/jpeg"
    assert job.media[0].path.startswith(str(workspace.media))
    image.unlink()
    assert Media.get().size_bytes == 6
    request = publish_request(job)
    assert request.idempotency_key == item.uid and request.scheduled_at is None


def test_bluesky_items_get_a_record_key_chosen_once(db):
    acc = Account.create(platform=Platform.BLUESKY, handle="shop.bsky.social").id
    item_id = outbox.enqueue(acc, Platform.BLUESKY, "Hi")
    key = row(item_id).record_key
    assert len(key) == 13 and set(key) <= set(outbox._TID_CHARS)
    assert publish_request(outbox.load(item_id)).record_key == key


def test_tids_sort_by_time():
    early = outbox.make_tid(now_us=1_700_000_000_000_000, clock_id=5)
    late = outbox.make_tid(now_us=1_700_000_000_000_001, clock_id=0)
    assert early < late and len(early) == 13


def test_claim_is_once_and_stamps_the_first_attempt(account):
    item_id = outbox.enqueue(account, Platform.MASTODON, "Once")
    now = utcnow()
    job = outbox.claim(item_id, now)
    assert job is not None and job.state == OutboxState.SENDING and job.attempts == 1
    assert job.first_attempt_at == now
    assert outbox.claim(item_id, now) is None  # already sending
    outbox.mark_later(item_id, "net down", now + timedelta(seconds=30), now)
    again = outbox.claim(item_id, now + timedelta(minutes=1))
    assert again.first_attempt_at == now
    outbox.mark_later(item_id, "net down", now, now)
    late = outbox.claim(item_id, now + timedelta(hours=2))
    assert late.first_attempt_at == now  # a lookup looks at every post since the first attempt


def test_recover_turns_sending_into_unknown_only(account):
    a = outbox.enqueue(account, Platform.MASTODON, "a")
    b = outbox.enqueue(account, Platform.MASTODON, "b")
    outbox.claim(a, utcnow())
    assert outbox.recover_interrupted() == [a]
    assert row(a).state == OutboxState.UNKNOWN and "Interrupted" in row(a).last_error
    assert row(b).state == OutboxState.QUEUED


def test_missed_policy_hold_send_and_what_it_leaves_alone(account):
    now = utcnow()
    long_ago = now - timedelta(hours=2)
    missed = outbox.enqueue(account, Platform.MASTODON, "missed", scheduled_at=long_ago)
    recent = outbox.enqueue(account, Platform.MASTODON, "recent",
                            scheduled_at=now - timedelta(minutes=5))
    reply = outbox.enqueue(account, Platform.MASTODON, "reply", kind=OutboxKind.REPLY,
                           scheduled_at=long_ago)
    tried = outbox.enqueue(account, Platform.MASTODON, "tried", scheduled_at=long_ago)
    outbox.claim(tried, long_ago)
    outbox.mark_later(tried, "offline", long_ago, long_ago)
    assert outbox.apply_missed_policy(account, now) == [missed]
    assert row(missed).state == OutboxState.HELD
    assert {row(i).state for i in (recent, reply, tried)} == {OutboxState.QUEUED}
    settings.put("missed_post_policy", "send")
    other = outbox.enqueue(account, Platform.MASTODON, "other", scheduled_at=long_ago)
    assert outbox.apply_missed_policy(account, now) == [other]
    assert row(other).state == OutboxState.QUEUED and "sent late" in row(other).last_error
    assert outbox.apply_missed_policy(account, now) == []  # noted once


def test_due_and_next_due(account):
    now = utcnow()
    asap = outbox.enqueue(account, Platform.MASTODON, "asap")
    soon = outbox.enqueue(account, Platform.MASTODON, "soon",
                          scheduled_at=now + timedelta(minutes=3))
    far = outbox.enqueue(account, Platform.MASTODON, "far", scheduled_at=now + timedelta(hours=3))
    reply = outbox.enqueue(account, Platform.MASTODON, "r", kind=OutboxKind.REPLY)
    assert [j.id for j in outbox.due_to_send(account, now)] == [reply, asap]
    assert [j.id for j in outbox.due_to_send(account, now, include_publish=False)] == [reply]
    assert [j.id for j in outbox.due_for_server(account, now)] == [far]
    outbox.claim(asap, now)
    outbox.mark_sent(asap, PublishResult(remote_id="1"), now)
    outbox.claim(reply, now)
    outbox.mark_sent(reply, PublishResult(remote_id="2"), now)
    assert outbox.next_due_at(account, now) == row(soon).scheduled_at
    assert outbox.waiting_count(account) == 2


def test_mark_sent_records_post_mention_and_draft(account):
    draft = Draft.create(title="t", body="b", category="festival")
    mention = Mention.create(account=account, remote_id="n1", status_remote_id="s1")
    post_id = outbox.enqueue(account, Platform.MASTODON, "Post", draft_id=draft.id)
    assert Draft.get_by_id(draft.id).state == DraftState.SCHEDULED
    reply_id = outbox.enqueue(account, Platform.MASTODON, "Reply", kind=OutboxKind.REPLY,
                              mention_id=mention.id, in_reply_to_remote_id="s1")
    now = utcnow()
    for item_id, rid in ((post_id, "100"), (reply_id, "101")):
        outbox.claim(item_id, now)
        outbox.mark_sent(item_id, PublishResult(remote_id=rid, url=f"https://x/{rid}"), now)
    post = Post.get(Post.outbox == post_id)
    assert (post.remote_id, post.category, post.url) == ("100", "festival", "https://x/100")
    assert Draft.get_by_id(draft.id).state == DraftState.PUBLISHED
    m = Mention.get_by_id(mention.id)
    assert m.first_reply_at == now and m.state == MentionState.DONE


def test_reply_marks_done_can_be_switched_off(account):
    settings.put("reply_marks_done", False)
    mention = Mention.create(account=account, remote_id="n1", state=MentionState.READ)
    item_id = outbox.enqueue(account, Platform.MASTODON, "Reply", kind=OutboxKind.REPLY,
                             mention_id=mention.id)
    outbox.claim(item_id, utcnow())
    outbox.mark_sent(item_id, PublishResult(remote_id="7"), utcnow())
    m = Mention.get_by_id(mention.id)
    assert m.state == MentionState.READ and m.first_reply_at is not None


def test_owner_actions_apply_only_to_their_states(account):
    now = utcnow()
    failed = outbox.enqueue(account, Platform.MASTODON, "f")
    outbox.claim(failed, now)
    outbox.mark_failed(failed, "Text character limit of 500 exceeded", now)
    uid = row(failed).uid
    assert not outbox.release_held(failed)
    assert outbox.retry(failed) and row(failed).state == OutboxState.QUEUED
    assert row(failed).uid == uid
    held = outbox.enqueue(account, Platform.MASTODON, "h", scheduled_at=now - timedelta(hours=1))
    outbox.apply_missed_policy(account, now)
    assert not outbox.retry(held)
    assert outbox.release_held(held) and row(held).state == OutboxState.QUEUED
    assert row(held).scheduled_at >= now
    later = now + timedelta(days=1)
    assert outbox.reschedule_local(held, later) and row(held).scheduled_at == later
    outbox.claim(held, now)
    assert not outbox.delete_local(held)  # sending: only a lookup may move it
    assert outbox.delete_local(failed)


def test_backoff_grows_is_capped_and_jittered():
    backoff = outbox.Backoff(base_seconds=10, cap_seconds=100)
    rng = random.Random(3)
    delays = [backoff.delay(n, rng).total_seconds() for n in range(1, 8)]
    assert 5 <= delays[0] <= 10 and 10 <= delays[1] <= 20
    assert all(50 <= d <= 100 for d in delays[4:])
    assert len({round(backoff.delay(3, rng).total_seconds(), 3) for _ in range(10)}) > 1
