"""The offline sandbox platform: exactly-once publishing, errors, paging, the mention cursor."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta

import pytest

from mbdesk.platforms.base import (
    AuthExpired,
    NotFound,
    OutcomeUnknown,
    PlatformClient,
    PublishRequest,
    RateLimited,
    Rejected,
    RemotePerson,
    TemporaryFailure,
)
from mbdesk.platforms.sandbox import OFFLINE_MARKER, Failure, SandboxClient


class Clock:
    """A clock the test moves by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 5, 4, 9, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(tmp_path, clock) -> SandboxClient:
    return SandboxClient(tmp_path / "server", clock=clock)


def _req(key: str, text: str = "Hola 月亮 🌙", **kw) -> PublishRequest:
    return PublishRequest(idempotency_key=key, text=text, **kw)


def test_is_a_complete_platform_client(client):
    assert isinstance(client, PlatformClient)
    assert not SandboxClient.__abstractmethods__
    assert client.capabilities.server_scheduling is False
    assert client.limits().supports_server_scheduling is False
    assert client.identity().remote_id == "sbx-luna-bakery"


def test_publish_is_idempotent(client):
    posts_before = client.account_stats().posts
    first = client.publish(_req("key-1"))
    again = client.publish(_req("key-1", text="a retry with other text"))
    assert again.remote_id == first.remote_id
    other = client.publish(_req("key-2"))
    assert other.remote_id != first.remote_id
    assert client.account_stats().posts == posts_before + 2
    assert client.find_published(_req("key-1")).remote_id == first.remote_id
    assert client.find_published(_req("never-sent")) is None


