"""The demo workspace: the promised shape, idempotent filling, search, determinism."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime

import pytest

from mbdesk.paths import Workspace, prepare_workspace
from mbdesk.platforms.base import PublishRequest
from mbdesk.platforms.sandbox import SandboxClient
from mbdesk.store import demo
from mbdesk.store.db import open_database
from mbdesk.store.models import (
    Account,
    AccountSnapshot,
    Category,
    Draft,
    DraftTarget,
    FollowerEdge,
    KeywordWatch,
    Mention,
    MentionState,
    Note,
    OutboxItem,
    OutboxKind,
    OutboxState,
    Person,
    PersonTag,
    Platform,
    Post,
    PostMetricSnapshot,
    Stream,
    Tag,
    TagKind,
    database_proxy,
    utcnow,
)
from mbdesk.store.queries import mentions
from mbdesk.store.queries.mentions import MentionFilter

CJK = re.compile(r"[\u4e00-\u9fff]")
SPANISH = re.compile(r"[áéíóúñ¿¡]")


def _open(root) -> tuple[Workspace, object]:
    ws = Workspace(root=root, is_demo=True)
    prepare_workspace(ws)
    return ws, open_database(ws)


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory):
    ws, db = _open(tmp_path_factory.mktemp("demo"))
    generated = demo.ensure_demo_workspace(ws)
    yield ws, db, generated
    db.close()


@pytest.fixture(autouse=True)
def bound(request, demo_ws):
    """Other test modules rebind the models; point them back at the demo database."""
    database_proxy.initialize(demo_ws[1])


def test_first_call_generates(demo_ws):
    assert demo_ws[2] is True


def test_accounts(demo_ws):
    accounts = list(Account.select().order_by(Account.id))
    assert len(accounts) == 3
    assert {a.platform for a in accounts} == {Platform.SANDBOX, Platform.WEIBO}  # 3rd: Weibo
    assert len({a.color for a in accounts}) == 3
    assert all(a.instance_url.startswith("sandbox://") for a in accounts)
    assert len({a.remote_id for a in accounts}) == 3


def test_a_year_of_snapshots_with_growth_and_a_dip(demo_ws):
    for account in Account.select():
        rows = list(AccountSnapshot.select().where(AccountSnapshot.account == account)
                    .order_by(AccountSnapshot.day))
        assert len(rows) >= 365
        assert rows[-1].followers > rows[0].followers
        drops = [b.followers - a.followers for a, b in itertools.pairwise(rows)]
        assert min(drops) < 0  # the crisis (and ordinary churn) shows as days of loss
        # The snapshot agrees with the follower list the app keeps.
        active = (FollowerEdge.select().where(FollowerEdge.account == account,
                                              FollowerEdge.lost_at.is_null()).count())
        assert rows[-1].followers == active


def test_people_followers_tags_notes(demo_ws):
    assert Person.select().count() >= 2000
    assert FollowerEdge.select().where(FollowerEdge.lost_at.is_null(False)).count() > 50
    first_seen = [e.first_seen for e in FollowerEdge.select(FollowerEdge.first_seen)]
    assert (max(first_seen) - min(first_seen)).days > 300
    kinds = {t.kind for t in Tag.select()}
    assert set(TagKind.BUILTIN) <= kinds
    assert Tag.select().where(Tag.kind == TagKind.CUSTOM).count() == 2
    for tag in Tag.select():
        assert PersonTag.select().where(PersonTag.tag == tag).count() > 0, tag.name
    assert Note.select().count() > 10


def test_mentions_in_three_languages(demo_ws):
    mentions = list(Mention.select())
    assert 500 <= len(mentions) <= 700
    texts = [m.text_plain for m in mentions]
    assert sum(bool(CJK.search(t)) for t in texts) > 100
    assert sum(bool(SPANISH.search(t)) for t in texts) > 100
    assert {m.language for m in mentions} == {"zh", "es", "en"}
    assert {m.state for m in mentions} == set(MentionState.ALL)
    assert any(m.negative for m in mentions)
    assert sum(m.first_reply_at is not None for m in mentions) > 50
    assert all(m.text_html.startswith("<p>") for m in mentions)
    assert any("<a href=" in m.text_html for m in mentions)
    watch = [m for m in mentions if m.stream == Stream.WATCH]
    assert watch and all(m.watch_id is not None for m in watch)
    assert {m.watch_id for m in watch} <= {w.id for w in KeywordWatch.select()}
    assert all(m.created_at <= utcnow() and m.created_at.tzinfo is None for m in mentions)


def test_the_weibo_accounts_inbox_is_chinese(demo_ws):
    weibo = Account.get(Account.platform == Platform.WEIBO)
    own = list(Mention.select().where((Mention.account == weibo)
                                      & (Mention.stream == Stream.MENTIONS)))
    assert len(own) > 20
    assert {m.language for m in own} == {"zh"}
    assert all(CJK.search(m.text_plain) for m in own)


def test_search_finds_a_chinese_word(demo_ws):
    rows = mentions.page(MentionFilter(search="营业时间"))
    assert rows
    for row in rows:
        assert "营业时间" in Mention.get_by_id(row.id).text_plain


def test_drafts_in_every_category_and_language(demo_ws):
    combos = {(d.category, d.language) for d in Draft.select()}
    assert {(c, lang) for c in Category.ALL for lang in ("zh", "es", "en")} <= combos
    assert DraftTarget.select().where(DraftTarget.diverged == True).count() > 0  # noqa: E712
    diverged = DraftTarget.select().where(DraftTarget.diverged == True).first()  # noqa: E712
    assert diverged.body and diverged.body != diverged.draft.body
    with_targets = DraftTarget.select(DraftTarget.draft)
    assert not Draft.select().where(Draft.id.not_in(with_targets)).exists()


def test_outbox(demo_ws):
    now = utcnow()
    queued = list(OutboxItem.select().where(OutboxItem.kind == OutboxKind.PUBLISH,
                                            OutboxItem.state == OutboxState.QUEUED))
    assert len(queued) > 30
    assert all(i.scheduled_at > now and i.scheduled_tz == "Europe/Madrid" for i in queued)
    assert max(i.scheduled_at for i in queued) - now > (queued[0].scheduled_at - now)
    assert 1 <= sum(bool(i.server_scheduled_id) for i in queued) <= 5
    failed = OutboxItem.get(OutboxItem.state == OutboxState.FAILED)
    assert failed.last_error
    assert OutboxItem.select().where(OutboxItem.state == OutboxState.UNKNOWN).count() == 1
    replies = list(OutboxItem.select().where(OutboxItem.kind == OutboxKind.REPLY,
                                             OutboxItem.state == OutboxState.SENT))
    assert len(replies) > 50
    for reply in replies[:20]:
        assert reply.mention.first_reply_at == reply.sent_at
        assert reply.in_reply_to_remote_id == reply.mention.status_remote_id


def test_posts_and_best_time_pattern(demo_ws):
    posts = list(Post.select())
    assert len(posts) > 500
    span = max(p.published_at for p in posts) - min(p.published_at for p in posts)
    assert span.days > 300
    latest = {}
    for m in PostMetricSnapshot.select().order_by(PostMetricSnapshot.taken_at):
        latest[m.post_id] = m.favourites
    assert len(latest) > 0.9 * len(posts)
    # Evening posts (local 20-21 h, i.e. 18-20 UTC) beat mid-afternoon ones (15-16 h local).
    by_hour: dict[str, list[int]] = {"peak": [], "dull": []}
    for p in posts:
        if p.id in latest and p.account_id == posts[0].account_id:
            hour = p.published_at.hour
            if hour in (18, 19):
                by_hour["peak"].append(latest[p.id])
            elif hour in (13, 14):
                by_hour["dull"].append(latest[p.id])
    mean = {k: sum(v) / len(v) for k, v in by_hour.items()}
    assert mean["peak"] > 1.3 * mean["dull"]


def test_ensure_is_idempotent(demo_ws):
    ws = demo_ws[0]
    before = (Mention.select().count(), Person.select().count(), OutboxItem.select().count())
    assert demo.ensure_demo_workspace(ws) is False
    assert (Mention.select().count(), Person.select().count(),
            OutboxItem.select().count()) == before


def test_sandbox_server_knows_the_demo_followers(demo_ws):
    ws = demo_ws[0]
    account = Account.select().order_by(Account.id).first()
    client = SandboxClient(ws.root / demo.SANDBOX_SERVER_SUBFOLDER, remote_id=account.remote_id,
                           handle=account.handle, display_name=account.display_name)
    seen, cursor = [], None
    while True:
        page = client.list_followers(cursor)
        seen += [p.remote_id for p in page.people]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    known = {p.remote_id for p in Person.select().join(FollowerEdge).where(
        FollowerEdge.account == account, FollowerEdge.lost_at.is_null())}
    # Followers may have joined or left since seeding (wall time), but not many.
    assert len(set(seen) ^ known) <= 2
    # Historical ids from the generated database are accepted as reply parents.
    mention = Mention.select().where(Mention.account == account).first()
    result = client.publish(PublishRequest(idempotency_key="demo-reply", text="¡Gracias!",
                                           in_reply_to_remote_id=mention.status_remote_id))
    assert result.remote_id


def _dump(db) -> list[tuple]:
    return db.execute_sql(
        "SELECT m.text_plain, m.created_at, m.state, p.handle FROM mention m "
        "JOIN person p ON p.id = m.author_id ORDER BY m.id").fetchall() + db.execute_sql(
        "SELECT uid, body, scheduled_at FROM outbox_item ORDER BY id").fetchall()


def test_generation_is_deterministic_for_a_seed(tmp_path):
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        _ws, db = _open(tmp_path / name)
        demo.generate(demo.DEMO, seed=seed, today=date(2026, 3, 29))
        dumps.append(_dump(db))
        db.close()
    assert dumps[0] == dumps[1]
    assert dumps[0] != dumps[2]
    # Anchored on the given day: nothing happened after it, scheduled posts come after it.
    assert all(datetime.fromisoformat(str(row[1])) < datetime(2026, 3, 29)
               for row in dumps[0] if len(row) == 4)
