"""Drafts library queries and writes: paging, full-text and short search, filters, save,
duplicate, archive; and the outbox / accounts queries the calendar and accounts screens use."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mbdesk.store.accounts import delete_account
from mbdesk.store.drafts import DraftInput, archive_draft, duplicate_draft, save_draft
from mbdesk.store.models import (
    Account,
    AccountSnapshot,
    Draft,
    DraftTarget,
    Media,
    Mention,
    OutboxItem,
    OutboxState,
)
from mbdesk.store.queries.accounts import account_briefs, account_rows
from mbdesk.store.queries.drafts import (
    ARCHIVED,
    DraftFilter,
    count_drafts,
    get_draft,
    list_drafts,
)
from mbdesk.store.queries.outbox import schedule_summary, scheduled_between


@pytest.fixture
def accounts(db):
    return [Account.create(platform="mastodon", handle="shop@example.social", color="#e11d48"),
            Account.create(platform="bluesky", handle="shop.bsky.social", color="#2563eb")]


def make_draft(title: str, body: str, updated: datetime, **kw) -> Draft:
    return Draft.create(title=title, body=body, updated_at=updated, created_at=updated, **kw)


def test_pages_follow_each_other_without_gaps_or_repeats(db):
    base = datetime(2026, 1, 1)
    for i in range(45):
        # Pairs with the same timestamp check the id tie-breaker of the keyset.
        make_draft(f"d{i}", "x", base + timedelta(minutes=i // 2))
    seen: list[int] = []
    page = list_drafts(limit=10)
    while page:
        seen += [r.id for r in page]
        page = list_drafts(after=page[-1].cursor, limit=10)
    assert len(seen) == 45 == len(set(seen))
    updated = [Draft.get_by_id(i).updated_at for i in seen]
    assert updated == sorted(updated, reverse=True)


def test_search_uses_substrings_in_any_language(db):
    now = datetime(2026, 3, 1)
    make_draft("Mugs", "New ceramic mugs are in", now)
    make_draft("", "新品上市：手工陶瓷杯，欢迎光临", now)
    make_draft("Oferta", "Descuento del 20% en tazas", now)
    assert [r.title for r in list_drafts(DraftFilter(text="ceramic"))] == ["Mugs"]
    assert [r.first_line for r in list_drafts(DraftFilter(text="陶瓷杯"))] == [
        "新品上市：手工陶瓷杯，欢迎光临"]
    # two characters: below the trigram minimum, served by LIKE
    assert [r.first_line for r in list_drafts(DraftFilter(text="陶瓷"))] == [
        "新品上市：手工陶瓷杯，欢迎光临"]
    assert [r.title for r in list_drafts(DraftFilter(text="20%"))] == ["Oferta"]
    # FTS operators and quotes are taken literally, not as syntax
    assert list_drafts(DraftFilter(text='mugs" OR "x')) == []
    assert count_drafts(DraftFilter(text="zz")) == 0


def test_category_state_and_archive_filters(db):
    now = datetime(2026, 3, 1)
    make_draft("a", "one", now, category="promotion")
    make_draft("b", "two", now, category="product", state="scheduled")
    make_draft("c", "three", now, category="promotion", archived=True)
    assert {r.title for r in list_drafts(DraftFilter(category="promotion"))} == {"a"}
    assert {r.title for r in list_drafts(DraftFilter(state="scheduled"))} == {"b"}
    assert {r.title for r in list_drafts(DraftFilter(state=ARCHIVED))} == {"c"}
    assert count_drafts() == 2


def test_save_creates_updates_and_keeps_diverged_variants(db, accounts):
    masto, bsky = accounts
    draft_id = save_draft(None, DraftInput(title="T", body="Hello", category="shop_news",
                                           target_ids=(masto.id, bsky.id)))
    DraftTarget.update(body="short", diverged=True).where(
        DraftTarget.account == bsky.id).execute()
    save_draft(draft_id, DraftInput(title="T2", body="Hello again", category="shop_news",
                                    target_ids=(bsky.id,)))
    detail = get_draft(draft_id)
    assert detail is not None
    assert (detail.title, detail.body, detail.target_ids) == ("T2", "Hello again", (bsky.id,))
    assert detail.targets[0].body == "short" and detail.targets[0].diverged
    assert list_drafts(DraftFilter(text="again"))[0].target_ids == (bsky.id,)
    with pytest.raises(ValueError):
        save_draft(draft_id, DraftInput(title="x", body="y", category="nonsense"))


def test_duplicate_copies_targets_and_media_and_archive_hides(db, accounts):
    draft_id = save_draft(None, DraftInput(title="Sale", body="20% off",
                                           target_ids=(accounts[0].id,)))
    Media.create(draft=draft_id, path="/tmp/a.png", alt_text="a mug")
    Draft.update(state="published").where(Draft.id == draft_id).execute()
    copy_id = duplicate_draft(draft_id, "Sale (copy)")
    copy = get_draft(copy_id)
    assert copy is not None
    assert (copy.title, copy.body, copy.state, copy.target_ids) == (
        "Sale (copy)", "20% off", "draft", (accounts[0].id,))
    assert Media.select().where(Media.draft == copy_id).get().alt_text == "a mug"
    archive_draft(draft_id)
    assert [r.id for r in list_drafts()] == [copy_id]
    archive_draft(draft_id, archived=False)
    assert {r.id for r in list_drafts()} == {draft_id, copy_id}


def test_scheduled_between_and_summary(db, accounts):
    now = datetime(2026, 5, 10, 12, 0)
    rows = [
        (now + timedelta(hours=2), OutboxState.QUEUED, ""),
        (now + timedelta(days=1), OutboxState.QUEUED, "srv-1"),
        (now + timedelta(days=3), OutboxState.HELD, ""),
        (now - timedelta(days=1), OutboxState.FAILED, ""),
        (now - timedelta(days=2), OutboxState.SENT, ""),
        (now + timedelta(days=20), OutboxState.QUEUED, ""),
    ]
    for when, state, server_id in rows:
        OutboxItem.create(account=accounts[0], body="Hello   world\nagain", scheduled_at=when,
                          state=state, server_scheduled_id=server_id)
    OutboxItem.create(account=accounts[0], kind="reply", body="r", state="queued",
                      scheduled_at=now + timedelta(hours=1))
    chips = scheduled_between(now - timedelta(days=7), now + timedelta(days=7))
    assert [c.state for c in chips] == ["sent", "failed", "queued", "queued", "held"]
    assert chips[0].head == "Hello world again"
    assert [c.on_server for c in chips] == [False, False, False, True, False]
    summary = schedule_summary(now)
    assert (summary.scheduled, summary.failed, summary.held) == (3, 1, 1)


def test_account_rows_counts_and_delete(db, accounts):
    masto, bsky = accounts
    AccountSnapshot.create(account=masto, day=datetime(2026, 1, 1).date(), followers=10)
    AccountSnapshot.create(account=masto, day=datetime(2026, 1, 2).date(), followers=12)
    Mention.create(account=masto, remote_id="1")
    Mention.create(account=masto, remote_id="2", state="done")
    OutboxItem.create(account=bsky, body="x")
    rows = {r.handle: r for r in account_rows()}
    assert rows["shop@example.social"].followers == 12
    assert rows["shop@example.social"].mentions_new == 1
    assert rows["shop.bsky.social"].followers is None
    assert rows["shop.bsky.social"].queued == 1
    assert delete_account(bsky.id)
    assert [a.handle for a in account_briefs()] == ["shop@example.social"]
    assert OutboxItem.select().count() == 0
