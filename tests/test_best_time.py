"""The best next time per account (domain.best_time): its own engagement, cadence rules and
queue slots; never in the past."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from mbdesk.domain import best_time, planning
from mbdesk.domain.best_time import AccountFacts, suggest_time, suggest_times

MADRID = ZoneInfo("Europe/Madrid")
RULES = planning.Rules(max_per_day=3, min_gap_minutes=60, best_hours=True)
NOW = datetime(2026, 5, 6, 6, 0)  # Wednesday 08:00 in Madrid (CEST, UTC+2)


def history(peak_hour: int, *, weeks: int = 6, hours=(9, 12, 15, 18, 21)) -> list:
    """Posts at ``hours`` local every day of the last ``weeks`` weeks; ``peak_hour`` does best."""
    samples = []
    for day in range(weeks * 7):
        for hour in hours:
            local = datetime(2026, 3, 20, hour) + timedelta(days=day)
            at = planning.wall_to_utc(local, MADRID, strict=False)
            samples.append((at, 120.0 if hour == peak_hour else 10.0))
    return samples


def local(when: datetime) -> datetime:
    return planning.to_local(when, MADRID).replace(tzinfo=None)


def test_accounts_with_different_best_hours_get_different_suggestions():
    morning = AccountFacts(1, samples=history(9))
    evening = AccountFacts(2, samples=history(21))
    first, second = suggest_times([morning, evening], MADRID, RULES, NOW)
    assert (first.account_id, local(first.when)) == (1, datetime(2026, 5, 6, 9, 0))
    assert (second.account_id, local(second.when)) == (2, datetime(2026, 5, 6, 21, 0))
    assert first.reason == second.reason == best_time.REASON_BEST
    assert first.posts == 6 * 7 * 5 and first.score > 100


def test_the_minimum_gap_and_the_daily_maximum_are_respected():
    taken_today = planning.wall_to_utc(datetime(2026, 5, 6, 9, 30), MADRID)
    facts = AccountFacts(1, samples=history(9), taken=[taken_today])
    found = suggest_time(facts, MADRID, RULES, NOW)
    assert local(found.when) == datetime(2026, 5, 7, 9, 0)  # today's 09:00 is 30 min off
    assert all(abs(found.when - t) >= timedelta(minutes=60) for t in facts.taken)
    # tomorrow is full (3 posts, far apart): the day after
    full = [planning.wall_to_utc(datetime(2026, 5, 7, h), MADRID) for h in (12, 16, 20)]
    crowded = AccountFacts(1, samples=history(9), taken=[taken_today, *full])
    assert local(suggest_time(crowded, MADRID, RULES, NOW).when) == datetime(2026, 5, 8, 9, 0)


def test_never_in_the_past_and_never_too_close_to_now():
    late = datetime(2026, 5, 6, 6, 50)  # 08:50 local: 09:00 is within the lead
    found = suggest_time(AccountFacts(1, samples=history(9)), MADRID, RULES, late)
    assert found.when >= late + best_time.LEAD
    assert local(found.when) == datetime(2026, 5, 7, 9, 0)
    for now in (NOW, late, datetime(2026, 5, 6, 21, 59)):
        for facts in (AccountFacts(1), AccountFacts(1, slots={d: [time(9)] for d in range(7)})):
            assert suggest_time(facts, MADRID, RULES, now).when > now


def test_queue_slots_are_the_only_candidates_ranked_by_the_accounts_engagement():
    slots = {d: [time(10), time(21)] for d in range(7)}
    ranked = suggest_time(AccountFacts(1, samples=history(21), slots=slots), MADRID, RULES, NOW)
    assert local(ranked.when) == datetime(2026, 5, 6, 21, 0)
    assert ranked.reason == best_time.REASON_SLOT_BEST
    # without history: the next free slot, as Add to queue would take
    taken = [planning.wall_to_utc(datetime(2026, 5, 6, 10), MADRID)]
    plain = suggest_time(AccountFacts(1, slots=slots, taken=taken), MADRID, RULES, NOW)
    assert plain.reason == best_time.REASON_SLOT
    assert plain.when == planning.next_free_slot(slots, taken, NOW, MADRID)


def test_little_history_is_no_history_and_the_night_is_skipped():
    few = history(3, weeks=1, hours=(3,))[:5]
    found = suggest_time(AccountFacts(1, samples=few), MADRID, RULES,
                         datetime(2026, 5, 6, 0, 30))  # 02:30 local
    assert found.reason == best_time.REASON_NO_HISTORY and found.score is None
    assert local(found.when) == datetime(2026, 5, 6, 9, 0)


def test_a_slot_in_the_spring_gap_is_skipped():
    slots = {6: [time(2, 30)], 0: [time(9)]}
    now = datetime(2026, 3, 28, 12, 0)  # Saturday; Sunday 29 March 02:30 does not exist
    found = suggest_time(AccountFacts(1, slots=slots), MADRID, RULES, now)
    assert local(found.when) == datetime(2026, 3, 30, 9, 0)


def test_weekday_hour_scores_lean_on_the_hours_mean_when_a_cell_is_thin():
    scores = best_time.weekday_hour_scores([(0, 9, 100.0), (1, 9, 10.0), (1, 9, 10.0)])
    assert scores[(0, 9)] > scores[(1, 9)] > 10.0  # Monday better, Tuesday pulled up
    assert scores[(4, 9)] == 40.0  # a weekday never seen: the hour's mean
    assert (0, 10) not in scores


def test_the_store_counts_planned_moved_and_just_published_posts(db):
    from mbdesk.store import schedule
    from mbdesk.store.models import Account, OutboxItem, OutboxState, Post, utcnow
    from mbdesk.store.queries.best_time import account_facts

    shop = Account.create(platform="mastodon", handle="shop@example.social")
    other = Account.create(platform="bluesky", handle="shop.bsky.social")
    now = utcnow()
    planned = OutboxItem.create(account=shop, body="a", scheduled_at=now + timedelta(hours=3))
    held = OutboxItem.create(account=shop, body="b", state=OutboxState.ON_SERVER,
                             server_scheduled_id="9", scheduled_at=now + timedelta(days=9))
    schedule.move_post(held.id, now + timedelta(hours=5), "UTC", now=now)  # waits for the sync
    Post.create(account=shop, remote_id="p1", published_at=now - timedelta(minutes=30))
    sent = OutboxItem.create(account=other, body="c", state=OutboxState.SENT,
                             scheduled_at=now - timedelta(hours=2))
    Post.create(account=other, remote_id="p2", outbox=sent, published_at=sent.scheduled_at)
    facts = {f.account_id: f for f in account_facts([shop.id, other.id], now)}
    assert sorted(facts[shop.id].taken) == [now - timedelta(minutes=30), planned.scheduled_at,
                                            now + timedelta(hours=5)]
    assert facts[other.id].taken == [sent.scheduled_at]  # once, not again as a published post