def test_same_key_from_two_threads_posts_once(tmp_path, clock):
    clients = [SandboxClient(tmp_path / "server", clock=clock) for _ in range(2)]
    barrier = threading.Barrier(2)
    results = []

    def run(c: SandboxClient) -> None:
        barrier.wait()
        results.append(c.publish(_req("shared")).remote_id)

    threads = [threading.Thread(target=run, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 2 and results[0] == results[1]
    state = json.loads(clients[0].path.read_text(encoding="utf-8"))
    assert len(state["posts"]) == 1


def test_length_counts_graphemes(client):
    family = "👨\u200d👩\u200d👧"  # one grapheme, five code points
    ok = client.publish(_req("fits", text="面" * 499 + family))
    assert ok.remote_id
    with pytest.raises(Rejected, match="500"):
        client.publish(_req("too-long", text="面" * 501))
    with pytest.raises(Rejected):
        client.publish(_req("cw-too-long", text="a" * 400, spoiler_text="b" * 101))
    with pytest.raises(Rejected):
        client.publish(_req("empty", text="   "))
    # A refused attempt leaves nothing behind: its key is still free.
    assert client.find_published(_req("too-long")) is None


def test_reply_to_unknown_post_is_not_found(client, clock):
    with pytest.raises(NotFound):
        client.publish(_req("r1", in_reply_to_remote_id="no-such-post"))
    mention = client.list_mentions(None).mentions[0]
    reply = client.publish(_req("r2", in_reply_to_remote_id=mention.status_remote_id))
    # History made by the demo generator predates the server file and is accepted.
    assert client.publish(_req("r3", in_reply_to_remote_id="sbx-s0000042")).remote_id
    thread = client.fetch_thread(mention.status_remote_id)
    assert [p.remote_id for p in thread] == [mention.status_remote_id, reply.remote_id]
    with pytest.raises(NotFound):
        client.fetch_thread("no-such-post")


def test_follower_paging(tmp_path, clock):
    c = SandboxClient(tmp_path / "server", clock=clock, page_size=40)
    people = [RemotePerson(f"sbx-u{i:07d}", f"person{i}") for i in range(95)]
    c.seed(followers=people, following=12, base_posts=300)
    sizes, seen, cursor = [], [], None
    while True:
        page = c.list_followers(cursor)
        sizes.append(len(page.people))
        seen += [p.remote_id for p in page.people]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sizes == [40, 40, 15]
    assert seen == [p.remote_id for p in people]
    stats = c.account_stats()
    assert (stats.followers, stats.following, stats.posts) == (95, 12, 300)
    with pytest.raises(Rejected):
        c.list_followers("not-a-cursor")


def test_followers_come_and_go_with_time(client, clock):
    before = {p.remote_id for p in client.list_followers(None).people}
    count = client.account_stats().followers
    clock.advance(30 * 7)  # seven ticks: six join, one leaves
    assert client.account_stats().followers == count + 5
    after_first_page = {p.remote_id for p in client.list_followers(None).people}
    assert after_first_page != before or count > 40


def test_mention_cursor(client, clock):
    first = client.list_mentions(None)
    assert len(first.mentions) == 3  # waiting since the server started
    times = [m.created_at for m in first.mentions]
    assert times == sorted(times)
    assert {m.language for m in first.mentions} == {"zh", "es", "en"}
    assert client.list_mentions(first.cursor).mentions == []
    assert client.list_mentions(first.cursor).cursor == first.cursor

    clock.advance(25)  # two more, every ten minutes
    second = client.list_mentions(first.cursor)
    assert len(second.mentions) == 2
    assert second.mentions[0].created_at > first.mentions[-1].created_at

    clock.advance(60)
    part = client.list_mentions(second.cursor, limit=4)
    rest = client.list_mentions(part.cursor, limit=4)
    assert len(part.mentions) == 4 and len(rest.mentions) == 2
    ids = [m.remote_id for m in (*first.mentions, *second.mentions, *part.mentions,
                                 *rest.mentions)]
    assert len(set(ids)) == len(ids) == 11
    newest = client.list_mentions(None, limit=3)
    assert [m.remote_id for m in newest.mentions] == ids[-3:]
    assert any("月亮" in m.text_html or "@luna_bakery" in m.text_plain for m in newest.mentions)


def test_mentions_are_deterministic(tmp_path, clock):
    a = SandboxClient(tmp_path / "a", clock=clock)
    b = SandboxClient(tmp_path / "b", clock=clock)
    a.list_mentions(None)
    b.list_mentions(None)
    clock.advance(45)
    texts_a = [m.text_plain for m in a.list_mentions(None).mentions]
    texts_b = [m.text_plain for m in b.list_mentions(None).mentions]
    assert texts_a == texts_b and len(texts_a) == 7  # three at start, four since


def test_search(client, clock):
    clock.advance(60)
    hits = client.search("#panaderia")
    assert hits.mentions and all("#panaderia" in m.text_plain for m in hits.mentions)
    assert client.search("#panaderia", since=hits.cursor).mentions == []
    clock.advance(60)
    assert client.search("#panaderia", since=hits.cursor).mentions
    assert client.search("nothing matches this").mentions == []


def test_post_metrics_grow(client, clock):
    post = client.publish(_req("m1"))
    clock.advance(10)
    early = client.post_metrics([post.remote_id, "unknown-id"])
    clock.advance(60 * 24)
    late = client.post_metrics([post.remote_id])
    assert [m.remote_id for m in early] == [post.remote_id]
    assert late[0].favourites >= early[0].favourites
    assert late[0].favourites > 0


def test_offline_and_marker_file(tmp_path, clock):
    c = SandboxClient(tmp_path / "server", clock=clock, offline=True)
    with pytest.raises(TemporaryFailure):
        c.publish(_req("k"))
    c.offline = False
    assert c.publish(_req("k")).remote_id
    (tmp_path / "server" / OFFLINE_MARKER).write_text("")
    with pytest.raises(TemporaryFailure):
        c.list_mentions(None)


def test_outcome_unknown_then_found(tmp_path, clock):
    c = SandboxClient(tmp_path / "server", clock=clock, failure=Failure.UNKNOWN)
    with pytest.raises(OutcomeUnknown):
        c.publish(_req("lost-answer"))
    c.failure = None
    found = c.find_published(_req("lost-answer"))
    assert found is not None
    assert c.publish(_req("lost-answer")).remote_id == found.remote_id
    assert c.account_stats().posts == 1


@pytest.mark.parametrize(("failure", "error"), [(Failure.AUTH, AuthExpired),
                                                (Failure.RATE_LIMITED, RateLimited)])
def test_other_failures(tmp_path, clock, failure, error):
    c = SandboxClient(tmp_path / "server", clock=clock, failure=failure)
    with pytest.raises(error):
        c.account_stats()


def test_state_file_is_written_atomically(client):
    client.publish(_req("a"))
    client.list_mentions(None)
    files = sorted(p.name for p in client.folder.iterdir())
    assert files == ["sbx-luna-bakery.json", "sbx-luna-bakery.lock"]
    state = json.loads(client.path.read_text(encoding="utf-8"))
    assert state["keys"] == {"a": state["posts"][0]["remote_id"]}


def test_network_options_are_accepted_and_typos_are_not(tmp_path):
    assert SandboxClient(tmp_path, read_timeout=1.0, connect_timeout=2.0).identity()
    with pytest.raises(TypeError):
        SandboxClient(tmp_path, read_timeuot=1.0)


def test_edit_and_delete_a_sent_post(client):
    """The demo's sandbox behaves like a Mastodon server for edits and deletes."""
    from mbdesk.platforms.base import EditRequest, NotFound, PostRef

    post = PostRef(client.publish(_req("edit-1", "Pan de hoy")).remote_id)
    edit = EditRequest(post, "Pan de hoy, con semillas")
    assert not client.edit_applied(edit)
    client.edit_post(edit)
    assert client.edit_applied(edit)
    assert client.post_exists(post)
    assert client.delete_post(post) is True
    assert not client.post_exists(post)
    assert client.delete_post(post) is False  # already gone: done all the same
    with pytest.raises(NotFound):
        client.edit_post(edit)
