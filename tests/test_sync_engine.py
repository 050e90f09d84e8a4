"""The sync engine over real HTTP against the fake Mastodon server: exactly-once publishing
under faults, rate limits, revoked tokens, server-side scheduling, mentions and followers.

Every test runs against every server profile (Mastodon, GoToSocial, Takahē, a minimal server):
the promises — once, on time, keeps syncing — hold on each; only how they are kept differs."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fake_mastodon import PROFILES, FakeMastodon, Fault
from sync_helpers import make_engine, restart_on_same_port

from mbdesk.store import outbox, settings
from mbdesk.store.models import (
    Account,
    AccountSnapshot,
    AccountStatus,
    FollowerEdge,
    Mention,
    MentionState,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Platform,
    Post,
    database_proxy,
    utcnow,
)
from mbdesk.store.queries import analytics, mentions
from mbdesk.store.queries.mentions import MentionFilter
from mbdesk.sync.engine import Job, SyncState
from mbdesk.sync.requests import publish_request

STATUSES = "/api/v1/statuses"


@pytest.fixture(params=sorted(PROFILES))
def server(request):
    with FakeMastodon(profile=request.param) as srv:
        yield srv


def holds(server: FakeMastodon) -> bool:
    """Whether this server holds scheduled posts until their time."""
    return server.profile.schedule == "hold"


def enqueue(account_id: int, text: str, **kw) -> int:
    return outbox.enqueue(account_id, Platform.MASTODON, text, **kw)


def item(item_id: int) -> OutboxItem:
    return OutboxItem.get_by_id(item_id)


def own_texts(server: FakeMastodon) -> list[str]:
    return [s["content"] for s in server.own_statuses()]


PUBLISH = {Job.PUBLISH}


# --- publishing exactly once ------------------------------------------------------------------


def test_publish_once_records_post_and_never_again(server, account, engine):
    item_id = enqueue(account, "Fresh bread today")
    result = engine.run_account(account, PUBLISH)
    assert result.state == SyncState.OK and result.published == 1
    row = item(item_id)
    assert row.state == OutboxState.SENT and row.remote_id
    assert [s["id"] for s in server.own_statuses()] == [row.remote_id]
    post = Post.get(Post.outbox == item_id)
    assert post.remote_id == row.remote_id and post.text == "Fresh bread today"
    headers = server.requests_to(STATUSES, "POST")[0]["headers"]
    assert headers["idempotency-key"] == row.uid
    engine.run_account(account, PUBLISH)
    assert len(server.own_statuses()) == 1
    assert len(server.requests_to(STATUSES, "POST")) == 1


@pytest.mark.parametrize("fault", [
    Fault.drop(apply=True, method="POST", path=STATUSES),
    Fault.reset(apply=True, method="POST", path=STATUSES),
    Fault.malformed_json(method="POST", path=STATUSES),
    Fault.timeout(2.5, apply=True, method="POST", path=STATUSES),
])
def test_applied_then_answer_lost_is_looked_up_and_posted_once(server, account, engine, fault):
    server.faults.append(fault)
    item_id = enqueue(account, "Lost answer")
    result = engine.run_account(account, PUBLISH)
    assert result.published == 1
    row = item(item_id)
    assert row.state == OutboxState.SENT
    assert len(server.own_statuses()) == 1
    assert server.own_statuses()[0]["id"] == row.remote_id
    keys = {r["headers"]["idempotency-key"] for r in server.requests_to(STATUSES, "POST")
            if r.get("headers")}
    assert keys == {row.uid}


def test_unknown_stays_unknown_until_lookup_succeeds(server, account, engine, clock):
    engine.run_account(account, {Job.LIMITS})
    server.faults.append(Fault.drop(apply=True, method="POST", path=STATUSES))
    server.faults.append(Fault.http(503, method="GET", path="/api/v1/accounts/"))
    item_id = enqueue(account, "Twice lost")
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.UNKNOWN and row.next_attempt_at is not None
    assert len(server.own_statuses()) == 1  # the first attempt landed
    engine.run_account(account, PUBLISH)  # backoff not over: nothing is sent
    assert item(item_id).state == OutboxState.UNKNOWN
    clock.advance(timedelta(minutes=2))
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1


def test_5xx_backs_off_then_sends_once(server, account, engine, clock):
    server.faults.append(Fault.http(503, method="POST", path=STATUSES, times=2))
    item_id = enqueue(account, "After the outage")
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.QUEUED  # looked up: not there, so it may go again
    assert row.next_attempt_at > clock() + timedelta(seconds=10)
    assert "503" in row.last_error
    clock.advance(timedelta(minutes=2))
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1


def test_unreachable_server_queues_with_backoff_and_sends_once_when_back(
        server, account, engine, clock):
    nid, sid = server.add_mention("@shop do you open on Sunday?")
    engine.run_account(account, {Job.MENTIONS})
    mention = Mention.get(Mention.remote_id == nid)
    port = int(server.url.rsplit(":", 1)[1])
    server.stop()
    engine.forget_client(account)  # its pooled keep-alive connection would outlive stop()
    item_id = enqueue(account, "@alice yes, 9 to 14", kind=OutboxKind.REPLY,
                      mention_id=mention.id, in_reply_to_remote_id=sid)
    result = engine.run_account(account, PUBLISH)
    assert result.state == SyncState.OFFLINE
    row = item(item_id)
    assert row.state == OutboxState.QUEUED and row.next_attempt_at is not None
    restart_on_same_port(server, port)
    try:
        clock.advance(timedelta(minutes=2))
        assert engine.run_account(account, PUBLISH).published == 1
        engine.run_account(account, PUBLISH)
        replies = [s for s in server.own_statuses() if s["in_reply_to_id"] == sid]
        assert len(replies) == 1
        mention = Mention.get_by_id(mention.id)
        assert mention.first_reply_at is not None and mention.state == MentionState.DONE
    finally:
        server.stop()


def test_revoked_token_marks_needs_reauth_and_keeps_item_queued(server, account, engine):
    server.revoke_token()
    item_id = enqueue(account, "Token gone")
    result = engine.run_account(account, PUBLISH)
    assert result.state == SyncState.NEEDS_REAUTH
    assert Account.get_by_id(account).status == AccountStatus.NEEDS_REAUTH
    assert item(item_id).state == OutboxState.QUEUED
    assert engine.run_account(account).state == SyncState.NEEDS_REAUTH  # no calls until re-auth
    assert server.own_statuses() == []


def test_rate_limit_waits_until_reset(server, account, engine, clock):
    server.faults.append(Fault.rate_limit(timedelta(minutes=3), method="POST", path=STATUSES))
    item_id = enqueue(account, "Busy server")
    result = engine.run_account(account, PUBLISH)
    assert result.state == SyncState.RATE_LIMITED
    until = Account.get_by_id(account).rate_limited_until
    assert until is not None and until > clock() + timedelta(minutes=2)
    assert result.next_due_at == until
    assert item(item_id).state == OutboxState.QUEUED
    posts_before = len(server.requests_to(STATUSES, "POST"))
    assert engine.run_account(account, PUBLISH).state == SyncState.RATE_LIMITED
    assert len(server.requests_to(STATUSES, "POST")) == posts_before
    clock.advance(timedelta(minutes=4))
    assert engine.run_account(account, PUBLISH).published == 1
    assert len(server.own_statuses()) == 1


def test_rejected_fails_with_reason_and_retry_keeps_uid(server, account, engine):
    server.max_characters = 10
    item_id = enqueue(account, "This text is far too long for the server")
    result = engine.run_account(account, PUBLISH)
    assert result.failed == 1
    row = item(item_id)
    assert row.state == OutboxState.FAILED
    assert "character limit of 10" in row.last_error
    server.max_characters = 500
    assert outbox.retry(item_id)
    engine.run_account(account, PUBLISH)
    again = item(item_id)
    assert again.state == OutboxState.SENT and again.uid == row.uid
    assert len(server.own_statuses()) == 1


def test_reply_to_deleted_parent_fails_with_not_found(server, account, engine):
    _, sid = server.add_mention("@shop hi")
    server.delete_status(sid)
    item_id = enqueue(account, "@alice hello", kind=OutboxKind.REPLY, in_reply_to_remote_id=sid)
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.FAILED and "Not found" in row.last_error


# --- crash recovery -----------------------------------------------------------------------------


def _simulate_crash_after_send(engine, account_id: int, item_id: int, landed: bool) -> None:
    """What a process killed mid-call leaves: the row in ``sending``, the post maybe on the
    server (sent with the row's uid as the key)."""
    job = outbox.claim(item_id, utcnow())
    if landed:
        from mbdesk.sync.clients import AccountInfo

        # a separate client: the engine's own must not remember the attempt (a new process)
        client = engine.client_factory(AccountInfo.load(account_id))
        client.publish(publish_request(job))


@pytest.mark.parametrize("landed", [True, False])
def test_rows_left_sending_are_resolved_not_resent(server, account, engine, landed):
    item_id = enqueue(account, "Interrupted")
    _simulate_crash_after_send(engine, account, item_id, landed)
    assert item(item_id).state == OutboxState.SENDING
    assert engine.recover() == [item_id]
    assert item(item_id).state == OutboxState.UNKNOWN
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.SENT
    statuses = server.own_statuses()
    assert len(statuses) == 1 and statuses[0]["id"] == row.remote_id


def test_unknown_after_the_key_window_is_found_by_search_not_resent(
        server, account, engine, clock):
    item_id = enqueue(account, "Old attempt")
    _simulate_crash_after_send(engine, account, item_id, landed=True)
    engine.recover()
    with database_proxy.atomic():
        OutboxItem.update(first_attempt_at=utcnow() - timedelta(hours=3)).where(
            OutboxItem.id == item_id).execute()
    server.advance(timedelta(hours=2))  # the server forgot the key
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1


# --- time policies -----------------------------------------------------------------------------


def test_missed_post_is_held_by_default(server, account, engine):
    item_id = enqueue(account, "Yesterday's special", scheduled_at=utcnow() - timedelta(hours=5))
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.HELD and "held" in row.last_error
    assert server.own_statuses() == []
    assert outbox.release_held(item_id)
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT


def test_missed_post_policy_send_goes_now_with_a_note(server, account, engine):
    settings.put("missed_post_policy", "send")
    item_id = enqueue(account, "Late but sent", scheduled_at=utcnow() - timedelta(hours=5))
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.SENT
    assert len(server.own_statuses()) == 1


def test_pause_holds_posts_but_not_replies(server, account, engine):
    _, sid = server.add_mention("@shop question")
    settings.put("publishing_paused", True)
    post_id = enqueue(account, "Promo")
    reply_id = enqueue(account, "@alice answer", kind=OutboxKind.REPLY, in_reply_to_remote_id=sid)
    engine.run_account(account, PUBLISH)
    assert item(post_id).state == OutboxState.QUEUED
    assert item(reply_id).state == OutboxState.SENT
    settings.put("publishing_paused", False)
    engine.run_account(account, PUBLISH)
    assert item(post_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 2


def test_queued_item_not_sent_before_its_time(server, account, engine, clock):
    item_id = enqueue(account, "Later", scheduled_at=utcnow() + timedelta(minutes=3))
    result = engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.QUEUED
    assert result.next_due_at is not None
    clock.advance(timedelta(minutes=4))
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT


# --- server-side scheduling ------------------------------------------------------------------


def _published_at(server: FakeMastodon) -> list:
    from fake_mastodon import parse_iso

    return [parse_iso(s["created_at"]) for s in server.own_statuses()]


def test_far_ahead_post_goes_out_once_at_its_time_never_early(server, account, engine, clock):
    """Held by the server where it can hold posts, kept by mbdesk elsewhere; on time and once
    on every server."""
    when = utcnow() + timedelta(hours=2)
    item_id = enqueue(account, "Festival post", scheduled_at=when)
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    if holds(server):
        assert row.state == OutboxState.ON_SERVER and row.server_scheduled_id
        assert [s["id"] for s in server.scheduled_statuses] == [row.server_scheduled_id]
    else:
        assert row.state == OutboxState.QUEUED and row.attempts == 0
        assert server.requests_to(STATUSES, "POST") == []  # never asked a server that can't
    engine.run_account(account, PUBLISH)
    assert len(server.scheduled_statuses) == (1 if holds(server) else 0)  # handed over once
    clock.advance(timedelta(hours=1, minutes=50), server)
    server.publish_due_scheduled()
    engine.run_account(account, PUBLISH)
    assert server.own_statuses() == []  # ten minutes before its time: nothing anywhere
    clock.advance(timedelta(minutes=15), server)
    server.publish_due_scheduled()
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.SENT and row.remote_id
    assert len(server.own_statuses()) == 1
    assert all(t >= when - timedelta(seconds=1) for t in _published_at(server))


def _claim_server_scheduling(account: int) -> None:
    """A profile that says the server holds posts (probed before an upgrade, say)."""
    from mbdesk.store import server_profiles

    profile = server_profiles.load_profile(account)
    profile.setdefault("capabilities", {})["server_scheduling"] = True
    server_profiles.save_profile(account, profile)


def test_a_server_that_does_not_hold_posts_is_found_out_and_nothing_goes_early(
        server, account, engine, clock):
    """Told (wrongly) that the server holds posts: a 501 or 422 means "not done" (kept by
    mbdesk, on time); a Status answer means it went out now — recorded as sent, with a note the
    owner sees, and the account switches to local scheduling."""
    from mbdesk.store import server_profiles

    engine.run_account(account, {Job.LIMITS})
    _claim_server_scheduling(account)
    when = utcnow() + timedelta(hours=1)
    first = enqueue(account, "Weekend market", scheduled_at=when)
    second = enqueue(account, "Sunday brunch", scheduled_at=when + timedelta(hours=1))
    engine.run_account(account, PUBLISH)
    if holds(server):
        assert item(first).state == OutboxState.ON_SERVER
        return
    assert server_profiles.capability(account, "server_scheduling") is False
    note = server_profiles.load_profile(account)["notes"]["server_scheduling"]
    if server.profile.schedule == "immediate":
        row = item(first)
        assert row.state == OutboxState.SENT and "ignores scheduling" in row.note
        assert "ignores scheduling" in note
        assert len(server.own_statuses()) == 1  # published once, and said so
    else:
        assert item(first).state == OutboxState.QUEUED and not item(first).allow_server_schedule
        assert server.own_statuses() == []
    assert item(second).state == OutboxState.QUEUED
    assert len(server.requests_to(STATUSES, "POST")) == 1  # found out once, not per post
    clock.advance(timedelta(hours=1, minutes=1), server)
    engine.run_account(account, PUBLISH)
    clock.advance(timedelta(hours=1), server)
    engine.run_account(account, PUBLISH)
    assert {item(first).state, item(second).state} == {OutboxState.SENT}
    assert len(server.own_statuses()) == 2
    texts = " ".join(own_texts(server))
    assert texts.count("Weekend market") == 1 and texts.count("Sunday brunch") == 1


def test_what_the_server_showed_holds_until_it_is_upgraded(server, account, engine):
    from mbdesk.store import server_profiles

    engine.run_account(account, {Job.LIMITS})
    with database_proxy.atomic():
        server_profiles.set_capability(account, "server_scheduling", False, "seen ignoring it")
    engine.run_account(account, {Job.LIMITS, Job.REFRESH})
    assert server_profiles.capability(account, "server_scheduling") is False
    server.version = "9.9.9" if holds(server) else server.version + "-upgraded"
    engine.run_account(account, {Job.LIMITS, Job.REFRESH})
    assert server_profiles.capability(account, "server_scheduling") is holds(server)
    assert server_profiles.load_profile(account)["version"] == server.version


def test_a_lost_schedule_request_is_never_resent_without_its_time(server, account, engine, clock):
    """The schedule request got lost before the server applied it; minutes later it is too
    close for the server to hold, so mbdesk keeps it — the post still goes at its time, not
    5 minutes early."""
    when = utcnow() + timedelta(minutes=8)
    server.faults.append(Fault.drop(apply=False, method="POST", path=STATUSES))
    item_id = enqueue(account, "Flash sale at noon", scheduled_at=when)
    engine.run_account(account, PUBLISH)
    clock.advance(timedelta(minutes=2), server)
    engine.run_account(account, PUBLISH)
    assert server.own_statuses() == [] and server.scheduled_statuses == []
    clock.advance(timedelta(minutes=3), server)
    engine.run_account(account, PUBLISH)
    assert server.own_statuses() == []
    clock.advance(timedelta(minutes=4), server)
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1
    assert all(t >= when - timedelta(seconds=1) for t in _published_at(server))


def test_a_lost_schedule_answer_is_found_where_the_server_holds_it(server, account, engine, clock):
    when = utcnow() + timedelta(hours=3)
    server.faults.append(Fault.drop(apply=True, method="POST", path=STATUSES))
    item_id = enqueue(account, "Harvest festival", scheduled_at=when)
    engine.run_account(account, PUBLISH)
    if holds(server):
        row = item(item_id)
        assert row.state == OutboxState.ON_SERVER and len(server.scheduled_statuses) == 1
    clock.advance(timedelta(hours=3, minutes=5), server)
    server.publish_due_scheduled()
    engine.run_account(account, PUBLISH)
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1


def test_schedule_cap_falls_back_to_local_with_a_note(server, account, engine, clock):
    server.total_schedule_cap = 0
    item_id = enqueue(account, "Over the cap", scheduled_at=utcnow() + timedelta(hours=1))
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.QUEUED
    if holds(server):
        assert not row.allow_server_schedule
        assert "would not hold this post" in row.last_error and "limit of 0" in row.last_error
    clock.advance(timedelta(minutes=61), server)
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT
    assert len(server.own_statuses()) == 1


def test_move_and_cancel_scheduled_posts(server, account, engine, clock):
    a = enqueue(account, "Move me", scheduled_at=utcnow() + timedelta(hours=1))
    b = enqueue(account, "Cancel me", scheduled_at=utcnow() + timedelta(hours=1))
    engine.run_account(account, PUBLISH)
    new_time = utcnow().replace(microsecond=0) + timedelta(hours=3)
    engine.move_item(a, new_time)
    assert item(a).scheduled_at == new_time
    if holds(server):
        sched = {s["id"]: s for s in server.scheduled_statuses}
        assert sched[item(a).server_scheduled_id]["scheduled_at"].startswith(
            new_time.strftime("%Y-%m-%dT%H:%M"))
    engine.cancel_item(b)
    assert OutboxItem.get_or_none(OutboxItem.id == b) is None
    assert len(server.scheduled_statuses) == (1 if holds(server) else 0)
    clock.advance(timedelta(hours=3, minutes=1), server)
    server.publish_due_scheduled()
    engine.run_account(account, PUBLISH)
    assert own_texts(server) == ["<p>Move me</p>"]


def test_pause_keeps_scheduled_posts_from_going_out(server, account, engine):
    item_id = enqueue(account, "Crisis: hold this", scheduled_at=utcnow() + timedelta(hours=1))
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == (OutboxState.ON_SERVER if holds(server) else OutboxState.QUEUED)
    settings.put("publishing_paused", True)
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.QUEUED and (not holds(server) or not row.allow_server_schedule)
    assert server.scheduled_statuses == []


# --- steps fail alone -------------------------------------------------------------------------

FULL = Job.ALL | {Job.REFRESH}


def test_one_failing_endpoint_never_stops_the_sync(server, account, engine):
    """Notification requests and the v2 instance document answering 500 (Takahē), then the
    mention list failing once: every other step still runs and the failure stays on its step."""
    from mbdesk.store import server_profiles

    server.locked = False
    server.add_followers(3)
    server.add_mention("@shop is the oven on?")
    server.add_mention("@shop hola desde lejos", from_acct="stranger@far.example", filtered=True)
    server.faults += [Fault.http(500, method="GET", path="/api/v2/instance", times=9),
                      Fault.http(500, method="GET", path="/api/v1/notifications/requests",
                                 times=9)]
    result = engine.run_account(account, FULL)
    assert result.state == SyncState.OK, result.message
    assert result.new_mentions >= 1 and result.new_followers == 0  # first walk = baseline
    assert FollowerEdge.select().count() == 3
    assert AccountSnapshot.select().count() == 1
    profile = server_profiles.load_profile(account)
    assert profile["capabilities"]["notification_requests"] is False
    assert profile["limits"]["max_characters"] == 500  # from the v1 document
    steps = server_profiles.load_steps(account)
    assert {steps[s]["state"] for s in ("mentions", "followers", "snapshot", "publish")} == {"ok"}

    server.add_mention("@shop still there?")
    server.faults.append(Fault.http(500, method="GET", path="/api/v1/notifications"))
    server.add_followers(1)
    result = engine.run_account(account, FULL)
    assert result.state == SyncState.PARTIAL and "mentions" in result.step_errors
    steps = server_profiles.load_steps(account)
    assert steps["mentions"]["state"] == "error" and "500" in steps["mentions"]["error"]
    assert steps["followers"]["state"] == "ok" and FollowerEdge.select().count() == 4
    result = engine.run_account(account, FULL)
    assert result.state == SyncState.OK and result.new_mentions == 1


def test_a_step_the_server_lacks_is_not_retried_every_run(server, account, engine, clock):
    from mbdesk.store import server_profiles

    server.supports_follow_requests = False
    engine.run_account(account, Job.ALL)  # the profile says: no follow requests
    server.faults.append(Fault.http(501, method="GET", path="/api/v1/notifications", times=9))
    engine.run_account(account, {Job.MENTIONS})
    assert server_profiles.load_steps(account)["mentions"]["state"] == "absent"
    calls = len(server.requests_to("/api/v1/notifications"))
    clock.advance(timedelta(minutes=5), server)
    engine.run_account(account, {Job.MENTIONS})
    assert len(server.requests_to("/api/v1/notifications")) == calls  # not asked again
    engine.run_account(account, {Job.MENTIONS, Job.REFRESH})  # "Sync now" asks again
    assert len(server.requests_to("/api/v1/notifications")) > calls


def test_a_row_stuck_in_lookup_does_not_hold_back_the_replies_behind_it(
        server, account, engine, clock):
    engine.run_account(account, {Job.LIMITS})
    stuck = enqueue(account, "Was it sent?")
    outbox.claim(stuck, clock())
    outbox.mark_unknown(stuck, "answer lost", clock())
    _nid, sid = server.add_mention("@shop a question")
    reply = enqueue(account, "@alice an answer", kind=OutboxKind.REPLY, in_reply_to_remote_id=sid)
    server.faults.append(Fault.http(503, method="GET", path="/api/v1/accounts/", times=3))
    engine.run_account(account, PUBLISH)
    assert item(stuck).state == OutboxState.UNKNOWN and item(stuck).next_attempt_at
    assert item(reply).state == OutboxState.SENT
    history = outbox.attempt_history(stuck)
    assert [(a.action, a.outcome) for a in history] == [("send", "started"), ("lookup", "unknown")]


def test_a_post_mbdesk_cannot_look_up_waits_for_the_owners_word(server, account, engine):
    """An account that cannot read its own posts (X's lowest access level; here a 501): the
    row stays unknown and says what to do; it is sent again only on the owner's word."""
    engine.run_account(account, {Job.LIMITS})
    server.faults += [Fault.drop(apply=False, method="POST", path=STATUSES),
                      Fault.http(501, method="GET", path="/api/v1/accounts/")]
    item_id = enqueue(account, "Did it arrive?")
    engine.run_account(account, PUBLISH)
    row = item(item_id)
    assert row.state == OutboxState.UNKNOWN and "Retry sends it" in row.last_error
    assert row.next_attempt_at > utcnow() + timedelta(hours=23)  # not asked every minute
    assert outbox.attempt_history(item_id)[-1].outcome == "cannot_check"
    assert not outbox.retry(item_id)  # never on its own
    assert outbox.retry(item_id, checked_not_there=True)
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.SENT and len(server.own_statuses()) == 1


def test_new_followers_show_up_on_a_refresh_not_hours_later(server, account, engine):
    server.locked = False
    server.add_followers(3)
    engine.run_account(account, Job.ALL)
    assert FollowerEdge.select().count() == 3
    server.add_followers(2)
    engine.run_account(account, Job.ALL)  # the walk ran minutes ago: not yet
    assert FollowerEdge.select().count() == 3
    result = engine.run_account(account, FULL)  # "Sync now": the count changed, so walk
    assert FollowerEdge.select().count() == 5 and result.new_followers == 2


def test_post_metrics_are_read_in_batches(server, account, engine):
    ids = [enqueue(account, f"Post number {i}") for i in range(60)]
    engine.run_account(account, PUBLISH)
    server.set_counts(item(ids[0]).remote_id, favourites=7)
    server.requests_log.clear()
    engine.run_account(account, {Job.METRICS, Job.REFRESH})
    single = [r for r in server.requests_log if r["path"].startswith(STATUSES + "/")]
    pages = [r for r in server.requests_log if r["path"].endswith("/statuses")
             and r["path"].startswith("/api/v1/accounts/")]
    assert single == [] and len(pages) == 2  # 60 posts: two pages of 40, not 60 reads
    post = Post.get(Post.outbox == ids[0])
    assert post.metrics.get().favourites == 7


# --- pulling -----------------------------------------------------------------------------------


def test_mentions_paging_and_cursor(server, account, engine):
    for i in range(100):
        server.add_mention(f"@shop question {i}")
    result = engine.run_account(account, {Job.MENTIONS})
    assert result.new_mentions == 100
    cursor = json.loads(Account.get_by_id(account).cursors_json)["mentions"]
    assert cursor == server.notifications[-1]["id"]
    for i in range(170):
        server.add_mention(f"@shop 周日营业吗 {i}")
    result = engine.run_account(account, {Job.MENTIONS})
    assert result.new_mentions == 170
    assert Mention.select().count() == 270
    since = server.requests_to("/api/v1/notifications")[-1]
    assert any(k == "min_id" for k, _ in since["query"])
    assert mentions.count(MentionFilter(search="周日营")) == (170, False)
    assert engine.run_account(account, {Job.MENTIONS}).new_mentions == 0


def test_follower_walk_resumes_across_restarts_and_diffs(server, account, ctx, clock):
    server.locked = False  # (GoToSocial locks new accounts: follows would be requests)
    fans = server.add_followers(200)
    seen = []
    for _ in range(6):  # a "restart" each time: a new engine, only the database carries over
        eng = make_engine(ctx.secrets, ctx.workspace.root, clock, follower_pages_per_run=1)
        eng.run_account(account, {Job.FOLLOWERS})
        seen.append(FollowerEdge.select().count())
        cursors = json.loads(Account.get_by_id(account).cursors_json)
        if "followers_done_at" in cursors:
            break
        assert cursors["followers_walk"]["next"]  # the page cursor is persisted
    assert seen[:3] == [80, 160, 200]
    assert "followers_walk" not in cursors
    assert len(server.requests_to(f"/api/v1/accounts/{server.me_id}/followers")) == len(seen)
    assert FollowerEdge.select().where(FollowerEdge.lost_at.is_null()).count() == 200
    # the first walk is the starting point: those 200 were there before, none is "new"
    assert FollowerEdge.select().where(FollowerEdge.baseline == True).count() == 200  # noqa: E712
    new_by_day, _ = analytics.new_lost_by_day(account)
    assert new_by_day == {}
    # two leave, three arrive; the walk runs again after followers_every
    with server.lock:
        gone = {fans[0], fans[1]}
        server.follows = [f for f in server.follows if f["account_id"] not in gone]
    newcomers = server.add_followers(3)
    clock.advance(timedelta(hours=7))
    eng = make_engine(ctx.secrets, ctx.workspace.root, clock)
    result = eng.run_account(account, {Job.FOLLOWERS})
    assert (result.new_followers, result.lost_followers) == (3, 2)
    lost = {e.person.remote_id for e in FollowerEdge.select().where(
        FollowerEdge.lost_at.is_null(False))}
    assert lost == gone
    new = FollowerEdge.select().order_by(FollowerEdge.first_seen.desc()).limit(3)
    assert {e.person.remote_id for e in new} == set(newcomers)
    assert not any(e.baseline for e in new)
    new_by_day, lost_by_day = analytics.new_lost_by_day(account)
    assert sum(new_by_day.values()) == 3 and sum(lost_by_day.values()) == 2
    # one comes back: lost_at is cleared
    with server.lock:
        server.follows.append({"id": server._new_id(), "account_id": fans[0]})
    clock.advance(timedelta(hours=7))
    eng.run_account(account, {Job.FOLLOWERS})
    back = FollowerEdge.select().join_from(FollowerEdge, FollowerEdge.person.rel_model).where(
        FollowerEdge.person.rel_model.remote_id == fans[0]).get()
    assert back.lost_at is None


def test_snapshot_metrics_and_limits(server, account, engine):
    server.locked = False  # (GoToSocial locks new accounts: follows would be requests)
    server.add_followers(4)
    item_id = enqueue(account, "Counted post")
    engine.run_account(account, PUBLISH)
    server.set_counts(item(item_id).remote_id, replies=2, reblogs=3, favourites=5)
    server.max_characters = 1000
    engine.run_account(account, {Job.SNAPSHOT, Job.METRICS, Job.LIMITS, Job.REFRESH})
    snap = AccountSnapshot.get(AccountSnapshot.account == account)
    assert (snap.followers, snap.posts) == (4, 1)
    post = Post.get(Post.outbox == item_id)
    metric = post.metrics.get()
    assert (metric.replies, metric.reposts, metric.favourites) == (2, 3, 5)
    limits = json.loads(Account.get_by_id(account).limits_json)
    assert limits["max_characters"] == 1000
    engine.run_account(account, {Job.SNAPSHOT})
    assert AccountSnapshot.select().count() == 1  # once per day, refreshed


def test_post_whose_time_passed_during_a_pause_is_held_not_sent(server, account, engine, clock):
    item_id = enqueue(account, "Before the crisis", scheduled_at=utcnow() + timedelta(hours=1))
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == (OutboxState.ON_SERVER if holds(server) else OutboxState.QUEUED)
    settings.put("publishing_paused", True)
    result = engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.QUEUED
    clock.advance(timedelta(hours=2), server)
    result = engine.run_account(account, PUBLISH)
    assert result.next_due_at is None  # paused: no wake-ups for posts that must not go
    settings.put("publishing_paused", False)
    engine.run_account(account, PUBLISH)
    assert item(item_id).state == OutboxState.HELD
    assert server.own_statuses() == [] and server.scheduled_statuses == []


def test_keyword_and_hashtag_watches_fill_the_watch_stream(server, account, engine):
    from mbdesk.store.models import KeywordWatch, Stream

    tag = KeywordWatch.create(account=account, query="#panaderia", kind="hashtag")
    word = KeywordWatch.create(account=account, query="sourdough")
    server.add_status("Best bread in town #panaderia")
    server.add_status("Sourdough class on Sunday")
    server.add_status("Nothing to see")
    engine.run_account(account, {Job.WATCHES})
    watched = Mention.select().where(Mention.stream == Stream.WATCH)
    hits = {m.watch_id: m.text_plain for m in watched}
    assert set(hits) == {tag.id, word.id}
    assert "panaderia" in hits[tag.id] and "Sourdough" in hits[word.id]
    assert KeywordWatch.get_by_id(tag.id).cursor
    engine.run_account(account, {Job.WATCHES})
    assert Mention.select().where(Mention.stream == Stream.WATCH).count() == 2
