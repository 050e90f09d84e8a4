"""Pure planning rules: DST-safe moves, queue slots (next free slot), the good-practice warnings,
best hours from history, holidays; and the store side of Add to queue, moves and pending moves."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mbdesk.domain import holidays_cal, planning
from mbdesk.services.scheduling import SchedulingRefused, queue_draft
from mbdesk.store import schedule, settings
from mbdesk.store.models import (
    Account,
    Draft,
    DraftState,
    DraftTarget,
    OutboxItem,
    OutboxState,
    utcnow,
)
from mbdesk.sync.engine import _move_refused

MADRID = ZoneInfo("Europe/Madrid")


# --- local times ------------------------------------------------------------------------------

def test_moving_by_days_keeps_the_wall_clock_across_the_spring_change():
    friday_0900 = planning.wall_to_utc(datetime(2026, 3, 27, 9, 0), MADRID)
    assert friday_0900 == datetime(2026, 3, 27, 8, 0)  # CET = UTC+1
    monday = planning.move_to_day(friday_0900, MADRID, date(2026, 3, 30))
    assert monday == datetime(2026, 3, 30, 7, 0)  # CEST = UTC+2: still 09:00 local
    assert planning.to_local(monday, MADRID).hour == 9


def test_a_time_in_the_spring_gap_is_refused_when_strict_and_shifted_when_dropped():
    gap = datetime(2026, 3, 29, 2, 30)
    assert planning.in_gap(gap, MADRID)
    assert not planning.in_gap(datetime(2026, 3, 29, 3, 30), MADRID)
    with pytest.raises(planning.LocalTimeGap):
        planning.wall_to_utc(gap, MADRID)
    moved = planning.move_to(date(2026, 3, 29), time(2, 30), MADRID)
    assert planning.to_local(moved, MADRID).hour == 3


def test_parse_clocks_accepts_lists_and_names_the_bad_entry():
    assert planning.parse_clocks("19:00, 9:00 12:30") == [time(9), time(12, 30), time(19)]
    assert planning.parse_clocks("") == []
    with pytest.raises(ValueError, match="25h"):
        planning.parse_clocks("09:00, 25h")


# --- queue slots --------------------------------------------------------------------------------

WEEKDAYS = {d: [time(9), time(12, 30), time(19)] for d in range(5)}


def test_next_free_slot_skips_taken_slots_and_weekends():
    now = datetime(2026, 5, 8, 16, 0)  # Friday 18:00 in Madrid (UTC+2)
    taken = [datetime(2026, 5, 8, 17, 0)]  # Friday 19:00 local is taken
    when = planning.next_free_slot(WEEKDAYS, taken, now, MADRID)
    assert when == datetime(2026, 5, 11, 7, 0)  # Monday 09:00 local
    # Monday 09:00 taken (10 minutes off still counts as taken) → 12:30
    when = planning.next_free_slot(WEEKDAYS, [*taken, datetime(2026, 5, 11, 7, 10)], now, MADRID)
    assert planning.to_local(when, MADRID).time() == time(12, 30)


def test_next_free_slot_is_never_in_the_past_or_inside_the_lead():
    now = datetime(2026, 5, 11, 6, 58)  # Monday 08:58 local; 09:00 is within the 5 min lead
    when = planning.next_free_slot(WEEKDAYS, [], now, MADRID)
    assert planning.to_local(when, MADRID).time() == time(12, 30)


def test_next_free_slot_skips_a_slot_in_the_dst_gap_and_reports_none_when_empty():
    slots = {6: [time(2, 30), time(10, 0)]}  # Sundays; 29 March 2026 02:30 does not exist
    when = planning.next_free_slot(slots, [], datetime(2026, 3, 28, 12, 0), MADRID)
    assert planning.to_local(when, MADRID) == datetime(2026, 3, 29, 10, 0, tzinfo=MADRID)
    assert planning.next_free_slot({}, [], datetime(2026, 3, 28), MADRID) is None
    full = [datetime(2026, 3, 28) + timedelta(minutes=20 * i) for i in range(3 * 24 * 70)]
    assert planning.next_free_slot(slots, full, datetime(2026, 3, 28), MADRID) is None


def test_slots_json_round_trip_drops_bad_entries():
    stored = planning.slots_to_json({0: [time(19), time(9)], 3: []})
    assert stored == {"0": ["09:00", "19:00"]}
    assert planning.slots_from_json({"0": ["09:00", "x"], "9": ["10:00"], "a": []}) == {
        0: [time(9)]}


# --- warnings -----------------------------------------------------------------------------------

def _posts(*hours: float, account: int = 1, day: int = 4):
    return [planning.Planned(i + 1, account, datetime(2026, 5, day, 0, 0)
                             + timedelta(hours=h)) for i, h in enumerate(hours)]


def test_more_than_ten_posts_a_day_warns_once_for_that_day():
    posts = _posts(*range(11))
    kinds = [w.kind for w in planning.check_rules(posts, ZoneInfo("UTC"),
                                                  planning.Rules(min_gap_minutes=0))]
    assert kinds == [planning.WARN_TOO_MANY]
    assert not planning.check_rules(posts[:10], ZoneInfo("UTC"),
                                    planning.Rules(min_gap_minutes=0))
    # a configurable limit; 0 switches it off
    assert planning.check_rules(posts[:4], ZoneInfo("UTC"),
                                planning.Rules(max_per_day=3, min_gap_minutes=0))
    assert not planning.check_rules(posts, ZoneInfo("UTC"),
                                    planning.Rules(max_per_day=0, min_gap_minutes=0))


def test_two_posts_of_one_account_within_the_gap_warn_other_accounts_do_not():
    close = _posts(9, 9.75)
    (warning,) = planning.check_rules(close, ZoneInfo("UTC"), planning.Rules())
    assert warning.kind == planning.WARN_TOO_CLOSE and warning.count == 45
    assert warning.post_ids == (1, 2)
    apart = [*_posts(9, account=1), planning.Planned(9, 2, datetime(2026, 5, 4, 9, 10))]
    assert not planning.check_rules(apart, ZoneInfo("UTC"), planning.Rules())
    assert not planning.check_rules(_posts(9, 10), ZoneInfo("UTC"), planning.Rules())


def test_a_post_outside_the_best_hours_warns_only_with_enough_history():
    history = [(9, 50)] * 12 + [(19, 40)] * 12 + [(3, 1)] * 2
    best = planning.best_hours(history, top=2)
    assert best == frozenset({9, 19})
    assert planning.best_hours(history[:10]) is None  # too little history: no judgement
    posts = _posts(3, 10, 14)  # 03:00 and 14:00 are far from 09h/19h; 10:00 is next to 09h
    warnings = planning.check_rules(posts, ZoneInfo("UTC"), planning.Rules(min_gap_minutes=0),
                                    {1: best})
    assert [(w.kind, w.post_ids) for w in warnings] == [(planning.WARN_OFF_PEAK, (1,)),
                                                        (planning.WARN_OFF_PEAK, (3,))]
    assert not planning.check_rules(posts, ZoneInfo("UTC"),
                                    planning.Rules(min_gap_minutes=0, best_hours=False),
                                    {1: best})


def test_warnings_group_by_local_day():
    # 23:30 and 00:10 UTC are the same local day in Shanghai (07:30 and 08:10)
    posts = [planning.Planned(1, 1, datetime(2026, 5, 3, 23, 30)),
             planning.Planned(2, 1, datetime(2026, 5, 4, 0, 10))]
    (warning,) = planning.check_rules(posts, ZoneInfo("Asia/Shanghai"), planning.Rules())
    assert warning.day == date(2026, 5, 4)
    assert not planning.check_rules(posts, ZoneInfo("UTC"), planning.Rules(min_gap_minutes=30))


# --- holidays -----------------------------------------------------------------------------------

def test_holidays_of_the_country_in_its_language():
    spain = holidays_cal.holidays_between("ES", date(2026, 4, 1), date(2026, 5, 31), "es")
    assert spain[date(2026, 5, 1)] == ["Fiesta del Trabajo"]
    china = holidays_cal.holidays_between("CN", date(2026, 10, 1), date(2026, 10, 1), "zh_CN")
    assert "国庆节" in china[date(2026, 10, 1)][0]
    assert holidays_cal.holidays_between("", date(2026, 1, 1), date(2026, 12, 31)) == {}
    assert holidays_cal.holidays_between("XX", date(2026, 1, 1), date(2026, 12, 31)) == {}
    assert "US" in holidays_cal.supported_countries()


def test_default_country_from_the_locale(monkeypatch):
    monkeypatch.setenv("LC_ALL", "es_ES.UTF-8")
    assert holidays_cal.default_country() == "ES"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert holidays_cal.default_country() == "CN"


# --- store: add to queue, moves -----------------------------------------------------------------

@pytest.fixture
def shop(db):
    return Account.create(platform="mastodon", handle="shop@example.social")


def test_add_to_queue_uses_the_next_free_slot_of_each_target(workspace, db, shop):
    other = Account.create(platform="bluesky", handle="shop.bsky.social")
    draft = Draft.create(body="New rye bread", hashtags="bakery", spoiler_text="Food",
                         visibility="unlisted", language="es")
    DraftTarget.create(draft=draft, account=shop)
    DraftTarget.create(draft=draft, account=other)
    schedule.set_queue_slots(shop.id, WEEKDAYS)
    schedule.set_queue_slots(other.id, {0: [time(19)]})
    now = utcnow()
    monday = planning.to_local(now, MADRID).date() + timedelta(days=7)
    monday -= timedelta(days=monday.weekday())  # a Monday 1 to 7 days ahead
    first_slot = planning.wall_to_utc(datetime.combine(monday, time(9)), MADRID)
    # every slot before Monday 09:00 is taken (a post every 20 minutes until 08:20-08:40)
    busy, t = [], now
    while t + timedelta(minutes=20) <= first_slot - timedelta(minutes=40):
        t += timedelta(minutes=20)
        busy.append(OutboxItem(account=shop, body="taken", scheduled_at=t))
    OutboxItem.bulk_create(busy)
    result = queue_draft(draft.id, MADRID, "Europe/Madrid", workspace.media, now=now)
    assert result.times == {
        shop.id: first_slot,
        other.id: planning.wall_to_utc(datetime.combine(monday, time(19)), MADRID)}
    rows = {r.account_id: r for r in OutboxItem.select().where(OutboxItem.draft == draft.id)}
    mastodon, bluesky = rows[shop.id], rows[other.id]
    assert mastodon.body == "New rye bread\n\n#bakery"  # the composer's text rule
    assert (mastodon.spoiler_text, mastodon.visibility, mastodon.language) == (
        "Food", "unlisted", "es")
    assert (bluesky.spoiler_text, bluesky.visibility, bluesky.language) == ("", "public", "es")
    assert mastodon.scheduled_tz == "Europe/Madrid"
    assert Draft.get_by_id(draft.id).state == DraftState.SCHEDULED
    assert any(w.kind == planning.WARN_TOO_CLOSE for w in result.warnings)  # 20 min before
    # a second draft goes to the next slot
    second = Draft.create(body="Croissants")
    DraftTarget.create(draft=second, account=shop)
    again = queue_draft(second.id, MADRID, "Europe/Madrid", workspace.media, now=now)
    assert again.times == {shop.id: planning.wall_to_utc(
        datetime.combine(monday, time(12, 30)), MADRID)}


def test_add_to_queue_refuses_clearly_and_queues_nothing(workspace, db, shop):
    draft = Draft.create(body="x" * 600)
    with pytest.raises(schedule.ScheduleError) as no_target:
        queue_draft(draft.id, MADRID, "Europe/Madrid", workspace.media)
    assert no_target.value.code == "no_target"
    DraftTarget.create(draft=draft, account=shop)
    schedule.set_queue_slots(shop.id, WEEKDAYS)
    with pytest.raises(SchedulingRefused) as too_long:
        queue_draft(draft.id, MADRID, "Europe/Madrid", workspace.media)
    assert [p.code for p in too_long.value.problems] == ["too_long"]
    assert too_long.value.problems[0].values["limit"] == 500
    Draft.update(body="short").execute()
    schedule.set_queue_slots(shop.id, {})
    with pytest.raises(schedule.ScheduleError) as no_slots:
        queue_draft(draft.id, MADRID, "Europe/Madrid", workspace.media)
    assert no_slots.value.code == "no_slots" and "shop@example.social" in no_slots.value.message
    assert OutboxItem.select().count() == 0
    assert Draft.get_by_id(draft.id).state == DraftState.DRAFT


def test_move_post_refuses_the_past_and_sent_posts(db, shop):
    now = datetime(2026, 5, 1, 12, 0)
    item = OutboxItem.create(account=shop, body="a", scheduled_at=datetime(2026, 5, 3, 7, 0))
    with pytest.raises(schedule.ScheduleError) as past:
        schedule.move_post(item.id, datetime(2026, 4, 30, 7, 0), "Europe/Madrid", now=now)
    assert past.value.code == "past"
    assert OutboxItem.get_by_id(item.id).scheduled_at == datetime(2026, 5, 3, 7, 0)
    sent = OutboxItem.create(account=shop, body="b", state=OutboxState.SENT,
                             scheduled_at=datetime(2026, 5, 3, 8, 0))
    with pytest.raises(schedule.ScheduleError) as done:
        schedule.move_post(sent.id, datetime(2026, 5, 4, 8, 0), "", now=now)
    assert done.value.code == "not_movable"


def test_a_server_held_post_becomes_a_pending_move_until_the_sync_applies_it(db, shop):
    now = datetime(2026, 5, 1, 12, 0)
    item = OutboxItem.create(account=shop, body="a", state=OutboxState.ON_SERVER,
                             server_scheduled_id="77", scheduled_at=datetime(2026, 5, 3, 7, 0))
    result = schedule.move_post(item.id, datetime(2026, 5, 5, 7, 0), "Europe/Madrid", now=now)
    assert result.pending
    assert OutboxItem.get_by_id(item.id).scheduled_at == datetime(2026, 5, 3, 7, 0)
    assert schedule.pending_moves()[item.id]["when"] == "2026-05-05T07:00:00"

    def offline(item_id, when):
        from mbdesk.platforms.base import TemporaryFailure

        raise TemporaryFailure("no network")

    assert schedule.apply_pending_moves(shop.id, offline, _move_refused) == ["no network"]
    assert item.id in schedule.pending_moves()  # kept for the next sync
    moved = []

    def server_move(item_id, when):
        moved.append((item_id, when))
        OutboxItem.update(scheduled_at=when).where(OutboxItem.id == item_id).execute()

    assert schedule.apply_pending_moves(shop.id, server_move, _move_refused) == []
    assert moved == [(item.id, datetime(2026, 5, 5, 7, 0))]
    assert schedule.pending_moves() == {}
    assert settings.get("pending_moves") == {}
