"""Inbox queries and writes: keyset pages, filters, FTS/LIKE search with hostile input, counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mbdesk.store import inbox
from mbdesk.store.models import Account, KeywordWatch, Mention, MentionState, Person, Stream
from mbdesk.store.queries import mentions as q
from mbdesk.store.queries.mentions import MentionFilter

NOW = datetime(2026, 11, 23, 12, 0, 0)


def make_mentions(texts: list[str], account: Account, author: Person, *,
                  stream: str = Stream.MENTIONS, state: str = MentionState.NEW,
                  start: datetime = NOW, step: timedelta = timedelta(minutes=-1)) -> list[int]:
    ids = []
    for i, text in enumerate(texts):
        m = Mention.create(account=account, remote_id=f"{account.id}-{stream}-{start}-{i}",
                           stream=stream, author=author, text_plain=text,
                           text_html=f"<p>{text}</p>", state=state,
                           created_at=start + step * i)
        ids.append(m.id)
    return ids


@pytest.fixture
def shop(db):
    shop = Account.create(platform="mastodon", handle="shop@example.social",
                          display_name="Shop", color="#e11d48")
    help_ = Account.create(platform="weibo", handle="help", display_name="客服", color="#0ea5e9")
    ana = Person.create(platform="mastodon", remote_id="1", handle="ana@example.social",
                        display_name="Ana")
    li = Person.create(platform="weibo", remote_id="2", handle="li", display_name="李雷")
    return shop, help_, ana, li


def all_pages(flt: MentionFilter, size: int) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        rows = q.page(flt, after, size)
        ids += [r.id for r in rows]
        if len(rows) < size:
            return ids
        after = rows[-1].key


def test_pages_are_newest_first_and_cover_every_row_once(shop) -> None:
    account, _, ana, _ = shop
    ids = make_mentions([f"hola {i}" for i in range(10)], account, ana)
    # three rows with the very same time: the id breaks the tie, none is lost between pages
    same = make_mentions(["a", "b", "c"], account, ana, start=NOW - timedelta(minutes=4),
                         step=timedelta(0))
    expected = [r.id for r in Mention.select().order_by(Mention.created_at.desc(),
                                                        Mention.id.desc())]
    assert set(same) <= set(expected)
    assert all_pages(MentionFilter(), 4) == expected
    first = q.page(MentionFilter(), None, 1)[0]
    assert first.id == ids[0]
    assert first.account_name == "Shop" and first.author_name == "Ana"
    assert first.first_line == "hola 0"


def test_first_line_skips_blank_lines(shop) -> None:
    account, _, ana, _ = shop
    make_mentions(["\n\n  first real line  \nsecond"], account, ana)
    assert q.page(MentionFilter())[0].first_line == "first real line"


@pytest.mark.parametrize(("text", "preview"), [
    ("@luna_bakery ¿Abren hoy?", "¿Abren hoy?"),
    ("@luna_bakery @ana@example.social, gracias", "gracias"),
    ("@luna_bakery", "@luna_bakery"),  # nothing else: keep it
    ("Hola @luna_bakery", "Hola @luna_bakery"),
    ("@月亮面包坊 可颂很好吃", "可颂很好吃"),
])
def test_preview_drops_leading_handles(text: str, preview: str) -> None:
    assert q.first_line(text) == preview


def test_filters_by_account_state_and_stream(shop) -> None:
    account, help_, ana, li = shop
    a = make_mentions(["one", "two"], account, ana)
    b = make_mentions(["三", "四"], help_, li, state=MentionState.DONE)
    watch = KeywordWatch.create(account=account, query="bakery")
    w = [Mention.create(account=account, remote_id="w1", stream=Stream.WATCH, watch=watch,
                        text_plain="bakery news", created_at=NOW).id]
    assert {r.id for r in q.page(MentionFilter(account_id=help_.id))} == set(b)
    assert {r.id for r in q.page(MentionFilter(state=MentionState.NEW))} == set(a + w)
    assert {r.id for r in q.page(MentionFilter(stream=Stream.WATCH))} == set(w)
    assert {r.id for r in q.page(MentionFilter(stream=Stream.MENTIONS,
                                               account_id=account.id))} == set(a)


@pytest.mark.parametrize(("term", "expected"), [
    ("太慢了", ["发货太慢了，等了一周"]),  # Chinese characters in a row
    ("价格", ["价格很好"]),  # a two-character Chinese word
    ("包", ["面包很好吃"]),  # one character
    ("ENVÍO", ["¿El envío es gratis?"]),  # case-insensitive
    ("envio", ["¿El envío es gratis?"]),  # accents ignored
    ("grat", ["¿El envío es gratis?"]),  # the last word may still be being typed
    ("100%", ["descuento 100% real"]),  # % is literal, not a wildcard
    ("a_b", ["a_b code"]),  # _ is literal
    ("%", ["descuento 100% real"]),  # a sign alone is a word of its own
    ("👍", ["muy bueno 👍"]),  # an emoji is a word of its own
    ("❤", ["te quiero ❤️"]),  # with or without the variation selector
    ("❤️", ["te quiero ❤️"]),
    ("?", ["¿El envío es gratis?"]),
    ("，等了", ["发货太慢了，等了一周"]),  # Chinese punctuation too
])
def test_search_finds_words_in_any_script(shop, term: str, expected: list[str]) -> None:
    account, _, ana, _ = shop
    make_mentions(["发货太慢了，等了一周", "价格很好", "面包很好吃", "¿El envío es gratis?",
                   "descuento 100% real", "a_b code", "axb code", "plain text", "muy bueno 👍",
                   "te quiero ❤️"],
                  account, ana)
    rows = q.page(MentionFilter(search=term))
    assert [r.first_line for r in rows] == expected
    assert q.count(MentionFilter(search=term)) == (len(expected), False)


@pytest.mark.parametrize("term", ['"', 'a"b OR c', "NEAR(x y)", "foo*", "x AND", "^abc", "'; --",
                                  "(((", "title:abc"])
def test_hostile_search_input_is_plain_text(shop, term: str) -> None:
    account, _, ana, _ = shop
    make_mentions([f"literal {term} here", "nothing"], account, ana)
    rows = q.page(MentionFilter(search=term))
    assert [r.first_line for r in rows] == [f"literal {term} here"]
    assert q.count(MentionFilter(search=term)) == (1, False)


def search_order(term: str, **filters) -> list[int]:
    """What a search must list, worked out in Python: newest second first, then highest id."""
    hits = [m for m in Mention.select() if term in m.text_plain
            and all(getattr(m, k) == v for k, v in filters.items())]
    hits.sort(key=lambda m: (m.created_at.replace(microsecond=0), m.id), reverse=True)
    return [m.id for m in hits]


def test_search_pages_cover_every_hit_once_newest_first(shop) -> None:
    """The index's key order (second, id) pages like the list does: nothing lost or repeated,
    also among mentions of the very same second and with other filters on top."""
    account, help_, ana, li = shop
    make_mentions([f"pedido {i} 订单" if i % 3 else f"otro {i}" for i in range(30)], account, ana,
                  step=timedelta(seconds=-20))
    make_mentions([f"订单 {i}" for i in range(10)], help_, li, start=NOW - timedelta(seconds=30),
                  step=timedelta(milliseconds=-100), state=MentionState.DONE)
    make_mentions(["订单 tie"] * 5, help_, li, start=NOW - timedelta(minutes=3), step=timedelta(0))
    for term in ("pedido", "订单", "单"):
        assert all_pages(MentionFilter(search=term), 7) == search_order(term), term
    assert all_pages(MentionFilter(search="订单", account_id=help_.id), 4) == search_order(
        "订单", account_id=help_.id)
    assert all_pages(MentionFilter(search="订单", state=MentionState.NEW), 4) == search_order(
        "订单", state=MentionState.NEW)
    assert q.count(MentionFilter(search="订单", account_id=help_.id)) == (15, False)
    new_hits = search_order("订单", state=MentionState.NEW)  # counted from the new mentions' side
    assert new_hits and q.count(MentionFilter(search="订单", state=MentionState.NEW)) == (
        len(new_hits), False)
    assert q.count(MentionFilter(search="订单", state=MentionState.DONE)) == (10, False)
    assert q.count(MentionFilter(search="订单"), cap=10) == (10, True)


def test_search_follows_edits_and_deletes(shop) -> None:
    account, _, ana, _ = shop
    (mention_id,) = make_mentions(["Pedido de pan integral"], account, ana)
    assert [r.id for r in q.page(MentionFilter(search="integral"))] == [mention_id]
    mention = Mention.get_by_id(mention_id)
    mention.text_plain = "我想订一个生日蛋糕"
    mention.created_at = NOW - timedelta(days=2)
    mention.save()
    assert q.page(MentionFilter(search="integral")) == []
    assert [r.id for r in q.page(MentionFilter(search="蛋糕"))] == [mention_id]
    mention.delete_instance()
    assert q.page(MentionFilter(search="蛋糕")) == []


def test_count_is_capped(shop) -> None:
    account, _, ana, _ = shop
    make_mentions([f"m {i}" for i in range(12)], account, ana)
    assert q.count(MentionFilter(), cap=20) == (12, False)
    assert q.count(MentionFilter(), cap=10) == (10, True)


def test_header_counts_new_and_oldest_waiting(shop) -> None:
    account, help_, ana, li = shop
    make_mentions(["a", "b"], account, ana)  # NOW, NOW-1min
    make_mentions(["c"], help_, li, start=NOW - timedelta(hours=3))
    make_mentions(["d"], help_, li, state=MentionState.DONE, start=NOW - timedelta(days=3))
    counts = q.counts()
    assert counts.new == 3
    assert counts.oldest_new_at == NOW - timedelta(hours=3)
    assert q.counts(account_id=account.id).oldest_new_at == NOW - timedelta(minutes=1)
    assert q.counts(stream=Stream.WATCH).new == 0


def test_detail_keeps_the_plain_text_whole(shop) -> None:
    account, _, ana, _ = shop
    (mid,) = make_mentions(["<script>alert(1)</script>\nline two"], account, ana)
    detail = q.detail(mid)
    assert detail is not None
    assert detail.text_plain == "<script>alert(1)</script>\nline two"
    assert detail.author_handle == "ana@example.social"
    assert q.detail(999_999) is None


def test_set_state_persists_and_validates(shop) -> None:
    account, _, ana, _ = shop
    ids = make_mentions(["a", "b", "c"], account, ana)
    assert inbox.set_state(ids[:2], MentionState.DONE) == 2
    assert inbox.set_state(ids[:2], MentionState.DONE) == 0  # already done: nothing changes
    assert [Mention.get_by_id(i).state for i in ids] == ["done", "done", "new"]
    assert inbox.mark_read(ids) == 1  # only the new one
    assert Mention.get_by_id(ids[2]).state == MentionState.READ
    with pytest.raises(ValueError):
        inbox.set_state(ids, "archived")
    assert inbox.set_state([], MentionState.NEW) == 0


def test_removing_an_account_takes_its_mentions_out_of_search(shop) -> None:
    account, help_, ana, li = shop
    make_mentions(["pedido uno", "pedido dos"], account, ana)
    make_mentions(["pedido 三"], help_, li)
    account.delete_instance()  # the mentions go by ON DELETE CASCADE, the index with them
    assert q.count(MentionFilter(search="pedido")) == (1, False)
    assert [r.first_line for r in q.page(MentionFilter(search="pedido"))] == ["pedido 三"]


def test_a_long_pasted_search_finds_the_mention_it_came_from(shop) -> None:
    account, _, ana, _ = shop
    text = ("Hola, quería preguntar si el pedido de croissants para el sábado sigue en pie, "
            "porque no recibí confirmación y necesito saberlo antes del viernes por la tarde.")
    (wanted,) = make_mentions([text], account, ana)
    make_mentions(["Hola, quería preguntar otra cosa"], account, ana,
                  start=NOW - timedelta(hours=1))
    assert [r.id for r in q.page(MentionFilter(search=text * 3))] == [wanted]
